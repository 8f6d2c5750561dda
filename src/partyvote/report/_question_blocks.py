"""A question's blocks in the minutes: a motion's votes and decision, an election's
ballots and candidates tables (or the election law's team and board records), an
allocation of seats; then the result and the next step, which the minutes keep on the page
the committee signs (see :mod:`partyvote.report.document`)."""

from __future__ import annotations

from partyvote._i18n.catalog import own_key, render
from partyvote._i18n.numbers import format_int, format_percent
from partyvote.elections.election import Election
from partyvote.elections.result import CandidateResult, ElectionResult
from partyvote.elections.rounds import Round, Step, following_round, next_step
from partyvote.io._questions import Outcome
from partyvote.io.meeting import (
    CumulativeOutcome,
    ElectionOutcome,
    Meeting,
    MotionOutcome,
    RankedOutcome,
    SeatsOutcome,
)
from partyvote.report import _state
from partyvote.report._state import percent as _share
from partyvote.report.blocks import Heading, Para, Signatures, Table
from partyvote.rulebooks.model import Rulebook
from partyvote.rules.decision import Decision
from partyvote.rules.threshold import Threshold

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


Blocks = list[Heading | Para | Table | Signatures]


def party_line(decision: Decision, book: Rulebook, lang: str, kind: str) -> str | None:
    """An attendance quorum's (*kind* ``"quorum"``) or a show of hands' (``"motion"``)
    decision as the party's forms write it: the count of its base, the condition in words
    ("quá một nửa", "hai phần ba") and the least count; ``None`` where *book* has no such
    words or the rule is not a plain threshold whose ratio has a name."""
    threshold = decision.threshold
    if not isinstance(threshold, Threshold) or decision.parts or not decision.base_size:
        return None
    ratio = own_key(
        book.wording, f"ratio.{threshold.ratio.numerator}/{threshold.ratio.denominator}"
    )
    met = "passed" if decision.margin >= 0 else "failed"
    key = own_key(book.wording, f"forms.{kind}.{met}")
    if ratio.startswith("ratio.") or key.startswith("forms."):
        return None
    return render(
        key,
        lang,
        people=book.say("forms.people", lang),
        received=format_int(decision.received, lang),
        size=format_int(decision.base_size, lang),
        share=_share(decision.received, decision.base_size, lang, book),
        cmp=book.say("cmp.more_than" if threshold.strict else "cmp.at_least", lang),
        ratio=render(ratio, lang),
        required=format_int(decision.required, lang),
    )


def quorum_text(decision: Decision, book: Rulebook, lang: str, party: bool) -> str:
    """The attendance quorum's sentence: the party's words on its forms, else the
    explanation."""
    line = party_line(decision, book, lang, "quorum") if party else None
    return line or render("explain.quorum", lang, text=decision.explain(lang))


def _question(meeting: Meeting, outcome: Outcome, lang: str, said: str) -> tuple[Blocks, Blocks]:
    """A question's blocks: what leads to the result, and the result to keep with the
    signatures."""
    if isinstance(outcome, MotionOutcome):
        return _motion_blocks(outcome, lang, said, meeting)
    if isinstance(outcome, CumulativeOutcome):
        return _cumulative_blocks(outcome, meeting.rulebook, lang)
    if isinstance(outcome, RankedOutcome):
        lines: Blocks = [Para(line) for line in outcome.result.explain(lang).splitlines()]
        return lines[:-1], lines[-1:]
    if isinstance(outcome, SeatsOutcome):
        return _seats_blocks(outcome, lang)
    return _election_blocks(meeting, outcome, lang, said)


def _cumulative_blocks(
    outcome: CumulativeOutcome, book: Rulebook, lang: str
) -> tuple[Blocks, Blocks]:
    """The count in shares and votes, then the candidates' table, its share column of the
    rulebook's base with its decimals and named by it, and the elected (kept with the
    signatures)."""
    result = outcome.result
    base = book.cumulative_share_base
    lines = result.explain(lang, of=base, digits=book.percent_digits).splitlines()
    # The explanation: the election, the ballots, one line per candidate, then the verdict.
    verdict = lines[2 + len(result.votes) :]
    table = Table(
        headers=(
            render("report.col_name", lang),
            render("cumulative.col_votes", lang),
            render(f"cumulative.col_share.{base}", lang),
        ),
        rows=tuple(
            (
                name,
                format_int(votes, lang),
                format_percent(result.share_of(name, of=base), lang, book.percent_digits),
            )
            for name, votes in result.votes
        ),
        numeric=(False, True, True),
    )
    return [Para(line) for line in lines[:2]], [table, *(Para(line) for line in verdict)]


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


