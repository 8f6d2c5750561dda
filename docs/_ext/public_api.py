"""Document partyvote's names where users import them from, whatever module defines them.

``.. public-api:: partyvote.rules.threshold`` documents every name in that module's
``__all__`` under its public path: the shortest ``partyvote...`` namespace whose ``__all__``
exports the same object (``partyvote.Threshold``, ``partyvote.errors.BallotError``), so
the reference follows names that move between namespaces without being edited.
Classes show their public bases only (never ``object`` or a private mixin), and attrs
classes show their real defaults instead of ``NOTHING``.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import re
import sys
from functools import cache
from types import ModuleType
from typing import Any

import attrs
from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.ext.intersphinx import missing_reference as intersphinx_reference
from sphinx.pycode import ModuleAnalyzer
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

PACKAGE = "partyvote"
_LONGEST_VALUE = 60


@cache
def namespaces() -> tuple[ModuleType, ...]:
    """The package's public modules, the shortest dotted names first."""
    package = importlib.import_module(PACKAGE)
    found = [package]
    for info in pkgutil.walk_packages(package.__path__, f"{PACKAGE}."):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        try:
            found.append(importlib.import_module(info.name))
        except ImportError:  # an optional extra that is not installed
            continue
    return tuple(sorted(found, key=lambda module: module.__name__.count(".")))


def public_path(name: str, value: object) -> str | None:
    """Where users import *value* (called *name*) from; None when nowhere public."""
    for module in namespaces():
        if name in getattr(module, "__all__", ()) and getattr(module, name, None) is value:
            return f"{module.__name__}.{name}"
    return None


def _is_public_base(base: object) -> bool:
    if base is object or getattr(base, "__name__", "_").startswith("_"):
        return False
    module = getattr(base, "__module__", "")
    return module not in {"typing", "typing_extensions", "abc"}


def shown_default(value: object) -> str:
    """A default value as a reader would write it."""
    from partyvote.rules.bases import BUILTIN_BASES
    from partyvote.rules.threshold import Threshold

    if isinstance(value, Threshold):
        maker = "more_than" if value.strict else "at_least"
        base = next((b.name.upper() for b in BUILTIN_BASES if b == value.base), None)
        of = f", of={base}" if base else ""
        return f'{maker}("{value.ratio}"{of})'
    if isinstance(value, dict | tuple | list) and not value:
        return repr(type(value)())
    kind = type(value)
    if attrs.has(kind) and value == _default_instance(kind):
        return f"{kind.__name__}()"
    if hasattr(value, "total") and not value:  # an empty Counts
        return "{}"
    return repr(value)


def _default_instance(kind: type) -> object:
    try:
        return kind()
    except TypeError:
        return None


def attrs_defaults(cls: type) -> dict[str, str]:
    """The defaults of an attrs class's ``__init__``, by parameter name."""
    shown = {}
    for field in attrs.fields(cls):
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]  # a class at runtime
            shown[field.alias] = "..." if default.takes_self else shown_default(default.factory())
    return shown


def _fix_signature(  # noqa: PLR0917 - the signature of Sphinx's event
    app: Sphinx,
    what: str,
    name: str,
    obj: Any,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None] | None:
    if what != "class" or signature is None or not attrs.has(obj):
        return None
    defaults = attrs_defaults(obj)
    fixed = re.sub(
        r"(\w+)=NOTHING", lambda m: f"{m.group(1)}={defaults.get(m.group(1), '...')}", signature
    )
    return fixed, return_annotation


def _public_bases(app: Sphinx, name: str, obj: object, options: Any, bases: list[Any]) -> None:
    bases[:] = [base for base in bases if _is_public_base(base)]


def _data_lines(path: str, module: ModuleType, name: str, value: object) -> list[str]:
    where, _, short = path.rpartition(".")
    lines = [f".. py:data:: {short}", f"   :module: {where}"]
    text = repr(value)
    if len(text) <= _LONGEST_VALUE and "\n" not in text:
        lines.append(f"   :value: {text}")
    lines.append("")
    docs = ModuleAnalyzer.for_module(module.__name__).find_attr_docs()
    lines += [f"   {line}" for line in docs.get(("", name), [])]
    return lines


