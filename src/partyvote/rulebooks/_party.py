"""The Vietnamese party rulebooks: the party's election regulation (2024 and 2014) at a
delegates' congress, a members' congress and a committee conference, with their bases."""

from __future__ import annotations

from partyvote._i18n.catalog import Text
from partyvote.elections.validity import Validity
from partyvote.roll import Roll
from partyvote.rulebooks.model import Parameter, Rulebook, Source, SurplusLimit
from partyvote.rules.bases import CONVENED, Base
from partyvote.rules.quorum import Quorum
from partyvote.rules.threshold import at_least, more_than
from partyvote.votes import Votes


def _convened(roll: Roll | None, votes: Votes | None) -> int:
    """The roll less the excused: a module function, so that the bases below pickle."""
    return CONVENED(roll, votes)


DELEGATES_CONVENED = Base(
    "delegates_convened",
    _convened,
    en=(
        "official delegates convened, less those absent throughout: members of the convening "
        "committee, or official delegates with no alternate"
    ),
    vi=(
        "đại biểu chính thức được triệu tập, trừ số cấp ủy viên cấp triệu tập đại hội vắng mặt "
        "suốt thời gian đại hội, đại biểu chính thức vắng mặt suốt thời gian đại hội không có "
        "đại biểu dự khuyết thay thế"
    ),
)
"""The base of a delegates' congress (*đại hội đại biểu*): the official delegates convened,
less the members of the convening committee (delegates by right) absent for the whole
congress and the official delegates absent for the whole congress and not replaced by an
alternate; no reason is needed (244-QĐ/TW Art. 32(3), in the regulation's words; 190-QĐ/TW
Art. 30, whose text we have not read).  Record those absent as ``Roll(excused=...)``."""

MEMBERS_CONVENED = Base(
    "members_convened",
    _convened,
    en=(
        "full members convened, less those in the exclusions (transferred, excused from "
        "activity, suspended, prosecuted or detained, absent throughout with a reason)"
    ),
    vi=(
        "đảng viên chính thức được triệu tập, trừ số thuộc diện được trừ (chuyển sinh hoạt "
        "tạm thời, miễn sinh hoạt, đình chỉ sinh hoạt, khởi tố, truy tố, tạm giam, vắng mặt "
        "suốt đại hội có lý do)"
    ),
)
"""The base of a members' congress (*đại hội đảng viên*): the full members of the cell or
branch, less those the regulation lists — members living temporarily elsewhere, excused from
work and party activity, suspended, prosecuted or detained, or absent for the whole congress
with a reason the convening committee accepted (244-QĐ/TW Art. 32(2); 190-QĐ/TW Art. 30).
Such a member who attends and votes still counts: record as ``Roll(excused=...)`` only
those who stay away."""


COMMITTEE_CONVENED = Base(
    "committee_convened",
    _convened,
    en="committee members convened, less those excused",
    vi="cấp ủy viên được triệu tập, trừ số vắng mặt có lý do",
)
"""The base of a committee conference (*hội nghị ban chấp hành*, electing the standing
committee, the secretary and the deputies): the committee members convened, less those
excused.  Unverified: the Quy định thi hành Điều lệ (24-QĐ/TW, 2021, point 9.3.3, read only in
an English rendering) counts the members of a committee conference as its incumbent members
(*đương nhiệm*), and whether it deducts anyone was not read (see the rulebook's notes)."""

_CHARTER = Source(
    "Điều lệ Đảng Cộng sản Việt Nam (Party Charter)",
    "Art. 9(5) (majority: more than half of the members of the body)",
    "2011-01-19",
    document_vi="Điều lệ Đảng Cộng sản Việt Nam",
    article_vi="Điều 9 khoản 5 (đa số: hơn một nửa số thành viên tán thành)",
)

_SURPLUS = Parameter(
    name="surplus",
    default=None,
    en=(
        "the surplus of candidates the congress decides; at most 30% of the seats, rounded "
        "down, or one person for a body of 3 to 5 (default: that limit)"
    ),
    vi=(
        "số dư do đại hội quyết định; tối đa 30% số lượng cần bầu (làm tròn xuống), "
        "cấp ủy có 3 đến 5 người được dư 1 (mặc định: mức tối đa đó)"
    ),
)
_ADD = Parameter(
    name="add_candidates",
    default=(),
    en=(
        "names the congress adds to a further round when seats stay empty after several "
        "rounds; the congress also decides whether to continue at all"
    ),
    vi=(
        "những người đại hội bổ sung vào danh sách khi bầu tiếp mà vẫn chưa đủ; đại hội "
        "cũng quyết định có bầu tiếp hay không"
    ),
)

