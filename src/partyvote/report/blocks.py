"""The minutes as a list of blocks: headings, paragraphs, tables and signature lines.

Building the minutes once as blocks keeps the three formats saying exactly the same thing;
each renderer (:mod:`partyvote.report.renderers`) only lays the blocks out.
"""

from __future__ import annotations

from attrs import frozen

__all__ = [
    "Block",
    "Figure",
    "Header",
    "Heading",
    "Keep",
    "NewPage",
    "Para",
    "Signatures",
    "Table",
]


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


@frozen(kw_only=True)
class Signatures:
    """Who signs: one column per role; *on_behalf* above the first role ("TM. BAN KIỂM
    PHIẾU", "TM. TỔ BẦU CỬ"), *hint* under each ("(Ký, ghi rõ họ tên)") unless *hints* gives
    one per role (the head's asks for the seal), and the signers' names where known."""

    roles: tuple[str, ...]
    note: str = ""
    on_behalf: str = ""
    hint: str = ""
    names: tuple[str, ...] = ()
    hints: tuple[str, ...] = ()

    def hint_for(self, index: int) -> str:
        """The hint under the role at *index*."""
        return self.hints[index] if self.hints else self.hint


@frozen
class Header:
    """The two columns at the top of a form: the organisation (left) and the party and
    dateline (right)."""

    left: tuple[str, ...]
    right: tuple[str, ...]


@frozen
class NewPage:
    """Each set of minutes starts on a new sheet."""


@frozen
class Keep:
    """Blocks printed together on one page: the results with their signatures."""

    blocks: tuple[Heading | Para | Table | Signatures, ...]


@frozen
class Figure:
    """A chart: SVG markup drawn by partyvote (never a user's markup), and its caption.

    Only the HTML page shows the drawing; text and Markdown show the caption.
    """

    caption: str
    svg: str


Block = Heading | Para | Table | Signatures | Header | NewPage | Keep | Figure
