"""Ranked ballots: STV under the Scottish rules, exact transfers, instant-runoff, ties."""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partyvote.elections import Lot, RankedElection, RankedInvalid
from partyvote.errors import BallotError, CountError, ElectionError, OptionError

NAMES = ("A", "B", "C", "D", "E")

rankings_st = st.lists(
    st.permutations(NAMES).flatmap(lambda order: st.integers(1, 5).map(lambda n: order[:n])),
    min_size=1,
    max_size=60,
)


def test_the_worked_example_of_three_seats() -> None:
    # the classic worked example (Wikipedia, "Single transferable vote", Example): 20 voters,
    # 3 seats, Droop quota 6; Chocolate's surplus of 6 goes on at 6/12, Pear is excluded,
    # Orange reaches the quota, Bonbon is excluded and Strawberry fills the last seat
    ballots = {
        ("Orange",): 4,
        ("Pear", "Orange"): 2,
        ("Chocolate", "Strawberry"): 8,
        ("Chocolate", "Bonbon"): 4,
        ("Strawberry",): 1,
        ("Bonbon",): 1,
    }
    election = RankedElection(
        seats=3, candidates=("Orange", "Pear", "Chocolate", "Strawberry", "Bonbon")
    )
    result = election.count(ballots)
    assert result.quota == 6
    assert result.elected == ("Chocolate", "Orange", "Strawberry")
    actions = [(stage.action, stage.subject) for stage in result.stages]
    assert actions == [
        ("first", None),
        ("surplus", "Chocolate"),
        ("exclusion", "Pear"),
        ("exclusion", "Bonbon"),
        ("filled", None),
    ]
    assert dict(result.stages[1].votes)["Strawberry"] == 5  # 1 + 8 x 1/2


def test_scottish_transfer_values_are_truncated_to_five_decimals() -> None:
    # SSI 2007/42 Sch. 1 rule 48(3): surplus 1 over 7 votes -> 0.14285 per paper, not 1/7
    ballots = {("A", "B"): 7, ("C",): 3, ("D",): 2}
    scottish = RankedElection(seats=2, candidates=("A", "B", "C", "D")).count(ballots)
    exact = RankedElection(seats=2, candidates=("A", "B", "C", "D"), transfers="exact").count(
        ballots
    )
    assert scottish.quota == 5  # floor(12 / 3) + 1
    assert dict(scottish.stages[1].votes)["B"] == 7 * Fraction(28571, 100_000)
    assert dict(exact.stages[1].votes)["B"] == 2


def test_the_hare_quota() -> None:
    result = RankedElection(seats=2, candidates=("A", "B", "C"), quota="hare").count(
        {("A",): 5, ("B",): 4, ("C", "B"): 1}
    )
    assert result.quota == 5
    assert result.elected == ("A", "B")


@given(rankings_st)
def test_a_majority_of_first_preferences_wins_instant_runoff(
    ballots: list[tuple[str, ...]],
) -> None:
    firsts = Counter(ranking[0] for ranking in ballots)
    leader, votes = firsts.most_common(1)[0]
    result = RankedElection.instant_runoff(NAMES).count(ballots)
    if 2 * votes > len(ballots):
        assert result.elected == (leader,)


@given(rankings_st, st.integers(1, 4), st.randoms())
def test_the_order_of_the_ballots_does_not_matter(
    ballots: list[tuple[str, ...]], seats: int, random: object
) -> None:
    election = RankedElection(seats=seats, candidates=NAMES, ties=Lot("seed"))
    shuffled = list(ballots)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert election.count(shuffled).elected == election.count(ballots).elected


@given(rankings_st, st.integers(1, 4))
def test_exact_transfers_lose_no_vote(ballots: list[tuple[str, ...]], seats: int) -> None:
    election = RankedElection(seats=seats, candidates=NAMES, transfers="exact", ties=Lot("s"))
    result = election.count(ballots)
    for stage in result.stages:
        assert sum(votes for _, votes in stage.votes) + stage.non_transferable == len(ballots)


@given(rankings_st, st.integers(1, 4))
def test_seats_are_filled_by_distinct_candidates(
    ballots: list[tuple[str, ...]], seats: int
) -> None:
    result = RankedElection(seats=seats, candidates=NAMES, ties=Lot("s")).count(ballots)
    assert len(set(result.elected)) == len(result.elected) == seats
    scottish_total = sum(votes for _, votes in result.stages[-1].votes)
    assert scottish_total + result.stages[-1].non_transferable <= len(ballots)


