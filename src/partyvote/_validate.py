"""Argument checks shared by every class: one place, one error family."""

from __future__ import annotations

import unicodedata
from typing import Any

from attrs import Attribute

from partyvote.errors import CountError, OptionError


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
        raise CountError("count.type", name=name, value=value, type=type(value).__name__)
    if value < 0:
        raise CountError("count.negative", name=name, value=value)
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
        raise OptionError("option.flag", name=attribute.name, value=value)


def choice_validator(*valid: object) -> Any:
    """attrs validator factory: the field must be one of *valid*."""

    def validate(_instance: object, attribute: Attribute[Any], value: object) -> None:
        if value not in valid:
            raise OptionError(
                "option.choice",
                name=attribute.name,
                value=value,
                valid=", ".join(map(repr, valid)),
            )

    return validate


def nfc(text: str) -> str:
    """*text* in Unicode NFC form, so that "Bình" typed two ways is one name.

    >>> nfc("Bi\u0300nh") == "Bình"
    True
    """
    return unicodedata.normalize("NFC", text)
