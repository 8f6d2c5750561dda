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

import datetime
import hashlib
import json
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from fractions import Fraction
from pathlib import Path
from typing import Any

from attrs import Factory, field, frozen
from cattrs.errors import (
    ClassValidationError,
    IterableValidationError,
)

from partyvote._convert import converter
from partyvote._i18n.catalog import Message, render
from partyvote.elections.election import Election
from partyvote.elections.result import ElectionResult
from partyvote.elections.tally import Tally
from partyvote.errors import MeetingError, PartyvoteError
from partyvote.io._read_error import ReadError
from partyvote.io._shape import (
    _CONVERTER,
    _Election,
    _explain,
    _File,
    _Motion,
    _problems,
    _Rule,
    _Rules,
    _Tally,
)
from partyvote.io.ballots import read_ballots
from partyvote.roll import Roll
from partyvote.rulebooks import get as get_rulebook
from partyvote.rulebooks.model import Rulebook
from partyvote.rules.bases import BUILTIN_BASES, Base
from partyvote.rules.decision import Decision
from partyvote.rules.quorum import Quorum
from partyvote.rules.threshold import Threshold, at_least, more_than
from partyvote.votes import Votes

__all__ = [
    "ElectionOutcome",
    "ElectionQuestion",
    "Meeting",
    "MeetingResult",
    "MotionOutcome",
    "MotionQuestion",
    "load",
    "loads",
]


def __dir__() -> list[str]:
    return __all__


# --- the meeting ---------------------------------------------------------------------------

_BASES: dict[str, Base] = {base.name: base for base in BUILTIN_BASES}


def _threshold(spec: _Rule) -> Threshold:
    if (spec.more_than is None) == (spec.at_least is None):
        raise ReadError("meeting.rule_shape")
    if spec.of not in _BASES:
        raise ReadError("meeting.base", value=spec.of, valid=", ".join(sorted(_BASES)))
    if spec.more_than is not None:
        return more_than(spec.more_than, of=_BASES[spec.of])
    return at_least(spec.at_least, of=_BASES[spec.of])  # type: ignore[arg-type]


@frozen(kw_only=True)
class MotionQuestion:
    """A motion put to the vote, with its votes."""

    title: str
    kind: str
    motion: Any
    votes: Votes


@frozen(kw_only=True)
class ElectionQuestion:
    """An election, with its tallies (per counting table) or a ballots file."""

    title: str
    election: Election
    issued: int | None = None
    tallies: tuple[tuple[str, Tally], ...] = ()
    ballots: Path | None = None


@frozen(kw_only=True)
class MotionOutcome:
    """A motion's result."""

    title: str
    kind: str
    votes: Votes
    decision: Decision


@frozen(kw_only=True)
class ElectionOutcome:
    """An election's result, with the ballots issued and the tallies it merged."""

    title: str
    issued: int | None
    result: ElectionResult[Election]
    stations: tuple[tuple[str, Tally], ...] = ()


@frozen(kw_only=True)
class MeetingResult:
    """Every question of a meeting counted, and the SHA-256 digest of the inputs."""

    meeting: Meeting
    questions: tuple[MotionOutcome | ElectionOutcome, ...]
    digest: str

    def to_frame(self) -> Any:
        """Every question as rows of a :class:`pandas.DataFrame` (``partyvote[pandas]``): a
        ``question`` column, then those of :meth:`ElectionResult.to_frame
        <partyvote.ElectionResult.to_frame>`; a motion is one row named ``"yes"``, its status
        ``"passed"`` or the decision's reason."""
        from partyvote._frames import COLUMNS, frame, percent

        rows: list[dict[str, Any]] = []
        for outcome in self.questions:
            if isinstance(outcome, MotionOutcome):
                decision = outcome.decision
                share = (
                    Fraction(decision.received, decision.base_size) if decision.base_size else None
                )
                rows.append(
                    {
                        "question": outcome.title,
                        "name": "yes",
                        "votes": outcome.votes.yes,
                        "share": share,
                        "percent": percent(share),
                        "required": decision.required,
                        "status": decision.reason.value,
                    }
                )
                continue
            table = outcome.result.to_frame()
            rows.extend({"question": outcome.title, **row} for row in table.to_dict("records"))
        return frame(rows, columns=("question", *COLUMNS))


def _book_lang(book: Rulebook) -> str:
    return "vi" if book.key.startswith("vn-") else "en"


