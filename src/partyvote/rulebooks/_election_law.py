"""The law on elections of National Assembly deputies (Law 85/2015/QH13, as amended by Law
83/2025/QH15): its rulebook, the base of its turnout quorum and the amendment the People's
Council rulebook shares."""

from __future__ import annotations

from partyvote._i18n.catalog import Text
from partyvote.elections.ballot import BallotForm
from partyvote.elections.validity import Validity
from partyvote.roll import Roll
from partyvote.rulebooks.model import Parameter, Rulebook, Source, SurplusLimit
from partyvote.rules.bases import CAST, MEMBERS, VALID, Base
from partyvote.rules.quorum import Quorum
from partyvote.rules.threshold import at_least, more_than
from partyvote.votes import Votes


def _voters(roll: Roll | None, votes: Votes | None) -> int:
    """The voters on the list: the roll's members."""
    return MEMBERS(roll, votes)


VOTERS = Base("voters", _voters, en="voters on the list", vi="cử tri trong danh sách cử tri")
"""The voters on a constituency's list (*cử tri*), the base of the turnout quorum (Law
85/2015 Art. 78): ``Roll(members=registered voters)``."""

AMENDMENT_2025 = Source(
    "Law 83/2025/QH15 amending the Law on elections of deputies",
    "Art. 1: Art. 79(3), 80(4) and 81(2) now hold an additional election or a re-run at the "
    "latest 7 days after the first election (15 before); Art. 74, 77 and 78 unchanged; Art. "
    "76(1) drops the district-level minutes",
    "2025-06-24",
    link=(
        "http://www.hethongphapluat.com/"
        "luat-bau-cu-dai-bieu-quoc-hoi-va-dai-bieu-hoi-dong-nhan-dan-sua-doi-2025.html"
    ),
    document_vi="Luật 83/2025/QH15 sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc "
    "hội và đại biểu Hội đồng nhân dân",
    article_vi=(
        "Điều 1: Điều 79 khoản 3, Điều 80 khoản 4, Điều 81 khoản 2 nay quy định bầu cử thêm, "
        "bầu cử lại chậm nhất là 07 ngày sau ngày bầu cử đầu tiên (trước là 15 ngày); Điều "
        "74, 77, 78 không đổi; Điều 76 khoản 1 bỏ biên bản cấp huyện"
    ),
)
"""Law 83/2025/QH15 (in force 1 July 2025), read in the consolidated text of the Law
(Pháp điển, topic 35.1, reproduced at github.com/diepxuan/diepxuan.github.io,
``van-ban/to-chuc-bo-may-nha-nuoc/bau-cu-dai-bieu-quoc-hoi-va-dai-bieu-hoi-dong-nhan-dan.md``),
which marks each article it amended."""

DEADLINES_2025 = Text(
    en=(
        "Deadlines: an additional election or a re-run is held at the latest 7 days after the "
        "first election (Art. 79(3), 80(4) as amended by Law 83/2025/QH15, in force 1 July "
        "2025); the 2015 text, under which the elections of 2016 and 2021 were held, said 15 "
        "days. partyvote states the next step, not its date."
    ),
    vi=(
        "Thời hạn: bầu cử thêm, bầu cử lại được tiến hành chậm nhất là 07 ngày sau ngày bầu cử "
        "đầu tiên (Điều 79 khoản 3, Điều 80 khoản 4 được sửa đổi bởi Luật 83/2025/QH15, có "
        "hiệu lực từ ngày 01/7/2025); văn bản năm 2015, áp dụng cho các cuộc bầu cử năm 2016 "
        "và 2021, quy định 15 ngày. partyvote nêu bước tiếp theo, không tính ngày."
    ),
)

