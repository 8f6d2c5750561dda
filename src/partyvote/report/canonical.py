"""The minutes as canonical data: what ``--format json`` writes and :func:`compare` reads."""

from __future__ import annotations

from typing import Any

from partyvote._convert import converter
from partyvote._i18n.numbers import format_percent
from partyvote.elections import Stage
from partyvote.elections.ties import TieBreak
from partyvote.errors import check_language
from partyvote.io._data import meeting_fields
from partyvote.io._meeting import meeting_data
from partyvote.io.meeting import (
    CumulativeOutcome,
    MeetingResult,
    MotionOutcome,
    RankedOutcome,
    SeatsOutcome,
)
from partyvote.report._seal import SEAL, seal
from partyvote.rulebooks.model import Rulebook
from partyvote.rules.compound import describe
from partyvote.rules.threshold import Threshold

__all__ = ["minutes_data"]


def __dir__() -> list[str]:
    return __all__


# --- JSON ------------------------------------------------------------------------------------


def _rule_data(rule: object, lang: str) -> dict[str, Any] | None:
    if rule is None:
        return None
    if isinstance(rule, Threshold):
        data: dict[str, Any] = converter.unstructure(rule)
        return data
    return {"rule": describe(rule, lang)}


def _cumulative_data(outcome: CumulativeOutcome, lang: str, book: Rulebook) -> dict[str, Any]:
    """A cumulative election as data: shares and votes, exact shares of the rulebook's base as
    fraction strings beside the rounded text."""
    result = outcome.result
    base = book.cumulative_share_base
    digits = book.percent_digits
    return {
        "type": "cumulative",
        "title": outcome.title,
        "seats": result.election.seats,
        "ballots": {
            "cast": result.ballots_cast,
            "valid": result.ballots_valid,
            "invalid": {reason.value: count for reason, count in result.invalid},
        },
        "shares": {
            "cast": result.shares_cast,
            "valid": result.shares_valid,
            "invalid": result.shares_invalid,
        },
        "votes_held": result.held,
        "votes_given": result.given,
        "share_base": {"base": base, "size": result.base_size(base)},
        "candidates": [
            {
                "name": name,
                "votes": votes,
                "share": str(result.share_of(name, of=base)),
                "share_text": format_percent(result.share_of(name, of=base), lang, digits),
            }
            for name, votes in result.votes
        ],
        "elected": list(result.elected),
        "tied": list(result.tied),
        "unfilled": result.unfilled,
        "explanation": result.explain(lang, of=base, digits=digits),
    }


def _ranked_data(outcome: RankedOutcome, lang: str) -> dict[str, Any]:
    """A ranked election as data: every stage, exact votes as fraction strings."""
    result = outcome.result
    election = result.election
    return {
        "type": "ranked",
        "title": outcome.title,
        "seats": election.seats,
        "candidates": list(election.candidates),
        "quota_rule": election.quota,
        "transfers": election.transfers,
        "reading": election.reading,
        "quota": str(result.quota),
        "ballots": {
            "valid": result.valid,
            "invalid": result.invalid,
            "reasons": {reason.value: count for reason, count in result.reasons},
        },
        "stages": [_stage_data(stage) for stage in result.stages],
        "elected": list(result.elected),
        "tied": list(result.tied),
        "pending": result.pending,
        "explanation": result.explain(lang),
    }


def _stage_data(stage: Stage) -> dict[str, Any]:
    data: dict[str, Any] = {
        "action": stage.action,
        "subject": stage.subject,
        "votes": [{"name": name, "votes": str(votes)} for name, votes in stage.votes],
        "non_transferable": str(stage.non_transferable),
        "elected": list(stage.elected),
        "tie": list(stage.tie),
    }
    if stage.quota is not None:  # Meek's method
        data["quota"] = str(stage.quota)
        data["keep"] = [{"name": name, "value": str(value)} for name, value in stage.keep]
        data["iterations"] = stage.iterations
    return data


def _tie_break_data(tie: TieBreak | None, lang: str) -> dict[str, Any] | None:
    """A tie at the end of the list and how the rules broke it: every candidate in it (the
    names ``tied`` leaves out once it is settled), the seated, any still pending and what
    decided (the birth date or key, or the lot's digest), and the sentence of the minutes."""
    if tie is None:
        return None
    return {
        "method": tie.method,
        "tied": list(
            dict.fromkeys([*(name for name, _ in tie.evidence), *tie.winners, *tie.pending])
        ),
        "winners": list(tie.winners),
        "pending": list(tie.pending),
        "evidence": [{"name": name, "value": value} for name, value in tie.evidence],
        "explanation": tie.explain(lang),
    }


