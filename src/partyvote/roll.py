"""The roll: who may vote at a meeting, who is excused, who is present."""

from __future__ import annotations

from attrs import field, frozen

from partyvote._i18n.catalog import Message
from partyvote._validate import count_validator, optional_count_validator
from partyvote.errors import RollError

__all__ = ["Roll"]


def __dir__() -> list[str]:
    return __all__


@frozen
class Roll:
    """Attendance at a meeting.

    :param members: members (or delegates) on the roll, i.e. entitled to vote.
    :param excused: excused absentees: members absent with a reason the meeting accepts, who
        are taken out of the *convened* base (190-QĐ/TW Art. 30 lists who they are).
    :param present: members present, or ``None`` when attendance was not taken.

    >>> roll = Roll(31, excused=1, present=27)
    >>> roll.convened, roll.absent, roll.unexcused
    (30, 4, 3)
    >>> Roll(31, present=35)
    Traceback (most recent call last):
    ...
    partyvote.errors.RollError: present (35) exceeds members on the roll (31)
    """

    members: int = field(validator=count_validator)
    excused: int = field(default=0, kw_only=True, validator=count_validator)
    present: int | None = field(default=None, kw_only=True, validator=optional_count_validator)

    def __attrs_post_init__(self) -> None:
        if self.present is None:
            if self.excused > self.members:
                raise RollError(
                    Message(
                        "roll.excused_exceeds_members", excused=self.excused, members=self.members
                    )
                )
            return
        if self.present > self.members:
            raise RollError(
                Message("roll.present_exceeds", present=self.present, members=self.members)
            )
        if self.excused > self.members - self.present:
            raise RollError(
                Message(
                    "roll.excused_exceeds",
                    excused=self.excused,
                    absent=self.members - self.present,
                    members=self.members,
                    present=self.present,
                ),
            )

    @property
    def convened(self) -> int:
        """Members convened: the roll less excused absentees."""
        return self.members - self.excused

    @property
    def absent(self) -> int | None:
        """Members not present (excused or not), or ``None`` if attendance is unknown."""
        return None if self.present is None else self.members - self.present

    @property
    def unexcused(self) -> int | None:
        """Absentees without an accepted excuse, or ``None`` if attendance is unknown."""
        return None if self.present is None else self.members - self.present - self.excused
