"""Absolute thresholds: a fixed number, whatever the size of the meeting.

Some statutes set a count, not a share: "two qualifying persons present" (Companies Act 2006
s.318), "at least fifteen member states" (TEU Art. 16(4)).  :class:`Minimum` is that rule;
it combines with shares through ``&`` and ``|`` like any other.

>>> from partyvote import PRESENT, Roll, Votes
>>> two_present = Minimum(2, counted=PRESENT)
>>> print(two_present.decide(Votes(1), roll=Roll(40, present=1)).explain())
A fixed minimum present: needs 2, received 1: not passed.
"""

from __future__ import annotations

from attrs import field, frozen

from partyvote._i18n.catalog import Message, Text, Wording, render
from partyvote._i18n.numbers import format_int
from partyvote._validate import count_validator
from partyvote.errors import RuleError
from partyvote.roll import Roll
from partyvote.rules.bases import CAST, PRESENT, Base
from partyvote.rules.compound import RuleOps
from partyvote.rules.decision import Decision, Reason
from partyvote.votes import Votes

__all__ = ["Minimum"]


def __dir__() -> list[str]:
    return __all__


@frozen
class Minimum(RuleOps):
    """At least *count* yes votes or, with *counted*, at least *count* of that base.

    :param count: the least number that passes; ``Minimum(0)`` would pass vacuously and is
        refused, like an empty base.
    :param counted: what is counted: ``None`` for the yes votes, or a base such as
        :data:`~partyvote.PRESENT`.

    >>> Minimum(15).decide(Votes(16, 11)).passed
    True
    """

    count: int = field(validator=count_validator)
    counted: Base | None = field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.count == 0:
            raise RuleError(Message("rule.minimum_zero"))

    def decide(self, votes: Votes, /, *, roll: Roll | None = None) -> Decision:
        """Whether the yes votes (or the *counted* base) reach :attr:`count`."""
        if roll is not None:
            votes.check(roll)
        received = votes.yes if self.counted is None else self.counted(roll, votes)
        label: Wording
        if self.counted is None:
            label = Message("rule.minimum.yes")
        elif self.counted in (PRESENT, CAST):
            label = Message(f"rule.minimum.{self.counted.name}")
        else:
            label = Text(self.counted.label("en"), self.counted.label("vi"))
        return Decision(
            reason=Reason.PASSED if received >= self.count else Reason.SHORT,
            required=self.count,
            received=received,
            base_size=received,
            counted=self.counted,
            label=label,
        )

    def describe(self, lang: str = "en") -> str:
        """The minimum in words.

        >>> from partyvote import PRESENT
        >>> Minimum(2, counted=PRESENT).describe(), Minimum(15).describe("vi")
        ('at least 2 present', 'ít nhất 15 phiếu tán thành')
        """
        unit = render("unit.yes", lang) if self.counted is None else self.counted.unit(lang)
        return render("rule.minimum", lang, count=format_int(self.count, lang), unit=unit)
