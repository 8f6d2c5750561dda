"""Rare paths and exact error messages of the rules and the tally.

Mutation testing (mutmut, see pyproject.toml) showed these were run but not pinned: a
wrong variable in an error message, a roll not passed on, a quorum check skipped.
"""

# mypy: disable-error-code="union-attr"
# (the tests read attributes of results they expect, such as the next round or the quorum
# decision; where one is None the test fails anyway, with an AttributeError naming it)

from collections.abc import Callable
from fractions import Fraction
from typing import NoReturn

import pytest

import partyvote as pv
from partyvote.errors import (
    CountError,
    InconsistentCountError,
    MissingInputError,
    RuleError,
    TallyError,
    VotesError,
)

HALF = pv.more_than("1/2", of=pv.CONVENED)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: HALF.judge(14, 27.0), "base size must be a whole number (int), got 27.0 (float)"),  # type: ignore[arg-type]
        (lambda: HALF.judge(14, -1), "base size must not be negative, got -1"),
        (lambda: HALF.judge(1.5, 27), "received must be a whole number (int), got 1.5 (float)"),  # type: ignore[arg-type]
        (lambda: HALF.judge(-2, 27), "received must not be negative, got -2"),
        (lambda: HALF.required(-3), "base size must not be negative, got -3"),
        (lambda: HALF.required(3.0), "base size must be a whole number (int), got 3.0 (float)"),  # type: ignore[arg-type]
        (lambda: HALF.met(True, 5), "received must be a whole number (int), got True (bool)"),
    ],
)
def test_counts_are_checked_and_named(call: Callable[[], object], message: str) -> None:
    with pytest.raises(CountError) as caught:
        call()
    assert str(caught.value) == message


def test_received_above_the_base_names_all_three_numbers() -> None:
    with pytest.raises(InconsistentCountError) as caught:
        HALF.judge(31, 30)
    assert str(caught.value).startswith("31 received exceeds the base 'convened' of 30")


def test_a_non_rule_is_named_with_its_type() -> None:
    with pytest.raises(RuleError) as caught:
        HALF & "majority"
    assert "'majority' (str)" in str(caught.value)


def test_a_quorum_refuses_what_is_not_a_threshold_or_an_input() -> None:
    with pytest.raises(RuleError, match="got 'two thirds'"):
        pv.Quorum("two thirds")  # type: ignore[arg-type]
    with pytest.raises(MissingInputError, match="got 27"):
        pv.Quorum(HALF).decide(27)  # type: ignore[arg-type]


class Plain:
    """A user rule that does not subclass RuleOps and checks nothing."""

    def decide(self, votes: pv.Votes | pv.Poll, /, *, roll: pv.Roll | None = None) -> pv.Decision:
        return pv.at_least("1/2").decide(votes)


def test_a_plain_rule_on_the_left_of_and_or() -> None:
    plain = Plain()
    both = plain & HALF
    either = plain | HALF
    assert both.rules == (plain, HALF)
    assert either.rules == (plain, HALF)
    roll = pv.Roll(31, excused=1)
    assert both.decide(pv.Votes(16, 10), roll=roll).mode == "all"
    assert either.decide(pv.Votes(16, 10), roll=roll).mode == "any"


def test_any_of_passes_the_roll_to_every_part() -> None:
    rule = HALF | pv.at_least("2/3", of=pv.PRESENT)
    decision = rule.decide(pv.Votes(16, 10), roll=pv.Roll(31, excused=1, present=26))
    assert decision.passed
    assert [part.base_size for part in decision.parts] == [30, 26]


def test_unanimous_keeps_its_base() -> None:
    assert pv.unanimous(of=pv.PRESENT).base is pv.PRESENT


def test_minimum_explains_itself_and_keeps_what_it_counted() -> None:
    votes = pv.Minimum(15).decide(pv.Votes(16, 11))
    assert votes.explain() == "A fixed minimum of votes: needs 15, received 16: passed."
    present = pv.Minimum(2, counted=pv.PRESENT).decide(pv.Votes(0), roll=pv.Roll(9, present=4))
    assert (present.counted, present.received, present.base_size) == (pv.PRESENT, 4, 4)


def test_tallies_merge_unmarked_names_too() -> None:
    a = pv.Tally(votes={"An": 1}, cast=2, unmarked={"An": 1})
    b = pv.Tally(cast=1, unmarked={"An": 1, "Bình": 1})
    assert (a + b).unmarked == {"An": 2, "Bình": 1}


def test_marks_are_measured_against_non_blank_valid_ballots() -> None:
    # 5 valid ballots of which 2 blank: 3 marked ballots allow 3 names for one seat, not 5
    tally = pv.Tally(votes={"An": 2, "Bình": 2}, cast=5, blank=2)
    with pytest.raises(TallyError) as caught:
        tally.check(candidates=("An", "Bình"), seats=1)
    assert str(caught.value) == (
        "4 names are kept on 3 valid ballots, more than 1 seat each allows"
    )


def test_unknown_names_and_reasons_are_listed() -> None:
    with pytest.raises(TallyError) as caught:
        pv.Tally(votes={"Hải": 1, "Dũng": 1}, cast=2).check(candidates=("An",), seats=2)
    assert str(caught.value) == "the tally names 'Dũng', 'Hải', not on the list of candidates"
    with pytest.raises(TallyError) as caught:
        pv.Tally(cast=1, invalid={"torn": 1})
    assert "'not-issued', 'identifying-mark'" in str(caught.value)


