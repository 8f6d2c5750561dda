"""The message catalog: every sentence partyvote shows a person, in every language.

Code never chooses wording with ``if lang == ...``; it names a message key and passes the
numbers.  A test checks that every key has a template in every language of
:data:`LANGUAGES`, that the templates of one key use the same placeholders, and that no
translation is older than its English (see ``tests/i18n/english.lock``).

Three kinds of wording, never mixed up:

- a :class:`Message` names a catalog entry and its parameters (partyvote's own sentences);
- a :class:`Text` is literal text given in each language (a user's rule or base label);
- a plain :class:`str` given by a user is literal text, shown as-is in every language.

A template counts with ``{n:plural:one:other}``: ``{seats} {seats:plural:seat:seats}`` reads
"1 seat", "2 seats".  Vietnamese has no plural and simply does not use the form.

This package imports nothing from :mod:`partyvote.errors`: it only speaks languages it is
given; the public entry points check the language first (``partyvote._validate``).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from attrs import field, frozen
from attrs.validators import instance_of, optional

from partyvote._i18n.catalogs import (
    command,
    councils,
    counting,
    election_law,
    explanations,
    forms,
    integration,
    meeting_file,
    minutes,
    numbers,
    party,
    ranked,
    safety,
    shareholders,
    summary,
)
from partyvote._i18n.error_messages import ERRORS

LANGUAGES: Final = ("en", "vi")

_PARTS: Final = (
    ERRORS,
    command.ENTRIES,
    councils.ENTRIES,
    counting.ENTRIES,
    election_law.ENTRIES,
    explanations.ENTRIES,
    forms.ENTRIES,
    integration.ENTRIES,
    meeting_file.ENTRIES,
    minutes.ENTRIES,
    numbers.ENTRIES,
    party.ENTRIES,
    ranked.ENTRIES,
    safety.ENTRIES,
    shareholders.ENTRIES,
    summary.ENTRIES,
)

#: key -> language -> template (``str.format`` placeholders): the error messages and the
#: entries of each area (``_i18n/catalogs/``).
CATALOG: Final[Mapping[str, Mapping[str, str]]] = {
    key: templates for part in _PARTS for key, templates in part.items()
}
if len(CATALOG) != sum(len(part) for part in _PARTS):  # pragma: no cover - caught at import
    raise AssertionError("a catalog key is defined in two modules")


@frozen
class Text:
    """Literal text in each language: what a user writes for a label or an error.

    :param en: the English text.
    :param vi: the Vietnamese text; default the English one.

    >>> label = Text(en="shares voted", vi="cổ phần đã biểu quyết")
    >>> label.render("vi"), Text("shares voted").render("vi")
    ('cổ phần đã biểu quyết', 'shares voted')
    """

    en: str = field(validator=instance_of(str))
    vi: str | None = field(default=None, validator=optional(instance_of(str)))

    def render(self, lang: str) -> str:
        """The text in *lang*, the English one where *lang* has none."""
        return self.vi if lang == "vi" and self.vi is not None else self.en

    def __str__(self) -> str:
        return self.en


@frozen(init=False)
class Message:
    """A catalog entry and the values its sentence names: partyvote's own wording.

    >>> Message("ratio.range", value="3/2").render("vi")
    'tỷ lệ phải lớn hơn 0 và không quá 1 (100%), nhận được 3/2'
    """

    key: str
    # kept as pairs so that a message (a rule's label, say) is hashable like the results
    _items: tuple[tuple[str, object], ...] = field(repr=False)

    def __init__(self, key: str, /, **params: object) -> None:
        if key not in CATALOG:
            raise KeyError(key)
        self.__attrs_init__(key, tuple(params.items()))

    @property
    def params(self) -> Mapping[str, object]:
        """The values the sentence names, by placeholder."""
        return MappingProxyType(dict(self._items))

    def render(self, lang: str) -> str:
        """The sentence in *lang*, its parameters filled in."""
        return render(self.key, lang, **self.params)


Wording = Message | Text | str
"""Anything partyvote can say in a language (see the module docstring)."""


def say(wording: Wording, lang: str) -> str:
    """*wording* in *lang*: a message rendered, a text picked, a plain string as-is."""
    if isinstance(wording, str):
        return wording
    return wording.render(lang)


class _Formatter(string.Formatter):
    """``str.format`` plus ``{n:plural:one:other}`` (English: *one* exactly when n is 1)."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        if format_spec.startswith("plural:"):
            one, other = format_spec.removeprefix("plural:").split(":")
            return one if str(value) == "1" else other
        return super().format_field(value, format_spec)


_FORMATTER: Final = _Formatter()


def own_key(wording: str, key: str) -> str:
    """The catalog key that says *key* in the words of *wording* (``Rulebook.wording``).

    A wording's own entry (``party-delegates.forms.seats``) comes first, then its family's,
    the part before its first hyphen (``party.forms.seats``: words every party form shares),
    then the common entry.

    >>> own_key("party-committee", "forms.seats")
    'party-committee.forms.seats'
    >>> own_key("party-members", "report.roll")
    'party-members.report.roll'
    >>> own_key("party-delegates", "report.cast")
    'party.report.cast'
    >>> own_key("na", "report.cast")
    'report.cast'
    """
    if wording:
        family = wording.split("-", 1)[0]
        for prefix in dict.fromkeys((wording, family)):
            if f"{prefix}.{key}" in CATALOG:
                return f"{prefix}.{key}"
    return key


def render(key: str, lang: str, /, **params: object) -> str:
    """Fill the template *key* in *lang* (one of :data:`LANGUAGES`) with *params*.

    A parameter that is itself a :class:`Message` or :class:`Text` is said in *lang* too.
    """
    template = CATALOG[key][lang]
    for name, value in params.items():
        if isinstance(value, Message | Text):
            params[name] = value.render(lang)
    if ":plural:" in template:
        return _FORMATTER.format(template, **params)
    return template.format(**params)
