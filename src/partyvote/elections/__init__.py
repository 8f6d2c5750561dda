"""Elections: ballots and their validity, tallies, elections, results, further rounds and ties.

Ballots are checked and counted into a :class:`~partyvote.Tally`; an
:class:`~partyvote.Election` applies its rules to the tally and gives an
:class:`~partyvote.ElectionResult`.

The names used most are also at the root (``partyvote.Election``); the rest are here:

>>> from partyvote.elections import Lot, Revote
>>> Revote().then(Lot("seed")).break_tie(("Chi", "Dũng"), 1).pending
('Chi', 'Dũng')
"""

from __future__ import annotations

from partyvote.elections.ballot import Ballot, BallotForm, Mark
from partyvote.elections.counts import Counts
from partyvote.elections.election import PROGRESS_EVERY, Election
from partyvote.elections.result import CandidateResult, ElectionResult
from partyvote.elections.rounds import Status
from partyvote.elections.tally import Tally
from partyvote.elections.ties import ByKey, Chain, Lot, Older, Revote, TieBreak, TiePolicy
from partyvote.elections.validity import InvalidReason, Reading, Validity

__all__ = [
    "PROGRESS_EVERY",
    "Ballot",
    "BallotForm",
    "ByKey",
    "CandidateResult",
    "Chain",
    "Counts",
    "Election",
    "ElectionResult",
    "InvalidReason",
    "Lot",
    "Mark",
    "Older",
    "Reading",
    "Revote",
    "Status",
    "Tally",
    "TieBreak",
    "TiePolicy",
    "Validity",
]


def __dir__() -> list[str]:
    return __all__
