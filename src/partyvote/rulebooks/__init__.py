"""The rulebook registry: the thirteen shipped rulebooks, and yours.

>>> from partyvote import rulebooks
>>> for key in rulebooks.available():
...     print(key)
de-verein
eu-qmv
robert
uk-companies
us-senate
vn-enterprise-2020
vn-national-assembly-2015
vn-party-2014
vn-party-2014-committee
vn-party-2024
vn-party-2024-committee
vn-party-2024-members
vn-people-council-2015
>>> print(rulebooks.get("vn-party-2024").title_in("vi"))
Quy chế bầu cử trong Đảng (ban hành kèm Quyết định 190-QĐ/TW, 2024)

Register your own with :func:`register`; it is then a first-class citizen of
:func:`get` and :func:`available`.  An installed package registers its rulebooks for every
program (the ``partyvote`` command and meeting files included) with an entry point in the
group ``partyvote.rulebooks`` (:data:`ENTRY_POINTS`) naming a :class:`Rulebook` or a
sequence of them; see :doc:`/rulebooks/own`.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable

from partyvote._i18n.catalog import Message, say
from partyvote.errors import RulebookError
from partyvote.rulebooks._council import VN_PEOPLE_COUNCIL_2015
from partyvote.rulebooks._election_law import VN_NATIONAL_ASSEMBLY_2015, VOTERS
from partyvote.rulebooks._enterprise import VN_ENTERPRISE_2020, vn_enterprise
from partyvote.rulebooks._others import DE_VEREIN, EU_QMV, LEGAL, ROBERT, UK_COMPANIES, US_SENATE
from partyvote.rulebooks._party import (
    COMMITTEE_CONVENED,
    DELEGATES_CONVENED,
    MEMBERS_CONVENED,
    VN_PARTY_2014,
    VN_PARTY_2014_COMMITTEE,
    VN_PARTY_2024,
    VN_PARTY_2024_COMMITTEE,
    VN_PARTY_2024_MEMBERS,
)
from partyvote.rulebooks.model import Parameter, Rulebook, Source, SurplusLimit, TieStep

__all__ = [
    "BUILTIN",
    "COMMITTEE_CONVENED",
    "DELEGATES_CONVENED",
    "ENTRY_POINTS",
    "LEGAL",
    "MEMBERS_CONVENED",
    "VOTERS",
    "Parameter",
    "Rulebook",
    "Source",
    "SurplusLimit",
    "TieStep",
    "available",
    "get",
    "register",
    "unregister",
    "vn_enterprise",
]


def __dir__() -> list[str]:
    return __all__


BUILTIN: tuple[Rulebook, ...] = (
    VN_PARTY_2024,
    VN_PARTY_2024_MEMBERS,
    VN_PARTY_2024_COMMITTEE,
    VN_PARTY_2014,
    VN_PARTY_2014_COMMITTEE,
    VN_NATIONAL_ASSEMBLY_2015,
    VN_PEOPLE_COUNCIL_2015,
    ROBERT,
    UK_COMPANIES,
    DE_VEREIN,
    EU_QMV,
    US_SENATE,
    VN_ENTERPRISE_2020,
)
"""The rulebooks partyvote ships."""

_REGISTRY: dict[str, Rulebook] = {book.key: book for book in BUILTIN}

ENTRY_POINTS = "partyvote.rulebooks"
"""The entry-point group through which installed packages register rulebooks."""

_plugins_loaded = False


def _load_plugins() -> None:
    """Register the rulebooks of installed packages, once, on first use of the registry.

    A plugin that fails to load, or names a key in use, is skipped with a warning: one
    broken package must not stop a count under any other rulebook.
    """
    global _plugins_loaded  # noqa: PLW0603 - the registry is module state by design
    if _plugins_loaded:
        return
    _plugins_loaded = True
    from importlib.metadata import entry_points

    for point in entry_points(group=ENTRY_POINTS):
        try:
            loaded = point.load()
            books: Iterable[object] = loaded if isinstance(loaded, list | tuple) else (loaded,)
            for book in books:
                register(book)  # type: ignore[arg-type]  # register checks it
        except Exception as error:  # any failure of foreign code
            text = say(
                Message("rulebook.plugin_skipped", name=point.name, value=point.value),
                "en",
            )
            warnings.warn(f"{text}: {error}", RuntimeWarning, stacklevel=2)


def get(key: str) -> Rulebook:
    """The rulebook registered under *key*.

    >>> get("robert").motion("two-thirds").threshold.required(31)
    21
    """
    _load_plugins()
    try:
        return _REGISTRY[key]
    except (KeyError, TypeError):
        raise RulebookError(
            Message("rulebook.unknown", key=key, valid=", ".join(map(repr, available())))
        ) from None


def available() -> tuple[str, ...]:
    """The keys of every registered rulebook (installed plugins included), sorted."""
    _load_plugins()
    return tuple(sorted(_REGISTRY))


def register(book: Rulebook, *, replace: bool = False) -> Rulebook:
    """Register *book* under its key and return it; ``replace=True`` overrides a key in use."""
    if not isinstance(book, Rulebook):
        raise RulebookError(Message("rulebook.not_rulebook", value=book))
    _load_plugins()
    if book.key in _REGISTRY and not replace:
        raise RulebookError(Message("rulebook.registered", key=book.key))
    _REGISTRY[book.key] = book
    return book


def unregister(key: str) -> Rulebook:
    """Remove the rulebook registered under *key* and return it."""
    book = get(key)
    del _REGISTRY[key]
    return book
