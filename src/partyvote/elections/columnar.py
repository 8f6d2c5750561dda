"""Columnar counting with numpy: ballots as a boolean matrix or as packed bits.

Install with ``pip install 'partyvote[fast]'``.  Row *i*, column *j* says whether ballot *i*
keeps the *j*-th candidate of the list (in the election's order).  Each row stands for a
plain ballot, exactly as the tuple of the names it keeps would, and the tally is the same as
:meth:`Election.tally <partyvote.elections.election.Election.tally>` gives for those tuples; only
integer arithmetic is used.  Optional flag columns, one value per ballot, say what the
paper itself carries, as the ballots file's columns of the same names do: ``issued``
(``False`` for a paper the counting committee did not issue), ``identifying_marks`` and
``written_in``; a row so flagged is the :class:`~partyvote.Ballot` with those fields, read
by the election's validity policy.

>>> import numpy as np
>>> from partyvote import Election
>>> from partyvote.elections.columnar import tally_matrix, tally_packed
>>> election = Election(seats=2, candidates=("An", "Bình", "Chi"))
>>> kept = np.array([[1, 1, 0], [1, 0, 1], [0, 0, 0], [1, 1, 1]], dtype=bool)
>>> tally = tally_matrix(election, kept)
>>> dict(tally.votes), tally.valid, tally.invalid_total
({'An': 2, 'Bình': 1, 'Chi': 1}, 2, 2)
>>> tally_packed(election, np.packbits(kept, axis=1)) == tally
True
>>> flagged = tally_matrix(election, kept, issued=[True, False, True, True])
>>> dict(flagged.votes), sorted(reason.value for reason in flagged.invalid)
({'An': 1, 'Bình': 1}, ['all-struck', 'not-issued', 'too-many-kept'])
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
import numpy.typing as npt

from partyvote._i18n.catalog import Message
from partyvote.elections.ballot import BallotForm
from partyvote.elections.counts import Counts
from partyvote.elections.election import Election
from partyvote.elections.tally import Tally
from partyvote.elections.validity import InvalidReason
from partyvote.errors import BallotError

__all__ = ["tally_matrix", "tally_packed"]


def __dir__() -> list[str]:
    return __all__


_CHUNK = 1 << 20
# Per-column sums are accumulated in uint8 over blocks of at most 255 rows, then widened.
_BLOCK = 255
_POPCOUNT = np.array([bin(byte).count("1") for byte in range(256)], dtype=np.uint8)
_BITS = (np.arange(256)[:, None] >> (7 - np.arange(8))) & 1


class _Counter:
    """Accumulates one election's tally chunk by chunk."""

    def __init__(self, election: Election) -> None:
        self.election = election
        self.columns = np.zeros(len(election.candidates), dtype=np.int64)
        self.cast = 0
        self.blank = 0
        self.invalid: Counter[InvalidReason] = Counter()
        multi = len(election.candidates) > 1
        self.empty_matters = multi and election.form is BallotForm.STRIKE_OUT

    def bad_rows(
        self, per_row: npt.NDArray[Any], paper: npt.NDArray[np.bool_] | None
    ) -> npt.NDArray[np.bool_] | None:
        """Mark the rows that are not counted (invalid or blank); ``None`` if there are none.

        *paper* marks the rows already found invalid by their flag columns."""
        self.cast += len(per_row)
        too_many = per_row > self.election.seats
        if paper is not None:
            too_many &= ~paper
        bad = too_many
        self.invalid[InvalidReason.TOO_MANY_KEPT] += int(np.count_nonzero(too_many))
        if self.empty_matters:
            empty = per_row == 0
            if paper is not None:
                empty &= ~paper
            found = int(np.count_nonzero(empty))
            if self.election.validity.all_struck == "invalid":
                self.invalid[InvalidReason.ALL_STRUCK] += found
            else:
                self.blank += found
            bad = too_many | empty
        if paper is not None:
            bad = bad | paper
        return bad if bad.any() else None

    def paper_rows(self, flags: _Flags, start: int, stop: int) -> npt.NDArray[np.bool_] | None:
        """Count the rows from *start* to *stop* whose paper is invalid (by the flag columns,
        in the order of :meth:`Validity.read <partyvote.Validity.read>`) and mark them."""
        validity = self.election.validity
        paper: npt.NDArray[np.bool_] | None = None
        for column, reason, counts in (
            ("issued", InvalidReason.NOT_ISSUED, True),
            (
                "identifying_marks",
                InvalidReason.IDENTIFYING_MARK,
                validity.identifying_marks_invalid,
            ),
            ("written_in", InvalidReason.WRITTEN_IN, validity.written_in_invalid),
        ):
            values = flags.get(column)
            if values is None or not counts:
                continue
            found = ~values[start:stop] if column == "issued" else values[start:stop]
            if paper is not None:
                found = found & ~paper
            self.invalid[reason] += int(np.count_nonzero(found))
            paper = found if paper is None else paper | found
        return paper

    def tally(self) -> Tally:
        names = self.election.candidates
        return Tally(
            votes=Counts(zip(names, map(int, self.columns), strict=True)),
            cast=self.cast,
            blank=self.blank,
            invalid=Counts(self.invalid),
        )


def _column_sums(kept: npt.NDArray[np.uint8]) -> npt.NDArray[np.int64]:
    rows = len(kept) - len(kept) % _BLOCK
    head = kept[:rows].reshape(-1, _BLOCK, kept.shape[1]).sum(axis=1, dtype=np.uint8)
    sums: npt.NDArray[np.int64] = head.sum(axis=0, dtype=np.int64)
    sums += kept[rows:].sum(axis=0, dtype=np.int64)
    return sums


