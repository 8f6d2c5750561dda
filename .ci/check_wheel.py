"""Check a built wheel holds the package and its data, and nothing else.

Usage: python .ci/check_wheel.py dist/partyvote-*.whl
"""

import sys
import zipfile

REQUIRED = (
    "_partyvote_command.py",
    "partyvote/__init__.py",
    "partyvote/py.typed",
    "partyvote/io/meeting.schema.json",
    "partyvote/io/result.schema.json",
    "partyvote/io/tally.schema.json",
    "partyvote/io/examples/congress.toml",
    "partyvote/io/examples/congress-ballots.csv",
    "partyvote/io/examples/pilot/01-yen-phu.json",
    "partyvote/io/examples/pilot/planned.txt",
)
FORBIDDEN_PARTS = ("__pycache__", ".pytest_cache", ".mypy_cache", ".hypothesis", "tests")
FORBIDDEN_SUFFIXES = (".pyc", ".pyo", ".orig", ".rej", ".coverage")


def problems(names: list[str]) -> list[str]:
    """What is wrong with a wheel whose members are *names*; empty when nothing is."""
    found = [f"missing: {name}" for name in REQUIRED if name not in names]
    for name in names:
        parts = name.split("/")
        top = parts[0]
        if top not in {"partyvote", "_partyvote_command.py"} and not top.endswith(".dist-info"):
            found.append(f"outside the package: {name}")
        if any(part in FORBIDDEN_PARTS for part in parts) or name.endswith(FORBIDDEN_SUFFIXES):
            found.append(f"should not ship: {name}")
    if not any(n.endswith(".dist-info/licenses/LICENSE") for n in names):
        found.append("missing: the LICENSE in .dist-info/licenses/")
    return found


def main() -> int:
    (path,) = sys.argv[1:]
    with zipfile.ZipFile(path) as wheel:
        names = wheel.namelist()
    found = problems(names)
    for problem in found:
        print(f"{path}: {problem}", file=sys.stderr)
    if not found:
        print(f"{path}: {len(names)} files, contents as expected")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
