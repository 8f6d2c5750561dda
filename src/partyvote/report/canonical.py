"""The minutes as canonical data: what ``--format json`` writes and :func:`compare` reads."""

from __future__ import annotations

from typing import Any

from partyvote._convert import converter
from partyvote.elections.rounds import following_round
from partyvote.errors import check_language
from partyvote.io.meeting import MeetingResult, MotionOutcome
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


def minutes_data(result: MeetingResult, lang: str | None = None) -> dict[str, Any]:
    """The minutes as plain data: the canonical JSON that :func:`minutes` writes.

    The values are those of :data:`partyvote.converter` (one shape for the minutes and for
    applications), with the explanations and the next round in *lang* added.
    """
    from partyvote import __version__

    lang = check_language(lang or result.meeting.lang)
    meeting = result.meeting
    shared: dict[str, Any] = converter.unstructure(result)
    data = {"format": shared.pop("format"), "partyvote": __version__, **shared}
    data["meeting"]["lang"] = lang
    for outcome, question in zip(result.questions, data["questions"], strict=True):
        if isinstance(outcome, MotionOutcome):
            question["explanation"] = outcome.decision.explain(lang)
            continue
        election = outcome.result
        following = following_round(election, meeting.rulebook.revote_threshold)
        question["threshold"] = _rule_data(election.election.threshold, lang)
        question["next_round"] = (
            None
            if following is None
            else {
                "seats": following.seats,
                "candidates": list(following.candidates),
                "threshold": _rule_data(following.threshold, lang),
            }
        )
        question["explanation"] = election.explain(lang)
    return data
