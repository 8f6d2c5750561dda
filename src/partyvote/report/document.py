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
COMMUNIST PARTY OF VIETNAM
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Generator, Iterator

from partyvote._i18n.catalog import Message, own_key, render
from partyvote._i18n.numbers import format_int
from partyvote.errors import ReportError, check_language
from partyvote.io._questions import Outcome
from partyvote.io.meeting import ElectionOutcome, Meeting, MeetingResult, MotionOutcome
from partyvote.report import _state
from partyvote.report._question_blocks import _question, quorum_text
from partyvote.report._state import capital, said_date
from partyvote.report.blocks import Block, Header, Heading, Keep, NewPage, Para, Signatures, Table
from partyvote.report.canonical import minutes_data
from partyvote.report.renderers import to_html, to_markdown, to_text
from partyvote.roll import Roll
from partyvote.rulebooks.model import Rulebook
from partyvote.rules.bases import PRESENT, Base
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
    """The minutes of *result* in *format* (:data:`FORMATS`) and *lang* (default: the meeting's).

    The layout follows the meeting's :class:`~partyvote.io.MinutesOptions`: the party's
    forms (one signed biên bản per ballot) for the party's rulebooks, a combined plain report
    otherwise.
    """
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
        return to_html(
            blocks, title=result.meeting.name, lang=lang, page=render("forms.page", lang)
        )
    raise ReportError(Message("report.format", value=format, valid=", ".join(FORMATS)))


# --- blocks ----------------------------------------------------------------------------------


def _blocks(result: MeetingResult, lang: str) -> Iterator[Block]:
    meeting = result.meeting
    if meeting.minutes.per_ballot:
        for index, outcome in enumerate(result.questions):
            if index:
                yield NewPage()
            yield from _front(meeting, lang)
            yield Para(outcome.title)
            said = yield from _preamble(meeting, outcome, lang)
            body, results = _question(meeting, outcome, lang, said)
            yield from body
            yield Keep((*results, *_closing(result, lang)))
        return
    yield from _front(meeting, lang)
    said = yield from _preamble(meeting, None, lang)
    for number, outcome in enumerate(result.questions, start=1):
        yield Heading(2, f"{number}. {outcome.title}")
        if meeting.minutes.form == "party":
            yield from _ballot_preamble(meeting, outcome, lang)
        elif meeting.minutes.state:
            yield from _state.figures(meeting, outcome, lang)
        body, results = _question(meeting, outcome, lang, said)
        yield from body
        yield from results
    yield Keep(tuple(_closing(result, lang)))


def _front(meeting: Meeting, lang: str) -> Iterator[Block]:
    """The top of the form: the party's or the state's header, or the meeting named in plain
    paragraphs."""
    form = meeting.minutes.form
    if meeting.minutes.state:
        yield from _state.front(meeting, lang)
        return
    if form == "plain":
        yield Heading(1, render("report.title", lang))
        yield Para(meeting.name)
        if meeting.body:
            yield Para(render("report.body", lang, body=meeting.body))
        if meeting.date is not None:
            yield Para(render("report.when", lang, date=said_date(meeting.date, lang)))
        if meeting.place:
            yield Para(render("report.place", lang, place=meeting.place))
        return
    left = [meeting.body.upper()] if meeting.body else []
    book = meeting.rulebook
    date = None if meeting.date is None else said_date(meeting.date, lang, book)
    dateline = []
    if date is not None and meeting.minutes.dated:
        dateline.append(
            render("forms.dateline", lang, locality=meeting.locality, date=date)
            if meeting.locality
            else capital(date)
        )
    if meeting.congress:
        left.append(book.say("forms.congress", lang, congress=meeting.congress))
    if meeting.term:
        left.append(render("forms.term", lang, term=meeting.term))
    yield Header(tuple(left), (render("forms.party", lang), *dateline))
    yield Heading(1, render("report.title", lang))


def _preamble(meeting: Meeting, outcome: Outcome | None, lang: str) -> Generator[Block, None, str]:
    """What the minutes state before the count: the opening formula (party) or the rules and
    roll (plain), and the meeting's quorum; returns the quorum sentence said."""
    party = meeting.minutes.form == "party"
    book = meeting.rulebook
    if party and outcome is not None:
        when = (
            ""
            if meeting.date is None
            else render("forms.on_date", lang, date=said_date(meeting.date, lang, book))
        )
        key = (
            "forms.opening.motion"
            if isinstance(outcome, MotionOutcome)
            else "forms.opening.election"
        )
        rules = _regulation(book, lang)
        yield Para(book.say(key, lang, meeting=meeting.name, when=when, rules=rules))
        if meeting.place:
            yield Para(render("report.place", lang, place=meeting.place))
        yield from _ballot_preamble(meeting, outcome, lang)
    else:
        yield Para(render("report.rulebook", lang, title=meeting.rulebook.title_in(lang)))
        if meeting.minutes.form == "plain":
            yield Para(_roll(meeting, lang))
        if meeting.minutes.state:
            yield from _state.preamble(meeting, lang)
            if outcome is not None:
                yield from _state.figures(meeting, outcome, lang)
    attendance = _attendance(meeting.rulebook.quorum, meeting.roll)
    said = ""
    if attendance is not None:
        said = quorum_text(attendance, meeting.rulebook, lang, party)
        yield Para(said)
    return said


