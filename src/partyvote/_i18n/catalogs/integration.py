"""Catalog entries for issue 14: results as data, plugins, progress, tables."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    "data.not_table": {
        "en": "{what} must be given as a table of keys (a dict), got {value!r}",
        "vi": "{what} phải là một bảng khóa (dict), nhận được {value!r}",
    },
    "data.missing": {
        "en": "{what} needs the key {key!r}",
        "vi": "{what} cần khóa {key!r}",
    },
    "data.base": {
        "en": "unknown base {value!r}; expected one of {valid}",
        "vi": "không có cơ sở tính {value!r}; hãy dùng một trong {valid}",
    },
    "data.rule": {
        "en": (
            "a rule must be a threshold (with 'ratio', 'strict', 'base') or a quorum "
            "(with 'threshold'), got {value!r}"
        ),
        "vi": (
            "quy tắc phải là một ngưỡng (có 'ratio', 'strict', 'base') hoặc một túc số "
            "(có 'threshold'), nhận được {value!r}"
        ),
    },
    "data.ties": {
        "en": "unknown tie policy {value!r}; expected revote, lot, older or chain",
        "vi": "không có cách xử lý hòa phiếu {value!r}; hãy dùng revote, lot, older hoặc chain",
    },
    "data.form": {
        "en": "unknown ballot form {value!r}; expected one of {valid}",
        "vi": "không có mẫu phiếu {value!r}; hãy dùng một trong {valid}",
    },
    "rulebook.amended": {
        "en": "{title}, as amended by the meeting file",
        "vi": "{title}, có sửa đổi theo tệp hội nghị",
    },
    "rulebook.plugin_skipped": {
        "en": "partyvote: the rulebook plugin {name!r} ({value}) was skipped",
        "vi": "partyvote: đã bỏ qua gói bộ quy tắc {name!r} ({value})",
    },
    "problem.title": {
        "en": "The input cannot be counted",
        "vi": "Không thể kiểm dữ liệu đã gửi",
    },
}
