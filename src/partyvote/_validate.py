"""Argument checks shared by every class: one place, one error family."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from fractions import Fraction
from typing import Any

from attrs import Attribute

from partyvote._i18n.catalog import Message
from partyvote._i18n.numbers import MAX_PERCENT_DIGITS, format_fraction
from partyvote.errors import CountError, OptionError, PartyvoteError, RatioError


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


def check_type(
    name: str, value: object, kind: type | tuple[type, ...], error: type[PartyvoteError]
) -> None:
    """Raise *error* naming *name* unless *value* is a *kind*: a clear error where Python
    would raise a bare ``TypeError`` or ``AttributeError`` deep inside.

    >>> check_type("roll", 5, tuple, CountError)
    Traceback (most recent call last):
    ...
    partyvote.errors.CountError: roll must be a tuple, got 5 (int)
    """
    if not isinstance(value, kind):
        kinds = kind if isinstance(kind, tuple) else (kind,)
        expected = " or ".join(kind.__name__ for kind in kinds)
        raise error(
            Message(
                "argument.type",
                name=name,
                expected=expected,
                value=value,
                type=type(value).__name__,
            )
        )


def type_validator(kind: type, error: type[PartyvoteError]) -> Any:
    """attrs validator factory: the field must be a *kind* (see :func:`check_type`)."""

    def validate(_instance: object, attribute: Attribute[Any], value: object) -> None:
        check_type(attribute.name, value, kind, error)

    return validate


def nfc(text: str) -> str:
    """One spelling per name: Unicode NFKC form, spaces around removed and runs of spaces
    made one, so that "Bình" typed two ways, ``"An "``, fullwidth ``"Ａｎ"`` or a no-break
    space are the same name as the plain spelling.

    Only changes nobody can see are made; invisible and control characters are kept, and
    refused where names are declared (:func:`check_name`).

    >>> nfc("Bi\u0300nh") == "Bình", nfc(" Ａｎ "), nfc("Nguyễn\u00a0 Văn An")
    (True, 'An', 'Nguyễn Văn An')
    """
    text = unicodedata.normalize("NFKC", text)
    if "  " in text:
        text = " ".join(part for part in text.split(" ") if part)
    return text.strip(" ")


def invisible(text: str) -> str | None:
    r"""The first character of *text* a reader cannot see or that moves the text around
    (control, format, separator, private-use or unassigned), as ``U+200B ZERO WIDTH SPACE``;
    ``None`` if there is none.  A plain space is visible.

    >>> invisible("An\u200b"), invisible("Bình"), invisible("A\nB")
    ('U+200B ZERO WIDTH SPACE', None, 'U+000A LINE FEED')
    """
    if text.isprintable():
        return None
    for character in text:
        if not character.isprintable():
            name = unicodedata.name(character, "") or _CONTROL_NAMES.get(character, "CONTROL")
            return f"U+{ord(character):04X} {name}"
    return None  # pragma: no cover - isprintable() was False for some character


_CONTROL_NAMES = {"\n": "LINE FEED", "\r": "CARRIAGE RETURN", "\t": "TAB", "\x1b": "ESCAPE"}


# Characters that move, hide or break lines of text: C0 and C1 controls, zero-width and
# direction marks, bidirectional embeddings, overrides and isolates, line separators.
_HIDDEN = [
    *range(0x00, 0x20),
    *range(0x7F, 0xA0),
    0x061C,
    *range(0x200B, 0x2010),
    *range(0x2028, 0x202F),
    *range(0x2060, 0x2070),
    0xFEFF,
]
_SHOWN = {code: repr(chr(code))[1:-1] for code in _HIDDEN}


def show_hidden(text: str) -> str:
    r"""*text* with every character that could hide, move or forge a line of output written
    as its escape (``\n``, ``\x1b``, ``\u202e``): what is shown is what is there.

    >>> print(show_hidden("An\nElected (2): Mallory"), show_hidden("\u202eniM"))
    An\nElected (2): Mallory \u202eniM
    """
    return text.translate(_SHOWN)


def check_name(text: str, error: type[PartyvoteError]) -> str:
    r"""*text* as one spelling (:func:`nfc`), or *error* if it is empty or holds an invisible
    or control character (a newline, a zero-width space, a right-to-left override...).

    >>> check_name(" An ", CountError)
    'An'
    >>> check_name("An\u202eB", CountError)
    Traceback (most recent call last):
    ...
    partyvote.errors.CountError: the name 'An\u202eB' holds ... U+202E RIGHT-TO-LEFT OVERRIDE; ...
    """
    name = nfc(text)
    character = invisible(name)
    if character is not None:
        raise error(Message("name.invisible", value=text, character=character))
    if not name:
        raise error(Message("name.empty", value=text))
    return name


MAX_RATIO_CHARS = 64
"""The longest ratio read from text ("2/3", "66.67%", "0.55"): longer is a mistake."""
_EXPONENT = re.compile(r"[eE][+-]?0*(\d+)")
_EXPONENT_DIGITS = 2  # exponents up to 99: "1e-20000000" is refused before it is computed


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
        exponent = _EXPONENT.search(text)
        if len(text) > MAX_RATIO_CHARS or (exponent and len(exponent[1]) > _EXPONENT_DIGITS):
            # "1e-20000000" would build a number of twenty million digits.
            raise RatioError(Message("ratio.size", value=value[:24], limit=MAX_RATIO_CHARS))
        try:
            ratio = Fraction(text[:-1]) / 100 if text.endswith("%") else Fraction(text)
        except (ValueError, ZeroDivisionError):
            raise RatioError(Message("ratio.syntax", value=value)) from None
    else:
        exponent_of = value.as_tuple().exponent if isinstance(value, Decimal) else 0
        if isinstance(exponent_of, int) and abs(exponent_of) > 99 + MAX_RATIO_CHARS:
            raise RatioError(Message("ratio.size", value=str(value)[:24], limit=MAX_RATIO_CHARS))
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