VN_PARTY_2024 = Rulebook(
    key="vn-party-2024",
    title="Vietnamese Communist Party: election regulation (190-QĐ/TW, 2024)",
    title_vi="Quy chế bầu cử trong Đảng (ban hành kèm Quyết định 190-QĐ/TW, 2024)",
    sources=(
        Source(
            "Quy chế bầu cử trong Đảng, Quyết định 190-QĐ/TW",
            "Art. 14 (surplus), Art. 15 (ballots), Art. 30 (results)",
            "2024-10-10",
            article_vi="Điều 14 (số dư), Điều 15 (phiếu bầu), Điều 30 (kết quả bầu cử)",
        ),
        Source("Hướng dẫn 04-HD/TW thực hiện Quy chế bầu cử trong Đảng", "", "2024-12-31"),
        _CHARTER,
        Source(
            "Nghị quyết 71/2022/QH15, Nội quy kỳ họp Quốc hội (by analogy, for ties)",
            "Art. 29(3)",
            "2022-11-15",
            document_vi=(
                "Nghị quyết 71/2022/QH15, Nội quy kỳ họp Quốc hội (áp dụng tương tự khi bằng phiếu)"
            ),
            article_vi="Điều 29 khoản 3",
        ),
    ),
    quorum=Quorum(at_least("2/3", of=DELEGATES_CONVENED)),
    motions={"ordinary": more_than("1/2", of=DELEGATES_CONVENED)},
    election_threshold=more_than("1/2", of=DELEGATES_CONVENED),
    validity=Validity(),
    ties=("revote",),
    surplus=SurplusLimit(
        "30%", small_bodies=(3, 5), small_surplus=1, applies_from=3, required=True
    ),
    revote_threshold=True,
    # The roll line of the minutes names the absentees the base deducts (Art. 32(3)).
    wording="party-delegates",
    parameters=(_SURPLUS, _ADD),
    notes=(
        Text(
            en=(
                "Quorum: a congress is believed valid with at least 2/3 of those convened; "
                "the texts we found do not state it. Change it in the meeting file with "
                '[rules] quorum = { at_least = "2/3", of = "convened" } (false for none); in '
                "Python, book.evolve(quorum=...)."
            ),
            vi=(
                "Túc số: đại hội được cho là hợp lệ khi có ít nhất 2/3 số người được triệu "
                "tập; các văn bản tìm được không nêu rõ điều này. Thay đổi trong tệp cuộc họp "
                'bằng `[rules] quorum = { at_least = "2/3", of = "convened" }` (`false` nếu '
                "không xét túc số); trong Python: `book.evolve(quorum=...)`."
            ),
        ),
        Text(
            en=(
                "Ties for the last seat: believed to go to a re-vote among the tied, as in "
                "the National Assembly's standing rules (Resolution 71/2022 Art. 29(3)); not "
                "confirmed in the party's texts. Change it in the meeting file with [rules] "
                'ties = ["revote", "older"] (the keys in order); in Python, '
                'book.evolve(ties=("revote", "older")).'
            ),
            vi=(
                "Bằng phiếu ở chỗ cuối cùng: được cho là bầu lại giữa những người bằng phiếu, "
                "như Nội quy kỳ họp Quốc hội (Nghị quyết 71/2022, Điều 29(3)); chưa được xác "
                "nhận trong văn bản của Đảng. Thay đổi trong tệp cuộc họp bằng `[rules] ties = "
                '["revote", "older"]` (các cách phân định theo thứ tự); trong Python: '
                '`book.evolve(ties=("revote", "older"))`.'
            ),
        ),
        Text(
            en=(
                "Names written in and identifying marks: reported to make a ballot invalid, "
                "not confirmed in the texts; the meeting file's [rules] written_in_invalid "
                "and identifying_marks_invalid (true or false) change them, Validity in Python."
            ),
            vi=(
                "Ghi thêm tên và đánh dấu nhận biết: được cho là làm phiếu không hợp lệ, chưa "
                "được xác nhận trong văn bản; thay đổi trong tệp cuộc họp bằng `[rules] "
                "written_in_invalid` và `identifying_marks_invalid` (`true` hoặc `false`), "
                "trong Python bằng `Validity` (quy tắc xét phiếu hợp lệ)."
            ),
        ),
        Text(
            en=(
                "This rulebook is a delegates' congress: results are measured against the "
                "official delegates convened less the convening committee's members absent "
                "throughout and the official delegates absent throughout and not replaced "
                "(244-QĐ/TW Art. 32(3)); give their number in the meeting file as [roll] "
                "excused = … (Roll(excused=…) in Python). A members' "
                "congress is vn-party-2024-members, a committee conference "
                "vn-party-2024-committee."
            ),
            vi=(
                "Bộ quy tắc này dành cho đại hội đại biểu: kết quả tính trên tổng số đại biểu "
                "chính thức được triệu tập, trừ số cấp ủy viên cấp triệu tập đại hội vắng mặt "
                "suốt thời gian đại hội, đại biểu chính thức vắng mặt suốt thời gian đại hội "
                "không có đại biểu dự khuyết thay thế (Quy chế 244-QĐ/TW Điều 32(3)); ghi số "
                "này trong tệp cuộc họp bằng `[roll] excused = …` (trong Python: "
                '`Roll(excused=…)`). Đại hội đảng viên dùng "vn-party-2024-members", hội '
                'nghị cấp ủy dùng "vn-party-2024-committee".'
            ),
        ),
        Text(
            en=(
                "Ordinary motions: more than half of those convened, after the Charter's "
                "majority rule (Art. 9(5): more than half of the members of the body); "
                "congress procedure may use another base, which the meeting file sets with "
                '[rules] motions = { ordinary = { more_than = "1/2", of = "present" } } '
                "(book.evolve(motions=...) in Python)."
            ),
            vi=(
                "Biểu quyết thông thường: quá một nửa số được triệu tập, theo nguyên tắc đa "
                "số của Điều lệ Đảng (Điều 9 khoản 5: hơn một nửa số thành viên tán thành); "
                "quy chế làm việc của đại hội có thể dùng cơ sở tính khác, đặt trong tệp cuộc "
                'họp bằng `[rules] motions = { ordinary = { more_than = "1/2", of = "present" '
                "} }` (trong Python: `book.evolve(motions=...)`)."
            ),
        ),
        Text(
            en=(
                "The surplus rules (a surplus required, at most 30%, one for 3 to 5 seats) "
                "apply to lists for the committee and its standing committee of 3 or more "
                "seats (Art. 14); other lists, such as delegates to the congress above, take "
                "committee = false in the meeting file's question (committee=False in "
                "Python) and have no limit. Art. 14(1), as a newspaper quotes it: more "
                "candidates than seats, the congress deciding the largest surplus, at most "
                "30%, the convening committee preparing 10% to 15%; the one extra for 3 to 5 "
                "seats is not in that clause and is unverified."
            ),
            vi=(
                "Quy định về số dư (phải có số dư, tối đa 30%, cấp ủy 3 đến 5 người được dư 1) "
                "áp dụng cho danh sách bầu cấp ủy, ban thường vụ từ 3 người trở lên (Điều "
                "14); danh sách khác, như bầu đại biểu dự đại hội cấp trên, ghi "
                "`committee = false` cho câu hỏi đó trong tệp cuộc họp (trong Python: "
                "`committee=False`) và không bị giới hạn. Điều 14 khoản 1 theo trích dẫn của "
                "báo chí: số lượng ứng cử viên phải nhiều hơn số lượng cần bầu; số dư tối đa do "
                "đại hội quyết định nhưng không quá 30% số lượng cần bầu, cấp ủy triệu tập "
                "chuẩn bị số dư từ 10% đến 15%; quy định cấp ủy 3 đến 5 người được dư 1 không "
                "có trong khoản này và chưa được xác minh."
            ),
        ),
    ),
)
"""The party's election regulation of 2024 (190-QĐ/TW), at a delegates' congress."""

