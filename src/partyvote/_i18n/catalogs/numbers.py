"""Catalog entries for issue 12: numbers as published, rulebook words, real results."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    "numbers.digits": {
        "en": "a percentage has 0 to {most} decimals, got {value}",
        "vi": "tỷ lệ phần trăm có từ 0 đến {most} chữ số thập phân, nhận được {value}",
    },
    "rulebook.no_surplus": {
        "en": (
            "a list for a committee or its standing committee must have more candidates than "
            "seats under {key!r}: {candidates} for {seats} seats; add a candidate, or say the "
            "list is not a committee list (committee=False)"
        ),
        "vi": (
            "danh sách bầu cấp ủy, ban thường vụ phải có số dư theo {key!r}: {candidates} "
            "người cho {seats} chỗ; hãy bổ sung người ứng cử, hoặc ghi rõ đây không phải danh "
            "sách bầu cấp ủy (committee=False)"
        ),
    },
    "report.col_share_of": {
        "en": "% of {base} ({size})",
        "vi": "Tỷ lệ % số {base} ({size})",
    },
}
