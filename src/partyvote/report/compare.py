"""Independent counts of one meeting, compared: every difference, by path."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from partyvote._i18n.catalog import Message
from partyvote.errors import ReportError

__all__ = ["compare"]


def __dir__() -> list[str]:
    return __all__


# --- comparing independent counts ------------------------------------------------------------

# What an independent count must agree on; titles, explanations, rounded percentages (the
# exact share is compared), versions (and so the seal) may differ.
_IGNORED = frozenset(
    {
        "explanation",
        "share_text",
        "partyvote",
        "inputs_sha256",
        "minutes_sha256",
        "lang",
        "title",
        "stations",
    }
)


def _differences(left: Any, right: Any, path: str) -> Iterator[str]:
    if isinstance(left, Mapping) and isinstance(right, Mapping):
        for key in sorted(set(left) | set(right)):
            if key in _IGNORED:
                continue
            step = f"{path}.{key}" if path else str(key)
            if key not in left or key not in right:
                yield f"{step}: {left.get(key, '(missing)')!r} vs {right.get(key, '(missing)')!r}"
            else:
                yield from _differences(left[key], right[key], step)
    elif isinstance(left, list) and isinstance(right, list):
        if len(left) != len(right):
            yield f"{path}: {len(left)} items vs {len(right)}"
        for index, (a, b) in enumerate(zip(left, right, strict=False)):
            yield from _differences(a, b, f"{path}[{index}]")
    elif left != right:
        yield f"{path}: {left!r} vs {right!r}"


def compare(counts: Sequence[Mapping[str, Any]]) -> tuple[list[str], bool]:
    """Compare independent counts (minutes as data): every difference, and whether the inputs
    were the same files (equal digests).

    >>> same, inputs = compare([{"questions": [{"elected": ["An"]}]},
    ...                         {"questions": [{"elected": ["Bình"]}]}])
    >>> same
    ["count 1 vs count 2: questions[0].elected[0]: 'An' vs 'Bình'"]
    """
    if len(counts) < 2:
        raise ReportError(Message("report.compare_few", count=len(counts)))
    differences: list[str] = []
    first = counts[0]
    for number, other in enumerate(counts[1:], start=2):
        differences += [
            f"count 1 vs count {number}: {line}" for line in _differences(first, other, "")
        ]
    digests = {count.get("inputs_sha256") for count in counts}
    return differences, len(digests) == 1
