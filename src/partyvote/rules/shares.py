"""Shareholder meetings: bases and a quorum counted in voting shares, not persons.

Company law counts shares.  The quorum of a Vietnamese shareholders' meeting is a share of
all *voting shares* represented at the meeting (Luật Doanh nghiệp 59/2020/QH14 Art. 145),
and its resolutions a share of the votes of the shareholders attending and voting
(Art. 148).  On a :class:`~partyvote.Poll` weighted by shares, a :class:`ShareQuorum` is
decided on the shares represented, where a plain :class:`~partyvote.Quorum` counts heads.

>>> from partyvote import Motion, Poll, more_than
>>> from partyvote.rules import SHARES_VOTING, VOTING_SHARES, ShareQuorum
>>> poll = Poll.of([("Alpha JSC", 450, "yes"), ("B. Tran", 50, "no"), ("C. Le", 500, "absent")])
>>> motion = Motion(more_than("1/2", of=SHARES_VOTING),
...                 quorum=ShareQuorum(more_than("1/2", of=VOTING_SHARES)))
>>> print(motion.decide(poll).explain())  # doctest: +NORMALIZE_WHITESPACE
Quorum: Needs more than 1/2 of 1,000 voting shares: 501 shares represented.
Received 500: 1 short.
Needs more than 1/2 of 500 votes of the shareholders attending and voting: 251 votes.
Received 450: passed with 199 to spare.
No quorum, so the vote does not count.
"""

from __future__ import annotations

from attrs import field, frozen

from partyvote.roll import Roll
from partyvote.rules.bases import CAST, MEMBERS, PRESENT, Base
from partyvote.rules.quorum import Quorum
from partyvote.votes import Votes

__all__ = ["SHARES_PRESENT", "SHARES_VOTING", "VOTING_SHARES", "ShareQuorum"]


def __dir__() -> list[str]:
    return __all__


def _voting_shares(roll: Roll | None, votes: Votes | None) -> int:
    return MEMBERS(roll, votes)


def _shares_present(roll: Roll | None, votes: Votes | None) -> int:
    return PRESENT(roll, votes)


def _shares_voting(roll: Roll | None, votes: Votes | None) -> int:
    return CAST(roll, votes)


VOTING_SHARES = Base(
    "voting_shares",
    _voting_shares,
    en="voting shares",
    vi="cổ phần có quyền biểu quyết",
)
"""Every voting share of the company (on a poll: every entry's shares, absent or not)."""

SHARES_PRESENT = Base(
    "shares_present",
    _shares_present,
    en="shares represented",
    vi="cổ phần dự họp",
)
"""The voting shares of the shareholders attending, in person or by proxy."""

SHARES_VOTING = Base(
    "shares_voting",
    _shares_voting,
    en="votes of the shareholders attending and voting",
    vi="phiếu biểu quyết của cổ đông tham dự và biểu quyết",
)
"""The votes of the shareholders attending and voting: for, against and abstaining."""


@frozen
class ShareQuorum(Quorum):
    """A quorum counted in shares: the shares represented against all voting shares.

    On a roll in shares (members: voting shares; present: shares represented) it decides
    like a :class:`~partyvote.Quorum`; in a :class:`~partyvote.Motion` on a
    :class:`~partyvote.Poll` it is decided on the poll's shares, where a plain quorum counts
    persons.  Luật Doanh nghiệp 2020 Art. 145(1): more than 50 % of the voting shares.

    >>> from partyvote import Roll, more_than
    >>> quorum = ShareQuorum(more_than("1/2", of=VOTING_SHARES))
    >>> print(quorum.decide(Roll(1_000_000, present=500_001)).explain())
    Needs more than 1/2 of 1,000,000 voting shares: 500,001 shares represented.
    Received 500,001: exactly enough, passed.
    """

    counted: Base = field(default=SHARES_PRESENT, kw_only=True)
