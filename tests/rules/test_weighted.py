"""Weighted polls, per-head rules, the double majority, and absolute minimums."""

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import partyvote as pv
from partyvote.errors import MissingInputError, OptionError, RuleError, VotesError
from partyvote.rulebooks import LEGAL
from partyvote.rules.weighted import COUNCIL, POPULATION
from partyvote.strategies import polls

CHOICES = st.sampled_from(["yes", "no", "abstain", "absent"])


def entries(max_size: int = 30) -> st.SearchStrategy[list[tuple[str, int, str]]]:
    return st.lists(st.tuples(st.integers(1, 10**9), CHOICES), min_size=1, max_size=max_size).map(
        lambda drawn: [
            (f"voter {index}", weight, choice) for index, (weight, choice) in enumerate(drawn)
        ]
    )


@given(st.lists(CHOICES, min_size=1, max_size=40))
def test_a_poll_of_equal_weights_is_a_show_of_hands(choices: list[str]) -> None:
    poll = pv.Poll.of((f"v{index}", 1, choice) for index, choice in enumerate(choices))
    plain = pv.Votes(choices.count("yes"), choices.count("no"), abstain=choices.count("abstain"))
    rule = pv.more_than("1/2", of=pv.DECISIVE)
    assert rule.decide(poll).passed == rule.decide(plain).passed
    assert poll.heads == plain
    assert poll.heads_roll.members == len(choices)


@given(entries())
def test_weighted_totals_add_up(drawn: list[tuple[str, int, str]]) -> None:
    poll = pv.Poll.of(drawn)
    assert poll.yes == sum(weight for _, weight, choice in drawn if choice == "yes")
    assert poll.roll.members == sum(weight for _, weight, _ in drawn)
    assert poll.roll.present == poll.cast


@given(entries(27), st.data())
def test_double_majority_is_monotone(
    drawn: list[tuple[str, int, str]], data: st.DataObject
) -> None:
    # turning one vote into a yes never turns a pass into a fail
    rule = pv.rules.DoubleMajority(min_states=3, blocking=2)
    index = data.draw(st.integers(0, len(drawn) - 1))
    better = list(drawn)
    voter, weight, _ = better[index]
    better[index] = (voter, weight, "yes")
    if rule.decide(pv.Poll.of(drawn)).passed:
        assert rule.decide(pv.Poll.of(better)).passed


def test_double_majority_explains_every_part() -> None:
    poll = pv.Poll.of([("A", 10, "yes"), ("B", 10, "yes"), ("C", 80, "no")])
    # one state can block: C alone holds 80 % of the population
    decision = pv.rules.DoubleMajority(min_states=2, blocking=1).decide(poll)
    text = decision.explain()
    assert "members of the Council" in text
    assert "population of the Union" in text
    assert not decision.passed
    assert "dân số Liên minh" in decision.explain("vi")


@pytest.mark.parametrize(
    ("make", "key"),
    [
        # a choice that is not one of the four
        (lambda: pv.Poll.of([("A", 1, "maybe")]), "poll.choice"),
        # weights are positive whole numbers
        (lambda: pv.Poll.of([("A", 0, "yes")]), "poll.weight"),
        (lambda: pv.Poll.of([("A", 1.5, "yes")]), "poll.weight"),  # type: ignore[list-item]
        (lambda: pv.Poll.of([("A", True, "yes")]), "poll.weight"),
        # one entry per voter
        (lambda: pv.Poll.of([("A", 1, "yes"), ("A", 2, "no")]), "poll.duplicate"),
        # totals that do not come from the entries
        (lambda: pv.Poll(5, 0, entries=[("A", 1, "yes")]), "poll.totals"),
    ],
)
def test_poll_errors(make: Callable[[], object], key: str) -> None:
    with pytest.raises(VotesError) as caught:
        make()
    assert caught.value.key == key


def test_per_head_and_population_rules_need_a_poll() -> None:
    with pytest.raises(RuleError, match="Heads"):
        pv.rules.Heads(pv.more_than("1/2", of=pv.MEMBERS)).decide(pv.Votes(3, 1))
    with pytest.raises(RuleError):
        COUNCIL(None, None)
    assert POPULATION.label("vi") == "dân số Liên minh"


