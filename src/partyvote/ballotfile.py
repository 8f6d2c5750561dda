"""Ballots files: one ballot per CSV row, streamed so that millions of rows use little memory.

The header names the columns.  Either one column per candidate, holding the marks::

    An,Bình,Chi,Dũng,issued
    x,x,,x,
    x,,x,,
    ,,,,no

or a single ``struck`` column listing the names struck out, separated by ``;``::

    struck
    Bình;Dũng
    Chi

Marks on a strike-out list: ``x``, ``1`` or ``kept`` for a name kept; empty, ``0``, ``-`` or
``struck`` for a name struck.  On an agree / disagree or single-candidate ballot: ``agree``
(or ``a``, ``1``, ``x``), ``disagree`` (``d``, ``0``), ``both`` (``b``) or ``neither``
(``n``, empty).  Optional columns: ``issued`` (``no`` or ``0`` for a paper the committee did
not issue), ``identifying_marks`` (``yes`` or ``1``), ``written_in`` (names added, ``;``
separated).  Marks are case-insensitive.

>>> import io
>>> from partyvote import Election
>>> election = Election(seats=2, candidates=("An", "Bình", "Chi"))
>>> rows = io.BytesIO("An,Bình,Chi\\nx,x,\\n,,\\nx,,x\\n".encode())
>>> election.tally(read_ballots(rows, election)).votes
Counts({'An': 2, 'Bình': 1, 'Chi': 1})
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from partyvote._localised import Localised, ReadError
from partyvote.ballot import Ballot, BallotForm, Mark
from partyvote.election import Election
from partyvote.errors import BallotFileError

__all__ = ["read_ballots"]


def __dir__() -> list[str]:
    return __all__


_KEPT = {"x": True, "1": True, "kept": True, "": False, "0": False, "-": False, "struck": False}
_MARKS = {
    "agree": Mark.AGREE,
    "a": Mark.AGREE,
    "1": Mark.AGREE,
    "x": Mark.AGREE,
    "disagree": Mark.DISAGREE,
    "d": Mark.DISAGREE,
    "0": Mark.DISAGREE,
    "both": Mark.BOTH,
    "b": Mark.BOTH,
    "neither": Mark.NEITHER,
    "n": Mark.NEITHER,
    "": Mark.NEITHER,
}
_YES = {"yes": True, "1": True, "y": True, "true": True, "no": False, "0": False, "n": False}
_FLAGS = ("issued", "identifying_marks", "written_in")
_PROGRESS_EVERY = 1 << 20


def _lines(stream: IO[bytes], digest: Any, name: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    for number, raw in enumerate(stream, start=1):
        if digest is not None:
            digest.update(raw)
        try:
            yield decoder.decode(raw)
        except UnicodeDecodeError:
            raise BallotFileError(
                "ballotfile.at",
                file=name,
                line=number,
                problem=Localised.of(ReadError("ballotfile.encoding")),
            ) from None


def read_ballots(
    source: str | Path | IO[bytes],
    election: Election,
    *,
    digest: Any = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Ballot | tuple[str, ...]]:
    """Stream the ballots of a CSV ballots file for *election*.

    :param source: a path, or a binary file object.
    :param digest: a :mod:`hashlib` object updated with the file's bytes as they are read.
    :param progress: called with the number of rows read, every 2**20 rows.

    Errors name the file, the line and the column: a
    :class:`~partyvote.errors.BallotFileError`.
    """
    if isinstance(source, str | Path):
        path = Path(source)
        try:
            stream: IO[bytes] = path.open("rb")
        except OSError as error:
            raise BallotFileError(
                "ballotfile.unreadable", file=str(path), reason=error.strerror or str(error)
            ) from None
        name = str(path)
    else:
        stream, name = source, getattr(source, "name", "<ballots>")
    try:
        yield from _rows(csv.reader(_lines(stream, digest, name)), election, name, progress)
    finally:
        if isinstance(source, str | Path):
            stream.close()


def _rows(
    reader: Iterable[list[str]],
    election: Election,
    name: str,
    progress: Callable[[int], None] | None,
) -> Iterator[Ballot | tuple[str, ...]]:
    rows = _checked(iter(reader), name)
    header = next(rows, None)
    if header is None:
        raise _error(name, 1, "ballotfile.empty")
    columns = [cell.strip() for cell in header]
    read = _reader(columns, election, name)
    for number, row in enumerate(rows, start=2):
        if progress is not None and number % _PROGRESS_EVERY == 0:
            progress(number - 1)
        if not row:
            continue
        if len(row) != len(columns):
            raise _error(name, number, "ballotfile.width", got=len(row), expected=len(columns))
        yield read(row, number)


def _checked(rows: Iterator[list[str]], name: str) -> Iterator[list[str]]:
    """The rows, with the csv module's own complaints turned into errors that name the line."""
    number = 0
    while True:
        number += 1
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as error:
            raise _error(name, number, "ballotfile.csv", detail=str(error)) from None
        yield row


