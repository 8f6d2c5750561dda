"""The partyvote command, end to end (subprocess) and in process (for coverage)."""

import io
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import NoReturn

import pytest

from partyvote import rulebooks
from partyvote.cli import main
from partyvote.rulebooks import DELEGATES_CONVENED

EXAMPLES = Path(str(resources.files("partyvote.io") / "examples"))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "partyvote", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def call(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_example_prints_the_minutes_of_the_bundled_congress() -> None:
    done = run("example")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ĐẢNG BỘ PHƯỜNG HÒA BÌNH")
    assert "Biên bản kiểm phiếu" in done.stdout
    assert "TM. BAN KIỂM PHIẾU" in done.stdout
    assert done.stderr == ""


def test_a_bad_file_is_one_line_on_stderr_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[meeting]\nname = "x"\n[roll]\nmembers = "many"\n', encoding="utf-8")
    done = run("count", str(bad))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "roll.members" in done.stderr
    assert "'many'" in done.stderr
    assert "Traceback" not in done.stderr


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("partyvote ")
    done = run("--help")
    assert done.returncode == 0
    assert "count" in done.stdout
    assert "compare" in done.stdout


def test_count_formats_languages_and_output(tmp_path: Path) -> None:
    meeting = str(EXAMPLES / "congress.toml")
    status, out, _ = call("count", meeting, "--lang", "en", "--format", "markdown")
    assert status == 0
    assert out.startswith("| ĐẢNG BỘ PHƯỜNG HÒA BÌNH")
    assert "\n# Minutes of the count\n" in out
    target = tmp_path / "minutes.html"
    assert call("count", meeting, "--format", "html", "--output", str(target))[0] == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    status, _, err = call("count", meeting, "--output", str(tmp_path / "no" / "such" / "x"))
    assert status == 2
    assert "cannot write" in err


def test_compare_agreeing_and_differing_counts(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert call("example", "--format", "json", "-o", str(first))[0] == 0
    assert call("example", "--format", "json", "--lang", "en", "-o", str(second))[0] == 0
    status, out, _ = call("compare", str(first), str(second))
    assert (status, out) == (0, "the 2 counts agree\n")
    data = json.loads(second.read_text(encoding="utf-8"))
    data["questions"][1]["elected"].pop()
    data["inputs_sha256"] = "f" * 64
    second.write_text(json.dumps(data), encoding="utf-8")
    status, out, _ = call("compare", str(first), str(second))
    assert status == 1
    assert "different input files" in out
    assert "questions[1].elected" in out


@pytest.mark.parametrize(
    ("content", "words"),
    [("not json", "is not JSON minutes"), ("[1]", "is not JSON minutes"), (None, "cannot read")],
)
def test_compare_bad_inputs(tmp_path: Path, content: str | None, words: str) -> None:
    good = tmp_path / "good.json"
    call("example", "--format", "json", "-o", str(good))
    other = tmp_path / "other.json"
    if content is not None:
        other.write_text(content, encoding="utf-8")
    status, _, err = call("compare", str(good), str(other))
    assert status == 2
    assert words in err


def test_compare_needs_two_counts(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    call("example", "--format", "json", "-o", str(good))
    status, _, err = call("compare", str(good))
    assert (status, "at least two" in err) == (2, True)


def test_quick_questions_at_the_table() -> None:
    assert call("required", "--of", "31", "--more-than", "1/2")[1] == "more than 1/2 of 31: 16\n"
    vietnamese = call("required", "--of", "9", "--at-least", "2/3", "--lang", "vi")[1]
    assert vietnamese == "ít nhất 2/3 của 9: 6\n"
    status, out, _ = call("quorum", "--members", "31", "--excused", "1", "--present", "19")
    assert status == 0
    assert out == "Needs at least 2/3 of 30 convened: 20 present. Received 19: 1 short.\n"
    majority = ("--more-than", "1/2", "--of", "members")
    status, out, _ = call("quorum", "--members", "40", "--present", "21", *majority)
    assert out.endswith("Received 21: exactly enough, passed.\n")


@pytest.mark.parametrize(
    "args",
    [
        ("required", "--of", "x", "--more-than", "1/2"),
        ("required", "--of", "-3", "--more-than", "1/2"),
        ("required", "--of", "3", "--more-than", "0.5.5"),
        ("required", "--of", "3"),
        ("quorum", "--members", "10", "--present", "12"),
        ("rulebooks", "vn-party-2099"),
        ("count",),
        ("frobnicate",),
    ],
)
def test_bad_arguments_exit_2_with_one_line(args: list[str]) -> None:
    status, out, err = call(*args)
    assert status == 2
    assert out == ""
    assert err.startswith("partyvote: error: ")
    assert err.count("\n") == 1


def test_rulebooks_list_and_show() -> None:
    status, out, _ = call("rulebooks")
    assert status == 0
    assert len(out.splitlines()) == len(rulebooks.BUILTIN)
    status, out, _ = call("rulebooks", "vn-party-2024", "--lang", "vi")
    assert f"quá 1/2 của {DELEGATES_CONVENED.label('vi')}" in out
    assert "tham số surplus" in out
    status, out, _ = call("rulebooks", "eu-qmv")
    assert "motion qualified: a qualified majority: at least 55% of the member states" in out
    assert "election" not in out.split("\n\n")[1]


def test_validate(tmp_path: Path) -> None:
    status, out, _ = call("validate", str(EXAMPLES / "congress.toml"))
    assert status == 0
    assert "hợp lệ, 4 câu hỏi" in out  # in the meeting's language (a vn- rulebook)
    status, out, _ = call("validate", str(EXAMPLES / "congress.toml"), "--lang", "en")
    assert "valid, 4 questions" in out
    broken = tmp_path / "congress.toml"
    broken.write_text((EXAMPLES / "congress.toml").read_text("utf-8"), encoding="utf-8")
    (tmp_path / "congress-ballots.csv").write_text("nobody\n", encoding="utf-8")
    status, _, err = call("validate", str(broken))
    assert status == 2
    assert "not a ballots file" in err  # its content is never shown (issue 11, item 11)
    assert "nobody" not in err


def test_progress_is_shown_only_on_a_terminal() -> None:
    from partyvote.cli import _progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    show = _progress(terminal)
    show(2_000_000)
    assert terminal.getvalue() == "\r2,000,000 ballots read..."
    assert _progress(io.StringIO()) is None


def test_interrupt_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    from partyvote import cli

    def interrupted(*_args: object) -> NoReturn:
        raise KeyboardInterrupt

    monkeypatch.setitem(cli._COMMANDS, "rulebooks", interrupted)
    assert call("rulebooks")[0] == 130
