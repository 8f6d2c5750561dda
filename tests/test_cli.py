"""The partyvote command, end to end (subprocess) and in process (for coverage)."""

import io
import json
import re
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
    # the roll is "được triệu tập"; the base is the roll less those excused (issue 12 §3)
    roll = ("--members", "120", "--excused", "3", "--present", "112")
    vietnamese = call("quorum", *roll, "--lang", "vi")[1]
    assert "117 người được triệu tập trừ số vắng mặt có lý do" in vietnamese


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_an_impossible_ratio_suggests_what_the_command_takes(lang: str) -> None:
    """No Python in the advice: "at least 1" is both ``--at-least 1`` and ``at_least(1)``."""
    status, _, err = call("required", "--of", "10", "--more-than", "1", "--lang", lang)
    assert status == 2
    assert "'at least 1'" in err or "'ít nhất 1'" in err
    assert "unanimous()" not in err
    assert "at_least(1)" not in err


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
    assert 'tham số "surplus": số dư' in out  # the key as typed, quoted
    assert 'biểu quyết "ordinary" (thông thường):' in out
    status, out, _ = call("rulebooks", "eu-qmv")
    assert 'motion "qualified": a qualified majority: at least 55% of the member states' in out
    # TFEU Art. 238(2) sets no minimum number of states: "at least 1 of them" is not said
    assert "at least 72% of the member states, representing" in out
    assert "at least 1 of them" not in out
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


# A Vietnamese syllable written without diacritics: onset, vowels, final consonant.  An English
# word rarely fits ("ordinary", "surplus", "ties", "for" do not), so a word outside quotes
# that does not fit is English (or Python) left in the Vietnamese listing.
VIETNAMESE_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(uye|uya|oai|oay|oeo|uay|uoi|ieu|yeu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui|uo|uy"
    r"|ye|[aeiouy])(ch|ng|nh|[cmnpt])?",
    re.IGNORECASE,
)
# What the user types or reads as printed: keys in quotes, Python in backticks.
QUOTED = re.compile(r"(?<![A-Za-z])'[^']*'|\"[^\"]*\"|`[^`]*`")
# Names and abbreviations cited as they are: the library, a person, documents' numbers.
PROPER = {
    "partyvote",
    "Python",
    "Robert",
    "euro",
    "BGB",
    "BGHZ",
    "TFEU",
    "ZR",
    "II",
    "XXII",
    "TW",
    "HD",
}


@pytest.mark.parametrize("key", rulebooks.available())
def test_the_vietnamese_rulebook_listing_has_no_english_word(key: str) -> None:
    """Issue 10 item 3: every line in Vietnamese under --lang vi; keys stay, quoted."""
    status, out, _ = call("rulebooks", key, "--lang", "vi")
    assert status == 0
    words = re.findall(r"(?<![\wÀ-ỹ])[A-Za-z]{2,}(?![\wÀ-ỹ])", QUOTED.sub(" ", out))
    english = {word for word in words if not VIETNAMESE_SYLLABLE.fullmatch(word)} - PROPER
    assert not english, out


def test_the_check_for_english_words_finds_them() -> None:
    words = ["ordinary", "surplus", "Rulebook", "evolve", "LEGAL", "for", "ties", "Party"]
    assert not any(VIETNAMESE_SYLLABLE.fullmatch(word) for word in words)
    assert all(VIETNAMESE_SYLLABLE.fullmatch(word) for word in ["cho", "trong", "khi", "theo"])
