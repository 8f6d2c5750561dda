"""The digest that seals JSON minutes, so that a damaged or edited file is noticed.

The minutes carry ``inputs_sha256``, the digest of the files that were counted; that says
which inputs were counted, not that the minutes were left as written.  ``minutes_sha256`` is
the SHA-256 of the minutes' own content (every field but itself) in one canonical spelling,
so that a reader recomputes it from the parsed JSON, whatever the indentation.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any, Final

SEAL: Final = "minutes_sha256"
"""The field that holds the seal."""


def seal(data: Mapping[str, Any]) -> str:
    """The SHA-256 of *data* without its :data:`SEAL` field, in canonical JSON.

    >>> seal({"a": 1}) == seal({"a": 1, SEAL: "anything"})
    True
    """
    content = {key: value for key, value in data.items() if key != SEAL}
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
