"""Catalog entries: the words of the command line (``partyvote ...``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    "cli.error": {
        "en": "partyvote: error: {message}",
        "vi": "partyvote: lỗi: {message}",
    },
    "cli.interrupted": {
        "en": "partyvote: interrupted",
        "vi": "partyvote: đã dừng",
    },
    "cli.argument": {
        "en": "argument {name}: {problem}",
        "vi": "tham số {name}: {problem}",
    },
    "cli.whole_number": {
        "en": "expected a whole number, got {value!r}",
        "vi": "cần một số nguyên, nhận được {value!r}",
    },
    "cli.not_negative": {
        "en": "expected a number of 0 or more, got {value}",
        "vi": "cần một số từ 0 trở lên, nhận được {value}",
    },
    "cli.required": {
        "en": "the following arguments are required: {names}",
        "vi": "thiếu các tham số bắt buộc: {names}",
    },
    "cli.one_of": {
        "en": "one of the arguments {names} is required",
        "vi": "cần một trong các tham số {names}",
    },
    "cli.unrecognized": {
        "en": "unrecognized arguments: {names}",
        "vi": "tham số không hợp lệ: {names}",
    },
    "cli.choice": {
        "en": "invalid choice: {value} (choose from {valid})",
        "vi": "lựa chọn không hợp lệ: {value} (hãy chọn một trong {valid})",
    },
    "cli.not_allowed": {
        "en": "not allowed with argument {name}",
        "vi": "không dùng được cùng tham số {name}",
    },
    "cli.one_value": {
        "en": "expected one argument",
        "vi": "cần một giá trị",
    },
    "cli.cannot_write": {
        "en": "cannot write {path}: {reason}",
        "vi": "không ghi được {path}: {reason}",
    },
    "cli.cannot_read": {
        "en": "cannot read {path}: {reason}",
        "vi": "không đọc được {path}: {reason}",
    },
    "cli.not_json": {
        "en": "{path} is not JSON minutes: {reason}",
        "vi": "{path} không phải biên bản JSON: {reason}",
    },
    "cli.not_minutes": {
        "en": "{path} is not JSON minutes (partyvote count --format json)",
        "vi": "{path} không phải biên bản JSON (partyvote count --format json)",
    },
    "cli.progress": {
        "en": "{rows} ballots read...",
        "vi": "đã đọc {rows} phiếu...",
    },
    "cli.other_inputs": {
        "en": "note: the counts were made from different input files",
        "vi": "lưu ý: các lần kiểm được làm từ những tệp đầu vào khác nhau",
    },
    "cli.differences": {
        "en": "{count} {count:plural:difference:differences}:",
        "vi": "{count} điểm khác nhau:",
    },
    "cli.agree": {
        "en": "the {count} counts agree",
        "vi": "{count} lần kiểm khớp nhau",
    },
    "cli.valid": {
        "en": "{path}: valid, {count} {count:plural:question:questions}",
        "vi": "{path}: hợp lệ, {count} câu hỏi",
    },
    "cli.quorum": {
        "en": "quorum: {rule}",
        "vi": "túc số: {rule}",
    },
    "cli.motion": {
        "en": "motion {kind}: {rule}",
        "vi": "biểu quyết {kind}: {rule}",
    },
    "cli.election": {
        "en": "election: {rule}",
        "vi": "bầu cử: {rule}",
    },
    "cli.most_votes": {
        "en": "most votes",
        "vi": "nhiều phiếu nhất",
    },
    "cli.ties": {
        "en": "ties: {steps}",
        "vi": "khi bằng phiếu: {steps}",
    },
    "cli.tie.revote": {
        "en": "revote",
        "vi": "bầu lại",
    },
    "cli.tie.older": {
        "en": "older",
        "vi": "người lớn tuổi hơn",
    },
    "cli.tie.lot": {
        "en": "lot",
        "vi": "bốc thăm",
    },
    "cli.parameter": {
        "en": "parameter {name}: {text}",
        "vi": "tham số {name}: {text}",
    },
}
