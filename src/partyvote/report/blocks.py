"""The minutes as a list of blocks: headings, paragraphs, tables and signature lines.

Building the minutes once as blocks keeps the three formats saying exactly the same thing;
each renderer (:mod:`partyvote.report.renderers`) only lays the blocks out.
"""

from __future__ import annotations

from attrs import frozen

__all__ = ["Block", "Figure", "Heading", "Para", "Signatures", "Table"]


def __dir__() -> list[str]:
    return __all__


@frozen
class Heading:
    level: int
    text: str


@frozen
class Para:
    text: str


@frozen
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]


@frozen
class Signatures:
    roles: tuple[str, ...]
    note: str


@frozen
class Figure:
    """A chart: SVG markup drawn by partyvote (never a user's markup), and its caption.

    Only the HTML page shows the drawing; text and Markdown show the caption.
    """

    caption: str
    svg: str


Block = Heading | Para | Table | Signatures | Figure