def _row_sums(kept: npt.NDArray[np.uint8]) -> npt.NDArray[Any]:
    # Adding whole columns runs at memory speed; a reduction along each short row does not.
    # The narrowest type that cannot overflow keeps the additions fast.
    width = kept.shape[1]
    dtype = np.uint8 if width < 256 else np.uint16 if width < 65536 else np.int64
    total: npt.NDArray[Any] = kept[:, 0].astype(dtype)
    for column in range(1, width):
        total += kept[:, column]
    return total


def _popcount(block: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    # numpy 2.0 counts bits natively; older versions look each byte up in a table.
    counted: npt.NDArray[np.uint8] = (
        np.bitwise_count(block) if hasattr(np, "bitwise_count") else _POPCOUNT[block]
    )
    return counted


_Flags = dict[str, npt.NDArray[np.bool_]]


def _booleans(array: npt.NDArray[Any]) -> npt.NDArray[Any] | None:
    """*array* as booleans stored as 0 and 1, or ``None`` if it holds other values.

    A boolean array made from raw bytes (``numpy.frombuffer``) may store True as any
    non-zero byte: it is rewritten as 0/1, so that each True counts once."""
    if array.dtype == np.bool_:
        if array.size and array.view(np.uint8).max() > 1:
            normalised: npt.NDArray[np.bool_] = array.view(np.uint8) != 0
            return normalised
        return array
    if not np.issubdtype(array.dtype, np.integer) or ((array != 0) & (array != 1)).any():
        return None
    return array.astype(np.bool_)


def _flags(rows: int, **columns: npt.ArrayLike | None) -> _Flags:
    """The flag columns given, checked: one boolean per ballot each."""
    checked: _Flags = {}
    for column, value in columns.items():
        if value is None:
            continue
        array = np.asarray(value)
        if array.shape != (rows,):
            raise BallotError(
                Message(
                    "columnar.flag_shape",
                    column=column,
                    shape=array.shape,
                    expected=f"({rows},)",
                )
            )
        flags = _booleans(array)
        if flags is None:
            raise BallotError(
                Message("columnar.flag_values", column=column, dtype=str(array.dtype))
            )
        checked[column] = flags
    return checked


def _matrix(value: Any, columns: int, what: str) -> npt.NDArray[Any]:
    array = np.asarray(value)
    if array.ndim != 2 or array.shape[1] != columns:
        raise BallotError(
            Message(
                "columnar.shape", what=what, shape=array.shape, expected=f"(ballots, {columns})"
            )
        )
    return array


def tally_matrix(
    election: Election,
    kept: npt.ArrayLike,
    *,
    issued: Any = None,
    identifying_marks: Any = None,
    written_in: Any = None,
) -> Tally:
    """Count a boolean matrix of ballots: one row per ballot, one column per candidate.

    Values must be 0/1 or booleans; any other value is refused rather than guessed at.

    :param issued: per ballot, whether the counting committee issued the paper.
    :param identifying_marks: per ballot, whether the paper carries identifying marks.
    :param written_in: per ballot, whether names were written in.
    """
    matrix = _matrix(kept, len(election.candidates), "kept")
    checked = _booleans(matrix)
    if checked is None:
        raise BallotError(Message("columnar.values", dtype=str(matrix.dtype)))
    matrix = checked
    flags = _flags(
        len(matrix), issued=issued, identifying_marks=identifying_marks, written_in=written_in
    )
    counter = _Counter(election)
    for start in range(0, len(matrix), _CHUNK):
        block = np.ascontiguousarray(matrix[start : start + _CHUNK]).view(np.uint8)
        columns = _column_sums(block)
        paper = counter.paper_rows(flags, start, start + len(block)) if flags else None
        bad = counter.bad_rows(_row_sums(block), paper)
        if bad is not None:
            columns -= block[bad].sum(axis=0, dtype=np.int64)
        counter.columns += columns
    return counter.tally()


def tally_packed(
    election: Election,
    packed: npt.ArrayLike,
    *,
    issued: Any = None,
    identifying_marks: Any = None,
    written_in: Any = None,
) -> Tally:
    """Count ballots packed eight candidates to a byte, as ``numpy.packbits(kept, axis=1)``.

    The padding bits after the last candidate must be zero.  The flag columns are those
    of :func:`tally_matrix`.
    """
    names = len(election.candidates)
    width = (names + 7) // 8
    matrix = _matrix(packed, width, "packed")
    if matrix.dtype != np.uint8:
        raise BallotError(Message("columnar.packed_dtype", dtype=str(matrix.dtype)))
    padding = width * 8 - names
    if padding and (matrix[:, -1] & ((1 << padding) - 1)).any():
        raise BallotError(Message("columnar.padding", padding=padding))
    flags = _flags(
        len(matrix), issued=issued, identifying_marks=identifying_marks, written_in=written_in
    )
    counter = _Counter(election)
    for start in range(0, len(matrix), _CHUNK):
        block = matrix[start : start + _CHUNK]
        per_row = _popcount(block).sum(axis=1, dtype=np.int64)
        paper = counter.paper_rows(flags, start, start + len(block)) if flags else None
        bad = counter.bad_rows(per_row, paper)
        if bad is not None:
            block = block[~bad]
        bits = np.concatenate(
            [np.bincount(block[:, byte], minlength=256) @ _BITS for byte in range(width)]
        )
        counter.columns += bits[:names]
    return counter.tally()