def test_an_undecided_tie_stops_the_count() -> None:
    result = RankedElection.instant_runoff(("A", "B", "C")).count({("A",): 3, ("B",): 2, ("C",): 2})
    assert result.elected == ()
    assert result.tied == ("B", "C")
    assert result.pending == 1
    assert "The count stops: B, C are tied" in result.explain()
    assert "Dừng kiểm phiếu: B, C bằng phiếu" in result.explain("vi")


def test_a_lot_decides_an_exclusion() -> None:
    lot = Lot("ward 7")
    result = RankedElection.instant_runoff(("A", "B", "C"), ties=lot).count(
        {("A",): 3, ("B",): 2, ("C",): 2}
    )
    survivor = lot.break_tie(("B", "C"), 1).winners[0]
    excluded = "C" if survivor == "B" else "B"
    assert result.stages[1].subject == excluded
    assert result.stages[1].tie == ("B", "C")
    assert "tie among B, C" in result.explain()


def test_earlier_stages_decide_an_exclusion_tie() -> None:
    # A (1) then E (2) are excluded; B and C then both hold 4, and C had fewer at the
    # first stage, so C goes (quota 10: D's 9 is not enough)
    ballots = {("D",): 9, ("B",): 4, ("C",): 3, ("A", "C"): 1, ("E",): 2}
    result = RankedElection(seats=1, candidates=("A", "B", "C", "D", "E")).count(ballots)
    subjects = [stage.subject for stage in result.stages[1:]]
    assert subjects[:3] == ["A", "E", "C"]
    assert result.stages[3].tie == ("B", "C")


def test_the_most_recent_unequal_stage_decides_an_exclusion_tie() -> None:
    """SSI 2007/42 Sch. 1 rule 51(2)(a): "the most recently preceding stage of the count at
    which they had an unequal number of votes" decides, not the first stage.

    Stage 1: B 6, C 5; X's 2 papers go to C (stage 2: C 7, B 6); Y's go 1 to B (stage 3:
    B 7, C 7).  Stage 2 had C ahead, so B is excluded; the first stage would exclude C.
    """
    ballots = {("B",): 6, ("C",): 5, ("X", "C"): 2, ("Y", "B"): 1, ("Y",): 2, ("D",): 15}
    result = RankedElection(seats=1, candidates=("B", "C", "D", "X", "Y")).count(ballots)
    assert [stage.subject for stage in result.stages[1:4]] == ["X", "Y", "B"]
    assert result.stages[3].tie == ("B", "C")


def test_the_most_recent_unequal_stage_decides_which_surplus_goes_first() -> None:
    """SSI 2007/42 Sch. 1 rule 49(2): equal surpluses go in the order of the votes at "the
    most recent preceding stage at which they had unequal numbers of votes".

    Quota 10 (36 ballots, 3 seats).  Stage 1: A 8, B 7; X's papers give B 9 (stage 2);
    Y's give A 3 and B 2, so both hold 11 at stage 3, surplus 1 each.  B led at stage 2,
    so B's surplus goes first; the first stage would send A's.
    """
    ballots = {
        ("A",): 8,
        ("B",): 7,
        ("X", "B"): 2,
        ("Y", "A"): 3,
        ("Y", "B"): 2,
        ("D",): 8,
        ("E",): 6,
    }
    result = RankedElection(seats=3, candidates=("A", "B", "D", "E", "X", "Y")).count(ballots)
    assert result.quota == 10
    assert [stage.subject for stage in result.stages[1:5]] == ["X", "Y", "B", "A"]
    assert result.stages[3].tie == ("A", "B")


def test_earlier_stages_decide_which_surplus_goes_first() -> None:
    # A and B both reach 7 at stage 2 (quota 5), A had more first preferences
    ballots = {("A", "C"): 6, ("B", "D"): 5, ("E", "B"): 2, ("E", "A"): 1, ("C",): 1, ("D",): 1}
    # first stage: A 6, B 5, E 3 -> A elected at once; use seats=3
    result = RankedElection(seats=3, candidates=("A", "B", "C", "D", "E")).count(ballots)
    assert result.stages[1].action == "surplus"
    assert result.stages[1].subject == "A"


def test_equal_surpluses_go_to_the_tie_policy() -> None:
    ballots = {("A", "C"): 6, ("B", "D"): 6, ("C",): 1, ("D",): 1, ("E",): 1}
    undecided = RankedElection(seats=3, candidates=("A", "B", "C", "D", "E")).count(ballots)
    assert undecided.tied == ("A", "B")
    lot = Lot("surplus")
    decided = RankedElection(seats=3, candidates=("A", "B", "C", "D", "E"), ties=lot).count(ballots)
    assert decided.stages[1].subject == lot.break_tie(("A", "B"), 1).winners[0]


