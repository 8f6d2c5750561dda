"""Catalog entries for issue 11: inputs, files, limits and safety."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    "ballotfile.empty_line": {
        "en": (
            "an empty line where the header has {expected} columns; every line is one ballot: "
            "write its empty cells (commas) or delete the line"
        ),
        "vi": (
            "dòng trống trong khi dòng tiêu đề có {expected} cột; mỗi dòng là một phiếu: hãy "
            "ghi các ô trống (dấu phẩy) hoặc xóa dòng đó"
        ),
    },
    "ballot.mapping": {
        "en": (
            "kept or struck names must be a collection of names, got the mapping {value!r}; "
            "give marks per name with Ballot.marked(...)"
        ),
        "vi": (
            "tên giữ lại hoặc bị gạch phải là một tập hợp tên, nhận được ánh xạ {value!r}; "
            "hãy ghi dấu cho từng tên bằng Ballot.marked(...)"
        ),
    },
    "kind.list": {
        "en": 'a list like ["An", "Bình"]',
        "vi": 'một danh sách như ["An", "Bình"]',
    },
    "meeting.duplicate_key": {
        "en": "the key {name!r} is given twice in one table; keep one",
        "vi": "khóa {name!r} xuất hiện hai lần trong một bảng; hãy giữ lại một",
    },
    "meeting.too_deep": {
        "en": "the file nests tables or lists too deeply to be a meeting file",
        "vi": "tệp lồng bảng hoặc danh sách quá sâu, không thể là tệp cuộc họp",
    },
    "meeting.too_large": {
        "en": "the file is larger than {limit} bytes, too large for a meeting file",
        "vi": "tệp lớn hơn {limit} byte, quá lớn đối với một tệp cuộc họp",
    },
    "meeting.number_too_large": {
        "en": "a number larger than {limit} is refused as a typo",
        "vi": "số lớn hơn {limit} bị từ chối vì có lẽ là gõ nhầm",
    },
    "cli.duplicate_key": {
        "en": "{path}: the key {name!r} is given twice in one object; these are not minutes",
        "vi": (
            "{path}: khóa {name!r} xuất hiện hai lần trong một đối tượng; đây không phải biên bản"
        ),
    },
    "meeting.more_than_issued": {
        "en": (
            "{cast} ballots were cast but only {issued} issued; more papers than were handed "
            "out means some are not the committee's: check the count and the issued figure"
        ),
        "vi": (
            "có {cast} phiếu thu vào nhưng chỉ phát ra {issued} phiếu; số phiếu nhiều hơn số "
            "phát ra nghĩa là có phiếu không do ban kiểm phiếu phát: hãy kiểm tra lại"
        ),
    },
}
