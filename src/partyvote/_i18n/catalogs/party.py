"""Catalog entries: the words every party form shares (``Rulebook.wording`` ``party-*``).

A party rulebook's wording (``party-delegates``, ``party-members``, ``party-committee``) falls
back on these ``party.`` entries before the common ones (:func:`partyvote._i18n.catalog.own_key`),
so the party's minutes say what the regulation and its forms say while the election law's and
other bodies' minutes keep their own words.  Sources, quoted in ``tests/report/test_party_words.py``
and ``docs/explanation/forms.rst``: the published party form of the count ("Số phiếu bầu phát
ra …, số phiếu thu về"), 244-QĐ/TW Art. 32 and the Party's newspaper on how results are reckoned
("đạt số phiếu bầu quá một nửa so với tổng số …").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    # --- the ballots table: the form's "Số phiếu bầu phát ra …, số phiếu thu về" ------------
    "party.report.issued": {
        "en": "Ballots issued",
        "vi": "Số phiếu bầu phát ra",
    },
    "party.report.cast": {
        "en": "Ballots returned",
        "vi": "Số phiếu thu về",
    },
    # --- the opening formula: "theo quy định của Điều lệ Đảng và Quy chế bầu cử trong Đảng" -
    "party.forms.opening.election": {
        "en": "{meeting}{when} held the election under the Party Charter and {rules}.",
        "vi": "{meeting}{when} tiến hành bầu cử theo quy định của Điều lệ Đảng và {rules}.",
    },
    "party.forms.opening.motion": {
        "en": "{meeting}{when} voted under the Party Charter and {rules}.",
        "vi": "{meeting}{when} tiến hành biểu quyết theo quy định của Điều lệ Đảng và {rules}.",
    },
    "party.forms.regulation": {
        "en": (
            "the Party's election regulation ({name}, issued with Decision {decision} of the "
            "Central Committee, {date})"
        ),
        "vi": "{name} (ban hành kèm theo Quyết định số {decision}, {date} của Ban Chấp hành "
        "Trung ương)",
    },
    # --- delegates to the congress above: "Số lượng đại biểu dự đại hội cấp trên do cấp ủy
    # cấp trên phân bổ, đại hội không biểu quyết số lượng cần bầu" ----------------------------
    "forms.seats_allocated": {
        "en": "The number to elect, {seats}, was allocated by the higher body.",
        "vi": "Số lượng cần bầu là {seats}, do cấp trên phân bổ.",
    },
    "party.forms.seats_allocated": {
        "en": (
            "As allocated by the higher committee, the congress elects {seats} official "
            "{seats:plural:delegate:delegates} to the congress above."
        ),
        "vi": (
            "Theo phân bổ của cấp ủy cấp trên, Đại hội bầu {seats} đại biểu chính thức dự Đại "
            "hội đại biểu Đảng bộ cấp trên."
        ),
    },
    # --- the header: "ghi rõ đại hội đại biểu hay đại hội toàn thể đảng viên lần thứ mấy" ---
    "party-delegates.forms.congress": {
        "en": "CONGRESS OF DELEGATES {congress}",
        "vi": "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ {congress}",
    },
    # --- dates: a day below 10 and the months 1 and 2 take a leading zero --------------------
    "party.report.date": {
        "en": "{day} {month} {year}",
        "vi": "ngày {day:02d} {month} năm {year}",
    },
    "party.month.1": {
        "en": "January",
        "vi": "tháng 01",
    },
    "party.month.2": {
        "en": "February",
        "vi": "tháng 02",
    },
    # --- the base, defined once; the share column then names only its size -----------------
    "party.forms.base": {
        "en": "The results are reckoned on {convened} {people} (the {base}).",
        "vi": "Số {people} làm căn cứ tính kết quả bầu cử: {convened} đồng chí (tổng số {base}).",
    },
    "party.forms.base.none": {
        "en": "The results are reckoned on {convened} {people}, all of them convened.",
        "vi": (
            "Số {people} làm căn cứ tính kết quả bầu cử: {convened} đồng chí, bằng tổng số được "
            "triệu tập (không có đồng chí nào thuộc diện được trừ)."
        ),
    },
    "party-delegates.forms.base": {
        "en": (
            "Delegates the results are reckoned on: {convened} ({members} official delegates "
            "convened, less {excused} absent throughout: members of the convening committee, "
            "or official delegates with no alternate)."
        ),
        "vi": (
            "Số đại biểu làm căn cứ tính kết quả bầu cử: {convened} đồng chí ({members} đại "
            "biểu chính thức được triệu tập, trừ {excused} đồng chí là cấp ủy viên cấp triệu "
            "tập đại hội vắng mặt suốt thời gian đại hội, đại biểu chính thức vắng mặt suốt "
            "thời gian đại hội không có đại biểu dự khuyết thay thế)."
        ),
    },
    "party-members.forms.base": {
        "en": (
            "Members the results are reckoned on: {convened} ({members} full members "
            "convened, less {excused} in the regulation's exclusions)."
        ),
        "vi": (
            "Số đảng viên làm căn cứ tính kết quả bầu cử: {convened} đồng chí ({members} đảng "
            "viên chính thức được triệu tập, trừ {excused} đồng chí thuộc diện được trừ)."
        ),
    },
    "party-delegates.report.col_share_of": {
        "en": "% (of {size} delegates)",
        "vi": "Tỷ lệ % (so với {size} đại biểu)",
    },
    "party-members.report.col_share_of": {
        "en": "% (of {size} full members)",
        "vi": "Tỷ lệ % (so với {size} đảng viên chính thức)",
    },
    "party-committee.report.col_share_of": {
        "en": "% (of {size} committee members)",
        "vi": "Tỷ lệ % (so với {size} cấp ủy viên)",
    },
    # --- the table's words ----------------------------------------------------------------
    "party.report.col_needed": {
        "en": "Votes needed",
        "vi": "Số phiếu cần đạt",
    },
    "party.forms.col_base": {
        "en": "Reckoned on",
        "vi": "Số làm căn cứ",
    },
    "party.forms.col_percent": {
        "en": "%",
        "vi": "Tỷ lệ %",
    },
    "party.result.header": {
        "en": (
            "Election of {seats} from a list of {candidates} "
            "{candidates:plural:candidate:candidates}; to be elected: {rule}."
        ),
        "vi": (
            "Bầu {seats} đồng chí trong danh sách bầu cử gồm {candidates} đồng chí; điều kiện "
            "trúng cử: {rule}."
        ),
    },
    # --- the condition in the regulation's words: "quá một nửa so với tổng số …" -------------
    "party.rule.threshold": {
        "en": "{cmp} {ratio} of the {base}",
        "vi": "đạt số phiếu bầu {cmp} {ratio} so với tổng số {base}",
    },
    "party.cmp.more_than": {
        "en": "more than",
        "vi": "quá",
    },
    "party.cmp.at_least": {
        "en": "at least",
        "vi": "ít nhất",
    },
    "party.ratio.1/2": {
        "en": "half",
        "vi": "một nửa",
    },
    "party.ratio.2/3": {
        "en": "two thirds",
        "vi": "hai phần ba",
    },
    # --- the verdicts -----------------------------------------------------------------------
    "party.cand.unanimous": {
        "en": "elected",
        "vi": "trúng cử",
    },
    "party.cand.short": {
        "en": "not elected ({short} {short:plural:vote:votes} short)",
        "vi": "không trúng cử (thiếu {short} phiếu)",
    },
    "party.cand.outvoted": {
        "en": "more than half, but not elected: fewer votes, the number already elected",
        "vi": "đạt quá một nửa nhưng không trúng cử do số phiếu thấp hơn, đã đủ số lượng",
    },
    "party.cand.tied": {
        "en": "tied at the end of the list",
        "vi": "có số phiếu bằng nhau ở cuối danh sách",
    },
    "party.result.tie": {
        "en": (
            "{names} have {votes} {votes:plural:vote:votes} each, more than the {seats} "
            "still to elect: the congress votes again among them."
        ),
        "vi": (
            "Các đồng chí {names} có số phiếu bằng nhau ({votes} phiếu), nhiều hơn số lượng "
            "còn lại cần bầu ({seats} đồng chí): Đại hội bầu lại trong số các đồng chí này."
        ),
    },
    "party-committee.result.tie": {
        "en": (
            "{names} have {votes} {votes:plural:vote:votes} each, more than the {seats} "
            "still to elect: the conference votes again among them."
        ),
        "vi": (
            "Các đồng chí {names} có số phiếu bằng nhau ({votes} phiếu), nhiều hơn số lượng "
            "còn lại cần bầu ({seats} đồng chí): Hội nghị bầu lại trong số các đồng chí này."
        ),
    },
    # --- what follows is the congress's to decide ("do đại hội quyết định") ------------------
    "party.result.unfilled": {
        "en": (
            "Still to elect: {count}. Whether to hold a further round, and its list, is for "
            "the congress to decide."
        ),
        "vi": (
            "Số lượng còn thiếu: {count} đồng chí. Việc bầu tiếp và danh sách bầu tiếp do Đại "
            "hội quyết định."
        ),
    },
    "party-committee.result.unfilled": {
        "en": (
            "Still to elect: {count}. Whether to hold a further round, and its list, is for "
            "the conference to decide."
        ),
        "vi": (
            "Số lượng còn thiếu: {count} đồng chí. Việc bầu tiếp và danh sách bầu tiếp do Hội "
            "nghị quyết định."
        ),
    },
    # --- attendance and a show of hands, as a committee writes them: the count, its base
    # and the condition in words ("quá một nửa", "hai phần ba"), no "received … to spare" ---
    "party.forms.people": {
        "en": "members",
        "vi": "đồng chí",
    },
    "party-delegates.forms.people": {
        "en": "delegates",
        "vi": "đại biểu",
    },
    "party-members.forms.people": {
        "en": "full members",
        "vi": "đảng viên",
    },
    "party-committee.forms.people": {
        "en": "committee members",
        "vi": "cấp ủy viên",
    },
    "party.forms.quorum.passed": {
        "en": (
            "Present at the time of voting: {received} of {size} {people}, {cmp} {ratio} (at "
            "least {required} needed)."
        ),
        "vi": (
            "Số {people} có mặt: {received}/{size} đồng chí, đạt {cmp} {ratio} (cần ít nhất "
            "{required} đồng chí)."
        ),
    },
    "party.forms.quorum.failed": {
        "en": (
            "Present at the time of voting: {received} of {size} {people}, not {cmp} {ratio} "
            "(at least {required} needed)."
        ),
        "vi": (
            "Số {people} có mặt: {received}/{size} đồng chí, không đạt {cmp} {ratio} (cần ít "
            "nhất {required} đồng chí)."
        ),
    },
    "party.forms.motion.passed": {
        "en": (
            "In favour: {received} of {size} {people} ({share}), {cmp} {ratio} (at least "
            "{required} needed)."
        ),
        "vi": (
            "Số {people} tán thành: {received}/{size} ({share}), đạt {cmp} {ratio} (cần ít "
            "nhất {required})."
        ),
    },
    "party.forms.motion.failed": {
        "en": (
            "In favour: {received} of {size} {people} ({share}), not {cmp} {ratio} (at least "
            "{required} needed)."
        ),
        "vi": (
            "Số {people} tán thành: {received}/{size} ({share}), không đạt {cmp} {ratio} (cần "
            "ít nhất {required})."
        ),
    },
    "party.forms.ballot.passed": {
        "en": (
            "Ballots in favour: {received}, {share} of the {size} {people}, {cmp} {ratio} (at "
            "least {required} needed)."
        ),
        "vi": (
            "Số phiếu tán thành: {received} phiếu, bằng {share} so với {size} {people}, đạt "
            "{cmp} {ratio} (cần ít nhất {required} phiếu)."
        ),
    },
    "party.forms.ballot.failed": {
        "en": (
            "Ballots in favour: {received}, {share} of the {size} {people}, not {cmp} {ratio} "
            "(at least {required} needed)."
        ),
        "vi": (
            "Số phiếu tán thành: {received} phiếu, bằng {share} so với {size} {people}, không "
            "đạt {cmp} {ratio} (cần ít nhất {required} phiếu)."
        ),
    },
    # Meeting-file checks of `allocated` (new-user review, finding 6).
    "meeting.allocated_committee": {
        "en": (
            "allocated = true is for delegates to the congress above, whose number the higher "
            "committee allocates, but this election is of the committee (committee = true): "
            "set committee = false, or remove allocated"
        ),
        "vi": (
            "allocated = true chỉ dùng khi bầu đại biểu dự Đại hội cấp trên, số lượng do cấp "
            "ủy cấp trên phân bổ, nhưng cuộc bầu này là bầu cấp ủy (committee = true): hãy "
            "đặt committee = false, hoặc bỏ allocated"
        ),
    },
    "meeting.allocated_rulebook": {
        "en": (
            "allocated = true is only for a party congress's delegates to the congress above, "
            "and the rulebook {rulebook} has no such election: remove it"
        ),
        "vi": (
            "allocated = true chỉ dùng khi đại hội đảng bầu đại biểu dự Đại hội cấp trên; bộ "
            "quy tắc {rulebook} không có cuộc bầu này: hãy bỏ khóa này"
        ),
    },
}
