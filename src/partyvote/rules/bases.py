"""Bases: the number a threshold's fraction is taken *of*.

A base is a named function of the roll and the votes.  Which base a body uses changes
outcomes: 14 yes votes are more than half of the 24 votes for or against, but not more than
half of 30 members convened.

>>> from partyvote import Roll, Votes
>>> roll, votes = Roll(31, excused=1, present=27), Votes(14, 10, abstain=3)
>>> for base in BUILTIN_BASES:
...     print(f"{base.name:>9}: {base(roll, votes)}")
  members: 31
 convened: 30
  present: 27
     cast: 27
    valid: 27
non_blank: 27
 decisive: 24
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from attrs import field, frozen

from partyvote._i18n.catalog import Message, Text, render
from partyvote.errors import MissingInputError, check_language
from partyvote.roll import Roll
from partyvote.votes import Votes

__all__ = [
    "BUILTIN_BASES",
    "CAST",
    "CONVENED",
    "DECISIVE",
    "MEMBERS",
    "NON_BLANK",
    "PRESENT",
    "VALID",
    "Base",
    "BaseFunction",
]


def __dir__() -> list[str]:
    return __all__


BaseFunction = Callable[[Roll | None, Votes | None], int]
"""The signature of a base: ``fn(roll, votes) -> int``; either argument may be ``None``."""


@frozen
class Base:
    """A named way of finding the size of the base from the roll and the votes.

    :param name: a short identifier (``"convened"``); explanations use it when the base has
        no label of its own.
    :param fn: computes the size; it may raise :class:`~partyvote.errors.MissingInputError`
        when the roll or the votes it needs are missing.
    :param en: how English explanations name the base (``"voting shares"``), default *name*.
    :param vi: how Vietnamese explanations name it, default the English label.

    Your own base is one line:

    >>> from partyvote import Votes, more_than
    >>> legal = Base("legal", lambda roll, votes: votes.yes + votes.no + votes.invalid,
    ...              en="votes cast by legal voters")
    >>> print(more_than("1/2", of=legal).decide(Votes(5, 4, invalid=2)).explain())
    Needs more than 1/2 of 11 votes cast by legal voters: 6 votes. Received 5: 1 short.
    """

    name: str
    fn: BaseFunction = field(repr=False)
    en: str | None = field(default=None, kw_only=True, repr=False)
    vi: str | None = field(default=None, kw_only=True, repr=False)

    def __call__(self, roll: Roll | None, votes: Votes | None) -> int:
        """The size of the base for this roll and these votes."""
        size = self.fn(roll, votes)
        if size.__class__ is not int or size < 0:
            raise MissingInputError(Message("base.bad_result", base=self.name, value=size))
        return size

    def __reduce__(self) -> tuple[Any, ...]:
        # The built-in bases are module constants built from lambdas: pickle them by name,
        # so that elections travel to worker processes.
        if _BUILTIN_BY_NAME.get(self.name) is self:
            return (_builtin, (self.name,))
        return (_rebuild, (self.name, self.fn, self.en, self.vi))

    def label(self, lang: str = "en") -> str:
        """How explanations in *lang* name this base: its own label, else its name.

        >>> Base("bad_result", lambda roll, votes: 0).label("vi")
        'bad_result'
        """
        if self._builtin:
            return render(f"base.{self.name}", check_language(lang))
        return Text(self.name if self.en is None else self.en, self.vi).render(check_language(lang))

    @property
    def _builtin(self) -> bool:
        # Only partyvote's own bases take their words from the catalog: a user's base named
        # like a catalog entry ("bad_result") must not borrow its sentence.
        return _BUILTIN_BY_NAME.get(self.name) is self

    def unit(self, lang: str = "en") -> str:
        """What a count of this base is called in *lang*: "present", "ballots cast", or
        the base's :meth:`label`.

        >>> PRESENT.unit("vi"), MEMBERS.unit()
        ('người có mặt', 'members')
        """
        if self._builtin and self.name in {"present", "cast"}:
            return render(f"unit.{self.name}", check_language(lang))
        return self.label(lang)


def _no_roll(base: str) -> int:
    raise MissingInputError(Message("base.needs_roll", base=base))


def _no_votes(base: str) -> int:
    raise MissingInputError(Message("base.needs_votes", base=base))


def _present(roll: Roll | None, _votes: Votes | None) -> int:
    if roll is None:
        return _no_roll("present")
    if roll.present is None:
        raise MissingInputError(Message("base.needs_present", base="present"))
    return roll.present


# The built-in functions test for None inline rather than through a helper: bases are
# computed on every decision.
MEMBERS = Base("members", lambda roll, _v: _no_roll("members") if roll is None else roll.members)
"""Every member on the roll."""
CONVENED = Base(
    "convened", lambda roll, _v: _no_roll("convened") if roll is None else roll.convened
)
"""Members convened: the roll less excused absentees (đại biểu được triệu tập)."""
PRESENT = Base("present", _present)
"""Members present."""
CAST = Base("cast", lambda _r, votes: _no_votes("cast") if votes is None else votes.cast)
"""Every vote or ballot handed in, valid or not."""
VALID = Base("valid", lambda _r, votes: _no_votes("valid") if votes is None else votes.valid)
"""Valid votes: cast less invalid ballots."""
NON_BLANK = Base(
    "non_blank", lambda _r, votes: _no_votes("non_blank") if votes is None else votes.non_blank
)
"""Valid votes less blank ballots."""
DECISIVE = Base(
    "decisive", lambda _r, votes: _no_votes("decisive") if votes is None else votes.decisive
)
"""Votes for or against (yes + no): abstentions and blanks left out."""

BUILTIN_BASES = (MEMBERS, CONVENED, PRESENT, CAST, VALID, NON_BLANK, DECISIVE)
"""The built-in bases, from the widest to the narrowest."""

_BUILTIN_BY_NAME = {base.name: base for base in BUILTIN_BASES}


def _builtin(name: str) -> Base:
    return _BUILTIN_BY_NAME[name]


def _rebuild(name: str, fn: BaseFunction, en: str | None, vi: str | None) -> Base:
    return Base(name, fn, en=en, vi=vi)
