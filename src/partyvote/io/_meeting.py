"""A meeting and its result: counting its questions, and the inputs as data, whose digest
the minutes carry (see :mod:`partyvote.io.meeting`)."""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from attrs import Factory, field, frozen

from partyvote._convert import converter
from partyvote._i18n.catalog import Message
from partyvote.elections.tally import Tally
from partyvote.errors import MeetingError, PartyvoteError, TallyError
from partyvote.io._calculators import (
    RankedOutcome,
    RankedQuestion,
    SeatsOutcome,
    SeatsQuestion,
    count_ranked,
    count_seats,
)
from partyvote.io._questions import (
    CumulativeOutcome,
    CumulativeQuestion,
    ElectionOutcome,
    ElectionQuestion,
    MotionOutcome,
    MotionQuestion,
    Outcome,
    Question,
)
from partyvote.io._shape import _explain
from partyvote.io.ballots import read_ballots
from partyvote.io.forms import MinutesOptions, PollingDetails
from partyvote.roll import Roll
from partyvote.rulebooks.model import Rulebook


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
                python = not self.source_bytes
                raise _explain(self.source, where, error, python=python) from None
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
            allocated=question.allocated,
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
            # Only when given, so that the digest of earlier meetings stays as it was.
            **(
                {"invalid": {reason.value: count for reason, count in question.invalid}}
                if question.invalid
                else {}
            ),
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
