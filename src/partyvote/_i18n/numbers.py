"""Exact numbers for people: ratios read from text, shares and percentages written exactly."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from partyvote._i18n.catalog import check_language
from partyvote.errors import RatioError

RatioLike = Fraction | int | str | Decimal
"""What partyvote accepts as a ratio: never a ``float``."""


def parse_ratio(value: object) -> Fraction:
    """Read an exact ratio in (0, 1] from a Fraction, int, Decimal or string.

    >>> parse_ratio("2/3"), parse_ratio("75%"), parse_ratio("0.55"), parse_ratio(1)
    (Fraction(2, 3), Fraction(3, 4), Fraction(11, 20), Fraction(1, 1))
    """
    ratio: Fraction
    if isinstance(value, float):
        raise RatioError("ratio.float", value=value)
    if isinstance(value, bool) or not isinstance(value, Fraction | int | str | Decimal):
        raise RatioError("ratio.type", value=value, type=type(value).__name__)
    if isinstance(value, str):
        text = value.strip().replace(" ", "")
        try:
            ratio = Fraction(text[:-1]) / 100 if text.endswith("%") else Fraction(text)
        except (ValueError, ZeroDivisionError):
            raise RatioError("ratio.syntax", value=value) from None
    else:
        try:
            ratio = Fraction(value)
        except (ValueError, OverflowError):  # Decimal NaN or infinity
            raise RatioError("ratio.syntax", value=value) from None
    if not 0 < ratio <= 1:
        raise RatioError("ratio.range", value=format_fraction(ratio))
    return ratio


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
    return text.replace(",", ".") if check_language(lang) == "vi" else text


def exact_decimal(value: Fraction, lang: str = "en") -> str:
    """The exact decimal expansion of *value*, a repeating part in parentheses.

    >>> exact_decimal(Fraction(1, 8)), exact_decimal(Fraction(200, 3), "vi")
    ('0.125', '66,(6)')
    """
    point = "," if check_language(lang) == "vi" else "."
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
