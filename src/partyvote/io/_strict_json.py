"""JSON read strictly: a key given twice is refused, as TOML refuses it, never "last one wins".

>>> read_json('{"yes": 1, "no": 4}')
{'yes': 1, 'no': 4}
>>> read_json('{"yes": 1, "no": 4, "yes": 6}')
Traceback (most recent call last):
...
partyvote.io._strict_json.DuplicateKeyError: yes
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class DuplicateKeyError(ValueError):
    """A JSON object names the same key twice; ``args[0]`` is the key."""


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for key, value in pairs:
        if key in table:
            raise DuplicateKeyError(key)
        table[key] = value
    return table


def read_json(text: str) -> Any:
    """*text* read as JSON, refusing duplicate keys (:class:`DuplicateKeyError`)."""
    return json.loads(text, object_pairs_hook=_refuse_duplicates)


MAX_MINUTES_BYTES = 16 * 1024 * 1024
"""The largest JSON minutes read (16 MiB); real minutes are a few kilobytes."""


class TooLargeError(ValueError):
    """A file larger than the limit it was read with; ``args[0]`` is the limit in bytes."""


def read_json_file(path: Path, limit: int = MAX_MINUTES_BYTES) -> Any:
    """The JSON file at *path*, read strictly, refused (:class:`TooLargeError`) past *limit*
    bytes without reading further: ``/dev/zero`` is an error, not a hang.  Raises
    :class:`OSError` when unreadable and :class:`ValueError` (or :class:`RecursionError`)
    when it is not JSON."""
    with path.open("rb") as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(limit)
    return read_json(data.decode("utf-8"))
