"""Catalog entries for issue 16: the organising committee's overview."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    # --- a single result ----------------------------------------------------------------------
    "cand.unanimous": {
        "en": "elected unanimously (every valid ballot)",
        "vi": "trúng cử với số phiếu tuyệt đối",
    },
    # --- reading minutes ----------------------------------------------------------------------
    "summary.none": {
        "en": "no minutes to summarise; give JSON minutes or folders holding them",
        "vi": (
            "không có biên bản nào để tổng hợp; hãy chỉ ra các biên bản JSON hoặc thư mục "
            "chứa chúng"
        ),
    },
    "summary.not_found": {
        "en": "{path}: no such file or folder",
        "vi": "{path}: không có tệp hay thư mục này",
    },
    "summary.cannot_read": {
        "en": "{path}: cannot read: {reason}",
        "vi": "{path}: không đọc được: {reason}",
    },
    "summary.empty_folder": {
        "en": "{path}: no JSON minutes (*.json) in this folder",
        "vi": "{path}: thư mục không có biên bản JSON (*.json) nào",
    },
    "summary.not_json": {
        "en": "{path}: not JSON minutes: {reason}",
        "vi": "{path}: không phải biên bản JSON: {reason}",
    },
    "summary.format": {
        "en": "{path}: format {value!r} is not one this version reads; expected {expected!r}",
        "vi": "{path}: phiên bản này không đọc được định dạng {value!r}; cần {expected!r}",
    },
    "summary.shape": {
        "en": "{path}: damaged: {where} is missing or of the wrong kind",
        "vi": "{path}: tệp bị hỏng: {where} bị thiếu hoặc sai kiểu",
    },
    "summary.unsealed": {
        "en": (
            "{path}: the minutes carry no digest of their content (minutes_sha256); write them "
            "again with partyvote count --format json"
        ),
        "vi": (
            "{path}: biên bản không có mã băm nội dung (minutes_sha256); hãy xuất lại bằng "
            "partyvote count --format json"
        ),
    },
    "summary.damaged": {
        "en": (
            "{path}: damaged or edited: the content does not match its digest "
            "(minutes_sha256); count the meeting again"
        ),
        "vi": (
            "{path}: tệp bị hỏng hoặc bị sửa: nội dung không khớp mã băm (minutes_sha256); "
            "hãy kiểm phiếu lại"
        ),
    },
    "summary.inconsistent": {
        "en": "{path}: damaged: the numbers at {where} do not add up",
        "vi": "{path}: tệp bị hỏng: các con số ở {where} không khớp nhau",
    },
    "summary.duplicate": {
        "en": "{path}: the same count as {other} (equal inputs_sha256); give each meeting once",
        "vi": (
            "{path}: trùng với kết quả kiểm phiếu ở {other} (cùng inputs_sha256); mỗi đại hội "
            "chỉ đưa vào một lần"
        ),
    },
    "summary.same_meeting": {
        "en": (
            "{path}: another count of the meeting in {other}, from different inputs; check "
            "them with partyvote compare and keep one"
        ),
        "vi": (
            "{path}: một kết quả kiểm phiếu khác của đại hội ở {other}, từ dữ liệu khác; hãy "
            "đối chiếu bằng partyvote compare và giữ lại một"
        ),
    },
    "summary.unplanned": {
        "en": "{path}: {unit!r} is not among the planned units",
        "vi": "{path}: {unit!r} không có trong danh sách đơn vị dự kiến",
    },
    "summary.planned_twice": {
        "en": "{unit!r} is listed twice among the planned units",
        "vi": "{unit!r} có hai lần trong danh sách đơn vị dự kiến",
    },
    "summary.format_unknown": {
        "en": "{value!r} is not a format of the overview; use one of {valid}",
        "vi": "{value!r} không phải định dạng của báo cáo tổng hợp; hãy dùng một trong {valid}",
    },
    # --- the overview -------------------------------------------------------------------------
    "summary.title": {
        "en": "Overview of the congresses",
        "vi": "Báo cáo tổng hợp kết quả đại hội",
    },
    "summary.compiled": {
        "en": "Compiled by partyvote from {count} {count:plural:set:sets} of JSON minutes.",
        "vi": "Tổng hợp bằng partyvote từ {count} biên bản JSON.",
    },
    "summary.totals": {
        "en": "Totals",
        "vi": "Tổng hợp chung",
    },
    "summary.held_of": {
        "en": "{held} of {planned} planned units held their congress.",
        "vi": "{held}/{planned} đơn vị dự kiến đã tổ chức đại hội.",
    },
    "summary.not_held": {
        "en": "Not held yet: {units}.",
        "vi": "Chưa tổ chức: {units}.",
    },
    "summary.item": {"en": "Item", "vi": "Nội dung"},
    "summary.count": {"en": "Number", "vi": "Số lượng"},
    "summary.row.planned": {"en": "Units planned", "vi": "Đơn vị dự kiến tổ chức"},
    "summary.row.held": {"en": "Congresses held", "vi": "Đại hội đã tổ chức"},
    "summary.row.quorate": {"en": "Quorate", "vi": "Đủ túc số"},
    "summary.row.heads": {
        "en": "Secretary elected directly",
        "vi": "Bầu trực tiếp bí thư thành công",
    },
    "summary.row.unanimous": {
        "en": "  of which unanimously",
        "vi": "  trong đó đạt số phiếu tuyệt đối",
    },
    "summary.row.heads_failed": {
        "en": "Direct election of the secretary failed",
        "vi": "Bầu trực tiếp bí thư không thành",
    },
    "summary.row.filled": {"en": "Committee seats filled", "vi": "Số cấp ủy viên đã bầu"},
    "summary.row.empty": {"en": "Committee seats left empty", "vi": "Số cấp ủy viên còn thiếu"},
    "summary.row.invalid": {
        "en": "Invalid ballots, all elections",
        "vi": "Phiếu không hợp lệ, tất cả các cuộc bầu",
    },
    "summary.heads": {
        "en": "Secretaries elected directly at the congress",
        "vi": "Bầu trực tiếp bí thư tại đại hội",
    },
    "summary.heads_none": {
        "en": "No congress elected its secretary directly.",
        "vi": "Không đại hội nào bầu trực tiếp bí thư.",
    },
    "summary.col.unit": {"en": "Unit", "vi": "Đơn vị"},
    "summary.col.candidate": {"en": "Candidate", "vi": "Người được giới thiệu"},
    "summary.col.votes": {"en": "Votes", "vi": "Số phiếu"},
    "summary.col.valid": {"en": "Valid ballots", "vi": "Phiếu hợp lệ"},
    "summary.col.share": {"en": "Share", "vi": "Tỷ lệ"},
    "summary.col.result": {"en": "Result", "vi": "Kết quả"},
    "summary.col.no": {"en": "No.", "vi": "STT"},
    "summary.col.question": {"en": "Question", "vi": "Nội dung"},
    "summary.col.band": {"en": "Share of votes", "vi": "Tỷ lệ phiếu"},
    "summary.col.heads": {"en": "Secretaries", "vi": "Bí thư"},
    "summary.col.members": {"en": "Committee members", "vi": "Cấp ủy viên"},
    "summary.head.unanimous": {"en": "unanimous", "vi": "tuyệt đối"},
    "summary.head.majority": {"en": "absolute majority", "vi": "quá bán"},
    "summary.head.elected": {"en": "elected", "vi": "trúng cử"},
    "summary.head.failed": {"en": "not elected: {next}", "vi": "không trúng cử: {next}"},
    "summary.next.again": {
        "en": "no quorum, the election is held again",
        "vi": "không đủ túc số, bầu lại",
    },
    "summary.next.round": {
        "en": "a further round among {names}",
        "vi": "bầu tiếp trong số {names}",
    },
    "summary.next.names": {
        "en": "no candidate left, the congress adds names",
        "vi": "không còn người ứng cử, đại hội giới thiệu thêm",
    },
    "summary.meetings": {"en": "Each congress", "vi": "Từng đại hội"},
    "summary.quorum.met": {"en": "Quorum: met.", "vi": "Túc số: đủ."},
    "summary.quorum.failed": {"en": "Quorum: not met.", "vi": "Túc số: không đủ."},
    "summary.quorum.unknown": {
        "en": "Quorum: not stated in the minutes.",
        "vi": "Túc số: biên bản không ghi.",
    },
    "summary.outcome.adopted": {"en": "adopted", "vi": "được thông qua"},
    "summary.outcome.rejected": {"en": "not adopted", "vi": "không được thông qua"},
    "summary.outcome.election": {
        "en": "{elected} of {seats} elected; {empty} left empty",
        "vi": "bầu được {elected}/{seats}; còn thiếu {empty}",
    },
    "summary.outcome.complete": {
        "en": "all {seats} elected",
        "vi": "bầu đủ {seats}",
    },
    "summary.outcome.seats": {
        "en": "{filled} of {seats} seats given to groups",
        "vi": "đã phân bổ {filled}/{seats} ghế cho các nhóm",
    },
    "summary.outcome.counted": {
        "en": "{kind}, not in the totals: {outcome}",
        "vi": "{kind}, không tính vào số liệu tổng hợp: {outcome}",
    },
    "summary.kind.ranked": {"en": "ranked ballots", "vi": "phiếu xếp thứ tự"},
    "summary.kind.cumulative": {"en": "cumulative voting", "vi": "bầu dồn phiếu"},
    "summary.kind.seats": {"en": "seats among groups", "vi": "phân bổ ghế theo nhóm"},
    "summary.outcome.head": {
        "en": "{name}: {votes} votes ({share} of {base}), {result}",
        "vi": "{name}: {votes} phiếu ({share} của {base}), {result}",
    },
    "summary.source": {"en": "Minutes: {path}", "vi": "Biên bản: {path}"},
    "summary.distribution": {
        "en": "Distribution of the shares of votes",
        "vi": "Phân bố tỷ lệ phiếu bầu",
    },
    "summary.distribution.note": {
        "en": (
            "Shares of the elected, measured against the base each election's rule counts "
            "(for a party congress: those convened)."
        ),
        "vi": (
            "Tỷ lệ phiếu của người trúng cử, tính trên cơ sở mà quy định của từng cuộc bầu "
            "dùng (đại hội đảng: số được triệu tập, trừ số vắng mặt được trừ)."
        ),
    },
    "summary.band.all": {"en": "100%", "vi": "100%"},
    "summary.band.range": {"en": "{low} to under {high}", "vi": "từ {low} đến dưới {high}"},
    "summary.band.below": {"en": "under {high}", "vi": "dưới {high}"},
    "summary.charts": {"en": "Charts", "vi": "Biểu đồ"},
    "summary.charts.missing": {
        "en": (
            "Charts are not drawn: install the optional extra with "
            "pip install 'partyvote[charts]' to have them."
        ),
        "vi": (
            "Không vẽ biểu đồ: cài phần bổ sung bằng pip install 'partyvote[charts]' để có biểu đồ."
        ),
    },
    "summary.chart.heads": {
        "en": "Secretaries' share of votes, by congress",
        "vi": "Tỷ lệ phiếu của bí thư, theo từng đại hội",
    },
    "summary.chart.members": {
        "en": "Committee members elected, by share of votes",
        "vi": "Số cấp ủy viên trúng cử, theo tỷ lệ phiếu",
    },
    "summary.chart.invalid": {
        "en": "Invalid ballots by reason, all congresses",
        "vi": "Phiếu không hợp lệ theo lý do, tất cả các đại hội",
    },
    "summary.chart.majority": {"en": "more than half", "vi": "quá bán"},
}
