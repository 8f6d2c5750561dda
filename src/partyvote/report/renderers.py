"""The blocks of the minutes laid out as plain text, Markdown or a printable HTML page."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from itertools import zip_longest

from partyvote._validate import show_hidden
from partyvote.report.blocks import (
    Block,
    Figure,
    Header,
    Heading,
    Keep,
    NewPage,
    Para,
    Signatures,
    Table,
)

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


def _flat(blocks: Sequence[Block]) -> Iterator[Block]:
    """The blocks with groups opened: text and Markdown have no pages to keep them on."""
    for block in blocks:
        if isinstance(block, Keep):
            yield from block.blocks
        else:
            yield block


def _signature_columns(block: Signatures) -> list[list[str]]:
    """Each signer's lines, top to bottom, with room to sign above the name."""
    names = block.names or ("",) * len(block.roles)
    columns = []
    for index, (role, name) in enumerate(zip(block.roles, names, strict=True)):
        # "TM. TỔ BẦU CỬ" heads the first column only; the others keep their lines level.
        lines = [block.on_behalf if index == 0 else ""] if block.on_behalf else []
        lines.append(role)
        if block.hint or any(block.hints):  # every column keeps the same lines
            lines.append(block.hint_for(index))
        lines += ["", "", name or "." * 24]
        columns.append(lines)
    return columns


def _columns(columns: Sequence[Sequence[str]], gap: str = "    ") -> list[str]:
    width = max(len(line) for column in columns for line in column)
    return [
        gap.join(line.ljust(width) for line in row).rstrip()
        for row in zip_longest(*columns, fillvalue="")
    ]


def _shown(block: Block) -> Block:  # noqa: PLR0911 - one return per kind of block
    """The block with hidden characters written as escapes: a newline, an escape sequence or
    a right-to-left override in a title or name cannot add or disguise a line."""
    if isinstance(block, Heading):
        return Heading(block.level, show_hidden(block.text))
    if isinstance(block, Para):
        return Para(show_hidden(block.text))
    if isinstance(block, Table):
        rows = tuple(tuple(map(show_hidden, row)) for row in block.rows)
        return Table(tuple(map(show_hidden, block.headers)), rows, block.numeric)
    if isinstance(block, Header):
        return Header(tuple(map(show_hidden, block.left)), tuple(map(show_hidden, block.right)))
    if isinstance(block, Keep):
        return Keep(tuple(_shown(inner) for inner in block.blocks))  # type: ignore[misc]
    if isinstance(block, Signatures):
        return Signatures(
            roles=tuple(map(show_hidden, block.roles)),
            note=show_hidden(block.note),
            on_behalf=show_hidden(block.on_behalf),
            hint=show_hidden(block.hint),
            names=tuple(map(show_hidden, block.names)),
            hints=tuple(map(show_hidden, block.hints)),
        )
    if isinstance(block, Figure):  # the drawing is partyvote's own; the caption may name people
        return Figure(show_hidden(block.caption), block.svg)
    return block


def to_text(blocks: Sequence[Block]) -> str:
    """Plain text, for a terminal or a printer (a form feed starts each set of minutes)."""
    lines: list[str] = []
    for block in map(_shown, _flat(blocks)):
        if isinstance(block, Heading):
            underline = "=" if block.level == 1 else "-"
            lines += [block.text, underline * len(block.text)]
        elif isinstance(block, Para):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines += _text_table(block)
        elif isinstance(block, Header):
            lines += _columns([side for side in (block.left, block.right) if side])
        elif isinstance(block, NewPage):
            lines.append("\f")
        elif isinstance(block, Figure):
            lines.append(block.caption)
        elif isinstance(block, Signatures):
            if block.note:
                lines += [block.note, ""]
            lines += _columns(_signature_columns(block))
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
    return _MD_LINE_START.sub(_escape_marker, _md(text), count=1)


def _escape_marker(match: re.Match[str]) -> str:
    # CommonMark escapes punctuation only: "\#", but "1\)" for a list number.
    marker = match[2]
    return match[1] + marker[:-1] + "\\" + marker[-1]


def _cell(text: str) -> str:
    return _md(text).replace("|", "\\|")


def to_markdown(blocks: Sequence[Block]) -> str:
    """Markdown (CommonMark with pipe tables)."""
    lines: list[str] = []
    for block in map(_shown, _flat(blocks)):
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
        elif isinstance(block, Header):
            lines.append(
                "| "
                + " | ".join(_cell(" / ".join(side)) for side in (block.left, block.right))
                + " |"
            )
            lines.append("|:---:|:---:|")
        elif isinstance(block, NewPage):
            lines.append("* * *")
        elif isinstance(block, Figure):
            lines.append(_md(block.caption))
        elif isinstance(block, Signatures):
            if block.note:
                lines += [_md_line(block.note), ""]
            columns = _signature_columns(block)
            lines.append("| " + " | ".join(_cell(column[0]) for column in columns) + " |")
            lines.append("|" + "|".join(":---:" for _ in columns) + "|")
            lines += [
                "| " + " | ".join(_cell(line) if line else "<br>" for line in row) + " |"
                for row in zip(*(column[1:] for column in columns), strict=True)
            ]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# One family for every glyph: each of these covers Vietnamese whole (stacked diacritics such as