def test_a_name_not_on_the_list_makes_the_ballot_invalid_wherever_it_is() -> None:
    # A misspelt name is never dropped quietly: the paper is invalid, with its reason,
    # as an unknown name is on a strike-out ballot (InvalidReason.UNKNOWN_NAME).
    election = RankedElection.instant_runoff(("A", "B", "C"))
    result = election.count([("A", "Z", "B"), ("B", "B", "C"), (), ("Z", "A"), ("C", "A")])
    assert (result.valid, result.invalid) == (2, 3)
    assert result.reasons == ((RankedInvalid.NO_PREFERENCE, 1), (RankedInvalid.UNKNOWN_NAME, 2))
    assert result.first_preferences() == {"B": 1, "C": 1}


def test_a_ranking_is_read_up_to_a_repeated_name() -> None:
    election = RankedElection.instant_runoff(("A", "B", "C"))
    result = election.count({("C", "C", "B"): 1, ("A",): 3, ("B",): 2})
    # C's paper stops at the repeat: C excluded, its vote non-transferable, not given to B
    assert result.stages[1].subject == "C"
    assert result.stages[1].non_transferable == 1
    assert dict(result.stages[1].votes)["B"] == 2


def test_the_invalid_ballots_and_their_reasons_are_in_the_minutes() -> None:
    election = RankedElection.instant_runoff(("An", "Bình"))
    result = election.count({("An",): 3, ("Bình", "Bihn"): 2, (): 1})
    assert result.explain().splitlines()[1] == (
        "Invalid ballots: 1 ranked no one; 2 named someone not on the list."
    )
    assert result.explain("vi").splitlines()[1] == (
        "Phiếu không hợp lệ: 1 phiếu không ghi thứ tự ưu tiên cho ai; 2 phiếu ghi tên người "
        "không có trong danh sách."
    )


def test_first_preferences_and_a_long_value_in_the_minutes() -> None:
    # quota floor(24 / 3) + 1 = 9; A's surplus 8 of 17 gives B 9 x 8/17 = 72/17
    ballots = {("A", "B"): 9, ("A", "C"): 8, ("D",): 6, ("C",): 1}
    election = RankedElection(seats=2, candidates=("A", "B", "C", "D"), transfers="exact")
    result = election.count(ballots)
    assert result.first_preferences() == {"A": 17, "C": 1, "D": 6}
    assert dict(result.stages[1].votes)["B"] == Fraction(72, 17)
    assert "B ≈4.23529" in result.explain()


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda: RankedElection(seats=0, candidates=("A",)), ElectionError),  # no seat
        (lambda: RankedElection(seats=1, candidates="AB"), ElectionError),  # a string
        (lambda: RankedElection(seats=1, candidates=("A", "A")), ElectionError),  # twice
        (lambda: RankedElection(seats=1, candidates=("A", "")), ElectionError),  # no name
        (lambda: RankedElection(seats=1, candidates=("A",), quota="imperiali"), OptionError),  # type: ignore[arg-type]
        (lambda: RankedElection(seats=1, candidates=("A",), transfers="gregory"), OptionError),  # type: ignore[arg-type]
        (lambda: RankedElection(seats=1, candidates=("A",), ties="lot"), ElectionError),  # type: ignore[arg-type]
    ],
)
def test_bad_elections_are_refused(make: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        make()  # type: ignore[operator]


def test_bad_ballots_are_refused() -> None:
    election = RankedElection.instant_runoff(("A", "B"))
    with pytest.raises(BallotError):
        election.count(["AB"])  # a string is not a ranking
    with pytest.raises(BallotError):
        election.count([("A", 7)])  # type: ignore[list-item]  # a number is not a name
    with pytest.raises(CountError):
        election.count({("A",): -1})


@given(rankings_st, st.integers(1, 4))
def test_a_quota_of_first_preferences_elects(ballots: list[tuple[str, ...]], seats: int) -> None:
    # SSI 2007/42 Sch. 1 rule 46: a candidate with at least the quota is elected
    result = RankedElection(seats=seats, candidates=NAMES, ties=Lot("s")).count(ballots)
    firsts = Counter(ranking[0] for ranking in ballots)
    for name, votes in firsts.items():
        if votes >= result.quota:
            assert name in result.elected