def test_a_quorum_on_votes_checks_them_against_the_roll() -> None:
    turnout = pv.Quorum(pv.more_than("1/2", of=pv.MEMBERS), counted=pv.CAST)
    with pytest.raises(VotesError):
        turnout.decide(pv.Votes(20, 20), roll=pv.Roll(30, present=30))
    # a base counted from the votes: more than half of the valid votes were cast as yes/no
    decisive = pv.Quorum(pv.more_than("1/2", of=pv.VALID), counted=pv.DECISIVE)
    assert decisive.decide(pv.Votes(3, 3, abstain=5)).passed


class Counting:
    """A user quorum rule that counts those present and checks nothing else."""

    def decide(self, votes: pv.Votes | pv.Poll, /, *, roll: pv.Roll | None = None) -> pv.Decision:
        return pv.at_least("1/2", of=pv.MEMBERS).judge(roll.present, roll.members)  # type: ignore[arg-type]


def test_a_motion_checks_the_votes_when_its_quorum_does_not() -> None:
    motion = pv.Motion(HALF, quorum=Counting())
    with pytest.raises(VotesError):
        motion.decide(pv.Votes(20, 10), roll=pv.Roll(31, excused=1, present=25))
    assert motion.decide(pv.Votes(20, 5), roll=pv.Roll(31, excused=1, present=25)).passed


def test_a_motion_with_a_compound_threshold_and_a_quorum() -> None:
    motion = pv.Motion(
        HALF & pv.at_least("2/3"), quorum=pv.Quorum(pv.at_least("2/3", of=pv.CONVENED))
    )
    decision = motion.decide(pv.Votes(18, 6), roll=pv.Roll(31, excused=1, present=24))
    assert decision.passed
    assert decision.quorum is not None
    assert decision.mode == "all"
    short = motion.decide(pv.Votes(12, 6), roll=pv.Roll(31, excused=1, present=19))
    assert short.reason is pv.rules.Reason.NO_QUORUM


def test_a_poll_with_a_quorum_measures_the_threshold_on_the_weights_roll() -> None:
    poll = pv.Poll.of([("A", 40, "yes"), ("B", 35, "no"), ("C", 25, "absent")])
    motion = pv.Motion(pv.more_than("1/2", of=pv.MEMBERS), quorum=pv.Minimum(2, counted=pv.PRESENT))
    decision = motion.decide(poll, roll=pv.Roll(3, present=2))
    assert (decision.base_size, decision.required, decision.passed) == (100, 51, False)
    assert decision.quorum.passed


def test_hand_entered_tally_errors_give_the_numbers() -> None:
    with pytest.raises(TallyError) as caught:
        pv.Tally(cast=3, invalid=2, blank=2)
    assert str(caught.value) == "2 invalid and 2 blank ballots are more than the 3 ballots cast"
    with pytest.raises(TallyError) as caught:
        pv.Tally(votes={"An": 3}, unmarked={"An": 1}, cast=4, invalid=1)
    assert str(caught.value) == "'An' has 4 votes but there are only 3 valid non-blank ballots"
    with pytest.raises(TallyError) as caught:
        pv.Tally(votes={"An": 3}, cast=5, blank=2, invalid=1)
    assert str(caught.value) == "'An' has 3 votes but there are only 2 valid non-blank ballots"
    with pytest.raises(TallyError, match="got 'many'"):
        pv.Tally(cast=3, invalid="many")  # type: ignore[arg-type]


def test_plain_ballots_are_counted_without_reading_each_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the fast path: plain, valid ballots of every kind, with one name, with as many names
    # as seats, and naming every candidate, never go through Validity.read
    def refuse(*_args: object, **_kwargs: object) -> NoReturn:
        raise AssertionError("read ballot by ballot")

    monkeypatch.setattr(pv.Validity, "read", refuse)
    election = pv.Election(seats=2, candidates=("An", "Bình", "Chi"))
    papers = [("An",), ["Bình", "Chi"], frozenset({"An", "Chi"}), {"Bình"}]
    assert election.tally(papers).votes == {"An": 2, "Bình": 2, "Chi": 2}
    secretary = pv.Election.approval("An")
    assert secretary.tally([("An",), ()]).votes == {"An": 1}


def test_a_turnout_quorum_needs_no_roll() -> None:
    quorum = pv.Quorum(pv.more_than("1/2", of=pv.VALID), counted=pv.DECISIVE)
    motion = pv.Motion(pv.more_than("1/2", of=pv.DECISIVE), quorum=quorum)
    decision = motion.decide(pv.Votes(5, 2, abstain=3))
    assert decision.passed
    assert decision.quorum.received == 7


def test_format_percent_takes_the_decimals_a_body_publishes() -> None:
    # A body that prints one decimal ("20.6%") is matched with digits=1; rounding half up.
    assert pv.format_percent(Fraction(1401350, 6787860), digits=1) == "20.6%"
    assert pv.format_percent(Fraction(1, 8), "vi", digits=1) == "12,5%"
    assert pv.format_percent(Fraction(1, 8), digits=0) == "13%"
    with pytest.raises(pv.errors.OptionError, match="decimals"):
        pv.format_percent(Fraction(1, 8), digits=-1)
