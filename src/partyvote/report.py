"""Minutes of the count (biên bản kiểm phiếu), in Vietnamese and English.

:func:`minutes` renders a counted meeting as plain text, Markdown, a printable HTML page, or
canonical JSON that carries the SHA-256 digest of its inputs (for comparing independent
counts, see :func:`compare`).  Every sentence comes from the message catalog.

>>> from partyvote.meeting import loads
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
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Literal

from partyvote._blocks import Block, Heading, Para, Signatures, Table, to_html, to_markdown, to_text
from partyvote._messages import check_language, render
from partyvote._numbers import format_int
from partyvote.base import PRESENT
from partyvote.decision import Decision
from partyvote.election import Election
from partyvote.errors import ReportError
from partyvote.meeting import ElectionOutcome, MeetingResult, MotionOutcome
from partyvote.minimum import Minimum
from partyvote.quorum import Quorum
from partyvote.result import ElectionResult, Status
from partyvote.roll import Roll
from partyvote.threshold import Threshold
from partyvote.votes import Votes

__all__ = ["FORMATS", "compare", "minutes", "minutes_data"]


def __dir__() -> list[str]:
    return __all__


FORMATS = ("text", "markdown", "html", "json")
"""The formats :func:`minutes` writes."""

Format = Literal["text", "markdown", "html", "json"]


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
    raise ReportError("report.format", value=format, valid=", ".join(FORMATS))


# --- words -----------------------------------------------------------------------------------


def _date(value: datetime.date, lang: str) -> str:
    month = render(f"month.{value.month}", lang)
    return render("report.date", lang, day=value.day, month=month, year=value.year)


def _following(result: ElectionResult, require_threshold: bool) -> Election | None:
    """The next round, or ``None`` when the election is complete or no candidate is left
    (the meeting must add names: :meth:`ElectionResult.next_round` would refuse)."""
    if len(result.elected) == len(result.election.candidates):
        return None
    return result.next_round(require_threshold=require_threshold)


def _next_step(outcome: ElectionOutcome, lang: str, require_threshold: bool) -> str:
    result = outcome.result
    if result.status is Status.COMPLETE:
        return render("next.complete", lang)
    if result.status is Status.NO_QUORUM:
        return render("next.again", lang)
    following = _following(result, require_threshold)
    if following is None:
        return render("next.new_names", lang, seats=format_int(result.unfilled, lang))
    threshold = render("next.threshold" if require_threshold else "next.plurality", lang)
    key = "next.revote" if result.status is Status.TIE else "next.further"
    return render(
        key,
        lang,
        seats=format_int(following.seats, lang),
        names=", ".join(following.candidates),
        threshold=threshold,
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
            "report.roll",
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
        if isinstance(outcome, MotionOutcome):
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


def _attendance(rule: object, roll: Roll) -> Decision | None:
    """The meeting's quorum on attendance, when its rule counts those present."""
    if roll.present is None:
        return None
    if isinstance(rule, Quorum) and rule.count is PRESENT:
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


# --- JSON ------------------------------------------------------------------------------------


def _decision(decision: Decision) -> dict[str, Any]:
    return {
        "passed": decision.passed,
        "reason": decision.reason.value,
        "required": decision.required,
        "received": decision.received,
        "base_size": decision.base_size,
    }


def _rule_data(rule: object) -> dict[str, Any] | None:
    if rule is None:
        return None
    if isinstance(rule, Threshold):
        return {
            "ratio": str(rule.ratio),
            "strict": rule.strict,
            "base": rule.base.name,
        }
    return {"rule": type(rule).__name__}