@frozen(kw_only=True)
class Meeting:
    """A meeting read from a file or built in Python: what it is, its rules, its roll and
    its questions.  The language of its minutes defaults to the rulebook's (Vietnamese for
    the ``vn-`` rulebooks, else English)."""

    name: str
    body: str = ""
    date: datetime.date | None = None
    place: str = ""
    rulebook: Rulebook
    lang: str = field(
        default=Factory(lambda meeting: _book_lang(meeting.rulebook), takes_self=True)
    )
    roll: Roll
    questions: tuple[MotionQuestion | ElectionQuestion, ...]
    source: str = "<meeting>"
    source_bytes: bytes = field(default=b"", repr=False)

    def count(self, *, progress: Callable[[int, int | None], None] | None = None) -> MeetingResult:
        """Count every question; ballots files are streamed (see :mod:`partyvote.io.ballots`).

        :param progress: called with the ballots read so far in a ballots file and ``None``
            (the total is not known), every
            :data:`~partyvote.elections.PROGRESS_EVERY` ballots.
        """
        # Built in Python, a meeting has no file: it hashes its inputs as canonical data.
        digest = hashlib.sha256(self.source_bytes) if self.source_bytes else _inputs_digest(self)
        outcomes: list[MotionOutcome | ElectionOutcome] = []
        for index, question in enumerate(self.questions):
            where = f"questions[{index}]"
            try:
                outcomes.append(self._count(question, digest, progress))
            except MeetingError:
                raise
            except PartyvoteError as error:
                raise _explain(self.source, where, error) from None
        return MeetingResult(meeting=self, questions=tuple(outcomes), digest=digest.hexdigest())

    def _count(
        self,
        question: MotionQuestion | ElectionQuestion,
        digest: Any,
        progress: Callable[[int, int | None], None] | None,
    ) -> MotionOutcome | ElectionOutcome:
        if isinstance(question, MotionQuestion):
            decision = question.motion.decide(question.votes, roll=self.roll)
            return MotionOutcome(
                title=question.title, kind=question.kind, votes=question.votes, decision=decision
            )
        election = question.election
        stations = question.tallies
        if question.ballots is not None:
            tally = election.tally(
                read_ballots(question.ballots, election, digest=digest, progress=progress)
            )
            stations = ((question.ballots.name, tally), *stations)
        total = sum((tally for _, tally in stations), Tally())
        result = election.count(total, roll=self.roll)
        return ElectionOutcome(
            title=question.title, issued=question.issued, result=result, stations=stations
        )


# --- the inputs as data: what a meeting built in Python hashes ----------------------------


def _question_data(question: MotionQuestion | ElectionQuestion) -> dict[str, Any]:
    if isinstance(question, MotionQuestion):
        return {
            "type": "motion",
            "title": question.title,
            "kind": question.kind,
            "motion": converter.unstructure(question.motion),
            "votes": converter.unstructure(question.votes),
        }
    return {
        "type": "election",
        "title": question.title,
        "election": converter.unstructure(question.election),
        "issued": question.issued,
        "tallies": [
            {"name": name, "tally": converter.unstructure(tally)}
            for name, tally in question.tallies
        ],
        "ballots": None if question.ballots is None else str(question.ballots),
    }


def meeting_data(meeting: Meeting) -> dict[str, Any]:
    return {
        "name": meeting.name,
        "body": meeting.body,
        "date": None if meeting.date is None else meeting.date.isoformat(),
        "place": meeting.place,
        "rulebook": meeting.rulebook.key,
        "lang": meeting.lang,
        "roll": converter.unstructure(meeting.roll),
        "questions": [_question_data(question) for question in meeting.questions],
    }


def _inputs_digest(meeting: Meeting) -> Any:
    """A SHA-256 started on *meeting*'s inputs as canonical JSON (sorted keys, UTF-8)."""
    data = meeting_data(meeting)
    data["rulebook"] = converter.unstructure(meeting.rulebook)
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8"))


converter.register_unstructure_hook_func(lambda given: given is Meeting, meeting_data)


def _rulebook(rules: _Rules) -> Rulebook:
    book = get_rulebook(rules.rulebook)
    changes: dict[str, Any] = {}
    if rules.quorum is False:
        changes["quorum"] = None
    elif isinstance(rules.quorum, _Rule):
        changes["quorum"] = Quorum(_threshold(rules.quorum))
    elif rules.quorum is True:
        raise ReadError("meeting.quorum_true")
    if rules.election_threshold is not None:
        changes["election_threshold"] = _threshold(rules.election_threshold)
    if rules.motions:
        motions = dict(book.motions)
        motions.update({kind: _threshold(spec) for kind, spec in rules.motions.items()})
        changes["motions"] = motions
    if rules.ties is not None:
        changes["ties"] = tuple(rules.ties)
    validity: dict[str, Any] = {
        name: value
        for name, value in (
            ("all_struck", rules.all_struck),
            ("written_in_invalid", rules.written_in_invalid),
            ("identifying_marks_invalid", rules.identifying_marks_invalid),
        )
        if value is not None
    }
    if validity:
        from attrs import evolve

        changes["validity"] = evolve(book.validity, **validity)
    if not changes:
        return book
    # The minutes cite the rules actually used: the statute as the meeting amended it.
    return book.evolve(
        title=render("rulebook.amended", "en", title=book.title_in("en")),
        title_vi=render("rulebook.amended", "vi", title=book.title_in("vi")),
        **changes,
    )