_UNVERIFIED_ARTICLES = Text(
    en=(
        "Article numbers of 190-QĐ/TW: Art. 14 read in a newspaper's quotation of its clause "
        "1 (Báo Bắc Kạn, October 2024); Art. 15 and 30 as secondary sources report them. The "
        "bases are worded after 244-QĐ/TW Art. 32, whose text we read. Not verified against "
        "the 2024 text itself."
    ),
    vi=(
        "Số điều của 190-QĐ/TW: Điều 14 đọc theo trích dẫn khoản 1 trên báo (Báo Bắc Kạn, "
        "tháng 10/2024); Điều 15, 30 theo các nguồn thứ cấp. Cơ sở tính được diễn đạt theo "
        "Điều 32 Quy chế 244-QĐ/TW mà chúng tôi đã đọc. Chưa đối chiếu với văn bản năm 2024."
    ),
)


def _party_variant(
    key: str, kind_en: str, kind_vi: str, base: Base, note: Text, *, wording: str
) -> Rulebook:
    return VN_PARTY_2024.evolve(
        key=key,
        wording=wording,
        title=f"{VN_PARTY_2024.title}, {kind_en}",
        title_vi=f"{VN_PARTY_2024.title_vi}, {kind_vi}",
        quorum=Quorum(at_least("2/3", of=base)),
        motions={"ordinary": more_than("1/2", of=base)},
        election_threshold=more_than("1/2", of=base),
        notes=(note, *VN_PARTY_2024.notes[:3], *VN_PARTY_2024.notes[4:], _UNVERIFIED_ARTICLES),
    )