def minutes_data(result: MeetingResult, lang: str | None = None) -> dict[str, Any]:
    """The minutes as plain data: the canonical JSON that :func:`minutes` writes."""
    from partyvote import __version__

    lang = check_language(lang or result.meeting.lang)
    meeting = result.meeting
    roll = meeting.roll
    questions: list[dict[str, Any]] = []
    for outcome in result.questions:
        if isinstance(outcome, MotionOutcome):
            votes = outcome.votes
            questions.append(
                {
                    "type": "motion",
                    "title": outcome.title,
                    "kind": outcome.kind,
                    "votes": {
                        "yes": votes.yes,
                        "no": votes.no,
                        "abstain": votes.abstain,
                        "blank": votes.blank,
                        "invalid": votes.invalid,
                    },
                    "decision": _decision(outcome.decision),
                    "quorum": None
                    if outcome.decision.quorum is None
                    else _decision(outcome.decision.quorum),
                    "explanation": outcome.decision.explain(lang),
                }
            )
            continue
        election = outcome.result
        following = _following(election, meeting.rulebook.revote_threshold)
        questions.append(
            {
                "type": "election",
                "title": outcome.title,
                "seats": election.election.seats,
                "threshold": _rule_data(election.election.threshold),
                "ballots": {
                    "issued": outcome.issued,
                    "cast": election.cast,
                    "valid": election.valid,
                    "blank": election.blank,
                    "invalid": {
                        reason.value: count
                        for reason, count in sorted(
                            election.invalid.items(), key=lambda item: item[0].value
                        )
                    },
                },
                "stations": [
                    {"name": name, "cast": tally.cast} for name, tally in outcome.stations
                ],
                "candidates": [
                    {
                        "name": candidate.name,
                        "votes": candidate.votes,
                        "share": None if candidate.share is None else str(candidate.share),
                        "required": candidate.decision.required,
                        "base_size": candidate.decision.base_size,
                        "met": candidate.met,
                        "elected": candidate.elected,
                        "tied": candidate.tied,
                        "rank": candidate.rank,
                    }
                    for candidate in election.candidates
                ],
                "elected": list(election.elected),
                "unfilled": election.unfilled,
                "tied": list(election.tied),
                "tie_seats": election.tie_seats,
                "status": election.status.value,
                "quorum": None if election.quorum is None else _decision(election.quorum),
                "next_round": None
                if following is None
                else {
                    "seats": following.seats,
                    "candidates": list(following.candidates),
                    "threshold": _rule_data(following.threshold),
                },
                "explanation": election.explain(lang),
            }
        )
    return {
        "format": "partyvote-minutes/1",
        "partyvote": __version__,
        "inputs_sha256": result.digest,
        "meeting": {
            "name": meeting.name,
            "body": meeting.body,
            "date": None if meeting.date is None else meeting.date.isoformat(),
            "place": meeting.place,
            "rulebook": meeting.rulebook.key,
            "lang": lang,
        },
        "roll": {
            "members": roll.members,
            "excused": roll.excused,
            "convened": roll.convened,
            "present": roll.present,
        },
        "questions": questions,
    }


# --- comparing independent counts ------------------------------------------------------------

# What an independent count must agree on; titles, explanations and versions may differ.
_IGNORED = frozenset({"explanation", "partyvote", "inputs_sha256", "lang", "title", "stations"})


def _differences(left: Any, right: Any, path: str) -> Iterator[str]:
    if isinstance(left, Mapping) and isinstance(right, Mapping):
        for key in sorted(set(left) | set(right)):
            if key in _IGNORED:
                continue
            step = f"{path}.{key}" if path else str(key)
            if key not in left or key not in right:
                yield f"{step}: {left.get(key, '(missing)')!r} vs {right.get(key, '(missing)')!r}"
            else:
                yield from _differences(left[key], right[key], step)
    elif isinstance(left, list) and isinstance(right, list):
        if len(left) != len(right):
            yield f"{path}: {len(left)} items vs {len(right)}"
        for index, (a, b) in enumerate(zip(left, right, strict=False)):
            yield from _differences(a, b, f"{path}[{index}]")
    elif left != right:
        yield f"{path}: {left!r} vs {right!r}"


def compare(counts: Sequence[Mapping[str, Any]]) -> tuple[list[str], bool]:
    """Compare independent counts (minutes as data): every difference, and whether the inputs
    were the same files (equal digests).

    >>> same, inputs = compare([{"questions": [{"elected": ["An"]}]},
    ...                         {"questions": [{"elected": ["Bình"]}]}])
    >>> same
    ["count 1 vs count 2: questions[0].elected[0]: 'An' vs 'Bình'"]
    """
    if len(counts) < 2:
        raise ReportError("report.compare_few", count=len(counts))
    differences: list[str] = []
    first = counts[0]
    for number, other in enumerate(counts[1:], start=2):
        differences += [
            f"count 1 vs count {number}: {line}" for line in _differences(first, other, "")
        ]
    digests = {count.get("inputs_sha256") for count in counts}
    return differences, len(digests) == 1
