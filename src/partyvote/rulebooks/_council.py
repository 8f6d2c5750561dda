"""The People's Council rulebook: the same law on elections of deputies (Law 85/2015/QH13, as
amended by Law 83/2025/QH15) as a People's Council constituency applies it."""

from __future__ import annotations

from partyvote._i18n.catalog import Text
from partyvote.rulebooks._election_law import (
    AMENDMENT_2025,
    DEADLINES_2025,
    VN_NATIONAL_ASSEMBLY_2015,
)
from partyvote.rulebooks.model import Source, SurplusLimit
from partyvote.rules.bases import MEMBERS
from partyvote.rules.threshold import at_least, more_than

VN_PEOPLE_COUNCIL_2015 = VN_NATIONAL_ASSEMBLY_2015.evolve(
    key="vn-people-council-2015",
    title=(
        "Vietnam: Law on elections of National Assembly and People's Council deputies (2015), "
        "People's Council elections"
    ),
    title_vi=(
        "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân (Luật 85/2015/QH13), bầu "
        "cử đại biểu Hội đồng nhân dân"
    ),
    sources=(
        Source(
            "Law 85/2015/QH13 on elections of deputies",
            "Art. 58(3) (the list), Art. 74 (invalid ballots), Art. 78 (results), Art. 79(2)-(3) "
            "(additional election below two thirds), Art. 80(1), (3)-(4) (re-run)",
            "2015-06-25",
            document_vi="Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 85/2015/QH13",
            article_vi=(
                "Điều 58 khoản 3 (danh sách người ứng cử), Điều 74 (phiếu bầu không hợp lệ), "
                "Điều 78 (nguyên tắc xác định người trúng cử), Điều 79 khoản 2, 3 (bầu cử thêm "
                "khi chưa đủ hai phần ba), Điều 80 khoản 1, 3, 4 (bầu cử lại)"
            ),
        ),
        AMENDMENT_2025,
        Source(
            "Law 77/2015/QH13 on the organisation of local government (the Council's own votes)",
            "Art. 91(3) (resolutions: more than half of all deputies; dismissal of a deputy: at "
            "least two thirds)",
            "2015-06-19",
            link=(
                "https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/"
                "3D9F5-hd-nghi-quyet-cua-hoi-dong-nhan-dan-duoc-thong-qua-khi-co-bao-nhieu-dai-"
                "bieu-tan-thanh.html"
            ),
            document_vi="Luật Tổ chức chính quyền địa phương 77/2015/QH13",
            article_vi=(
                "Điều 91 khoản 3 (nghị quyết: quá nửa tổng số đại biểu; bãi nhiệm đại biểu: ít "
                "nhất hai phần ba tổng số đại biểu)"
            ),
        ),
    ),
    motions={
        "ordinary": more_than("1/2", of=MEMBERS),
        "dismissal": at_least("2/3", of=MEMBERS),
    },
    further_below="2/3",
    # Art. 58(3): more candidates than seats; at least two more for three seats, three for four
    # or more.
    surplus=SurplusLimit(None, minimum=((1, 1), (3, 2), (4, 3))),
    wording="pc",
    notes=(
        Text(
            en=(
                "The roll of an election is the voters on the list: in the meeting file [roll] "
                "members = their number (Roll(members=...) in Python); the turnout quorum is more "
                "than half of them voting (Art. 78(1)). If "
                "it fails, the Election Committee responsible for the People's Council election "
                "decides the date of a re-run after reporting to the National Election Council "
                "and with its consent (Art. 80(3)); the re-run stands whatever its turnout "
                "(Art. 80(4))."
            ),
            vi=(
                "Danh sách của cuộc bầu cử là cử tri có tên trong danh sách cử tri: ghi số cử "
                "tri vào `[roll] members = …` trong tệp cuộc họp (trong Python: "
                "`Roll(members=...)`); kết quả bầu cử chỉ được công nhận khi có quá một "
                "nửa tổng số cử tri tham gia bầu cử (Điều 78 khoản 1). Nếu không đạt, Ủy ban "
                "bầu cử chịu trách nhiệm tổ chức bầu cử đại biểu Hội đồng nhân dân quyết định "
                "ngày bầu cử lại sau khi đã báo cáo và được sự đồng ý của Hội đồng bầu cử quốc "
                "gia (Điều 80 khoản 3); kết quả bầu cử lại được công nhận dù số cử tri đi bầu "
                "vẫn chưa đạt quá một nửa (Điều 80 khoản 4)."
            ),
        ),
        Text(
            en=(
                "Unfilled seats: only when those elected are fewer than two thirds of the seats "
                "fixed for the constituency (not of the whole council) does the election board "
                "report to the Election Committee responsible, which decides the date of one "
                "additional election among the candidates not elected (Art. 79(2)-(3)); at two "
                "thirds or more the seats stay empty (Rulebook(further_below='2/3'), "
                'Step.CLOSED); after the additional election (round = "further") seats '
                "still empty stay empty, as no second one is held (Art. 79(3))."
            ),
            vi=(
                "Số đại biểu còn thiếu: chỉ khi số người trúng cử chưa đủ hai phần ba số lượng "
                "đại biểu được bầu đã ấn định cho đơn vị bầu cử (không phải của cả Hội đồng "
                "nhân dân), Ban bầu cử mới báo cáo Ủy ban bầu cử chịu trách nhiệm tổ chức bầu "
                "cử để quyết định ngày bầu cử thêm một lần trong số người ứng cử chưa trúng cử "
                "(Điều 79 khoản 2, 3); đủ hai phần ba trở lên thì không bầu cử thêm "
                "(`Rulebook(further_below='2/3')`, `Step.CLOSED`); nếu bầu cử thêm (`Election."
                "round` là 'further', `round = \"further\"` trong tệp cuộc họp) mà vẫn chưa đủ "
                "thì không tổ chức bầu cử thêm lần thứ hai "
                "(Điều 79 khoản 3)."
            ),
        ),
        Text(
            en=(
                "A by-election during the term (bầu cử bổ sung, Art. 89) is another "
                "procedure, decided for the whole council; it is not modelled."
            ),
            vi=(
                "Bầu cử bổ sung trong nhiệm kỳ (Điều 89) là thủ tục khác, xét "
                "trên toàn Hội đồng nhân dân; partyvote không mô hình hóa."
            ),
        ),
        Text(
            en=(
                "The list must exceed the seats; by at least two for a constituency of three "
                "seats, by at least three for four or more (Art. 58(3)): a shorter list of a "
                "first election or a re-run is refused unless the body responsible decided it "
                "for a candidate lost to force majeure, as the National Election Council "
                "guides (short_list = true on the question in the meeting file, "
                "short_list=True in Python)."
            ),
            vi=(
                "Số người trong danh sách ứng cử phải nhiều hơn số lượng đại biểu được bầu; "
                "đơn vị bầu cử được bầu ba đại biểu thì nhiều hơn ít nhất là hai người, từ bốn "
                "đại biểu trở lên thì nhiều hơn ít nhất là ba người (Điều 58 khoản 3): danh sách "
                "ít hơn của cuộc bầu cử đầu tiên hoặc bầu cử lại bị từ chối, trừ trường hợp "
                "khuyết người ứng cử vì lý do bất khả kháng theo hướng dẫn của Hội đồng bầu cử "
                "quốc gia (`short_list = true` cho câu hỏi trong tệp cuộc họp, "
                "`short_list=True` trong Python)."
            ),
        ),
        Text(
            en=(
                "Motions are the Council's own: more than half of all deputies, at least two "
                "thirds to dismiss a deputy (Law 77/2015/QH13 Art. 91(3), as quoted by "
                "thuvienphapluat.vn). That law was replaced in 2025; its successor's article "
                "is not verified here."
            ),
            vi=(
                "Biểu quyết là của chính Hội đồng nhân dân: quá nửa tổng số đại biểu, ít nhất "
                "hai phần ba tổng số đại biểu đối với bãi nhiệm đại biểu (Luật 77/2015/QH13 "
                "Điều 91 khoản 3, theo trích dẫn của Thư Viện Pháp Luật). Luật này đã được thay "
                "thế năm 2025; điều tương ứng của luật mới chưa được đối chiếu."
            ),
        ),
        DEADLINES_2025,
    ),
)
"""The law on elections of deputies (Law 85/2015/QH13) at a People's Council constituency:
an additional election only below two thirds of the seats (Art. 79(2))."""
