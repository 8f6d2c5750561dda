"""Ballot papers: the three forms of 190-QĐ/TW Art. 15 and what is written on one paper.

* :attr:`BallotForm.STRIKE_OUT`: a list with a surplus (more names than seats); the voter
  strikes the names they do not support, and the names kept are the votes.
* :attr:`BallotForm.AGREE_DISAGREE`: a list without surplus, one *agree* and one *disagree*
  box per name; a name ticked in both or in neither box gets no vote, the ballot stays valid.
* :attr:`BallotForm.SINGLE`: one candidate, agree or disagree; both or neither ticked makes
  the ballot invalid.

A plain iterable of names (``("An", "Chi")``, a ``frozenset``...) stands for a strike-out
ballot keeping those names, issued and unmarked: the fast path for counted data.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping

from attrs import field, frozen

from partyvote._i18n.catalog import Message
from partyvote._validate import check_type, flag_validator, nfc
from partyvote.errors import BallotError

__all__ = ["Ballot", "BallotForm", "Mark"]


def __dir__() -> list[str]:
    return __all__


class BallotForm(enum.Enum):
    """The layout of the ballot paper."""

    STRIKE_OUT = "strike-out"
    """A list with a surplus: names struck out are not supported, names kept are votes."""
    AGREE_DISAGREE = "agree-disagree"
    """A list without surplus: an agree and a disagree box per name."""
    SINGLE = "single"
    """One candidate: an agree and a disagree box."""

    @classmethod
    def for_list(cls, seats: int, candidates: int) -> BallotForm:
        """The form 190-QĐ/TW Art. 15 prescribes for *candidates* names and *seats* seats.

        >>> for seats, names in ((15, 18), (3, 3), (1, 1)):
        ...     print(BallotForm.for_list(seats, names).value)
        strike-out
        agree-disagree
        single
        """
        if candidates == 1 and seats == 1:
            return cls.SINGLE
        return cls.STRIKE_OUT if candidates > seats else cls.AGREE_DISAGREE


class Mark(enum.Enum):
    """The boxes ticked beside one name on an agree / disagree ballot."""

    AGREE = "agree"
    DISAGREE = "disagree"
    BOTH = "both"
    NEITHER = "neither"


def _name(value: object) -> str:
    if not isinstance(value, str):
        raise BallotError(Message("ballot.name", value=value))
    return nfc(value)


def _names(value: Iterable[str] | None) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str | bytes):
        raise BallotError(Message("ballot.string", value=value))
    if isinstance(value, Mapping):
        raise BallotError(Message("ballot.mapping", value=value))
    check_type("names", value, Iterable, BallotError)
    return frozenset(map(_name, value))


def _mark(value: object) -> Mark:
    try:
        return Mark(value)
    except ValueError:
        valid = ", ".join(repr(mark.value) for mark in Mark)
        raise BallotError(Message("ballot.mark", value=value, valid=valid)) from None


def _marks(
    value: Mapping[str, Mark] | Iterable[tuple[str, Mark]] | None,
) -> tuple[tuple[str, Mark], ...] | None:
    if value is None:
        return None
    check_type("marks", value, Iterable, BallotError)
    pairs = value.items() if isinstance(value, Mapping) else value
    marks = tuple(sorted(_pair(pair) for pair in pairs))
    if len({name for name, _ in marks}) != len(marks):
        raise BallotError(Message("ballot.duplicate", value=marks))
    return marks


def _pair(pair: object) -> tuple[str, Mark]:
    if not isinstance(pair, tuple) or len(pair) != 2:
        raise BallotError(Message("ballot.pair", value=pair))
    return _name(pair[0]), _mark(pair[1])


def _written_in(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str | bytes):
        return (_name(value),)
    check_type("written_in", value, Iterable, BallotError)
    return tuple(map(_name, value))


@frozen(kw_only=True)
class Ballot:
    """What is on one ballot paper.

    Give the names *kept* or the names *struck* (strike-out form), or *marks* per name
    (agree / disagree forms).  The other fields record what makes a paper invalid.

    :param kept: names left unstruck on a strike-out ballot.
    :param struck: names struck out; the rest of the list is kept.
    :param marks: per name, the boxes ticked (:class:`Mark`); names not given are
        :attr:`Mark.NEITHER` (on a strike-out list: struck).  ``marks={}`` is a paper with no
        box ticked; ``None`` (the default) means the paper is described by *kept* or
        *struck* instead.
    :param issued: ``False`` for a paper not issued by the counting committee.
    :param written_in: names the voter added to the list.
    :param identifying_marks: ``True`` if the paper carries marks that identify the voter.

    >>> Ballot.keeping("An", "Chi")
    Ballot(kept=frozenset({...}), struck=None, marks=None, issued=True, written_in=(), ...)
    >>> Ballot.single(Mark.AGREE).marks
    (('', <Mark.AGREE: 'agree'>),)
    """

    kept: frozenset[str] | None = field(default=None, converter=_names)
    struck: frozenset[str] | None = field(default=None, converter=_names)
    marks: tuple[tuple[str, Mark], ...] | None = field(default=None, converter=_marks)
    issued: bool = field(default=True, validator=flag_validator)
    written_in: tuple[str, ...] = field(default=(), converter=_written_in)
    identifying_marks: bool = field(default=False, validator=flag_validator)
    _plain_kept: frozenset[str] | None = field(init=False, repr=False, eq=False)
    """The names kept, for a paper that says nothing else (nothing struck, no marks, issued,
    clean); ``None`` for any other paper.  Worked out once here, so that counting reads one
    field instead of six."""

    def __attrs_post_init__(self) -> None:
        plain = (
            self.struck is None
            and self.marks is None
            and self.issued
            and not self.written_in
            and not self.identifying_marks
        )
        object.__setattr__(self, "_plain_kept", self.kept if plain else None)

    @classmethod
    def keeping(cls, *names: str, issued: bool = True) -> Ballot:
        """A strike-out ballot keeping *names*."""
        return cls(kept=names, issued=issued)

    @classmethod
    def striking(cls, *names: str, issued: bool = True) -> Ballot:
        """A strike-out ballot with *names* struck out."""
        return cls(struck=names, issued=issued)

    @classmethod
    def marked(cls, marks: Mapping[str, Mark], *, issued: bool = True) -> Ballot:
        """An agree / disagree ballot with the boxes ticked per name."""
        return cls(marks=marks, issued=issued)

    @classmethod
    def single(cls, mark: Mark, *, issued: bool = True) -> Ballot:
        """A single-candidate ballot; the one name is implied (stored as ``""``)."""
        return cls(marks={"": mark}, issued=issued)
