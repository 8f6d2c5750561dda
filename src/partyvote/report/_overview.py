"""The overview laid out as blocks, for the text, Markdown and HTML renderers."""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence

from partyvote._i18n.catalog import render
from partyvote._i18n.numbers import format_int
from partyvote.report._aggregate import (
    BANDS,
    band_label,
    distribution,
    head_words,
    invalid_reason,
    percent,
    totals,
)
from partyvote.report._records import (
    CandidateRecord,
    CountedRecord,
    MeetingRecord,
    MotionRecord,
    Question,
)
from partyvote.report.blocks import Block, Figure, Heading, Para, Table
from partyvote.report.renderers import to_html, to_markdown, to_text


def render_overview(
    records: Sequence[MeetingRecord],
    planned: Sequence[str] | None,
    *,
    format: str,
    lang: str,
    charts: bool | None,
) -> str:
    """The overview in *format* (text, markdown or html)."""
    blocks = list(_blocks(records, planned, lang))
    if format == "text":
        return to_text(blocks)
    if format == "markdown":
        return to_markdown(blocks)
    if charts is not False:
        blocks += _chart_blocks(records, lang)
    return to_html(blocks, title=render("summary.title", lang), lang=lang)


def _chart_blocks(records: Sequence[MeetingRecord], lang: str) -> list[Block]:
    from partyvote.report._charts import draw

    drawn = draw(records, lang)
    heading: list[Block] = [Heading(2, render("summary.charts", lang))]
    if drawn is None:
        return [*heading, Para(render("summary.charts.missing", lang))]
    if not drawn:
        return []
    return heading + [Figure(caption, svg) for caption, svg in drawn]


def _date(text: str | None, lang: str) -> str | None:
    if text is None:
        return None
    try:
        value = datetime.date.fromisoformat(text)
    except ValueError:
        return text
    month = render(f"month.{value.month}", lang)
    return render("report.date", lang, day=value.day, month=month, year=value.year)


def _share(candidate: CandidateRecord, lang: str) -> str:
    share = candidate.share
    return "-" if share is None else percent(share, lang)


def _totals_blocks(
    records: Sequence[MeetingRecord], planned: Sequence[str] | None, lang: str
) -> Iterator[Block]:
    def n(value: int) -> str:
        return format_int(value, lang)

    counted = totals(records, planned)
    yield Heading(2, render("summary.totals", lang))
    if planned is not None:
        yield Para(
            render("summary.held_of", lang, held=n(counted["held"]), planned=n(len(planned)))
        )
        held = {record.unit for record in records}
        missing = [unit for unit in planned if unit not in held]
        if missing:
            yield Para(render("summary.not_held", lang, units="; ".join(missing)))
    rows = [] if planned is None else [("planned", len(planned))]
    rows += [
        ("held", counted["held"]),
        ("quorate", counted["quorate"]),
        ("heads", counted["heads_elected"]),
        ("unanimous", counted["heads_unanimous"]),
        ("heads_failed", counted["heads_failed"]),
        ("filled", counted["committee_filled"]),
        ("empty", counted["committee_empty"]),
        ("invalid", sum(counted["invalid"].values())),
    ]
    cells = [(render(f"summary.row.{key}", lang), n(value)) for key, value in rows]
    cells += [
        (f"  - {invalid_reason(reason, lang)}", n(count))
        for reason, count in counted["invalid"].items()
    ]
    yield Table(
        headers=(render("summary.item", lang), render("summary.count", lang)),
        rows=tuple(cells),
        numeric=(False, True),
    )


def _heads_blocks(records: Sequence[MeetingRecord], lang: str) -> Iterator[Block]:
    yield Heading(2, render("summary.heads", lang))
    rows = []
    for record in records:
        election = record.head
        if election is None:
            continue
        candidate = election.elected[0] if election.elected else election.candidates[0]
        rows.append(
            (
                record.unit,
                candidate.name,
                format_int(candidate.votes, lang),
                format_int(election.valid, lang),
                f"{_share(candidate, lang)} / {format_int(candidate.base_size, lang)}",
                head_words(election, lang),
            )
        )
    if not rows:
        yield Para(render("summary.heads_none", lang))
        return
    columns = ("unit", "candidate", "votes", "valid", "share", "result")
    yield Table(
        headers=tuple(render(f"summary.col.{column}", lang) for column in columns),
        rows=tuple(rows),
        numeric=(False, False, True, True, True, False),
    )


