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
import io
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from partyvote._i18n.catalog import Message
from partyvote._validate import nfc
from partyvote.elections.ballot import Ballot, BallotForm, Mark
from partyvote.elections.election import PROGRESS_EVERY, Election
from partyvote.errors import BallotFileError
from partyvote.io._read_error import Localised, ReadError

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
_YES = {
    **{"yes": True, "1": True, "y": True, "true": True},
    **{"no": False, "0": False, "n": False, "false": False},
}
_FLAGS = ("issued", "identifying_marks", "written_in")


class _Hashing(io.RawIOBase):
    """A binary stream that feeds every byte it reads to a digest."""

    def __init__(self, stream: IO[bytes], digest: Any) -> None:
        super().__init__()
        self._stream = stream
        self._digest = digest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(len(buffer))
        size = len(data)
        buffer[:size] = data
        if self._digest is not None:
            self._digest.update(data)
        return size


def _undecodable_line(stream: IO[bytes]) -> int:
    """The line of the first byte that is not UTF-8, found by reading again from the start."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    stream.seek(0)
    for number, raw in enumerate(stream, start=1):
        try:
            decoder.decode(raw)
        except UnicodeDecodeError:
            return number
    return number + 1  # pragma: no cover - the error was found on the first reading


def read_ballots(
    source: str | Path | IO[bytes],
    election: Election,
    *,
    digest: Any = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> Iterator[Ballot | tuple[str, ...]]:
    """Stream the ballots of a CSV ballots file for *election*.

    :param source: a path, or a binary file object.
    :param digest: a :mod:`hashlib` object updated with the file's bytes as they are read.
    :param progress: called with the number of rows read and ``None`` (the total is not
        known before the end), every :data:`~partyvote.elections.PROGRESS_EVERY`
        rows.

    Errors name the file, the line and the column: a
    :class:`~partyvote.errors.BallotFileError`.
    """
    if not isinstance(source, str | Path) and not hasattr(source, "read"):
        raise BallotFileError(Message("ballotfile.source", value=source))
    if isinstance(source, str | Path):
        path = Path(source)
        try:
            stream: IO[bytes] = path.open("rb")
        except OSError as error:
            raise BallotFileError(
                Message(
                    "ballotfile.unreadable", file=str(path), reason=error.strerror or str(error)
                )
            ) from None
        name = str(path)
    else:
        stream, name = source, getattr(source, "name", "<ballots>")
    text = io.TextIOWrapper(
        io.BufferedReader(_Hashing(stream, digest), buffer_size=1 << 16),
        encoding="utf-8-sig",
        newline="",
    )
    try:
        yield from _rows(csv.reader(text), election, name, progress)
    except UnicodeDecodeError:
        line = _undecodable_line(stream) if stream.seekable() else 0
        raise _error(name, line, "ballotfile.encoding") from None
    finally:
        if isinstance(source, str | Path):
            stream.close()


def _rows(
    reader: Any,
    election: Election,
    name: str,
    progress: Callable[[int, int | None], None] | None,
) -> Iterator[Ballot | tuple[str, ...]]:
    try:
        header = next(reader, None)
        if header is None:
            raise _error(name, 1, "ballotfile.empty")
        columns = [nfc(cell.strip()) for cell in header]
        width = len(columns)
        read = _reader(columns, election, name)
        for count, row in enumerate(reader, start=1):
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count, None)
            if len(row) != width:
                # An empty line is a ballot too: in a one-column file it is one empty cell
                # (nobody struck, or no box ticked); elsewhere it cannot be read as a ballot.
                line = reader.line_num
                if row:
                    raise _error(name, line, "ballotfile.width", got=len(row), expected=width)
                if width != 1:
                    raise _error(name, line, "ballotfile.empty_line", expected=width)
                yield read([""], line)
                continue
            yield read(row, reader.line_num)
    except csv.Error as error:
        # The csv module's own complaints, turned into errors that name the line.
        raise _error(name, reader.line_num, "ballotfile.csv", detail=str(error)) from None


def _error(name: str, line: int, key: str, **params: object) -> BallotFileError:
    return BallotFileError(
        Message(
            "ballotfile.at", file=name, line=line, problem=Localised.of(ReadError(key, **params))
        )
    )


def _reader(
    columns: list[str], election: Election, name: str
) -> Callable[[list[str], int], Ballot | tuple[str, ...]]:
    candidates = election.candidates
    # Sets and dicts throughout: a header of 40,000 cells is checked in linear time.
    duplicated = sorted(column for column, times in Counter(columns).items() if times > 1)
    if duplicated:
        raise _error(
            name,
            1,
            "ballotfile.duplicate_column",
            names=", ".join(duplicated),
            count=len(duplicated),
        )
    known = {*candidates, *_FLAGS, "struck"}
    unknown = [c for c in columns if c not in known]
    if len(unknown) == len(columns):
        # Not a ballots file at all (perhaps a file named by mistake, or on purpose): never
        # show its content.
        raise _error(name, 1, "ballotfile.not_ballots")
    if unknown:
        raise _error(
            name,
            1,
            "ballotfile.unknown_column",
            names=", ".join(map(repr, unknown)),
            count=len(unknown),
            valid=", ".join(map(repr, (*candidates, *_FLAGS, "struck"))),
        )
    index = {column: number for number, column in enumerate(columns)}
    flags = {flag: index[flag] for flag in _FLAGS if flag in index}
    if "struck" in index:
        if not index.keys().isdisjoint(candidates):
            raise _error(name, 1, "ballotfile.mixed_columns")
        return _struck_reader(index["struck"], flags, election, name)
    missing = [candidate for candidate in candidates if candidate not in index]
    if missing:
        raise _error(name, 1, "ballotfile.missing_column", names=", ".join(map(repr, missing)))
    positions = [(candidate, index[candidate]) for candidate in candidates]
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


def _cells(positions: list[tuple[str, int]]) -> Callable[[list[str]], tuple[str, ...]]:
    """The candidates' cells of a row, as a tuple even for a single candidate."""
    fetch = itemgetter(*(index for _, index in positions))
    if len(positions) == 1:
        return lambda row: (fetch(row),)
    return fetch


