"""The errors partyvote raises, each able to explain itself in English and Vietnamese.

Every error is a :class:`PartyvoteError`; each family also subclasses the built-in exception
a Python programmer would expect (:class:`ValueError` or :class:`TypeError`), so either can be
caught.  ``str(error)`` is the English message; :meth:`PartyvoteError.message` gives any
supported language.

An extension raises these errors with its own words: a plain string (shown as-is in every
language) or a :class:`Text` in each language.

>>> from partyvote.errors import RuleError, Text
>>> error = RuleError(Text(en="my rule needs a poll", vi="quy tắc này cần một Poll"))
>>> print(error, "/", error.message("vi"))
my rule needs a poll / quy tắc này cần một Poll
>>> print(RuleError("my rule needs a poll").message("vi"))
my rule needs a poll

>>> from partyvote import Roll
>>> from partyvote.errors import RollError
>>> try:
...     Roll(31, present=35)
... except RollError as error:
...     print(error)
...     print(error.message("vi"))
present (35) exceeds members on the roll (31)
số có mặt (35) vượt quá số thành viên trong danh sách (31)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from partyvote._i18n.catalog import LANGUAGES, Message, Text, Wording, say

__all__ = [
    "BallotError",
    "BallotFileError",
    "CountError",
    "DataError",
    "ElectionError",
    "InconsistentCountError",
    "LanguageError",
    "MeetingError",
    "MissingInputError",
    "OptionError",
    "PartyvoteError",
    "RatioError",
    "ReportError",
    "RollError",
    "RuleError",
    "RulebookError",
    "TallyError",
    "Text",
    "VotesError",
    "Wording",
]


def __dir__() -> list[str]:
    return __all__


class PartyvoteError(Exception):
    """Base class of every error partyvote raises.

    :param text: what went wrong: a plain string (the same in every language) or a
        :class:`Text` in each language.  partyvote's own errors name a catalog message
        instead; for those, ``error.key`` is its key and ``error.params`` the values it
        names, for programs.  For literal text ``key`` is ``None`` and ``params`` empty.
    """

    def __init__(self, text: Wording, /) -> None:
        if not isinstance(text, str | Text | Message):
            raise TypeError(f"expected a str or a partyvote.errors.Text, got {text!r}")
        self.wording = text
        self.key: str | None = text.key if isinstance(text, Message) else None
        self.params: Mapping[str, object] = (
            text.params if isinstance(text, Message) else MappingProxyType({})
        )
        super().__init__(say(text, "en"))

    def message(self, lang: str = "en") -> str:
        """The message in *lang* (``"en"`` or ``"vi"``)."""
        return say(self.wording, check_language(lang))

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as its wording, so that an error raised in a worker process (a process
        # pool, Dask) arrives whole, its key, values and every language with it.
        return (_restore, (type(self), self.wording))

    def problem(self, lang: str = "en") -> dict[str, Any]:
        """This error as RFC 9457 problem details, ready to send as a 422 response's body.

        ``type`` names the error class, ``detail`` is the message in *lang*; the extension
        members give the catalog ``key``, its ``params`` (JSON values; others as text) and
        the message in every language, so a client can show its own words.

        >>> from partyvote import Roll
        >>> from partyvote.errors import RollError
        >>> try:
        ...     Roll(31, present=35)
        ... except RollError as error:
        ...     problem = error.problem("vi")
        >>> problem["type"], problem["status"], problem["key"]
        ('urn:partyvote:error:RollError', 422, 'roll.present_exceeds')
        >>> problem["params"]
        {'present': 35, 'members': 31}
        >>> print(problem["detail"])
        số có mặt (35) vượt quá số thành viên trong danh sách (31)
        """
        detail = self.message(lang)
        return {
            "type": f"urn:partyvote:error:{type(self).__name__}",
            "title": say(Message("problem.title"), lang),
            "status": 422,
            "detail": detail,
            "key": self.key,
            "params": {name: _plain(value) for name, value in self.params.items()},
            "messages": {language: say(self.wording, language) for language in LANGUAGES},
        }


def _restore(kind: type[PartyvoteError], wording: Wording) -> PartyvoteError:
    error = kind.__new__(kind)
    PartyvoteError.__init__(error, wording)
    return error


def _plain(value: object) -> object:
    if value is None or isinstance(value, str | int | float):
        return value
    return str(value)


class LanguageError(PartyvoteError, ValueError):
    """A language partyvote has no messages for."""


def check_language(lang: str) -> str:
    """Return *lang* if partyvote speaks it, else raise :class:`LanguageError`.

    The catalog only speaks the languages it is given; every public method that takes a
    language checks it here first.
    """
    if lang not in LANGUAGES:
        raise LanguageError(Message("language.unknown", value=lang, valid=", ".join(LANGUAGES)))
    return lang


class CountError(PartyvoteError, ValueError):
    """A count that is not a non-negative whole number."""


class DataError(PartyvoteError, ValueError):
    """Data that does not describe the value asked of :data:`partyvote.converter`: not a table,
    a key missing, a name partyvote does not know.  Values present but wrong raise the
    constructor's own error (:class:`RollError`, :class:`RatioError`...)."""


class RatioError(PartyvoteError, ValueError):
    """A ratio that is not exact (a float), cannot be read, or lies outside (0, 1]."""


class RollError(PartyvoteError, ValueError):
    """A roll whose numbers contradict each other."""


class VotesError(PartyvoteError, ValueError):
    """Votes that do not fit the roll they are checked against."""


class MissingInputError(PartyvoteError, ValueError):
    """A rule needs a number that was not given (a roll, the members present...)."""


class InconsistentCountError(PartyvoteError, ValueError):
    """Counts that cannot all be true at once."""


class RuleError(PartyvoteError, TypeError):
    """A rule built or combined from something that is not a rule."""


class BallotError(PartyvoteError, ValueError):
    """Ballot data that cannot be a paper ballot (a name twice, a bare string...)."""


class TallyError(PartyvoteError, ValueError):
    """A tally whose numbers contradict each other or the election."""


class ElectionError(PartyvoteError, ValueError):
    """An election set up wrongly: no seats, a candidate twice, a surplus above the limit..."""


class OptionError(PartyvoteError, ValueError):
    """An option outside its allowed values (a flag that is not ``True`` or ``False``...)."""


class RulebookError(PartyvoteError, ValueError):
    """A rulebook that is malformed, unknown, or asked for something it does not have."""


class MeetingError(PartyvoteError, ValueError):
    """A meeting file that cannot be read: the message names the file, the key and the fix."""


class BallotFileError(PartyvoteError, ValueError):
    """A ballots file that cannot be read: the message names the file, the line and the fix."""


class ReportError(PartyvoteError, ValueError):
    """Minutes asked for in a format partyvote does not write, or counts that cannot be compared."""
