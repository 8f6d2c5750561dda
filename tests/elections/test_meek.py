"""Meek's method as the New Zealand rule counts it: ``RankedElection(transfers="meek")``.

Local Electoral Regulations 2001 (SR 2001/145), Schedule 1A, Part 1 (clauses cited below).
The published count replayed is Brian Wichmann's validation election M135 ("The validation
of the STV programs for ERBS", 1999; 677 valid ballots, 25 candidates, 7 seats), counted by
Meek's method in the reference outputs of the Droop package (github.com/jklundell/droop,
test/ref/dump/M135-meek-prf-o6-fixed-p9-d9.txt, 9-digit fixed point, and
M135-meek-o9-guarded-p18-g9-d18.txt, 18 digits).
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partyvote.elections import Lot, RankedElection, Revote
from partyvote.elections._meek import Meek
from partyvote.errors import ElectionError

DATA = Path(__file__).parent / "data" / "M135.blt"
NAMES = ("A", "B", "C", "D", "E")

rankings_st = st.lists(
    st.permutations(NAMES).flatmap(lambda order: st.integers(1, 5).map(lambda n: order[:n])),
    min_size=1,
    max_size=40,
)


def read_blt(path: Path) -> tuple[tuple[str, ...], int, Counter[tuple[str, ...]]]:
    """The candidates, seats and rankings of a ballot file in the "blt" format."""
    lines = path.read_text(encoding="utf-8").splitlines()
    count, seats = map(int, lines[0].split())
    rows = lines[1 : lines.index("0")]
    names = tuple(line.strip().strip('"') for line in lines[len(rows) + 2 :][:count])
    ballots: Counter[tuple[str, ...]] = Counter()
    for row in rows:
        weight, *marks = map(int, row.split())
        ballots[tuple(names[mark - 1] for mark in marks[:-1])] += weight
    return names, seats, ballots


def m135() -> RankedElection:
    names, seats, _ = read_blt(DATA)
    return RankedElection(seats=seats, candidates=names, transfers="meek", ties=Lot("m135"))


def test_m135_elects_as_the_published_meek_counts() -> None:
    _, _, ballots = read_blt(DATA)
    result = m135().count(ballots)
    assert (result.valid, result.invalid) == (677, 2)  # two papers rank no one
    # clause 5: 677 / 8 + 0.000000001, as both reference counts begin
    assert result.stages[0].quota == Fraction("84.625000001")
    assert set(result.elected) == {"C1", "C2", "C3", "C4", "C6", "C9", "C10"}
    excluded = [stage.subject for stage in result.stages if stage.action == "exclusion"]
    assert excluded == [
        "C25", "C22", "C24", "C21", "C19", "C23", "C17", "C14", "C20",
        "C18", "C13", "C16", "C8", "C12", "C7", "C5", "C15",
    ]  # fmt: skip


def test_m135_keep_values_and_quota_agree_with_the_reference_to_1e_5() -> None:
    # the reference stops iterating at a surplus below 0.000001, Schedule 1A at 0.0001:
    # the values agree to about the difference of those tolerances
    _, _, ballots = read_blt(DATA)
    last = m135().count(ballots).stages[-1]
    published = {
        "C1": "0.517961435", "C2": "0.837695872", "C3": "0.939918107",
        "C4": "0.967255749", "C6": "0.873052372", "C9": "0.997740471",
    }  # fmt: skip
    keep = dict(last.keep)
    for name, value in published.items():
        assert abs(keep[name] - Fraction(value)) < Fraction(1, 100_000), name
    assert last.quota is not None
    assert abs(last.quota - Fraction("77.350430329")) < Fraction(1, 100_000)


def test_the_first_iteration_by_hand() -> None:
    # 156 ballots, 2 seats.  Clause 5: q = 156 / 3 + 0.000000001 = 52.000000001; A has 121
    # first preferences and is successful (clause 6).  Clause 17: kA = q x 1 / 121 =
    # 0.42975206695... rounded up to 0.429752067.  Clause 10: each A paper gives A
    # 0.429752067 and keeps 0.570247933; B gets 60 x 0.570247933 = 34.21487598, the 61
    # papers ranking A alone lose 34.785123913.  q = (156 - 34.785123913) / 3, truncated,
    # + 0.000000001 = 40.404958696; surplus 121 x 0.429752067 - q = 11.595041411.
    # Clause 13: D's 5 + 11.595041411 < C's 30, so D is excluded at once.
    ballots = {("A",): 61, ("A", "B"): 60, ("C", "D"): 30, ("D", "C"): 5}
    result = RankedElection(seats=2, candidates=("A", "B", "C", "D"), transfers="meek").count(
        ballots
    )
    first, second = result.stages[:2]
    assert (first.quota, first.elected) == (Fraction("52.000000001"), ("A",))
    assert (second.action, second.subject, second.iterations) == ("exclusion", "D", 2)
    assert dict(second.votes) == {
        "A": Fraction("52.000000107"),
        "B": Fraction("34.21487598"),
        "C": 30,
        "D": 5,
    }
    assert second.quota == Fraction("40.404958696")
    assert second.non_transferable == Fraction("34.785123913")
    assert second.keep == (("A", Fraction("0.429752067")),)


def test_values_carry_nine_decimals_in_the_minutes() -> None:
    ballots = {("A",): 61, ("A", "B"): 60, ("C", "D"): 30, ("D", "C"): 5}
    text = RankedElection(seats=2, candidates=("A", "B", "C", "D"), transfers="meek")
    lines = text.count(ballots).explain().splitlines()
    assert "quota 40.404958696" in lines[2]
    assert "keep values A 0.429752067" in lines[2]
    assert "Schedule 1A" in lines[0]


def test_meek_sets_its_own_quota() -> None:
    with pytest.raises(ElectionError, match="own quota"):
        RankedElection(seats=2, candidates=NAMES, transfers="meek", quota="hare")


@given(rankings_st, st.integers(1, 3))
def test_a_quota_of_first_preferences_elects(ballots: list[tuple[str, ...]], seats: int) -> None:
    # clause 6: first preferences at or above the first quota make a candidate successful
    result = RankedElection(seats=seats, candidates=NAMES, transfers="meek", ties=Lot("s")).count(
        ballots
    )
    quota = result.stages[0].quota
    assert quota is not None
    for name, votes in Counter(ranking[0] for ranking in ballots).items():
        if votes >= quota:
            assert name in result.elected


@given(rankings_st, st.integers(1, 3), st.randoms(use_true_random=False))
def test_the_count_is_the_same_in_any_order(
    ballots: list[tuple[str, ...]], seats: int, shuffle: object
) -> None:
    election = RankedElection(seats=seats, candidates=NAMES, transfers="meek", ties=Lot("s"))
    shuffled = list(ballots)
    shuffle.shuffle(shuffled)  # type: ignore[attr-defined]
    assert election.count(shuffled) == election.count(ballots)


@given(rankings_st, st.integers(1, 3))
def test_never_more_elected_than_seats(ballots: list[tuple[str, ...]], seats: int) -> None:
    result = RankedElection(seats=seats, candidates=NAMES, transfers="meek", ties=Lot("s")).count(
        ballots
    )
    assert len(set(result.elected)) == len(result.elected)
    assert len(result.elected) + result.pending == min(seats, len(NAMES))


def test_a_tie_for_exclusion_goes_to_the_earlier_iterations_then_the_tie_policy() -> None:
    # clause 19: B and C were equal at every iteration, so the tie policy decides
    ballots = {("A",): 3, ("B",): 2, ("C",): 2}
    meek = RankedElection(seats=1, candidates=("A", "B", "C"), transfers="meek")
    stopped = meek.count(ballots)
    assert (stopped.elected, stopped.tied, stopped.pending) == ((), ("B", "C"), 1)
    drawn = RankedElection(
        seats=1, candidates=("A", "B", "C"), transfers="meek", ties=Lot("cl19")
    ).count(ballots)
    assert drawn.elected == ("A",)
    assert drawn.stages[1].subject in {"B", "C"}


def test_a_tie_for_exclusion_goes_by_the_earliest_iteration_not_the_most_recent() -> None:
    """Clause 19 hands the tie to the AAFD method, clause 40: the tied candidate that "did not
    have more votes than another tied candidate at the earliest step at which the candidates
    had different numbers of votes" is excluded (not the most recent step, as in the Scottish
    rules).  B and C are tied now; C was behind at the first iteration, B at the second."""
    count = Meek(1, ("A", "B", "C", "D"), {("A",): 1}, Revote())
    count.state = ["successful", "hopeful", "hopeful", "hopeful"]
    count.elected = ["A"]
    count.quota = 20 * 10**9
    count.history = [[20, 5, 4, 9], [20, 4, 5, 9], [20, 5, 5, 9]]
    count.votes = [v * 10**9 for v in count.history[-1]]  # surplus 0: clause 13 excludes
    assert count._to_exclude() == 2  # C; the most recent difference would exclude B
    assert count.pending == 0


def test_more_candidates_at_the_quota_than_vacancies_go_by_votes_then_the_tie_policy() -> None:
    # Rounding up (clause 10) can lift more candidates to the quota than vacancies remain:
    # the most votes are successful first, equal ones go to the tie policy.
    count = Meek(2, ("A", "B", "C"), {("A",): 1, ("B",): 1, ("C",): 1}, Revote())
    count.quota, count.votes = 5, [6, 6, 7]
    assert count._reach() == (2,)
    assert (count.elected, count.tied, count.pending) == (["C"], ("A", "B"), 1)
    drawn = Meek(2, ("A", "B", "C"), {("A",): 1, ("B",): 1, ("C",): 1}, Lot("cl6"))
    drawn.quota, drawn.votes = 5, [6, 6, 7]
    assert len(drawn._reach()) == 2
    assert drawn.pending == 0
