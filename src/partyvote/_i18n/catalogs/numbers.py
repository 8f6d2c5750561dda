"""Catalog entries for issue 12: numbers as published, rulebook words, real results."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    "numbers.digits": {
        "en": "a percentage has 0 to {most} decimals, got {value}",
        "vi": "tỷ lệ phần trăm có từ 0 đến {most} chữ số thập phân, nhận được {value}",
    },
    "rulebook.no_surplus": {
        "en": (
            "a list for a committee or its standing committee must have more candidates than "
            "seats under {key!r}: {candidates} candidates for {seats} seats, at least {needed} "
            "needed; add a candidate, or say the list is not a committee list (committee=False)"
        ),
        "vi": (
            "danh sách bầu cấp ủy, ban thường vụ phải có số dư theo {key!r}: {candidates} "
            "người ứng cử cho {seats} chỗ, cần ít nhất {needed} người; hãy bổ sung người ứng "
            "cử, hoặc ghi rõ đây không phải danh sách bầu cấp ủy (committee=False)"
        ),
    },
    "rulebook.short_list": {
        "en": (
            "a list must have at least {least} more candidates than seats under {key!r}: "
            "{candidates} candidates for {seats} seats, at least {needed} needed; add "
            "candidates, or, where the body responsible decided a shorter list for a candidate "
            "lost to force majeure, say so (short_list=True)"
        ),
        "vi": (
            "số người trong danh sách ứng cử phải nhiều hơn số lượng đại biểu được bầu ít nhất "
            "là {least} người theo {key!r}: {candidates} người ứng cử cho {seats} đại biểu, cần "
            "ít nhất {needed} người; hãy bổ sung người ứng cử, hoặc, nếu khuyết người ứng cử vì "
            "lý do bất khả kháng đã được cơ quan có thẩm quyền xem xét, quyết định, hãy ghi rõ "
            "(short_list=True)"
        ),
    },
    # The kinds of motion of the shipped rulebooks: the key a user types, quoted, glossed in
    # Vietnamese in the rulebook listing (`partyvote rulebooks KEY`).
    "cli.key": {"en": '"{name}"', "vi": '"{name}"'},
    "kind.ordinary": {"en": '"ordinary"', "vi": '"ordinary" (thông thường)'},
    "kind.statutes": {"en": '"statutes"', "vi": '"statutes" (sửa đổi điều lệ)'},
    "kind.purpose": {"en": '"purpose"', "vi": '"purpose" (thay đổi mục đích)'},
    "kind.dissolution": {"en": '"dissolution"', "vi": '"dissolution" (giải thể)'},
    "kind.qualified": {"en": '"qualified"', "vi": '"qualified" (đa số đủ điều kiện)'},
    "kind.qualified-not-on-proposal": {
        "en": "qualified majority, not on a Commission proposal",
        "vi": "đa số đủ điều kiện, không theo đề xuất của Ủy ban",
    },
    "kind.qualified-participating": {
        "en": "qualified majority of the participating members",
        "vi": "đa số đủ điều kiện của các thành viên tham gia",
    },
    "kind.qualified-participating-not-on-proposal": {
        "en": "qualified majority of the participating members, not on a Commission proposal",
        "vi": "đa số đủ điều kiện của các thành viên tham gia, không theo đề xuất của Ủy ban",
    },
    "kind.simple": {"en": '"simple"', "vi": '"simple" (đa số đơn giản)'},
    "kind.two-thirds": {"en": '"two-thirds"', "vi": '"two-thirds" (hai phần ba)'},
    "kind.majority-of-members": {
        "en": '"majority-of-members"',
        "vi": '"majority-of-members" (đa số thành viên)',
    },
    "kind.special": {"en": '"special"', "vi": '"special" (nghị quyết đặc biệt)'},
    "kind.cloture": {"en": '"cloture"', "vi": '"cloture" (chấm dứt tranh luận)'},
    "kind.cloture-rules": {
        "en": "cloture on a change of the rules",
        "vi": "chấm dứt tranh luận về sửa đổi quy tắc",
    },
    "kind.veto-override": {"en": '"veto-override"', "vi": '"veto-override" (bác phủ quyết)'},
    "kind.treaty": {"en": '"treaty"', "vi": '"treaty" (điều ước)'},
    "kind.written": {"en": '"written"', "vi": '"written" (lấy ý kiến bằng văn bản)'},
    "kind.constitutional": {"en": '"constitutional"', "vi": '"constitutional" (Hiến pháp)'},
    "rule.qmv_no_minimum": {
        "en": (
            "a qualified majority: {states} of the member states, representing {population} of "
            "the population"
        ),
        "vi": (
            "đa số đủ điều kiện: {states} số quốc gia thành viên, đại diện cho {population} dân số"
        ),
    },
    # The party's own words for the roll: the absentees its bases deduct (Rulebook.wording =
    # "party-delegates" or "party-members"; 244-QĐ/TW Art. 32(2)-(3), 190-QĐ/TW Art. 30).
    "party-delegates.forms.attendance": {
        "en": (
            "Official delegates convened: {members}; present at the time of voting: {present}; "
            "absent at the time of voting: {absent} ({excused} absent throughout: members of "
            "the convening committee, or official delegates with no alternate)."
        ),
        "vi": (
            "Tổng số đại biểu chính thức được triệu tập: {members} đồng chí; số có mặt lúc bầu "
            "cử: {present} đồng chí; số vắng mặt lúc bầu cử: {absent} đồng chí (trong đó vắng "
            "mặt suốt thời gian đại hội, được trừ khi tính kết quả: {excused} đồng chí)."
        ),
    },
    "party-delegates.report.roll": {
        "en": (
            "Roll: {members} official delegates convened, {excused} absent throughout "
            "(members of the convening committee, or official delegates with no alternate; "
            "{convened} remain), {present} present."
        ),
        "vi": (
            "Tổng số đại biểu chính thức được triệu tập: {members}; cấp ủy viên cấp triệu tập "
            "đại hội vắng mặt suốt thời gian đại hội, đại biểu chính thức vắng mặt suốt thời "
            "gian đại hội không có đại biểu dự khuyết thay thế: {excused} (còn {convened}); có "
            "mặt: {present}."
        ),
    },
    "party-members.forms.attendance": {
        "en": (
            "Full members convened: {members}; present at the time of voting: {present}; "
            "absent at the time of voting: {absent} ({excused} in the exclusions)."
        ),
        "vi": (
            "Tổng số đảng viên chính thức được triệu tập: {members} đồng chí; số có mặt lúc bầu "
            "cử: {present} đồng chí; số vắng mặt lúc bầu cử: {absent} đồng chí (trong đó thuộc "
            "diện được trừ: {excused} đồng chí)."
        ),
    },
    "party-members.report.roll": {
        "en": (
            "Roll: {members} full members convened, {excused} in the exclusions "
            "({convened} remain), {present} present."
        ),
        "vi": (
            "Tổng số đảng viên chính thức được triệu tập: {members}; thuộc diện được trừ: "
            "{excused} (còn {convened}); có mặt: {present}."
        ),
    },
    # The National Assembly's own words (Rulebook.wording = "na"; Law 85/2015/QH13).
    "na.invalid.not-issued": {
        "en": "not of the prescribed form issued by the election team, or without its seal",
        "vi": "phiếu không theo mẫu quy định do Tổ bầu cử phát ra hoặc không có dấu của Tổ bầu cử",
    },
    "na.invalid.too-many-kept": {
        "en": "keeping more names than the deputies the constituency elects",
        "vi": (
            "phiếu để số người được bầu nhiều hơn số lượng đại biểu được bầu đã ấn định cho "
            "đơn vị bầu cử"
        ),
    },
    "na.invalid.all-struck": {
        "en": "with every candidate's name crossed out",
        "vi": "phiếu gạch xóa hết tên những người ứng cử",
    },
    # Art. 74's last ground, "Phiếu ghi thêm tên người ngoài danh sách những người ứng cử
    # hoặc phiếu có ghi thêm nội dung khác", is two grounds joined by "hoặc": a name written
    # in (or one not on the list) is the first, any other mark or writing the second.  The law
    # has no ground of its own for identifying marks; they are "nội dung khác".
    "na.invalid.written-in": {
        "en": "with a name outside the list of candidates added",
        "vi": "phiếu ghi thêm tên người ngoài danh sách những người ứng cử",
    },
    "na.invalid.unknown-name": {
        "en": "with a name outside the list of candidates added",
        "vi": "phiếu ghi thêm tên người ngoài danh sách những người ứng cử",
    },
    "na.invalid.identifying-mark": {
        "en": "with other content added",
        "vi": "phiếu có ghi thêm nội dung khác",
    },
    "na.next.further.threshold": {
        "en": (
            "Next step: the National Election Council decides on an additional election of "
            "{seats} {seats:plural:deputy:deputies} among {names} (Art. 79); a second "
            "additional election is not held."
        ),
        "vi": (
            "Bước tiếp theo: Hội đồng bầu cử quốc gia xem xét, quyết định việc bầu cử thêm "
            "{seats} đại biểu trong số {names} (Điều 79); không tổ chức bầu cử thêm lần thứ hai."
        ),
    },
    "na.result.unfilled": {
        "en": (
            "{count} {count:plural:seat:seats} unfilled: reported to the National Election "
            "Council, which decides on an additional election (Art. 79)."
        ),
        "vi": (
            "Còn thiếu {count} đại biểu: báo cáo để Hội đồng bầu cử quốc gia xem xét, quyết "
            "định việc bầu cử thêm (Điều 79)."
        ),
    },
    "na.next.again": {
        "en": (
            "Next step: the National Election Council decides on a re-run, as no more than "
            "half the voters on the list voted (Art. 80(1)-(2)); the re-run stands whatever "
            "its turnout (Art. 80(4))."
        ),
        "vi": (
            "Bước tiếp theo: Hội đồng bầu cử quốc gia xem xét, quyết định việc bầu cử lại do "
            "số cử tri đi bỏ phiếu chưa đạt quá một nửa tổng số cử tri ghi trong danh sách cử "
            "tri (Điều 80 khoản 1, 2); nếu số cử tri đi bầu cử vẫn chưa đạt quá một nửa thì "
            "kết quả bầu cử lại được công nhận (Điều 80 khoản 4)."
        ),
    },
    "na.next.new_names": {
        "en": (
            "Next step: {seats} {seats:plural:seat remains:seats remain} empty and no "
            "candidate is left; no further election is held (Art. 79)."
        ),
        "vi": (
            "Bước tiếp theo: còn thiếu {seats} đại biểu nhưng không còn người ứng cử; không "
            "tổ chức bầu cử thêm (Điều 79)."
        ),
    },
    "report.col_share_of": {
        "en": "% of {base} ({size})",
        "vi": "Tỷ lệ % số {base} ({size})",
    },
}
