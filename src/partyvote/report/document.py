"""Minutes of the count (biên bản kiểm phiếu), in Vietnamese and English.

:func:`minutes` renders a counted meeting as plain text, Markdown, a printable HTML page, or
canonical JSON that carries the SHA-256 digest of its inputs (for comparing independent
counts, see :func:`compare`).  Every sentence comes from the message catalog.

>>> from partyvote.io.meeting import loads
>>> counted = loads('''
... [meeting]
... name = "Chi bộ 3"
... [roll]
... members = 11
... present = 10
... [[questions]]
... type = "motion"
... title = "Nghị quyết"
... votes = { yes = 6, no = 4 }
... ''').count()
>>> print(minutes(counted, lang="en").splitlines()[0])
Minutes of the count
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator

from partyvote._i18n.catalog import Message, render
from partyvote._i18n.numbers import format_int
from partyvote.elections.rounds import Step, following_round, next_step
from partyvote.errors import ReportError, check_language
from partyvote.io.meeting import CumulativeOutcome, ElectionOutcome, MeetingResult, MotionOutcome
from partyvote.report.blocks import Block, Heading, Para, Signatures, Table
from partyvote.report.canonical import minutes_data
from partyvote.report.renderers import to_html, to_markdown, to_text
from partyvote.roll import Roll
from partyvote.rulebooks.model import Rulebook
from partyvote.rules.bases import PRESENT
from partyvote.rules.decision import Decision
from partyvote.rules.minimum import Minimum
from partyvote.rules.quorum import Quorum
from partyvote.rules.shares import SHARES_PRESENT, SHARES_VOTING, VOTING_SHARES, ShareQuorum
from partyvote.votes import Votes

__all__ = ["FORMATS", "minutes"]


def __dir__() -> list[str]:
    return __all__


FORMATS = ("text", "markdown", "html", "json")
"""The formats :func:`minutes` writes."""


def minutes(result: MeetingResult, *, format: str = "text", lang: str | None = None) -> str:
    """The minutes of *result* in *format* (:data:`FORMATS`) and *lang* (default: the meeting's)."""
    lang = check_language(lang or result.meeting.lang)
    if format == "json":
        return (
            json.dumps(minutes_data(result, lang), ensure_ascii=False, indent=2, sort_keys=True)
            + "\n"
        )
    blocks = list(_blocks(result, lang))
    if format == "text":
        return to_text(blocks)
    if format == "markdown":
        return to_markdown(blocks)
    if format == "html":
        return to_html(blocks, title=result.meeting.name, lang=lang)
    raise ReportError(Message("report.format", value=format, valid=", ".join(FORMATS)))


# --- words -----------------------------------------------------------------------------------


def _date(value: datetime.date, lang: str) -> str:
    month = render(f"month.{value.month}", lang)
    return render("report.date", lang, day=value.day, month=month, year=value.year)


def _next_step(outcome: ElectionOutcome, lang: str, require_threshold: bool) -> str:
    result = outcome.result
    step = next_step(result)
    if step is Step.COMPLETE:
        return render("next.complete", lang)
    if step is Step.AGAIN:
        return render("next.again", lang)
    following = following_round(result, require_threshold)
    if following is None:
        return render("next.new_names", lang, seats=format_int(result.unfilled, lang))
    key = "next.revote" if step is Step.REVOTE else "next.further"
    return render(
        f"{key}.threshold" if require_threshold else f"{key}.plurality",
        lang,
        seats=format_int(following.seats, lang),
        names=", ".join(following.candidates),
    )


# --- blocks ----------------------------------------------------------------------------------


def _blocks(result: MeetingResult, lang: str) -> Iterator[Block]:
    meeting = result.meeting

    def n(value: int) -> str:
        return format_int(value, lang)

    yield Heading(1, render("report.title", lang))
    yield Para(meeting.name)
    if meeting.body:
        yield Para(render("report.body", lang, body=meeting.body))
    if meeting.date is not None:
        yield Para(render("report.when", lang, date=_date(meeting.date, lang)))
    if meeting.place:
        yield Para(render("report.place", lang, place=meeting.place))
    yield Para(render("report.rulebook", lang, title=meeting.rulebook.title_in(lang)))
    roll = meeting.roll
    present = n(roll.present) if roll.present is not None else render("report.unknown", lang)
    yield Para(
        render(
            "report.roll_shares" if _in_shares(meeting.rulebook) else "report.roll",
            lang,
            members=n(roll.members),
            excused=n(roll.excused),
            convened=n(roll.convened),
            present=present,
        )
    )
    attendance = _attendance(meeting.rulebook.quorum, roll)
    said = ""
    if attendance is not None:
        said = render("explain.quorum", lang, text=attendance.explain(lang))
        yield Para(said)
    for number, outcome in enumerate(result.questions, start=1):
        yield Heading(2, f"{number}. {outcome.title}")
        if isinstance(outcome, CumulativeOutcome):
            yield from (Para(line) for line in outcome.result.explain(lang).splitlines())
        elif isinstance(outcome, MotionOutcome):
            yield from _motion_blocks(outcome, lang, said)
        else:
            yield from _election_blocks(outcome, lang, meeting.rulebook.revote_threshold, said)
    yield Para(render("report.digest", lang, digest=result.digest))
    yield Signatures(
        roles=(
            render("report.role_head", lang),
            render("report.role_member", lang),
            render("report.role_member", lang),
        ),
        note=render("report.signed", lang),
    )


def _in_shares(book: Rulebook) -> bool:
    """Whether *book* counts voting shares, so that its roll is in shares, not persons."""
    rules = (book.quorum, *(rule for _, rule in book.motions))
    return any(
        isinstance(rule, ShareQuorum)
        or getattr(rule, "base", None) in (VOTING_SHARES, SHARES_VOTING)
        for rule in rules
    )


def _attendance(rule: object, roll: Roll) -> Decision | None:
    """The meeting's quorum on attendance, when its rule counts those present."""
    if roll.present is None:
        return None
    if isinstance(rule, Quorum) and rule.counted in (PRESENT, SHARES_PRESENT):
        return rule.decide(roll)
    if isinstance(rule, Minimum) and rule.counted is PRESENT:
        return rule.decide(Votes(0), roll=roll)
    return None


def _motion_blocks(outcome: MotionOutcome, lang: str, said: str) -> Iterator[Block]:
    votes = outcome.votes

    def n(value: int) -> str:
        return format_int(value, lang)

    yield Para(
        render(
            "report.votes",
            lang,
            yes=n(votes.yes),
            no=n(votes.no),
            abstain=n(votes.abstain),
            blank=n(votes.blank),
            invalid=n(votes.invalid),
        )
    )
    # The meeting's quorum is stated once at the top; a question repeats only a different one.
    yield from (Para(line) for line in outcome.decision.explain(lang).splitlines() if line != said)
    key = "report.adopted" if outcome.decision.passed else "report.rejected"
    yield Para(render(key, lang))


def _election_blocks(
    outcome: ElectionOutcome, lang: str, require_threshold: bool, said: str
) -> Iterator[Block]:
    result = outcome.result

    def n(value: int) -> str:
        return format_int(value, lang)

    yield Para(result.header(lang))
    if len(outcome.stations) > 1:
        names = ", ".join(name for name, _ in outcome.stations)
        yield Para(render("report.stations", lang, names=names))
    rows: list[tuple[str, str]] = []
    if outcome.issued is not None:
        rows.append((render("report.issued", lang), n(outcome.issued)))
    rows.append((render("report.cast", lang), n(result.cast)))
    rows.append((render("report.valid", lang), n(result.valid)))
    if result.blank:
        rows.append((render("report.blank", lang), n(result.blank)))
    rows.append((render("report.invalid", lang), n(result.invalid_total)))
    for reason, count in sorted(result.invalid.items(), key=lambda item: item[0].value):
        rows.append((f"  - {render('invalid.' + reason.value, lang)}", n(count)))
    yield Table(
        headers=(render("report.item", lang), render("report.count", lang)),
        rows=tuple(rows),
        numeric=(False, True),
    )
    if result.quorum is not None:
        quorum = render("explain.quorum", lang, text=result.quorum.explain(lang))
        if quorum != said:
            yield Para(quorum)
    yield Table(
        headers=tuple(
            render(f"report.col_{name}", lang)
            for name in ("rank", "name", "votes", "share", "needed", "result")
        ),
        rows=tuple(
            (
                str(candidate.rank),
                candidate.name,
                n(candidate.votes),
                f"{candidate.share_text(lang)} / {n(candidate.decision.base_size)}",
                n(candidate.decision.required),
                result.verdict(candidate, lang),
            )
            for candidate in result.candidates
        ),
        numeric=(True, False, True, True, True, False),
    )
    yield Para(result.summary(lang))
    yield Para(_next_step(outcome, lang, require_threshold))