class PublicApi(SphinxDirective):
    """``.. public-api:: module``: that module's public names, at their public paths."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        module = importlib.import_module(self.arguments[0])
        lines = [*(inspect.getdoc(module) or "").splitlines(), ""]
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, ModuleType) or name.startswith("_"):
                continue
            path = public_path(name, value) or f"{module.__name__}.{name}"
            if inspect.isclass(value):
                lines.append(f".. autoclass:: {path}")
                if any(_is_public_base(base) for base in value.__bases__):
                    lines.append("   :show-inheritance:")
                if issubclass(value, enum.Enum):  # every member is a value users type
                    lines.append("   :undoc-members:")
            elif callable(value) and not attrs.has(type(value)):
                lines.append(f".. autofunction:: {path}")
            else:
                lines += _data_lines(path, module, name, value)
            lines.append("")
        node = nodes.section()
        node.document = self.state.document
        nested_parse_with_titles(self.state, StringList(lines, source=self.arguments[0]), node)
        return node.children


def _find(dotted: str) -> tuple[bool, object]:
    """The object at a dotted path, importing the longest module prefix it names."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            value: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for part in parts[cut:]:
            if not hasattr(value, part):
                return False, None
            value = getattr(value, part)
        return True, value
    return False, None


def _renamed(target: str) -> list[str]:
    """Other spellings of *target*: its public path, or the path without private modules."""
    parts = target.split(".")
    spellings = []
    for cut in range(len(parts), 0, -1):
        head, rest = parts[:cut], parts[cut:]
        found, value = _find(".".join(head))
        if not found and cut == 1:  # a short name: look in the public namespaces
            value = next(
                (getattr(m, head[0]) for m in namespaces() if head[0] in getattr(m, "__all__", ())),
                None,
            )
            found = value is not None
        public = public_path(head[-1], value) if found else None
        if public:
            spellings.append(".".join([public, *rest]))
            break
    without_private = ".".join(part for part in parts if not part.startswith("_"))
    if without_private != target:
        spellings.append(without_private)
    return spellings


def _in_context(node: Any, target: str) -> tuple[bool, object]:
    """*target* looked up on the class the reference is written in, then in its module."""
    found, owner = _find(f"{node.get('py:module')}.{node.get('py:class')}")
    if not found or not inspect.isclass(owner):
        return False, None
    if attrs.has(owner) and target in attrs.fields_dict(owner):
        return True, attrs.fields_dict(owner)[target]
    for scope in (owner, importlib.import_module(owner.__module__)):
        value: object = scope
        for part in target.split("."):
            value = getattr(value, part, _MISSING)
        if value is not _MISSING:
            return True, value
    return False, None


_MISSING = object()


def _resolve_moved(app: Sphinx, env: Any, node: Any, contnode: nodes.Element) -> Any:
    """Resolve a reference written with a defining module's path to the public one.

    A reference to a real but undocumented member (a field, a module-level helper) or to a
    type parameter is shown as code without a link; anything else is left to warn.
    """
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    domain = env.get_domain("py")
    for spelling in _renamed(target):
        retyped = node.deepcopy()
        retyped["reftarget"] = spelling
        resolved = domain.resolve_xref(
            env, node["refdoc"], app.builder, node["reftype"], spelling, retyped, contnode
        ) or intersphinx_reference(app, env, retyped, contnode)
        if resolved is not None:
            return resolved
    found, value = _find(target)
    if not found:
        found, value = _in_context(node, target)
    if found and not isinstance(value, ModuleType) and not target.startswith(PACKAGE):
        return contnode
    if found and type(value).__name__ == "TypeVar":
        return contnode
    if not found and target.isidentifier() and _is_type_parameter(target):
        return contnode
    return None


def _is_type_parameter(name: str) -> bool:
    return any(
        type(getattr(module, name, None)).__name__ == "TypeVar"
        for module_name, module in list(sys.modules.items())
        if module_name.startswith(PACKAGE)
    )


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("public-api", PublicApi)
    app.connect("autodoc-process-signature", _fix_signature)
    app.connect("autodoc-process-bases", _public_bases)
    app.connect("missing-reference", _resolve_moved)
    return {"parallel_read_safe": True}
