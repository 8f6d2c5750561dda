"""to_frame() tables and the public number formats (issue 14 §3)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import partyvote as pv
from partyvote import strategies as pvst
from partyvote._frames import percent
from partyvote.io import loads

pd = pytest.importorskip("pandas")

elections_and_ballots = pvst.elections().flatmap(
    lambda e: st.tuples(st.just(e), pvst.ballots(e.candidates, e.seats))
)


@given(elections_and_ballots)
def test_a_result_frame_has_one_row_per_candidate(
    drawn: tuple[pv.Election, list[tuple[str, ...]]],
) -> None:
    election, papers = drawn
    result = election.count(papers, roll=pv.Roll(80, present=70))
    table = result.to_frame()
    assert list(table.columns) == ["name", "votes", "share", "percent", "required", "status"]
    assert list(table["name"]) == [c.name for c in result.candidates]
    assert list(table["votes"]) == [c.votes for c in result.candidates]
    assert list(table["share"]) == [c.share for c in result.candidates]
    assert [n for n, s in zip(table["name"], table["status"], strict=True) if s == "elected"] == (
        list(result.elected)
    )
    assert set(table["status"]) <= {"elected", "tied", "met", "short"}


@given(st.fractions(min_value=0, max_value=1))
def test_percent_rounds_half_up_to_two_places(share: Fraction) -> None:
    shown = percent(share)
    assert shown is not None
    exact = share * 100
    # Round half up: the exact value lies in [shown - 0.005, shown + 0.005).
    assert Fraction(shown) - Fraction(1, 200) - Fraction(1, 10**9) <= exact
    assert exact < Fraction(shown) + Fraction(1, 200) + Fraction(1, 10**9)


def test_percent_examples() -> None:
    assert percent(Fraction(1, 8)) == 12.5
    assert percent(Fraction(1, 40000)) == 0.0  # 0.0025 %
    assert percent(Fraction(1, 20000)) == 0.01  # 0.005 %, exactly half a hundredth: up
    assert percent(Fraction(2, 3)) == 66.67
    assert percent(None) is None


def test_a_tally_frame_shares_the_valid_ballots() -> None:
    tally = pv.Tally(votes={"An": 1, "Bình": 3}, cast=5, invalid=1)
    table = tally.to_frame()
    assert list(table["name"]) == ["Bình", "An"]
    assert list(table["share"]) == [Fraction(3, 4), Fraction(1, 4)]
    assert list(pv.Tally(cast=2, invalid=2).to_frame()["share"]) == []
    empty_base = pv.Tally(votes={"An": 0}, cast=1, invalid=1).to_frame()
    assert len(empty_base) == 0


def test_a_tally_with_one_name_gives_it_every_valid_ballot() -> None:
    table = pv.Tally(votes={"An": 2}, cast=2, blank=0).to_frame()
    assert list(table["share"]) == [Fraction(1)]


MEETING = """
[meeting]
name = "Chi bộ 3"
[roll]
members = 11
present = 10
[[questions]]
type = "motion"
title = "Nghị quyết"
votes = { yes = 6, no = 4 }
[[questions]]
type = "election"
title = "Bí thư"
seats = 1
candidates = ["An", "Bình"]
tallies = [{ votes = { An = 7, "Bình" = 3 }, cast = 10 }]
"""


def test_a_meeting_frame_has_every_question() -> None:
    table = loads(MEETING).count().to_frame()
    assert list(table["question"]) == ["Nghị quyết", "Bí thư", "Bí thư"]
    assert list(table["status"]) == ["passed", "elected", "short"]
    assert table.iloc[0]["votes"] == 6


def test_the_public_formats_are_the_minutes_formats() -> None:
    result = pv.Election(seats=1, candidates=["An", "Bình"]).count([("An",)] * 2 + [("Bình",)])
    for candidate in result.candidates:
        assert candidate.share is not None
        for lang in ("en", "vi"):
            assert pv.format_percent(candidate.share, lang) == candidate.share_text(lang)
    assert pv.format_number(1234567, "vi") == "1.234.567"
    with pytest.raises(pv.errors.LanguageError):
        pv.format_number(1, "fr")
