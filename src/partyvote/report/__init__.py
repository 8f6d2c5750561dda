"""Reports: the minutes of a counted meeting as text, Markdown, HTML or canonical JSON, and the
comparison of independent counts.

>>> from partyvote.report import FORMATS
>>> FORMATS
('text', 'markdown', 'html', 'json')
"""

from __future__ import annotations

from partyvote.report.canonical import minutes_data
from partyvote.report.compare import compare
from partyvote.report.document import FORMATS, minutes

__all__ = ["FORMATS", "compare", "minutes", "minutes_data"]


def __dir__() -> list[str]:
    return __all__
