"""The organising committee's overview: many meetings' minutes gathered in one report.

A province pilots the direct election of party secretaries at its grassroots congresses;
each congress counts its own votes and writes its minutes (``partyvote count --format
json``).  :func:`summary` reads them all and says how many units held their congress, how
many were quorate, how each secretary was elected (unanimously — "số phiếu tuyệt đối",
every valid ballot —, by an absolute majority, or not, and what comes next), the committee
seats filled and left empty, the invalid ballots by reason, and how the shares of votes are
spread.  It reads JSON files and folders of them, or counted meetings in Python.

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
from collections import Counter
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any, Final

from partyvote._i18n.catalog import Message
from partyvote.errors import ReportError, check_language
from partyvote.report._records import ElectionRecord, MeetingRecord, MotionRecord, Source, gather

__all__ = ["SUMMARY_FORMATS", "summary", "summary_data"]


def __dir__() -> list[str]:
    return __all__


SUMMARY_FORMATS: Final = ("text", "markdown", "html", "json")
"""The formats :func:`summary` writes."""

#: The bands of the distribution of shares, highest first: [low, high), and 100 % alone.
BANDS: Final[tuple[tuple[Fraction, Fraction | None], ...]] = (
    (Fraction(1), None),
    (Fraction(9, 10), Fraction(1)),
    (Fraction(8, 10), Fraction(9, 10)),
    (Fraction(7, 10), Fraction(8, 10)),
    (Fraction(6, 10), Fraction(7, 10)),
    (Fraction(1, 2), Fraction(6, 10)),
    (Fraction(0), Fraction(1, 2)),
)


def band(share: Fraction) -> int:
    """The index in :data:`BANDS` of the band holding *share*.

    >>> band(Fraction(1)), band(Fraction(99, 100)), band(Fraction(1, 2)), band(Fraction(1, 3))
    (0, 1, 5, 6)
    """
    return next(index for index, (low, _) in enumerate(BANDS) if share >= low)


def head_result(election: ElectionRecord) -> str:
    """How the secretary's direct election ended: ``unanimous`` (every valid ballot),
    ``majority`` (elected by more than half), ``elected`` (by another rule) or ``failed``."""
    if not election.elected:
        return "failed"
    if election.elected[0].votes == election.valid > 0:
        return "unanimous"
    return "majority" if election.majority else "elected"


def head_next(election: ElectionRecord) -> str:
    """What follows a failed direct election: ``again``, ``round`` or ``names``."""
    if election.status == "no-quorum":
        return "again"
    return "names" if election.next_names is None else "round"


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


def totals(records: Sequence[MeetingRecord], planned: Sequence[str] | None) -> dict[str, Any]:
    heads = [record.head for record in records if record.head is not None]
    results = Counter(head_result(head) for head in heads)
    committees = [record.committee for record in records if record.committee is not None]
    invalid: Counter[str] = Counter()
    for record in records:
        for question in record.questions:
            if isinstance(question, ElectionRecord):
                invalid.update(dict(question.invalid))
    return {
        "planned": None if planned is None else len(planned),
        "held": len(records),
        "quorate": sum(1 for record in records if record.quorate),
        "heads_elected": len(heads) - results["failed"],
        "heads_unanimous": results["unanimous"],
        "heads_failed": results["failed"],
        "committee_filled": sum(len(c.elected) for c in committees),
        "committee_empty": sum(c.seats - len(c.elected) for c in committees),
        "invalid": dict(sorted(invalid.items())),
    }


def distribution(records: Sequence[MeetingRecord]) -> list[tuple[int, int]]:
    """Per band of :data:`BANDS`: the secretaries and the committee members elected in it."""
    counts = [[0, 0] for _ in BANDS]
    for record in records:
        for column, election in enumerate((record.head, record.committee)):
            for candidate in () if election is None else election.elected:
                if candidate.share is not None:
                    counts[band(candidate.share)][column] += 1
    return [(heads, members) for heads, members in counts]


def _election_data(election: ElectionRecord) -> dict[str, Any]:
    return {
        "title": election.title,
        "type": "election",
        "seats": election.seats,
        "elected": [candidate.name for candidate in election.elected],
        "unfilled": election.seats - len(election.elected),
    }


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
        "questions": [
            {"title": q.title, "type": "motion", "passed": q.passed}
            if isinstance(q, MotionRecord)
            else _election_data(q)
            for q in record.questions
        ],
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


def summary_data(
    sources: Iterable[Source], *, planned: Sequence[str] | None = None, lang: str = "en"
) -> dict[str, Any]:
    """The overview as plain data: what ``partyvote summary --format json`` writes.

    :param sources: counted meetings (:class:`~partyvote.io.meeting.MeetingResult`), JSON
        minutes as data, or paths of JSON minutes or of folders holding them (``*.json``).
    :param planned: the units expected to meet (the bodies named in the minutes), so that
        "11 of 26 held" can be said; a meeting of a unit not listed is refused.

    Shares are exact fractions (``"101/117"``), of the base the election's rule counts.
    """
    lang = check_language(lang)
    records = overview(sources, planned)
    return _data(records, planned, lang)


def summary(
    sources: Iterable[Source],
    *,
    planned: Sequence[str] | None = None,
    format: str = "text",
    lang: str = "en",
    charts: bool | None = None,
) -> str:
    """The overview of the meetings in *sources* in *format* (:data:`SUMMARY_FORMATS`).

    See :func:`summary_data` for *sources* and *planned*.  The HTML page carries charts
    when the optional extra ``partyvote[charts]`` (matplotlib) is installed, unless
    *charts* is ``False``; without it, the page says how to get them.
    """
    lang = check_language(lang)
    if format not in SUMMARY_FORMATS:
        raise ReportError(
            Message("summary.format_unknown", value=format, valid=", ".join(SUMMARY_FORMATS))
        )
    records = overview(sources, planned)
    if format == "json":
        data = _data(records, planned, lang)
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    from partyvote.report._overview import render_overview

    return render_overview(records, planned, format=format, lang=lang, charts=charts)
