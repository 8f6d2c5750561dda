"""The organising committee's overview: many meetings' minutes gathered in one report.

A province pilots the direct election of party secretaries at its grassroots congresses;
each congress counts its own votes and writes its minutes (``partyvote count --format
json``).  :func:`summary` reads them all and says how many units held their congress, how
many were quorate, how each secretary was elected (unanimously — "số phiếu tuyệt đối",
every valid ballot —, by an absolute majority, or not, and what comes next), the committee
seats filled and left empty, the invalid ballots by reason, and how the shares of votes are
spread.  Questions counted by ranked ballots, cumulative voting or as seats among groups are
listed with the seats they filled, outside those totals.  It reads JSON files and folders of
them, or counted meetings in Python.

Every file is checked: its format, its seal (``minutes_sha256``, the digest of its own
content), that its numbers add up, and that no meeting is given twice; a file that fails is
refused with an error that names it, never skipped.

>>> from partyvote.io.meeting import loads
>>> counted = loads('''
... [meeting]
... name = "Đại hội Chi bộ 3"
... body = "Chi bộ 3"
... [rules]
... rulebook = "vn-party-2024"
... [roll]
... members = 11
... present = 11
... [[questions]]
... type = "election"
... title = "Bầu bí thư"
... seats = 1
... candidates = ["An"]
... tallies = [{ name = "1", cast = 11, votes = { "An" = 11 } }]
... ''').count()
>>> data = summary_data([counted], planned=["Chi bộ 3", "Chi bộ 4"])
>>> data["totals"]["held"], data["totals"]["planned"], data["totals"]["heads_unanimous"]
(1, 2, 1)
>>> print(summary([counted], lang="en").splitlines()[0])
Overview of the congresses
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, Final

from partyvote._i18n.catalog import Message
from partyvote.errors import ReportError, check_language
from partyvote.report._aggregate import BANDS, distribution, head_next, head_result, totals
from partyvote.report._records import (
    CountedRecord,
    ElectionRecord,
    MeetingRecord,
    MotionRecord,
    Question,
    Source,
    gather,
)

__all__ = ["SUMMARY_FORMATS", "summary", "summary_data"]


def __dir__() -> list[str]:
    return __all__


SUMMARY_FORMATS: Final = ("text", "markdown", "html", "json")
"""The formats :func:`summary` writes."""


def _planned(planned: Sequence[str] | None, records: Sequence[MeetingRecord]) -> None:
    if planned is None:
        return
    seen: set[str] = set()
    for unit in planned:
        if unit in seen:
            raise ReportError(Message("summary.planned_twice", unit=unit))
        seen.add(unit)
    for record in records:
        if record.unit not in seen:
            raise ReportError(Message("summary.unplanned", path=record.source, unit=record.unit))


def overview(
    sources: Iterable[Source], planned: Sequence[str] | None = None
) -> tuple[MeetingRecord, ...]:
    """The meetings of *sources*, read, checked against *planned*, in order of date."""
    records = gather(sources)
    _planned(planned, records)
    return tuple(sorted(records, key=lambda r: (r.date or "", r.unit, r.name, r.source)))


def _election_data(election: ElectionRecord) -> dict[str, Any]:
    return {
        "title": election.title,
        "type": "election",
        "seats": election.seats,
        "elected": [candidate.name for candidate in election.elected],
        "unfilled": election.seats - len(election.elected),
    }


def _question_data(question: Question) -> dict[str, Any]:
    if isinstance(question, MotionRecord):
        return {"title": question.title, "type": "motion", "passed": question.passed}
    if isinstance(question, CountedRecord):
        return {
            "title": question.title,
            "type": question.kind,
            "seats": question.seats,
            "filled": question.filled,
            "elected": list(question.elected),
            "unfilled": question.unfilled,
        }
    return _election_data(question)


def _head_data(election: ElectionRecord) -> dict[str, Any]:
    result = head_result(election)
    # The candidate with the most votes (the first listed), elected or not.
    candidate = election.elected[0] if election.elected else election.candidates[0]
    return {
        "name": candidate.name,
        "votes": candidate.votes,
        "valid": election.valid,
        "base_size": candidate.base_size,
        "share": None if candidate.share is None else str(candidate.share),
        "result": result,
        "next": head_next(election) if result == "failed" else None,
    }


def _meeting_data(record: MeetingRecord) -> dict[str, Any]:
    return {
        "source": record.source,
        "name": record.name,
        "unit": record.unit,
        "date": record.date,
        "roll": {
            "members": record.members,
            "excused": record.excused,
            "convened": record.convened,
            "present": record.present,
        },
        "quorate": record.quorate,
        "inputs_sha256": record.inputs_sha256,
        "questions": [_question_data(question) for question in record.questions],
        "head": None if record.head is None else _head_data(record.head),
    }


def _data(
    records: Sequence[MeetingRecord], planned: Sequence[str] | None, lang: str
) -> dict[str, Any]:
    held = {record.unit for record in records}
    return {
        "format": "partyvote-summary/1",
        "lang": lang,
        "planned": None if planned is None else list(planned),
        "not_held": [] if planned is None else [unit for unit in planned if unit not in held],
        "totals": totals(records, planned),
        "meetings": [_meeting_data(record) for record in records],
        "distribution": [
            {
                "from": str(low),
                "below": None if high is None else str(high),
                "heads": heads,
                "members": members,
            }
            for (low, high), (heads, members) in zip(BANDS, distribution(records), strict=True)
        ],
    }


def _language(lang: str | None, records: Sequence[MeetingRecord]) -> str:
    """*lang*, or the minutes' language when they all share one, else English."""
    if lang is None:
        languages = {record.lang for record in records}
        lang = languages.pop() if len(languages) == 1 else "en"
    return check_language(lang)


def summary_data(
    sources: Iterable[Source], *, planned: Sequence[str] | None = None, lang: str | None = None
) -> dict[str, Any]:
    """The overview as plain data: what ``partyvote summary --format json`` writes.

    :param sources: counted meetings (:class:`~partyvote.io.meeting.MeetingResult`), JSON
        minutes as data, or paths of JSON minutes or of folders holding them (``*.json``).
    :param planned: the units expected to meet (the bodies named in the minutes), so that
        "11 of 26 held" can be said; a meeting of a unit not listed is refused.

    :param lang: the language of the overview; by default the minutes' own, when they all
        share one, else English.

    Shares are exact fractions (``"101/117"``), of the base the election's rule counts.
    """
    if lang is not None:
        check_language(lang)
    records = overview(sources, planned)
    return _data(records, planned, _language(lang, records))


def summary(
    sources: Iterable[Source],
    *,
    planned: Sequence[str] | None = None,
    format: str = "text",
    lang: str | None = None,
    charts: bool | None = None,
) -> str:
    """The overview of the meetings in *sources* in *format* (:data:`SUMMARY_FORMATS`).

    See :func:`summary_data` for *sources*, *planned* and *lang*.  The HTML page carries charts
    when the optional extra ``partyvote[charts]`` (matplotlib) is installed, unless
    *charts* is ``False``; without it, the page says how to get them.
    """
    if lang is not None:
        check_language(lang)
    if format not in SUMMARY_FORMATS:
        raise ReportError(
            Message("summary.format_unknown", value=format, valid=", ".join(SUMMARY_FORMATS))
        )
    records = overview(sources, planned)
    lang = _language(lang, records)
    if format == "json":
        data = _data(records, planned, lang)
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    from partyvote.report._overview import render_overview

    return render_overview(records, planned, format=format, lang=lang, charts=charts)
