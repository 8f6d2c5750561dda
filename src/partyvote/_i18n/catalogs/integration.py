"""Catalog entries for issue 14: results as data, plugins, progress, tables."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {}
