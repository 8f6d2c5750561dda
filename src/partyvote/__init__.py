"""partyvote: voting rules with exact arithmetic and results that explain themselves.

>>> import partyvote as pv
>>> pv.more_than("1/2").required(31), pv.at_least("2/3").required(31)
(16, 21)
"""

from __future__ import annotations

from partyvote import errors
from partyvote.base import (
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
from partyvote.decision import Decision, Reason
from partyvote.errors import PartyvoteError
from partyvote.motion import Motion
from partyvote.quorum import Quorum
from partyvote.roll import Roll
from partyvote.rule import AllOf, AnyOf, Rule, RuleOps, all_of, any_of
from partyvote.threshold import Threshold, at_least, more_than, unanimous
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
    "Base",
    "Decision",
    "Motion",
    "PartyvoteError",
    "Quorum",
    "Reason",
    "Roll",
    "Rule",
    "RuleOps",
    "Threshold",
    "Votes",
    "__version__",
    "all_of",
    "any_of",
    "at_least",
    "errors",
    "more_than",
    "unanimous",
]


def __dir__() -> list[str]:
    return __all__
