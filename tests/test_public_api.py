"""The public API, names and signatures, against the snapshot in ``tests/public_api.txt``.

Any change to the names a user can import, or to their signatures, shows here as a diff and
must be made on purpose.  After a deliberate change, regenerate the snapshot with::

    .venv/bin/python tests/test_public_api.py > tests/public_api.txt

and commit it with the change.
"""

from __future__ import annotations

import difflib
import enum
import importlib
import inspect
import sys
from pathlib import Path

SNAPSHOT = Path(__file__).with_name("public_api.txt")

NAMESPACES = (
    "partyvote",
    "partyvote.rules",
    "partyvote.elections",
    "partyvote.rulebooks",
    "partyvote.io",
    "partyvote.report",
    "partyvote.errors",
)


def _signature(thing: object) -> str:
    try:
        return str(inspect.signature(thing))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "(...)"


def _members(cls: type) -> list[str]:
    lines = []
    for name in sorted(dir(cls)):
        if name.startswith("_"):
            continue
        owner = next((base for base in cls.__mro__ if name in vars(base)), None)
        if owner is None or not owner.__module__.startswith("partyvote"):
            continue
        member = vars(owner)[name]
        if inspect.ismemberdescriptor(member) or isinstance(member, enum.Enum):
            continue  # an attrs field, shown in the class signature
        if isinstance(member, property):
            lines.append(f"    .{name}: property")
        elif isinstance(member, classmethod | staticmethod):
            lines.append(f"    .{name}{_signature(getattr(cls, name))}  [classmethod]")
        elif inspect.isroutine(member):
            lines.append(f"    .{name}{_signature(member)}")
        else:
            lines.append(f"    .{name}: {type(member).__name__}")
    return lines


def _describe(name: str, thing: object) -> list[str]:
    if inspect.ismodule(thing):
        return [f"  {name}: module {thing.__name__}"]
    if inspect.isclass(thing):
        if issubclass(thing, enum.Enum):
            values = ", ".join(member.name for member in thing)
            return [f"  class {name}(enum): {values}", *_members(thing)]
        return [f"  class {name}{_signature(thing)}", *_members(thing)]
    if inspect.isroutine(thing):
        return [f"  def {name}{_signature(thing)}"]
    return [f"  {name}: {type(thing).__name__}"]


def public_api() -> str:
    """The snapshot text: every public namespace, its names, and their signatures."""
    lines = []
    shown: dict[int, str] = {}  # an object named twice is described where it is first met
    for module_name in NAMESPACES:
        module = importlib.import_module(module_name)
        lines.append(f"{module_name}")
        for name in sorted(module.__all__):
            thing = getattr(module, name)
            if id(thing) in shown and not isinstance(thing, str):
                lines.append(f"  {name}: see {shown[id(thing)]}")
                continue
            shown[id(thing)] = f"{module_name}.{name}"
            lines.extend(_describe(name, thing))
        lines.append("")
    return "\n".join(lines)


def test_public_api_matches_the_snapshot() -> None:
    current = public_api()
    expected = SNAPSHOT.read_text(encoding="utf-8")
    if current != expected:
        diff = "\n".join(
            difflib.unified_diff(
                expected.splitlines(),
                current.splitlines(),
                "tests/public_api.txt",
                "the code",
                lineterm="",
            )
        )
        raise AssertionError(
            "The public API changed. If that is deliberate, regenerate the snapshot:\n"
            "    .venv/bin/python tests/test_public_api.py > tests/public_api.txt\n\n" + diff
        )


def test_the_snapshot_holds_no_addresses() -> None:
    # A default shown as <object at 0x...> would make the snapshot differ on every run.
    assert " at 0x" not in public_api()


def test_every_public_name_is_listed_in_dir() -> None:
    for module_name in NAMESPACES:
        module = importlib.import_module(module_name)
        assert sorted(dir(module)) == sorted(module.__all__), module_name


if __name__ == "__main__":
    sys.stdout.write(public_api())
