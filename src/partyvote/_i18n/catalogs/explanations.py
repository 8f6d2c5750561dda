"""Catalog entries: the words of explanations, the rules and their bases, the decisions,
the invalid ballots, the results and the tie steps."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    "cmp.more_than": {
        "en": "more than {ratio}",
        "vi": "quá {ratio}",
    },
    "cmp.at_least": {
        "en": "at least {ratio}",
        "vi": "ít nhất {ratio}",
    },
    "cmp.all": {
        "en": "all",
        "vi": "toàn bộ",
    },
    "base.members": {
        "en": "members",
        "vi": "thành viên",
    },
    "base.convened": {
        "en": "convened",
        "vi": "người được triệu tập trừ số vắng mặt có lý do",
    },
    "base.present": {
        "en": "present",
        "vi": "người có mặt",
    },
    "base.cast": {
        "en": "votes cast",
        "vi": "phiếu thu vào",
    },
    "base.valid": {
        "en": "valid votes",
        "vi": "phiếu hợp lệ",
    },
    "base.non_blank": {
        "en": "non-blank votes",
        "vi": "phiếu hợp lệ không để trống",
    },
    "base.decisive": {
        "en": "votes for or against",
        "vi": "phiếu tán thành hoặc không tán thành",
    },
    "unit.votes": {
        "en": "votes",
        "vi": "phiếu",
    },
    "unit.yes": {
        "en": "votes in favour",
        "vi": "phiếu tán thành",
    },
    "unit.present": {
        "en": "present",
        "vi": "người có mặt",
    },
    "unit.cast": {
        "en": "ballots cast",
        "vi": "phiếu thu vào",
    },
    "explain.needs": {
        "en": "Needs {cmp} of {size} {base}: {required} {unit}.",
        "vi": "Cần {cmp} của {size} {base}: {required} {unit}.",
    },
    "explain.short": {
        "en": "Received {received}: {short} short.",
        "vi": "Nhận được {received}: thiếu {short}.",
    },
    "explain.exact": {
        "en": "Received {received}: exactly enough, passed.",
        "vi": "Nhận được {received}: vừa đủ, đạt.",
    },
    "explain.spare": {
        "en": "Received {received}: passed with {spare} to spare.",
        "vi": "Nhận được {received}: đạt, dư {spare}.",
    },
    "explain.empty_base": {
        "en": "The base is empty ({base}: 0), so nothing can pass.",
        "vi": "Cơ sở tính bằng 0 ({base}: 0) nên không thể đạt.",
    },
    "explain.quorum": {
        "en": "Quorum: {text}",
        "vi": "Túc số: {text}",
    },
    "explain.no_quorum": {
        "en": "No quorum, so the vote does not count.",
        "vi": "Không đủ túc số nên kết quả biểu quyết không có giá trị.",
    },
    "explain.all_of": {
        "en": "Every condition must hold ({passed} of {total} met):",
        "vi": "Phải đạt tất cả các điều kiện (đạt {passed}/{total}):",
    },
    "explain.any_of": {
        "en": "Any one condition is enough ({passed} of {total} met):",
        "vi": "Chỉ cần đạt một điều kiện (đạt {passed}/{total}):",
    },
    "explain.custom": {
        "en": "{rule}: needs {required}, received {received}: {verdict}.",
        "vi": "{rule}: cần {required}, nhận được {received}: {verdict}.",
    },
    "rule.minimum.yes": {
        "en": "A fixed minimum of votes",
        "vi": "Số phiếu tối thiểu",
    },
    "rule.minimum.present": {
        "en": "A fixed minimum present",
        "vi": "Số người có mặt tối thiểu",
    },
    "rule.minimum.cast": {
        "en": "A fixed minimum of ballots",
        "vi": "Số phiếu thu vào tối thiểu",
    },
    "rule.qmv.min_states": {
        "en": "Member states in favour, a fixed minimum",
        "vi": "Số quốc gia thành viên tán thành tối thiểu",
    },
    "rule.qmv.no_blocking": {
        "en": "No blocking minority (states in favour leave too few against)",
        "vi": "Không có thiểu số ngăn chặn (số quốc gia không tán thành quá ít)",
    },
    "rule.custom": {
        "en": "a rule of its own",
        "vi": "quy tắc riêng",
    },
    "rule.all_of": {
        "en": "all of: {rules}",
        "vi": "đạt tất cả: {rules}",
    },
    "rule.any_of": {
        "en": "any of: {rules}",
        "vi": "đạt một trong: {rules}",
    },
    "rule.counting": {
        "en": "{rule}, counting {counted}",
        "vi": "{rule}, tính theo {counted}",
    },
    "rule.minimum": {
        "en": "at least {count} {unit}",
        "vi": "ít nhất {count} {unit}",
    },
    "rule.with_quorum": {
        "en": "{rule}, with a quorum of {quorum}",
        "vi": "{rule}, với túc số {quorum}",
    },
    "rule.heads": {
        "en": "{rule}, counted one per voter",
        "vi": "{rule}, tính theo số người bỏ phiếu",
    },
    "rule.qmv": {
        "en": (
            "a qualified majority: {states} of the member states, at least {min_states} of "
            "them, representing {population} of the population"
        ),
        "vi": (
            "đa số đủ điều kiện: {states} số quốc gia thành viên, ít nhất {min_states} quốc "
            "gia, đại diện cho {population} dân số"
        ),
    },
    "rule.qmv_blocking": {
        "en": "{rule}; a blocking minority needs at least {blocking} states",
        "vi": "{rule}; thiểu số ngăn chặn cần ít nhất {blocking} quốc gia",
    },
    "rule.plurality": {
        "en": "most votes (at least one vote)",
        "vi": "nhiều phiếu nhất (ít nhất một phiếu)",
    },
    "phrase.of": {
        "en": "{cmp} of {base}",
        "vi": "{cmp} của {base}",
    },
    "result.header": {
        "en": (
            "Election of {seats} {seats:plural:seat:seats} from {candidates} "
            "{candidates:plural:candidate:candidates}; to be elected: {rule}."
        ),
        "vi": "Bầu {seats} người trong {candidates} ứng cử viên; điều kiện trúng cử: {rule}.",
    },
    "result.ballots": {
        "en": "Ballots: {cast} cast, {valid} valid ({blank} blank), {invalid} invalid.",
        "vi": (
            "Số phiếu: {cast} phiếu thu vào, {valid} phiếu hợp lệ ({blank} phiếu trắng), "
            "{invalid} phiếu không hợp lệ."
        ),
    },
    "result.ballots.reasons": {
        "en": "Ballots: {cast} cast, {valid} valid ({blank} blank), {invalid} invalid ({reasons}).",
        "vi": (
            "Số phiếu: {cast} phiếu thu vào, {valid} phiếu hợp lệ ({blank} phiếu trắng), "
            "{invalid} phiếu không hợp lệ ({reasons})."
        ),
    },
    "invalid.not-issued": {
        "en": "not issued by the counting committee",
        "vi": "không phải phiếu do ban kiểm phiếu phát ra",
    },
    "invalid.identifying-mark": {
        "en": "with identifying marks",
        "vi": "có dấu hiệu riêng",
    },
    "invalid.written-in": {
        "en": "with names written in",
        "vi": "ghi thêm tên người ngoài danh sách",
    },
    "invalid.unknown-name": {
        "en": "naming someone not on the list",
        "vi": "có tên không thuộc danh sách",
    },
    "invalid.too-many-kept": {
        "en": "keeping more names than seats",
        "vi": "để lại nhiều tên hơn số lượng cần bầu",
    },
    "invalid.all-struck": {
        "en": "with every name struck",
        "vi": "gạch tên tất cả",
    },
    "invalid.single-both": {
        "en": "with both agree and disagree ticked",
        "vi": "đánh dấu cả đồng ý và không đồng ý",
    },
    "invalid.single-neither": {
        "en": "with neither agree nor disagree ticked",
        "vi": "không đánh dấu đồng ý hay không đồng ý",
    },
    "invalid.unspecified": {
        "en": "for reasons not recorded",
        "vi": "không ghi rõ lý do",
    },
    "cand.line": {
        "en": "{rank}. {name}: {votes} votes ({share} of {size}), needs {required}: {verdict}.",
        "vi": "{rank}. {name}: {votes} phiếu ({share} của {size}), cần {required}: {verdict}.",
    },
    "cand.elected": {
        "en": "elected",
        "vi": "trúng cử",
    },
    "cand.no_quorum": {
        "en": "not elected, no quorum",
        "vi": "không trúng cử do không đủ túc số",
    },
    "cand.tied": {
        "en": "tied for the last {seats:plural:seat:seats}",
        "vi": "bằng phiếu ở vị trí cuối",
    },
    "cand.empty": {
        "en": "not elected, the base is empty",
        "vi": "không trúng cử, cơ sở tính bằng 0",
    },
    "cand.short": {
        "en": "{short} short, not elected",
        "vi": "thiếu {short}, không trúng cử",
    },
    "cand.tie_lost": {
        "en": "lost the tie-break",
        "vi": "không được chọn khi phân định bằng phiếu",
    },
    "cand.outvoted": {
        "en": "met the threshold, but the seats went to more votes",
        "vi": "đạt ngưỡng nhưng các chỗ đã thuộc về người nhiều phiếu hơn",
    },
    "result.elected": {
        "en": "Elected ({count}): {names}.",
        "vi": "Trúng cử ({count}): {names}.",
    },
    "result.none_elected": {
        "en": "No one is elected.",
        "vi": "Không ai trúng cử.",
    },
    "result.complete": {
        "en": "All seats are filled.",
        "vi": "Đã bầu đủ số lượng.",
    },
    "result.unfilled": {
        "en": "{count} {count:plural:seat:seats} unfilled: the meeting decides on a further round.",
        "vi": "Còn thiếu {count} người: đại hội quyết định việc bầu tiếp.",
    },
    "result.tie": {
        "en": (
            "Tie for {seats} {seats:plural:seat:seats} between {names} with {votes} "
            "{votes:plural:vote:votes} each: re-vote among them."
        ),
        "vi": (
            "{names} bằng phiếu nhau ({votes} phiếu) cho {seats} chỗ còn lại: bầu lại giữa "
            "những người này."
        ),
    },
    "result.no_quorum": {
        "en": "No quorum: no one is elected and the election is held again.",
        "vi": "Không đủ túc số: không ai trúng cử, phải tổ chức bầu lại.",
    },
    "tiekey.key": {
        "en": "key",
        "vi": "khóa xếp hạng",
    },
    "tiekey.age": {
        "en": "age (the older candidate is elected)",
        "vi": "tuổi (người nhiều tuổi hơn trúng cử)",
    },
    "tie.key": {
        "en": "The tie was decided by {label}: {names}.",
        "vi": "Trường hợp bằng phiếu được phân định theo {label}: {names}.",
    },
    "tie.lot": {
        "en": "The tie was decided by lot with the published seed “{label}”: {names}.",
        "vi": (
            "Những người có số phiếu bằng nhau được xác định bằng bốc thăm theo mã bốc "
            "thăm đã công bố “{label}”: {names}."
        ),
    },
    "verdict.passed": {
        "en": "passed",
        "vi": "đạt",
    },
    "verdict.failed": {
        "en": "not passed",
        "vi": "không đạt",
    },
}
