"""Catalog entries for People's Council elections (issue 12 §3): Law 85/2015/QH13 as a People's
Council constituency's election board applies it (``Rulebook.wording = "pc"``), the common
words for seats that stay empty under a rulebook's ``further_below`` or ``further_again``, and
the names of the rounds (``Election.round``) in each body's words.

The Vietnamese follows the law's own sentences (Art. 74, 79, 80, as amended by Law
83/2025/QH15, which left their wording on these points unchanged).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from partyvote._i18n.catalogs.numbers import ENTRIES as _NUMBERS

# Art. 74 applies to both elections: the People's Council's invalid-ballot labels are the
# National Assembly's, word for word.
_INVALID: Final[Mapping[str, Mapping[str, str]]] = {
    f"pc.{key.removeprefix('na.')}": value
    for key, value in _NUMBERS.items()
    if key.startswith("na.invalid.")
}

# The rounds in the law's words (Law 85/2015 Art. 79: "bầu cử thêm"; Art. 80: "bầu cử lại";
# Art. 79(1): "cuộc bầu cử đầu tiên"), the same for both elections.
_LAW_ROUNDS: Final[Mapping[str, Mapping[str, str]]] = {
    "round.first": {"en": "first election (bầu cử đầu tiên)", "vi": "bầu cử đầu tiên"},
    "round.further": {"en": "additional election (bầu cử thêm)", "vi": "bầu cử thêm"},
    "round.revote": {
        "en": "re-vote among the candidates tied",
        "vi": "bầu lại giữa những người bằng phiếu",
    },
    "round.rerun": {"en": "re-run (bầu cử lại)", "vi": "bầu cử lại"},
    "report.round": {"en": "This election is the {round}.", "vi": "Cuộc bầu cử này là {round}."},
    "result.unfilled.further": {
        "en": (
            "{count} {count:plural:seat:seats} still unfilled after the additional election; "
            "no second additional election is held (Art. 79(3))."
        ),
        "vi": (
            "Bầu cử thêm mà vẫn chưa đủ số lượng đại biểu được bầu đã ấn định cho đơn vị bầu "
            "cử (còn thiếu {count} đại biểu) thì không tổ chức bầu cử thêm lần thứ hai (Điều "
            "79 khoản 3)."
        ),
    },
    "next.closed_further": {
        "en": (
            "Next step: none; the additional election leaves {unfilled} "
            "{unfilled:plural:seat:seats} empty, and no second additional election is held "
            "(Art. 79(3))."
        ),
        "vi": (
            "Bước tiếp theo: không; bầu cử thêm mà vẫn chưa đủ số lượng đại biểu được bầu đã "
            "ấn định cho đơn vị bầu cử (còn thiếu {unfilled} đại biểu) thì không tổ chức bầu "
            "cử thêm lần thứ hai (Điều 79 khoản 3)."
        ),
    },
}

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    **_INVALID,
    **{f"{body}.{key}": value for body in ("na", "pc") for key, value in _LAW_ROUNDS.items()},
    # The rounds in every other body's words: the party's "bầu tiếp" (244-QĐ/TW Art. 20(2)).
    "round.first": {"en": "first round", "vi": "bầu lần đầu"},
    "round.further": {"en": "further round", "vi": "bầu tiếp"},
    "round.revote": {
        "en": "re-vote among the candidates tied",
        "vi": "bầu lại giữa những người bằng phiếu",
    },
    "round.rerun": {
        "en": "election held again for want of quorum",
        "vi": "bầu lại do không đủ túc số",
    },
    "report.round": {"en": "Round: {round}.", "vi": "Lần bầu: {round}."},
    "next.closed_further": {
        "en": (
            "Next step: none; {unfilled} {unfilled:plural:seat stays:seats stay} empty, as "
            "the rules hold no second further round."
        ),
        "vi": (
            "Bước tiếp theo: không bầu tiếp; còn thiếu {unfilled} người vì quy định không tổ "
            "chức bầu tiếp lần thứ hai."
        ),
    },
    "next.closed": {
        "en": (
            "Next step: none; {unfilled} {unfilled:plural:seat stays:seats stay} empty, as "
            "{elected} of {seats} are filled, at least {share} of the seats."
        ),
        "vi": (
            "Bước tiếp theo: không bầu tiếp; còn thiếu {unfilled} người vì đã bầu được "
            "{elected}/{seats}, đạt ít nhất {share} số lượng cần bầu."
        ),
    },
    "pc.result.unfilled": {
        "en": "{count} {count:plural:seat:seats} of the constituency unfilled.",
        "vi": (
            "Còn thiếu {count} đại biểu so với số lượng đại biểu được bầu đã ấn định cho đơn "
            "vị bầu cử."
        ),
    },
    "pc.next.further.threshold": {
        "en": (
            "Next step: fewer than two thirds of the seats fixed for the constituency are "
            "filled; the election board records it in the minutes and reports to the Election "
            "Committee responsible for the People's Council election, which decides the date "
            "of an additional election of {seats} {seats:plural:deputy:deputies} among "
            "{names} (Art. 79(2)); a second additional election is not held (Art. 79(3))."
        ),
        "vi": (
            "Bước tiếp theo: số người trúng cử chưa đủ hai phần ba số lượng đại biểu được bầu "
            "đã ấn định cho đơn vị bầu cử; Ban bầu cử ghi rõ vào biên bản xác định kết quả bầu "
            "cử và báo cáo ngay cho Ủy ban bầu cử chịu trách nhiệm tổ chức bầu cử đại biểu Hội "
            "đồng nhân dân ở cấp đó để quyết định ngày bầu cử thêm {seats} đại biểu trong số "
            "{names} (Điều 79 khoản 2); không tổ chức bầu cử thêm lần thứ hai (Điều 79 khoản "
            "3)."
        ),
    },
    "pc.next.closed": {
        "en": (
            "Next step: no additional election, as {elected} of {seats} deputies are elected, "
            "at least two thirds of the seats fixed for the constituency (Art. 79(2)); "
            "{unfilled} {unfilled:plural:seat stays:seats stay} empty."
        ),
        "vi": (
            "Bước tiếp theo: không tổ chức bầu cử thêm vì số người trúng cử ({elected} trong số "
            "{seats} đại biểu) đã đủ hai phần ba số lượng đại biểu được bầu đã ấn định cho đơn "
            "vị bầu cử (Điều 79 khoản 2); còn thiếu {unfilled} đại biểu."
        ),
    },
    "pc.next.new_names": {
        "en": (
            "Next step: {seats} {seats:plural:seat remains:seats remain} empty and no "
            "candidate of the first election is left, the only ones voters may choose in an "
            "additional election (Art. 79(3)); no additional election is held."
        ),
        "vi": (
            "Bước tiếp theo: còn thiếu {seats} đại biểu nhưng không còn người ứng cử chưa trúng "
            "cử; trong cuộc bầu cử thêm, cử tri chỉ chọn bầu trong danh sách những người ứng "
            "cử tại cuộc bầu cử đầu tiên nhưng không trúng cử (Điều 79 khoản 3), nên không tổ "
            "chức bầu cử thêm."
        ),
    },
    "pc.next.again": {
        "en": (
            "Next step: a re-run, as no more than half the voters on the list voted (Art. "
            "80(1)); the Election Committee responsible for the People's Council election "
            "decides its date after reporting to the National Election Council and with its "
            "consent (Art. 80(3)); the re-run stands whatever its turnout (Art. 80(4))."
        ),
        "vi": (
            "Bước tiếp theo: bầu cử lại do số cử tri đi bỏ phiếu chưa đạt quá một nửa tổng số "
            "cử tri ghi trong danh sách cử tri (Điều 80 khoản 1); Ủy ban bầu cử chịu trách "
            "nhiệm tổ chức bầu cử đại biểu Hội đồng nhân dân quyết định ngày bầu cử lại sau "
            "khi đã báo cáo và được sự đồng ý của Hội đồng bầu cử quốc gia (Điều 80 khoản 3); "
            "nếu số cử tri đi bầu cử vẫn chưa đạt quá một nửa thì kết quả bầu cử lại được công "
            "nhận (Điều 80 khoản 4)."
        ),
    },
    "kind.dismissal": {
        "en": '"dismissal"',
        "vi": '"dismissal" (bãi nhiệm đại biểu)',
    },
}
