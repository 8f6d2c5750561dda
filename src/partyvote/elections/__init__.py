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

from partyvote.elections.apportionment import (
    DHONDT,
    DROOP,
    HARE,
    MODIFIED_SAINTE_LAGUE,
    SAINTE_LAGUE,
    Allocation,
    Apportionment,
    ApportionmentMethod,
    DivisorMethod,
    LargestRemainder,
)
from partyvote.elections.ballot import Ballot, BallotForm, Mark
from partyvote.elections.counts import Counts
from partyvote.elections.cumulative import (
    CumulativeBallot,
    CumulativeElection,
    CumulativeInvalid,
    CumulativeResult,
)
from partyvote.elections.election import PROGRESS_EVERY, Election
from partyvote.elections.ranked import RankedElection, RankedInvalid, RankedResult, Stage
from partyvote.elections.result import CandidateResult, ElectionResult
from partyvote.elections.rounds import KeepOption, Round, Status, Step
from partyvote.elections.tally import Tally
from partyvote.elections.ties import ByKey, Chain, Lot, Older, Revote, TieBreak, TiePolicy
from partyvote.elections.validity import InvalidReason, Reading, Validity

__all__ = [
    "DHONDT",
    "DROOP",
    "HARE",
    "MODIFIED_SAINTE_LAGUE",
    "PROGRESS_EVERY",
    "SAINTE_LAGUE",
    "Allocation",
    "Apportionment",
    "ApportionmentMethod",
    "Ballot",
    "BallotForm",
    "ByKey",
    "CandidateResult",
    "Chain",
    "Counts",
    "CumulativeBallot",
    "CumulativeElection",
    "CumulativeInvalid",
    "CumulativeResult",
    "DivisorMethod",
    "Election",
    "ElectionResult",
    "InvalidReason",
    "KeepOption",
    "LargestRemainder",
    "Lot",
    "Mark",
    "Older",
    "RankedElection",
    "RankedInvalid",
    "RankedResult",
    "Reading",
    "Revote",
    "Round",
    "Stage",
    "Status",
    "Step",
    "Tally",
    "TieBreak",
    "TiePolicy",
    "Validity",
]


def __dir__() -> list[str]:
    return __all__
