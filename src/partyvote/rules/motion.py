"""Motions: a question put to the vote, with the rule that carries it and an optional quorum."""

from __future__ import annotations

from typing import Any

from attrs import Attribute, field, frozen

from partyvote._i18n.catalog import render
from partyvote.roll import Roll
from partyvote.rules.compound import Rule, _check_rule, describe
from partyvote.rules.decision import Decision
from partyvote.rules.quorum import Quorum
from partyvote.rules.shares import ShareQuorum
from partyvote.rules.threshold import Threshold
from partyvote.rules.weighted import Poll
from partyvote.votes import Votes

__all__ = ["Motion"]


def __dir__() -> list[str]:
    return __all__


def _rule(_instance: object, _attribute: Attribute[Any], value: object) -> None:
    _check_rule(value)


def _quorum(_instance: object, _attribute: Attribute[Any], value: object) -> None:
    if value is not None:
        _check_rule(value)


@frozen
class Motion:
    """A motion carried by *threshold* (any :class:`~partyvote.Rule`), if quorate.

    >>> from partyvote import CONVENED, VALID, Quorum, Roll, Votes, at_least, more_than
    >>> motion = Motion(more_than("1/2", of=VALID), quorum=Quorum(at_least("2/3", of=CONVENED)))
    >>> decision = motion.decide(Votes(14, 10, abstain=3), roll=Roll(31, excused=1, present=27))
    >>> decision.passed, decision.required, decision.margin
    (True, 14, 0)
    >>> print(decision.explain())
    Quorum: Needs at least 2/3 of 30 convened: 20 present. Received 27: passed with 7 to spare.
    Needs more than 1/2 of 27 valid votes: 14 votes. Received 14: exactly enough, passed.
    """

    threshold: Rule = field(validator=_rule)
    quorum: Quorum | Rule | None = field(default=None, validator=_quorum)

    def decide(self, votes: Votes, /, *, roll: Roll | None = None) -> Decision:  # noqa: PLR0911
        """Decide the motion; without quorum it fails with :attr:`Reason.NO_QUORUM`.

        On a :class:`~partyvote.Poll` the quorum is decided on the voters, one per
        person, against *roll*, and the threshold on the weights against ``votes.roll``; a
        :class:`~partyvote.rules.ShareQuorum` is decided on the weights too (shares
        represented against every entry's shares), and *roll* is not used.
        """
        if isinstance(votes, Poll):
            # A quorum counts persons, unless it says it counts the poll's units (shares);
            # a poll's threshold counts their weights.
            decision = self.threshold.decide(votes, roll=votes.roll)
            if self.quorum is None:
                return decision
            if isinstance(self.quorum, ShareQuorum):
                # Company law counts the shares represented (Luật Doanh nghiệp 2020 Art. 145).
                return decision.with_quorum(self.quorum.decide(votes.roll))
            if isinstance(self.quorum, Quorum) and self.quorum.weighted:
                return decision.with_quorum(self.quorum.decide(votes, roll=votes.roll))
            return decision.with_quorum(self.quorum.decide(votes.heads, roll=roll))
        if self.quorum is None:
            return self.threshold.decide(votes, roll=roll)
        quorum = self.quorum.decide(votes, roll=roll)
        threshold = self.threshold
        if threshold.__class__ is Threshold:
            # The common case, decided in one step; a Quorum has checked the votes already.
            if roll is not None and self.quorum.__class__ is not Quorum:
                votes.check(roll)
            return threshold.judge(votes.yes, threshold.base(roll, votes), quorum=quorum)
        return threshold.decide(votes, roll=roll).with_quorum(quorum)

    def describe(self, lang: str = "en") -> str:
        """The motion's rule in words, its quorum included.

        >>> from partyvote import CONVENED, VALID, Quorum, at_least, more_than
        >>> print(Motion(more_than("1/2", of=VALID),
        ...              quorum=Quorum(at_least("2/3", of=CONVENED))).describe("en"))
        more than 1/2 of valid votes, with a quorum of at least 2/3 of convened
        """
        rule = describe(self.threshold, lang)
        if self.quorum is None:
            return rule
        return render("rule.with_quorum", lang, rule=rule, quorum=describe(self.quorum, lang))
