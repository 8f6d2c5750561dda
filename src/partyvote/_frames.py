"""Results as pandas tables (``pip install 'partyvote[pandas]'``): the columns a user charts.

Every ``to_frame()`` builds its rows here: ``name``, ``votes``, ``share`` (the exact
:class:`~fractions.Fraction`, or ``None`` for an empty base), ``percent`` (the share as a
float percentage rounded to two places, for charts only: nothing is decided on it),
``required`` and ``status``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any

COLUMNS = ("name", "votes", "share", "percent", "required", "status")


def percent(share: Fraction | None) -> float | None:
    """*share* as a percentage rounded half up to two places, for charts."""
    if share is None:
        return None
    hundredths = share * 10000
    return (
        float((hundredths.numerator * 2 + hundredths.denominator) // (2 * hundredths.denominator))
        / 100
    )


def frame(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...] = COLUMNS) -> Any:
    """A :class:`pandas.DataFrame` of *rows*; pandas is imported only now."""
    try:
        import pandas as pd  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:  # pragma: no cover - the test environment has pandas
        raise ImportError("to_frame() needs pandas: pip install 'partyvote[pandas]'") from None
    return pd.DataFrame([dict(row) for row in rows], columns=list(columns))
