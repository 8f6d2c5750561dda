"""One meeting's JSON minutes, read back for the overview: only what the overview needs.

The minutes (``partyvote-minutes/1``, :func:`partyvote.report.minutes_data`) carry more than
the overview reads, and may gain fields; :func:`read_record` reads only the fields it needs,
ignores the rest, checks the seal (``minutes_sha256``) and that the numbers add up, and
names the file in every error.  All knowledge of the minutes' layout is in that one function.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from fractions import Fraction
from pathlib import Path
from typing import Any, Final

from attrs import frozen

from partyvote._i18n.catalog import Message
from partyvote.errors import ReportError
from partyvote.io._strict_json import DuplicateKeyError, TooLargeError, read_json_file
from partyvote.io.meeting import MeetingResult
from partyvote.report._seal import SEAL, seal
from partyvote.report.canonical import minutes_data

FORMAT: Final = "partyvote-minutes/1"
"""The format of the minutes this version reads."""

COUNTED_KINDS: Final = ("ranked", "cumulative", "seats")
"""The kinds of question the overview lists with their outcome but leaves out of its totals."""


@frozen(kw_only=True)
class CandidateRecord:
    """A candidate's votes, and the size of the base the rule measures them against."""

    name: str
    votes: int
    base_size: int
    elected: bool

    @property
    def share(self) -> Fraction | None:
        """The exact share of the base, or ``None`` for an empty base."""
        return Fraction(self.votes, self.base_size) if self.base_size else None


@frozen(kw_only=True)
class ElectionRecord:
    """An election as the overview sees it."""

    title: str
    seats: int
    valid: int
    invalid: tuple[tuple[str, int], ...]
    candidates: tuple[CandidateRecord, ...]
    unfilled: int
    status: str
    majority: bool
    """Whether the rule asks for more than half (an absolute majority)."""
    next_names: tuple[str, ...] | None
    """The candidates of the round that follows, if one does."""

    @property
    def elected(self) -> tuple[CandidateRecord, ...]:
        """The elected candidates."""
        return tuple(candidate for candidate in self.candidates if candidate.elected)


@frozen(kw_only=True)
class MotionRecord:
    """A motion as the overview sees it."""

    title: str
    passed: bool


@frozen(kw_only=True)
class CountedRecord:
    """A question counted by ranked ballots, cumulative voting or seats among groups.

    The overview says how many seats it filled; its totals and shares, which speak of
    secretaries and committees elected by approval ballots, leave it out.
    """

    title: str
    kind: str
    """One of :data:`COUNTED_KINDS`."""
    seats: int
    filled: int
    """The seats filled: candidates elected, or seats given to groups."""
    elected: tuple[str, ...]
    """The candidates elected (none for seats among groups)."""

    @property
    def unfilled(self) -> int:
        """The seats not filled (left to a tie-break, a further ballot or nobody)."""
        return self.seats - self.filled


Question = MotionRecord | ElectionRecord | CountedRecord
"""A question as the overview sees it."""


@frozen(kw_only=True)
class MeetingRecord:
    """One meeting's minutes as the overview sees them."""

    source: str
    name: str
    body: str
    date: str | None
    members: int
    excused: int
    convened: int
    present: int | None
    lang: str
    """The language the minutes were written in."""
    quorate: bool | None
    """All quorums the minutes state were met (``None``: they state none)."""
    questions: tuple[Question, ...]
    inputs_sha256: str

    @property
    def unit(self) -> str:
        """The body that met (the meeting's name when the minutes name no body)."""
        return self.body or self.name

    @property
    def head(self) -> ElectionRecord | None:
        """The first single-seat election: the secretary elected directly at the congress."""
        return next((q for q in self._elections() if q.seats == 1), None)

    @property
    def committee(self) -> ElectionRecord | None:
        """The first election of several seats: the committee, elected before the delegates."""
        return next((q for q in self._elections() if q.seats > 1), None)

    def _elections(self) -> Iterator[ElectionRecord]:
        return (q for q in self.questions if isinstance(q, ElectionRecord))


