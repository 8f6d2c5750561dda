"""partyvote: voting rules with exact arithmetic and results that explain themselves.

>>> import partyvote as pv
>>> pv.more_than("1/2").required(31), pv.at_least("2/3").required(31)
(16, 21)
"""

from __future__ import annotations

from partyvote import errors, rulebooks
from partyvote.elections.ballot import Ballot, BallotForm, Mark
from partyvote.elections.election import Election, approval
from partyvote.elections.result import CandidateResult, ElectionResult, Status
from partyvote.elections.tally import Tally
from partyvote.elections.ties import ByKey, Chain, Lot, Revote, TieBreak, TiePolicy, older_wins
from partyvote.elections.validity import InvalidReason, Validity
from partyvote.errors import PartyvoteError
from partyvote.roll import Roll
from partyvote.rulebooks.model import Parameter, Rulebook, Source, SurplusLimit
from partyvote.rules.bases import (
    BUILTIN_BASES,
    CAST,
    CONVENED,
    DECISIVE,
    MEMBERS,
    NON_BLANK,
    PRESENT,
    VALID,
    Base,
)
from partyvote.rules.compound import AllOf, AnyOf, Rule, RuleOps, all_of, any_of
from partyvote.rules.decision import Decision, Reason
from partyvote.rules.minimum import Minimum
from partyvote.rules.motion import Motion
from partyvote.rules.quorum import Quorum
from partyvote.rules.threshold import Threshold, at_least, more_than, unanimous
from partyvote.rules.weighted import Choice, DoubleMajority, Heads, Poll, WeightedVote
from partyvote.votes import Votes

__version__ = "0.1.0"

__all__ = [
    "BUILTIN_BASES",
    "CAST",
    "CONVENED",
    "DECISIVE",
    "MEMBERS",
    "NON_BLANK",
    "PRESENT",
    "VALID",
    "AllOf",
    "AnyOf",
    "Ballot",
    "BallotForm",
    "Base",
    "ByKey",
    "CandidateResult",
    "Chain",
    "Choice",
    "Decision",
    "DoubleMajority",
    "Election",
    "ElectionResult",
    "Heads",
    "InvalidReason",
    "Lot",
    "Mark",
    "Minimum",
    "Motion",
    "Parameter",
    "PartyvoteError",
    "Poll",
    "Quorum",
    "Reason",
    "Revote",
    "Roll",
    "Rule",
    "RuleOps",
    "Rulebook",
    "Source",
    "Status",
    "SurplusLimit",
    "Tally",
    "Threshold",
    "TieBreak",
    "TiePolicy",
    "Validity",
    "Votes",
    "WeightedVote",
    "__version__",
    "all_of",
    "any_of",
    "approval",
    "at_least",
    "errors",
    "more_than",
    "older_wins",
    "rulebooks",
    "unanimous",
]


def __dir__() -> list[str]:
    return __all__
