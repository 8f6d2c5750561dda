"""The Vietnamese rulebooks: the party's election regulation (2024 and 2014) and the law on
elections of National Assembly deputies (2015)."""

from __future__ import annotations

from partyvote._i18n.catalog import Text
from partyvote.elections.ballot import BallotForm
from partyvote.elections.validity import Validity
from partyvote.rulebooks.model import Parameter, Rulebook, Source, SurplusLimit
from partyvote.rules.bases import CAST, CONVENED, MEMBERS, VALID
from partyvote.rules.quorum import Quorum
from partyvote.rules.threshold import at_least, more_than

_SURPLUS = Parameter(
    name="surplus",
    default=None,
    en=(
        "the surplus of candidates the congress decides; at most 30 % of the seats, rounded "
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
        ),
        Source("Hướng dẫn 04-HD/TW thực hiện Quy chế bầu cử trong Đảng", "", "2024-12-31"),
        Source("Điều lệ Đảng Cộng sản Việt Nam (Party Charter)", "Art. 12(3)", "2011-01-19"),
        Source(
            "Nghị quyết 71/2022/QH15, Nội quy kỳ họp Quốc hội (by analogy, for ties)",
            "Art. 29(3)",
            "2022-11-15",
        ),
    ),
    quorum=Quorum(at_least("2/3", of=CONVENED)),
    motions={"ordinary": more_than("1/2", of=CONVENED)},
    election_threshold=more_than("1/2", of=CONVENED),
    validity=Validity(),
    ties=("revote",),
    surplus=SurplusLimit(
        "30%", small_bodies=(3, 5), small_surplus=1, applies_from=3, required=True
    ),
    revote_threshold=True,
    parameters=(_SURPLUS, _ADD),
    notes=(
        Text(
            en=(
                "Quorum: a congress is believed valid with at least 2/3 of those convened; "
                "the texts we found do not state it. Change it with evolve(quorum=...)."
            ),
            vi=(
                "Túc số: đại hội được cho là hợp lệ khi có ít nhất 2/3 số người được triệu "
                "tập; các văn bản tìm được không nêu rõ điều này. Thay đổi bằng "
                "evolve(quorum=...)."
            ),
        ),
        Text(
            en=(
                "Ties for the last seat: believed to go to a re-vote among the tied, as in "
                "the National Assembly's standing rules (Resolution 71/2022 Art. 29(3)); not "
                "confirmed in the party's texts. Change it with evolve(ties=(...))."
            ),
            vi=(
                "Bằng phiếu ở chỗ cuối cùng: được cho là bầu lại giữa những người bằng phiếu, "
                "như Nội quy kỳ họp Quốc hội (Nghị quyết 71/2022, Điều 29(3)); chưa được xác "
                "nhận trong văn bản của Đảng. Thay đổi bằng evolve(ties=(...))."
            ),
        ),
        Text(
            en=(
                "Names written in and identifying marks: reported to make a ballot invalid, "
                "not confirmed in the texts; both are Validity options."
            ),
            vi=(
                "Ghi thêm tên và đánh dấu nhận biết: được cho là làm phiếu không hợp lệ, chưa "
                "được xác nhận trong văn bản; cả hai là tùy chọn của Validity."
            ),
        ),
        Text(
            en=(
                "The base of every result is those convened: the roll less excused absentees "
                "(Art. 30 lists who they are); record them as Roll(excused=...)."
            ),
            vi=(
                "Cơ sở tính mọi kết quả là số người được triệu tập: danh sách trừ những người "
                "vắng mặt có lý do (Điều 30 nêu rõ đó là ai); ghi họ bằng Roll(excused=...)."
            ),
        ),
        Text(
            en=(
                "Ordinary motions: more than half of those convened, the party's majority "
                "rule; congress procedure may use another base, which evolve(motions=...) "
                "sets."
            ),
            vi=(
                "Biểu quyết thông thường: quá một nửa số người được triệu tập, theo nguyên "
                "tắc đa số của Đảng; quy chế làm việc của đại hội có thể dùng cơ sở tính "
                "khác, đặt bằng evolve(motions=...)."
            ),
        ),
        Text(
            en=(
                "The surplus limit applies to committee lists of 3 or more seats; the texts "
                "set none for the election of a secretary or deputies."
            ),
            vi=(
                "Giới hạn số dư áp dụng cho danh sách bầu cấp ủy từ 3 người trở lên; văn bản "
                "không đặt giới hạn khi bầu bí thư hoặc phó bí thư."
            ),
        ),
    ),
)
"""The party's election regulation of 2024 (190-QĐ/TW)."""

