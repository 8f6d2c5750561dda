"""Meeting files: a meeting described in TOML (or JSON), loaded into partyvote's classes.

A counting committee does not write Python.  It writes the meeting, the roll and the
questions in a file, and :func:`load` turns it into a :class:`Meeting` ready to
:meth:`~Meeting.count`.  Every mistake is a :class:`~partyvote.errors.MeetingError` naming the
file, the key (or line), the value and the fix.  The format is described in the docs, with
a JSON Schema.

>>> meeting = loads('''
... [meeting]
... name = "Chi bộ 3"
... [roll]
... members = 11
... present = 10
... [[questions]]
... type = "motion"
... title = "Nghị quyết"
... votes = { yes = 6, no = 4 }
... ''')
>>> meeting.count().questions[0].decision.passed
True
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

from cattrs.errors import ClassValidationError, IterableValidationError

from partyvote._i18n.catalog import Message
from partyvote._validate import check_type
from partyvote.errors import MeetingError
from partyvote.io._build import _build
from partyvote.io._calculators import RankedOutcome, RankedQuestion, SeatsOutcome, SeatsQuestion
from partyvote.io._meeting import Meeting, MeetingResult
from partyvote.io._questions import (
    CumulativeOutcome,
    CumulativeQuestion,
    ElectionOutcome,
    ElectionQuestion,
    MotionOutcome,
    MotionQuestion,
)
from partyvote.io._read_error import ReadError
from partyvote.io._shape import _CONVERTER, _explain, _File, _first_problem
from partyvote.io._strict_json import DuplicateKeyError, read_json

__all__ = [
    "CumulativeOutcome",
    "CumulativeQuestion",
    "ElectionOutcome",
    "ElectionQuestion",
    "Meeting",
    "MeetingResult",
    "MotionOutcome",
    "MotionQuestion",
    "RankedOutcome",
    "RankedQuestion",
    "SeatsOutcome",
    "SeatsQuestion",
    "load",
    "loads",
]


def __dir__() -> list[str]:
    return __all__


MAX_MEETING_BYTES = 16 * 1024 * 1024
"""The largest meeting file read (16 MiB); ballots belong in ballots files, not here."""


_TOML_PLACE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def _toml_problem(message: str, decoded: str) -> tuple[str, ReadError]:
    """Where tomllib stopped, and why; a hint for the commonest slip, an unquoted name."""
    place = _TOML_PLACE.search(message)
    if place is None:
        return "", ReadError("meeting.syntax", detail=message)
    line, column = int(place[1]), int(place[2])
    detail = message[: place.start()]
    where = f"line {line}, column {column}"
    text = decoded.splitlines()[line - 1] if line <= len(decoded.splitlines()) else ""
    # A bare key holds only A-Z, a-z, 0-9, - and _: tomllib stops at a letter such as "ì".
    if 0 < column <= len(text) and not text[column - 1].isascii() and text[column - 1].isalpha():
        start, end = column - 1, column
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            start -= 1
        while end < len(text) and (text[end].isalnum() or text[end] in "-_"):
            end += 1
        return where, ReadError("meeting.unquoted_name", name=text[start:end])
    return where, ReadError("meeting.syntax", detail=detail)


def _parse(decoded: str, source: str) -> Any:
    """The document in *decoded*: JSON if it starts with ``{``, else TOML (or JSON)."""
    try:
        if decoded.lstrip().startswith("{"):
            return read_json(decoded)
        try:
            return tomllib.loads(decoded)
        except tomllib.TOMLDecodeError as error:
            toml_error = str(error)
        try:
            return read_json(decoded)
        except json.JSONDecodeError:
            pass
        where, problem = _toml_problem(toml_error, decoded)
        raise _explain(source, where, problem) from None
    except MeetingError:
        raise
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise _explain(source, where, ReadError("meeting.syntax", detail=error.msg)) from None
    except DuplicateKeyError as error:
        raise _explain(source, "", ReadError("meeting.duplicate_key", name=error.args[0])) from None
    except RecursionError:
        raise _explain(source, "", ReadError("meeting.too_deep")) from None
    except ReadError as error:
        raise _explain(source, "", error) from None
    except ValueError as error:  # an integer of more digits than Python converts
        raise _explain(source, "", ReadError("meeting.syntax", detail=str(error))) from None


def loads(
    text: str | bytes,
    *,
    source: str = "<meeting>",
    base_dir: Path | None = None,
    ballots_anywhere: bool = False,
) -> Meeting:
    """Read a meeting from TOML text (JSON if it starts with ``{``).

    Ballots files are found relative to *base_dir* (default: the current folder) and must
    lie inside it, symbolic links resolved, unless *ballots_anywhere* is ``True``.

    A file larger than ``MAX_MEETING_BYTES`` (16 MiB) is refused, and so is a JSON object that
    names a key twice (TOML refuses it too): never "the last one wins".  A UTF-8 byte-order
    mark at the start is ignored.
    """
    check_type("text", text, (str, bytes), MeetingError)
    data = text.encode("utf-8") if isinstance(text, str) else text
    if len(data) > MAX_MEETING_BYTES:
        raise _explain(source, "", ReadError("meeting.too_large", limit=MAX_MEETING_BYTES))
    try:
        decoded = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise _explain(source, f"byte {error.start}", ReadError("meeting.encoding")) from None
    document = _parse(decoded, source)
    if not isinstance(document, dict):
        raise _explain(source, "", ReadError("meeting.not_table"))
    try:
        raw = _CONVERTER.structure(document, _File)
    except (ClassValidationError, IterableValidationError) as error:
        where, problem = _first_problem(error)
        failure = _explain(source, where, problem)
    except ReadError as error:  # pragma: no cover - raised inside cattrs' error groups
        raise _explain(source, "", error) from None
    else:
        return _build(raw, source, base_dir or Path.cwd(), data, ballots_anywhere)
    # Raised outside the handler so that cattrs' error, which cannot be pickled, is not its
    # context: the error must reach a process pool's or Dask's caller whole (tblib sends
    # the context along).
    raise failure


def load(path: str | Path, *, ballots_anywhere: bool = False) -> Meeting:
    """Read the meeting file at *path* (TOML, or JSON by the ``.json`` suffix or content).

    Its ballots files must lie in the meeting file's folder or below it, unless
    *ballots_anywhere* is ``True`` (see :doc:`/explanation/threat-model`).
    """
    check_type("path", path, (str, Path), MeetingError)
    file = Path(path)
    try:
        with file.open("rb") as stream:
            # Read one byte past the limit: /dev/zero or a huge file is refused, not read.
            data = stream.read(MAX_MEETING_BYTES + 1)
    except OSError as error:
        raise MeetingError(
            Message("meeting.unreadable", file=str(file), reason=error.strerror or str(error))
        ) from None
    return loads(data, source=str(file), base_dir=file.parent, ballots_anywhere=ballots_anywhere)