VN_PARTY_2024_MEMBERS = _party_variant(
    "vn-party-2024-members",
    "members' congress",
    "đại hội đảng viên",
    MEMBERS_CONVENED,
    Text(
        en=(
            "A members' congress: results are measured against the full members convened, "
            "less those the regulation lists (living elsewhere for a time, excused from work "
            "and party activity, suspended, prosecuted, detained, absent throughout with an "
            "accepted reason); such a member who attends and votes still counts "
            "(244-QĐ/TW Art. 32(2)). Give as [roll] excused = … in the meeting file "
            "(Roll(excused=…) in Python) only those who stay away."
        ),
        vi=(
            "Đại hội đảng viên: kết quả tính trên tổng số đảng viên chính thức được triệu "
            "tập, trừ số được trừ theo quy chế (chuyển sinh hoạt tạm thời, được miễn công tác "
            "và sinh hoạt đảng, bị đình chỉ sinh hoạt, bị khởi tố, truy tố, tạm giam, vắng mặt "
            "suốt thời gian đại hội có lý do được chấp thuận); người thuộc diện này nếu có mặt "
            "và tham gia bầu cử thì vẫn được tính (Quy chế 244-QĐ/TW Điều 32(2)). Chỉ ghi "
            "những người vắng mặt vào `[roll] excused = …` trong tệp cuộc họp (trong Python: "
            "`Roll(excused=…)`)."
        ),
    ),
    wording="party-members",
)
"""The party's election regulation of 2024 at a members' congress (*đại hội đảng viên*)."""

VN_PARTY_2024_COMMITTEE = _party_variant(
    "vn-party-2024-committee",
    "committee conference",
    "hội nghị cấp ủy",
    COMMITTEE_CONVENED,
    Text(
        en=(
            "A committee conference (electing the standing committee, the secretary, the "
            "deputies): results are measured against the committee members convened, less "
            "those excused. Unverified: we found no text of the election regulation's article. "
            "The Quy định thi hành Điều lệ (24-QĐ/TW, 2021, point 9.3.3) counts the members "
            "of a committee conference as its incumbent members (cấp ủy viên đương nhiệm), as "
            "an English rendering gives it (lawnet.vn); its Vietnamese text, and whether it "
            "deducts anyone, we have not read. Where every incumbent member counts, give "
            "[roll] members = the incumbent members and excused = 0 in the meeting file."
        ),
        vi=(
            "Hội nghị cấp ủy (bầu ban thường vụ, bí thư, phó bí thư): kết quả tính trên tổng "
            "số cấp ủy viên được triệu tập, trừ số vắng mặt có lý do. Chưa xác minh: chúng "
            "tôi không tìm được văn bản điều này của quy chế bầu cử. Quy định thi hành Điều "
            "lệ (24-QĐ/TW năm 2021, điểm 9.3.3) tính số thành viên hội nghị ban chấp hành là "
            "tổng số cấp ủy viên đương nhiệm, theo một bản dịch tiếng Anh; chúng "
            "tôi chưa đọc văn bản tiếng Việt và chưa biết có trừ số nào không. Nếu mọi cấp ủy "
            "viên đương nhiệm đều được tính, ghi `[roll] members` là số cấp ủy viên đương "
            "nhiệm và `excused = 0` trong tệp cuộc họp."
        ),
    ),
    # The minutes say "Hội nghị" and "cấp ủy viên", not the congress's words.
    wording="party-committee",
)
"""The party's election regulation of 2024 at a committee conference (*hội nghị cấp ủy*)."""

