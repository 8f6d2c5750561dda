"""Catalog entries for issue 12: numbers as published, rulebook words, real results."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {}
