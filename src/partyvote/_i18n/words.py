"""The words of explanations and minutes, in every language (see :mod:`._messages`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

WORDS: Final[Mapping[str, Mapping[str, str]]] = {
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
        "en": "The tie was decided by lot with the published seed {label!r}: {names}.",
        "vi": (
            "Trường hợp bằng phiếu được phân định bằng bốc thăm với hạt giống {label!r}: {names}."
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
