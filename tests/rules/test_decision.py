"""Decisions, quorums, motions and compound rules."""

from __future__ import annotations

from fractions import Fraction

import pytest
from attrs import frozen
from hypothesis import given
from hypothesis import strategies as st

import partyvote as pv
from partyvote.errors import InconsistentCountError, LanguageError, MissingInputError, RuleError


def test_the_contract_example() -> None:
    roll = pv.Roll(members=31, excused=1, present=27)
    motion = pv.Motion(threshold=pv.more_than(Fraction(1, 2), of=pv.VALID))
    d = motion.decide(pv.Votes(yes=14, no=10, abstain=3), roll=roll)
    assert (d.passed, d.required, d.received, d.base_size, d.margin) == (True, 14, 14, 27, 0)
    assert d.reason is pv.rules.Reason.PASSED


def test_explanation_from_the_brief() -> None:
    d = pv.more_than("1/2", of=pv.CONVENED).decide(pv.Votes(14, 13), roll=pv.Roll(32, excused=1))
    assert d.explain("en") == "Needs more than 1/2 of 31 convened: 16 votes. Received 14: 2 short."
    assert d.explain("vi") == (
        "Cần quá 1/2 của 31 người được triệu tập trừ số vắng mặt có lý do: 16 phiếu. "
        "Nhận được 14: thiếu 2."
    )


def test_party_charter_cell_example() -> None:
    # Party Charter Art. 12(3): a cell of 11 members, 10 present, needs at least 6 votes
    # ("more than half" of 10; 190-QĐ/TW Art. 30 measures against those convened).
    roll = pv.Roll(11, excused=1, present=10)
    assert pv.more_than("1/2", of=pv.CONVENED).decide(pv.Votes(6, 4), roll=roll).passed
    assert not pv.more_than("1/2", of=pv.CONVENED).decide(pv.Votes(5, 5), roll=roll).passed


def test_empty_base_never_passes() -> None:
    d = pv.at_least("1/2", of=pv.VALID).decide(pv.Votes(0, invalid=3))
    assert (d.passed, d.reason, d.required, d.base_size) == (
        False,
        pv.rules.Reason.EMPTY_BASE,
        0,
        0,
    )
    assert "empty" in d.explain()
    assert "bằng 0" in d.explain("vi")


def test_explain_refuses_unknown_language() -> None:
    d = pv.more_than("1/2").decide(pv.Votes(3, 1))
    with pytest.raises(LanguageError, match="'fr'"):
        d.explain("fr")


def test_large_numbers_use_the_language_separator() -> None:
    d = pv.more_than("1/2").decide(pv.Votes(600_000, 500_000))
    assert "1,100,000" in d.explain("en")
    assert "1.100.000" in d.explain("vi")


@pytest.mark.parametrize(
    ("base", "message"),
    [
        (pv.MEMBERS, "roll=Roll"),
        (pv.CONVENED, "roll=Roll"),
        (pv.PRESENT, "roll=Roll"),
    ],
)
def test_roll_bases_need_a_roll(base: pv.Base, message: str) -> None:
    with pytest.raises(MissingInputError, match=message):
        pv.more_than("1/2", of=base).decide(pv.Votes(3, 1))


def test_present_base_needs_attendance() -> None:
    with pytest.raises(MissingInputError, match="present=N"):
        pv.more_than("1/2", of=pv.PRESENT).decide(pv.Votes(3, 1), roll=pv.Roll(10))


@pytest.mark.parametrize("base", [pv.CAST, pv.VALID, pv.NON_BLANK, pv.DECISIVE])
def test_vote_bases_need_votes(base: pv.Base) -> None:
    with pytest.raises(MissingInputError, match="Votes"):
        pv.Quorum(pv.at_least("1/2", of=base)).decide(pv.Roll(10, present=8))


@pytest.mark.parametrize("value", [-1, 2.5, "3", None, True])
def test_a_base_returning_nonsense_is_reported(value: object) -> None:
    odd = pv.Base("odd", lambda _roll, _votes: value)  # type: ignore[arg-type,return-value]
    with pytest.raises(MissingInputError, match="non-negative int"):
        pv.more_than("1/2", of=odd).decide(pv.Votes(1))


def test_received_above_the_base_is_inconsistent() -> None:
    small = pv.Base("small", lambda _roll, _votes: 2, en="seats", vi="ghế")
    assert small.label("vi") == "ghế"
    with pytest.raises(InconsistentCountError, match="exceeds the base"):
        pv.more_than("1/2", of=small).decide(pv.Votes(3))