def _error(name: str, line: int, key: str, **params: object) -> BallotFileError:
    return BallotFileError(
        "ballotfile.at", file=name, line=line, problem=Localised.of(ReadError(key, **params))
    )


def _reader(
    columns: list[str], election: Election, name: str
) -> Callable[[list[str], int], Ballot | tuple[str, ...]]:
    candidates = election.candidates
    duplicated = sorted({column for column in columns if columns.count(column) > 1})
    if duplicated:
        raise _error(name, 1, "ballotfile.duplicate_column", names=", ".join(duplicated))
    unknown = [c for c in columns if c not in candidates and c not in (*_FLAGS, "struck")]
    if unknown:
        raise _error(
            name,
            1,
            "ballotfile.unknown_column",
            names=", ".join(map(repr, unknown)),
            valid=", ".join(map(repr, (*candidates, *_FLAGS, "struck"))),
        )
    flags = {flag: columns.index(flag) for flag in _FLAGS if flag in columns}
    if "struck" in columns:
        if set(columns) & set(candidates):
            raise _error(name, 1, "ballotfile.mixed_columns")
        return _struck_reader(columns.index("struck"), flags, election, name)
    missing = [candidate for candidate in candidates if candidate not in columns]
    if missing:
        raise _error(name, 1, "ballotfile.missing_column", names=", ".join(map(repr, missing)))
    positions = [(candidate, columns.index(candidate)) for candidate in candidates]
    if election.form is BallotForm.STRIKE_OUT:
        return _kept_reader(positions, flags, name)
    return _marks_reader(positions, flags, name)


def _cell(table: dict[str, Any], value: str, name: str, line: int, column: str) -> Any:
    try:
        return table[value.strip().lower()]
    except KeyError:
        valid = ", ".join(repr(key) for key in table if key)
        raise _error(
            name, line, "ballotfile.mark", value=value, column=column, valid=valid
        ) from None


def _paper(flags: dict[str, int], row: list[str], name: str, line: int) -> dict[str, Any]:
    paper: dict[str, Any] = {}
    if "issued" in flags and row[flags["issued"]].strip():
        paper["issued"] = _cell(_YES, row[flags["issued"]], name, line, "issued")
    if "identifying_marks" in flags and row[flags["identifying_marks"]].strip():
        paper["identifying_marks"] = _cell(
            _YES, row[flags["identifying_marks"]], name, line, "identifying_marks"
        )
    if "written_in" in flags:
        added = [part.strip() for part in row[flags["written_in"]].split(";") if part.strip()]
        if added:
            paper["written_in"] = added
    return paper


def _kept_reader(
    positions: list[tuple[str, int]], flags: dict[str, int], name: str
) -> Callable[[list[str], int], Ballot | tuple[str, ...]]:
    def read(row: list[str], line: int) -> Ballot | tuple[str, ...]:
        kept = tuple(
            candidate
            for candidate, index in positions
            if _cell(_KEPT, row[index], name, line, candidate)
        )
        paper = _paper(flags, row, name, line) if flags else None
        return Ballot(kept=kept, **paper) if paper else kept

    return read


def _marks_reader(
    positions: list[tuple[str, int]], flags: dict[str, int], name: str
) -> Callable[[list[str], int], Ballot | tuple[str, ...]]:
    def read(row: list[str], line: int) -> Ballot | tuple[str, ...]:
        marks = {
            candidate: _cell(_MARKS, row[index], name, line, candidate)
            for candidate, index in positions
        }
        paper = _paper(flags, row, name, line) if flags else {}
        return Ballot(marks=marks, **paper)

    return read


def _struck_reader(
    index: int, flags: dict[str, int], election: Election, name: str
) -> Callable[[list[str], int], Ballot | tuple[str, ...]]:
    listed = frozenset(election.candidates)

    def read(row: list[str], line: int) -> Ballot | tuple[str, ...]:
        struck = [part.strip() for part in row[index].split(";") if part.strip()]
        if len(set(struck)) != len(struck):
            raise _error(name, line, "ballotfile.struck_twice", value=row[index])
        unknown = [part for part in struck if part not in listed]
        if unknown:
            raise _error(name, line, "ballotfile.unknown_name", names=", ".join(map(repr, unknown)))
        paper = _paper(flags, row, name, line) if flags else {}
        return Ballot(struck=struck, **paper)

    return read
