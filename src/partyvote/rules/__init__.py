"""Rules: bases, thresholds, quorums, minimums, compound rules, motions and weighted votes.

A rule reads a :class:`~partyvote.Roll` and :class:`~partyvote.Votes` and gives a
:class:`~partyvote.Decision`.  Rules never read ballots: this package imports nothing from
:mod:`partyvote.elections`.

The names used most are also at the root (``partyvote.Quorum``); the rest are here:

>>> from partyvote.rules import Reason
>>> Reason.PASSED.value
'passed'
"""

from __future__ import annotations

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
    BaseFunction,
)
from partyvote.rules.compound import AllOf, AnyOf, Rule, RuleOps, all_of, any_of, describe
from partyvote.rules.decision import Decision, Measure, Reason
from partyvote.rules.minimum import Minimum
from partyvote.rules.motion import Motion
from partyvote.rules.quorum import Quorum
from partyvote.rules.shares import SHARES_PRESENT, SHARES_VOTING, VOTING_SHARES, ShareQuorum
from partyvote.rules.threshold import RatioLike, Threshold, at_least, more_than, unanimous
from partyvote.rules.weighted import (
    Choice,
    DoubleMajority,
    Heads,
    ParticipatingMajority,
    Poll,
    WeightedVote,
)

__all__ = [
    "BUILTIN_BASES",
    "CAST",
    "CONVENED",
    "DECISIVE",
    "MEMBERS",
    "NON_BLANK",
    "PRESENT",
    "SHARES_PRESENT",
    "SHARES_VOTING",
    "VALID",
    "VOTING_SHARES",
    "AllOf",
    "AnyOf",
    "Base",
    "BaseFunction",
    "Choice",
    "Decision",
    "DoubleMajority",
    "Heads",
    "Measure",
    "Minimum",
    "Motion",
    "ParticipatingMajority",
    "Poll",
    "Quorum",
    "RatioLike",
    "Reason",
    "Rule",
    "RuleOps",
    "ShareQuorum",
    "Threshold",
    "WeightedVote",
    "all_of",
    "any_of",
    "at_least",
    "describe",
    "more_than",
    "unanimous",
]


def __dir__() -> list[str]:
    return __all__
