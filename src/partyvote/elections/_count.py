"""The running count behind :func:`~partyvote.elections.tally.tally_ballots`: ballots
checked and counted a chunk at a time, with C-level operations over the whole chunk, and
only the doubtful ones read one by one (issue 13)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import partial
from itertools import chain, compress, filterfalse, repeat
from operator import and_, attrgetter, eq, is_, ne, not_
from typing import Any

from partyvote.elections.ballot import Ballot, BallotForm
from partyvote.elections.counts import Counts
from partyvote.elections.validity import InvalidReason, Validity

_CHUNK = 8192
_SIZED = frozenset({tuple, list, frozenset, set})
_SETS = frozenset({frozenset, set})
# Chunks at least this long are counted with numpy when it is installed (partyvote[fast]).
_NUMPY_FROM = 1024
# A chunk with at least this many ballots per distinct ballot is counted by distinct ballot.
_DISTINCT = 16
_PLAIN_KEPT = attrgetter("_plain_kept")
_NONE = repeat(None)
_NFC = partial(unicodedata.normalize, "NFC")


class _StandIn(frozenset[object]):
    """Stands in for a ballot that is not a plain collection of names.  It names no candidate
    (only an object of its own), so every way of counting finds it irregular; then the
    invalid paper it stands for is counted with its :attr:`reason`, or, with no reason, the
    :attr:`ballot` is read."""

    __slots__ = ("ballot", "reason")
    reason: InvalidReason | None
    ballot: Any

    def __new__(cls, reason: InvalidReason | None, ballot: Any = None) -> _StandIn:
        stand_in = super().__new__(cls, (object(),))
        stand_in.reason, stand_in.ballot = reason, ballot
        return stand_in


_PAPER_INVALID = {reason: _StandIn(reason) for reason in InvalidReason}
_ONES = repeat(1)


_NOT_ISSUED = _PAPER_INVALID[InvalidReason.NOT_ISSUED]
_REASON_OF = {stand_in: reason for reason, stand_in in _PAPER_INVALID.items()}
_PAPER_MARKS = {next(iter(stand_in)): stand_in for stand_in in _PAPER_INVALID.values()}
"""The one name on each paper's stand-in, and the stand-in."""


def _never(_: int) -> bool:
    return False


def _positions(values: list[Any], wanted: Iterable[Any]) -> Iterator[int]:
    """The positions in *values* of each of the *wanted* values, which are few: one scan of
    *values* in C per value wanted."""
    for value in wanted:
        position = -1
        try:
            while True:
                position = values.index(value, position + 1)
                yield position
        except ValueError:
            continue


def _load_numpy() -> Any:
    try:
        import numpy
    except ImportError:  # pragma: no cover - numpy is installed wherever the tests run
        return None
    return numpy


