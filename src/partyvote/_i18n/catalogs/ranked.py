"""Catalog entries for issue 15: ranked ballots and proportional seats."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    # proportional seats (elections/apportionment.py)
    "apportion.first_divisor": {
        "en": "the first divisor must be a positive Fraction, got {value!r}",
        "vi": "số chia đầu tiên phải là một Fraction dương, nhận được {value!r}",
    },
    "apportion.method": {
        "en": (
            "{value!r} is not an apportionment method; expected DHONDT, SAINTE_LAGUE, "
            "MODIFIED_SAINTE_LAGUE, HARE, DROOP or a DivisorMethod"
        ),
        "vi": (
            "{value!r} không phải phương pháp phân bổ ghế; hãy dùng DHONDT, SAINTE_LAGUE, "
            "MODIFIED_SAINTE_LAGUE, HARE, DROOP hoặc một DivisorMethod"
        ),
    },
    "apportion.threshold": {
        "en": "the threshold must be a Threshold such as at_least('5%'), got {value!r}",
        "vi": "ngưỡng phải là một Threshold, ví dụ at_least('5%'), nhận được {value!r}",
    },
    "apportion.or_won": {
        "en": "or_won must be at least 1 seat won, got {value}",
        "vi": "or_won phải từ 1 ghế giành được trở lên, nhận được {value}",
    },
    "apportion.unknown_group": {
        "en": "{group!r} won seats but has no votes in the count",
        "vi": "{group!r} có ghế giành được nhưng không có trong kết quả phiếu",
    },
    "apportion.no_votes": {
        "en": "no group that takes part in the allocation received a vote",
        "vi": "không nhóm nào tham gia phân bổ ghế nhận được phiếu",
    },
    "apportion.votes": {
        "en": "expected a non-empty mapping of group to votes, got {value!r}",
        "vi": "cần một ánh xạ khác rỗng từ nhóm đến số phiếu, nhận được {value!r}",
    },
    "apportion.group_name": {
        "en": "a group's name must be a non-empty string, got {value!r}",
        "vi": "tên nhóm phải là chuỗi khác rỗng, nhận được {value!r}",
    },
    "apportion.duplicate": {
        "en": "the group {group!r} is given twice",
        "vi": "nhóm {group!r} được nêu hai lần",
    },
    "apportion.droop_small": {
        "en": (
            "the Droop quota ({quota}) leaves {left} seats for {groups} groups' remainders; "
            "too few votes for this quota, use the Hare quota"
        ),
        "vi": (
            "hạn ngạch Droop ({quota}) còn {left} ghế cho phần dư của {groups} nhóm; quá ít "
            "phiếu cho hạn ngạch này, hãy dùng hạn ngạch Hare"
        ),
    },
    "apportion.method.dhondt": {
        "en": "the D'Hondt method",
        "vi": "phương pháp D'Hondt",
    },
    "apportion.method.sainte-lague": {
        "en": "the Sainte-Laguë method",
        "vi": "phương pháp Sainte-Laguë",
    },
    "apportion.method.modified-sainte-lague": {
        "en": "the modified Sainte-Laguë method (first divisor 1.4)",
        "vi": "phương pháp Sainte-Laguë điều chỉnh (số chia đầu tiên 1,4)",
    },
    "apportion.method.hare": {
        "en": "the largest remainder method (Hare quota)",
        "vi": "phương pháp số dư lớn nhất (hạn ngạch Hare)",
    },
    "apportion.method.droop": {
        "en": "the largest remainder method (Droop quota)",
        "vi": "phương pháp số dư lớn nhất (hạn ngạch Droop)",
    },
    "apportion.header": {
        "en": (
            "{seats} {seats:plural:seat:seats} shared among {groups} "
            "{groups:plural:group:groups} by {method}; {valid} valid votes."
        ),
        "vi": "Phân bổ {seats} ghế cho {groups} nhóm theo {method}; {valid} phiếu hợp lệ.",
    },
    "apportion.threshold.line": {
        "en": "Threshold: {rule} of the valid votes, {required} votes.",
        "vi": "Ngưỡng: {rule} số phiếu hợp lệ, tức {required} phiếu.",
    },
    "apportion.threshold.or_won": {
        "en": (
            "Threshold: {rule} of the valid votes, {required} votes, or at least {won} "
            "{won:plural:seat:seats} won in the constituencies."
        ),
        "vi": (
            "Ngưỡng: {rule} số phiếu hợp lệ, tức {required} phiếu, hoặc giành được ít nhất "
            "{won} ghế ở các đơn vị bầu cử."
        ),
    },
    "apportion.excluded": {
        "en": "Below the threshold, no seat: {groups}.",
        "vi": "Dưới ngưỡng, không được ghế: {groups}.",
    },
    "apportion.quota": {
        "en": "Quota: {quota} votes.",
        "vi": "Hạn ngạch: {quota} phiếu.",
    },
    "apportion.last": {
        "en": "The last seat went to {group} at the quotient {quotient}.",
        "vi": "Ghế cuối cùng thuộc về {group} với thương số {quotient}.",
    },
    "apportion.group": {
        "en": "{group}: {votes} votes, {seats} {seats:plural:seat:seats}.",
        "vi": "{group}: {votes} phiếu, {seats} ghế.",
    },
    "apportion.tie": {
        "en": (
            "Tie: {seats} {seats:plural:seat is:seats are} still to be given among {groups}, "
            "whose quotients or remainders are equal."
        ),
        "vi": (
            "Bằng nhau: còn {seats} ghế chưa phân bổ giữa {groups}, có thương số hoặc số dư "
            "bằng nhau."
        ),
    },
    "apportion.tie_broken": {
        "en": "Tie for the last seats among {groups}, decided by the tie policy.",
        "vi": "{groups} bằng nhau ở các ghế cuối, đã quyết định theo cách xử lý khi bằng phiếu.",
    },
    # ranked ballots (elections/ranked.py)
    "ranked.candidates": {
        "en": "candidates must be a list of non-empty names, got {value!r}",
        "vi": "danh sách ứng cử viên phải gồm các tên khác rỗng, nhận được {value!r}",
    },
    "ranked.duplicate": {
        "en": "a candidate is listed twice in {value!r}",
        "vi": "có ứng cử viên được nêu hai lần trong {value!r}",
    },
    "ranked.ballot": {
        "en": "a ranked ballot is a sequence of names in order of preference, got {value!r}",
        "vi": "phiếu xếp hạng là một dãy tên theo thứ tự ưu tiên, nhận được {value!r}",
    },
    "ranked.header": {
        "en": (
            "{seats} {seats:plural:seat:seats}, {valid} valid ballots, {invalid} invalid; "
            "quota {quota} votes."
        ),
        "vi": (
            "{seats} chỗ, {valid} phiếu hợp lệ, {invalid} phiếu không hợp lệ; hạn ngạch "
            "{quota} phiếu."
        ),
    },
    "ranked.invalid": {
        "en": "Invalid ballots: {reasons}.",
        "vi": "Phiếu không hợp lệ: {reasons}.",
    },
    "ranked.invalid.no-preference": {
        "en": "{ballots} ranked no one",
        "vi": "{ballots} phiếu không ghi thứ tự ưu tiên cho ai",
    },
    "ranked.invalid.unknown-name": {
        "en": "{ballots} named someone not on the list",
        "vi": "{ballots} phiếu ghi tên người không có trong danh sách",
    },
    "ranked.ronr_options": {
        "en": (
            "Robert's Rules' preferential voting has no quota and no surplus: leave quota and "
            "transfers at their defaults with reading='ronr'"
        ),
        "vi": (
            "cách bỏ phiếu ưu tiên theo Quy tắc Robert không có hạn ngạch và không chuyển "
            "phiếu thừa: để quota và transfers mặc định khi reading='ronr'"
        ),
    },
    "ranked.ronr.header": {
        "en": (
            "1 office, {valid} valid ballots, {invalid} invalid; elected with more than half "
            "of {base} ballots, that is {quota} (Robert's Rules, preferential voting)."
        ),
        "vi": (
            "1 chức vụ, {valid} phiếu hợp lệ, {invalid} phiếu không hợp lệ; trúng cử khi được "
            "quá nửa trong {base} phiếu, tức {quota} phiếu (Quy tắc Robert, bỏ phiếu ưu tiên)."
        ),
    },
    "ranked.ronr.many": {
        "en": (
            "{seats} offices, {valid} valid ballots, {invalid} invalid; candidates are "
            "eliminated until {seats} remain (Robert's Rules, preferential voting)."
        ),
        "vi": (
            "{seats} chức vụ, {valid} phiếu hợp lệ, {invalid} phiếu không hợp lệ; loại dần "
            "ứng cử viên cho đến khi còn {seats} người (Quy tắc Robert, bỏ phiếu ưu tiên)."
        ),
    },
    "ranked.ronr.set_aside": {
        "en": "; set aside {votes}",
        "vi": "; để riêng {votes} phiếu",
    },
    "ranked.ronr.tie_last": {
        "en": "; tied for the last place and eliminated together: {names}",
        "vi": "; {names} cùng ít phiếu nhất nên bị loại cùng lúc",
    },
    "ranked.ronr.tie_won": {
        "en": "; tie in the winning position among {names}, resolved by first choices",
        "vi": (
            "; {names} bằng phiếu ở vị trí trúng cử, quyết định theo số phiếu lựa chọn thứ nhất"
        ),
    },
    "ranked.ronr.no_majority": {
        "en": (
            "No candidate holds more than half of the ballots: the office is not filled and "
            "the election is repeated (Robert's Rules)."
        ),
        "vi": (
            "Không ứng cử viên nào được quá nửa số phiếu: chức vụ chưa có người, phải bầu lại "
            "(Quy tắc Robert)."
        ),
    },
    "ranked.meek.header": {
        "en": (
            "{seats} {seats:plural:seat:seats}, {valid} valid ballots, {invalid} invalid; "
            "Meek's method as New Zealand counts it (Local Electoral Regulations 2001, "
            "Schedule 1A): values to 9 decimals, the quota recalculated at every iteration, "
            "{quota} votes at the end."
        ),
        "vi": (
            "{seats} chỗ, {valid} phiếu hợp lệ, {invalid} phiếu không hợp lệ; phương pháp "
            "Meek theo cách kiểm phiếu của New Zealand (Quy định bầu cử địa phương 2001, "
            "Phụ lục 1A): các giá trị lấy 9 chữ số thập phân, hạn ngạch được tính lại sau "
            "mỗi lần lặp, cuối cùng là {quota} phiếu."
        ),
    },
    "ranked.stage.iteration": {
        "en": "Stage {number}, keep values recalculated (iteration {iterations}): {votes}",
        "vi": "Vòng {number}, tính lại hệ số giữ lại (lần lặp {iterations}): {votes}",
    },
    "ranked.meek.quota": {
        "en": "; quota {quota}",
        "vi": "; hạn ngạch {quota}",
    },
    "ranked.meek.keep": {
        "en": "; keep values {values}",
        "vi": "; hệ số giữ lại {values}",
    },
    "ranked.meek_options": {
        "en": (
            "Meek's method sets its own quota, recalculated at every iteration: leave quota "
            "at its default with transfers='meek'"
        ),
        "vi": (
            "phương pháp Meek tự tính hạn ngạch và tính lại sau mỗi lần lặp: để quota mặc "
            "định khi transfers='meek'"
        ),
    },
    "ranked.stage.first": {
        "en": "Stage {number}, first preferences: {votes}",
        "vi": "Vòng {number}, lựa chọn thứ nhất: {votes}",
    },
    "ranked.stage.surplus": {
        "en": "Stage {number}, surplus of {subject} transferred: {votes}",
        "vi": "Vòng {number}, chuyển số phiếu thừa của {subject}: {votes}",
    },
    "ranked.stage.exclusion": {
        "en": "Stage {number}, {subject} excluded: {votes}",
        "vi": "Vòng {number}, loại {subject}: {votes}",
    },
    "ranked.stage.filled": {
        "en": "Stage {number}, as many candidates continue as seats remain: {votes}",
        "vi": "Vòng {number}, số ứng cử viên còn lại bằng số chỗ còn trống: {votes}",
    },
    "ranked.non_transferable": {
        "en": "; non-transferable {votes}",
        "vi": "; không chuyển được {votes}",
    },
    "ranked.tie_at_stage": {
        "en": "; tie among {names} decided by the earlier stages or the tie policy",
        "vi": "; {names} bằng phiếu, quyết định theo các vòng trước hoặc cách xử lý khi bằng phiếu",
    },
    "ranked.elected_at_stage": {
        "en": "; elected: {names}",
        "vi": "; trúng cử: {names}",
    },
    "ranked.pending": {
        "en": (
            "The count stops: {names} are tied and the tie policy leaves it undecided; "
            "{seats} {seats:plural:seat remains:seats remain}."
        ),
        "vi": (
            "Dừng kiểm phiếu: {names} bằng phiếu và cách xử lý khi bằng phiếu chưa quyết định; "
            "còn {seats} chỗ."
        ),
    },
    "ranked.elected": {
        "en": "Elected: {names}.",
        "vi": "Trúng cử: {names}.",
    },
    # EU Council, TFEU Art. 238(3) (rules/weighted.py)
    "rule.qmv_participating": {
        "en": (
            "a qualified majority of the participating members (TFEU Art. 238(3)): {states} "
            "of them, representing {population} of their population; a blocking minority "
            "needs the fewest of them holding more than 35% of that population, plus one"
        ),
        "vi": (
            "đa số đủ điều kiện của các thành viên tham gia (Điều 238(3) TFEU): {states} số "
            "thành viên đó, đại diện cho {population} dân số của họ; thiểu số ngăn chặn cần "
            "số thành viên ít nhất chiếm quá 35% dân số đó, cộng thêm một"
        ),
    },
    "rule.qmv_participating_plain": {
        "en": (
            "a qualified majority of the participating members (TFEU Art. 238(3)): {states} "
            "of them, representing {population} of their population"
        ),
        "vi": (
            "đa số đủ điều kiện của các thành viên tham gia (Điều 238(3) TFEU): {states} số "
            "thành viên đó, đại diện cho {population} dân số của họ"
        ),
    },
    # further rounds (elections/rounds.py)
    "rounds.drop_lowest": {
        "en": (
            "dropping the lowest ({names}, {votes} votes each) would leave fewer candidates "
            "than the {seats} {seats:plural:seat:seats} to fill; the meeting decides who goes on"
        ),
        "vi": (
            "loại những người thấp nhất ({names}, mỗi người {votes} phiếu) thì số ứng cử viên "
            "còn lại ít hơn {seats} chỗ cần bầu; đại hội quyết định ai được bầu tiếp"
        ),
    },
    # ranked and seats questions in meeting files (io/_calculators.py, report/)
    "meeting.question_kind": {
        "en": (
            'a question needs type = "motion", "election", "cumulative", "ranked" or "seats", '
            "got {value!r}"
        ),
        "vi": (
            'mỗi câu hỏi cần type = "motion", "election", "cumulative", "ranked" hoặc "seats", '
            "nhận được {value!r}"
        ),
    },
    "meeting.ranking": {
        "en": "expected a list of names in order of preference, or a table {{ ranking, count }}",
        "vi": ("cần một danh sách tên theo thứ tự ưu tiên, hoặc một bảng {{ ranking, count }}"),
    },
    "ranked.file_gap": {
        "en": (
            "preference {position} is empty but a later one is not: a ranking lists names "
            "in order, without gaps"
        ),
        "vi": (
            "thứ tự ưu tiên {position} để trống nhưng thứ tự sau lại có tên: mỗi dòng ghi "
            "tên theo thứ tự ưu tiên, không bỏ trống ở giữa"
        ),
    },
    "ranked.repeated": {
        "en": (
            "{candidate!r} is ranked twice (preferences {first} and {second}): a ranking names "
            "each candidate once; correct the copy of the ballot"
        ),
        "vi": (
            "{candidate!r} được xếp hai lần (thứ tự ưu tiên {first} và {second}): mỗi phiếu "
            "chỉ ghi tên mỗi ứng cử viên một lần; hãy chép lại phiếu cho đúng"
        ),
    },
    "ranked.unknown_name": {
        "en": (
            "{names} ranked but not on the list of candidates: correct the spelling, add a "
            "written-in name to the candidates, or, if the name makes the paper invalid (an "
            "illegal vote under Robert's Rules), leave the paper out of the rankings and count "
            'it in the question\'s invalid = {{ "unknown-name" = N }}'
        ),
        "vi": (
            "{names} được xếp thứ tự nhưng không có trong danh sách ứng cử viên: hãy sửa lại "
            "tên cho đúng, thêm tên được ghi thêm vào danh sách ứng cử viên, hoặc, nếu tên đó "
            "làm phiếu không hợp lệ (phiếu bất hợp lệ theo Robert's Rules), hãy bỏ phiếu đó "
            'khỏi các phiếu xếp thứ tự và ghi vào invalid = {{ "unknown-name" = N }} của mục bầu'
        ),
    },
    "ranked.invalid_reason": {
        "en": "{value!r} is not a reason a ranked ballot is invalid; use one of {valid}",
        "vi": (
            "{value!r} không phải lý do phiếu xếp thứ tự không hợp lệ; hãy dùng một trong "
            "các lý do {valid}"
        ),
    },
    "seats.col_group": {
        "en": "Group",
        "vi": "Nhóm",
    },
    "seats.col_seats": {
        "en": "Seats",
        "vi": "Số ghế",
    },
}
