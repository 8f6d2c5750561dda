"""Catalog entries: errors in a meeting file, in the file's own words (keys, TOML values).

The Python API raises the same problems with Python wording (``short_list=True``); the meeting
reader (``partyvote.io``) swaps in these entries, with the same parameters, so that a file's
user is told which key to write rather than which argument to pass.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    "meeting.choice": {
        "en": "{value!r} is not {what}; use one of {valid}",
        "vi": "{value!r} không phải là {what} hợp lệ; hãy dùng một trong các giá trị {valid}",
    },
    "choice.form": {"en": "a form of minutes", "vi": "mẫu biên bản"},
    "choice.order": {"en": "an order of names", "vi": "cách xếp thứ tự tên"},
    "choice.all_struck": {
        "en": "a reading of a ballot with every name struck out",
        "vi": "cách xác định phiếu gạch hết tên",
    },
    "choice.method": {"en": "a way of voting", "vi": "hình thức biểu quyết"},
    "choice.round": {"en": "a round", "vi": "vòng bầu"},
    "choice.quota": {"en": "a quota", "vi": "hạn ngạch"},
    "choice.transfers": {"en": "a way of transferring votes", "vi": "cách chuyển phiếu"},
    "choice.reading": {"en": "a reading of ranked ballots", "vi": "cách đọc phiếu xếp hạng"},
    "choice.apportionment": {"en": "a seat allocation method", "vi": "phương pháp phân bổ ghế"},
    "choice.type": {"en": "a kind of question", "vi": "loại nội dung biểu quyết"},
    "meeting.needs_seed": {
        "en": (
            "ties under {key!r} are decided by lot: write the seed published before the count, "
            'such as seed = "2026-03-15 Ban kiểm phiếu"'
        ),
        "vi": (
            "theo {key!r}, bằng phiếu được phân định bằng bốc thăm: hãy ghi mã bốc thăm đã công "
            'bố trước khi kiểm phiếu, ví dụ seed = "2026-03-15 Ban kiểm phiếu"'
        ),
    },
    "meeting.short_list": {
        "en": (
            "a list must have at least {least} more candidates than seats under {key!r}: "
            "{candidates} candidates for {seats} seats, at least {needed} needed; add "
            "candidates, or, where the body responsible decided a shorter list for a candidate "
            "lost to force majeure, write short_list = true"
        ),
        "vi": (
            "số người trong danh sách ứng cử phải nhiều hơn số lượng đại biểu được bầu ít nhất "
            "là {least} người theo {key!r}: {candidates} người ứng cử cho {seats} đại biểu, cần "
            "ít nhất {needed} người; hãy bổ sung người ứng cử, hoặc, nếu khuyết người ứng cử vì "
            "lý do bất khả kháng đã được cơ quan có thẩm quyền xem xét, quyết định, hãy ghi "
            "short_list = true"
        ),
    },
    "meeting.no_surplus": {
        "en": (
            "a list for a committee or its standing committee must have more candidates than "
            "seats under {key!r}: {candidates} candidates for {seats} seats, at least {needed} "
            "needed; add a candidate, or, if the list is not a committee list, write "
            "committee = false"
        ),
        "vi": (
            "danh sách bầu cấp ủy, ban thường vụ phải có số dư theo {key!r}: {candidates} "
            "người ứng cử cho {seats} chỗ, cần ít nhất {needed} người; hãy bổ sung người ứng "
            "cử, hoặc, nếu đây không phải danh sách bầu cấp ủy, hãy ghi committee = false"
        ),
    },
    "meeting.needs_present": {
        "en": (
            "the base {base!r} needs the number of members present; write present = N in "
            "the [roll] table"
        ),
        "vi": "cơ sở {base!r} cần số thành viên có mặt; hãy ghi present = N trong bảng [roll]",
    },
    "meeting.ronr_options": {
        "en": (
            "Robert's Rules' preferential voting has no quota and no surplus: with "
            'reading = "ronr", leave quota and transfers out'
        ),
        "vi": (
            "cách bỏ phiếu ưu tiên theo Quy tắc Robert không có hạn ngạch và không chuyển "
            'phiếu thừa: khi reading = "ronr", hãy bỏ quota và transfers'
        ),
    },
    "meeting.meek_options": {
        "en": (
            "Meek's method sets its own quota, recalculated at every iteration: with "
            'transfers = "meek", leave quota out'
        ),
        "vi": (
            "phương pháp Meek tự tính hạn ngạch và tính lại sau mỗi lần lặp: khi "
            'transfers = "meek", hãy bỏ quota'
        ),
    },
    "meeting.birth_dates": {
        "en": (
            "the tie is decided by age, and {name!r} has no birth date: add it to birth_dates "
            'as year-month-day, such as birth_dates = {{ "{name}" = 1970-02-01 }}'
        ),
        "vi": (
            "trường hợp bằng phiếu được phân định theo tuổi, nhưng {name!r} chưa có ngày sinh: "
            "hãy bổ sung vào birth_dates theo dạng năm-tháng-ngày, ví dụ "
            'birth_dates = {{ "{name}" = 1970-02-01 }}'
        ),
    },
    "meeting.unquoted_name": {
        "en": (
            "the file is not valid TOML: a key with letters outside A-Z, such as {name}, must "
            'be in quotes: "{name}"'
        ),
        "vi": (
            "tệp không đúng cú pháp TOML: khóa có chữ ngoài A-Z (như chữ có dấu), như {name}, "
            'phải đặt trong dấu ngoặc kép: "{name}"'
        ),
    },
}
