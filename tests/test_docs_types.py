"""Every Python example in the docs and the README passes ``mypy --strict`` (issue 14 §4).

A page's examples (its doctest lines and ``python`` code blocks, in order) become one module,
as its doctests share their names; all pages are checked in one mypy run.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    ROOT / "README.md",
    *sorted(page for page in (ROOT / "docs").rglob("*.rst") if "_build" not in page.parts),
]

_FENCED = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
_PROMPT = re.compile(r"^\s*(?:>>>|\.\.\.)(?: (.*))?$")


def examples(text: str) -> str:
    """The Python a page shows, as one module."""
    if "```python" in text:
        return "".join(match.group(1) for match in _FENCED.finditer(text))
    code: list[str] = []
    block: list[str] | None = None
    for line in text.splitlines():
        if block is not None:
            if line.strip() and not line.startswith((" ", "\t")):
                code.append(textwrap.dedent("\n".join(block)))
                block = None
            else:
                block.append(line)
                continue
        if line.strip() == ".. code-block:: python":
            block = []
        elif prompt := _PROMPT.match(line):
            code.append(prompt.group(1) or "")
    if block is not None:
        code.append(textwrap.dedent("\n".join(block)))
    return "\n".join(code) + "\n"


def test_examples_are_read_from_both_kinds_of_page() -> None:
    rst = (
        "Text\n\n>>> x = 1\n>>> if x:\n...     y = 2\n\n"
        ".. code-block:: python\n\n    z = 3\n\nEnd\n"
    )
    assert examples(rst) == "x = 1\nif x:\n    y = 2\n\nz = 3\n\n"
    assert examples("# T\n```python\nx = 1\n```\n") == "x = 1\n"


@pytest.mark.slow
def test_every_example_type_checks(tmp_path: Path) -> None:
    modules = []
    for page in PAGES:
        source = examples(page.read_text(encoding="utf-8"))
        if source.strip():
            name = "_".join(page.relative_to(ROOT).with_suffix("").parts).replace("-", "_")
            module = tmp_path / f"{name}.py"
            module.write_text(source, encoding="utf-8")
            modules.append(str(module))
    assert len(modules) > 20
    out, err, status = api.run(
        [
            "--strict",
            "--no-incremental",
            "--python-version=3.11",
            # Dask has no annotations; that is not the examples' fault.
            "--untyped-calls-exclude=dask",
            # Nor are missing stubs of other libraries (tqdm, pandas).
            "--disable-error-code=import-untyped",
            *modules,
        ]
    )
    assert status == 0, out + err
