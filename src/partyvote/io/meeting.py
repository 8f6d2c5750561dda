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
from collections.abc import Callable
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
from partyvote._validate import check_count, check_type
from partyvote.elections.cumulative import CumulativeBallot, CumulativeElection, CumulativeResult
from partyvote.elections.election import Election
from partyvote.elections.result import ElectionResult
from partyvote.elections.rounds import Round
from partyvote.elections.tally import Tally
from partyvote.errors import MeetingError, PartyvoteError, TallyError, check_language
from partyvote.io._calculators import (
    RankedOutcome,
    RankedQuestion,
    SeatsOutcome,
    SeatsQuestion,
    ballots_path,
    count_ranked,
    count_seats,
    ranked_question,
    seats_question,
)
from partyvote.io._read_error import ReadError
from partyvote.io._shape import (
    _CONVERTER,
    _at,
    _Cumulative,
    _Election,
    _explain,
    _File,
    _Minutes,
    _Motion,
    _Polling,
    _problems,
    _Ranked,
    _Rule,
    _Rules,
    _Seats,
    _Tally,
)
from partyvote.io._strict_json import DuplicateKeyError, read_json
from partyvote.io.ballots import read_ballots
from partyvote.io.forms import MinutesOptions, PollingDetails
from partyvote.roll import Roll
from partyvote.rulebooks import get as get_rulebook
from partyvote.rulebooks.model import Rulebook
from partyvote.rules.bases import BUILTIN_BASES, Base
from partyvote.rules.decision import Decision
from partyvote.rules.quorum import Quorum
from partyvote.rules.threshold import Threshold, at_least, more_than
from partyvote.votes import Votes

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


def _minutes_options(spec: _Minutes, rulebook: str) -> MinutesOptions:
    default = MinutesOptions.default(rulebook)
    form = spec.form or default.form
    per_ballot = spec.per_ballot if spec.per_ballot is not None else form == "party"
    return MinutesOptions(
        form=form,
        per_ballot=per_ballot,
        order=spec.order,
        dateline=spec.dateline,
        deputies=2 if spec.deputies is None else spec.deputies,
    )


@frozen(kw_only=True)
class MotionQuestion:
    """A motion put to the vote, with its votes and how they were cast (``"ballot"`` or a show
    of ``"hands"``, which has no blank or invalid ballots)."""

    title: str
    kind: str
    motion: Any
    votes: Votes
    method: str = "ballot"


@frozen(kw_only=True)
class ElectionQuestion:
    """An election, with its tallies (per counting table) or a ballots file."""

    title: str
    election: Election
    issued: int | None = None
    present: int | None = None
    tallies: tuple[tuple[str, Tally], ...] = ()
    ballots: Path | None = None


@frozen(kw_only=True)
class CumulativeQuestion:
    """An election by cumulative voting (``type = "cumulative"``), with its ballots."""

    title: str
    election: CumulativeElection
    ballots: tuple[CumulativeBallot, ...] = ()


@frozen(kw_only=True)
class CumulativeOutcome:
    """A cumulative election's result, in shares and votes."""

    title: str
    result: CumulativeResult


@frozen(kw_only=True)
class MotionOutcome:
    """A motion's result."""

    title: str
    kind: str
    votes: Votes
    decision: Decision
    method: str = "ballot"


@frozen(kw_only=True)
class ElectionOutcome:
    """An election's result, with the ballots issued, those present at the time of voting
    (when recorded) and the tallies it merged."""

    title: str
    issued: int | None
    present: int | None = None
    result: ElectionResult[Election]
    stations: tuple[tuple[str, Tally], ...] = ()


Question = MotionQuestion | ElectionQuestion | CumulativeQuestion | RankedQuestion | SeatsQuestion
Outcome = MotionOutcome | ElectionOutcome | CumulativeOutcome | RankedOutcome | SeatsOutcome


