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
