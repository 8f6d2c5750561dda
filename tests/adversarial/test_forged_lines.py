"""Issue 11 item 12: no name, title or body adds or disguises a line of the minutes."""

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partyvote.cli import main
from partyvote.io import loads
from partyvote.io.meeting import MeetingResult
from partyvote.report import minutes

FORGERIES = [
    "Chi bộ\nElected (2): Mallory",  # a forged line
    "Chi bộ\r\nElected (2): Mallory",
    "Chi bộ\u2028Elected (2): Mallory",  # a Unicode line separator
    "Chi bộ\x1b[2K\rElected (2): Mallory",  # a terminal escape that rewrites the line
    "Chi bộ \u202eyrollaM :detcelE",  # a right-to-left override
    "# Elected (2): Mallory",  # a Markdown heading
]


def meeting_text(name: str, title: str) -> str:
    return (
        f"[meeting]\nname = {name!r}\n[roll]\nmembers = 3\npresent = 3\n"
        f'[[questions]]\ntype = "motion"\ntitle = {title!r}\nvotes = {{ yes = 2 }}\n'
    ).replace("'", '"')


def lines_of(text: str) -> list[str]:
    return text.splitlines()


@pytest.mark.parametrize("forged", FORGERIES)
@pytest.mark.parametrize("form", ["text", "markdown", "html"])
def test_item12_no_forged_line_in_any_format(forged: str, form: str) -> None:
    toml = meeting_text(forged.encode("unicode_escape").decode(), "Nghị quyết")
    result = loads(toml).count()
    written = minutes(result, format=form, lang="en")
    if not forged.startswith("#"):
        assert not any(line.lstrip("|<>p ").startswith("Elected (2)") for line in lines_of(written))
    assert "\x1b" not in written
    assert "\u202e" not in written
    assert "\u2028" not in written
    if form == "markdown":
        assert "\n# Elected" not in written


@given(st.text(min_size=1, max_size=30))
def test_item12_every_title_is_one_line_of_text(title: str) -> None:
    # However a title is written, the text minutes hold it on one line.
    toml = meeting_text("Chi bộ", title.encode("unicode_escape").decode())
    try:
        result = loads(toml).count()
    except ValueError:  # not every string is a valid TOML string once escaped; never mind
        return
    written = minutes(result, format="text", lang="en")
    # the motion's line (the party's form, the default rulebook's, names the ballots in favour)
    assert written.count("Ballots in favour: 2,") >= 1
    assert len(lines_of(written)) == len(lines_of(minutes(_plain(), format="text", lang="en")))


def _plain() -> MeetingResult:
    return loads(meeting_text("Chi bộ", "T")).count()


def test_item12_error_messages_reach_the_terminal_without_escapes(tmp_path: Path) -> None:
    path = tmp_path / "m.toml"
    path.write_text('[meeting]\nname = "x"\n[roll]\nmembers = "\\u001b[2J many"\n', "utf-8")
    err = io.StringIO()
    assert main(["validate", str(path)], stdout=io.StringIO(), stderr=err) == 2
    assert "\x1b" not in err.getvalue()
    assert err.getvalue().count("\n") == 1