@frozen(kw_only=True)
class MeetingResult:
    """Every question of a meeting counted, and the SHA-256 digest of the inputs."""

    meeting: Meeting
    questions: tuple[
        MotionOutcome | ElectionOutcome | CumulativeOutcome | RankedOutcome | SeatsOutcome, ...
    ]
    digest: str

    def to_frame(self) -> Any:
        """Every question as rows of a :class:`pandas.DataFrame` (``partyvote[pandas]``): a
        ``question`` column, then those of :meth:`ElectionResult.to_frame
        <partyvote.ElectionResult.to_frame>`; a motion is one row named ``"yes"``, its status
        ``"passed"`` or the decision's reason.  A ranked question gives each candidate's votes
        at the last stage, ``required`` the quota; a seats question each group's votes, its
        share of the valid votes, ``required`` the threshold's votes and a ``seats``
        column."""
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
            if isinstance(outcome, RankedOutcome):
                ranked = outcome.result
                last = dict(ranked.stages[-1].votes)
                rows.extend(
                    {
                        "question": outcome.title,
                        "name": name,
                        "votes": last.get(name, Fraction(0)),
                        "share": None,
                        "percent": None,
                        "required": ranked.quota,
                        "status": "elected" if name in ranked.elected else "short",
                    }
                    for name in ranked.election.candidates
                )
                continue
            if isinstance(outcome, SeatsOutcome):
                allocation = outcome.allocation
                rows.extend(
                    {
                        "question": outcome.title,
                        "name": group,
                        "votes": votes,
                        "share": Fraction(votes, allocation.valid),
                        "percent": percent(Fraction(votes, allocation.valid)),
                        "required": allocation.required,
                        "status": "excluded" if group in allocation.excluded else "seats",
                        "seats": seats,
                    }
                    for (group, seats), (_, votes) in zip(
                        allocation.seats, allocation.votes, strict=True
                    )
                )
                continue
            if isinstance(outcome, CumulativeOutcome):
                counted = outcome.result
                rows.extend(
                    {
                        "question": outcome.title,
                        "name": name,
                        "votes": votes,
                        "share": counted.share_of(name),
                        "percent": percent(counted.share_of(name)),
                        "required": None,
                        "status": "elected" if name in counted.elected else "short",
                    }
                    for name, votes in counted.votes
                )
                continue
            table = outcome.result.to_frame()
            rows.extend({"question": outcome.title, **row} for row in table.to_dict("records"))
        # Seats questions add a column of the seats each group receives.
        extra = ("seats",) if any("seats" in row for row in rows) else ()
        return frame(rows, columns=("question", *COLUMNS, *extra))


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
    locality: str = ""
    congress: str = ""
    term: str = ""
    committee: tuple[str, ...] = ()
    polling: PollingDetails = Factory(PollingDetails)
    minutes: MinutesOptions = Factory(MinutesOptions)
    rulebook: Rulebook
    lang: str = field(
        default=Factory(lambda meeting: _book_lang(meeting.rulebook), takes_self=True)
    )
    roll: Roll
    questions: tuple[
        MotionQuestion | ElectionQuestion | CumulativeQuestion | RankedQuestion | SeatsQuestion,
        ...,
    ]
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
        outcomes: list[Outcome] = []
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
        question: Question,
        digest: Any,
        progress: Callable[[int, int | None], None] | None,
    ) -> Outcome:
        if isinstance(question, RankedQuestion):
            return count_ranked(question, digest, progress)
        if isinstance(question, SeatsQuestion):
            return count_seats(question)
        if isinstance(question, CumulativeQuestion):
            result = question.election.count(question.ballots)
            return CumulativeOutcome(title=question.title, result=result)
        if isinstance(question, MotionQuestion):
            decision = question.motion.decide(question.votes, roll=self.roll)
            return MotionOutcome(
                title=question.title,
                kind=question.kind,
                votes=question.votes,
                decision=decision,
                method=question.method,
            )
        election = question.election
        stations = question.tallies
        if question.ballots is not None:
            tally = election.tally(
                read_ballots(question.ballots, election, digest=digest, progress=progress)
            )
            stations = ((question.ballots.name, tally), *stations)
        total = sum((tally for _, tally in stations), Tally())
        if question.issued is not None and total.cast > question.issued:
            # More papers in the boxes than were handed out: some are not the committee's.
            raise TallyError(
                Message("meeting.more_than_issued", cast=total.cast, issued=question.issued)
            )
        counted = election.count(total, roll=self.roll)
        return ElectionOutcome(
            title=question.title,
            issued=question.issued,
            present=question.present,
            result=counted,
            stations=stations,
        )


# --- the inputs as data: what a meeting built in Python hashes ----------------------------


def _question_data(
    question: Question,
) -> dict[str, Any]:
    if isinstance(question, RankedQuestion):
        return {
            "type": "ranked",
            "title": question.title,
            "election": converter.unstructure(question.election),
            "rankings": [
                {"ranking": list(ranking), "count": count} for ranking, count in question.rankings
            ],
            "ballots": None if question.ballots is None else str(question.ballots),
        }
    if isinstance(question, SeatsQuestion):
        return {
            "type": "seats",
            "title": question.title,
            "apportionment": converter.unstructure(question.apportionment),
            "votes": dict(question.votes),
            "won": dict(question.won),
        }
    if isinstance(question, CumulativeQuestion):
        return {
            "type": "cumulative",
            "title": question.title,
            "election": converter.unstructure(question.election),
            "ballots": converter.unstructure(question.ballots),
        }
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
        "locality": meeting.locality,
        "congress": meeting.congress,
        "term": meeting.term,
        "committee": list(meeting.committee),
        "polling": converter.unstructure(meeting.polling),
        "rulebook": meeting.rulebook.key,
        "percent_digits": meeting.rulebook.percent_digits,
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
    if rules.percent_digits is not None:
        changes["percent_digits"] = rules.percent_digits
    if rules.share_base is not None:
        if rules.share_base not in _BASES:
            raise ReadError("meeting.base", value=rules.share_base, valid=", ".join(sorted(_BASES)))
        changes["share_base"] = _BASES[rules.share_base]
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
        if spec.method == "hands" and (votes.blank or votes.invalid):
            raise ReadError("forms.hands_ballots", blank=votes.blank, invalid=votes.invalid)
    return MotionQuestion(
        title=spec.title, kind=spec.kind, motion=motion, votes=votes, method=spec.method
    )


