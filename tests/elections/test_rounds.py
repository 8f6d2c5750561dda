"""Further rounds: one module says what comes next after a count and builds that election."""

from typing import Any

import pytest
from attrs import evolve

from partyvote import CONVENED, Election, Quorum, Roll, Tally, at_least, more_than, rulebooks
from partyvote.elections import ElectionResult
from partyvote.elections.rounds import Round, Step, following_round, next_round, next_step
from partyvote.errors import ElectionError, OptionError
from partyvote.io.meeting import ElectionOutcome
from partyvote.report._question_blocks import _next_step

ROLL = Roll(31, excused=1, present=29)  # 30 convened: 16 votes needed
RULE = more_than("1/2", of=CONVENED)  # 190-QĐ/TW Art. 30


def count(votes: dict[str, int], *, seats: int = 3, **options: Any) -> ElectionResult[Election]:
    election = Election(seats=seats, candidates=tuple(votes), threshold=RULE, **options)
    return election.count(Tally(votes=votes, cast=29), roll=ROLL)


CASES: dict[str, tuple[ElectionResult[Election], Step]] = {
    "complete": (count({"An": 25, "Bình": 20, "Chi": 18}), Step.COMPLETE),
    "tie": (count({"An": 25, "Bình": 20, "Chi": 18, "Dũng": 18}), Step.REVOTE),
    "unfilled": (count({"An": 25, "Bình": 10, "Chi": 9, "Dũng": 4}), Step.FURTHER),
    # every name on the list elected and a seat still empty (244-QĐ/TW Art. 20(2))
    "new names": (count({"An": 25, "Bình": 20}), Step.NEW_NAMES),
    "no quorum": (
        Election(
            seats=3,
            candidates=("An", "Bình", "Chi"),
            threshold=RULE,
            quorum=Quorum(at_least("2/3", of=CONVENED)),
        ).count(Tally(votes={"An": 19}, cast=19), roll=Roll(31, excused=1, present=19)),
        Step.AGAIN,
    ),
}


@pytest.mark.parametrize(("result", "step"), CASES.values(), ids=CASES.keys())
def test_each_count_calls_for_one_step(result: ElectionResult[Election], step: Step) -> None:
    assert next_step(result) is step


@pytest.mark.parametrize("require", [True, False])
@pytest.mark.parametrize(("result", "step"), CASES.values(), ids=CASES.keys())
def test_the_result_the_rulebook_and_the_minutes_ask_the_same_module(
    result: ElectionResult[Election], step: Step, require: bool
) -> None:
    if step is Step.NEW_NAMES:
        with pytest.raises(ElectionError, match="add_candidates"):
            result.next_round(require_threshold=require)
        assert following_round(result, require) is None
        return
    following = next_round(result, require_threshold=require)
    assert result.next_round(require_threshold=require) == following
    assert following_round(result, require) == following
    book = rulebooks.get("vn-party-2024").evolve(revote_threshold=require)
    assert book.next_round(result) == following


def test_the_same_election_again_after_no_quorum() -> None:
    result = CASES["no quorum"][0]
    assert next_round(result) == evolve(result.election, round=Round.RERUN)


def test_each_following_election_says_which_round_it_is() -> None:
    kinds = {
        name: following.round
        for name, (result, _) in CASES.items()
        if (following := following_round(result, True)) is not None
    }
    assert kinds == {
        "tie": Round.REVOTE,
        "unfilled": Round.FURTHER,
        "no quorum": Round.RERUN,
    }
    assert all(result.election.round is Round.FIRST for result, _ in CASES.values())


@pytest.mark.parametrize("kind", [Round.FURTHER, Round.REVOTE, Round.RERUN])
def test_a_round_held_again_for_want_of_quorum_keeps_its_kind(kind: Round) -> None:
    # A further round (the law's additional election) whose quorum fails is still a further
    # round when held again: a rulebook that allows one only (Law 85/2015 Art. 79(3)) must
    # not see a first election in it.
    election = evolve(CASES["no quorum"][0].election, round=kind)
    result = election.count(Tally(votes={"An": 19}, cast=19), roll=Roll(31, excused=1, present=19))
    assert next_round(result) is election