class _Count:
    """One election's running count, a chunk of ballots at a time.

    Each chunk is checked and counted in one pass of C-level operations over the whole
    chunk (lengths, names known, names repeated); only the ballots that fail a check go
    one by one to :meth:`classify`, which finds the reason.  So the cost of a chunk grows
    with its irregular ballots, not with the first one.
    """

    def __init__(
        self,
        *,
        candidates: tuple[str, ...],
        seats: int,
        form: BallotForm,
        validity: Validity,
        numpy: bool | None,
        dedupe: bool = True,
    ) -> None:
        self.candidates, self.seats, self.form, self.validity = candidates, seats, form, validity
        self.listed = frozenset(candidates)
        self.nfc = all(_NFC(name) == name for name in candidates)
        self.index = {name: position for position, name in enumerate(candidates)}
        # A strike-out ballot keeping nobody is all-struck; on other forms it is valid.
        self.empty_irregular = len(candidates) > 1 and form is BallotForm.STRIKE_OUT
        self.fits = frozenset(range(1 if self.empty_irregular else 0, seats + 1))
        # A policy of one's own that reads ballots differently is asked about every ballot.
        self.plain = (
            type(validity).read is Validity.read
            and type(validity)._paper_reason is Validity._paper_reason
        )
        self.numpy: Any = _load_numpy() if numpy else None
        self.auto = numpy is None
        self.forced = bool(numpy)
        self.numpy_from = 0 if numpy else _NUMPY_FROM
        self.dedupe = dedupe
        self.columns: Any = None
        self.votes: Counter[str] = Counter()
        self.unmarked: Counter[str] = Counter()
        self.invalid: Counter[InvalidReason] = Counter()
        # The reasons classify() finds, as plain numbers: an enum member hashes slowly.
        self.unknown = self.too_many = self.all_struck = 0
        self.papers: Counter[_StandIn] = Counter()
        self.cast = self.blank = 0

    def add(self, chunk: list[Any]) -> None:
        """Count one chunk of ballots."""
        self.cast += len(chunk)
        if not self.plain:
            for ballot in chunk:
                self.read(ballot)
            return
        kinds = set(map(type, chunk))
        weights: list[int] | None = None
        # Papers hash slowly (attrs, in Python): a chunk of papers is merged once lifted.
        if self.dedupe and kinds != {Ballot}:
            merged = self.merge(chunk)
            if merged is not None:
                chunk, weights = merged
                kinds = set(map(type, chunk))
        if not kinds <= _SIZED:
            chunk = self.lift_all(chunk, kinds)
            kinds = (kinds & _SIZED) | {frozenset}
            if self.dedupe and weights is None:
                merged = self.merge(chunk)
                if merged is not None:
                    chunk, weights = merged
        try:
            irregular = self.count(chunk, kinds, weights)
        except TypeError:
            # An unhashable name: nothing was counted; the reader says what is wrong.
            irregular = zip(chunk, _ONES if weights is None else weights, strict=False)
        for ballot, weight in irregular or ():
            if type(ballot) is not _StandIn:
                self.classify(ballot, weight)
            elif ballot.reason is None:
                self.classify(ballot.ballot, weight)
            else:
                self.papers[ballot] += weight

    def add_counted(self, cast: int, votes: dict[str, int], *, not_issued: int = 0) -> None:
        """Add *cast* regular ballots counted elsewhere (a ballots file, by columns), which
        gave *votes*, and *not_issued* papers the committee did not issue."""
        self.cast += cast + not_issued
        self.votes.update(votes)
        if not_issued:
            self.invalid[InvalidReason.NOT_ISSUED] += not_issued

    def count(
        self, chunk: list[Collection[str]], kinds: set[type], weights: list[int] | None
    ) -> Iterable[tuple[Any, int]] | None:
        """Count the regular ballots of *chunk*; ``None`` if all are, else the others, in
        order, each with its weight."""
        if weights is not None:
            good = self.check_lists(chunk)
            self.count_weighted(chunk, weights, good)
            return (
                None
                if good is None
                else compress(zip(chunk, weights, strict=True), map(not_, good))
            )
        if self.auto and len(chunk) >= _NUMPY_FROM:
            self.numpy, self.auto = _load_numpy(), False
        # Sets cannot repeat a name, so counting them needs no numpy: unless it is asked for.
        if kinds <= _SETS and not self.forced:
            irregular = self.count_sets(chunk)
        elif self.numpy is not None and len(chunk) >= self.numpy_from:
            irregular = self.count_numpy(chunk)
        else:
            irregular = self.count_lists(chunk)
        return None if irregular is None else zip(irregular, _ONES, strict=False)

    def merge(self, chunk: list[Any]) -> tuple[list[Any], list[int]] | None:
        """The distinct ballots of *chunk* and how often each occurs, if it repeats few (as a
        short list does); else ``None``, and the rest of the stream is not merged."""
        try:
            distinct = Counter(chunk)
        except TypeError:  # lists: unhashable
            distinct = None
        if distinct is None or len(distinct) * _DISTINCT > len(chunk):
            self.dedupe = False
            return None
        return list(distinct), list(distinct.values())

    def count_weighted(
        self, ballots: list[Collection[str]], weights: list[int], good: list[bool] | None
    ) -> None:
        """Count each regular ballot of *ballots* as many times as its weight says."""
        if good is not None:
            ballots, weights = list(compress(ballots, good)), list(compress(weights, good))
        votes = self.votes
        for ballot, weight in zip(ballots, weights, strict=True):
            for name in ballot:
                votes[name] += weight

    def lift_all(self, chunk: list[Any], kinds: set[type]) -> list[Any]:
        """:meth:`lift` every ballot of *chunk* that is not a plain collection of names."""
        if kinds == {Ballot}:
            lifted = list(map(_PLAIN_KEPT, chunk))
            if None not in lifted:
                return lifted
            positions = list(compress(range(len(chunk)), map(is_, lifted, _NONE)))
        else:
            lifted = list(chunk)
            positions = sorted(_positions(list(map(type, chunk)), kinds - _SIZED))
        for position in positions:
            lifted[position] = self.lift(chunk[position])
        return lifted

    def lift(self, ballot: Any) -> Any:  # noqa: PLR0911 - one return per outcome reads best
        """A plain collection of names for a :class:`Ballot` that says only which names are
        kept; for a paper invalid as a paper (the policy's own order of reasons, which never
        raises), the stand-in of its reason; else a stand-in for the ballot, to be read."""
        if type(ballot) is not Ballot:
            return _StandIn(None, ballot)
        if ballot._plain_kept is not None:
            return ballot._plain_kept
        if not ballot.issued:  # the policy's first reason, whatever else the paper says
            return _NOT_ISSUED
        reason = self.validity._paper_reason(ballot)
        if reason is not None:
            return _PAPER_INVALID[reason]
        if ballot.marks is None:
            if ballot.struck is None:
                # Nothing struck and nothing said kept: every name.
                return self.listed if ballot.kept is None else ballot.kept
            if ballot.kept is None and ballot.struck <= self.listed:
                return self.listed - ballot.struck
        return _StandIn(None, ballot)

    def check_lists(self, chunk: list[Collection[str]]) -> list[bool] | None:
        """Which ballots of *chunk* are regular; ``None`` if all are."""
        lengths = list(map(len, chunk))
        # One set per ballot: the names it keeps that are on the list, each once.
        known = list(map(len, map(self.listed.intersection, chunk)))
        if known == lengths and self.fits.issuperset(lengths):
            return None
        return list(map(and_, map(eq, known, lengths), map(self.fits.__contains__, lengths)))

    def count_sets(self, chunk: list[Collection[str]]) -> list[Any] | None:
        """:meth:`count` for sets, which cannot repeat a name: count every ballot first;
        the ballots to read are those with a name that was counted but is not listed."""
        lengths = list(map(len, chunk))
        counted = Counter(chain.from_iterable(chunk))
        unknown = counted.keys() - self.listed
        # Papers invalid as papers are counted by their stand-ins' one name each.
        for mark in unknown & _PAPER_MARKS.keys():
            self.papers[_PAPER_MARKS[mark]] += counted.pop(mark)
            unknown.discard(mark)
        if not unknown:
            return self.settle(chunk, lengths, counted, [], _never)
        suspects = list(filterfalse(unknown.isdisjoint, chunk))
        named = unknown.isdisjoint
        irregular = self.settle(
            chunk, lengths, counted, suspects, lambda position: not named(chunk[position])
        )
        # A name that is no other way of typing a listed one (NFC) makes the ballot invalid,
        # whatever else is on it: such ballots are counted here, without reading them.
        if self.nfc and all(type(name) is str and _NFC(name) == name for name in unknown):
            self.unknown += len(suspects)
            return None
        return irregular

    def count_lists(self, chunk: list[Collection[str]]) -> list[Any] | None:
        """:meth:`count` for tuples and lists: the ballots to read are those whose names on
        the list, each once, are fewer than their names (an unknown or repeated name)."""
        lengths = list(map(len, chunk))
        # Before counting: an unhashable name raises here, with nothing counted.
        known = list(map(len, map(self.listed.intersection, chunk)))
        counted = Counter(chain.from_iterable(chunk))
        if known == lengths:
            return self.settle(chunk, lengths, counted, [], _never)
        suspects = list(compress(chunk, map(ne, known, lengths)))
        return self.settle(
            chunk, lengths, counted, suspects, lambda position: known[position] != lengths[position]
        )

    def settle(
        self,
        chunk: list[Collection[str]],
        lengths: list[int],
        counted: Counter[str],
        suspects: list[Any],
        suspect: Callable[[int], bool],
    ) -> list[Any] | None:
        """Add the votes *counted* on *chunk* less those of its irregular ballots: those
        with too many names or none, each name on the list once, are counted here; the
        *suspects* (a name unknown or repeated: *suspect* says if the ballot at a position
        is one) are left to read, and returned."""
        short = self.empty_irregular and 0 in lengths
        over = max(lengths, default=0) - self.seats
        if not (short or over > 0 or suspects):
            self.votes.update(counted)
            return None
        wanted = [0] if short else []
        # A few lengths too many are found faster each by its own scan.
        if 0 < over <= 4:
            wanted.extend(range(self.seats + 1, self.seats + 1 + over))
        misfits = list(_positions(lengths, wanted))
        if over > 4:
            misfits.extend(compress(range(len(chunk)), map(self.seats.__lt__, lengths)))
        misfits = list(filterfalse(suspect, misfits))
        for position in misfits:
            if lengths[position]:
                self.too_many += 1
            elif self.validity.all_struck == "invalid":
                self.all_struck += 1
            else:
                self.blank += 1
        irregular = chain(map(chunk.__getitem__, misfits), suspects)
        counted.subtract(Counter(chain.from_iterable(irregular)))
        self.votes.update(+counted)
        return suspects

    def count_numpy(self, chunk: list[Collection[str]]) -> list[Any] | None:
        """:meth:`count_lists` with numpy: names become column numbers (an unknown name the
        extra last column), and one count per ballot and column finds repeats."""
        np = self.numpy
        rows, width = len(chunk), len(self.candidates) + 1
        lengths = np.fromiter(map(len, chunk), dtype=np.intp, count=rows)
        columns = np.fromiter(
            map(self.index.get, chain.from_iterable(chunk), repeat(width - 1)),
            dtype=np.intp,
            count=int(lengths.sum()),
        )
        owners = np.repeat(np.arange(rows, dtype=np.intp), lengths)
        marks = np.bincount(owners * width + columns, minlength=rows * width).reshape(rows, width)
        # Every name on the list, once: then only the length can be wrong.
        plain = (marks.max(axis=1) <= 1) & (marks[:, -1] == 0)
        fitting = (lengths <= self.seats) & (lengths >= min(self.fits))
        good = plain & fitting
        if self.columns is None:
            self.columns = np.zeros(width, dtype=np.int64)
        self.columns += marks.sum(axis=0)
        if good.all():
            return None
        # Few rows are irregular: taking their marks back out copies less than keeping the rest.
        self.columns -= marks[np.flatnonzero(~good)].sum(axis=0)
        misfits = lengths[plain & ~fitting]
        over = int(np.count_nonzero(misfits))
        self.too_many += over
        if self.validity.all_struck == "invalid":
            self.all_struck += len(misfits) - over
        else:
            self.blank += len(misfits) - over
        return list(map(chunk.__getitem__, np.flatnonzero(~plain).tolist()))

    def classify(self, ballot: Any, weight: int = 1) -> None:
        """Count one irregular ballot (*weight* times): find why it failed the chunk's
        checks.  The common reasons are told apart here, cheaply; the rest are read by the
        validity policy, which also raises for what is not a ballot."""
        names = self.names_of(ballot)
        if names is None or (type(names) not in _SETS and len(set(names)) != len(names)):
            self.read(ballot, weight)  # not a ballot, or a name twice: an error
        elif not self.listed.issuperset(names):
            self.unknown += weight
        elif len(names) > self.seats:
            self.too_many += weight
        elif not names and self.empty_irregular:
            if self.validity.all_struck == "invalid":
                self.all_struck += weight
            else:
                self.blank += weight
        else:
            self.votes.update(dict.fromkeys(names, weight))

    def names_of(self, ballot: Any) -> Collection[str] | None:
        """The names a plain ballot keeps, in NFC form; ``None`` for anything else."""
        if type(ballot) not in _SIZED:
            return None
        if self.listed.issuperset(ballot):
            names: Collection[str] = ballot
            return names
        if set(map(type, ballot)) <= {str}:
            # A name typed another way (NFC) is still the candidate's name.
            return list(map(_NFC, ballot))
        return None

    def read(self, ballot: Any, weight: int = 1) -> None:
        """Count one ballot (*weight* times) as the validity policy reads it."""
        reading = self.validity.read(
            ballot, candidates=self.candidates, seats=self.seats, form=self.form
        )
        if reading.invalid is not None:
            self.invalid[reading.invalid] += weight
        elif reading.blank:
            self.blank += weight
        else:
            self.votes.update(dict.fromkeys(reading.kept, weight))
            self.unmarked.update(dict.fromkeys(reading.unmarked, weight))

    def fields(self) -> dict[str, Any]:
        """The count so far, as the fields of a :class:`~partyvote.elections.tally.Tally`."""
        votes = self.votes
        if self.columns is not None:
            votes.update(dict(zip(self.candidates, map(int, self.columns[:-1]), strict=True)))
        self.invalid[InvalidReason.UNKNOWN_NAME] += self.unknown
        self.invalid[InvalidReason.TOO_MANY_KEPT] += self.too_many
        self.invalid[InvalidReason.ALL_STRUCK] += self.all_struck
        for stand_in, papers in self.papers.items():
            self.invalid[_REASON_OF[stand_in]] += papers
        return {
            "votes": Counts(votes),
            "cast": self.cast,
            "blank": self.blank,
            "invalid": Counts(self.invalid),
            "unmarked": Counts(self.unmarked),
        }
