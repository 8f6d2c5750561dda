"""Weighted voting: polls by shares, and the EU Council's double majority by population.

A :class:`Poll` records each voter's choice and weight (shares, voting rights, population).
It *is* a :class:`~partyvote.votes.Votes` whose counts are the weighted totals, so every
threshold applies to it unchanged; :attr:`Poll.heads` gives the same vote counted one per
voter.  Weights are integers and nothing is ever rounded.

>>> from partyvote import DECISIVE, at_least
>>> poll = Poll.of([("Alpha Ltd", 600, "yes"), ("B. Tran", 250, "no"), ("C. Le", 150, "yes")])
>>> poll.yes, poll.no, poll.heads.yes
(750, 250, 2)
>>> print(at_least("75%", of=DECISIVE).decide(poll).explain())
Needs at least 3/4 of 1,000 votes for or against: 750 votes. Received 750: exactly enough, passed.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

from attrs import Attribute, evolve, field, frozen

from partyvote._i18n.catalog import Message, render
from partyvote._i18n.numbers import format_int
from partyvote._validate import check_type, count_validator, flag_validator, nfc
from partyvote.errors import RuleError, VotesError
from partyvote.roll import Roll
from partyvote.rules.bases import Base
from partyvote.rules.compound import Rule, RuleOps, _check_rule, combine, describe
from partyvote.rules.decision import Decision, Reason
from partyvote.rules.threshold import Threshold, at_least
from partyvote.votes import Votes

__all__ = [
    "COUNCIL",
    "PARTICIPATING",
    "PARTICIPATING_POPULATION",
    "POPULATION",
    "Choice",
    "DoubleMajority",
    "Heads",
    "ParticipatingMajority",
    "Poll",
    "WeightedVote",
]


def __dir__() -> list[str]:
    return __all__


class Choice(enum.Enum):
    """How one voter voted in a poll."""

    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"
    """Abstained, or withheld the vote."""
    ABSENT = "absent"
    """Did not take part; counts towards the eligible total only."""


def _choice(value: object) -> Choice:
    try:
        return Choice(value)
    except ValueError:
        valid = ", ".join(repr(choice.value) for choice in Choice)
        raise VotesError(Message("poll.choice", value=value, valid=valid)) from None


def _weight(_instance: object, _attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise VotesError(Message("poll.weight", value=value))


@frozen
class WeightedVote:
    """One voter's vote: *voter*, *weight* (a positive integer) and *choice*."""

    voter: str
    weight: int = field(validator=_weight)
    choice: Choice = field(converter=_choice)


def _entry(entry: object) -> WeightedVote:
    if isinstance(entry, WeightedVote):
        return entry
    if not isinstance(entry, tuple) or len(entry) != 3:
        raise VotesError(Message("poll.entry", value=entry))
    check_type("voter", entry[0], str, VotesError)
    return WeightedVote(*entry)


def _entries(value: Iterable[WeightedVote | tuple[str, int, Any]]) -> tuple[WeightedVote, ...]:
    check_type("entries", value, Iterable, VotesError)
    entries = tuple(map(_entry, value))
    seen: set[str] = set()
    for entry in entries:
        # One voter under two spellings ("Bình" typed two ways, "An ") is still one voter.
        voter = nfc(entry.voter) if isinstance(entry.voter, str) else entry.voter
        if voter in seen:
            raise VotesError(Message("poll.duplicate", voter=voter))
        seen.add(voter)
    return entries


def _totals(entries: tuple[WeightedVote, ...], weighted: bool) -> dict[Choice, int]:
    totals = dict.fromkeys(Choice, 0)
    for entry in entries:
        totals[entry.choice] += entry.weight if weighted else 1
    return totals


@frozen
class Poll(Votes):
    """Votes weighted per voter; build one with :meth:`of`.

    The inherited counts (``yes``, ``no``, ``abstain``) are weighted totals; :attr:`roll` is
    the roll in the same units (eligible weight, weight taking part), and :attr:`heads` the
    vote counted one per voter.
    """

    entries: tuple[WeightedVote, ...] = field(default=(), kw_only=True, converter=_entries)

    def __attrs_post_init__(self) -> None:
        totals = _totals(self.entries, weighted=True)
        if (self.yes, self.no, self.abstain) != (
            totals[Choice.YES],
            totals[Choice.NO],
            totals[Choice.ABSTAIN],
        ) or (self.blank, self.invalid) != (0, 0):
            raise VotesError(Message("poll.totals"))

    @classmethod
    def of(cls, entries: Iterable[WeightedVote | tuple[str, int, Any]]) -> Poll:
        """A poll from ``(voter, weight, choice)`` entries; choices are ``"yes"``, ``"no"``,
        ``"abstain"`` or ``"absent"`` (or :class:`Choice`)."""
        checked = _entries(entries)
        totals = _totals(checked, weighted=True)
        return cls(
            totals[Choice.YES], totals[Choice.NO], abstain=totals[Choice.ABSTAIN], entries=checked
        )

    @property
    def roll(self) -> Roll:
        """The roll in weight units: every entry's weight, and the weight taking part."""
        eligible = sum(entry.weight for entry in self.entries)
        return Roll(eligible, present=self.cast)

    @property
    def heads(self) -> Votes:
        """The same vote counted one per voter."""
        totals = _totals(self.entries, weighted=False)
        return Votes(totals[Choice.YES], totals[Choice.NO], abstain=totals[Choice.ABSTAIN])

    @property
    def heads_roll(self) -> Roll:
        """The roll counted one per voter: every entry, and those taking part."""
        return Roll(len(self.entries), present=self.heads.cast)


