"""The README's promises: two Quick start commands, and an API example that runs."""

import doctest
import re
from pathlib import Path

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")

# What the README's "A taste of the API" shows after `  # ` on each line: the value, the
# printed text, or (None) a description of what comes out. A new commented line in the
# README must be added here, so that what it shows is checked.
SHOWN: dict[str, str | None] = {
    "pv.more_than(F(1, 2)).required(31)": "16",
    'pv.at_least("2/3").required(31)': "21",
    'pv.Quorum(pv.at_least("2/3", of=pv.CONVENED)).decide(roll).passed': "True",
    "d.passed, d.required, d.received, d.margin": "(True, 14, 14, 0)",
    'print(d.explain("vi"))': (
        "Cần quá 1/2 của 27 phiếu hợp lệ: 14 phiếu. Nhận được 14: vừa đủ, đạt."
    ),
    "result.elected, result.unfilled": "(('An',), 1)",
    'print(result.explain("vi"))': None,
    "result.next_round()": "Election(seats=1, candidates=('Bình', 'Chi'), ...)",
}


def api_example() -> str:
    block = re.search(r"```python\n(.*?)```", README, flags=re.DOTALL)
    assert block is not None
    return block.group(1)


def test_quick_start_has_exactly_two_commands() -> None:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)
    assert len(commands) == 2
    assert all(len(block.strip().splitlines()) == 1 for block in commands)
    assert "partyvote example" in commands[0]
    assert "-m pytest" in commands[1]


def test_api_example_runs() -> None:
    exec(compile(api_example(), "README.md", "exec"), {})


def test_api_example_shows_what_it_gives() -> None:
    source = api_example()
    namespace: dict[str, object] = {}
    exec(compile(source, "README.md", "exec"), namespace)
    commented = {
        code.strip(): comment
        for code, _, comment in (line.partition("  # ") for line in source.splitlines())
        if comment and code.strip() and "=" not in code.split("(")[0]
    }
    assert set(commented) == set(SHOWN)
    checker = doctest.OutputChecker()
    for code, shown in SHOWN.items():
        if shown is None:
            continue
        comment = commented[code]
        assert comment == shown or comment.startswith(f"{shown}:"), (code, comment)
        printed = code.startswith("print(")
        value = eval(code.removeprefix("print(")[:-1] if printed else code, namespace)
        got = str(value) if printed else repr(value)
        assert checker.check_output(shown + "\n", got + "\n", doctest.ELLIPSIS), (code, got)
