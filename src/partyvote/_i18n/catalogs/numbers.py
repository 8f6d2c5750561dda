"""Catalog entries for issue 12: numbers as published, rulebook words, real results."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    "numbers.digits": {
        "en": "a percentage has 0 to {most} decimals, got {value}",
        "vi": "tỷ lệ phần trăm có từ 0 đến {most} chữ số thập phân, nhận được {value}",
    },
    "report.col_share_of": {
        "en": "% of {base} ({size})",
        "vi": "Tỷ lệ % số {base} ({size})",
    },
}
