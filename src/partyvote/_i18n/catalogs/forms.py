"""Catalog entries for issue 12: the minutes' forms.

The Vietnamese wording follows the counting committees' forms (biên bản kiểm phiếu) of the
party's election guidance; see ``docs/explanation/forms.rst`` for the sources.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    "forms.hands_ballots": {
        "en": (
            "a show of hands has no blank ({blank}) or invalid ({invalid}) ballots; "
            'write method = "ballot" for a secret ballot'
        ),
        "vi": (
            "biểu quyết giơ tay không có phiếu trắng ({blank}) hay phiếu không hợp lệ "
            '({invalid}); ghi method = "ballot" nếu bỏ phiếu kín'
        ),
    },
    "forms.present": {
        "en": "present at the time of voting ({present}) exceeds those on the roll ({members})",
        "vi": "số có mặt lúc bầu cử ({present}) lớn hơn tổng số trong danh sách ({members})",
    },
    "forms.option": {
        "en": "minutes option {name} must be one of {valid}, got {value!r}",
        "vi": "tùy chọn biên bản {name} phải là một trong {valid}, nhận được {value!r}",
    },
    "forms.party": {
        "en": "COMMUNIST PARTY OF VIETNAM",
        "vi": "ĐẢNG CỘNG SẢN VIỆT NAM",
    },
    "forms.congress": {
        "en": "CONGRESS {congress}",
        "vi": "ĐẠI HỘI LẦN THỨ {congress}",
    },
    "forms.term": {
        "en": "TERM {term}",
        "vi": "NHIỆM KỲ {term}",
    },
    "forms.dateline": {
        "en": "{locality}, {date}",
        "vi": "{locality}, {date}",
    },
    "forms.opening.election": {
        "en": "{meeting}{when} held the election under {rules}.",
        "vi": "{meeting}{when} tiến hành bầu cử theo {rules}.",
    },
    "forms.opening.motion": {
        "en": "{meeting}{when} voted under {rules}.",
        "vi": "{meeting}{when} tiến hành biểu quyết theo {rules}.",
    },
    "forms.on_date": {
        "en": ", on {date},",
        "vi": ", {date},",
    },
    "forms.seats": {
        "en": "The congress decided the number to elect: {seats}.",
        "vi": "Đại hội đã biểu quyết số lượng cần bầu là {seats} đồng chí.",
    },
    "forms.list": {
        "en": (
            "The congress approved the list of {count} "
            "{count:plural:candidate:candidates} below (in ballot order):"
        ),
        "vi": (
            "Đại hội đã thông qua danh sách bầu cử gồm {count} đồng chí có tên dưới đây "
            "(theo thứ tự như trong phiếu bầu):"
        ),
    },
    "forms.committee": {
        "en": "The congress appointed the counting committee:",
        "vi": "Đại hội đã cử Ban kiểm phiếu gồm các đồng chí:",
    },
    "forms.committee_line": {
        "en": "{number}) {name}, {role}",
        "vi": "{number}) Đồng chí {name}, {role}",
    },
    "forms.head": {
        "en": "head",
        "vi": "Trưởng ban",
    },
    "forms.member": {
        "en": "member",
        "vi": "Ủy viên",
    },
    "forms.attendance": {
        "en": (
            "On the roll: {members}; present at the time of voting: {present}; "
            "absent at the time of voting: {absent} ({excused} excused)."
        ),
        "vi": (
            "Tổng số được triệu tập: {members}; số có mặt lúc bầu cử: {present}; "
            "số vắng mặt lúc bầu cử: {absent} (trong đó vắng mặt có lý do: {excused})."
        ),
    },
    "forms.results.ballot": {
        "en": "Results of the count (in ballot order):",
        "vi": "Kết quả kiểm phiếu cụ thể như sau (xếp theo thứ tự như trong phiếu bầu):",
    },
    "forms.results.votes": {
        "en": "Results of the count (by votes, most first):",
        "vi": ("Kết quả kiểm phiếu cụ thể như sau (xếp theo thứ tự số phiếu bầu từ cao đến thấp):"),
    },
    "forms.winners": {
        "en": "Elected (by votes, most first):",
        "vi": ("Những đồng chí sau đây trúng cử (xếp theo thứ tự số phiếu bầu từ cao đến thấp):"),
    },
    "forms.no_winners": {
        "en": "No one is elected in this ballot.",
        "vi": "Không có đồng chí nào trúng cử trong lần bầu này.",
    },
    "forms.winners_neutral": {
        "en": "Elected (by votes, most first):",
        "vi": "Những người sau đây trúng cử (xếp theo số phiếu từ cao xuống thấp):",
    },
    "forms.no_winners_neutral": {
        "en": "No one is elected in this ballot.",
        "vi": "Không có người nào trúng cử trong lần bầu này.",
    },
    "forms.col_agree": {
        "en": "Agree",
        "vi": "Đồng ý",
    },
    "forms.col_disagree": {
        "en": "Disagree",
        "vi": "Không đồng ý",
    },
    "forms.col_percent": {
        "en": "%",
        "vi": "Tỷ lệ",
    },
    "forms.col_base": {
        "en": "Base",
        "vi": "Cơ sở",
    },
    "forms.method.hands": {
        "en": "Voted by show of hands.",
        "vi": "Hình thức: biểu quyết giơ tay.",
    },
    "forms.method.ballot": {
        "en": "Voted by secret ballot.",
        "vi": "Hình thức: bỏ phiếu kín.",
    },
    "forms.votes_hands": {
        "en": "Show of hands: {yes} for, {no} against, {abstain} abstaining.",
        "vi": (
            "Kết quả biểu quyết: {yes} tán thành, {no} không tán thành, {abstain} không biểu quyết."
        ),
    },
    "forms.closing": {
        "en": "These minutes were completed at ……… on the same day and read to the congress.",
        "vi": "Biên bản lập xong vào hồi ……… cùng ngày và đã được công bố trước Đại hội.",
    },
    "forms.on_behalf": {
        "en": "FOR THE COUNTING COMMITTEE",
        "vi": "TM. BAN KIỂM PHIẾU",
    },
    "forms.head_title": {
        "en": "HEAD",
        "vi": "TRƯỞNG BAN",
    },
    "forms.sign_hint": {
        "en": "(signature and full name)",
        "vi": "(Ký, ghi rõ họ tên)",
    },
    "forms.state": {
        "en": "SOCIALIST REPUBLIC OF VIETNAM",
        "vi": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    },
    "forms.motto": {
        "en": "Independence - Freedom - Happiness",
        "vi": "Độc lập - Tự do - Hạnh phúc",
    },
    "forms.title_state": {
        "en": "Minutes of the result of the count by the election team",
        "vi": "Biên bản kết quả kiểm phiếu của Tổ bầu cử",
    },
    "forms.team": {
        "en": "The election team:",
        "vi": "Tổ bầu cử gồm có:",
    },
    "forms.team_dated": {
        "en": "On {date}, the election team:",
        "vi": "{date}, Tổ bầu cử gồm có:",
    },
    "forms.met_at": {
        "en": "The team met at {place} to count the votes.",
        "vi": "Đã họp tại {place} để tiến hành việc kiểm phiếu.",
    },
    "forms.results_state": {
        "en": "The result of the election:",
        "vi": "Kết quả cuộc bầu cử như sau:",
    },
    "forms.seats_state": {
        "en": "Deputies to elect in the constituency: {seats}.",
        "vi": "Số đại biểu được ấn định cho đơn vị bầu cử: {seats} người.",
    },
    # Mẫu số 18/HĐBC-QH names the team's members and witnesses without a title; Mẫu số 19
    # prints "Ông/Bà" before each member of the board.
    "forms.team_line": {
        "en": "{number}. {name}, {role}",
        "vi": "{number}. {name}, {role}",
    },
    "forms.board_line": {
        "en": "{number}. {name}, {role}",
        "vi": "{number}. Ông/Bà {name}, {role}",
    },
    "forms.team_head": {
        "en": "head",
        "vi": "Tổ trưởng",
    },
    "forms.team_secretary": {
        "en": "secretary",
        "vi": "Thư ký",
    },
    "forms.witness_first": {
        "en": "FIRST VOTER WITNESSING THE COUNT",
        "vi": "CỬ TRI THỨ NHẤT CHỨNG KIẾN VIỆC KIỂM PHIẾU",
    },
    "forms.witness_second": {
        "en": "SECOND VOTER WITNESSING THE COUNT",
        "vi": "CỬ TRI THỨ HAI CHỨNG KIẾN VIỆC KIỂM PHIẾU",
    },
    "forms.team_on_behalf": {
        "en": "FOR THE ELECTION TEAM",
        "vi": "TM. TỔ BẦU CỬ",
    },
    "forms.team_head_title": {
        "en": "HEAD",
        "vi": "TỔ TRƯỞNG",
    },
    "forms.team_secretary_title": {
        "en": "SECRETARY OF THE ELECTION TEAM",
        "vi": "THƯ KÝ TỔ BẦU CỬ",
    },
    "forms.sign_hint_state": {
        "en": "(signature and full name)",
        "vi": "(Ký, ghi rõ họ và tên)",
    },
    "forms.voters": {
        "en": "Voters on the list of the polling area: {members}.",
        "vi": "Tổng số cử tri của khu vực bỏ phiếu: {members} người.",
    },
    "forms.voted": {
        "en": "Voters who voted: {cast}.",
        "vi": "Số cử tri đã tham gia bỏ phiếu: {cast} người.",
    },
    "forms.turnout": {
        "en": "Turnout (voters who voted of the voters on the list): {share}.",
        "vi": "Tỷ lệ cử tri đã tham gia bỏ phiếu so với tổng số cử tri: {share}.",
    },
    "forms.candidates": {
        "en": "Candidates: {count}.",
        "vi": "Số người ứng cử: {count} người.",
    },
    "forms.col_of_returned": {
        "en": "% of ballots returned",
        "vi": "Tỷ lệ so với tổng số phiếu thu vào",
    },
    "forms.complaints": {
        "en": "Events, complaints and denunciations on election day and during the count: ………",
        "vi": (
            "Trong ngày bầu cử và thời gian kiểm phiếu, đã xảy ra sự việc hoặc khiếu nại, "
            "tố cáo sau đây: ………"
        ),
    },
    "forms.unresolved": {
        "en": (
            "Matters, complaints and denunciations the election team could not settle, and "
            "its recommendations: ………"
        ),
        "vi": (
            "Những vấn đề hoặc khiếu nại, tố cáo mà Tổ bầu cử chưa giải quyết được và kiến "
            "nghị: ………"
        ),
    },
    "forms.closing_state": {
        "en": (
            "These minutes were completed at ……… on ………, in 3 copies, sent to the election "
            "board, the People's Committee and the standing board of the Vietnam Fatherland "
            "Front Committee of the commune."
        ),
        "vi": (
            "Biên bản này được hoàn thành vào hồi ……… giờ ……… phút, ngày ……… tháng ……… năm "
            "………, được lập thành 03 bản và được gửi đến Ban bầu cử, Ủy ban nhân dân, Ban "
            "thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã."
        ),
    },
    # A committee conference's own words (Rulebook.wording = "party-committee"): the
    # conference (hội nghị), not the congress, decides and hears the minutes, and its roll is
    # the committee members (cấp ủy viên) convened.
    "party-committee.forms.seats": {
        "en": "The conference decided the number to elect: {seats}.",
        "vi": "Hội nghị đã biểu quyết số lượng cần bầu là {seats} đồng chí.",
    },
    "party-committee.forms.list": {
        "en": (
            "The conference approved the list of {count} "
            "{count:plural:candidate:candidates} below (in ballot order):"
        ),
        "vi": (
            "Hội nghị đã thông qua danh sách bầu cử gồm {count} đồng chí có tên dưới đây "
            "(theo thứ tự như trong phiếu bầu):"
        ),
    },
    "party-committee.forms.committee": {
        "en": "The conference appointed the counting committee:",
        "vi": "Hội nghị đã cử Ban kiểm phiếu gồm các đồng chí:",
    },
    "party-committee.forms.closing": {
        "en": "These minutes were completed at ……… on the same day and read to the conference.",
        "vi": "Biên bản lập xong vào hồi ……… cùng ngày và đã được công bố trước Hội nghị.",
    },
    "party-committee.forms.attendance": {
        "en": (
            "Committee members convened: {members}; present at the time of voting: {present}; "
            "absent at the time of voting: {absent} ({excused} excused)."
        ),
        "vi": (
            "Tổng số cấp ủy viên được triệu tập: {members}; số có mặt lúc bầu cử: {present}; "
            "số vắng mặt lúc bầu cử: {absent} (trong đó vắng mặt có lý do: {excused})."
        ),
    },
    "party-committee.report.roll": {
        "en": (
            "Roll: {members} committee members convened, {excused} excused ({convened} "
            "remain), {present} present."
        ),
        "vi": (
            "Tổng số cấp ủy viên được triệu tập: {members}; vắng mặt có lý do: {excused} (còn "
            "{convened}); có mặt: {present}."
        ),
    },
    "forms.page": {
        "en": "Page",
        "vi": "Trang",
    },
}