# ổ, ồ in one face), so whichever the printer has, no letter falls back to another face.  Not
# "Liberation Serif", and "Times New Roman" only last: on Linux the latter is an alias of the
# former, whose older releases lack Vietnamese, so letters came from two faces.
FONT = '"Noto Serif", "DejaVu Serif", "Times New Roman", serif'

_CSS = """
@page { size: A4; margin: 20mm 18mm 22mm;
        @bottom-center { content: "PAGE " counter(page) " / " counter(pages);
                         font-family: FONT; font-size: 10pt; } }
body { font-family: FONT; font-size: 12pt;
       line-height: 1.5; max-width: 180mm; margin: 0 auto; color: #000; }
h1 { font-size: 14pt; text-align: center; text-transform: uppercase; margin: 12pt 0 4pt; }
h2 { font-size: 13pt; margin: 16pt 0 6pt; break-after: avoid; }
p { margin: 4pt 0; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
tr { break-inside: avoid; }
th, td { border: 1px solid #444; padding: 2pt 5pt; vertical-align: top; }
th { background: #eee; }
/* Names and verdicts stay on one line: long headers wrap instead, so a result keeps to its page. */
td { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.header { display: flex; justify-content: space-between; text-align: center;
          font-weight: bold; padding-top: 6pt; }
.header div { flex: 1; }
.new-page { break-after: page; }  /* the header's padding keeps the marks above capitals
   (Ả, Ố) on its own page: Chromium paints ink above a page's first line on the page before */
.keep { break-inside: avoid; }
.signatures { display: flex; justify-content: space-around; margin-top: 18pt;
              break-inside: avoid; }
.signatures div { flex: 0 1 auto; text-align: center; min-width: 55mm; }
.signatures .role { font-weight: bold; }
.signatures .hint { font-style: italic; }
.signatures .name { margin-top: 60pt; font-weight: bold; }
@media print { body { max-width: none; } }
""".strip()


_FIGURE_STYLE = "margin: 8pt 0; text-align: center; page-break-inside: avoid"


def _html_block(block: Block, out: list[str]) -> None:
    if isinstance(block, Heading):
        out.append(f"<h{block.level}>{html.escape(block.text)}</h{block.level}>")
    elif isinstance(block, Para):
        out.append(f"<p>{html.escape(block.text)}</p>")
    elif isinstance(block, Table):
        out.append("<table>")
        out.append(
            "<tr>" + "".join(f"<th>{html.escape(cell)}</th>" for cell in block.headers) + "</tr>"
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
    elif isinstance(block, Header):
        sides = "".join(
            "<div>" + "<br>".join(html.escape(line) for line in side) + "</div>"
            for side in (block.left, block.right)
        )
        out.append(f'<div class="header">{sides}</div>')
    elif isinstance(block, NewPage):
        out.append('<div class="new-page"></div>')
    elif isinstance(block, Figure):
        caption = html.escape(block.caption)
        # Styled inline, so that pages without figures keep their stylesheet.
        out.append(f'<figure style="{_FIGURE_STYLE}">\n{block.svg}')
        out.append(f"<figcaption><i>{caption}</i></figcaption>\n</figure>")
    elif isinstance(block, Keep):
        out.append('<div class="keep">')
        for inner in block.blocks:
            _html_block(inner, out)
        out.append("</div>")
    else:
        if block.note:
            out.append(f"<p>{html.escape(block.note)}</p>")
        names = block.names or ("",) * len(block.roles)
        behalf = [html.escape(block.on_behalf)] + ["&nbsp;"] * (len(block.roles) - 1)
        hints = [block.hint_for(index) for index in range(len(block.roles))]
        signers = "".join(
            "<div>"
            + (f'<p class="role">{above}</p>' if block.on_behalf else "")
            + f'<p class="role">{html.escape(role)}</p>'
            + (f'<p class="hint">{html.escape(hint)}</p>' if hint else "")
            + f'<p class="name">{html.escape(name) or "&nbsp;"}</p>'
            + "</div>"
            for role, name, above, hint in zip(block.roles, names, behalf, hints, strict=True)
        )
        out.append(f'<div class="signatures">{signers}</div>')


def to_html(blocks: Sequence[Block], *, title: str, lang: str, page: str = "Page") -> str:
    """A self-contained HTML page, laid out for printing on A4, its pages numbered
    ("*page* 1 / 3")."""
    css = _CSS.replace("FONT", FONT).replace("PAGE", html.escape(page).replace('"', ""))
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(show_hidden(title))}</title>",
        f"<style>\n{css}\n</style>",
        "</head>",
        "<body>",
    ]
    for block in map(_shown, blocks):
        _html_block(block, out)
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"
