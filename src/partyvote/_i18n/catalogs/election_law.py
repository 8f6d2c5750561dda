"""Catalog entries for the election law's records: the election team's record of the count
(Mẫu số 18/HĐBC-QH, 2026) and the election board's record of the result (Mẫu số 19/HĐBC-QH).

The Vietnamese follows the forms' own words (docs/explanation/forms.rst cites them); "………"
is a blank the form leaves to fill in by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    "forms.witnesses": {
        "en": "the form names two voter witnesses at most, got {count} in {name}",
        "vi": "biểu mẫu chỉ ghi tối đa hai cử tri chứng kiến, nhận được {count} trong {name}",
    },
    "forms.blank_date": {
        "en": "………",
        "vi": "ngày ……… tháng ……… năm ………",
    },
    # --- the team's record (Mẫu số 18/HĐBC-QH) ---
    "forms.province": {
        "en": "Province or city: {name}",
        "vi": "Tỉnh/Thành phố: {name}",
    },
    "forms.commune": {
        "en": "Commune, ward or special zone: {name}",
        "vi": "Xã/Phường/Đặc khu: {name}",
    },
    "forms.polling_area": {
        "en": "Polling area no. {area}, commune, ward or special zone: {commune}",
        "vi": "Khu vực bỏ phiếu số: {area}, xã/phường/đặc khu: {commune}",
    },
    "forms.constituency": {
        "en": "Constituency no. {unit}",
        "vi": "Đơn vị bầu cử số: {unit}",
    },
    "forms.communes": {
        "en": "Covering: {names}",
        "vi": "Gồm: {names}",
    },
    "forms.box_check": {
        "en": (
            "At ……… on {date}, before voting began, the election team's representative "
            "checked the ballot box, witnessed by two voters:"
        ),
        "vi": (
            "Đúng ……… giờ ……… phút, {date}, trước khi thực hiện việc bỏ phiếu, đại diện Tổ "
            "bầu cử đã kiểm tra hòm phiếu với sự chứng kiến của hai cử tri là:"
        ),
    },
    "forms.witness_line": {
        "en": "{number}. {name}",
        "vi": "{number}. {name}",
    },
    "forms.box_sealed": {
        "en": "The team then locked and sealed the ballot box and invited the voters to vote.",
        "vi": (
            "Sau đó, Tổ bầu cử đã khóa và niêm phong hòm phiếu lại, mời cử tri bắt đầu bỏ phiếu."
        ),
    },
    "forms.voting_closed": {
        "en": (
            "At ……… on {date}, the head of the election team declared the voting closed and "
            "the count began in the polling room."
        ),
        "vi": (
            "Đúng ……… giờ ……… phút, {date}, Tổ trưởng Tổ bầu cử tuyên bố kết thúc cuộc bầu cử "
            "và tiến hành kiểm phiếu ngay tại phòng bỏ phiếu."
        ),
    },
    "forms.count_witnesses": {
        "en": (
            "Before opening the ballot box, the head of the election team invited two voters "
            "who are not candidates to witness the count:"
        ),
        "vi": (
            "Trước khi mở hòm phiếu, Tổ trưởng Tổ bầu cử đã mời hai cử tri không phải là người "
            "ứng cử chứng kiến việc kiểm phiếu gồm:"
        ),
    },
    "forms.inventory": {
        "en": (
            "Before opening the ballot box, the election team took stock of the ballot papers "
            "and recorded their use in minutes."
        ),
        "vi": (
            "Trước khi mở hòm phiếu, Tổ bầu cử đã tiến hành kiểm kê và lập biên bản về việc sử "
            "dụng phiếu bầu cử."
        ),
    },
    "forms.votes_each.ballot": {
        "en": "Votes for each candidate (in ballot order):",
        "vi": "Số phiếu bầu cho mỗi người ứng cử như sau (theo danh sách trên phiếu bầu):",
    },
    "forms.votes_each.votes": {
        "en": "Votes for each candidate (by votes, most first):",
        "vi": "Số phiếu bầu cho mỗi người ứng cử như sau (xếp theo số phiếu từ cao xuống thấp):",
    },
    "forms.votes_line": {
        "en": "{number}. {name}: {votes} of {valid} valid ballots.",
        "vi": "{number}. {name} được {votes} phiếu/{valid} phiếu hợp lệ.",
    },
    "forms.sign_hint_seal_team": {
        "en": "(signature, full name and the election team's seal)",
        "vi": "(Ký, ghi rõ họ và tên, đóng dấu của Tổ bầu cử)",
    },
    "forms.no_erasure": {
        "en": "Note: nothing in these minutes may be erased.",
        "vi": "Ghi chú: Nhất thiết không được tẩy xóa trên biên bản.",
    },
    # --- the board's record (Mẫu số 19/HĐBC-QH) ---
    "forms.board": {
        "en": "ELECTION BOARD",
        "vi": "BAN BẦU CỬ",
    },
    "forms.board_unit": {
        "en": "CONSTITUENCY NO. {unit}",
        "vi": "ĐƠN VỊ BẦU CỬ SỐ {unit}",
    },
    "forms.title_board": {
        "en": "Minutes determining the result of the election",
        "vi": "Biên bản xác định kết quả bầu cử",
    },
    "forms.title_board_unit": {
        "en": "Minutes determining the result of the election in constituency no. {unit}",
        "vi": "Biên bản xác định kết quả bầu cử ở đơn vị bầu cử số {unit}",
    },
    "forms.board_members": {
        "en": "At ……… on {date}, the election board:",
        "vi": "Vào hồi ……… giờ ……… phút, {date}, Ban bầu cử gồm có:",
    },
    "forms.board_deputy": {
        "en": "deputy head",
        "vi": "Phó Trưởng ban",
    },
    "forms.board_met": {
        "en": (
            "The board met at {place} to determine the result of the election in the polling "
            "areas of the constituency."
        ),
        "vi": (
            "Đã họp tại {place} để lập biên bản xác định kết quả bầu cử tại các khu vực bỏ "
            "phiếu của đơn vị bầu cử."
        ),
    },
    "forms.board_seats": {
        "en": "Under resolution no. ………, the constituency elects {seats}.",
        "vi": "Theo Nghị quyết số ………, đơn vị bầu cử được bầu {seats} đại biểu.",
    },
    "forms.board_candidates": {
        "en": "Under resolution no. ………, the constituency has {count} candidates.",
        "vi": "Theo Nghị quyết số ………, đơn vị bầu cử có {count} người ứng cử.",
    },
    "forms.board_results": {
        "en": (
            "Having checked and added up the election teams' records of the count, the result "
            "of the election in the constituency is:"
        ),
        "vi": (
            "Sau khi kiểm tra và tổng hợp kết quả từ Biên bản kết quả kiểm phiếu do các Tổ bầu "
            "cử chuyển đến, kết quả bầu cử ở đơn vị bầu cử như sau:"
        ),
    },
    "forms.board_voters": {
        "en": "Voters on the list of the constituency: {members}.",
        "vi": "Tổng số cử tri của đơn vị bầu cử: {members} người.",
    },
    "forms.board_turnout": {
        "en": "Turnout (voters who voted of the constituency's voters on the list): {share}.",
        "vi": (
            "Tỷ lệ cử tri đã tham gia bỏ phiếu so với tổng số cử tri của đơn vị bầu cử: {share}."
        ),
    },
    "forms.board_votes": {
        "en": "VOTES FOR EACH CANDIDATE",
        "vi": "SỐ PHIẾU BẦU CHO MỖI NGƯỜI ỨNG CỬ",
    },
    "forms.col_station": {
        "en": "Election team's record",
        "vi": "Biên bản của Tổ bầu cử",
    },
    "forms.total_row": {
        "en": "Total",
        "vi": "Tổng cộng",
    },
    "forms.share_row": {
        "en": "% of valid ballots",
        "vi": "Tỷ lệ % so với tổng số phiếu hợp lệ",
    },
    "forms.board_conclude": {
        "en": "On the results above, the election board concludes:",
        "vi": "Căn cứ vào kết quả ghi trên đây, Ban bầu cử kết luận:",
    },
    "forms.board_a": {
        "en": "a) Turnout reached {share} of the constituency's voters on the list.",
        "vi": (
            "a) Số cử tri đã tham gia bỏ phiếu đạt {share} so với tổng số cử tri của đơn vị bầu cử."
        ),
    },
    "forms.board_a_void": {
        "en": (
            "As no more than half of the constituency's voters voted, the election in the "
            "constituency is void."
        ),
        "vi": (
            "Vì số cử tri đi bỏ phiếu chưa đạt quá nửa tổng số cử tri của đơn vị bầu cử, nên "
            "cuộc bầu cử tại đơn vị bầu cử không có giá trị."
        ),
    },
    "forms.board_b": {
        "en": (
            "b) The following received more than half of the valid ballots and the most votes, "
            "and are elected (by votes, most first):"
        ),
        "vi": (
            "b) Các Ông/Bà có tên sau đây nhận được quá nửa tổng số phiếu hợp lệ và có nhiều "
            "phiếu hơn, đã trúng cử (xếp theo số phiếu từ cao xuống thấp):"
        ),
    },
    "forms.board_b_line": {
        "en": "{number}. {name}: {votes} votes, {share} of the valid ballots.",
        "vi": (
            "{number}. Ông/Bà {name}, số phiếu: {votes}, đạt: {share} so với tổng số phiếu hợp lệ."
        ),
    },
    "forms.board_b_tie": {
        "en": (
            "At the end of the list {names} received {votes} votes each, more candidates than "
            "the {seats} {seats:plural:seat:seats} left (Art. 78). {decided}"
        ),
        "vi": (
            "Cuối danh sách những người trúng cử có nhiều người được số phiếu bầu bằng nhau "
            "({votes} phiếu) và nhiều hơn số lượng đại biểu còn được bầu ({seats} đại biểu): "
            "Ông/Bà {names} (Điều 78). {decided}"
        ),
    },
    "meeting.deputies_committee": {
        "en": (
            "{deputies} deputy {deputies:plural:head:heads}, but the committee lists only "
            "{members} {members:plural:member:members} after its head: list them in "
            "meeting.committee, or lower deputies"
        ),
        "vi": (
            "{deputies} Phó Trưởng ban nhưng danh sách meeting.committee chỉ có {members} "
            "người sau Trưởng ban: hãy ghi đủ tên trong meeting.committee, hoặc giảm deputies"
        ),
    },
    "forms.board_b_none": {
        "en": "b) No candidate is elected.",
        "vi": "b) Không có người ứng cử nào trúng cử.",
    },
    "forms.board_c": {
        "en": (
            "c) Deputies to elect in the constituency: {seats}; elected: {elected}; still "
            "to elect: {unfilled}."
        ),
        "vi": (
            "c) Số đại biểu được bầu ở đơn vị bầu cử là {seats} đại biểu, nay đã bầu được "
            "{elected} đại biểu, còn thiếu {unfilled} đại biểu."
        ),
    },
    "forms.board_d": {
        "en": "d) Summary of events: ………",
        "vi": "d) Tóm tắt những việc xảy ra: ………",
    },
    "forms.board_dd": {
        "en": (
            "đ) Complaints and denunciations during the election settled by the election teams: ………"
        ),
        "vi": (
            "đ) Những khiếu nại, tố cáo trong quá trình bầu cử do các Tổ bầu cử đã giải quyết: ………"
        ),
    },
    "forms.board_e": {
        "en": (
            "e) Complaints and denunciations during the election settled by the election "
            "board, and how: ………"
        ),
        "vi": (
            "e) Những khiếu nại, tố cáo trong quá trình bầu cử do Ban bầu cử đã giải quyết, "
            "cách giải quyết: ………"
        ),
    },
    "forms.board_g": {
        "en": (
            "g) Complaints and denunciations forwarded to the election committee of the "
            "province or city and to the National Election Council: ………"
        ),
        "vi": (
            "g) Những khiếu nại, tố cáo chuyển đến Ủy ban bầu cử ở tỉnh/thành phố, Hội đồng "
            "bầu cử quốc gia: ………"
        ),
    },
    "forms.closing_board": {
        "en": (
            "These minutes are made in 3 copies, sent to the National Election Council, the "
            "election committee of the province or city and the Vietnam Fatherland Front "
            "Committee of the province or city."
        ),
        "vi": (
            "Biên bản xác định kết quả bầu cử ở đơn vị bầu cử được lập thành 03 bản và được "
            "gửi đến Hội đồng bầu cử quốc gia, Ủy ban bầu cử tỉnh/thành phố, Ủy ban Mặt trận "
            "Tổ quốc Việt Nam tỉnh/thành phố."
        ),
    },
    "forms.attachments": {
        "en": "Attached documents: ………",
        "vi": "Các tài liệu kèm theo gồm: ………",
    },
    "forms.board_on_behalf": {
        "en": "FOR THE ELECTION BOARD",
        "vi": "TM. BAN BẦU CỬ",
    },
    "forms.board_deputies_title": {
        "en": "DEPUTY HEADS OF THE ELECTION BOARD",
        "vi": "CÁC PHÓ TRƯỞNG BAN BẦU CỬ",
    },
    "forms.sign_hint_seal_board": {
        "en": "(signature, full name and the election board's seal)",
        "vi": "(Ký, ghi rõ họ và tên, đóng dấu của Ban bầu cử)",
    },
    # The People's Council board's record (Mẫu số 24/HĐBC-HĐND; Rulebook.wording = "pc"):
    # complaints and the record go to the Election Committee of that level, not the Council.
    "pc.forms.board_g": {
        "en": "g) Complaints and denunciations forwarded to the election committee: ………",
        "vi": "g) Những khiếu nại, tố cáo chuyển đến Ủy ban bầu cử: ………",
    },
    "pc.forms.closing_board": {
        "en": (
            "These minutes are made in 4 copies, sent to the election committee, the standing "
            "board of the People's Council, the People's Committee and the standing board of "
            "the Vietnam Fatherland Front Committee of that level."
        ),
        "vi": (
            "Biên bản xác định kết quả bầu cử ở đơn vị bầu cử được lập thành 04 bản và được "
            "gửi đến Ủy ban bầu cử, Thường trực Hội đồng nhân dân, Ủy ban nhân dân, Ban thường "
            "trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp đó."
        ),
    },
}
