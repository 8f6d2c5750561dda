"""Catalog entries: the words of the minutes of the count (biên bản kiểm phiếu), their
dates and the next step they announce."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    "next.new_names": {
        "en": (
            "Next step: {seats} {seats:plural:seat remains:seats remain} and no candidate is "
            "left; the meeting adds names."
        ),
        "vi": "Bước tiếp theo: còn {seats} chỗ nhưng hết người ứng cử; đại hội bổ sung danh sách.",
    },
    "report.title": {
        "en": "Minutes of the count",
        "vi": "Biên bản kiểm phiếu",
    },
    "report.body": {
        "en": "Body: {body}",
        "vi": "Tổ chức: {body}",
    },
    "report.when": {
        "en": "Date: {date}",
        "vi": "Thời gian: {date}",
    },
    "report.place": {
        "en": "Place: {place}",
        "vi": "Địa điểm: {place}",
    },
    "report.date": {
        "en": "{day} {month} {year}",
        "vi": "ngày {day} {month} năm {year}",
    },
    "report.rulebook": {
        "en": "Rules: {title}",
        "vi": "Căn cứ: {title}",
    },
    "report.roll": {
        "en": (
            "Roll: {members} on the roll, {excused} excused, {convened} convened, {present} "
            "present."
        ),
        "vi": (
            "Tổng số được triệu tập: {members} người; vắng mặt có lý do: {excused} (còn "
            "{convened}); có mặt: {present}."
        ),
    },
    "report.unknown": {
        "en": "not recorded",
        "vi": "chưa ghi nhận",
    },
    "report.votes": {
        "en": (
            "Votes: {yes} for, {no} against, {abstain} abstaining, {blank} blank, {invalid} "
            "invalid."
        ),
        "vi": (
            "Kết quả biểu quyết: {yes} tán thành, {no} không tán thành, {abstain} không biểu "
            "quyết, {blank} phiếu trắng, {invalid} không hợp lệ."
        ),
    },
    "report.adopted": {
        "en": "Result: adopted.",
        "vi": "Kết quả: được thông qua.",
    },
    "report.rejected": {
        "en": "Result: not adopted.",
        "vi": "Kết quả: không được thông qua.",
    },
    "report.stations": {
        "en": "Counted at: {names}.",
        "vi": "Các tổ kiểm phiếu: {names}.",
    },
    "report.item": {
        "en": "Ballots",
        "vi": "Phiếu bầu",
    },
    "report.count": {
        "en": "Number",
        "vi": "Số lượng",
    },
    "report.issued": {
        "en": "Issued",
        "vi": "Số phiếu phát ra",
    },
    "report.cast": {
        "en": "Returned",
        "vi": "Số phiếu thu vào",
    },
    "report.valid": {
        "en": "Valid",
        "vi": "Số phiếu hợp lệ",
    },
    "report.blank": {
        "en": "Blank (valid)",
        "vi": "Phiếu trắng (hợp lệ)",
    },
    "report.invalid": {
        "en": "Invalid",
        "vi": "Số phiếu không hợp lệ",
    },
    "report.col_rank": {
        "en": "#",
        "vi": "TT",
    },
    "report.col_name": {
        "en": "Candidate",
        "vi": "Họ và tên",
    },
    "report.col_votes": {
        "en": "Votes",
        "vi": "Số phiếu",
    },
    "report.col_share": {
        "en": "Share of base",
        "vi": "Tỷ lệ / cơ sở",
    },
    "report.col_needed": {
        "en": "Needed",
        "vi": "Cần",
    },
    "report.col_result": {
        "en": "Result",
        "vi": "Kết quả",
    },
    "report.digest": {
        "en": "SHA-256 of the inputs: {digest}",
        "vi": "Mã SHA-256 của dữ liệu đầu vào: {digest}",
    },
    "report.signed": {
        "en": "Signed by the counting committee:",
        "vi": "Ban kiểm phiếu ký tên:",
    },
    "report.role_head": {
        "en": "Head of the committee",
        "vi": "Trưởng ban kiểm phiếu",
    },
    "report.role_member": {
        "en": "Member",
        "vi": "Thành viên",
    },
    "next.complete": {
        "en": "Next step: none; every seat is filled.",
        "vi": "Bước tiếp theo: không; đã bầu đủ số lượng.",
    },
    "next.again": {
        "en": "Next step: the election is held again, as it had no quorum.",
        "vi": "Bước tiếp theo: tổ chức bầu lại do không đủ túc số.",
    },
    "next.further.threshold": {
        "en": (
            "Next step: a further round for {seats} {seats:plural:seat:seats} among "
            "{names}, again needing the threshold."
        ),
        "vi": (
            "Bước tiếp theo: bầu tiếp {seats} người trong số {names}, vẫn phải đạt điều "
            "kiện trúng cử."
        ),
    },
    "next.further.plurality": {
        "en": (
            "Next step: a further round for {seats} {seats:plural:seat:seats} among "
            "{names}, the most votes winning."
        ),
        "vi": (
            "Bước tiếp theo: bầu tiếp {seats} người trong số {names}, người nhiều phiếu hơn "
            "trúng cử."
        ),
    },
    "next.revote.threshold": {
        "en": (
            "Next step: a re-vote among {names} for {seats} {seats:plural:seat:seats}, again "
            "needing the threshold."
        ),
        "vi": (
            "Bước tiếp theo: bầu lại giữa {names} cho {seats} chỗ, vẫn phải đạt điều kiện trúng cử."
        ),
    },
    "next.revote.plurality": {
        "en": (
            "Next step: a re-vote among {names} for {seats} {seats:plural:seat:seats}, the "
            "most votes winning."
        ),
        "vi": (
            "Bước tiếp theo: bầu lại giữa {names} cho {seats} chỗ, người nhiều phiếu hơn trúng cử."
        ),
    },
    "month.1": {
        "en": "January",
        "vi": "tháng 1",
    },
    "month.2": {
        "en": "February",
        "vi": "tháng 2",
    },
    "month.3": {
        "en": "March",
        "vi": "tháng 3",
    },
    "month.4": {
        "en": "April",
        "vi": "tháng 4",
    },
    "month.5": {
        "en": "May",
        "vi": "tháng 5",
    },
    "month.6": {
        "en": "June",
        "vi": "tháng 6",
    },
    "month.7": {
        "en": "July",
        "vi": "tháng 7",
    },
    "month.8": {
        "en": "August",
        "vi": "tháng 8",
    },
    "month.9": {
        "en": "September",
        "vi": "tháng 9",
    },
    "month.10": {
        "en": "October",
        "vi": "tháng 10",
    },
    "month.11": {
        "en": "November",
        "vi": "tháng 11",
    },
    "month.12": {
        "en": "December",
        "vi": "tháng 12",
    },
}