def _flagged(flags: dict[str, int]) -> Callable[[list[str]], bool]:
    """Whether a row has anything in its flag columns (most rows have nothing)."""
    if not flags:
        return lambda _row: False
    fetch = itemgetter(*flags.values())
    if len(flags) == 1:
        return lambda row: bool(fetch(row).strip())
    return lambda row: any(cell.strip() for cell in fetch(row))


def _marks(
    table: dict[str, Any], positions: list[tuple[str, int]], name: str
) -> Callable[[tuple[str, ...], int], list[Any]]:
    """Marks from cells: exact spellings by one lookup each, in C; any other spelling
    (spaces, capitals) through :func:`_cell`, which also names a bad mark and its line."""
    exact = {**table, **{key.upper(): value for key, value in table.items()}}.get

    def marks(cells: tuple[str, ...], line: int) -> list[Any]:
        found = list(map(exact, cells))
        if None in found:
            found = [
                _cell(table, cell, name, line, candidate)
                for cell, (candidate, _) in zip(cells, positions, strict=True)
            ]
        return found

    return marks


def _kept_reader(
    positions: list[tuple[str, int]], flags: dict[str, int], name: str
) -> Callable[[list[str], int], Ballot | tuple[str, ...]]:
    cells, flagged, marks = _cells(positions), _flagged(flags), _marks(_KEPT, positions, name)
    names = [candidate for candidate, _ in positions]

    def read(row: list[str], line: int) -> Ballot | tuple[str, ...]:
        kept = tuple(compress(names, marks(cells(row), line)))
        if flagged(row):
            return Ballot(kept=kept, **_paper(flags, row, name, line))
        return kept

    return read


def _marks_reader(
    positions: list[tuple[str, int]], flags: dict[str, int], name: str
) -> Callable[[list[str], int], Ballot | tuple[str, ...]]:
    cells, flagged, marks = _cells(positions), _flagged(flags), _marks(_MARKS, positions, name)
    names = [candidate for candidate, _ in positions]

    def read(row: list[str], line: int) -> Ballot | tuple[str, ...]:
        paper = _paper(flags, row, name, line) if flagged(row) else {}
        return Ballot(marks=dict(zip(names, marks(cells(row), line), strict=True)), **paper)

    return read


def _struck_reader(
    index: int, flags: dict[str, int], election: Election, name: str
) -> Callable[[list[str], int], Ballot | tuple[str, ...]]:
    listed = frozenset(election.candidates)

    def read(row: list[str], line: int) -> Ballot | tuple[str, ...]:
        struck = [nfc(part.strip()) for part in row[index].split(";") if part.strip()]
        if len(set(struck)) != len(struck):
            raise _error(name, line, "ballotfile.struck_twice", value=row[index])
        unknown = [part for part in struck if part not in listed]
        if unknown:
            raise _error(name, line, "ballotfile.unknown_name", names=", ".join(map(repr, unknown)))
        paper = _paper(flags, row, name, line) if flags else {}
        return Ballot(struck=struck, **paper)

    return read