def test_custom_base_labels_default_to_the_name() -> None:
    assert pv.Base("shares", lambda _r, _v: 1).label("vi") == "shares"
    assert pv.Base("shares", lambda _r, _v: 1, en="shares held").label("vi") == "shares held"


def test_judge_checks_received() -> None:
    with pytest.raises(pv.errors.CountError):
        pv.more_than("1/2").judge(-1, 3)


# --- quorum ---------------------------------------------------------------------------


def test_attendance_quorum_met_and_missed_by_one() -> None:
    quorum = pv.Quorum(pv.at_least("2/3", of=pv.CONVENED))
    assert quorum.decide(pv.Roll(31, excused=1, present=20)).passed
    missed = quorum.decide(pv.Roll(31, excused=1, present=19))
    assert (missed.passed, missed.margin, missed.reason) == (False, -1, pv.rules.Reason.SHORT)
    assert "20 present" in missed.explain()


def test_turnout_quorum_counts_ballots_cast() -> None:
    # Law 85/2015/QH13 Art. 78: more than half of the registered voters must vote.
    turnout = pv.Quorum(pv.more_than("1/2", of=pv.MEMBERS), counted=pv.CAST)
    assert not turnout.decide(pv.Votes(40, 10), roll=pv.Roll(100)).passed
    d = turnout.decide(pv.Votes(40, 11), roll=pv.Roll(100))
    assert d.passed
    assert "51 ballots cast" in d.explain()
    assert "51 phiếu thu vào" in d.explain("vi")


def test_quorum_refuses_other_inputs() -> None:
    with pytest.raises(MissingInputError, match="Roll"):
        pv.Quorum(pv.at_least("1/2")).decide(31)  # type: ignore[arg-type]
    with pytest.raises(RuleError):
        pv.Quorum("2/3")  # type: ignore[arg-type]


def test_motion_without_quorum_fails_with_its_own_reason() -> None:
    motion = pv.Motion(
        pv.more_than("1/2", of=pv.VALID), quorum=pv.Quorum(pv.at_least("2/3", of=pv.CONVENED))
    )
    d = motion.decide(pv.Votes(15, 2), roll=pv.Roll(31, present=17))
    assert (d.passed, d.reason) == (False, pv.rules.Reason.NO_QUORUM)
    assert d.quorum is not None
    assert not d.quorum.passed
    assert d.explain().splitlines()[-1] == "No quorum, so the vote does not count."
    assert "Không đủ túc số" in d.explain("vi")


def test_motion_refuses_what_is_not_a_rule() -> None:
    with pytest.raises(RuleError, match="decide"):
        pv.Motion("1/2")  # type: ignore[arg-type]
    with pytest.raises(RuleError):
        pv.Motion(pv.more_than("1/2"), quorum="2/3")  # type: ignore[arg-type]


# --- compound rules ---------------------------------------------------------------------


@frozen
class AtLeastYes:
    """A user-defined rule that does not inherit RuleOps: a fixed number of yes votes."""

    count: int

    def decide(self, votes: pv.Votes, /, *, roll: pv.Roll | None = None) -> pv.Decision:
        passed = votes.yes >= self.count
        return pv.Decision(
            reason=pv.rules.Reason.PASSED if passed else pv.rules.Reason.SHORT,
            required=self.count,
            received=votes.yes,
            base_size=votes.cast,
            label=f"at least {self.count} yes votes",
        )


def test_user_rules_combine_with_builtins_on_either_side() -> None:
    custom = AtLeastYes(5)
    both = pv.more_than("1/2") & custom
    either = custom | pv.more_than("1/2")
    assert isinstance(both, pv.rules.AllOf)
    assert isinstance(either, pv.rules.AnyOf)
    assert isinstance(custom & pv.more_than("1/2"), pv.rules.AllOf)
    assert isinstance(pv.more_than("1/2") | custom, pv.rules.AnyOf)
    d = both.decide(pv.Votes(4, 1))
    assert not d.passed
    assert "at least 5 yes votes: needs 5, received 4: not passed." in d.explain()
    assert "cần 5, nhận được 4: không đạt." in d.explain("vi")
    assert either.decide(pv.Votes(4, 1)).passed


def test_combining_with_a_non_rule_is_an_error() -> None:
    with pytest.raises(RuleError, match="cannot combine with 3"):
        pv.more_than("1/2") & 3
    with pytest.raises(RuleError):
        "x" | pv.more_than("1/2")
    with pytest.raises(RuleError, match="at least one"):
        pv.rules.AllOf(())