class _ShapeError(Exception):
    """A field missing or of the wrong kind, at *where*."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


def _field(container: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(container, Mapping) or key not in container:
        raise _ShapeError(f"{where}.{key}" if where else key)
    value = container[key]
    # bool is an int: counts must not be true or false.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _ShapeError(f"{where}.{key}" if where else key)
    return value


def _count(container: Any, key: str, where: str) -> int:
    value: int = _field(container, key, int, where)
    if value < 0:
        raise _ShapeError(f"{where}.{key}")
    return value


def _majority(threshold: Any) -> bool:
    """Whether a threshold's data asks for more than half."""
    if not isinstance(threshold, Mapping) or not isinstance(threshold.get("ratio"), str):
        return False
    try:
        ratio = Fraction(threshold["ratio"])
    except (ValueError, ZeroDivisionError):
        return False
    return ratio > Fraction(1, 2) or (ratio == Fraction(1, 2) and threshold.get("strict") is True)


def _filled(question: Any, kind: str, where: str) -> tuple[int, tuple[str, ...]]:
    """The seats a ranked, cumulative or seats question filled, and the candidates elected."""
    if kind == "seats":
        groups = _field(question, "groups", list, where)
        given = sum(
            _count(group, "seats", f"{where}.groups[{number}]")
            for number, group in enumerate(groups)
        )
        return given, ()
    elected = _field(question, "elected", list, where)
    if not all(isinstance(name, str) for name in elected) or len(set(elected)) != len(elected):
        raise _ShapeError(f"{where}.elected")
    return len(elected), tuple(elected)


def read_record(data: Any, source: str) -> MeetingRecord:  # noqa: PLR0912, PLR0915
    """The meeting in the JSON minutes *data* read from *source*, checked.

    Refuses another format, a missing or wrong seal, a missing field and numbers that do
    not add up, with a :class:`~partyvote.errors.ReportError` naming *source*.
    """
    if not isinstance(data, Mapping):
        raise ReportError(Message("summary.shape", path=source, where="(top)"))
    if data.get("format") != FORMAT:
        raise ReportError(
            Message("summary.format", path=source, value=data.get("format"), expected=FORMAT)
        )
    if not isinstance(data.get(SEAL), str):
        raise ReportError(Message("summary.unsealed", path=source))
    if data[SEAL] != seal(data):
        raise ReportError(Message("summary.damaged", path=source))

    def inconsistent(place: str) -> ReportError:
        return ReportError(Message("summary.inconsistent", path=source, where=place))

    try:
        meeting = _field(data, "meeting", Mapping, "")
        roll = _field(data, "roll", Mapping, "")
        members, excused = _count(roll, "members", "roll"), _count(roll, "excused", "roll")
        convened = _count(roll, "convened", "roll")
        present = None if roll.get("present") is None else _count(roll, "present", "roll")
        if convened != members - excused or (present is not None and present > members):
            raise inconsistent("roll")
        date = meeting.get("date")
        if date is not None and not isinstance(date, str):
            raise _ShapeError("meeting.date")
        lang = meeting.get("lang") or "en"
        if not isinstance(lang, str):
            raise _ShapeError("meeting.lang")
        body = meeting.get("body") or ""
        if not isinstance(body, str):
            raise _ShapeError("meeting.body")
        quorums: list[bool] = []
        questions: list[Question] = []
        for index, question in enumerate(_field(data, "questions", list, "")):
            where = f"questions[{index}]"
            title = _field(question, "title", str, where)
            quorum = question.get("quorum")
            if quorum is not None:
                quorums.append(_field(quorum, "passed", bool, f"{where}.quorum"))
            kind = _field(question, "type", str, where)
            if kind == "motion":
                decision = _field(question, "decision", Mapping, where)
                passed = _field(decision, "passed", bool, f"{where}.decision")
                questions.append(MotionRecord(title=title, passed=passed))
                continue
            if kind in COUNTED_KINDS:
                seats = _count(question, "seats", where)
                filled, names = _filled(question, kind, where)
                if filled > seats:
                    raise inconsistent(where)
                questions.append(
                    CountedRecord(title=title, kind=kind, seats=seats, filled=filled, elected=names)
                )
                continue
            if kind != "election":
                raise _ShapeError(f"{where}.type")
            ballots = _field(question, "ballots", Mapping, where)
            cast = _count(ballots, "cast", f"{where}.ballots")
            valid = _count(ballots, "valid", f"{where}.ballots")
            invalid = _field(ballots, "invalid", Mapping, f"{where}.ballots")
            reasons = tuple(
                (str(reason), _count(invalid, reason, f"{where}.ballots.invalid"))
                for reason in sorted(invalid)
            )
            if valid + sum(count for _, count in reasons) != cast:
                raise inconsistent(f"{where}.ballots")
            candidates = tuple(
                CandidateRecord(
                    name=_field(candidate, "name", str, f"{where}.candidates[{number}]"),
                    votes=_count(candidate, "votes", f"{where}.candidates[{number}]"),
                    base_size=_count(candidate, "base_size", f"{where}.candidates[{number}]"),
                    elected=_field(candidate, "elected", bool, f"{where}.candidates[{number}]"),
                )
                for number, candidate in enumerate(_field(question, "candidates", list, where))
            )
            seats = _count(question, "seats", where)
            unfilled = _count(question, "unfilled", where)
            tie_seats = _count(question, "tie_seats", where)
            elected = _field(question, "elected", list, where)
            if not all(isinstance(name, str) for name in elected):
                raise _ShapeError(f"{where}.elected")
            chosen = sorted(candidate.name for candidate in candidates if candidate.elected)
            if (
                not candidates
                or len(chosen) + unfilled + tie_seats != seats
                or chosen != sorted(elected)
                or any(candidate.votes > valid for candidate in candidates)
            ):
                raise inconsistent(where)
            following = question.get("next_round")
            next_names = None
            if following is not None:
                next_names = tuple(_field(following, "candidates", list, f"{where}.next_round"))
                if not all(isinstance(name, str) for name in next_names):
                    raise _ShapeError(f"{where}.next_round.candidates")
            questions.append(
                ElectionRecord(
                    title=title,
                    seats=seats,
                    valid=valid,
                    invalid=reasons,
                    candidates=candidates,
                    unfilled=unfilled,
                    status=_field(question, "status", str, where),
                    majority=_majority(question.get("threshold")),
                    next_names=next_names,
                )
            )
        return MeetingRecord(
            source=source,
            name=_field(meeting, "name", str, "meeting"),
            body=body,
            date=date,
            members=members,
            excused=excused,
            convened=convened,
            present=present,
            lang=lang,
            quorate=all(quorums) if quorums else None,
            questions=tuple(questions),
            inputs_sha256=_field(data, "inputs_sha256", str, ""),
        )
    except _ShapeError as problem:
        raise ReportError(Message("summary.shape", path=source, where=problem.where)) from None


