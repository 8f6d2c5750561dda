"""Reports: the minutes of a counted meeting as text, Markdown, HTML or canonical JSON, the
comparison of independent counts, and the overview of many meetings.

>>> from partyvote.report import FORMATS
>>> FORMATS
('text', 'markdown', 'html', 'json')
"""

from __future__ import annotations

from partyvote.report.canonical import minutes_data
from partyvote.report.compare import compare
from partyvote.report.document import FORMATS, minutes
from partyvote.report.summary import SUMMARY_FORMATS, summary, summary_data

__all__ = [
    "FORMATS",
    "SUMMARY_FORMATS",
    "compare",
    "minutes",
    "minutes_data",
    "summary",
    "summary_data",
]


def __dir__() -> list[str]:
    return __all__
