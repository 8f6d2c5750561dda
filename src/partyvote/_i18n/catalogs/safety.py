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
    "name.invisible": {
        "en": (
            "the name {value!r} holds an invisible or control character, {character}; type the "
            "name again without it"
        ),
        "vi": (
            "tên {value!r} chứa ký tự ẩn hoặc ký tự điều khiển {character}; hãy gõ lại tên "
            "không có ký tự đó"
        ),
    },
    "name.empty": {
        "en": "a name must have visible characters, got {value!r}",
        "vi": "tên phải có ký tự nhìn thấy được, nhận được {value!r}",
    },
    "name.string": {
        "en": (
            "expected a list of names, got the string {value!r}; write [{value!r}] for one name"
        ),
        "vi": "cần một danh sách tên, nhận được chuỗi {value!r}; hãy viết [{value!r}] cho một tên",
    },
    "name.twice": {
        "en": "{name!r} is given twice (perhaps spelled two ways); give each person once",
        "vi": "{name!r} được ghi hai lần (có thể với hai cách viết); mỗi người chỉ ghi một lần",
    },
    "quorum.same_base": {
        "en": (
            "a quorum counting {counted} against a share of the same number always passes; "
            "measure it against members or those convened"
        ),
        "vi": (
            "túc số tính {counted} so với một tỷ lệ của chính số đó luôn đạt; hãy tính so với "
            "số thành viên hoặc số được triệu tập"
        ),
    },
    "result.add_elected": {
        "en": "{names} already elected; a further round adds new names only",
        "vi": "{names} đã trúng cử; vòng bầu tiếp chỉ thêm tên mới",
    },
    "meeting.ballots_outside": {
        "en": (
            "the ballots file {path!r} lies outside the meeting file's folder {folder}; move it "
            "there, or pass --ballots-anywhere if you trust this meeting file"
        ),
        "vi": (
            "tệp phiếu {path!r} nằm ngoài thư mục của tệp cuộc họp {folder}; hãy chuyển tệp vào "
            "đó, hoặc dùng --ballots-anywhere nếu bạn tin tệp cuộc họp này"
        ),
    },
    "ballotfile.not_ballots": {
        "en": (
            "not a ballots file: its first line names no candidate and no known column (its "
            "content is not shown)"
        ),
        "vi": (
            "không phải tệp phiếu: dòng đầu không ghi tên ứng cử viên nào hay cột nào đã biết "
            "(nội dung không được hiển thị)"
        ),
    },
    "cli.output_is_input": {
        "en": "{path} is an input of this meeting; write the minutes to another file",
        "vi": "{path} là tệp đầu vào của cuộc họp này; hãy ghi biên bản vào tệp khác",
    },
    "json.too_large": {
        "en": "{path}: larger than {limit} bytes, too large for minutes",
        "vi": "{path}: lớn hơn {limit} byte, quá lớn đối với một biên bản",
    },
    "cli.output_is_read": {
        "en": "{path} is one of the files read; write the overview to another file",
        "vi": "{path} là một trong các tệp được đọc; hãy ghi báo cáo tổng hợp vào tệp khác",
    },
    "cli.no_stdout": {
        "en": "standard output is closed; pass --output FILE",
        "vi": "đầu ra chuẩn đã bị đóng; hãy dùng --output TỆP",
    },
    "argument.type": {
        "en": "{name} must be a {expected}, got {value!r} ({type})",
        "vi": "{name} phải là {expected}, nhận được {value!r} ({type})",
    },
    "ballot.pair": {
        "en": "marks are pairs of a name and a Mark, got {value!r}",
        "vi": "mỗi dấu là một cặp gồm tên và Mark, nhận được {value!r}",
    },
    "poll.entry": {
        "en": "a poll entry is (voter, weight, choice), got {value!r}",
        "vi": "mỗi dòng biểu quyết là (người biểu quyết, trọng số, lựa chọn), nhận được {value!r}",
    },
    "ballotfile.source": {
        "en": "a ballots file is a path or a binary file object, got {value!r}",
        "vi": "tệp phiếu phải là đường dẫn hoặc đối tượng tệp nhị phân, nhận được {value!r}",
    },
    "ratio.size": {
        "en": (
            "the ratio {value!r} is longer than {limit} characters or has an exponent past 99; "
            "write it like 2/3, 66.67% or 0.55"
        ),
        "vi": (
            "tỷ lệ {value!r} dài quá {limit} ký tự hoặc có số mũ quá 99; hãy viết như 2/3, "
            "66,67% hoặc 0.55"
        ),
    },
}
