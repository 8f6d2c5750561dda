"""Exact numbers for people: shares and percentages written exactly (ratios are read in
:mod:`partyvote._validate`)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

RatioLike = Fraction | int | str | Decimal
"""What partyvote accepts as a ratio: never a ``float``."""


def format_fraction(ratio: Fraction) -> str:
    """``1/2``, ``2/3``, ``1``: a fraction in lowest terms."""
    if ratio.denominator == 1:
        return str(ratio.numerator)
    return f"{ratio.numerator}/{ratio.denominator}"


def format_int(value: int, lang: str = "en") -> str:
    """A whole number with the thousands separator of *lang*.

    >>> format_int(1234567, "en"), format_int(1234567, "vi")
    ('1,234,567', '1.234.567')
    """
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "vi" else text


def exact_decimal(value: Fraction, lang: str = "en") -> str:
    """The exact decimal expansion of *value*, a repeating part in parentheses.

    >>> exact_decimal(Fraction(1, 8)), exact_decimal(Fraction(200, 3), "vi")
    ('0.125', '66,(6)')
    """
    point = "," if lang == "vi" else "."
    sign = "-" if value < 0 else ""
    numerator, denominator = abs(value.numerator), value.denominator
    whole, remainder = divmod(numerator, denominator)
    digits: list[str] = []
    seen: dict[int, int] = {}
    while remainder and remainder not in seen:
        seen[remainder] = len(digits)
        digit, remainder = divmod(remainder * 10, denominator)
        digits.append(str(digit))
    head = sign + format_int(whole, lang)
    if not digits:
        return head
    if remainder:
        start = seen[remainder]
        return f"{head}{point}{''.join(digits[:start])}({''.join(digits[start:])})"
    return f"{head}{point}{''.join(digits)}"


def format_percent(share: Fraction, lang: str = "en") -> str:
    """*share* as an exact percentage.

    >>> format_percent(Fraction(16, 31)), format_percent(Fraction(3, 4), "vi")
    ('51.(612903225806451)%', '75%')
    """
    return exact_decimal(share * 100, lang) + "%"


def format_ratio(ratio: Fraction, lang: str = "en") -> str:
    """A threshold's ratio as people write it: ``1/2``, ``2/3``, ``55%``.

    Small denominators read best as fractions; others as a percentage when that is a short
    exact decimal, else as a fraction.

    >>> format_ratio(Fraction(1, 2)), format_ratio(Fraction(11, 20)), format_ratio(Fraction(1, 7))
    ('1/2', '55%', '1/7')
    """
    if ratio.denominator <= 5:
        return format_fraction(ratio)
    percent = ratio * 100
    if (percent * 100).denominator == 1:
        return format_percent(ratio, lang)
    return format_fraction(ratio)
