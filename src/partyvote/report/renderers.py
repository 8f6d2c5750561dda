"""The blocks of the minutes laid out as plain text, Markdown or a printable HTML page."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from partyvote._validate import show_hidden
from partyvote.report.blocks import Block, Heading, Para, Signatures, Table

__all__ = ["to_html", "to_markdown", "to_text"]


def __dir__() -> list[str]:
    return __all__


def _text_table(table: Table) -> list[str]:
    widths = [
        max(len(cell) for cell in column) for column in zip(table.headers, *table.rows, strict=True)
    ]

    def line(cells: Sequence[str]) -> str:
        padded = (
            cell.rjust(width) if numeric else cell.ljust(width)
            for cell, width, numeric in zip(cells, widths, table.numeric, strict=True)
        )
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return [line(table.headers), rule, *(line(row) for row in table.rows)]


def _shown(block: Block) -> Block:
    """The block with hidden characters written as escapes: a newline, an escape sequence or
    a right-to-left override in a title or name cannot add or disguise a line."""
    if isinstance(block, Heading):
        return Heading(block.level, show_hidden(block.text))
    if isinstance(block, Para):
        return Para(show_hidden(block.text))
    if isinstance(block, Table):
        rows = tuple(tuple(map(show_hidden, row)) for row in block.rows)
        return Table(tuple(map(show_hidden, block.headers)), rows, block.numeric)
    return Signatures(tuple(map(show_hidden, block.roles)), show_hidden(block.note))


def to_text(blocks: Sequence[Block]) -> str:
    """Plain text, for a terminal or a printer."""
    lines: list[str] = []
    for block in map(_shown, blocks):
        if isinstance(block, Heading):
            underline = "=" if block.level == 1 else "-"
            lines += [block.text, underline * len(block.text)]
        elif isinstance(block, Para):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines += _text_table(block)
        else:
            lines.append(block.note)
            lines.append("")
            lines.append("    ".join(role.ljust(24) for role in block.roles).rstrip())
            lines.append("")
            lines.append("")
            lines.append("    ".join("." * 24 for _ in block.roles))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_MD_SPECIAL = str.maketrans(
    {char: f"\\{char}" for char in "\\`*_[]"} | {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
)


_MD_LINE_START = re.compile(r"^(\s*)([#>+=~-]|\d+[.)])")


def _md(text: str) -> str:
    """Text as Markdown shows it literally: no emphasis, links or raw HTML from names."""
    return text.translate(_MD_SPECIAL)


def _md_line(text: str) -> str:
    """A paragraph as Markdown shows it literally: also no heading, quote or list from a
    name or title that starts like one ("# Elected: Mallory")."""
    return _MD_LINE_START.sub(lambda match: match[1] + "\\" + match[2], _md(text), count=1)


def _cell(text: str) -> str:
    return _md(text).replace("|", "\\|")


def to_markdown(blocks: Sequence[Block]) -> str:
    """Markdown (CommonMark with pipe tables)."""
    lines: list[str] = []
    for block in map(_shown, blocks):
        if isinstance(block, Heading):
            lines.append(f"{'#' * block.level} {_md(block.text)}")
        elif isinstance(block, Para):
            lines.append(_md_line(block.text))
        elif isinstance(block, Table):
            lines.append("| " + " | ".join(map(_cell, block.headers)) + " |")
            lines.append(
                "|" + "|".join("---:" if numeric else "---" for numeric in block.numeric) + "|"
            )
            lines += ["| " + " | ".join(map(_cell, row)) + " |" for row in block.rows]
        else:
            lines.append(_md_line(block.note))
            lines.append("")
            lines.append("| " + " | ".join(map(_cell, block.roles)) + " |")
            lines.append("|" + "|".join(":---:" for _ in block.roles) + "|")
            lines.append("| " + " | ".join("<br><br><br>" for _ in block.roles) + " |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_CSS = """
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "Times New Roman", "Noto Serif", serif; font-size: 12pt;
       line-height: 1.4; max-width: 180mm; margin: 0 auto; color: #000; }
h1 { font-size: 16pt; text-align: center; text-transform: uppercase; margin: 0 0 8pt; }
h2 { font-size: 13pt; margin: 16pt 0 6pt; page-break-after: avoid; }
p { margin: 4pt 0; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; page-break-inside: avoid; }
th, td { border: 1px solid #444; padding: 3pt 6pt; vertical-align: top; }
th { background: #eee; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.signatures { display: flex; justify-content: space-between; margin-top: 24pt;
              page-break-inside: avoid; }
.signatures div { flex: 1; text-align: center; font-weight: bold; min-height: 90pt; }
@media print { body { max-width: none; } }
""".strip()


def to_html(blocks: Sequence[Block], *, title: str, lang: str) -> str:
    """A self-contained HTML page, laid out for printing on A4."""
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(show_hidden(title))}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
    ]
    for block in map(_shown, blocks):
        if isinstance(block, Heading):
            out.append(f"<h{block.level}>{html.escape(block.text)}</h{block.level}>")
        elif isinstance(block, Para):
            out.append(f"<p>{html.escape(block.text)}</p>")
        elif isinstance(block, Table):
            out.append("<table>")
            out.append(
                "<tr>"
                + "".join(f"<th>{html.escape(cell)}</th>" for cell in block.headers)
                + "</tr>"
            )
            for row in block.rows:
                cells = "".join(
                    f'<td class="num">{html.escape(cell)}</td>'
                    if numeric
                    else f"<td>{html.escape(cell)}</td>"
                    for cell, numeric in zip(row, block.numeric, strict=True)
                )
                out.append(f"<tr>{cells}</tr>")
            out.append("</table>")
        else:
            out.append(f"<p>{html.escape(block.note)}</p>")
            roles = "".join(f"<div>{html.escape(role)}</div>" for role in block.roles)
            out.append(f'<div class="signatures">{roles}</div>')
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"
