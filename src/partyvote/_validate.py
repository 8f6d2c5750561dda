"""Argument checks shared by every class: one place, one error family."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from fractions import Fraction
from typing import Any

from attrs import Attribute

from partyvote._i18n.catalog import Message
from partyvote._i18n.numbers import MAX_PERCENT_DIGITS, format_fraction
from partyvote.errors import CountError, OptionError, RatioError


def check_count(name: str, value: object) -> int:
    """Return *value* if it is a non-negative ``int`` (not a ``bool``), else raise.

    >>> check_count("yes", 3)
    3
    >>> check_count("yes", 2.0)
    Traceback (most recent call last):
    ...
    partyvote.errors.CountError: yes must be a whole number (int), got 2.0 (float)
    """
    if value.__class__ is not int and (not isinstance(value, int) or isinstance(value, bool)):
        raise CountError(Message("count.type", name=name, value=value, type=type(value).__name__))
    if value < 0:
        raise CountError(Message("count.negative", name=name, value=value))
    return value


def count_validator(_instance: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: the field must be a count (see :func:`check_count`)."""
    check_count(attribute.name, value)


def optional_count_validator(_instance: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: the field must be a count or ``None``."""
    if value is not None:
        check_count(attribute.name, value)


def flag_validator(_instance: object, attribute: Attribute[Any], value: object) -> None:
    """attrs validator: the field must be ``True`` or ``False``."""
    if not isinstance(value, bool):
        raise OptionError(Message("option.flag", name=attribute.name, value=value))


def choice_validator(*valid: object) -> Any:
    """attrs validator factory: the field must be one of *valid*."""

    def validate(_instance: object, attribute: Attribute[Any], value: object) -> None:
        if value not in valid:
            raise OptionError(
                Message(
                    "option.choice",
                    name=attribute.name,
                    value=value,
                    valid=", ".join(map(repr, valid)),
                ),
            )

    return validate


def nfc(text: str) -> str:
    """*text* in Unicode NFC form, so that "Bình" typed two ways is one name.

    >>> nfc("Bi\u0300nh") == "Bình"
    True
    """
    return unicodedata.normalize("NFC", text)


def parse_ratio(value: object) -> Fraction:
    """Read an exact ratio in (0, 1] from a Fraction, int, Decimal or string.

    >>> parse_ratio("2/3"), parse_ratio("75%"), parse_ratio("0.55"), parse_ratio(1)
    (Fraction(2, 3), Fraction(3, 4), Fraction(11, 20), Fraction(1, 1))
    """
    ratio: Fraction
    if isinstance(value, float):
        raise RatioError(Message("ratio.float", value=value))
    if isinstance(value, bool) or not isinstance(value, Fraction | int | str | Decimal):
        raise RatioError(Message("ratio.type", value=value, type=type(value).__name__))
    if isinstance(value, str):
        text = value.strip().replace(" ", "")
        try:
            ratio = Fraction(text[:-1]) / 100 if text.endswith("%") else Fraction(text)
        except (ValueError, ZeroDivisionError):
            raise RatioError(Message("ratio.syntax", value=value)) from None
    else:
        try:
            ratio = Fraction(value)
        except (ValueError, OverflowError):  # Decimal NaN or infinity
            raise RatioError(Message("ratio.syntax", value=value)) from None
    if not 0 < ratio <= 1:
        raise RatioError(Message("ratio.range", value=format_fraction(ratio)))
    return ratio


def check_digits(digits: object) -> int:
    """Return *digits* if it is a number of decimals a percentage may have, else raise.

    >>> check_digits(3)
    3
    >>> check_digits(-1)
    Traceback (most recent call last):
    ...
    partyvote.errors.OptionError: a percentage has 0 to 12 decimals, got -1
    """
    if (
        not isinstance(digits, int)
        or isinstance(digits, bool)
        or not 0 <= digits <= MAX_PERCENT_DIGITS
    ):
        raise OptionError(Message("numbers.digits", value=repr(digits), most=MAX_PERCENT_DIGITS))
    return digits


def digits_validator(_instance: object, _attribute: Attribute[Any], value: object) -> None:
    """attrs validator: the field must be a number of decimals (see :func:`check_digits`)."""
    check_digits(value)
