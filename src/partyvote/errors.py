"""The errors partyvote raises, each able to explain itself in English and Vietnamese.

Every error is a :class:`PartyvoteError`; each family also subclasses the built-in exception
a Python programmer would expect (:class:`ValueError` or :class:`TypeError`), so either can be
caught.  ``str(error)`` is the English message; :meth:`PartyvoteError.message` gives any
supported language.

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

from partyvote._i18n.catalog import render

__all__ = [
    "BallotError",
    "BallotFileError",
    "CountError",
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
    "VotesError",
]


def __dir__() -> list[str]:
    return __all__


class PartyvoteError(Exception):
    """Base class of every error partyvote raises.

    :param key: the message's key in the catalog (``error.key`` keeps it for programs).
    :param params: the values the message names (``error.params``).
    """

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params: Mapping[str, object] = MappingProxyType(dict(params))
        super().__init__(render(key, "en", **params))

    def message(self, lang: str = "en") -> str:
        """The message in *lang* (``"en"`` or ``"vi"``)."""
        return render(self.key, lang, **self.params)


class LanguageError(PartyvoteError, ValueError):
    """A language partyvote has no messages for."""


class CountError(PartyvoteError, ValueError):
    """A count that is not a non-negative whole number."""


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
