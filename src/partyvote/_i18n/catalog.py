"""The message catalog: every sentence partyvote shows a person, in every language.

Code never chooses wording with ``if lang == ...``; it names a message key and passes the
numbers.  A test checks that every key has a template in every language of
:data:`LANGUAGES` and that the templates of one key use the same placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from partyvote._i18n.error_messages import ERRORS
from partyvote._i18n.words import WORDS

LANGUAGES: Final = ("en", "vi")

#: key -> language -> template (``str.format`` placeholders): the error messages and the
#: words of explanations and minutes, kept in two data modules.
CATALOG: Final[Mapping[str, Mapping[str, str]]] = {**ERRORS, **WORDS}


def check_language(lang: str) -> str:
    """Return *lang* if partyvote speaks it, else raise :class:`~partyvote.errors.LanguageError`."""
    if lang not in LANGUAGES:
        from partyvote.errors import LanguageError

        raise LanguageError("language.unknown", value=lang, valid=", ".join(LANGUAGES))
    return lang


def render(key: str, lang: str, /, **params: object) -> str:
    """Fill the template *key* in *lang* with *params*."""
    return CATALOG[key][check_language(lang)].format(**params)
