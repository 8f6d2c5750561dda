"""Issue 11 items 5, 7, 14 and 17: meeting files and minutes that cannot be read two ways."""

import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from partyvote import Election, Tally
from partyvote._validate import parse_ratio
from partyvote.cli import main
from partyvote.errors import BallotFileError, MeetingError, RatioError
from partyvote.io import load, loads
from partyvote.io.ballots import read_ballots
from partyvote.io.meeting import MAX_MEETING_BYTES, MotionOutcome
from partyvote.report import compare

MOTION = """{
  "meeting": {"name": "Chi bộ 3"},
  "roll": {"members": 11, "present": 11},
  "questions": [
    {"type": "motion", "title": "Nghị quyết", "votes": {"yes": 1, "no": 4, %s}}
  ]
}"""


def call(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


# --- item 5: a JSON key given twice is refused, never "the last one wins" --------------------


def test_item5_duplicate_key_in_a_json_meeting_file_is_refused() -> None:
    with pytest.raises(MeetingError, match="the key 'yes' is given twice"):
        loads(MOTION % '"yes": 6')


def test_item5_json_meeting_file_without_duplicates_is_read() -> None:
    outcome = loads(MOTION % '"abstain": 6').count().questions[0]
    assert isinstance(outcome, MotionOutcome)
    assert outcome.decision.passed is False


def test_item5_duplicate_key_in_compared_minutes_is_refused(tmp_path: Path) -> None:
    good, forged = tmp_path / "good.json", tmp_path / "forged.json"
    good.write_text('{"questions": [{"elected": ["An"]}]}', encoding="utf-8")
    forged.write_text('{"questions": [{"elected": ["An"], "elected": ["Bình"]}]}', "utf-8")
    status, _, err = call("compare", str(good), str(forged))
    assert status == 2
    assert "'elected' is given twice" in err


# --- item 7: compare checks everything the minutes certify, exactly --------------------------


def minutes_of(**question: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "meeting": {"lang": "en", "name": "Congress"},
        "questions": [
            {"title": "Committee", "votes": 106, "stations": [{"cast": 50}, {"cast": 62}]}
        ],
        "partyvote": "0.1.0",
    }
    base["questions"][0].update(question)
    return base


@pytest.mark.parametrize(
    "changed",
    [
        {"votes": 106.0},  # a float is not the count 106
        {"votes": True},  # nor is true
        {"title": "Standing committee"},  # a changed title
        {"explanation": "rewritten"},  # an explanation added or rewritten
        {"stations": [{"cast": 62}, {"cast": 50}]},  # tables' casts changed
    ],
)
def test_item7_compare_finds_every_certified_difference(changed: dict[str, Any]) -> None:
    differences, _ = compare([minutes_of(), minutes_of(**changed)])
    assert len(differences) >= 1


def test_item7_compare_still_agrees_across_languages_and_versions() -> None:
    vietnamese = minutes_of(explanation="Bầu 1 người")
    vietnamese["meeting"]["lang"] = "vi"
    vietnamese["partyvote"] = "0.2.0"
    assert compare([minutes_of(explanation="Election of 1"), vietnamese]) == ([], True)


# --- item 14: sizes have limits, refused quickly ---------------------------------------------


def test_item14_a_file_past_the_size_limit_is_refused() -> None:
    with pytest.raises(MeetingError, match="larger than"):
        loads(b" " * (MAX_MEETING_BYTES + 1))


def test_item14_dev_zero_is_refused_not_read_forever() -> None:
    if not Path("/dev/zero").exists():  # pragma: no cover - not on Windows
        pytest.skip("no /dev/zero")
    with pytest.raises(MeetingError, match="larger than"):
        load("/dev/zero")


@pytest.mark.parametrize(
    "command", [("compare", "/dev/zero", "/dev/zero"), ("summary", "/dev/zero")]
)
def test_item14_dev_zero_as_minutes_is_refused_not_read_forever(command: tuple[str, ...]) -> None:
    if not Path("/dev/zero").exists():  # pragma: no cover - not on Windows
        pytest.skip("no /dev/zero")
    status, out, err = call(*command)
    assert (status, out) == (2, "")
    assert "larger than 16777216 bytes, too large for minutes" in err


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"a": ' * 100_000 + "1" + "}" * 100_000, "too deeply"),  # deep JSON
        ("x = " + "[" * 100_000 + "]" * 100_000, "too deeply"),  # deep TOML
        ("[roll]\nmembers = " + "9" * 5000, "not valid TOML or JSON"),  # > 4,300 digits
        ('{"roll": {"members": ' + "9" * 5000 + "}}", "not valid TOML or JSON"),
    ],
)
def test_item14_deep_or_huge_documents_are_one_error(text: str, words: str) -> None:
    with pytest.raises(MeetingError, match=words):
        loads(text)