def _seats_data(outcome: SeatsOutcome, lang: str) -> dict[str, Any]:
    """An apportionment as data: each group's votes, exact share and seats."""
    allocation = outcome.allocation
    book = allocation.apportionment
    excluded = set(allocation.excluded)
    valid = allocation.valid
    return {
        "type": "seats",
        "title": outcome.title,
        "seats": book.seats,
        "method": book.method.name,
        "threshold": None if book.threshold is None else str(book.threshold.ratio),
        "or_won": book.or_won,
        "required": allocation.required,
        "valid": valid,
        "groups": [
            {
                "name": group,
                "votes": votes,
                "share": f"{votes}/{valid}",
                "seats": seats,
                "excluded": group in excluded,
            }
            for (group, seats), (_, votes) in zip(allocation.seats, allocation.votes, strict=True)
        ],
        "quota": None if allocation.quota is None else str(allocation.quota),
        "last_quotient": None
        if allocation.last_quotient is None
        else str(allocation.last_quotient),
        "awards": list(allocation.awards),
        "tied": list(allocation.tied),
        "pending": allocation.pending,
        "explanation": allocation.explain(lang),
    }


def minutes_data(result: MeetingResult, lang: str | None = None) -> dict[str, Any]:
    """The minutes as plain data: the canonical JSON that :func:`minutes` writes.

    ``minutes_sha256`` seals the minutes: the SHA-256 of every other field in canonical JSON
    (sorted keys, no spaces, UTF-8), which :func:`~partyvote.report.summary` checks.
    """
    from partyvote import __version__

    lang = check_language(lang or result.meeting.lang)
    meeting = result.meeting
    roll = meeting.roll
    questions: list[dict[str, Any]] = []
    for outcome in result.questions:
        if isinstance(outcome, CumulativeOutcome):
            questions.append(_cumulative_data(outcome, lang, meeting.rulebook))
            continue
        if isinstance(outcome, RankedOutcome):
            questions.append(_ranked_data(outcome, lang))
            continue
        if isinstance(outcome, SeatsOutcome):
            questions.append(_seats_data(outcome, lang))
            continue
        if isinstance(outcome, MotionOutcome):
            votes = outcome.votes
            questions.append(
                {
                    "type": "motion",
                    "title": outcome.title,
                    "kind": outcome.kind,
                    "method": outcome.method,
                    "votes": {
                        "yes": votes.yes,
                        "no": votes.no,
                        "abstain": votes.abstain,
                        "blank": votes.blank,
                        "invalid": votes.invalid,
                    },
                    "decision": converter.unstructure(outcome.decision),
                    "quorum": None
                    if outcome.decision.quorum is None
                    else converter.unstructure(outcome.decision.quorum),
                    "explanation": outcome.decision.explain(lang),
                }
            )
            continue
        election = outcome.result
        book = meeting.rulebook
        share_base = book.share_base or election.share_base
        share_size = election.base_size(share_base)
        following = book.following_round(election)
        questions.append(
            {
                "type": "election",
                "title": outcome.title,
                # Which round, as data and in the body's words (Law 85/2015 Art. 79, 80).
                "round": election.election.round.value,
                "round_text": book.say(f"round.{election.election.round.value}", lang),
                "seats": election.election.seats,
                "share_base": {"base": share_base.name, "size": share_size},
                "threshold": _rule_data(election.election.threshold, lang),
                "ballots": {
                    "issued": outcome.issued,
                    "present": outcome.present,
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
                        # The exact share as counted, unreduced, beside the rounded text.
                        "share": f"{candidate.votes}/{share_size}" if share_size else None,
                        "share_text": election.share_text(
                            candidate,
                            lang,
                            digits=book.percent_digits,
                            base=book.share_base,
                            bare_whole=book.bare_whole_percent,
                        ),
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
                "tie_break": _tie_break_data(election.tie_break, lang),
                "status": election.status.value,
                "quorum": None
                if election.quorum is None
                else converter.unstructure(election.quorum),
                "next_round": None
                if following is None
                else {
                    "round": following.round.value,
                    "seats": following.seats,
                    "candidates": list(following.candidates),
                    "threshold": _rule_data(following.threshold, lang),
                },
                "explanation": election.explain(
                    lang, digits=book.percent_digits, wording=book.wording
                ),
            }
        )
    data: dict[str, Any] = {
        "format": "partyvote-minutes/1",
        "partyvote": __version__,
        "inputs_sha256": result.digest,
        # The meeting as the converter gives it, in the language of these minutes.
        "meeting": {
            **meeting_fields(meeting_data(meeting)),
            "lang": lang,
            # As the converter gives it (io/_data.py), in English so that two counts in
            # different languages compare equal.
            "rulebook_title": meeting.rulebook.title,
        },
        "roll": {
            "members": roll.members,
            "excused": roll.excused,
            "convened": roll.convened,
            "present": roll.present,
        },
        "questions": questions,
    }
    # Sealed last, so that fields added above are covered too.
    data[SEAL] = seal(data)
    return data