VN_PARTY_2014 = VN_PARTY_2024.evolve(
    key="vn-party-2014",
    title="Vietnamese Communist Party: election regulation (244-QĐ/TW, 2014)",
    title_vi="Quy chế bầu cử trong Đảng (ban hành kèm Quyết định 244-QĐ/TW, 2014)",
    sources=(
        Source(
            "Quy chế bầu cử trong Đảng, Quyết định 244-QĐ/TW",
            "Art. 17 (ballots), Art. 20 (rounds), Art. 32 (results)",
            "2014-06-09",
            article_vi="Điều 17 (phiếu bầu), Điều 20 (bầu nhiều lần), Điều 32 (kết quả bầu cử)",
        ),
        _CHARTER,
    ),
    notes=(
        Text(
            en=(
                "The same rules as 190-QĐ/TW of 2024, which kept most of 244-QĐ/TW, under the "
                "older article numbers; for recounting past congresses."
            ),
            vi=(
                "Cùng các quy định như 190-QĐ/TW năm 2024 (vốn giữ phần lớn 244-QĐ/TW), theo "
                "số điều cũ; dùng để kiểm lại các đại hội trước đây."
            ),
        ),
        *VN_PARTY_2024.notes,
    ),
)
"""The party's election regulation of 2014 (244-QĐ/TW)."""


# --- 244-QĐ/TW at a committee conference ---------------------------------------------------
# Kept apart from the rulebooks above so that it reads (and merges) as one addition.


def _party_2014_committee() -> Rulebook:
    """The 2014 regulation with the committee conference's base and words: the rules of
    :data:`VN_PARTY_2024_COMMITTEE` under the title and sources of :data:`VN_PARTY_2014`, so
    that minutes of a vote held before 2024 name the regulation it was held under."""
    conference = Text(
        en=(
            "A committee conference under the 2014 regulation (electing the standing "
            "committee, the secretary, the deputies, or filling one of these seats between "
            "congresses): results are measured against the committee members convened, less "
            "those excused. Unverified: we found no text of the article for conferences; the "
            "reading follows the congress rules of 244-QĐ/TW Art. 32, while the Quy định thi "
            "hành Điều lệ (24-QĐ/TW, 2021, point 9.3.3, read in English) counts a committee "
            "conference's incumbent members (đương nhiệm). The 2024 regulation's "
            "conference is vn-party-2024-committee, with the same rules."
        ),
        vi=(
            "Hội nghị cấp ủy theo Quy chế năm 2014 (bầu ban thường vụ, bí thư, phó bí thư, "
            "hoặc bầu bổ sung các chức danh này giữa nhiệm kỳ): kết quả tính trên tổng số cấp "
            "ủy viên được triệu tập, trừ số vắng mặt có lý do. Chưa xác minh: chúng tôi không "
            "tìm được văn bản của điều này đối với hội nghị; cách hiểu theo quy định về đại "
            "hội tại Điều 32 Quy chế 244-QĐ/TW, trong khi Quy định thi hành Điều lệ (24-QĐ/TW "
            "năm 2021, điểm 9.3.3, đọc qua bản tiếng Anh) tính tổng số cấp ủy viên đương "
            "nhiệm. Hội nghị cấp ủy theo Quy chế năm 2024 dùng "
            '"vn-party-2024-committee", với cùng các quy định.'
        ),
    )
    congress_notes = VN_PARTY_2024.notes
    return VN_PARTY_2014.evolve(
        key="vn-party-2014-committee",
        title=f"{VN_PARTY_2014.title}, committee conference",
        title_vi=f"{VN_PARTY_2014.title_vi}, hội nghị cấp ủy",
        quorum=Quorum(at_least("2/3", of=COMMITTEE_CONVENED)),
        motions={"ordinary": more_than("1/2", of=COMMITTEE_CONVENED)},
        election_threshold=more_than("1/2", of=COMMITTEE_CONVENED),
        # The minutes say "Hội nghị" and "cấp ủy viên", not the congress's words.
        wording="party-committee",
        # The 2014 note, then the congress notes but the one naming a delegates' congress.
        notes=(
            conference,
            VN_PARTY_2014.notes[0],
            *congress_notes[:3],
            *congress_notes[4:],
        ),
    )


VN_PARTY_2014_COMMITTEE = _party_2014_committee()
"""The party's election regulation of 2014 (244-QĐ/TW) at a committee conference (*hội nghị
cấp ủy*): for votes of a committee held before the 2024 regulation."""