def _needs_poll(rule: object, votes: Votes) -> Poll:
    if not isinstance(votes, Poll):
        raise RuleError(Message("poll.needed", rule=type(rule).__name__, value=votes))
    return votes


@frozen
class Heads(RuleOps):
    """Apply *rule* to a poll counted one per voter (e.g. "a majority of member states").

    >>> from partyvote import MEMBERS, more_than
    >>> poll = Poll.of([("A", 80, "yes"), ("B", 5, "yes"), ("C", 60, "no")])
    >>> Heads(more_than("1/2", of=MEMBERS)).decide(poll).passed
    True
    """

    rule: Rule = field(validator=lambda _i, _a, value: _check_rule(value))

    def decide(self, votes: Votes, /, *, roll: Roll | None = None) -> Decision:
        """Decide on ``votes.heads`` with the per-voter roll; *roll* is not used."""
        poll = _needs_poll(self, votes)
        return self.rule.decide(poll.heads, roll=poll.heads_roll)

    def describe(self, lang: str = "en") -> str:
        """The rule in words, counted one per voter.

        >>> from partyvote import MEMBERS, more_than
        >>> Heads(more_than("1/2", of=MEMBERS)).describe()
        'more than 1/2 of members, counted one per voter'
        """
        return render("rule.heads", lang, rule=describe(self.rule, lang))


def _council_members(roll: Roll | None, _votes: Votes | None) -> int:
    if roll is None:
        raise RuleError(Message("poll.needed", rule="COUNCIL", value=None))
    return roll.members


COUNCIL = Base("council", _council_members, en="members of the Council", vi="thành viên Hội đồng")
"""The members of the Council (every member state, taking part or not)."""
POPULATION = Base(
    "population", _council_members, en="population of the Union", vi="dân số Liên minh"
)
"""The population of all member states together."""


PARTICIPATING = Base(
    "participating",
    _council_members,
    en="participating members of the Council",
    vi="thành viên Hội đồng tham gia",
)
"""The members of the Council that take part in the vote (TFEU Art. 238(3))."""
PARTICIPATING_POPULATION = Base(
    "participating_population",
    _council_members,
    en="population of the participating member states",
    vi="dân số của các quốc gia thành viên tham gia",
)
"""The population of the participating member states together."""


def _share(value: Threshold | str) -> Threshold:
    return value if isinstance(value, Threshold) else at_least(value)


def _no_blocking(in_favour: int, members: int, blocking: int) -> Decision:
    """No blocking minority: fewer than *blocking* states are not in favour, so the
    qualified majority holds even without the population test."""
    needed = max(members - blocking + 1, 1)
    return Decision(
        reason=Reason.PASSED if in_favour >= needed else Reason.SHORT,
        required=needed,
        received=in_favour,
        base_size=members,
        label=Message("rule.qmv.no_blocking"),
    )


