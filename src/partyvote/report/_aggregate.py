"""What the overview counts across meetings, and the words and numbers it shows them with.

Shared by the overview's tables (:mod:`partyvote.report._overview`) and charts
(:mod:`partyvote.report._charts`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from fractions import Fraction
from typing import Any, Final

from partyvote._i18n.catalog import render
from partyvote._i18n.numbers import format_percent
from partyvote.report._records import ElectionRecord, MeetingRecord

#: The bands of the distribution of shares, highest first: [low, high), and 100 % alone.
BANDS: Final[tuple[tuple[Fraction, Fraction | None], ...]] = (
    (Fraction(1), None),
    (Fraction(9, 10), Fraction(1)),
    (Fraction(8, 10), Fraction(9, 10)),
    (Fraction(7, 10), Fraction(8, 10)),
    (Fraction(6, 10), Fraction(7, 10)),
    (Fraction(1, 2), Fraction(6, 10)),
    (Fraction(0), Fraction(1, 2)),
)


def band(share: Fraction) -> int:
    """The index in :data:`BANDS` of the band holding *share*.

    >>> band(Fraction(1)), band(Fraction(99, 100)), band(Fraction(1, 2)), band(Fraction(1, 3))
    (0, 1, 5, 6)
    """
    return next(index for index, (low, _) in enumerate(BANDS) if share >= low)


def head_result(election: ElectionRecord) -> str:
    """How the secretary's direct election ended: ``unanimous`` (every valid ballot),
    ``majority`` (elected by more than half), ``elected`` (by another rule) or ``failed``."""
    if not election.elected:
        return "failed"
    if election.elected[0].votes == election.valid > 0:
        return "unanimous"
    return "majority" if election.majority else "elected"


def head_next(election: ElectionRecord) -> str:
    """What follows a failed direct election: ``again``, ``round`` or ``names``."""
    if election.status == "no-quorum":
        return "again"
    return "names" if election.next_names is None else "round"


def totals(records: Sequence[MeetingRecord], planned: Sequence[str] | None) -> dict[str, Any]:
    heads = [record.head for record in records if record.head is not None]
    results = Counter(head_result(head) for head in heads)
    committees = [record.committee for record in records if record.committee is not None]
    invalid: Counter[str] = Counter()
    for record in records:
        for question in record.questions:
            if isinstance(question, ElectionRecord):
                invalid.update(dict(question.invalid))
    return {
        "planned": None if planned is None else len(planned),
        "held": len(records),
        "quorate": sum(1 for record in records if record.quorate),
        "heads_elected": len(heads) - results["failed"],
        "heads_unanimous": results["unanimous"],
        "heads_failed": results["failed"],
        "committee_filled": sum(len(c.elected) for c in committees),
        "committee_empty": sum(c.seats - len(c.elected) for c in committees),
        "invalid": dict(sorted(invalid.items())),
    }


def distribution(records: Sequence[MeetingRecord]) -> list[tuple[int, int]]:
    """Per band of :data:`BANDS`: the secretaries and the committee members elected in it."""
    counts = [[0, 0] for _ in BANDS]
    for record in records:
        for column, election in enumerate((record.head, record.committee)):
            for candidate in () if election is None else election.elected:
                if candidate.share is not None:
                    counts[band(candidate.share)][column] += 1
    return [(heads, members) for heads, members in counts]


def band_label(low: Fraction, high: Fraction | None, lang: str) -> str:
    """A band of shares in words: "100%", "90% to under 100%", "under 50%"."""
    if high is None:
        return render("summary.band.all", lang)
    if not low:
        return render("summary.band.below", lang, high=format_percent(high, lang))
    low_text, high_text = format_percent(low, lang), format_percent(high, lang)
    return render("summary.band.range", lang, low=low_text, high=high_text)


def percent(share: Fraction, lang: str = "en") -> str:
    """*share* as people read it: two decimals, half up, the language's decimal point.

    A share that is not 100 % never reads "100,00%": it gets the digits that tell it apart.

    >>> percent(Fraction(101, 117), "vi"), percent(Fraction(1)), percent(Fraction(99999, 100000))
    ('86,32%', '100.00%', '99.999%')
    """
    return format_percent(share, lang, against=Fraction(1))


def invalid_reason(reason: str, lang: str) -> str:
    try:
        return render(f"invalid.{reason}", lang)
    except KeyError:
        return reason


def head_words(election: ElectionRecord, lang: str) -> str:
    """How the secretary's direct election ended, in a few words."""
    result = head_result(election)
    if result != "failed":
        return render(f"summary.head.{result}", lang)
    step = head_next(election)
    names = ", ".join(election.next_names or ())
    return render(
        "summary.head.failed", lang, next=render(f"summary.next.{step}", lang, names=names)
    )
