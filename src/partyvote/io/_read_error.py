"""A message already rendered in every language, to nest one error inside another."""

from __future__ import annotations

from attrs import frozen

from partyvote._i18n.catalog import render
from partyvote.errors import PartyvoteError


class ReadError(ValueError):
    """A problem found while reading a file, named by a message key and its parameters."""

    def __init__(self, key: str, /, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@frozen
class Localised:
    """A message in each language, for templates that pick ``{problem.en}``/``{problem.vi}``."""

    en: str
    vi: str

    @classmethod
    def of(cls, error: ReadError | PartyvoteError) -> Localised:
        """The message of *error* in every language."""
        if isinstance(error, PartyvoteError):
            return cls(error.message("en"), error.message("vi"))
        return cls(render(error.key, "en", **error.params), render(error.key, "vi", **error.params))

    def __str__(self) -> str:
        return self.en
