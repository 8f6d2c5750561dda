"""Catalog entries for issue 13: counting ballot streams."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    "columnar.flag_shape": {
        "en": "the {column} column must hold one value per ballot ({expected}), got shape {shape}",
        "vi": "cột {column} phải có đúng một giá trị cho mỗi phiếu ({expected}), nhận được "
        "dạng {shape}",
    },
    "columnar.flag_values": {
        "en": "the {column} column holds booleans or 0/1, got other values (dtype {dtype})",
        "vi": "cột {column} chỉ chứa giá trị đúng/sai hoặc 0/1, nhận được giá trị khác ({dtype})",
    },
}
