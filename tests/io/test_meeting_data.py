"""Meetings built in Python: their own inputs' digest and language (issue 14 §1)."""

from __future__ import annotations

import json

import partyvote as pv
from partyvote import rulebooks
from partyvote.io import Meeting, MotionQuestion


def _meeting(yes: int, key: str = "robert") -> Meeting:
    book = rulebooks.get(key)
    return Meeting(
        name="Annual meeting",
        rulebook=book,
        roll=pv.Roll(40, present=30),
        questions=(
            MotionQuestion(
                title="Budget", kind="ordinary", motion=book.motion(), votes=pv.Votes(yes, 5)
            ),
        ),
    )


def test_different_inputs_give_different_digests() -> None:
    # Before issue 14 every meeting built in Python carried SHA-256(b""), so `compare`
    # took two different counts for the same inputs.
    empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    first, second = _meeting(20).count(), _meeting(21).count()
    assert first.digest != empty
    assert first.digest != second.digest
    assert _meeting(20).count().digest == first.digest


def test_the_default_language_follows_the_rulebook() -> None:
    assert _meeting(20).lang == "en"
    assert _meeting(20, "vn-party-2024").lang == "vi"


def test_a_meeting_is_data_too() -> None:
    data = pv.converter.unstructure(_meeting(20))
    assert data["questions"][0]["votes"] == {
        "yes": 20,
        "no": 5,
        "abstain": 0,
        "blank": 0,
        "invalid": 0,
    }
    assert json.loads(json.dumps(data)) == data


def test_errors_are_problem_details() -> None:
    # RFC 9457 §3.1: type, title, status, detail; extension members for the catalog key.
    try:
        pv.Roll(31, present=35)
    except pv.PartyvoteError as error:
        problem = error.problem()
        vietnamese = error.problem("vi")
    assert set(problem) >= {"type", "title", "status", "detail"}
    assert problem["detail"] == "present (35) exceeds members on the roll (31)"
    assert problem["messages"] == {"en": problem["detail"], "vi": vietnamese["detail"]}
    assert problem["params"] == {"present": 35, "members": 31}
    assert json.loads(json.dumps(problem)) == problem
    literal = pv.errors.RuleError("my rule needs a poll").problem()
    assert literal["key"] is None
    assert literal["params"] == {}


def test_problem_params_that_are_not_json_become_text() -> None:
    from partyvote._i18n.catalog import Message

    error = pv.errors.DataError(Message("data.missing", what=pv.Roll, key="members"))
    assert error.problem()["params"] == {"what": str(pv.Roll), "key": "members"}


def test_the_minutes_cite_the_rules_actually_used() -> None:
    # Issue 14 §2: overriding uk-companies from a meeting file printed "Companies Act 2006"
    # as if the statute's rules had been applied.
    from partyvote.io import loads
    from partyvote.report import minutes

    text = """
[meeting]
name = "AGM"
[rules]
rulebook = "uk-companies"
motions = { ordinary = { at_least = "2/3", of = "cast" } }
[roll]
members = 40
present = 30
[[questions]]
type = "motion"
title = "Budget"
votes = { yes = 20, no = 5 }
"""
    meeting = loads(text)
    statute = rulebooks.get("uk-companies").title_in("en")
    assert meeting.rulebook.title_in("en") == f"{statute}, as amended by the meeting file"
    assert "as amended by the meeting file" in minutes(meeting.count(), lang="en")
    assert "có sửa đổi" in minutes(meeting.count(), lang="vi")
    plain = loads(text.replace('motions = { ordinary = { at_least = "2/3", of = "cast" } }', ""))
    assert plain.rulebook is rulebooks.get("uk-companies")