def _motion_blocks(
    outcome: MotionOutcome, lang: str, said: str, meeting: Meeting
) -> tuple[Blocks, Blocks]:
    votes = outcome.votes

    def n(value: int) -> str:
        return format_int(value, lang)

    body: Blocks = [Para(render(f"forms.method.{outcome.method}", lang))]
    counts = {"yes": n(votes.yes), "no": n(votes.no), "abstain": n(votes.abstain)}
    if outcome.method == "hands":
        # A show of hands has no blank or invalid ballots to record.
        body.append(Para(render("forms.votes_hands", lang, **counts)))
    else:
        counts.update(blank=n(votes.blank), invalid=n(votes.invalid))
        body.append(Para(render("report.votes", lang, **counts)))
    # The meeting's quorum is stated once at the top; a question repeats only a different one.
    decision = outcome.decision
    party = meeting.minutes.form == "party"
    kind = "motion" if outcome.method == "hands" else "ballot"
    line = party_line(decision, meeting.rulebook, lang, kind) if party else None
    if line is not None:
        # The party's form: the delegates in favour of a show of hands (not "phiếu"), the
        # ballots in favour of a secret ballot, and the condition in words.
        if decision.quorum is not None:
            quorum = quorum_text(decision.quorum, meeting.rulebook, lang, party)
            body += [Para(quorum)] if quorum != said else []
        body.append(Para(line))
    else:
        body += [Para(line) for line in decision.explain(lang).splitlines() if line != said]
    key = "report.adopted" if outcome.decision.passed else "report.rejected"
    return body, [Para(render(key, lang))]


def _share_header(result: ElectionResult[Election], book: Rulebook, lang: str) -> str:
    """The share column's header, naming its base and the base's size."""
    base = book.share_base or result.share_base
    size = result.base_size(base)
    # The party's forms define their base once, by the roll; the column then names only its
    # size ("Tỷ lệ % (so với 117 đại biểu)"), when the shares are taken of that base.
    say = book.say if book.share_base is None else render
    return say("report.col_share_of", lang, base=base.label(lang), size=format_int(size, lang))


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
        rows.append((book.say("report.issued", lang), n(outcome.issued), *blank))
    rows.append((book.say("report.cast", lang), n(result.cast), *blank))
    rows.append((render("report.valid", lang), n(result.valid), *returned(result.valid)))
    if result.blank:
        rows.append((render("report.blank", lang), n(result.blank), *blank))
    rows.append(
        (render("report.invalid", lang), n(result.invalid_total), *returned(result.invalid_total))
    )
    # Mẫu số 18 and 19/HĐBC-QH give the invalid ballots as one count, without reasons; other
    # forms list the reasons, reasons that a rulebook words alike (the election law's one
    # ground for names written in and names off the list) on one row.
    reasons: dict[str, int] = {}
    if meeting.minutes.form not in ("team", "board"):
        for reason, count in sorted(result.invalid.items(), key=lambda item: item[0].value):
            label = book.say("invalid." + reason.value, lang)
            reasons[label] = reasons.get(label, 0) + count
    rows.extend((f"  - {label}", n(count), *blank) for label, count in reasons.items())
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
    body: Blocks = (
        [] if form in ("team", "board") else [Para(result.header(lang, wording=book.wording))]
    )
    body.extend(_round(result, book, lang))
    # Neither form lists the counting teams in prose: the team's covers one polling area,
    # the board's table has a row per team's record.
    if len(outcome.stations) > 1 and form not in ("team", "board"):
        names = ", ".join(name for name, _ in outcome.stations)
        body.append(Para(render("report.stations", lang, names=names)))
    body.append(_ballots_table(meeting, outcome, lang))
    if result.quorum is not None and form not in ("team", "board"):
        quorum = quorum_text(result.quorum, book, lang, form == "party")
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
    if form == "team":  # the team records the votes; the board decides (Law 85/2015 Art. 76-78)
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
                    book.say("report.col_needed", lang),
                    render("report.col_result", lang),
                ),
                rows=tuple(
                    (
                        str(number),
                        candidate.name,
                        n(candidate.votes),
                        share(candidate),
                        n(candidate.decision.required),
                        result.verdict(candidate, lang, wording=book.wording),
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
    # The party's form leaves the next step to the congress: whether to hold a further round,
    # and on which list, is its decision (the summary says so); the JSON keeps next_round.
    party = meeting.minutes.form == "party"
    follows = [] if party else [Para(_next_step(outcome, lang, require_threshold, book))]
    return body, results + follows


def _single_table(
    outcome: ElectionOutcome,
    numbered: list[tuple[int, CandidateResult]],
    lang: str,
    book: Rulebook,
) -> Table:
    """A single-name ballot (agree / disagree): both counts and their shares, not only the
    verdict (190-QĐ/TW Art. 15: exactly one of the two boxes on a valid ballot)."""
    result = outcome.result
    # The shares are of the same base as the winners' table below (a rulebook's or meeting
    # file's share_base, else the threshold's); when that is not the threshold's base, the
    # share columns name it, so that they are not read as shares of the "Cơ sở" column.
    share_base = book.share_base or result.share_base
    base = result.base_size(share_base)
    percent = (
        book.say("forms.col_percent", lang)
        if share_base == result.share_base
        else _share_header(result, book, lang)
    )
    rows = []
    for number, candidate in numbered:
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
                format_int(candidate.decision.base_size, lang),
                format_int(candidate.decision.required, lang),
                result.verdict(candidate, lang, wording=book.wording),
            )
        )
    return Table(
        headers=(
            render("report.col_rank", lang),
            render("report.col_name", lang),
            render("forms.col_agree", lang),
            percent,
            render("forms.col_disagree", lang),
            percent,
            book.say("forms.col_base", lang),
            book.say("report.col_needed", lang),
            render("report.col_result", lang),
        ),
        rows=tuple(rows),
        numeric=(True, False, True, True, True, True, True, True, False),
    )