def test_compound_rules_flatten() -> None:
    a, b, c = pv.more_than("1/2"), pv.at_least("2/3"), pv.unanimous()
    assert len((a & b & c).rules) == 3
    assert len((a | b | c).rules) == 3
    assert len(((a & b) | c).rules) == 2


def test_double_majority_explanation() -> None:
    rule = pv.at_least("2/3", of=pv.PRESENT) & pv.more_than("1/2", of=pv.MEMBERS)
    d = rule.decide(pv.Votes(18, 6), roll=pv.Roll(40, present=24))
    assert (d.required, d.received, d.margin, d.base_size) == (21, 18, -3, 40)
    assert d.explain("vi").startswith("Phải đạt tất cả các điều kiện (đạt 1/2):")


votes_strategy = st.builds(
    pv.Votes,
    st.integers(0, 60),
    st.integers(0, 60),
    abstain=st.integers(0, 20),
    blank=st.integers(0, 10),
    invalid=st.integers(0, 10),
)
thresholds = st.builds(
    lambda ratio, strict, base: pv.Threshold(ratio, strict=strict and ratio < 1, base=base),
    st.fractions(min_value=Fraction(1, 20), max_value=1, max_denominator=20),
    st.booleans(),
    st.sampled_from([pv.CAST, pv.VALID, pv.NON_BLANK, pv.DECISIVE]),
)


@given(votes=votes_strategy, rules=st.lists(thresholds, min_size=1, max_size=4))
def test_and_or_agree_with_boolean_and_or(votes: pv.Votes, rules: list[pv.Threshold]) -> None:
    parts = [rule.decide(votes).passed for rule in rules]
    all_rule, any_rule = pv.all_of(*rules), pv.any_of(*rules)
    all_decision, any_decision = all_rule.decide(votes), any_rule.decide(votes)
    assert all_decision.passed == all(parts)
    assert any_decision.passed == any(parts)
    margins = [rule.decide(votes).margin for rule in rules]
    if all(parts):
        assert all_decision.margin == min(margins)
    if any(parts):
        assert any_decision.margin == max(m for m, ok in zip(margins, parts, strict=True) if ok)


@given(votes=votes_strategy, rule=thresholds)
def test_explanations_contain_the_numbers(votes: pv.Votes, rule: pv.Threshold) -> None:
    d = rule.decide(votes)
    for lang in ("en", "vi"):
        text = d.explain(lang)
        assert str(d.required) in text
        assert str(d.received) in text
        assert str(d.base_size) in text
        if d.base_size and d.margin:
            assert str(abs(d.margin)) in text


@given(votes=votes_strategy, rule=thresholds)
def test_one_more_yes_never_turns_a_pass_into_a_fail(votes: pv.Votes, rule: pv.Threshold) -> None:
    more = pv.Votes(
        votes.yes + 1,
        votes.no,
        abstain=votes.abstain,
        blank=votes.blank,
        invalid=votes.invalid,
    )
    if rule.decide(votes).passed and rule.base is not pv.DECISIVE:
        assert rule.decide(more).passed


@given(votes=votes_strategy, rule=thresholds)
def test_decision_matches_the_arithmetic(votes: pv.Votes, rule: pv.Threshold) -> None:
    d = rule.decide(votes)
    size = rule.base(None, votes)
    exact = votes.yes > rule.ratio * size if rule.strict else votes.yes >= rule.ratio * size
    assert d.passed == (size > 0 and exact)
    assert d == rule.decide(votes)
    assert hash(d) == hash(rule.decide(votes))


def test_the_quick_constructor_builds_what_the_constructor_builds() -> None:
    from partyvote import Decision, more_than
    from partyvote.rules import Reason
    from partyvote.rules.decision import measured

    rule = more_than("1/2")
    quick = measured(Reason.SHORT, 16, 14, 30, rule, None, None)
    built = Decision(reason=Reason.SHORT, required=16, received=14, base_size=30, threshold=rule)
    assert quick == built
    assert quick.__dict__ == built.__dict__


def test_the_quick_constructor_fails_for_want_of_quorum() -> None:
    from partyvote import Decision, more_than
    from partyvote.rules import Reason
    from partyvote.rules.decision import measured

    rule = more_than("1/2")
    quorum = rule.judge(10, 30)
    quick = measured(Reason.PASSED, 16, 20, 30, rule, None, quorum)
    built = Decision(
        reason=Reason.NO_QUORUM,
        required=16,
        received=20,
        base_size=30,
        threshold=rule,
        quorum=quorum,
    )
    assert quick.__dict__ == built.__dict__
