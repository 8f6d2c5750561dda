"""Further rounds: what an election calls for next (a re-vote among the tied, a further round
for unfilled seats, the same election again after a failed quorum, or new names)."""

from __future__ import annotations

from partyvote.elections.election import Election
from partyvote.elections.result import ElectionResult

__all__ = ["following_round"]


def __dir__() -> list[str]:
    return __all__


def following_round(result: ElectionResult, require_threshold: bool) -> Election | None:
    """The next round, or ``None`` when the election is complete or no candidate is left
    (the meeting must add names: :meth:`ElectionResult.next_round` would refuse)."""
    if len(result.elected) == len(result.election.candidates):
        return None
    return result.next_round(require_threshold=require_threshold)
