"""The count of a vote on a motion."""

from __future__ import annotations

from attrs import field, frozen

from partyvote._i18n.catalog import Message
from partyvote._validate import check_type, count_validator
from partyvote.errors import RuleError, VotesError
from partyvote.roll import Roll

__all__ = ["Votes"]


def __dir__() -> list[str]:
    return __all__


@frozen
class Votes:
    """How a motion was voted: yes, no, abstentions, blank and invalid ballots.

    Every vote or ballot handed in counts towards :attr:`cast`; blank and invalid ballots
    and abstentions are kept apart so that each rulebook can measure against the base it
    prescribes (see :ref:`api-bases`).

    >>> votes = Votes(14, 10, abstain=3)
    >>> votes.cast, votes.valid, votes.decisive
    (27, 27, 24)
    """

    yes: int = field(validator=count_validator)
    no: int = field(default=0, validator=count_validator)
    abstain: int = field(default=0, kw_only=True, validator=count_validator)
    blank: int = field(default=0, kw_only=True, validator=count_validator)
    invalid: int = field(default=0, kw_only=True, validator=count_validator)

    @property
    def cast(self) -> int:
        """Every vote or ballot handed in, valid or not."""
        return self.yes + self.no + self.abstain + self.blank + self.invalid

    @property
    def valid(self) -> int:
        """Votes cast less invalid ballots."""
        return self.yes + self.no + self.abstain + self.blank

    @property
    def non_blank(self) -> int:
        """Valid votes less blank ballots."""
        return self.yes + self.no + self.abstain

    @property
    def decisive(self) -> int:
        """Votes for or against: yes + no."""
        return self.yes + self.no

    def check(self, roll: Roll) -> Votes:
        """Return these votes if they fit *roll*, else raise :class:`~partyvote.errors.VotesError`.

        >>> Votes(20, 8).check(Roll(31, present=27))
        Traceback (most recent call last):
        ...
        partyvote.errors.VotesError: 28 votes were recorded but only 27 members are present
        """
        if roll.__class__ is not Roll:
            check_type("roll", roll, Roll, RuleError)
        cast = self.cast
        if roll.present is not None:
            if cast > roll.present:
                raise VotesError(Message("votes.exceed_present", cast=cast, present=roll.present))
        elif cast > roll.members:
            raise VotesError(Message("votes.exceed_members", cast=cast, members=roll.members))
        return self
