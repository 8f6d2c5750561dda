"""The questions of a meeting and what each came to: plain values, read from a meeting file
or built in Python (see :mod:`partyvote.io.meeting`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from attrs import frozen

from partyvote.elections.cumulative import CumulativeBallot, CumulativeElection, CumulativeResult
from partyvote.elections.election import Election
from partyvote.elections.result import ElectionResult
from partyvote.elections.tally import Tally
from partyvote.io._calculators import RankedOutcome, RankedQuestion, SeatsOutcome, SeatsQuestion
from partyvote.rules.decision import Decision
from partyvote.votes import Votes


@frozen(kw_only=True)
class MotionQuestion:
    """A motion put to the vote, with its votes and how they were cast (``"ballot"`` or a show
    of ``"hands"``, which has no blank or invalid ballots)."""

    title: str
    kind: str
    motion: Any
    votes: Votes
    method: str = "ballot"


@frozen(kw_only=True)
class ElectionQuestion:
    """An election, with its tallies (per counting table) or a ballots file."""

    title: str
    election: Election
    issued: int | None = None
    present: int | None = None
    tallies: tuple[tuple[str, Tally], ...] = ()
    ballots: Path | None = None
    allocated: bool = False
    """The number to elect was allocated by the higher committee, not voted by the congress
    (delegates to the congress above)."""


@frozen(kw_only=True)
class CumulativeQuestion:
    """An election by cumulative voting (``type = "cumulative"``), with its ballots."""

    title: str
    election: CumulativeElection
    ballots: tuple[CumulativeBallot, ...] = ()


@frozen(kw_only=True)
class CumulativeOutcome:
    """A cumulative election's result, in shares and votes."""

    title: str
    result: CumulativeResult


@frozen(kw_only=True)
class MotionOutcome:
    """A motion's result."""

    title: str
    kind: str
    votes: Votes
    decision: Decision
    method: str = "ballot"


@frozen(kw_only=True)
class ElectionOutcome:
    """An election's result, with the ballots issued, those present at the time of voting
    (when recorded) and the tallies it merged."""

    title: str
    issued: int | None
    present: int | None = None
    result: ElectionResult[Election]
    stations: tuple[tuple[str, Tally], ...] = ()
    allocated: bool = False


Question = MotionQuestion | ElectionQuestion | CumulativeQuestion | RankedQuestion | SeatsQuestion
Outcome = MotionOutcome | ElectionOutcome | CumulativeOutcome | RankedOutcome | SeatsOutcome
