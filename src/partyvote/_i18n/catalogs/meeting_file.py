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
}