def test_a_motion_on_a_poll_without_quorum_uses_the_poll_roll() -> None:
    # "a majority of the total voting rights", counted on the eligible weight
    poll = pv.Poll.of([("A", 40, "yes"), ("B", 35, "no"), ("C", 25, "absent")])
    decision = pv.Motion(pv.more_than("1/2", of=pv.MEMBERS)).decide(poll)
    assert (decision.base_size, decision.required, decision.passed) == (100, 51, False)


def test_minimum_counts_yes_votes_or_a_base() -> None:
    assert pv.Minimum(3).decide(pv.Votes(3, 10)).passed
    assert not pv.Minimum(3).decide(pv.Votes(2)).passed
    present = pv.Minimum(2, counted=pv.PRESENT)
    assert present.decide(pv.Votes(0), roll=pv.Roll(10, present=2)).passed
    assert "Số người có mặt tối thiểu" in present.decide(
        pv.Votes(0), roll=pv.Roll(10, present=1)
    ).explain("vi")


def test_minimum_of_a_custom_base_names_it() -> None:
    rule = pv.Minimum(2, counted=LEGAL)
    assert rule.decide(pv.Votes(1, 1)).explain().startswith("votes cast by legal voters")


def test_minimum_refuses_zero_and_combines() -> None:
    with pytest.raises(RuleError):
        pv.Minimum(0)
    rule = pv.Minimum(2, counted=pv.PRESENT) & pv.more_than("1/2")
    assert rule.decide(pv.Votes(2, 1), roll=pv.Roll(5, present=3)).passed


def test_legal_base_needs_votes() -> None:
    with pytest.raises(MissingInputError):
        LEGAL(None, None)


@given(
    st.lists(st.tuples(st.integers(1, 1000), st.booleans()), min_size=1, max_size=12),
    st.data(),
)
def test_participating_majority_is_monotone(
    members: list[tuple[int, bool]], data: st.DataObject
) -> None:
    # TFEU Art. 238(3): one more state in favour never turns a qualified majority into a failure
    rule = pv.rules.ParticipatingMajority()
    poll = pv.Poll.of(
        (f"S{i}", weight, "yes" if yes else "no") for i, (weight, yes) in enumerate(members)
    )
    against = [i for i, (_, yes) in enumerate(members) if not yes]
    if not against:
        return
    turned = data.draw(st.sampled_from(against))
    more = pv.Poll.of(
        (f"S{i}", weight, "yes" if yes or i == turned else "no")
        for i, (weight, yes) in enumerate(members)
    )
    assert rule.decide(more).passed >= rule.decide(poll).passed


def test_participating_majority_needs_a_poll_and_a_flag() -> None:
    with pytest.raises(RuleError):
        pv.rules.ParticipatingMajority().decide(pv.Votes(3, 1))
    with pytest.raises(OptionError):
        pv.rules.ParticipatingMajority(blocking="yes")  # type: ignore[arg-type]


@given(polls())
def test_a_weighted_quorum_counts_shares_present(poll: pv.Poll) -> None:
    # Luật Doanh nghiệp 59/2020/QH14 Art. 145(1): a shareholders' meeting is held when those
    # attending represent more than 50 % of the voting shares: shares, not heads.
    shares = pv.Quorum(pv.more_than("1/2", of=pv.MEMBERS), weighted=True)
    decision = pv.Motion(pv.more_than("1/2"), quorum=shares).decide(poll)
    assert decision.quorum is not None
    present = poll.roll.present
    assert present is not None
    assert decision.quorum.passed == (2 * present > poll.roll.members)
    assert (decision.quorum.received, decision.quorum.base_size) == (
        poll.roll.present,
        poll.roll.members,
    )


def test_an_unweighted_quorum_still_counts_heads() -> None:
    poll = pv.Poll.of([("Holding", 60, "yes"), ("B", 5, "absent"), ("C", 5, "absent")])
    heads = pv.Motion(pv.more_than("1/2"), quorum=pv.Quorum(pv.more_than("1/2", of=pv.MEMBERS)))
    assert heads.decide(poll, roll=pv.Roll(3, present=1)).reason is pv.rules.Reason.NO_QUORUM
    shares = pv.Motion(
        pv.more_than("1/2"), quorum=pv.Quorum(pv.more_than("1/2", of=pv.MEMBERS), weighted=True)
    )
    assert shares.decide(poll).passed
