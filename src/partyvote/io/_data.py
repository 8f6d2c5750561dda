"""Meeting results as plain data, on the shared :data:`partyvote.converter`: the shape of the
JSON minutes (:func:`partyvote.report.minutes_data` adds the explanations)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from partyvote._convert import ballots_data, converter
from partyvote.io._meeting import meeting_data
from partyvote.io._questions import Outcome
from partyvote.io.meeting import (
    CumulativeOutcome,
    ElectionOutcome,
    MeetingResult,
    MotionOutcome,
    RankedOutcome,
    SeatsOutcome,
)

__all__: list[str] = []


def _outcome(outcome: Outcome) -> dict[str, Any]:
    if isinstance(outcome, RankedOutcome):
        ranked: dict[str, Any] = converter.unstructure(outcome.result)
        seats = outcome.result.election.seats
        return {"type": "ranked", "title": outcome.title, "seats": seats, **ranked}
    if isinstance(outcome, SeatsOutcome):
        shared: dict[str, Any] = converter.unstructure(outcome.allocation)
        apportionment = shared.pop("apportionment")
        groups = [
            {"name": group, "votes": votes, "seats": seats}
            for (group, seats), (_, votes) in zip(
                shared.pop("seats"), shared.pop("votes"), strict=True
            )
        ]
        return {
            "type": "seats",
            "title": outcome.title,
            "seats": apportionment["seats"],
            "apportionment": apportionment,
            "groups": groups,
            **shared,
        }
    if isinstance(outcome, CumulativeOutcome):
        counted: dict[str, Any] = converter.unstructure(outcome.result)
        return {"type": "cumulative", "title": outcome.title, **counted}
    if isinstance(outcome, MotionOutcome):
        decision = outcome.decision
        return {
            "type": "motion",
            "title": outcome.title,
            "kind": outcome.kind,
            "votes": converter.unstructure(outcome.votes),
            "decision": converter.unstructure(decision),
            "quorum": None if decision.quorum is None else converter.unstructure(decision.quorum),
        }
    result: dict[str, Any] = converter.unstructure(outcome.result)
    ballots = {"issued": outcome.issued, "present": outcome.present, **ballots_data(outcome.result)}
    stations = [{"name": name, "cast": tally.cast} for name, tally in outcome.stations]
    return {
        "type": "election",
        "title": outcome.title,
        "seats": result.pop("seats"),
        "threshold": result.pop("threshold"),
        "ballots": ballots,
        "stations": stations,
        **{key: value for key, value in result.items() if key != "ballots"},
    }


def _exactly(cls: type) -> Callable[[Any], bool]:
    return lambda given: given is cls


MEETING_FIELDS = (
    "name",
    "body",
    "date",
    "place",
    "locality",
    "congress",
    "term",
    "committee",
    "rulebook",
    "percent_digits",
    "lang",
)
"""The meeting's fields in the data of its result (and in the JSON minutes)."""


def meeting_fields(meeting: dict[str, Any]) -> dict[str, Any]:
    """The meeting's fields of its result, from :func:`meeting_data`: :data:`MEETING_FIELDS`,
    and the ``[meeting.polling]`` details where the file gave any (the inputs' digest covers
    them, so the minutes carry them; a file without them gives the minutes it gave before)."""
    fields = {key: meeting[key] for key in MEETING_FIELDS}
    if any(meeting["polling"].values()):
        fields["polling"] = meeting["polling"]
    return fields


def _meeting_result(result: MeetingResult) -> dict[str, Any]:
    meeting = meeting_data(result.meeting)
    return {
        "format": "partyvote-minutes/1",
        "inputs_sha256": result.digest,
        "meeting": {
            **meeting_fields(meeting),
            # The rules as counted, in words (English, like the key): the statute, and whether
            # the meeting file amended it; the party's forms cite only the regulation.
            "rulebook_title": result.meeting.rulebook.title,
        },
        "roll": meeting["roll"],
        "questions": [_outcome(outcome) for outcome in result.questions],
    }


for _cls, _hook in (
    (MeetingResult, _meeting_result),
    (MotionOutcome, _outcome),
    (ElectionOutcome, _outcome),
    (CumulativeOutcome, _outcome),
    (RankedOutcome, _outcome),
    (SeatsOutcome, _outcome),
):
    converter.register_unstructure_hook_func(_exactly(_cls), _hook)
