"""Record that the translations of catalog messages match their current English.

``tests/i18n/english.lock`` keeps a short fingerprint of each message's English text as it
was when its translations were last checked.  When the English of a message changes, the
test ``test_no_translation_is_stale`` fails until someone updates the other languages and
records the new English here:

    .venv/bin/python tests/i18n/lock_english.py report.title result.tie   # keys you checked
    .venv/bin/python tests/i18n/lock_english.py --new                     # new keys only

Only name keys whose translations you have read again: locking is the statement that they
say what the English says.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from partyvote._i18n.catalog import CATALOG

LOCK = Path(__file__).with_name("english.lock")


def fingerprint(english: str) -> str:
    """A short, stable fingerprint of an English template."""
    return hashlib.sha256(english.encode("utf-8")).hexdigest()[:12]


def read_lock() -> dict[str, str]:
    """The recorded fingerprints, by key."""
    return dict(json.loads(LOCK.read_text(encoding="utf-8"))) if LOCK.exists() else {}


def lock(keys: list[str]) -> None:
    """Record the current English of *keys* (``--new``: every key not yet recorded)."""
    recorded = read_lock()
    if keys == ["--new"]:
        keys = [key for key in CATALOG if key not in recorded]
    unknown = [key for key in keys if key not in CATALOG]
    if unknown:
        raise SystemExit(f"not in the catalog: {', '.join(unknown)}")
    recorded.update({key: fingerprint(CATALOG[key]["en"]) for key in keys})
    kept = {key: recorded[key] for key in sorted(recorded) if key in CATALOG}
    LOCK.write_text(json.dumps(kept, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"locked {len(keys)} of {len(kept)} keys in {LOCK.name}")


if __name__ == "__main__":
    lock(sys.argv[1:])