def _tally(spec: _Tally) -> Tally:
    return Tally(
        votes=spec.votes,
        cast=spec.cast,
        blank=spec.blank,
        invalid=spec.invalid,
        unmarked=spec.unmarked,
    )


@contextmanager
def _at(source: str, where: str) -> Iterator[None]:
    """Name the file and the key in any error raised while building what is there."""
    try:
        yield
    except MeetingError:
        raise
    except (PartyvoteError, ReadError) as error:
        raise _explain(source, where, error) from None


def _motion_question(
    spec: _Motion, book: Rulebook, roll: Roll, source: str, where: str
) -> MotionQuestion:
    with _at(source, f"{where}.kind"):
        motion = book.motion(spec.kind)
    with _at(source, f"{where}.votes"):
        cast = spec.votes
        votes = Votes(
            cast.yes, cast.no, abstain=cast.abstain, blank=cast.blank, invalid=cast.invalid
        ).check(roll)
    return MotionQuestion(title=spec.title, kind=spec.kind, motion=motion, votes=votes)


def _election_question(
    spec: _Election, book: Rulebook, source: str, where: str, base_dir: Path
) -> ElectionQuestion:
    with _at(source, where):
        election = book.election(
            seats=spec.seats,
            candidates=spec.candidates,
            surplus=spec.surplus,
            birth_dates=spec.birth_dates or None,
            seed=spec.seed,
        )
        if (spec.ballots is None) == (not spec.tallies):
            raise ReadError("meeting.source")
    tallies: list[tuple[str, Tally]] = []
    for number, tally in enumerate(spec.tallies):
        with _at(source, f"{where}.tallies[{number}]"):
            checked = _tally(tally).check(candidates=election.candidates, seats=election.seats)
        tallies.append((tally.name or f"#{number + 1}", checked))
    ballots = None
    if spec.ballots is not None:
        ballots = base_dir / spec.ballots
        if not ballots.is_file():
            raise _explain(
                source, f"{where}.ballots", ReadError("meeting.no_ballots", path=str(ballots))
            )
    return ElectionQuestion(
        title=spec.title,
        election=election,
        issued=spec.issued,
        tallies=tuple(tallies),
        ballots=ballots,
    )


def _build(raw: _File, source: str, base_dir: Path, data: bytes) -> Meeting:
    with _at(source, "rules"):
        book = _rulebook(raw.rules)
    with _at(source, "roll"):
        roll = Roll(raw.roll.members, excused=raw.roll.excused, present=raw.roll.present)
    questions: list[MotionQuestion | ElectionQuestion] = []
    for index, spec in enumerate(raw.questions):
        where = f"questions[{index}]"
        if isinstance(spec, _Motion):
            questions.append(_motion_question(spec, book, roll, source, where))
        else:
            questions.append(_election_question(spec, book, source, where, base_dir))
    if not questions:
        raise _explain(source, "questions", ReadError("meeting.no_questions"))
    lang = raw.meeting.lang or _book_lang(book)
    return Meeting(
        name=raw.meeting.name,
        body=raw.meeting.body,
        date=raw.meeting.date,
        place=raw.meeting.place,
        lang=lang,
        rulebook=book,
        roll=roll,
        questions=tuple(questions),
        source=source,
        source_bytes=data,
    )


def _json_or_none(text: str) -> Any:
    """*text* read as JSON, or ``None``: a JSON document that is not a table of keys."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


def loads(text: str | bytes, *, source: str = "<meeting>", base_dir: Path | None = None) -> Meeting:
    """Read a meeting from TOML text (JSON if it starts with ``{``)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _explain(source, f"byte {error.start}", ReadError("meeting.encoding")) from None
    try:
        if decoded.lstrip().startswith("{"):
            document = json.loads(decoded)
        else:
            document = tomllib.loads(decoded)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise _explain(source, where, ReadError("meeting.syntax", detail=error.msg)) from None
    except tomllib.TOMLDecodeError as error:
        document = _json_or_none(decoded)
        if document is None:
            raise _explain(source, "", ReadError("meeting.syntax", detail=str(error))) from None
    if not isinstance(document, dict):
        raise _explain(source, "", ReadError("meeting.not_table"))
    try:
        raw = _CONVERTER.structure(document, _File)
    except (ClassValidationError, IterableValidationError) as error:
        where, problem = next(_problems(error, ""))
        raise _explain(source, where, problem) from None
    except ReadError as error:  # pragma: no cover - raised inside cattrs' error groups
        raise _explain(source, "", error) from None
    return _build(raw, source, base_dir or Path.cwd(), data)


def load(path: str | Path) -> Meeting:
    """Read the meeting file at *path* (TOML, or JSON by the ``.json`` suffix or content)."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as error:
        raise MeetingError(
            Message("meeting.unreadable", file=str(file), reason=error.strerror or str(error))
        ) from None
    return loads(data, source=str(file), base_dir=file.parent)
