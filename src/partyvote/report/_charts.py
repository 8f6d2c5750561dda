"""Charts for the HTML overview, drawn with matplotlib (the optional extra ``charts``).

The charts are SVG, embedded in the page so that it stays one printable file.  Text stays
text (``svg.fonttype = none``), so Vietnamese names are shaped by the reader's fonts, and
the drawing is the same on every run (a fixed hash salt, no date).  Floats here only place
bars; every number a reader is told comes from the exact fractions in the tables.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from partyvote._i18n.catalog import render
from partyvote.report._aggregate import BANDS, band_label, distribution, head_result, invalid_reason
from partyvote.report._records import ElectionRecord, MeetingRecord

_INK = "#1f3b73"
_UNANIMOUS = "#b22222"
_WIDTH = 6.5  # inches: the width of an A4 page less its margins


def _svg(figure: Any) -> str:
    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context(
        {"svg.fonttype": "none", "svg.hashsalt": "partyvote", "font.size": 9}
    ):
        figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    text = buffer.getvalue()
    # The page is HTML: keep the <svg> element, not the XML prologue and doctype, and let it
    # shrink to the page's width.
    svg = text[re.search(r"<svg[\s>]", text).start() :].strip()  # type: ignore[union-attr]
    return svg.replace("<svg", '<svg style="max-width: 100%; height: auto"', 1)


def _bars(labels: Sequence[str], values: Sequence[float], colours: Sequence[str]) -> Any:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(_WIDTH, 0.35 * len(labels) + 0.9))
    axes = figure.add_subplot()
    positions = range(len(labels))
    axes.barh(positions, values, color=colours)
    axes.set_yticks(positions, labels)
    axes.invert_yaxis()
    axes.spines[["top", "right"]].set_visible(False)
    return figure, axes


def _heads_chart(records: Sequence[MeetingRecord], lang: str) -> tuple[str, str] | None:
    rows = [(record.unit, record.head) for record in records if record.head is not None]
    if not rows:
        return None
    labels, values, colours = [], [], []
    for unit, election in rows:
        candidate = election.elected[0] if election.elected else election.candidates[0]
        share = candidate.share or 0
        labels.append(unit)
        values.append(float(share * 100))
        colours.append(_UNANIMOUS if head_result(election) == "unanimous" else _INK)
    figure, axes = _bars(labels, values, colours)
    axes.set_xlim(0, 100)
    axes.axvline(50, color="#555555", linestyle="--", linewidth=1)
    axes.text(50.5, -0.6, render("summary.chart.majority", lang), fontsize=8, color="#555555")
    axes.set_xlabel("%")
    from matplotlib.patches import Patch

    legend = [
        Patch(color=_UNANIMOUS, label=render("summary.head.unanimous", lang)),
        Patch(color=_INK, label=render("summary.head.elected", lang)),
    ]
    axes.legend(handles=legend, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    return render("summary.chart.heads", lang), _svg(figure)


def _members_chart(records: Sequence[MeetingRecord], lang: str) -> tuple[str, str] | None:
    counts = [members for _, members in distribution(records)]
    if not any(counts):
        return None
    labels = [band_label(low, high, lang) for low, high in BANDS]
    figure, axes = _bars(labels, counts, [_INK] * len(labels))
    axes.xaxis.get_major_locator().set_params(integer=True)
    return render("summary.chart.members", lang), _svg(figure)


def _invalid_chart(records: Sequence[MeetingRecord], lang: str) -> tuple[str, str] | None:
    invalid: Counter[str] = Counter()
    for record in records:
        for question in record.questions:
            if isinstance(question, ElectionRecord):
                invalid.update(dict(question.invalid))
    if not invalid:
        return None
    reasons = sorted(invalid, key=lambda reason: (-invalid[reason], reason))
    labels = [invalid_reason(reason, lang) for reason in reasons]
    figure, axes = _bars(labels, [invalid[reason] for reason in reasons], [_INK] * len(labels))
    axes.xaxis.get_major_locator().set_params(integer=True)
    return render("summary.chart.invalid", lang), _svg(figure)


def draw(records: Sequence[MeetingRecord], lang: str) -> list[tuple[str, str]] | None:
    """The charts as (caption, SVG), or ``None`` when matplotlib is not installed."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return None
    charts = (_heads_chart, _members_chart, _invalid_chart)
    return [chart for draw_one in charts if (chart := draw_one(records, lang)) is not None]
