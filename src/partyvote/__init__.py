"""partyvote: voting rules with exact arithmetic and results that explain themselves.

>>> import partyvote as pv
>>> pv.more_than("1/2").required(31), pv.at_least("2/3").required(31)
(16, 21)

The root holds the names a user types; the rest of each layer's public names live in its
subpackage: :mod:`partyvote.rules`, :mod:`partyvote.elections`, :mod:`partyvote.rulebooks`,
:mod:`partyvote.io` and :mod:`partyvote.report`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from partyvote import elections, errors, rulebooks, rules
from partyvote._format import format_number, format_percent
from partyvote.elections.ballot import Ballot, Mark
from partyvote.elections.election import Election
from partyvote.elections.result import ElectionResult
from partyvote.elections.tally import Tally
from partyvote.elections.validity import Validity
from partyvote.errors import PartyvoteError
from partyvote.roll import Roll
from partyvote.rules.bases import CAST, CONVENED, DECISIVE, MEMBERS, NON_BLANK, PRESENT, VALID, Base
from partyvote.rules.compound import Rule, all_of, any_of
from partyvote.rules.decision import Decision
from partyvote.rules.minimum import Minimum
from partyvote.rules.motion import Motion
from partyvote.rules.quorum import Quorum
from partyvote.rules.threshold import Threshold, at_least, more_than, unanimous
from partyvote.rules.weighted import Poll
from partyvote.votes import Votes

if TYPE_CHECKING:
    from partyvote._convert import converter

__version__ = "0.1.0"

__all__ = [
    "CAST",
    "CONVENED",
    "DECISIVE",
    "MEMBERS",
    "NON_BLANK",
    "PRESENT",
    "VALID",
    "Ballot",
    "Base",
    "Decision",
    "Election",
    "ElectionResult",
    "Mark",
    "Minimum",
    "Motion",
    "PartyvoteError",
    "Poll",
    "Quorum",
    "Roll",
    "Rule",
    "Tally",
    "Threshold",
    "Validity",
    "Votes",
    "__version__",
    "all_of",
    "any_of",
    "at_least",
    "converter",
    "elections",
    "errors",
    "format_number",
    "format_percent",
    "more_than",
    "rulebooks",
    "rules",
    "unanimous",
]


def __dir__() -> list[str]:
    return __all__


def __getattr__(name: str) -> object:
    # cattrs and the meeting files load on first use, keeping ``import partyvote`` quick.
    if name == "converter":
        import partyvote.io  # noqa: F401 - registers the meeting results
        from partyvote._convert import converter

        return converter
    raise AttributeError(f"module 'partyvote' has no attribute {name!r}")