def _read_file(path: Path) -> MeetingRecord:
    try:
        data = read_json_file(path)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ReportError(Message("summary.cannot_read", path=path, reason=reason)) from None
    except TooLargeError as error:
        raise ReportError(Message("json.too_large", path=path, limit=error.args[0])) from None
    except DuplicateKeyError as error:
        raise ReportError(Message("cli.duplicate_key", path=path, name=error.args[0])) from None
    except (ValueError, RecursionError) as error:  # not JSON, too deep, a number too long
        raise ReportError(Message("summary.not_json", path=path, reason=error)) from None
    return read_record(data, str(path))


def minutes_files(item: Path) -> list[Path]:
    """The JSON minutes *item* names: itself, or the ``*.json`` files of a folder."""
    if item.is_dir():
        found = sorted(path for path in item.glob("*.json") if path.is_file())
        if not found:
            raise ReportError(Message("summary.empty_folder", path=item))
        return found
    if not item.exists():
        raise ReportError(Message("summary.not_found", path=item))
    return [item]


Source = MeetingResult | Mapping[str, Any] | str | Path
"""What the overview reads: a counted meeting, minutes as data, or a file or folder of them."""


def gather(sources: Iterable[Source]) -> list[MeetingRecord]:
    """The meetings of *sources*, each read and checked; duplicates are refused."""
    records: list[MeetingRecord] = []
    for number, item in enumerate(sources, start=1):
        if isinstance(item, MeetingResult):
            records.append(read_record(minutes_data(item), item.meeting.source))
        elif isinstance(item, Mapping):
            records.append(read_record(item, f"<minutes {number}>"))
        else:
            records += [_read_file(path) for path in minutes_files(Path(item))]
    if not records:
        raise ReportError(Message("summary.none"))
    by_inputs: dict[str, MeetingRecord] = {}
    by_meeting: dict[tuple[str, str | None], MeetingRecord] = {}
    for record in records:
        if (other := by_inputs.get(record.inputs_sha256)) is not None:
            raise ReportError(Message("summary.duplicate", path=record.source, other=other.source))
        if (other := by_meeting.get((record.name, record.date))) is not None:
            raise ReportError(
                Message("summary.same_meeting", path=record.source, other=other.source)
            )
        by_inputs[record.inputs_sha256] = record
        by_meeting[record.name, record.date] = record
    return records
