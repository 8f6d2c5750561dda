"""The message catalog: every sentence partyvote shows a person, in every language.

Code never chooses wording with ``if lang == ...``; it names a message key and passes the
numbers.  A test checks that every key has a template in every language of
:data:`LANGUAGES` and that the templates of one key use the same placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

LANGUAGES: Final = ("en", "vi")

#: key -> language -> template (``str.format`` placeholders).
CATALOG: Final[Mapping[str, Mapping[str, str]]] = {
    # --- errors -----------------------------------------------------------------------------
    "language.unknown": {
        "en": "unknown language {value!r}; expected one of {valid}",
        "vi": "ngôn ngữ {value!r} không được hỗ trợ; hãy dùng một trong {valid}",
    },
    "count.type": {
        "en": "{name} must be a whole number (int), got {value!r} ({type})",
        "vi": "{name} phải là số nguyên (int), nhận được {value!r} ({type})",
    },
    "count.negative": {
        "en": "{name} must not be negative, got {value}",
        "vi": "{name} không được là số âm, nhận được {value}",
    },
    "ratio.float": {
        "en": (
            "expected a Fraction, an int or a string like '2/3' or '75%', got {value!r} "
            "(float); a float cannot hold most ratios exactly (2/3 has no exact float), "
            "so write Fraction(2, 3) or '2/3'"
        ),
        "vi": (
            "cần một Fraction, một số nguyên hoặc chuỗi như '2/3' hay '75%', nhận được "
            "{value!r} (float); số thực dấu phẩy động không biểu diễn đúng được phần lớn các "
            "tỉ lệ (2/3 không có giá trị float chính xác), hãy viết Fraction(2, 3) hoặc '2/3'"
        ),
    },
    "ratio.type": {
        "en": (
            "expected a Fraction, an int or a string like '2/3' or '75%', got {value!r} ({type})"
        ),
        "vi": (
            "cần một Fraction, một số nguyên hoặc chuỗi như '2/3' hay '75%', nhận được "
            "{value!r} ({type})"
        ),
    },
    "ratio.syntax": {
        "en": (
            "cannot read {value!r} as a ratio; write it like '1/2', '2/3', '75%', '0.55' or '1'"
        ),
        "vi": (
            "không đọc được {value!r} là một tỉ lệ; hãy viết như '1/2', '2/3', '75%', '0.55' "
            "hoặc '1'"
        ),
    },
    "ratio.range": {
        "en": "a ratio must be more than 0 and at most 1 (100%), got {value}",
        "vi": "tỉ lệ phải lớn hơn 0 và không quá 1 (100%), nhận được {value}",
    },
    "ratio.never": {
        "en": (
            "'more than 1' (more than 100%) can never be met; use at_least(1) or unanimous() "
            "for unanimity"
        ),
        "vi": (
            "'quá 1' (quá 100%) không bao giờ đạt được; hãy dùng at_least(1) hoặc unanimous() "
            "khi cần nhất trí tuyệt đối"
        ),
    },
    "roll.present_exceeds": {
        "en": "present ({present}) exceeds members on the roll ({members})",
        "vi": "số có mặt ({present}) vượt quá số thành viên trong danh sách ({members})",
    },
    "roll.excused_exceeds": {
        "en": (
            "excused absentees ({excused}) exceed the members who are not present "
            "({absent} = {members} members - {present} present)"
        ),
        "vi": (
            "số vắng mặt có lý do ({excused}) vượt quá số thành viên không có mặt "
            "({absent} = {members} thành viên - {present} có mặt)"
        ),
    },
    "roll.excused_exceeds_members": {
        "en": "excused absentees ({excused}) exceed members on the roll ({members})",
        "vi": "số vắng mặt có lý do ({excused}) vượt quá số thành viên trong danh sách ({members})",
    },
    "votes.exceed_present": {
        "en": "{cast} votes were recorded but only {present} members are present",
        "vi": "có {cast} phiếu được ghi nhận nhưng chỉ có {present} thành viên có mặt",
    },
    "votes.exceed_members": {
        "en": "{cast} votes were recorded but the roll has only {members} members",
        "vi": "có {cast} phiếu được ghi nhận nhưng danh sách chỉ có {members} thành viên",
    },
    "base.needs_roll": {
        "en": "the base {base!r} is counted from the roll of members; pass roll=Roll(...)",
        "vi": "cơ sở {base!r} được tính từ danh sách thành viên; hãy truyền roll=Roll(...)",
    },
    "base.needs_present": {
        "en": ("the base {base!r} needs the number of members present; give Roll(..., present=N)"),
        "vi": "cơ sở {base!r} cần số thành viên có mặt; hãy khai báo Roll(..., present=N)",
    },
    "base.needs_votes": {
        "en": "the base {base!r} is counted from the votes; pass the Votes",
        "vi": "cơ sở {base!r} được tính từ kết quả biểu quyết; hãy truyền Votes",
    },
    "base.bad_result": {
        "en": "the base {base!r} returned {value!r}; a base must return a non-negative int",
        "vi": "cơ sở {base!r} trả về {value!r}; một cơ sở phải trả về số nguyên không âm",
    },
    "decide.received_exceeds_base": {
        "en": "{received} received exceeds the base {base!r} of {size}; the counts disagree",
        "vi": "số nhận được ({received}) vượt quá cơ sở {base!r} là {size}; các số liệu mâu thuẫn",
    },
    "rule.not_a_rule": {
        "en": (
            "cannot combine with {value!r} ({type}); expected a rule with a "
            "decide(votes, *, roll=None) method returning a Decision"
        ),
        "vi": (
            "không thể kết hợp với {value!r} ({type}); cần một quy tắc có phương thức "
            "decide(votes, *, roll=None) trả về Decision"
        ),
    },
    "rule.empty": {
        "en": "a compound rule needs at least one rule to combine",
        "vi": "quy tắc kết hợp cần ít nhất một quy tắc thành phần",
    },
    "quorum.needs_input": {
        "en": "a quorum is decided on a Roll (attendance) or on Votes (turnout), got {value!r}",
        "vi": (
            "túc số được xác định trên danh sách (Roll, số có mặt) hoặc trên phiếu (Votes, "
            "số tham gia bỏ phiếu), nhận được {value!r}"
        ),
    },
    "quorum.not_threshold": {
        "en": "a Quorum needs a Threshold such as at_least('2/3', of=CONVENED), got {value!r}",
        "vi": "Quorum cần một Threshold, ví dụ at_least('2/3', of=CONVENED), nhận được {value!r}",
    },
    # --- explanations ------------------------------------------------------------------------
    "cmp.more_than": {"en": "more than {ratio}", "vi": "quá {ratio}"},
    "cmp.at_least": {"en": "at least {ratio}", "vi": "ít nhất {ratio}"},
    "cmp.all": {"en": "all", "vi": "toàn bộ"},
    "base.members": {"en": "members", "vi": "thành viên"},
    "base.convened": {"en": "convened", "vi": "người được triệu tập"},
    "base.present": {"en": "present", "vi": "người có mặt"},
    "base.cast": {"en": "votes cast", "vi": "phiếu thu vào"},
    "base.valid": {"en": "valid votes", "vi": "phiếu hợp lệ"},
    "base.non_blank": {"en": "non-blank votes", "vi": "phiếu hợp lệ không để trống"},
    "base.decisive": {"en": "votes for or against", "vi": "phiếu tán thành hoặc không tán thành"},
    "unit.votes": {"en": "votes", "vi": "phiếu"},
    "unit.present": {"en": "present", "vi": "người có mặt"},
    "unit.cast": {"en": "ballots cast", "vi": "phiếu thu vào"},
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
    "explain.quorum": {"en": "Quorum: {text}", "vi": "Túc số: {text}"},
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
    "verdict.passed": {"en": "passed", "vi": "đạt"},
    "verdict.failed": {"en": "not passed", "vi": "không đạt"},
}


def check_language(lang: str) -> str:
    """Return *lang* if partyvote speaks it, else raise :class:`~partyvote.errors.LanguageError`."""
    if lang not in LANGUAGES:
        from partyvote.errors import LanguageError

        raise LanguageError("language.unknown", value=lang, valid=", ".join(LANGUAGES))
    return lang


def render(key: str, lang: str, /, **params: object) -> str:
    """Fill the template *key* in *lang* with *params*."""
    return CATALOG[key][check_language(lang)].format(**params)