VN_PARTY_2014 = VN_PARTY_2024.evolve(
    key="vn-party-2014",
    title="Vietnamese Communist Party: election regulation (244-QĐ/TW, 2014)",
    title_vi="Quy chế bầu cử trong Đảng (ban hành kèm Quyết định 244-QĐ/TW, 2014)",
    sources=(
        Source(
            "Quy chế bầu cử trong Đảng, Quyết định 244-QĐ/TW",
            "Art. 17 (ballots), Art. 20 (rounds), Art. 32 (results)",
            "2014-06-09",
        ),
        Source("Điều lệ Đảng Cộng sản Việt Nam (Party Charter)", "Art. 12(3)", "2011-01-19"),
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

VN_NATIONAL_ASSEMBLY_2015 = Rulebook(
    key="vn-national-assembly-2015",
    title="Vietnam: Law on elections of National Assembly and People's Council deputies (2015)",
    title_vi="Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân (Luật 85/2015/QH13)",
    sources=(
        Source(
            "Law 85/2015/QH13 on elections of deputies",
            "Art. 74 (invalid ballots), Art. 78 (results), Art. 79 (additional election), "
            "Art. 80 (re-election)",
            "2015-06-25",
        ),
        Source("Constitution of the Socialist Republic of Vietnam", "Art. 85", "2013-11-28"),
    ),
    quorum=None,
    election_quorum=Quorum(more_than("1/2", of=MEMBERS), counted=CAST),
    motions={
        "ordinary": more_than("1/2", of=MEMBERS),
        "constitutional": at_least("2/3", of=MEMBERS),
    },
    election_threshold=more_than("1/2", of=VALID),
    form=BallotForm.STRIKE_OUT,
    validity=Validity(),
    ties=("older",),
    revote_threshold=True,
    # The Council's lists print "đạt tỷ lệ 35% số phiếu hợp lệ" but "86,47%" (Resolution
    # 617/NQ-HĐBCQG, 2016; the 2021 list likewise): replayed in tests/real/.
    bare_whole_percent=True,
    parameters=(
        Parameter(
            name="birth_dates",
            default=None,
            en="the candidates' birth dates, for a tie at the end of the list (Art. 78)",
            vi="ngày sinh của người ứng cử, dùng khi bằng phiếu ở cuối danh sách (Điều 78)",
        ),
    ),
    notes=(
        Text(
            en=(
                "The roll of an election is the voters on the list: Roll(members=registered "
                "voters); the turnout quorum is more than half of them voting (Art. 78). If "
                "it fails, the election is held again (Art. 80)."
            ),
            vi=(
                "Danh sách của cuộc bầu cử là cử tri có tên trong danh sách cử tri: "
                "Roll(members=số cử tri); cuộc bầu cử hợp lệ khi có quá một nửa số cử tri đi "
                "bỏ phiếu (Điều 78). Nếu không đạt, tổ chức bầu cử lại (Điều 80)."
            ),
        ),
        Text(
            en=(
                "Unfilled seats go to one additional election among the candidates not "
                "elected (Art. 79); if seats are still empty, no further round is held."
            ),
            vi=(
                "Số đại biểu còn thiếu được bầu thêm một lần trong số người ứng cử chưa trúng "
                "cử (Điều 79); nếu vẫn còn thiếu thì không bầu nữa."
            ),
        ),
        Text(
            en=(
                "Motions are those of the Assembly itself: more than half of all deputies, at "
                "least two thirds for the Constitution and the other matters of Constitution "
                "Art. 85."
            ),
            vi=(
                "Biểu quyết là của chính Quốc hội: quá một nửa tổng số đại biểu, ít nhất hai "
                "phần ba đối với Hiến pháp và các vấn đề khác tại Điều 85 Hiến pháp."
            ),
        ),
        Text(
            en=(
                "The list must exceed the seats (the law asks for a surplus, not a cap); no "
                "maximum surplus is enforced."
            ),
            vi=(
                "Danh sách phải nhiều hơn số đại biểu được bầu (luật đòi hỏi có số dư, không "
                "đặt mức trần); không áp dụng số dư tối đa."
            ),
        ),
    ),
)
"""The law on elections of deputies (Law 85/2015/QH13) and the Assembly's own majorities."""