@frozen(kw_only=True)
class DoubleMajority(RuleOps):
    """The EU Council's qualified majority (TEU Art. 16(4); TFEU Art. 238(3)).

    Passes when the states in favour are at least *states* of the members of the Council
    and at least *min_states* in number, and represent at least *population* of the
    population of all members; unless a blocking minority, of at least *blocking* members,
    stands against, the population test is deemed met (TEU Art. 16(4), second paragraph).
    A state that abstains or is absent is not in favour.

    Decided on a :class:`Poll` of every member state weighted by population:

    >>> council = Poll.of([("DE", 84, "yes"), ("FR", 68, "yes"), ("IT", 59, "no")])
    >>> DoubleMajority(min_states=1, blocking=2).decide(council).passed
    True
    """

    states: Threshold = field(factory=lambda: at_least("55%"), converter=_share)
    population: Threshold = field(factory=lambda: at_least("65%"), converter=_share)
    min_states: int = field(default=15, validator=count_validator)
    blocking: int = field(default=4, validator=count_validator)

    def decide(self, votes: Votes, /, *, roll: Roll | None = None) -> Decision:
        """Apply the double majority to a :class:`Poll` of the member states."""
        poll = _needs_poll(self, votes)
        members = len(poll.entries)
        in_favour = poll.heads.yes
        states = evolve(self.states, base=COUNCIL).judge(in_favour, members)
        population = evolve(self.population, base=POPULATION).judge(poll.yes, poll.roll.members)
        enough_states = Decision(
            reason=Reason.PASSED if in_favour >= self.min_states else Reason.SHORT,
            required=self.min_states,
            received=in_favour,
            base_size=members,
            label=Message("rule.qmv.min_states"),
        )
        no_blocking = _no_blocking(in_favour, members, self.blocking)
        return combine("all", (states, enough_states, combine("any", (population, no_blocking))))

    def describe(self, lang: str = "en") -> str:
        """The double majority in words.

        >>> print(DoubleMajority(blocking=5).describe())  # doctest: +NORMALIZE_WHITESPACE
        a qualified majority: at least 55% of the member states, at least 15 of them,
        representing at least 65% of the population; a blocking minority needs at least 5 states
        """
        # A minimum of one state is no minimum (TFEU Art. 238(2) sets none): not said.
        rule = render(
            "rule.qmv" if self.min_states > 1 else "rule.qmv_no_minimum",
            lang,
            states=self.states.comparison(lang),
            min_states=format_int(self.min_states, lang),
            population=self.population.comparison(lang),
        )
        if self.blocking == 0:  # no blocking-minority clause: the population test must hold
            return rule
        return render(
            "rule.qmv_blocking", lang, rule=rule, blocking=format_int(self.blocking, lang)
        )


@frozen(kw_only=True)
class ParticipatingMajority(RuleOps):
    """The qualified majority when not all members of the Council take part (TFEU Art. 238(3)).

    Decided on a :class:`Poll` of the *participating* member states only (those the Treaties
    let vote: euro area measures, enhanced cooperation, opt-outs).  Passes when the states in
    favour are at least *states* of the participating members (55 %; 72 % under Art.
    238(3)(b), when the Council does not act on a Commission proposal) and represent at least
    *population* of their population (65 %).  There is no minimum of fifteen states.  A
    blocking minority must include at least the minimum number of members representing more
    than 35 % of the participating population, plus one member; failing that, the qualified
    majority is deemed attained (Art. 238(3)(a), second subparagraph; under (b) no such
    clause, ``blocking=False``).  A participating state that abstains or is marked
    ``"absent"`` is not in favour.

    >>> euro = Poll.of([("A", 40, "no"), ("B", 30, "yes"), ("C", 20, "yes"), ("D", 10, "yes")])
    >>> ParticipatingMajority.minimum_blocking(euro)  # A alone holds over 35 %: 1 + 1
    2
    >>> ParticipatingMajority().decide(euro).passed  # 60 % of people, but A cannot block alone
    True
    """

    states: Threshold = field(factory=lambda: at_least("55%"), converter=_share)
    population: Threshold = field(factory=lambda: at_least("65%"), converter=_share)
    blocking: bool = field(default=True, validator=flag_validator)

    @staticmethod
    def minimum_blocking(poll: Poll) -> int:
        """The fewest members a blocking minority must include: the fewest participating
        states holding more than 35 % of their population, plus one (Art. 238(3)(a))."""
        total = sum(entry.weight for entry in poll.entries)
        held = 0
        for count, weight in enumerate(
            sorted((entry.weight for entry in poll.entries), reverse=True), start=1
        ):
            held += weight
            if 20 * held > 7 * total:  # more than 35 %
                return count + 1
        return len(poll.entries) + 1  # pragma: no cover - all states hold 100 % > 35 %

    def decide(self, votes: Votes, /, *, roll: Roll | None = None) -> Decision:
        """Apply Art. 238(3) to a :class:`Poll` of the participating member states."""
        poll = _needs_poll(self, votes)
        members = len(poll.entries)
        in_favour = poll.heads.yes
        states = evolve(self.states, base=PARTICIPATING).judge(in_favour, members)
        population = evolve(self.population, base=PARTICIPATING_POPULATION).judge(
            poll.yes, poll.roll.members
        )
        if not self.blocking:
            return combine("all", (states, population))
        no_blocking = _no_blocking(in_favour, members, self.minimum_blocking(poll))
        return combine("all", (states, combine("any", (population, no_blocking))))

    def describe(self, lang: str = "en") -> str:
        """The rule in words.

        >>> print(ParticipatingMajority().describe())  # doctest: +NORMALIZE_WHITESPACE
        a qualified majority of the participating members (TFEU Art. 238(3)): at least 55%
        of them, representing at least 65% of their population; a blocking minority needs
        the fewest of them holding more than 35% of that population, plus one
        """
        key = "rule.qmv_participating" if self.blocking else "rule.qmv_participating_plain"
        return render(
            key,
            lang,
            states=self.states.comparison(lang),
            population=self.population.comparison(lang),
        )
