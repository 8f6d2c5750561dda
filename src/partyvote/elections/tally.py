"""Tallies: votes per candidate and ballots cast, valid, blank and invalid by reason.

A tally is built in one streaming pass over any iterable of ballots, and tallies add up:
``Tally()`` is the identity and ``a + b == b + a``, so polling stations or counting tables
count apart and merge.

>>> from partyvote import Election
>>> election = Election(seats=2, candidates=("An", "Bình", "Chi"))
>>> morning = election.tally([("An", "Bình"), ("An",), ()])
>>> evening = election.tally([("Chi", "An"), ("An", "Bình", "Chi")])
>>> total = morning + evening
>>> total.votes["An"], total.cast, total.valid, total.invalid_total
(3, 5, 3, 2)
>>> sorted(reason.value for reason in total.invalid)
['all-struck', 'too-many-kept']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fractions import Fraction
from itertools import islice
from typing import Any

from attrs import field, frozen

from partyvote._i18n.catalog import Message
from partyvote._validate import check_type, count_validator, nfc
from partyvote.elections._count import _CHUNK, _Count
from partyvote.elections.ballot import Ballot, BallotForm
from partyvote.elections.counts import Counts
from partyvote.elections.validity import InvalidReason, Validity
from partyvote.errors import TallyError

__all__ = ["Tally", "tally_ballots"]


def __dir__() -> list[str]:
    return __all__


def _names(value: Counts[str] | Mapping[str, int]) -> Counts[str]:
    if isinstance(value, Counts):
        return value
    if not isinstance(value, Mapping):
        raise TallyError(Message("tally.names_type", value=value))
    named: dict[str, int] = {}
    for name, count in value.items():
        if not isinstance(name, str):
            raise TallyError(Message("tally.name", value=name))
        key = nfc(name)
        if key in named:
            raise TallyError(Message("tally.name_twice", name=key))
        named[key] = count
    return Counts(named)


def _reason(value: InvalidReason | str) -> InvalidReason:
    try:
        return InvalidReason(value)
    except ValueError:
        valid = ", ".join(repr(reason.value) for reason in InvalidReason)
        raise TallyError(Message("tally.reason", value=value, valid=valid)) from None


def _reasons(
    value: Counts[InvalidReason] | Mapping[InvalidReason | str, int] | Mapping[str, int] | int,
) -> Counts[InvalidReason]:
    if isinstance(value, Counts):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Counts({InvalidReason.UNSPECIFIED: value})
    if not isinstance(value, Mapping):
        raise TallyError(Message("tally.invalid_type", value=value))
    return Counts({_reason(reason): count for reason, count in value.items()})


@frozen(kw_only=True)
class Tally:
    """The count of an election's ballots, before any rule is applied.

    :param votes: per candidate, the votes received (names kept or agreed).
    :param cast: ballots handed in.
    :param blank: valid ballots supporting no one (where the validity policy allows them).
    :param invalid: invalid ballots by :class:`~partyvote.elections.InvalidReason`, or one
        total (recorded as ``UNSPECIFIED``) when a paper count did not break it down.
    :param unmarked: per candidate, valid ballots with both or neither box ticked.

    A tally entered by hand is checked for consistency:

    >>> Tally(votes={"An": 30}, cast=28, invalid=2)
    Traceback (most recent call last):
    ...
    partyvote.errors.TallyError: 'An' has 30 votes but there are only 26 valid non-blank ballots
    """

    votes: Counts[str] = field(factory=Counts, converter=_names)
    cast: int = field(default=0, validator=count_validator)
    blank: int = field(default=0, validator=count_validator)
    invalid: Counts[InvalidReason] = field(factory=Counts, converter=_reasons)
    unmarked: Counts[str] = field(factory=Counts, converter=_names)

    def __attrs_post_init__(self) -> None:
        invalid = self.invalid.total()
        if invalid + self.blank > self.cast:
            raise TallyError(
                Message("tally.cast_short", invalid=invalid, blank=self.blank, cast=self.cast)
            )
        marked = self.cast - invalid - self.blank
        for name in sorted(self.votes.keys() | self.unmarked.keys()):
            if self.votes[name] + self.unmarked[name] > marked:
                raise TallyError(
                    Message(
                        "tally.candidate_exceeds",
                        name=name,
                        votes=self.votes[name] + self.unmarked[name],
                        marked=marked,
                    ),
                )

    @property
    def valid(self) -> int:
        """Valid ballots: cast less invalid."""
        return self.cast - self.invalid.total()

    @property
    def invalid_total(self) -> int:
        """Invalid ballots, all reasons together."""
        return self.invalid.total()

    def __add__(self, other: Tally) -> Tally:
        if not isinstance(other, Tally):
            return NotImplemented
        return Tally(
            votes=self.votes + other.votes,
            cast=self.cast + other.cast,
            blank=self.blank + other.blank,
            invalid=self.invalid + other.invalid,
            unmarked=self.unmarked + other.unmarked,
        )

    def to_frame(self) -> Any:
        """The votes as a :class:`pandas.DataFrame` (``pip install 'partyvote[pandas]'``):
        ``name``, ``votes``, ``share`` of the valid ballots (exact) and ``percent``
        (rounded, for charts), most votes first.

        >>> Tally(votes={"An": 2, "Bình": 1}, cast=4, invalid=1).to_frame()[["name", "percent"]]
           name  percent
        0    An    66.67
        1  Bình    33.33
        """
        from partyvote._frames import frame, percent

        valid = self.valid
        ordered = sorted(self.votes.items(), key=lambda item: -item[1])
        return frame(
            (
                {
                    "name": name,
                    "votes": votes,
                    # A vote needs a valid ballot, so valid > 0 on every row.
                    "share": Fraction(votes, valid),
                    "percent": percent(Fraction(votes, valid)),
                }
                for name, votes in ordered
            ),
            columns=("name", "votes", "share", "percent"),
        )

    def check(self, *, candidates: tuple[str, ...], seats: int) -> Tally:
        """Return this tally if it fits an election of *candidates* for *seats*, else raise.

        >>> Tally(votes={"An": 3, "Bình": 3}, cast=3).check(candidates=("An", "Bình"), seats=1)
        Traceback (most recent call last):
        ...
        partyvote.errors.TallyError: 6 names are kept on 3 valid ballots, more than 1 seat each ...
        """
        check_type("candidates", candidates, (tuple, list), TallyError)
        unknown = sorted((self.votes.keys() | self.unmarked.keys()) - set(candidates))
        if unknown:
            raise TallyError(Message("tally.unknown_name", names=", ".join(map(repr, unknown))))
        marked = self.valid - self.blank
        if self.votes.total() > seats * marked:
            raise TallyError(
                Message("tally.too_many_marks", marks=self.votes.total(), valid=marked, seats=seats)
            )
        return self


def tally_ballots(
    ballots: Iterable[Ballot | Iterable[str]],
    *,
    candidates: tuple[str, ...],
    seats: int,
    form: BallotForm,
    validity: Validity,
) -> Tally:
    """Tally *ballots* in one streaming pass, checking each against *validity*.

    Ballots are read a chunk at a time.  Plain ballots (tuples, lists or sets of names
    kept) and :class:`~partyvote.Ballot` papers that only say which names are kept are
    checked and counted together with C-level operations (with numpy for large inputs
    when it is installed); the few that fail a check (empty, overfull, an unknown or
    repeated name, a paper not issued...) are read one by one to find the reason.  Every
    way gives the same tally, and memory stays bounded by the chunk size.
    """
    return _tally(ballots, candidates=candidates, seats=seats, form=form, validity=validity)


def _tally(
    ballots: Iterable[Ballot | Iterable[str]],
    *,
    candidates: tuple[str, ...],
    seats: int,
    form: BallotForm,
    validity: Validity,
    numpy: bool | None = None,
    chunk: int = _CHUNK,
    dedupe: bool = True,
) -> Tally:
    """:func:`tally_ballots` with the way of counting chosen: *numpy* ``None`` uses it for
    large chunks if installed; *chunk* is the number of ballots read at a time; *dedupe*
    lets chunks that repeat few distinct ballots be counted by distinct ballot."""
    count = _Count(
        candidates=candidates,
        seats=seats,
        form=form,
        validity=validity,
        numpy=numpy,
        dedupe=dedupe,
    )
    # A ballots file counts its regular rows itself, by columns, and gives the rest.
    counted_by = getattr(ballots, "_partyvote_counted_by", None)
    iterator = counted_by(count) if counted_by is not None and count.plain else iter(ballots)
    if type(ballots) is list and counted_by is None:
        # Slices of a list are copied at C speed, without stepping an iterator.
        for start in range(0, len(ballots), chunk):
            count.add(ballots[start : start + chunk])
        return Tally(**count.fields())
    while part := list(islice(iterator, chunk)):
        count.add(part)
    return Tally(**count.fields())
