"""Numbers and percentages as the minutes print them, for applications to print the same.

>>> import partyvote as pv
>>> pv.format_number(1234567, "vi"), pv.format_number(1234567)
('1.234.567', '1,234,567')
>>> result = pv.Election(seats=1, candidates=["An", "Bình"]).count([("An",)] * 2 + [("Bình",)])
>>> pv.format_percent(result.candidates[0].share, "vi") == result.candidates[0].share_text("vi")
True
"""

from __future__ import annotations

from fractions import Fraction

from partyvote._i18n import numbers
from partyvote._validate import check_digits
from partyvote.errors import check_language

__all__ = ["format_number", "format_percent"]


def __dir__() -> list[str]:
    return __all__


def format_number(value: int, lang: str = "en") -> str:
    """A whole number with the thousands separator of *lang* (``"1.234"`` in Vietnamese)."""
    return numbers.format_int(value, check_language(lang))


def format_percent(share: Fraction, lang: str = "en", *, digits: int = 2) -> str:
    """*share* (a fraction: ``Fraction(2, 3)``) as a percentage in *lang*, exactly as the
    minutes and explanations print it, following the project's published convention:
    rounded half up to *digits* decimals (2 unless a body publishes fewer).

    >>> import partyvote as pv
    >>> pv.format_percent(Fraction(140135, 678786)), pv.format_percent(Fraction(140135, 678786),
    ...                                                                digits=1)
    ('20.64%', '20.6%')
    """
    check_digits(digits)
    return numbers.format_percent(share, check_language(lang), digits)
