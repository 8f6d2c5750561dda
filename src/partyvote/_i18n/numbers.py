"""Numbers for people: whole numbers, shares and percentages as bodies publish them (ratios
are read in :mod:`partyvote._validate`).

Percentages are rounded half up to a fixed number of decimals, with the language's decimal
separator, as the National Election Council publishes them ("86,47%"); no display grows with
the size of a number.  Where rounding would blur a verdict (a share just above half shown as
"50,00%"), :func:`format_percent` adds the digits that tell the share and the threshold apart.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

RatioLike = Fraction | int | str | Decimal
"""What partyvote accepts as a ratio: never a ``float``."""

PERCENT_DIGITS = 2
"""The decimals of a percentage by default: two, as the National Election Council publishes."""

MAX_PERCENT_DIGITS = 12
"""The most decimals a percentage may be asked for."""


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


def round_half_up(value: Fraction, digits: int) -> Fraction:
    """*value* rounded to *digits* decimals, halves away from zero (22.565 → 22.57).

    >>> round_half_up(Fraction(22565, 1000), 2), round_half_up(Fraction(-5, 2), 0)
    (Fraction(2257, 100), Fraction(-3, 1))
    """
    scale = 10**digits
    magnitude = (2 * abs(value) * scale + 1) // 2  # floor(|v|·10^d + 1/2): half up
    return Fraction(-magnitude if value < 0 else magnitude, scale)


def _decimal(value: Fraction, digits: int, lang: str) -> str:
    """*value*, already a multiple of 10^-digits, with exactly *digits* decimals."""
    scale = 10**digits
    units = abs(value.numerator * scale // value.denominator)
    whole, frac = divmod(units, scale)
    text = format_int(whole, lang)
    if digits:
        text += ("," if lang == "vi" else ".") + str(frac).zfill(digits)
    return ("-" if value < 0 else "") + text


def format_decimal(value: Fraction, lang: str = "en", digits: int = 3) -> str:
    """*value* in decimals: exact when *digits* decimals hold it, else rounded half up to
    *digits* and marked ``≈``; never longer than the integer part plus *digits*.

    >>> format_decimal(Fraction(8789)), format_decimal(Fraction(5, 2), "vi")
    ('8,789', '2,5')
    >>> format_decimal(Fraction(1, 3)), format_decimal(Fraction(2, 3), "vi", 5)
    ('≈0.333', '≈0,66667')
    """
    rounded = round_half_up(value, digits)
    text = _decimal(rounded, digits, lang)
    if digits:
        text = text.rstrip("0").removesuffix("," if lang == "vi" else ".")
    return text if rounded == value else "≈" + text


def _side(value: Fraction, against: Fraction) -> int:
    return (value > against) - (value < against)


def format_percent(
    share: Fraction,
    lang: str = "en",
    digits: int = PERCENT_DIGITS,
    *,
    against: Fraction | None = None,
    bare_whole: bool = False,
) -> str:
    """*share* as a percentage rounded half up to *digits* decimals.

    >>> format_percent(Fraction(356780, 412592)), format_percent(Fraction(356780, 412592), "vi")
    ('86.47%', '86,47%')
    >>> format_percent(Fraction(22566, 100000), "vi"), format_percent(Fraction(1, 3), digits=0)
    ('22,57%', '33%')

    With *against*, a threshold as a share of the same base, the display never contradicts
    the verdict: digits are added until the rounded share lies on the same side of the
    threshold as the exact share (and equals it only when the share does).

    >>> format_percent(Fraction(100001, 200000)), format_percent(Fraction(100001, 200000),
    ...                                                          against=Fraction(1, 2))
    ('50.00%', '50.001%')

    With *bare_whole*, a percentage that rounds to a whole number is written without its
    zero decimals, as the National Election Council prints it ("35%", but "35,50%").

    >>> format_percent(Fraction(35, 100), "vi", bare_whole=True)
    '35%'
    """
    percent = share * 100
    rounded = round_half_up(percent, digits)
    if against is not None and against != share:
        side = _side(share, against)
        while _side(rounded, against * 100) != side:  # ends: the error shrinks with each digit
            digits += 1
            rounded = round_half_up(percent, digits)
    if bare_whole and rounded.denominator == 1:
        digits = 0
    return _decimal(rounded, digits, lang) + "%"


def format_ratio(ratio: Fraction, lang: str = "en") -> str:
    """A threshold's ratio as people write it: ``1/2``, ``2/3``, ``55%``, ``12.5%``.

    Small denominators read best as fractions; others as a percentage when that is exact
    with at most two decimals, else as a fraction.

    >>> format_ratio(Fraction(1, 2)), format_ratio(Fraction(11, 20)), format_ratio(Fraction(1, 7))
    ('1/2', '55%', '1/7')
    >>> format_ratio(Fraction(1, 8), "vi"), format_ratio(Fraction(13, 20000))
    ('12,5%', '13/20000')
    """
    if ratio.denominator <= 5:
        return format_fraction(ratio)
    percent = ratio * 100
    for digits in range(PERCENT_DIGITS + 1):
        if (percent * 10**digits).denominator == 1:
            return _decimal(percent, digits, lang) + "%"
    return format_fraction(ratio)
