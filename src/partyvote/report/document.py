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

import json
from collections.abc import Generator, Iterator

from partyvote._i18n.catalog import Message, render
from partyvote._i18n.numbers import format_int
from partyvote.elections.election import Election
from partyvote.elections.result import CandidateResult, ElectionResult
from partyvote.elections.rounds import Round, Step, following_round, next_step
from partyvote.errors import ReportError, check_language
from partyvote.io._questions import Outcome
from partyvote.io.meeting import (
    CumulativeOutcome,
    ElectionOutcome,
    Meeting,
    MeetingResult,
    MotionOutcome,
    RankedOutcome,
    SeatsOutcome,
)
from partyvote.report import _state
from partyvote.report._state import capital, said_date
from partyvote.report._state import percent as _share
from partyvote.report.blocks import Block, Header, Heading, Keep, NewPage, Para, Signatures, Table
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


# --- words -----------------------------------------------------------------------------------


def _next_step(
    outcome: ElectionOutcome, lang: str, require_threshold: bool, book: Rulebook | None = None
) -> str:
    say = render if book is None else book.say
    result = outcome.result
    step = next_step(result) if book is None else book.next_step(result)
    if step is Step.COMPLETE:
        return say("next.complete", lang)
    if step is Step.AGAIN:
        return say("next.again", lang)
    if step is Step.CLOSED and book is not None and result.election.round is Round.FURTHER:
        # Law 85/2015 Art. 79(3): no second additional election.
        return say("next.closed_further", lang, unfilled=format_int(result.unfilled, lang))
    if step is Step.CLOSED and book is not None and book.further_below is not None:
        return say(
            "next.closed",
            lang,
            elected=format_int(len(result.elected), lang),
            seats=format_int(result.election.seats, lang),
            unfilled=format_int(result.unfilled, lang),
            share=f"{book.further_below.numerator}/{book.further_below.denominator}",
        )
    following = following_round(result, require_threshold)
    if following is None:
        return say("next.new_names", lang, seats=format_int(result.unfilled, lang))
    key = "next.revote" if step is Step.REVOTE else "next.further"
    return say(
        f"{key}.threshold" if require_threshold else f"{key}.plurality",
        lang,
        seats=format_int(following.seats, lang),
        names=", ".join(following.candidates),
    )


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
    date = None if meeting.date is None else said_date(meeting.date, lang)
    dateline = []
    if date is not None and meeting.minutes.dated:
        dateline.append(
            render("forms.dateline", lang, locality=meeting.locality, date=date)
            if meeting.locality
            else capital(date)
        )
    if meeting.congress:
        left.append(render("forms.congress", lang, congress=meeting.congress))
    if meeting.term:
        left.append(render("forms.term", lang, term=meeting.term))
    yield Header(tuple(left), (render("forms.party", lang), *dateline))
    yield Heading(1, render("report.title", lang))


def _preamble(meeting: Meeting, outcome: Outcome | None, lang: str) -> Generator[Block, None, str]:
    """What the minutes state before the count: the opening formula (party) or the rules and
    roll (plain), and the meeting's quorum; returns the quorum sentence said."""
    party = meeting.minutes.form == "party"
    if party and outcome is not None:
        when = (
            ""
            if meeting.date is None
            else render("forms.on_date", lang, date=said_date(meeting.date, lang))
        )
        key = (
            "forms.opening.motion"
            if isinstance(outcome, MotionOutcome)
            else "forms.opening.election"
        )
        yield Para(
            render(
                key, lang, meeting=meeting.name, when=when, rules=meeting.rulebook.title_in(lang)
            )
        )
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
        said = render("explain.quorum", lang, text=attendance.explain(lang))
        yield Para(said)
    return said


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
        yield Para(meeting.rulebook.say("forms.seats", lang, seats=n(election.seats)))
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


Blocks = list[Heading | Para | Table | Signatures]


def _question(meeting: Meeting, outcome: Outcome, lang: str, said: str) -> tuple[Blocks, Blocks]:
    """A question's blocks: what leads to the result, and the result to keep with the
    signatures."""
    if isinstance(outcome, MotionOutcome):
        return _motion_blocks(outcome, lang, said)
    if isinstance(outcome, CumulativeOutcome | RankedOutcome):
        lines: Blocks = [Para(line) for line in outcome.result.explain(lang).splitlines()]
        return lines[:-1], lines[-1:]
    if isinstance(outcome, SeatsOutcome):
        return _seats_blocks(outcome, lang)
    return _election_blocks(meeting, outcome, lang, said)