def _distribution_blocks(records: Sequence[MeetingRecord], lang: str) -> Iterator[Block]:
    yield Heading(2, render("summary.distribution", lang))
    yield Para(render("summary.distribution.note", lang))
    yield Table(
        headers=tuple(
            render(f"summary.col.{column}", lang) for column in ("band", "heads", "members")
        ),
        rows=tuple(
            (band_label(low, high, lang), format_int(heads, lang), format_int(members, lang))
            for (low, high), (heads, members) in zip(BANDS, distribution(records), strict=True)
        ),
        numeric=(False, True, True),
    )


def _counted_outcome(question: CountedRecord, lang: str) -> str:
    if question.kind == "seats":
        outcome = render(
            "summary.outcome.seats",
            lang,
            filled=format_int(question.filled, lang),
            seats=format_int(question.seats, lang),
        )
    else:
        outcome = _filled(question.filled, question.seats, lang)
    kind = render(f"summary.kind.{question.kind}", lang)
    return render("summary.outcome.counted", lang, kind=kind, outcome=outcome)


def _outcome(question: Question, lang: str) -> str:
    if isinstance(question, MotionRecord):
        return render(f"summary.outcome.{'adopted' if question.passed else 'rejected'}", lang)
    if isinstance(question, CountedRecord):
        return _counted_outcome(question, lang)
    if question.seats == 1:
        candidate = question.elected[0] if question.elected else question.candidates[0]
        return render(
            "summary.outcome.head",
            lang,
            name=candidate.name,
            votes=format_int(candidate.votes, lang),
            share=_share(candidate, lang),
            base=format_int(candidate.base_size, lang),
            result=head_words(question, lang),
        )
    return _filled(len(question.elected), question.seats, lang)


def _filled(elected: int, seats: int, lang: str) -> str:
    """How many of the *seats* were filled, and how many are left empty."""
    empty = seats - elected
    return render(
        "summary.outcome.election" if empty else "summary.outcome.complete",
        lang,
        elected=format_int(elected, lang),
        seats=format_int(seats, lang),
        empty=format_int(empty, lang),
    )


def _meeting_blocks(record: MeetingRecord, lang: str) -> Iterator[Block]:
    def n(value: int) -> str:
        return format_int(value, lang)

    yield Heading(3, record.unit)
    if record.name != record.unit:
        yield Para(record.name)
    if (date := _date(record.date, lang)) is not None:
        yield Para(render("report.when", lang, date=date))
    present = render("report.unknown", lang) if record.present is None else n(record.present)
    yield Para(
        render(
            "report.roll",
            lang,
            members=n(record.members),
            excused=n(record.excused),
            convened=n(record.convened),
            present=present,
        )
    )
    quorum = {True: "met", False: "failed", None: "unknown"}[record.quorate]
    yield Para(render(f"summary.quorum.{quorum}", lang))
    yield Table(
        headers=tuple(render(f"summary.col.{c}", lang) for c in ("no", "question", "result")),
        rows=tuple(
            (str(number), question.title, _outcome(question, lang))
            for number, question in enumerate(record.questions, start=1)
        ),
        numeric=(True, False, False),
    )
    yield Para(render("summary.source", lang, path=record.source))


def _blocks(
    records: Sequence[MeetingRecord], planned: Sequence[str] | None, lang: str
) -> Iterator[Block]:
    yield Heading(1, render("summary.title", lang))
    yield Para(render("summary.compiled", lang, count=len(records)))
    yield from _totals_blocks(records, planned, lang)
    yield from _heads_blocks(records, lang)
    yield from _distribution_blocks(records, lang)
    yield Heading(2, render("summary.meetings", lang))
    for record in records:
        yield from _meeting_blocks(record, lang)
