"""Independent counts of one meeting, compared: every difference, by path."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from partyvote._i18n.catalog import Message
from partyvote._validate import check_type
from partyvote.errors import ReportError

__all__ = ["compare"]


def __dir__() -> list[str]:
    return __all__


# --- comparing independent counts ------------------------------------------------------------

# Not certified by the count: the version of partyvote, the digest of the inputs (reported
# apart, as whether the inputs were the same files) and the seal of the minutes themselves.
_IGNORED = frozenset({"partyvote", "inputs_sha256", "minutes_sha256"})
# Text in the language of the minutes (the rounded percentage too: its separator is the
# language's; the exact share beside it is always compared): compared only between minutes
# in the same language.
_WORDED = frozenset({"explanation", "lang", "round_text", "share_text"})


def _differences(left: Any, right: Any, path: str, ignored: frozenset[str]) -> Iterator[str]:
    if isinstance(left, Mapping) and isinstance(right, Mapping):
        for key in sorted(set(left) | set(right)):
            if key in ignored:
                continue
            step = f"{path}.{key}" if path else str(key)
            if key not in left or key not in right:
                yield f"{step}: {left.get(key, '(missing)')!r} vs {right.get(key, '(missing)')!r}"
            else:
                yield from _differences(left[key], right[key], step, ignored)
    elif isinstance(left, list) and isinstance(right, list):
        if len(left) != len(right):
            yield f"{path}: {len(left)} items vs {len(right)}"
        for index, (a, b) in enumerate(zip(left, right, strict=False)):
            yield from _differences(a, b, f"{path}[{index}]", ignored)
    elif type(left) is not type(right) or left != right:
        # Exact, with types: 106 and 106.0, or true and 1, are not the same figure.
        yield f"{path}: {left!r} vs {right!r}"


def _language(count: Mapping[str, Any]) -> object:
    meeting = count.get("meeting")
    return meeting.get("lang") if isinstance(meeting, Mapping) else None


def compare(counts: Sequence[Mapping[str, Any]]) -> tuple[list[str], bool]:
    """Compare independent counts (minutes as data): every difference, and whether the inputs
    were the same files (equal digests).

    Everything the minutes certify is compared exactly, with its type (``106`` is not
    ``106.0``, ``true`` is not ``1``): titles, figures, tables' counts, explanations.  Only
    the version of partyvote is left out, and, between minutes in different languages, the
    text written in each language (explanations).

    >>> same, inputs = compare([{"questions": [{"elected": ["An"]}]},
    ...                         {"questions": [{"elected": ["Bình"]}]}])
    >>> same
    ["count 1 vs count 2: questions[0].elected[0]: 'An' vs 'Bình'"]
    """
    check_type("counts", counts, Sequence, ReportError)
    for count in counts:
        check_type("count", count, Mapping, ReportError)
    if len(counts) < 2:
        raise ReportError(Message("report.compare_few", count=len(counts)))
    differences: list[str] = []
    first = counts[0]
    for number, other in enumerate(counts[1:], start=2):
        ignored = _IGNORED if _language(first) == _language(other) else _IGNORED | _WORDED
        differences += [
            f"count 1 vs count {number}: {line}" for line in _differences(first, other, "", ignored)
        ]
    digests = {count.get("inputs_sha256") for count in counts}
    return differences, len(digests) == 1