def _election_question(
    spec: _Election, book: Rulebook, source: str, where: str, base_dir: Path, *, anywhere: bool
) -> ElectionQuestion:
    with _at(source, where):
        election = book.election(
            seats=spec.seats,
            candidates=spec.candidates,
            surplus=spec.surplus,
            committee=spec.committee,
            round=Round(spec.round),
            short_list=spec.short_list,
            birth_dates=spec.birth_dates or None,
            seed=spec.seed,
        )
        if (spec.ballots is None) == (not spec.tallies):
            raise ReadError("meeting.source")
    if spec.issued is not None:
        with _at(source, f"{where}.issued"):
            check_count("issued", spec.issued)
    tallies: list[tuple[str, Tally]] = []
    for number, tally in enumerate(spec.tallies):
        with _at(source, f"{where}.tallies[{number}]"):
            checked = _tally(tally).check(candidates=election.candidates, seats=election.seats)
        tallies.append((tally.name or f"#{number + 1}", checked))
    ballots = None
    if spec.ballots is not None:
        ballots = ballots_path(
            spec.ballots, source, f"{where}.ballots", base_dir, anywhere=anywhere
        )
    return ElectionQuestion(
        title=spec.title,
        election=election,
        issued=spec.issued,
        present=spec.present,
        tallies=tuple(tallies),
        ballots=ballots,
    )


def _cumulative_question(
    spec: _Cumulative, book: Rulebook, source: str, where: str
) -> CumulativeQuestion:
    with _at(source, where):
        election = CumulativeElection(
            seats=spec.seats,
            candidates=spec.candidates,
            ties=book.tie_policy(),
            names_limit=spec.names_limit,
        )
    ballots: list[CumulativeBallot] = []
    for number, ballot in enumerate(spec.ballots):
        with _at(source, f"{where}.ballots[{number}]"):
            ballots.append(CumulativeBallot(ballot.shares, ballot.votes, issued=ballot.issued))
    return CumulativeQuestion(title=spec.title, election=election, ballots=tuple(ballots))


def _build(raw: _File, source: str, base_dir: Path, data: bytes, anywhere: bool) -> Meeting:
    with _at(source, "rules"):
        book = _rulebook(raw.rules)
    with _at(source, "roll"):
        roll = Roll(raw.roll.members, excused=raw.roll.excused, present=raw.roll.present)
    questions: list[Question] = []
    for index, spec in enumerate(raw.questions):
        where = f"questions[{index}]"
        if isinstance(spec, _Ranked):
            questions.append(
                ranked_question(spec, book, source, where, base_dir, anywhere=anywhere)
            )
        elif isinstance(spec, _Seats):
            questions.append(seats_question(spec, book, source, where))
        elif isinstance(spec, _Cumulative):
            questions.append(_cumulative_question(spec, book, source, where))
        elif isinstance(spec, _Motion):
            questions.append(_motion_question(spec, book, roll, source, where))
        else:
            if spec.present is not None and spec.present > roll.members:
                raise _explain(
                    source,
                    f"{where}.present",
                    ReadError("forms.present", present=spec.present, members=roll.members),
                )
            questions.append(
                _election_question(spec, book, source, where, base_dir, anywhere=anywhere)
            )
    if not questions:
        raise _explain(source, "questions", ReadError("meeting.no_questions"))
    if raw.meeting.lang is not None:
        with _at(source, "meeting.lang"):
            check_language(raw.meeting.lang)
    lang = raw.meeting.lang or _book_lang(book)
    with _at(source, "minutes"):
        options = _minutes_options(raw.minutes, book.key)
    return Meeting(
        name=raw.meeting.name,
        body=raw.meeting.body,
        date=raw.meeting.date,
        place=raw.meeting.place,
        lang=lang,
        locality=raw.meeting.locality,
        congress=raw.meeting.congress,
        term=raw.meeting.term,
        committee=tuple(raw.meeting.committee),
        polling=_polling(raw.meeting.polling, source),
        minutes=options,
        rulebook=book,
        roll=roll,
        questions=tuple(questions),
        source=source,
        source_bytes=data,
    )


def _polling(spec: _Polling, source: str) -> PollingDetails:
    for name in ("box_witnesses", "count_witnesses"):
        witnesses = getattr(spec, name)
        if len(witnesses) > 2:
            where = f"meeting.polling.{name}"
            raise _explain(
                source, where, ReadError("forms.witnesses", name=name, count=len(witnesses))
            )
    with _at(source, "meeting.polling"):
        return PollingDetails(
            province=spec.province,
            commune=spec.commune,
            polling_area=spec.polling_area,
            constituency=spec.constituency,
            communes=tuple(spec.communes),
            box_witnesses=tuple(spec.box_witnesses),
            count_witnesses=tuple(spec.count_witnesses),
        )


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
            raise ReadError("meeting.syntax", detail=toml_error) from None
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
        where, problem = next(_problems(error, ""))
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
