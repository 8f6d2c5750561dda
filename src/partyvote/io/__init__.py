"""Files in and out: meeting files (TOML or JSON), their JSON Schema, ballots files (CSV) and
the bundled example congress.

>>> from partyvote.io import load
>>> load  # doctest: +ELLIPSIS
<function load at ...>
"""

from __future__ import annotations

from partyvote.io import _data  # noqa: F401 - puts meeting results on partyvote.converter
from partyvote.io.ballots import read_ballots
from partyvote.io.forms import MinutesOptions, PollingDetails
from partyvote.io.meeting import (
    CumulativeOutcome,
    CumulativeQuestion,
    ElectionOutcome,
    ElectionQuestion,
    Meeting,
    MeetingResult,
    MotionOutcome,
    MotionQuestion,
    RankedOutcome,
    RankedQuestion,
    SeatsOutcome,
    SeatsQuestion,
    load,
    loads,
)

__all__ = [
    "CumulativeOutcome",
    "CumulativeQuestion",
    "ElectionOutcome",
    "ElectionQuestion",
    "Meeting",
    "MeetingResult",
    "MinutesOptions",
    "MotionOutcome",
    "MotionQuestion",
    "PollingDetails",
    "RankedOutcome",
    "RankedQuestion",
    "SeatsOutcome",
    "SeatsQuestion",
    "load",
    "loads",
    "read_ballots",
]


def __dir__() -> list[str]:
    return __all__
