"""Rolls and votes: what they accept, what they refuse, and the numbers they derive."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import partyvote as pv
from partyvote.errors import CountError, RollError, VotesError


def test_roll_derives_convened_and_absentees() -> None:
    roll = pv.Roll(members=31, excused=1, present=27)
    assert (roll.convened, roll.absent, roll.unexcused) == (30, 4, 3)


def test_roll_without_attendance() -> None:
    roll = pv.Roll(31, excused=2)
    assert (roll.convened, roll.absent, roll.unexcused) == (29, None, None)


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"members": -1}, CountError, "members must not be negative, got -1"),
        ({"members": 3.0}, CountError, "members must be a whole number"),
        ({"members": True}, CountError, "whole number"),  # a bool is not a head count
        ({"members": 10, "excused": -1}, CountError, "excused"),
        ({"members": 10, "present": "9"}, CountError, "present"),
        ({"members": 31, "present": 35}, RollError, r"present \(35\) exceeds members"),
        # 27 of 31 present leaves 4 absent: 5 cannot be excused absentees
        ({"members": 31, "present": 27, "excused": 5}, RollError, r"\(4 = 31 members - 27"),
        ({"members": 3, "excused": 4}, RollError, r"excused absentees \(4\) exceed members"),
    ],
)
def test_bad_rolls(kwargs: dict[str, object], error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        pv.Roll(**kwargs)  # type: ignore[arg-type]


def test_votes_derive_their_totals() -> None:
    votes = pv.Votes(14, 10, abstain=3, blank=2, invalid=1)
    assert (votes.cast, votes.valid, votes.non_blank, votes.decisive) == (30, 29, 27, 24)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"yes": -1},
        {"yes": 1, "no": -2},
        {"yes": 1, "abstain": 1.5},
        {"yes": 1, "invalid": None},
        {"yes": False},
    ],
)
def test_bad_votes(kwargs: dict[str, object]) -> None:
    with pytest.raises(CountError):
        pv.Votes(**kwargs)  # type: ignore[arg-type]


def test_more_votes_than_present_is_an_error() -> None:
    with pytest.raises(VotesError) as caught:
        pv.more_than("1/2").decide(pv.Votes(20, 8), roll=pv.Roll(31, present=27))
    assert "28 votes" in str(caught.value)
    assert "28 phiếu" in caught.value.message("vi")


def test_more_votes_than_members_is_an_error_without_attendance() -> None:
    with pytest.raises(VotesError, match="only 31 members"):
        pv.Votes(20, 12).check(pv.Roll(31))


@given(
    members=st.integers(0, 500),
    data=st.data(),
)
def test_every_valid_roll_is_accepted(members: int, data: st.DataObject) -> None:
    present = data.draw(st.integers(0, members))
    excused = data.draw(st.integers(0, members - present))
    roll = pv.Roll(members, excused=excused, present=present)
    assert roll.present is not None
    assert roll.present <= roll.convened <= roll.members
