"""Catalog entries for issue 15: shareholder meetings and cumulative voting."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {}