def _base_label(book: Rulebook, lang: str) -> str:
    """The name of the base *book*'s elections (else its motions) are decided on."""
    rule = book.election_threshold or dict(book.motions).get("ordinary")
    base = getattr(rule, "base", None)
    return base.label(lang) if isinstance(base, Base) else ""


def _regulation(book: Rulebook, lang: str) -> str:
    """The regulation the party's opening formula cites, from the rulebook's first source
    ("Quy chế bầu cử trong Đảng, Quyết định 190-QĐ/TW", 2024-10-10): its name, the decision
    that issued it and the date, as the forms cite it; the rulebook's title otherwise.  Never
    the meeting file's amendments: those stay in the JSON minutes' rulebook title."""
    key = own_key(book.wording, "forms.regulation")
    source = book.sources[0] if book.sources else None
    if key == "forms.regulation" or source is None:
        return book.title_in(lang)
    name, found, decision = source.document.partition(", Quyết định ")
    try:
        issued = datetime.date.fromisoformat(source.date)
    except ValueError:
        return book.title_in(lang)
    if not found:
        return book.title_in(lang)
    return render(key, lang, name=name, decision=decision, date=said_date(issued, lang, book))


def _roll(meeting: Meeting, lang: str) -> str:
    roll = meeting.roll
    present = (
        format_int(roll.present, lang)
        if roll.present is not None
        else render("report.unknown", lang)
    )
    return meeting.rulebook.say(
        "report.roll_shares" if _in_shares(meeting.rulebook) else "report.roll",
        lang,
        members=format_int(roll.members, lang),
        excused=format_int(roll.excused, lang),
        convened=format_int(roll.convened, lang),
        present=present,
    )


def _ballot_preamble(meeting: Meeting, outcome: Outcome, lang: str) -> Iterator[Block]:
    """The forms' lines before a ballot: seats decided, the approved list in ballot order,
    the counting committee, attendance at the time of voting."""

    def n(value: int) -> str:
        return format_int(value, lang)

    if isinstance(outcome, ElectionOutcome):
        election = outcome.result.election
        # Delegates to the congress above: the higher committee allocates the number, the
        # congress does not vote it.
        seats = "forms.seats_allocated" if outcome.allocated else "forms.seats"
        yield Para(meeting.rulebook.say(seats, lang, seats=n(election.seats)))
        yield Para(meeting.rulebook.say("forms.list", lang, count=len(election.candidates)))
        yield Table(
            headers=(render("report.col_rank", lang), render("report.col_name", lang)),
            rows=tuple((str(number), name) for number, name in enumerate(election.candidates, 1)),
            numeric=(True, False),
        )
    if meeting.committee:
        yield Para(meeting.rulebook.say("forms.committee", lang))
        for number, name in enumerate(meeting.committee, start=1):
            role = render("forms.head" if number == 1 else "forms.member", lang)
            yield Para(render("forms.committee_line", lang, number=number, name=name, role=role))
    roll = meeting.roll
    present = outcome.present if isinstance(outcome, ElectionOutcome) else None
    if present is None:
        present = roll.present
    if present is None:
        yield Para(_roll(meeting, lang))
    else:
        yield Para(
            meeting.rulebook.say(
                "forms.attendance",
                lang,
                members=n(roll.members),
                excused=n(roll.excused),
                present=n(present),
                absent=n(roll.members - present),
            )
        )
    # The base the results are reckoned on, defined once (the share column names its size).
    book = meeting.rulebook
    if own_key(book.wording, "forms.base") != "forms.base":
        yield Para(
            book.say(
                "forms.base" if roll.excused else "forms.base.none",
                lang,
                members=n(roll.members),
                excused=n(roll.excused),
                convened=n(roll.convened),
                base=_base_label(book, lang),
                people=book.say("forms.people", lang),
            )
        )


def _closing(result: MeetingResult, lang: str) -> Iterator[Heading | Para | Table | Signatures]:
    meeting = result.meeting
    committee = meeting.committee
    if meeting.minutes.state:
        yield from _state.closing(result, lang)
        return
    if meeting.minutes.form == "party":
        yield Para(meeting.rulebook.say("forms.closing", lang))
        yield Para(render("report.digest", lang, digest=result.digest))
        yield Signatures(
            on_behalf=render("forms.on_behalf", lang),
            roles=(render("forms.head_title", lang),),
            hint=render("forms.sign_hint", lang),
            names=committee[:1],
        )
        return
    yield Para(render("report.digest", lang, digest=result.digest))
    members = max(len(committee), 3) - 1
    yield Signatures(
        roles=(
            render("report.role_head", lang),
            *(render("report.role_member", lang) for _ in range(members)),
        ),
        note=render("report.signed", lang),
        names=(*committee, *("",) * (members + 1 - len(committee))) if committee else (),
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
