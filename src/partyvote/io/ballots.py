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
from collections.abc import Callable, Iterator, Sequence
from itertools import chain, compress, islice, repeat
from operator import add, and_, itemgetter, not_, sub
from pathlib import Path
from typing import IO, Any

from partyvote._i18n.catalog import Message
from partyvote._validate import nfc
from partyvote.elections._count import _CHUNK, _Count
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
_EMPTY = {ord(","): 0}
_KEPT_SHAPE = "\x01".__eq__
"""What is left of an empty cell once each ``x,`` has become ``\\x01``: ``\\x00``."""


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

    One ballot per row, read lazily.  When :meth:`Election.tally
    <partyvote.Election.tally>` counts them, rows of the common shape (one plain mark per
    candidate column, no flag) are checked and counted a chunk at a time, column by
    column; only the other rows become ballots one by one.  The tally is the same.

    :param source: a path, or a binary file object.
    :param digest: a :mod:`hashlib` object updated with the file's bytes as they are read.
    :param progress: called with the number of rows read and ``None`` (the total is not
        known before the end), every :data:`~partyvote.elections.PROGRESS_EVERY`
        rows.

    Errors name the file, the line and the column: a
    :class:`~partyvote.errors.BallotFileError`.
    """
    return _Ballots(source, election, digest, progress)


class _Ballots(Iterator[Ballot | tuple[str, ...]]):
    """The ballots of a file, read on first use: one by one, or counted by chunks."""

    def __init__(
        self,
        source: str | Path | IO[bytes],
        election: Election,
        digest: Any,
        progress: Callable[[int, int | None], None] | None,
    ) -> None:
        self._arguments = (source, election, digest, progress)
        self._ballots: Iterator[Ballot | tuple[str, ...]] | None = None

    def __next__(self) -> Ballot | tuple[str, ...]:
        if self._ballots is None:
            self._ballots = _read(*self._arguments, None)
        return next(self._ballots)

    def _partyvote_counted_by(self, count: _Count) -> Iterator[Ballot | tuple[str, ...]]:
        """Count the regular rows into *count* a chunk at a time, and yield the other
        ballots, for *count* to read; if reading has begun, the ballots not yet read."""
        if self._ballots is None:
            self._ballots = _read(*self._arguments, count)
        return self._ballots


def _read(
    source: str | Path | IO[bytes],
    election: Election,
    digest: Any,
    progress: Callable[[int, int | None], None] | None,
    count: _Count | None,
) -> Iterator[Ballot | tuple[str, ...]]:
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
        yield from _rows(csv.reader(text), election, name, progress, count=count, text=text)
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
    *,
    count: _Count | None = None,
    text: IO[str] | None = None,
) -> Iterator[Ballot | tuple[str, ...]]:
    try:
        header = next(reader, None)
        if header is None:
            raise _error(name, 1, "ballotfile.empty")
        columns = [nfc(cell.strip()) for cell in header]
        width = len(columns)
        read = _reader(columns, election, name)
        if count is not None and text is not None and isinstance(read, _KeptReader):
            yield from _count_kept(
                text,
                start=reader.line_num,
                width=width,
                read=read,
                count=count,
                name=name,
                progress=progress,
            )
            return
        for number, row in enumerate(reader, start=1):
            if progress is not None and number % PROGRESS_EVERY == 0:
                progress(number, None)
            yield _row(row, reader.line_num, width, read, name)
    except csv.Error as error:
        # The csv module's own complaints, turned into errors that name the line.
        raise _error(name, reader.line_num, "ballotfile.csv", detail=str(error)) from None


def _row(
    row: list[str],
    line: int,
    width: int,
    read: Callable[[list[str], int], Ballot | tuple[str, ...]],
    name: str,
) -> Ballot | tuple[str, ...]:
    """The ballot of one row, read on its own."""
    if len(row) != width:
        # An empty line is a ballot too: in a one-column file it is one empty cell
        # (nobody struck, or no box ticked); elsewhere it cannot be read as a ballot.
        if row:
            raise _error(name, line, "ballotfile.width", got=len(row), expected=width)
        if width != 1:
            raise _error(name, line, "ballotfile.empty_line", expected=width)
        return read([""], line)
    return read(row, line)


def _count_kept(
    text: IO[str],
    *,
    start: int,
    width: int,
    read: _KeptReader,
    count: _Count,
    name: str,
    progress: Callable[[int, int | None], None] | None,
) -> Iterator[Ballot | tuple[str, ...]]:
    """Count the rows of a file with one column per candidate into *count*, a chunk of
    lines at a time, and yield the ballots of the rows that need reading one by one.

    A chunk without quotes, NUL or old Mac line ends is split exactly as the csv module
    would split it, so it is read with string operations over the whole chunk (see
    :func:`_shapes`), and its columns are counted as strided slices.  A row is counted
    in bulk when its flag cells are empty and the number of names kept fits (the checks
    of the tally's chunk counter); any other row is read by the csv module and
    :func:`_row`, in order, with its line number.  From the first chunk that is not
    plain, the rest of the file is read row by row.
    """
    flags = list(read.flags.values())
    issued = read.flags.get("issued")
    fits = count.fits.__contains__
    done = 0
    while lines := list(islice(text, _CHUNK)):
        joined = "".join(lines)
        if any(map(joined.__contains__, ('"', "\x00", "\x01"))) or joined.count(
            "\r"
        ) != joined.count("\r\n"):
            yield from _rows_from(
                chain(lines, text),
                start=start + done,
                done=done,
                width=width,
                read=read,
                name=name,
                progress=progress,
            )
            return
        size = len(lines)
        if progress is not None:
            first = done + PROGRESS_EVERY - done % PROGRESS_EVERY
            for number in range(first, done + size + 1, PROGRESS_EVERY):
                progress(number, None)
        done += size
        shapes, marks = _shapes(joined, lines, width)
        # One character per column, each \x00 or \x01: a row of plain cells.
        good = list(map(width.__eq__, map(len, shapes)))
        block = "".join(compress(shapes, good))
        if block.count("\x00") + block.count("\x01") != len(block):
            plain = map(str.count, shapes, repeat("\x01")), map(str.count, shapes, repeat("\x00"))
            good = list(map(and_, good, map(width.__eq__, map(add, *plain))))
        for spot in flags:
            if block[spot::width].count("\x01"):
                flagged = map(str.startswith, shapes, repeat("\x01"), repeat(spot))
                good = list(map(and_, good, map(not_, flagged)))
        shaped, good = good, list(map(and_, good, map(fits, marks)))
        block = "".join(compress(shapes, good))
        votes = {candidate: block[spot::width].count("\x01") for candidate, spot in read.positions}
        count.add_counted(
            len(block) // width, {candidate: total for candidate, total in votes.items() if total}
        )
        if len(block) != width * size:
            numbers = range(start + done - size + 1, start + done + 1)
            rows = zip(lines, numbers, shapes, shaped, strict=True)
            not_issued = 0
            for line, number, shape, cells in compress(rows, map(not_, good)):
                if cells:
                    # Plain cells, too few or too many names kept: the names, for the
                    # tally to find why.
                    yield tuple(compress(read.names, map(_KEPT_SHAPE, read.cells(shape))))
                elif issued is not None and _not_issued(shape, issued, flags, width):
                    not_issued += 1
                else:
                    yield _row(_split(line, name, number), number, width, read, name)
            count.add_counted(0, {}, not_issued=not_issued)


def _not_issued(shape: str, issued: int, flags: list[int], width: int) -> bool:
    """Whether *shape* is that of a paper marked ``no`` in the *issued* column, with plain
    cells and no other flag: a paper not issued, whatever is marked on it."""
    if len(shape) != width + 2 or not shape.startswith("no\x00", issued):
        return False
    rest = shape[:issued] + shape[issued + 2 :]
    return rest.count("\x00") + rest.count("\x01") == width and all(
        rest[spot] == "\x00" for spot in flags
    )


def _shapes(joined: str, lines: list[str], width: int) -> tuple[list[str], list[int]]:
    """The shape of each line of *joined* (the *lines* of a chunk without quotes), and the
    names it keeps if its cells are plain.

    Each cell ``x,`` becomes ``\\x01`` and each empty cell ``\\x00`` (a comma is put
    before each line end), so a row whose cells are all ``x`` or empty becomes a line of
    exactly one character per column.
    """
    ended = joined.endswith("\n")
    # Each line but perhaps the last ends with \r\n or \n; of both kinds, marks are counted.
    crlf = joined.count("\r\n")
    ending = 2 if crlf and crlf == len(lines) - (not ended) else 0 if crlf else 1
    if not ended:
        joined += "\r\n" if ending == 2 else "\n"  # the last line may have no line end
    if ending == 2:
        joined = joined.replace("\r\n", ",\n")
    else:
        joined = joined.replace("\r\n", "\n").replace("\n", ",\n")
    shapes = joined.replace("x,", "\x01").translate(_EMPTY).split("\n")
    del shapes[-1]
    if not ending:
        return shapes, list(map(str.count, shapes, repeat("\x01")))
    # A row of plain cells is its commas, its x's and its line end.
    marks = list(map(sub, map(len, lines), repeat(width - 1 + ending)))
    if not ended:
        marks[-1] += ending
    return shapes, marks


def _split(line: str, name: str, number: int) -> list[str]:
    """The cells of one line without quotes, as the csv module reads them."""
    try:
        return next(csv.reader([line]), [])
    except csv.Error as error:
        raise _error(name, number, "ballotfile.csv", detail=str(error)) from None


def _rows_from(
    lines: Iterator[str],
    *,
    start: int,
    done: int,
    width: int,
    read: Callable[[list[str], int], Ballot | tuple[str, ...]],
    name: str,
    progress: Callable[[int, int | None], None] | None,
) -> Iterator[Ballot | tuple[str, ...]]:
    """The ballots of the rows of *lines*, the first of them line ``start + 1`` and row
    ``done + 1``, read one by one."""
    reader = csv.reader(lines)
    try:
        for number, row in enumerate(reader, start=done + 1):
            if progress is not None and number % PROGRESS_EVERY == 0:
                progress(number, None)
            yield _row(row, start + reader.line_num, width, read, name)
    except csv.Error as error:
        raise _error(name, start + reader.line_num, "ballotfile.csv", detail=str(error)) from None


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
        return _KeptReader(positions, flags, name)
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


def _cells(positions: list[tuple[str, int]]) -> Callable[[Sequence[str]], tuple[str, ...]]:
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


class _KeptReader:
    """Reads a row of a file with one column per candidate, on a strike-out list."""

    def __init__(self, positions: list[tuple[str, int]], flags: dict[str, int], name: str) -> None:
        self.positions, self.flags, self.name = positions, flags, name
        self.cells, self.flagged = _cells(positions), _flagged(flags)
        self.marks = _marks(_KEPT, positions, name)
        self.names = [candidate for candidate, _ in positions]

    def __call__(self, row: list[str], line: int) -> Ballot | tuple[str, ...]:
        kept = tuple(compress(self.names, self.marks(self.cells(row), line)))
        if self.flagged(row):
            return Ballot(kept=kept, **_paper(self.flags, row, self.name, line))
        return kept


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