VN_NATIONAL_ASSEMBLY_2015 = Rulebook(
    key="vn-national-assembly-2015",
    title="Vietnam: Law on elections of National Assembly and People's Council deputies (2015)",
    title_vi="Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân (Luật 85/2015/QH13)",
    sources=(
        Source(
            "Law 85/2015/QH13 on elections of deputies",
            "Art. 57(6) (the list: at least two more candidates than seats), Art. 74 (invalid "
            "ballots), Art. 78 (results), Art. 79 (additional election; 79(3): no second one), "
            "Art. 80 (re-run; 80(4): it stands whatever the turnout)",
            "2015-06-25",
            document_vi="Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 85/2015/QH13",
            article_vi=(
                "Điều 57 khoản 6 (danh sách: nhiều hơn số lượng đại biểu được bầu ít nhất là "
                "hai người), Điều 74 (phiếu bầu không hợp lệ), Điều 78 (kết quả bầu cử), Điều "
                "79 (bầu cử thêm; khoản 3: không tổ chức bầu cử thêm lần thứ hai), Điều 80 "
                "(bầu cử lại; khoản 4: bầu cử lại có giá trị dù số cử tri đi bỏ phiếu bao "
                "nhiêu)"
            ),
        ),
        AMENDMENT_2025,
        Source(
            "Constitution of the Socialist Republic of Vietnam",
            "Art. 85",
            "2013-11-28",
            document_vi="Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            article_vi="Điều 85",
        ),
    ),
    quorum=None,
    election_quorum=Quorum(more_than("1/2", of=VOTERS), counted=CAST),
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
    wording="na",
    rerun_quorum=False,
    further_again=False,
    # Art. 57(6): at least two more candidates than seats; no cap.
    surplus=SurplusLimit(None, minimum=((1, 2),)),
    parameters=(
        Parameter(
            name="birth_dates",
            default=None,
            en="the candidates' birth dates, for a tie at the end of the list (Art. 78)",
            vi="ngày sinh của người ứng cử, dùng khi bằng phiếu ở cuối danh sách (Điều 78)",
        ),
        Parameter(
            name="round",
            default="first",
            en=(
                "which election this is: the first, an additional election ('further', Art. "
                "79) or a re-run ('rerun', Art. 80)"
            ),
            vi=(
                "cuộc bầu cử nào: bầu cử đầu tiên ('first'), bầu cử thêm ('further', Điều 79) "
                "hay bầu cử lại ('rerun', Điều 80)"
            ),
        ),
        Parameter(
            name="short_list",
            default=False,
            en=(
                "the list is shorter than the law's minimum because a candidate was lost for "
                "force majeure and the body responsible so decided (Art. 57(6), 58(3))"
            ),
            vi=(
                "danh sách ít hơn mức tối thiểu của luật do khuyết người ứng cử vì lý do bất "
                "khả kháng và đã được cơ quan có thẩm quyền xem xét, quyết định (Điều 57 khoản "
                "6, Điều 58 khoản 3)"
            ),
        ),
    ),
    notes=(
        Text(
            en=(
                "The roll of an election is the voters on the list: in the meeting file [roll] "
                "members = their number (Roll(members=...) in Python); the turnout quorum is more "
                "than half of them voting (Art. 78). If "
                "it fails, the election is held again (Art. 80)."
            ),
            vi=(
                "Danh sách của cuộc bầu cử là cử tri có tên trong danh sách cử tri: "
                "ghi số cử tri vào `[roll] members = …` trong tệp cuộc họp (trong Python: "
                "`Roll(members=...)`); cuộc bầu cử hợp lệ khi có quá một nửa số cử tri đi "
                "bỏ phiếu (Điều 78). Nếu không đạt, tổ chức bầu cử lại (Điều 80)."
            ),
        ),
        Text(
            en=(
                "Unfilled seats: the election board reports them, and the National Election "
                "Council decides on one additional election among the candidates not elected "
                "(Art. 79(1), (3)); if seats are still empty, no second one is held: after an "
                "election whose round is 'further' (round = \"further\" on the question in the "
                "meeting file, Election.round in Python), Rulebook.next_step is Step.CLOSED. A "
                "re-run ('rerun') has no turnout quorum: it stands whatever "
                "the turnout (Art. 80(4))."
            ),
            vi=(
                "Số đại biểu còn thiếu: Ban bầu cử báo cáo để Hội đồng bầu cử quốc gia xem xét, "
                "quyết định việc bầu cử thêm trong số người ứng cử chưa trúng cử (Điều 79 khoản "
                "1, 3); nếu bầu cử thêm mà vẫn chưa đủ thì không tổ chức bầu cử thêm lần thứ "
                'hai: sau cuộc bầu cử thêm (`round = "further"` cho câu hỏi trong tệp cuộc '
                "họp, `Election.round` trong Python), "
                "`Rulebook.next_step` là `Step.CLOSED`. Cuộc bầu cử lại ('rerun') không xét "
                "tỷ lệ cử tri đi bầu: kết quả bầu cử lại được công nhận (Điều 80 khoản 4)."
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
                "The list must exceed the seats by at least two (Art. 57(6); the law asks for a "
                "surplus, not a cap): a shorter list of a first election or a re-run is "
                "refused unless the National Election Council decided it for a candidate lost "
                "to force majeure (short_list = true on the question in the meeting file, "
                "short_list=True in Python). An additional election's list is the "
                "candidates not elected (Art. 79(3)) and has no minimum."
            ),
            vi=(
                "Số người trong danh sách ứng cử phải nhiều hơn số lượng đại biểu được bầu ít "
                "nhất là hai người (Điều 57 khoản 6; luật đòi hỏi có số dư, không đặt mức "
                "trần): danh sách ít hơn của cuộc bầu cử đầu tiên hoặc bầu cử lại bị từ chối, "
                "trừ khi khuyết người ứng cử vì lý do bất khả kháng và Hội đồng bầu cử quốc gia "
                "đã xem xét, quyết định (`short_list = true` cho câu hỏi trong tệp cuộc họp, "
                "`short_list=True` trong Python). Danh sách bầu cử thêm là những "
                "người ứng cử chưa trúng cử (Điều 79 khoản 3), không có mức tối thiểu."
            ),
        ),
        DEADLINES_2025,
    ),
)
"""The law on elections of deputies (Law 85/2015/QH13) and the Assembly's own majorities."""
