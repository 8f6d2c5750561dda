"""Robert's Rules' preferential voting: ``RankedElection(reading="ronr")``.

Robert's Rules of Order Newly Revised, 12th ed. (2020), §45:62-69, "Preferential Voting".
The phrases quoted below were checked against the 10th edition's text (pp. 411-414), which
the later editions keep; which paragraph of 45:62-69 holds each phrase was not checked
against a copy of the 12th edition, so the tests cite the section.  The numbers 45:62-69
and 44:1 are as the Official RONR Q&A Forum (topic 37550) and the National Association of
Parliamentarians (RP-Step1-Part5: "44:1–3" for the majority vote) cite them.
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partyvote.elections import Lot, RankedElection
from partyvote.errors import ElectionError

NAMES = ("A", "B", "C", "D")

rankings_st = st.lists(
    st.permutations(NAMES).flatmap(lambda order: st.integers(1, 4).map(lambda n: order[:n])),
    min_size=1,
    max_size=40,
)


def test_more_than_half_of_the_first_choices_elects_at_once() -> None:
    # §45:62-69: "If more than half of the ballots show one candidate indicated as first
    # choice, that choice has a majority in the ordinary sense and the candidate is elected."
    result = RankedElection.preferential(NAMES).count({("A",): 5, ("B", "A"): 3, ("C",): 1})
    assert result.quota == 5
    assert result.elected == ("A",)
    assert len(result.stages) == 1


def test_the_thinnest_pile_goes_to_the_next_choice_still_in_the_running() -> None:
    # §45:62-69: the thinnest pile is redistributed by second choices, "except that, if the
    # name eliminated in the last distribution is indicated as second choice on a ballot,
    # that ballot is placed according to its third choice".
    ballots = {("A",): 4, ("B",): 4, ("C", "A"): 1, ("D", "C", "B"): 2}
    result = RankedElection.preferential(NAMES).count(ballots)
    assert [stage.subject for stage in result.stages] == [None, "C", "D"]
    assert dict(result.stages[1].votes) == {"A": 5, "B": 4, "D": 2}
    assert dict(result.stages[2].votes) == {"A": 5, "B": 6}  # D's ballots skip C for B
    assert result.elected == ("B",)  # 6 of 11


def test_ballots_set_aside_still_count_among_the_ballots() -> None:
    # §45:62-69: a ballot whose marked names have all been eliminated "should not be placed
    # in any pile, but should be set aside"; elimination goes on "until one pile contains
    # more than half of the ballots" - of all of them, those set aside included.  Plain
    # instant-runoff elects the last candidate standing; Robert's Rules elect no one.
    ballots = {("A",): 4, ("B",): 3, ("C",): 2}
    ronr = RankedElection.preferential(("A", "B", "C")).count(ballots)
    assert (ronr.quota, ronr.base) == (Fraction(5), 9)
    assert ronr.elected == ()
    assert (ronr.pending, ronr.tied) == (1, ())
    assert ronr.stages[-1].non_transferable == 5  # C's 2, then B's 3
    assert "the office is not filled" in ronr.explain()
    assert RankedElection.instant_runoff(("A", "B", "C")).count(ballots).elected == ("A",)


def test_candidates_tied_for_last_place_are_eliminated_together() -> None:
    # §45:62-69: "If at any point two or more candidates ... are tied for the least popular
    # position, the ballots in their piles are redistributed in a single step, all of the
    # tied names being treated as eliminated."
    ballots = {("A",): 4, ("B",): 3, ("C", "B"): 2, ("D", "B"): 2}
    result = RankedElection.preferential(NAMES).count(ballots)
    assert result.stages[1].subject == "C, D"
    assert result.stages[1].tie == ("C", "D")
    assert result.elected == ("B",)  # 7 of 11
    # plain instant-runoff asks its tie policy which of C and D goes first
    assert RankedElection.instant_runoff(NAMES).count(ballots).tied == ("C", "D")


def test_a_tie_in_the_winning_position_goes_to_the_strongest_in_first_choices() -> None:
    # §45:62-69: "In the event of a tie in the winning position ... the election should be
    # resolved in favor of the candidate ... that was strongest in terms of first choices".
    ballots = {("A",): 4, ("B",): 3, ("C", "B"): 1}
    result = RankedElection.preferential(("A", "B", "C")).count(ballots)
    assert dict(result.stages[1].votes) == {"A": 4, "B": 4}
    assert result.stages[-1].tie == ("A", "B")
    assert result.elected == ("A",)
    assert "resolved by first choices" in result.explain()


def test_a_tie_at_the_first_choices_too_goes_to_the_tie_policy() -> None:
    ballots = {("A",): 2, ("B",): 2}
    stopped = RankedElection.preferential(("A", "B")).count(ballots)
    assert (stopped.elected, stopped.tied, stopped.pending) == ((), ("A", "B"), 1)
    lot = Lot("office")
    drawn = RankedElection.preferential(("A", "B"), ties=lot).count(ballots)
    assert drawn.elected == lot.break_tie(("A", "B"), 1).winners


def test_several_offices_are_filled_by_elimination_alone() -> None:
    # §45:62-69: to choose, say, three members of a board, the same procedure goes on "until
    # all but the necessary number of candidates have been eliminated".
    ballots = {("A",): 9, ("B",): 4, ("C",): 3, ("D", "C"): 2, ("E", "B"): 1}
    board = RankedElection.preferential(("A", "B", "C", "D", "E"), seats=3)
    result = board.count(ballots)
    assert result.quota == 0  # no majority to reach
    assert [stage.subject for stage in result.stages] == [None, "E", "D", None]
    assert result.elected == ("A", "B", "C")
    assert result.explain().startswith("3 offices, 19 valid ballots")


def test_the_tie_rule_fills_the_last_of_several_offices() -> None:
    # Our reading for several offices: when eliminating everyone tied for the last place
    # would leave fewer candidates than offices, the strongest of them in first choices are
    # kept, as in a tie in the winning position.
    ballots = {("A",): 9, ("B",): 4, ("C",): 3, ("D", "C"): 2, ("E", "D"): 1}
    board = RankedElection.preferential(("A", "B", "C", "D", "E"), seats=3)
    result = board.count(ballots)
    assert dict(result.stages[1].votes) == {"A": 9, "B": 4, "C": 3, "D": 3}
    assert result.stages[-1].tie == ("C", "D")
    assert result.elected == ("A", "B", "C")  # C had 3 first choices, D 2


def test_illegal_votes_count_in_the_base_and_blanks_do_not() -> None:
    # RONR 44:1: a majority of the votes cast, blanks excluded; an illegal vote (here a
    # name not on the list) is counted among the votes cast.
    result = RankedElection.preferential(("A", "B")).count(
        {("A",): 5, ("B",): 4, ("Zed",): 2, (): 3}
    )
    assert (result.valid, result.invalid, result.base, result.quota) == (9, 5, 11, Fraction(6))
    assert result.elected == ()  # 5 is not more than half of 11


def test_a_quota_or_transfers_make_no_sense_for_robert() -> None:
    with pytest.raises(ElectionError, match="no quota"):
        RankedElection(seats=1, candidates=("A", "B"), reading="ronr", quota="hare")


@given(rankings_st)
def test_a_majority_of_first_choices_always_wins(ballots: list[tuple[str, ...]]) -> None:
    # the majority criterion, which §45:62-69's first step states
    result = RankedElection.preferential(NAMES, ties=Lot("p")).count(ballots)
    top, votes = Counter(ranking[0] for ranking in ballots).most_common(1)[0]
    if 2 * votes > len(ballots):
        assert result.elected == (top,)


@given(rankings_st)
def test_only_a_majority_or_a_tie_in_the_winning_position_elects(
    ballots: list[tuple[str, ...]],
) -> None:
    result = RankedElection.preferential(NAMES, ties=Lot("p")).count(ballots)
    if result.elected:
        last = result.stages[-1]
        (winner,) = result.elected
        held = dict(last.votes)[winner]
        assert 2 * held > result.base or (last.action == "filled" and len(last.tie) > 1)
    else:
        assert result.pending == 1
