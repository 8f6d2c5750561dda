"""An immutable, hashable mapping of counts: the building block of tallies."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Generic, TypeVar

from partyvote._validate import check_count

__all__ = ["Counts"]


def __dir__() -> list[str]:
    return __all__


K = TypeVar("K")


class Counts(Mapping[K, int], Generic[K]):
    """Counts by key; zero counts are dropped so that equal tallies compare equal.

    >>> Counts({"An": 2, "Bình": 0}) + Counts({"An": 1, "Chi": 4})
    Counts({'An': 3, 'Chi': 4})
    >>> Counts()["anyone"]
    0
    >>> Counts({"An": 2}) == {"An": 2, "Bình": 0}
    True
    """

    __slots__ = ("_hash", "_items")

    def __init__(self, items: Mapping[K, int] | Iterable[tuple[K, int]] = ()) -> None:
        pairs = items.items() if isinstance(items, Mapping) else items
        self._items: dict[K, int] = {}
        for key, value in pairs:
            if check_count(f"the count of {key!r}", value):
                self._items[key] = value
        self._hash: int | None = None

    def __getitem__(self, key: K) -> int:
        return self._items.get(key, 0)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._items.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Counts):
            return self._items == other._items
        if isinstance(other, Mapping):
            return self._items == {key: value for key, value in other.items() if value != 0}
        return NotImplemented

    def __add__(self, other: Counts[K]) -> Counts[K]:
        if not isinstance(other, Counts):
            return NotImplemented
        merged = dict(self._items)
        for key, value in other._items.items():
            merged[key] = merged.get(key, 0) + value
        return Counts(merged)

    def total(self) -> int:
        """The sum of all counts."""
        return sum(self._items.values())

    def __repr__(self) -> str:
        return f"Counts({self._items!r})"
