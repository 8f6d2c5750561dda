"""The minutes as a list of blocks: headings, paragraphs, tables and signature lines.

Building the minutes once as blocks keeps the three formats saying exactly the same thing;
each renderer (:mod:`partyvote.report.renderers`) only lays the blocks out.
"""

from __future__ import annotations

from attrs import frozen

__all__ = ["Block", "Heading", "Para", "Signatures", "Table"]


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


Block = Heading | Para | Table | Signatures
