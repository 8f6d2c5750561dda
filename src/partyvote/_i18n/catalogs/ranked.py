"""Catalog entries for issue 15: ranked ballots and proportional seats."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {}
