"""Replay published party election results: who is elected, and the published percentages
character for character in the minutes.

Party congresses publish little: we found no biên bản kiểm phiếu with every figure, only
press reports of single-candidate votes (the sources, and what each file had to choose where
the reports are silent, are in the header of each file under ``data/``).  Each replay counts
the meeting file as written, then checks that the verdict does not depend on the choices
the file made where the report is silent.
"""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path

import pytest
from attrs import evolve

from partyvote import Roll
from partyvote.io.meeting import ElectionOutcome, Meeting, MeetingResult, load
from partyvote.report import minutes
from partyvote.rules.bases import CAST

DATA = Path(__file__).with_name("data")


def _single(outcome: object) -> ElectionOutcome:
    assert isinstance(outcome, ElectionOutcome)
    return outcome


def _outcome(result: MeetingResult) -> ElectionOutcome:
    (outcome,) = result.questions
    return _single(outcome)


def _bases(votes: int, published: str, digits: int) -> list[int]:
    """Every base of which *votes* is *published* ("55,3") rounded half up to *digits*,
    by exact arithmetic, independent of partyvote's formatting."""
    shown = Fraction(published.replace(",", "."))
    unit = Fraction(1, 10**digits)
    return [
        base
        for base in range(votes, 100 * votes + 1)
        if math.floor(Fraction(100 * votes, base) / unit + Fraction(1, 2)) * unit == shown
    ]


# --- Quảng Trị, 8 June 2020: a deputy secretary elected by the provincial committee ---------

QUANG_TRI = DATA / "quang_tri_2020_deputy_secretary.toml"


@pytest.fixture(scope="module")
def quang_tri() -> Meeting:
    return load(QUANG_TRI)


def test_quang_tri_the_two_published_shares_have_two_bases() -> None:
    """ "59%" is 26 of the 44 ballots to a whole percent; "55,3%" is 26 of 47 to one
    decimal, and of no other whole number: the committee members convened, the base of the
    majority at a committee conference."""
    assert 44 in _bases(26, "59", 0)
    assert _bases(26, "55,3", 1) == [47]


def test_quang_tri_the_minutes_print_55_3_of_the_members_convened(quang_tri: Meeting) -> None:
    result = quang_tri.count()
    assert _outcome(result).result.elected == ("Võ Văn Hưng",)
    text = minutes(result, lang="vi")
    assert "55,3%" in text
    assert "59%" not in text
    # a conference of the committee, not a congress: its members, not delegates
    assert "Tổng số cấp ủy viên được triệu tập: 47; số có mặt lúc bầu cử: 44;" in text
    assert "Đại hội" not in text
    # held in 2020, under the regulation of 2014, which the minutes name
    assert (
        "theo quy định của Điều lệ Đảng và Quy chế bầu cử trong Đảng (ban hành kèm theo "
        "Quyết định số 244-QĐ/TW, ngày 09 tháng 6 năm 2014 của Ban Chấp hành Trung ương)"
    ) in text
    assert "190-QĐ/TW" not in text


def test_quang_tri_the_minutes_print_59_of_the_ballots(quang_tri: Meeting) -> None:
    book = quang_tri.rulebook.evolve(share_base=CAST, percent_digits=0)
    result = evolve(quang_tri, rulebook=book).count()
    assert "59%" in minutes(result, lang="vi")


@pytest.mark.parametrize("convened", [44, 45, 46, 47, 48, 51])
def test_quang_tri_elected_whatever_the_roll(quang_tri: Meeting, convened: int) -> None:
    """26 is more than half of any committee of up to 51 members; the 44 ballots are at
    least 2/3 of one of up to 66.  The sources give the ballots, not the roll."""
    meeting = evolve(quang_tri, roll=Roll(convened, present=44))
    assert _outcome(meeting.count()).result.elected == ("Võ Văn Hưng",)


def test_quang_tri_not_elected_by_a_committee_of_52(quang_tri: Meeting) -> None:
    # The rule, not the report: 26 is exactly half of 52, and half is not a majority.
    meeting = evolve(quang_tri, roll=Roll(52, present=44))
    assert _outcome(meeting.count()).result.elected == ()


# --- Quận 1, Thành phố Hồ Chí Minh, 23 July 2010: the secretary elected at the congress ----
# Replayed under vn-party-2014 (244-QĐ/TW), not the regulation in force in 2010 (220-QĐ/TW,
# 17/4/2009), whose text was not compared; the data file says so.

DISTRICT_1 = DATA / "hcm_district1_2010_secretary.toml"


@pytest.fixture(scope="module")
def district_1() -> Meeting:
    return load(DISTRICT_1)


def test_district_1_the_minutes_print_the_published_97_65(district_1: Meeting) -> None:
    result = district_1.count()
    outcome = _outcome(result)
    assert outcome.result.elected == ("Lê Bá Cần",)
    assert outcome.result.unfilled == 0
    assert "97,65%" in minutes(result, lang="vi")


@pytest.mark.parametrize("convened", [298, 300, 350, 400, 447])
def test_district_1_elected_whatever_the_roll(district_1: Meeting, convened: int) -> None:
    """The report gives the 298 ballots, not the delegates convened: up to 447 of them the
    298 present make the 2/3 quorum, and 291 votes are more than half of each."""
    meeting = evolve(district_1, roll=Roll(convened, present=298))
    result = meeting.count()
    assert _outcome(result).result.elected == ("Lê Bá Cần",)
    assert "97,65%" in minutes(result, lang="vi")


def test_district_1_both_tables_give_the_share_of_the_same_base(district_1: Meeting) -> None:
    """The report's "291/298 phiếu (97,65%)" is a share of the ballots; with 447 delegates
    convened the condition's base is 447, and no table may print 291/447 (65,10%) as "Tỷ lệ":
    the agree/disagree table and the winners' table both name the ballots as their base."""
    result = evolve(district_1, roll=Roll(447, present=298)).count()
    text = minutes(result, lang="vi")
    assert "65,10%" not in text
    assert text.count("97,65%") == 2
    assert text.count("Tỷ lệ % số phiếu thu vào (298)") == 3  # agree, disagree, winners


def test_district_1_a_congress_of_448_would_not_have_been_quorate(district_1: Meeting) -> None:
    meeting = evolve(district_1, roll=Roll(448, present=298))
    assert _outcome(meeting.count()).result.elected == ()


# --- Quảng Ninh, 26 September 2025: the new committee elects its secretary and deputies ----

QUANG_NINH = DATA / "quang_ninh_2025_first_conference.toml"


def test_quang_ninh_the_secretary_and_three_deputies_with_55_of_55() -> None:
    result = load(QUANG_NINH).count()
    secretary, deputies = (outcome.result for outcome in map(_single, result.questions))
    assert secretary.elected == ("Vũ Đại Thắng",)
    assert set(deputies.elected) == {"Trịnh Thị Minh Thanh", "Bùi Văn Khắng", "Vũ Quyết Tiến"}
    assert deputies.unfilled == 0
    text = minutes(result, lang="vi")
    # "với số phiếu 55/55, đạt tỷ lệ 100%" for each of the four: in the results (the
    # secretary's agree column, the deputies' rows) and among the elected
    assert text.count(" 100%") == 8
    assert "100,00%" not in text