def test_a_further_round_after_a_further_round_is_a_further_round() -> None:
    first = next_round(CASES["unfilled"][0])
    assert first is not None
    second = next_round(
        first.count(Tally(votes={"Bình": 20, "Chi": 5, "Dũng": 4}, cast=29), roll=ROLL)
    )
    assert second is not None
    assert (second.round, second.seats, second.candidates) == (Round.FURTHER, 1, ("Chi", "Dũng"))


def test_a_further_round_keeps_the_rules_and_takes_added_names() -> None:
    result = CASES["unfilled"][0]
    following = next_round(result, add_candidates=["Hải"])
    assert following is not None
    assert (following.seats, following.candidates) == (2, ("Bình", "Chi", "Dũng", "Hải"))
    assert (following.threshold, following.ties) == (RULE, result.election.ties)


def test_new_names_are_asked_for_in_the_minutes() -> None:
    outcome = ElectionOutcome(title="Ban chấp hành", issued=None, result=CASES["new names"][0])
    assert _next_step(outcome, "en", True) == (
        "Next step: 1 seat remains and no candidate is left; the meeting adds names."
    )


def plurality(votes: dict[str, int], seats: int = 1) -> ElectionResult[Election]:
    # one seat by a majority of those convened (16 of 30): nobody reaches it here
    return count(votes, seats=seats)


@pytest.mark.parametrize(
    ("votes", "keep", "expected"),
    [
        # a top-two run-off: the two leading candidates go on
        ({"An": 12, "Bình": 9, "Chi": 5, "Dũng": 3}, "top-two", ("An", "Bình")),
        # a tie at the cut is not broken by the list's order: both tied go on
        ({"An": 12, "Bình": 7, "Chi": 7, "Dũng": 3}, "top-two", ("An", "Bình", "Chi")),
        # two candidates only: nothing to cut
        ({"An": 12, "Bình": 9}, "top-two", ("An", "Bình")),
        # drop the lowest: every candidate with the fewest votes leaves
        ({"An": 12, "Bình": 9, "Chi": 3, "Dũng": 3}, "drop-lowest", ("An", "Bình")),
        ({"An": 12, "Bình": 9, "Chi": 5, "Dũng": 3}, "drop-lowest", ("An", "Bình", "Chi")),
        # the default keeps everyone not elected (244-QĐ/TW Art. 20(2))
        ({"An": 12, "Bình": 9, "Chi": 5, "Dũng": 3}, "all", ("An", "Bình", "Chi", "Dũng")),
    ],
)
def test_who_goes_on_to_a_further_round(
    votes: dict[str, int], keep: str, expected: tuple[str, ...]
) -> None:
    result = plurality(votes)
    assert next_step(result) is Step.FURTHER
    following = result.next_round(keep=keep)  # type: ignore[arg-type]
    assert following is not None
    assert following.candidates == expected
    assert following.seats == 1


def test_a_top_two_run_off_for_several_seats_keeps_twice_as_many() -> None:
    # two seats unfilled: the four leading candidates go on
    votes = {"An": 25, "Bình": 12, "Chi": 11, "Dũng": 10, "Hải": 9, "Lan": 2}
    following = count(votes, seats=3).next_round(keep="top-two")
    assert following is not None
    assert (following.seats, following.candidates) == (2, ("Bình", "Chi", "Dũng", "Hải"))


def test_dropping_the_lowest_never_leaves_too_few_candidates() -> None:
    result = plurality({"An": 9, "Bình": 9})
    with pytest.raises(ElectionError, match="the meeting decides"):
        result.next_round(keep="drop-lowest")


def test_an_unknown_keep_is_refused() -> None:
    with pytest.raises(OptionError):
        CASES["unfilled"][0].next_round(keep="top-three")  # type: ignore[arg-type]


def test_keep_applies_to_further_rounds_only() -> None:
    # a re-vote among the tied is a re-vote among the tied, whatever keep says
    result = CASES["tie"][0]
    assert result.next_round(keep="top-two") == result.next_round()