def test_item14_a_count_past_the_limit_is_refused_as_a_typo() -> None:
    with pytest.raises(MeetingError, match=r"roll\.members: a number larger than"):
        loads('[meeting]\nname = "x"\n[roll]\nmembers = 1_000_000_000_000_001\n')


def test_item8_a_string_where_a_list_is_expected_is_refused() -> None:
    text = """
[meeting]
name = "x"
[roll]
members = 11
[[questions]]
type = "election"
title = "Bí thư"
seats = 1
candidates = "Bình"
tallies = [{ cast = 10, votes = { "Bình" = 8 } }]
"""
    with pytest.raises(MeetingError, match=r"candidates: expected a list"):
        loads(text)


# --- item 17: a byte-order mark is not a syntax error ----------------------------------------


def test_item17_utf8_bom_in_a_meeting_file_is_ignored() -> None:
    text = "\ufeff" + (MOTION % '"abstain": 0')
    assert loads(text.encode("utf-8")).name == "Chi bộ 3"
    toml = '\ufeff[meeting]\nname = "x"\n[roll]\nmembers = 3\n'
    toml += '[[questions]]\ntype = "motion"\ntitle = "t"\nvotes = { yes = 2 }\n'
    assert loads(toml.encode("utf-8")).name == "x"


def test_item7_compare_minutes_written_by_partyvote_agree(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert call("example", "--format", "json", "--output", str(first))[0] == 0
    assert call("example", "--format", "json", "--output", str(second))[0] == 0
    assert call("compare", str(first), str(second))[0] == 0
    forged = json.loads(first.read_text("utf-8"))
    forged["questions"][0]["title"] = "Another motion"
    second.write_text(json.dumps(forged), "utf-8")
    status, out, _ = call("compare", str(first), str(second))
    assert status == 1
    assert "questions[0].title" in out


# --- item 6: never more ballots returned than issued -----------------------------------------

ELECTION = """
[meeting]
name = "x"
[roll]
members = 11
present = 11
[[questions]]
type = "election"
title = "Bí thư"
seats = 1
candidates = ["Bình"]
issued = %d
tallies = [{ cast = 10, votes = { "Bình" = 8 } }]
"""


def test_item6_more_ballots_cast_than_issued_is_refused() -> None:
    meeting = loads(ELECTION % 9)
    with pytest.raises(MeetingError, match=r"questions\[0\]: 10 ballots were cast but only 9"):
        meeting.count()


def test_item6_as_many_cast_as_issued_is_counted() -> None:
    assert loads(ELECTION % 10).count().questions[0].title == "Bí thư"


def test_item6_negative_issued_is_refused() -> None:
    with pytest.raises(MeetingError, match=r"issued: .*-1"):
        loads(ELECTION % -1)


@pytest.mark.parametrize(
    "ratio",
    ["1e-20000000", "1E+99999", "0." + "3" * 100, Decimal("1e-20000000")],
)
def test_item14_ratios_past_the_size_limit_are_refused(ratio: object) -> None:
    with pytest.raises(RatioError, match="longer than 64 characters or has an exponent"):
        parse_ratio(ratio)


@pytest.mark.parametrize("ratio", ["5e-1", "0.5E0", "0." + "5" * 60, Decimal("5E-1")])
def test_item14_ratios_within_the_limit_are_read(ratio: object) -> None:
    assert 0 < parse_ratio(ratio) <= 1


def test_item14_a_wide_header_is_read_and_checked() -> None:
    # The header check is linear (benchmarks/bench_limits.py times 40,000 columns).
    names = [f"C{number}" for number in range(2_000)]
    election = Election(seats=1_999, candidates=names, threshold=None)
    header = ",".join([*names, names[7]])
    with pytest.raises(BallotFileError, match="column C7 appears twice"):
        list(read_ballots(io.BytesIO(f"{header}\n".encode()), election))


def test_item14_many_tied_candidates_are_marked_tied() -> None:
    # The bookkeeping of ties is linear (benchmarks/bench_limits.py: 200,000 and 20,000).
    names = [f"C{number}" for number in range(3_000)]
    votes = {name: 5 if number < 300 else 1 for number, name in enumerate(names)}
    election = Election(seats=10, candidates=names, threshold=None)
    result = election.count(Tally(votes=votes, cast=3_000))
    assert len(result.tied) == 300
    assert sum(candidate.tied for candidate in result.candidates) == 300
