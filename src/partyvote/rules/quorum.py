"""Quorum: whether enough members attend (attendance) or vote (turnout) for a vote to count."""

from __future__ import annotations

from typing import Any

from attrs import Attribute, field, frozen

from partyvote._i18n.catalog import Message, render
from partyvote._validate import flag_validator
from partyvote.errors import MissingInputError, RuleError
from partyvote.roll import Roll
from partyvote.rules.bases import PRESENT, Base
from partyvote.rules.compound import RuleOps
from partyvote.rules.decision import Decision
from partyvote.rules.threshold import Threshold
from partyvote.votes import Votes

__all__ = ["Quorum"]


def __dir__() -> list[str]:
    return __all__


def _threshold(_instance: object, _attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, Threshold):
        raise RuleError(Message("quorum.not_threshold", value=value))


@frozen
class Quorum(RuleOps):
    """A threshold on attendance or turnout.

    :param threshold: the share needed and its base, e.g. ``at_least("2/3", of=CONVENED)``.
    :param counted: what is counted against it: :data:`~partyvote.PRESENT` (attendance,
        the default) or :data:`~partyvote.CAST` (turnout: ballots handed in).
    :param weighted: on a weighted :class:`~partyvote.Poll`, count in the poll's units
        (shares present of all voting shares, as company law counts) instead of one per
        person (the default).  A :class:`~partyvote.Motion` applies it.

    >>> from partyvote import CAST, CONVENED, MEMBERS, Roll, Votes, at_least, more_than
    >>> quorum = Quorum(at_least("2/3", of=CONVENED))
    >>> print(quorum.decide(Roll(31, excused=1, present=19)).explain())
    Needs at least 2/3 of 30 convened: 20 present. Received 19: 1 short.
    >>> turnout = Quorum(more_than("1/2", of=MEMBERS), counted=CAST)
    >>> turnout.decide(Votes(10, 6), roll=Roll(31)).passed
    True
    """

    threshold: Threshold = field(validator=_threshold)
    counted: Base = field(default=PRESENT, kw_only=True)
    weighted: bool = field(default=False, kw_only=True, validator=flag_validator)

    def __attrs_post_init__(self) -> None:
        # "2/3 of those present are present" passes with 3 of 100 members: meaningless.
        if self.threshold.base == self.counted:
            raise RuleError(Message("quorum.same_base", counted=self.counted.name))

    def decide(self, subject: Roll | Votes, /, *, roll: Roll | None = None) -> Decision:
        """Decide on a :class:`~partyvote.roll.Roll`, or on :class:`~partyvote.votes.Votes`
        with ``roll=``."""
        votes: Votes | None
        if isinstance(subject, Votes):
            votes = subject
            if roll is not None:
                votes.check(roll)
        elif isinstance(subject, Roll):
            roll, votes = subject, None
        else:
            raise MissingInputError(Message("quorum.needs_input", value=subject))
        size = self.threshold.base(roll, votes)
        return self.threshold.judge(self.counted(roll, votes), size, counted=self.counted)

    def describe(self, lang: str = "en") -> str:
        """The quorum in words; what is counted is said unless it is attendance.

        >>> from partyvote import CAST, MEMBERS, more_than
        >>> Quorum(more_than("1/2", of=MEMBERS), counted=CAST).describe()
        'more than 1/2 of members, counting ballots cast'
        """
        threshold = self.threshold.describe(lang)
        if self.counted is PRESENT:
            return threshold
        return render("rule.counting", lang, rule=threshold, counted=self.counted.unit(lang))
