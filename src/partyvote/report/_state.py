"""The election law's records: the election team's record of the count at a polling area and
the election board's record of the result in a constituency.

The team counts and records; it does not decide who is elected: the board does, on the
teams' records (Law 85/2015/QH13 Art. 76-78; docs/explanation/forms.rst).  So ``form =
"team"`` follows Mẫu số 18/HĐBC-QH (2026) and prints the counts only, ``form = "board"``
follows Mẫu số 19/HĐBC-QH and prints the totals, the elected and the seats still empty, and
``form = "state"`` keeps the former layout, the team's record with the board's verdicts.
Every line is in the form's order and words; what the meeting file does not give is left
blank ("………") to fill in by hand.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from fractions import Fraction
from typing import Any

from partyvote._i18n.catalog import render
from partyvote._i18n.numbers import format_int, format_percent
from partyvote.elections.result import CandidateResult, ElectionResult
from partyvote.io._questions import Outcome
from partyvote.io.meeting import ElectionOutcome, Meeting, MeetingResult
from partyvote.report.blocks import Header, Heading, Para, Signatures, Table
from partyvote.rulebooks.model import Rulebook

BLANK = "………"


def said_date(value: datetime.date, lang: str, book: Rulebook | None = None) -> str:
    """*value* in words: "ngày 23 tháng 5 năm 2021", "23 May 2021"; in *book*'s words when
    given (the party's documents: "ngày 08 tháng 02 năm 2020")."""
    say = render if book is None else book.say
    month = say(f"month.{value.month}", lang)
    return say("report.date", lang, day=value.day, month=month, year=value.year)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def percent(votes: int, base: int, lang: str, book: Rulebook | None = None) -> str:
    """*votes* of *base* as the minutes print it, in *book*'s digits when given."""
    if not base:
        return "-"
    if book is None:
        return format_percent(Fraction(votes, base), lang)
    return format_percent(
        Fraction(votes, base), lang, book.percent_digits, bare_whole=book.bare_whole_percent
    )


def _or_blank(text: str) -> str:
    return text or BLANK


def _day(meeting: Meeting, lang: str) -> str:
    if meeting.date is None:
        return render("forms.blank_date", lang)
    return said_date(meeting.date, lang)


# --- the top of the form ---------------------------------------------------------------------


def front(meeting: Meeting, lang: str) -> Iterator[Header | Heading | Para]:
    """The heading block: top left the province and commune (the team's form) or the board
    and its constituency (the board's form), top right the state's name and motto; the title,
    the meeting, and the polling area, constituency and communes under it."""
    polling = meeting.polling
    options = meeting.minutes
    right = [render("forms.state", lang), render("forms.motto", lang)]
    if options.dated and meeting.date is not None:
        date = said_date(meeting.date, lang)
        right.append(
            render("forms.dateline", lang, locality=meeting.locality, date=date)
            if meeting.locality
            else capital(date)
        )
    if options.form == "board":
        left = [render("forms.board", lang)]
        if meeting.body:
            left.append(meeting.body.upper())
        if polling.constituency:
            left.append(render("forms.board_unit", lang, unit=polling.constituency))
        yield Header(tuple(left), tuple(right))
        title = (
            render("forms.title_board_unit", lang, unit=polling.constituency)
            if polling.constituency
            else render("forms.title_board", lang)
        )
        yield Heading(1, title)
        if not polling.constituency:  # else the title names it (Mẫu số 19/HĐBC-QH)
            yield Para(meeting.name)
        if polling.communes:
            yield Para(render("forms.communes", lang, names=", ".join(polling.communes)))
        return
    if polling.province or polling.commune or not meeting.body:
        left = [
            render("forms.province", lang, name=_or_blank(polling.province)),
            render("forms.commune", lang, name=_or_blank(polling.commune)),
        ]
    else:
        left = [meeting.body.upper()]
    yield Header(tuple(left), tuple(right))
    yield Heading(1, render("forms.title_state", lang))
    if not polling.constituency:  # else the "Đơn vị bầu cử số" line names it (Mẫu số 18)
        yield Para(meeting.name)
    yield Para(
        render(
            "forms.polling_area",
            lang,
            area=_or_blank(polling.polling_area),
            commune=_or_blank(polling.commune),
        )
    )
    yield Para(render("forms.constituency", lang, unit=_or_blank(polling.constituency)))
    yield Para(render("forms.communes", lang, names=_or_blank(", ".join(polling.communes))))


# --- before the count ------------------------------------------------------------------------


def _members(meeting: Meeting, roles: tuple[str, ...], lang: str) -> Iterator[Para]:
    for number, name in enumerate(meeting.committee, start=1):
        role = render(roles[number - 1] if number <= len(roles) else "forms.member", lang)
        line = "forms.board_line" if meeting.minutes.form == "board" else "forms.team_line"
        yield Para(render(line, lang, number=number, name=name, role=role))


def _witnesses(names: tuple[str, ...], lang: str) -> Iterator[Para]:
    for number in (1, 2):
        name = names[number - 1] if number <= len(names) else BLANK
        yield Para(render("forms.witness_line", lang, number=number, name=name))


def preamble(meeting: Meeting, lang: str) -> Iterator[Para]:
    """Who made the record, where it met, and (the team) how the ballot box was checked and
    sealed before voting and who witnessed the count (Law 85/2015 Art. 73)."""
    day = _day(meeting, lang)
    if meeting.minutes.form == "board":
        yield Para(render("forms.board_members", lang, date=day))
        deputies = ("forms.board_deputy",) * meeting.minutes.deputies
        yield from _members(meeting, ("forms.head", *deputies), lang)
        yield Para(render("forms.board_met", lang, place=_or_blank(meeting.place)))
        return
    if meeting.committee:
        if meeting.date is None:
            yield Para(render("forms.team", lang))
        else:
            yield Para(render("forms.team_dated", lang, date=capital(day)))
        yield from _members(meeting, ("forms.team_head", "forms.team_secretary"), lang)
    if meeting.place:
        yield Para(render("forms.met_at", lang, place=meeting.place))
    yield Para(render("forms.box_check", lang, date=day))
    yield from _witnesses(meeting.polling.box_witnesses, lang)
    yield Para(render("forms.box_sealed", lang))
    yield Para(render("forms.voting_closed", lang, date=day))
    yield Para(render("forms.count_witnesses", lang))
    yield from _witnesses(meeting.polling.count_witnesses, lang)
    yield Para(render("forms.inventory", lang))


def figures(meeting: Meeting, outcome: Outcome, lang: str) -> Iterator[Para]:
    """The seats, the candidates, the voters on the list, those who voted and the turnout, in
    the order and words of the team's form (Law 85/2015 Art. 76(2); Mẫu số 18/HĐBC-QH) or
    the board's (Mẫu số 19/HĐBC-QH)."""
    if not isinstance(outcome, ElectionOutcome):
        return
    members = meeting.roll.members
    cast = outcome.result.cast
    election = outcome.result.election

    def n(value: int) -> str:
        return format_int(value, lang)

    turnout = percent(cast, members, lang)
    if meeting.minutes.form == "board":
        yield Para(render("forms.board_seats", lang, seats=n(election.seats)))
        yield Para(render("forms.board_candidates", lang, count=n(len(election.candidates))))
        yield Para(render("forms.board_results", lang))
        yield Para(render("forms.board_voters", lang, members=n(members)))
        yield Para(render("forms.voted", lang, cast=n(cast)))
        yield Para(render("forms.board_turnout", lang, share=turnout))
        return
    yield Para(render("forms.results_state", lang))
    yield Para(render("forms.seats_state", lang, seats=n(election.seats)))
    yield Para(render("forms.candidates", lang, count=n(len(election.candidates))))
    yield Para(render("forms.voters", lang, members=n(members)))
    yield Para(render("forms.voted", lang, cast=n(cast)))
    yield Para(render("forms.turnout", lang, share=turnout))


# --- the count and the result ----------------------------------------------------------------

Numbered = list[tuple[int, CandidateResult]]


def team_votes(
    outcome: ElectionOutcome, numbered: Numbered, lang: str, by_ballot: bool
) -> list[Para]:
    """Each candidate's votes of the valid ballots, and nothing the team does not decide."""
    valid = format_int(outcome.result.valid, lang)
    key = "forms.votes_each.ballot" if by_ballot else "forms.votes_each.votes"
    lines = [Para(render(key, lang))]
    for number, candidate in numbered:
        votes = format_int(candidate.votes, lang)
        line = render(
            "forms.votes_line", lang, number=number, name=candidate.name, votes=votes, valid=valid
        )
        lines.append(Para(line))
    return lines


def board_votes(
    outcome: ElectionOutcome, numbered: Numbered, lang: str, share: Callable[..., str]
) -> list[Heading | Para | Table]:
    """The board's table: one row per team's record, one column per candidate, the totals
    and each total's share of the valid ballots (Mẫu số 19/HĐBC-QH)."""
    candidates = [candidate for _, candidate in numbered]
    rows = [
        (name, *(format_int(tally.votes[c.name], lang) for c in candidates))
        for name, tally in outcome.stations
    ]
    rows.append((render("forms.total_row", lang), *(format_int(c.votes, lang) for c in candidates)))
    rows.append((render("forms.share_row", lang), *(share(c) for c in candidates)))
    table = Table(
        headers=(render("forms.col_station", lang), *(c.name for c in candidates)),
        rows=tuple(rows),
        numeric=(False, *(True for _ in candidates)),
    )
    return [Para(render("forms.board_votes", lang)), table]


def board_conclusions(
    meeting: Meeting, outcome: ElectionOutcome, lang: str, share: Callable[..., str]
) -> list[Para]:
    """What the board concludes: the turnout (and that the election is void if it is no more
    than half), the elected by votes with their shares of the valid ballots, the seats and
    those still empty (Law 85/2015 Art. 77(2), 78-80; Mẫu số 19/HĐBC-QH a)-c))."""
    result = outcome.result
    members = meeting.roll.members

    def n(value: int) -> str:
        return format_int(value, lang)

    lines = [
        Para(render("forms.board_conclude", lang)),
        Para(render("forms.board_a", lang, share=percent(result.cast, members, lang))),
    ]
    if result.quorum is not None and not result.quorum.passed:
        lines.append(Para(render("forms.board_a_void", lang)))
    elected = [candidate for candidate in result.candidates if candidate.elected]
    if elected:
        lines.append(Para(render("forms.board_b", lang)))
        for number, candidate in enumerate(elected, start=1):
            line = render(
                "forms.board_b_line",
                lang,
                number=number,
                name=candidate.name,
                votes=n(candidate.votes),
                share=share(candidate),
            )
            lines.append(Para(line))
    else:
        lines.append(Para(render("forms.board_b_none", lang)))
    lines.extend(_settled_tie(result, lang))
    seats = result.election.seats
    lines.append(
        Para(
            render(
                "forms.board_c",
                lang,
                seats=n(seats),
                elected=n(len(elected)),
                unfilled=n(seats - len(elected)),
            )
        )
    )
    return lines


def _settled_tie(result: ElectionResult[Any], lang: str) -> list[Para]:
    """A tie at the end of the list that the rules settled (the older candidate is elected,
    Law 85/2015 Art. 78): who tied, with how many votes, for how many seats, and how it was
    decided, in the words the other forms use (:meth:`TieBreak.explain`)."""
    tie = result.tie_break
    decided = None if tie is None else tie.explain(lang)
    if tie is None or decided is None:
        return []
    names = tuple(dict.fromkeys([*(name for name, _ in tie.evidence), *tie.winners]))
    line = render(
        "forms.board_b_tie",
        lang,
        names=", ".join(names),
        votes=format_int(result.tally.votes[names[0]], lang),
        seats=format_int(len(tie.winners) + result.tie_seats, lang),
        decided=decided,
    )
    return [Para(line)]


# --- the end of the form ---------------------------------------------------------------------


def closing(result: MeetingResult, lang: str) -> Iterator[Para | Signatures]:
    """Events and complaints, the closing line, the digest and the signatures, in the form's
    order and words; the head's hint asks for the seal, as the forms do."""
    meeting = result.meeting
    committee = meeting.committee
    hint = render("forms.sign_hint_state", lang)
    if meeting.minutes.form == "board":
        # The People's Council's board reports to its Election Committee (Mẫu số 24/HĐBC-HĐND).
        say = meeting.rulebook.say
        for key in ("forms.board_d", "forms.board_dd", "forms.board_e", "forms.board_g"):
            yield Para(say(key, lang))
        yield Para(say("forms.closing_board", lang))
        yield Para(render("forms.attachments", lang))
        yield Para(render("report.digest", lang, digest=result.digest))
        deputies = committee[1 : 1 + meeting.minutes.deputies]
        yield Signatures(
            on_behalf=render("forms.board_on_behalf", lang),
            roles=(render("forms.head_title", lang), render("forms.board_deputies_title", lang)),
            hints=(render("forms.sign_hint_seal_board", lang), hint),
            names=(committee[0], ", ".join(deputies)) if committee else (),
        )
        yield Para(render("forms.no_erasure", lang))
        return
    # Law 85/2015 Art. 76(2)(h), (3): the complaints; the two voter witnesses, the
    # head and the secretary sign, in the order and words of Mẫu số 18/HĐBC-QH.
    yield Para(render("forms.complaints", lang))
    yield Para(render("forms.unresolved", lang))
    yield Para(render("forms.closing_state", lang))
    yield Para(render("report.digest", lang, digest=result.digest))
    witnesses = meeting.polling.count_witnesses
    yield Signatures(
        roles=(render("forms.witness_first", lang), render("forms.witness_second", lang)),
        hint=hint,
        names=(*witnesses, *("",) * (2 - len(witnesses))) if witnesses else (),
    )
    yield Signatures(
        on_behalf=render("forms.team_on_behalf", lang),
        roles=(render("forms.team_head_title", lang), render("forms.team_secretary_title", lang)),
        hints=(render("forms.sign_hint_seal_team", lang), hint),
        names=(*committee[:2], *("",) * (2 - len(committee[:2]))) if committee else (),
    )
    yield Para(render("forms.no_erasure", lang))