def _seats_blocks(outcome: SeatsOutcome, lang: str) -> tuple[Blocks, Blocks]:
    """The allocation's explanation, then its table (kept with the signatures)."""
    allocation = outcome.allocation
    excluded = set(allocation.excluded)
    table = Table(
        headers=(
            render("seats.col_group", lang),
            render("report.col_votes", lang),
            render("seats.col_seats", lang),
        ),
        rows=tuple(
            (group, format_int(votes, lang), "-" if group in excluded else format_int(seats, lang))
            for (group, seats), (_, votes) in zip(allocation.seats, allocation.votes, strict=True)
        ),
        numeric=(False, True, True),
    )
    return [Para(line) for line in allocation.explain(lang).splitlines()], [table]


def _motion_blocks(outcome: MotionOutcome, lang: str, said: str) -> tuple[Blocks, Blocks]:
    votes = outcome.votes

    def n(value: int) -> str:
        return format_int(value, lang)

    body: Blocks = [Para(render(f"forms.method.{outcome.method}", lang))]
    if outcome.method == "hands":
        body.append(
            Para(
                render(
                    "forms.votes_hands",
                    lang,
                    yes=n(votes.yes),
                    no=n(votes.no),
                    abstain=n(votes.abstain),
                )
            )
        )
    else:
        body.append(
            Para(
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
        )
    # The meeting's quorum is stated once at the top; a question repeats only a different one.
    body += [Para(line) for line in outcome.decision.explain(lang).splitlines() if line != said]
    key = "report.adopted" if outcome.decision.passed else "report.rejected"
    return body, [Para(render(key, lang))]


def _share_header(result: ElectionResult[Election], book: Rulebook, lang: str) -> str:
    """The share column's header, naming its base and the base's size."""
    base = book.share_base or result.share_base
    size = result.base_size(base)
    return render("report.col_share_of", lang, base=base.label(lang), size=format_int(size, lang))


def _ballots_table(meeting: Meeting, outcome: ElectionOutcome, lang: str) -> Table:
    """The ballots issued, returned, valid, blank and invalid (with the reasons)."""
    result = outcome.result
    book = meeting.rulebook

    def n(value: int) -> str:
        return format_int(value, lang)

    # The election law's forms give the valid and the invalid ballots' shares of those
    # returned (Mẫu số 18 and 19/HĐBC-QH); the other forms give the counts only.
    state = meeting.minutes.state

    def returned(count: int) -> tuple[str, ...]:
        return (_share(count, result.cast, lang),) if state else ()

    blank = ("",) if state else ()
    rows: list[tuple[str, ...]] = []
    if outcome.issued is not None:
        rows.append((render("report.issued", lang), n(outcome.issued), *blank))
    rows.append((render("report.cast", lang), n(result.cast), *blank))
    rows.append((render("report.valid", lang), n(result.valid), *returned(result.valid)))
    if result.blank:
        rows.append((render("report.blank", lang), n(result.blank), *blank))
    rows.append(
        (render("report.invalid", lang), n(result.invalid_total), *returned(result.invalid_total))
    )
    for reason, count in sorted(result.invalid.items(), key=lambda item: item[0].value):
        rows.append((f"  - {book.say('invalid.' + reason.value, lang)}", n(count), *blank))
    headers = (render("report.item", lang), render("report.count", lang))
    return Table(
        headers=(*headers, render("forms.col_of_returned", lang)) if state else headers,
        rows=tuple(rows),
        numeric=(False, True, True) if state else (False, True),
    )


def _round(result: ElectionResult[Election], book: Rulebook, lang: str) -> tuple[Para, ...]:
    """Which round this is, in the body's words ("bầu cử thêm", "bầu cử lại", "bầu tiếp");
    nothing for a first election."""
    if result.election.round is Round.FIRST:
        return ()
    kind = book.say(f"round.{result.election.round.value}", lang)
    return (Para(book.say("report.round", lang, round=kind)),)


def _election_blocks(
    meeting: Meeting, outcome: ElectionOutcome, lang: str, said: str
) -> tuple[Blocks, Blocks]:
    result = outcome.result
    book = meeting.rulebook
    require_threshold = book.revote_threshold

    def n(value: int) -> str:
        return format_int(value, lang)

    # The team's and the board's forms state the seats and candidates in their own lines,
    # and the board lists the teams' records in its table.
    form = meeting.minutes.form
    body: Blocks = [] if form in ("team", "board") else [Para(result.header(lang))]
    body.extend(_round(result, book, lang))
    if len(outcome.stations) > 1 and form != "board":
        names = ", ".join(name for name, _ in outcome.stations)
        body.append(Para(render("report.stations", lang, names=names)))
    body.append(_ballots_table(meeting, outcome, lang))
    if result.quorum is not None and form not in ("team", "board"):
        quorum = render("explain.quorum", lang, text=result.quorum.explain(lang))
        if quorum != said:
            body.append(Para(quorum))
    share_header = _share_header(result, book, lang)

    def share(candidate: CandidateResult) -> str:
        return result.share_text(
            candidate,
            lang,
            digits=book.percent_digits,
            base=book.share_base,
            bare_whole=book.bare_whole_percent,
        )

    by_ballot = meeting.minutes.order == "ballot"
    if by_ballot:
        position = {name: number for number, name in enumerate(result.election.candidates, 1)}
        ordered = sorted(result.candidates, key=lambda candidate: position[candidate.name])
        numbered = [(position[candidate.name], candidate) for candidate in ordered]
    else:
        numbered = [(candidate.rank, candidate) for candidate in result.candidates]
    if form == "team":  # the team records the votes; the board decides (Law 85/2015 Art. 78)
        return body, list(_state.team_votes(outcome, numbered, lang, by_ballot))
    if form == "board":
        body += _state.board_votes(outcome, numbered, lang, share)
        conclusions: Blocks = list(_state.board_conclusions(meeting, outcome, lang, share))
        if next_step(result) is not Step.COMPLETE:
            conclusions.append(Para(_next_step(outcome, lang, require_threshold, book)))
        return body, conclusions
    body.append(Para(render("forms.results.ballot" if by_ballot else "forms.results.votes", lang)))
    if len(result.election.candidates) == 1:
        body.append(_single_table(outcome, numbered, lang, book))
    else:
        body.append(
            Table(
                headers=(
                    render("report.col_rank", lang),
                    render("report.col_name", lang),
                    render("report.col_votes", lang),
                    share_header,
                    render("report.col_needed", lang),
                    render("report.col_result", lang),
                ),
                rows=tuple(
                    (
                        str(number),
                        candidate.name,
                        n(candidate.votes),
                        share(candidate),
                        n(candidate.decision.required),
                        result.verdict(candidate, lang),
                    )
                    for number, candidate in numbered
                ),
                numeric=(True, False, True, True, True, False),
            )
        )
    # The winners' table leads to the result; the result itself (who is elected, what
    # follows) is what the committee's signature must share a page with.
    # "đồng chí" (comrade) is the party's word; other bodies elect people.
    neutral = "" if meeting.minutes.form == "party" else "_neutral"
    elected = [candidate for candidate in result.candidates if candidate.elected]
    if elected:
        body.append(Para(render(f"forms.winners{neutral}", lang)))
        body.append(
            Table(
                headers=(
                    render("report.col_rank", lang),
                    render("report.col_name", lang),
                    render("report.col_votes", lang),
                    share_header,
                ),
                rows=tuple(
                    (
                        str(number),
                        candidate.name,
                        n(candidate.votes),
                        share(candidate),
                    )
                    for number, candidate in enumerate(elected, start=1)
                ),
                numeric=(True, False, True, True),
            )
        )
    else:
        body.append(Para(render(f"forms.no_winners{neutral}", lang)))
    results: Blocks = [Para(result.summary(lang, wording=book.wording))]
    results.append(Para(_next_step(outcome, lang, require_threshold, book)))
    return body, results


def _single_table(
    outcome: ElectionOutcome,
    numbered: list[tuple[int, CandidateResult]],
    lang: str,
    book: Rulebook,
) -> Table:
    """A single-name ballot (agree / disagree): both counts and their shares, not only the
    verdict (190-QĐ/TW Art. 15: exactly one of the two boxes on a valid ballot)."""
    result = outcome.result
    rows = []
    for number, candidate in numbered:
        base = candidate.decision.base_size
        disagree = (
            result.valid - result.blank - candidate.votes - result.tally.unmarked[candidate.name]
        )
        rows.append(
            (
                str(number),
                candidate.name,
                format_int(candidate.votes, lang),
                _share(candidate.votes, base, lang, book),
                format_int(disagree, lang),
                _share(disagree, base, lang, book),
                format_int(base, lang),
                format_int(candidate.decision.required, lang),
                result.verdict(candidate, lang),
            )
        )
    percent = render("forms.col_percent", lang)
    return Table(
        headers=(
            render("report.col_rank", lang),
            render("report.col_name", lang),
            render("forms.col_agree", lang),
            percent,
            render("forms.col_disagree", lang),
            percent,
            render("forms.col_base", lang),
            render("report.col_needed", lang),
            render("report.col_result", lang),
        ),
        rows=tuple(rows),
        numeric=(True, False, True, True, True, True, True, True, False),
    )
