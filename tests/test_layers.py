"""The import graph keeps the layers of DESIGN §2: no circles, and imports point down only.

Every import counts: at the top of a module, under ``if TYPE_CHECKING:`` and inside functions,
read with :mod:`ast` from the source of every module of ``src/partyvote``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src"

CORE = ("rules", "elections", "rulebooks", "_i18n", "errors", "roll", "votes")
"""The core: it never imports the files, the minutes or the command."""
OUTER = ("io", "report", "cli")

KNOWN_CIRCLES: set[frozenset[str]] = set()
"""Circles tolerated for now: none."""


def _modules(root: Path) -> dict[str, tuple[Path, bool]]:
    modules = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        package = parts[-1] == "__init__"
        if package:
            parts.pop()
        modules[".".join(parts)] = (path, package)
    return modules


def _owner(name: str, modules: Mapping[str, object]) -> str:
    """The module *name* is, or the innermost module it lives in."""
    while name not in modules:
        name = name.rpartition(".")[0]
    return name


def _imports(module: str, path: Path, package: bool, modules: Mapping[str, object]) -> set[str]:
    """Every partyvote module that *module* imports, wherever the import statement is."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = module if package else module.rpartition(".")[0]
                for _ in range(node.level - 1):
                    parent = parent.rpartition(".")[0]
                base = f"{parent}.{base}" if base else parent
            # ``from package import module`` imports the module; ``from module import name``
            # the module the name lives in.
            names = [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(
            _owner(name, modules)
            for name in names
            if name == "partyvote" or name.startswith("partyvote.")
        )
    found.discard(module)
    return found


def import_graph(root: Path = SOURCE) -> dict[str, set[str]]:
    """Module -> the partyvote modules it imports."""
    modules = _modules(root)
    return {
        module: _imports(module, path, package, modules)
        for module, (path, package) in modules.items()
    }


def circles(graph: Mapping[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph.get(module, ()):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def _in(module: str, layers: tuple[str, ...]) -> bool:
    return any(
        module == f"partyvote.{layer}" or module.startswith(f"partyvote.{layer}.")
        for layer in layers
    )


def downward_violations(graph: Mapping[str, set[str]]) -> Iterator[str]:
    """Imports that point up the layers."""
    for module, targets in sorted(graph.items()):
        for target in sorted(targets):
            if _in(module, ("rules",)) and _in(target, ("elections",)):
                yield f"{module} imports {target}: rules never import elections"
            if _in(module, CORE) and _in(target, OUTER):
                yield f"{module} imports {target}: the core never imports io, report or cli"
            if _in(module, ("io",)) and _in(target, ("report", "cli")):
                yield f"{module} imports {target}: files are read below the minutes and the command"
            if _in(module, ("report",)) and _in(target, ("cli",)):
                yield f"{module} imports {target}: the minutes never import the command"


GRAPH = import_graph()


def test_the_graph_sees_every_module_and_every_kind_of_import() -> None:
    # Guards the reader: a top-level import, one under TYPE_CHECKING and one inside a
    # function (cli.py imports the version inside ``main``'s helpers).
    assert len(GRAPH) > 40
    assert "partyvote.rules.decision" in GRAPH["partyvote.rules.threshold"]
    assert "partyvote.rules.bases" in GRAPH["partyvote.rules.decision"]
    assert "partyvote" in GRAPH["partyvote.cli"]


def test_no_import_circles() -> None:
    assert [sorted(circle) for circle in circles(GRAPH) if circle not in KNOWN_CIRCLES] == []


def test_imports_point_down_the_layers() -> None:
    assert list(downward_violations(GRAPH)) == []


# The checks themselves must be able to fail: each bad import below is planted in a copy of
# the sources and caught.
@pytest.mark.parametrize(
    ("module", "line", "check"),
    [
        # a circle through a function-level import
        ("elections/result.py", "def _late():\n    import partyvote.elections.election\n", None),
        # a circle through a TYPE_CHECKING import
        (
            "rules/bases.py",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from partyvote.rules.threshold import Threshold\n",
            None,
        ),
        # rules reaching up into elections
        ("rules/motion.py", "from partyvote.elections.tally import Tally\n", "rules"),
        # the core reaching the minutes, relatively
        ("elections/tally.py", "from ..report import minutes\n", "core"),
        # the meeting files reaching the minutes
        ("io/ballots.py", "from partyvote.report import compare\n", "io"),
        # the minutes reaching the command
        ("report/compare.py", "import partyvote.cli\n", "report"),
    ],
)
def test_a_bad_import_is_caught(tmp_path: Path, module: str, line: str, check: str | None) -> None:
    for path in SOURCE.rglob("*.py"):
        copy = tmp_path / path.relative_to(SOURCE)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    planted = tmp_path / "partyvote" / module
    planted.write_text(planted.read_text(encoding="utf-8") + "\n" + line, encoding="utf-8")
    graph = import_graph(tmp_path)
    if check is None:
        assert [circle for circle in circles(graph) if circle not in KNOWN_CIRCLES]
    else:
        words = {
            "rules": "rules never import elections",
            "core": "the core never",
            "io": "files are read below",
            "report": "the minutes never import",
        }[check]
        assert any(words in violation for violation in downward_violations(graph))
