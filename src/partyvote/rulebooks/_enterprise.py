"""The Vietnamese law on enterprises (2020): shareholders' meetings of joint-stock companies."""

from __future__ import annotations

from fractions import Fraction

from partyvote._i18n.catalog import Message, Text
from partyvote._validate import parse_ratio
from partyvote.errors import RulebookError
from partyvote.rulebooks.model import Parameter, Rulebook, Source
from partyvote.rules.shares import SHARES_VOTING, VOTING_SHARES, ShareQuorum
from partyvote.rules.threshold import at_least, more_than

__all__ = ["VN_ENTERPRISE_2020", "vn_enterprise"]

_LAW = "Luật Doanh nghiệp 59/2020/QH14 (Law on Enterprises)"
_LAW_VI = "Luật Doanh nghiệp 59/2020/QH14"
_AMENDED = "as amended by Luật 03/2022/QH15, Art. 7(5)"

_SOURCES = (
    Source(
        _LAW,
        "Art. 145 (quorum: >50%, second sitting ≥33%, third none)",
        "2020-06-17",
        document_vi=_LAW_VI,
        article_vi="Điều 145 (túc số: trên 50%, họp lần thứ hai từ 33%, lần thứ ba không cần)",
        link="https://hethongphapluat.com/luat-doanh-nghiep-2020/dieu-145",
    ),
    Source(
        _LAW,
        f"Art. 148(1) (special matters: ≥65% of the votes attending and voting), {_AMENDED}",
        "2022-01-11",
        document_vi=_LAW_VI,
        article_vi=(
            "Điều 148 khoản 1 (các vấn đề đặc biệt: từ 65% tổng số phiếu biểu quyết của cổ đông "
            "dự họp và biểu quyết), được sửa đổi bởi Luật 03/2022/QH15, Điều 7 khoản 5"
        ),
        link="https://hongbanglawfirm.com/vi/dieu-kien-de-nghi-quyet-dai-hoi-dong-co-dong-duoc-thong-qua",
    ),
    Source(
        _LAW,
        "Art. 148(2) (other resolutions: >50%), 148(3) (cumulative voting), "
        "148(4) (written consultation: >50% of all voting shares) — unverified",
        "2020-06-17",
        document_vi=_LAW_VI,
        article_vi=(
            "Điều 148 khoản 2 (nghị quyết khác: trên 50%), khoản 3 (bầu dồn phiếu), khoản 4 "
            "(lấy ý kiến bằng văn bản: trên 50% tổng số phiếu biểu quyết) — chưa đối chiếu"
        ),
    ),
    Source(
        "Luật Doanh nghiệp 68/2014/QH13 (the 2014 law, same cumulative-voting text)",
        "Art. 144(3)",
        "2014-11-26",
        document_vi="Luật Doanh nghiệp 68/2014/QH13 (luật năm 2014, cùng lời văn về bầu dồn phiếu)",
        article_vi="Điều 144 khoản 3",
        link="http://dvdn247.net/bau-don-phieu-theo-luat-doanh-nghiep-2014/",
    ),
    Source(
        "Hướng dẫn bầu dồn phiếu HĐQT (a company's published guidance, worked example)",
        "1,000 shares × 5 seats = 5,000 votes",
        "",
        document_vi="Hướng dẫn bầu dồn phiếu HĐQT (hướng dẫn do một công ty công bố, có ví dụ)",
        article_vi="1.000 cổ phần × 5 thành viên = 5.000 phiếu bầu",
        link="http://yteco.vn/huong-dan-bau-don-phieu-hdqt/",
    ),
)

_PARAMETERS = (
    Parameter(
        name="sitting",
        default=1,
        en="which sitting of the meeting: 1 (quorum >50%), 2 (≥33%) or 3 (no quorum)",
        vi="cuộc họp lần thứ mấy: 1 (túc số trên 50%), 2 (từ 33%) hoặc 3 (không cần túc số)",
    ),
    Parameter(
        name="first_quorum",
        default=Fraction(1, 2),
        en="the first sitting's quorum, more than this share of the voting shares (charter)",
        vi="túc số lần thứ nhất, trên tỷ lệ này của tổng số phiếu biểu quyết (Điều lệ)",
    ),
    Parameter(
        name="second_quorum",
        default=Fraction(33, 100),
        en="the second sitting's quorum, at least this share of the voting shares (charter)",
        vi="túc số lần thứ hai, từ tỷ lệ này của tổng số phiếu biểu quyết trở lên (Điều lệ)",
    ),
    Parameter(
        name="ordinary",
        default=Fraction(1, 2),
        en="ordinary resolutions: more than this share of the votes attending and voting",
        vi="nghị quyết thông thường: trên tỷ lệ này số phiếu của cổ đông tham dự và biểu quyết",
    ),
    Parameter(
        name="special",
        default=Fraction(65, 100),
        en="the special matters of Art. 148(1): at least this share (charter)",
        vi="các vấn đề tại khoản 1 Điều 148: từ tỷ lệ này trở lên (Điều lệ)",
    ),
    Parameter(
        name="written",
        default=Fraction(1, 2),
        en="written consultation: more than this share of all voting shares",
        vi="lấy ý kiến bằng văn bản: trên tỷ lệ này tổng số phiếu biểu quyết",
    ),
)

_NOTES = (
    Text(
        en=(
            "Decide resolutions on a poll listing every shareholder by voting shares, those "
            "not attending as 'absent'; the quorum counts shares represented, not persons."
        ),
        vi=(
            "Biểu quyết trên một danh sách (`Poll`) mọi cổ đông theo số cổ phần có quyền biểu "
            "quyết, cổ đông không dự họp ghi 'absent'; túc số tính theo cổ phần dự họp, không theo "
            "số người."
        ),
    ),
    Text(
        en=(
            "Abstentions are counted in the votes of the shareholders attending and voting "
            "(the base of Art. 148(1) and (2)), as Vietnamese meeting rules usually do."
        ),
        vi=(
            "Phiếu không có ý kiến được tính vào tổng số phiếu biểu quyết của cổ đông tham dự "
            "và biểu quyết (cơ sở của khoản 1, 2 Điều 148), như quy chế họp thường làm."
        ),
    ),
    Text(
        en=(
            "The board and the supervisory board are elected by cumulative voting "
            "(Art. 148(3)): count them as a cumulative election (partyvote.elections); a tie "
            "for the last seat goes to a re-vote or to the charter's criterion."
        ),
        vi=(
            "Hội đồng quản trị và Ban kiểm soát được bầu theo phương thức bầu dồn phiếu "
            "(khoản 3 Điều 148): kiểm phiếu như một cuộc bầu dồn phiếu (`partyvote.elections`); "
            "ngang phiếu ở vị trí cuối thì bầu lại hoặc theo tiêu chí của Điều lệ."
        ),
    ),
    Text(
        en=(
            "The texts of Art. 148(2)–(4) were read in secondary sources only (Art. 148(3) in "
            "its 2014 wording, Art. 144(3)); check them against the official gazette."
        ),
        vi=(
            "Khoản 2–4 Điều 148 mới được đối chiếu qua nguồn thứ cấp (khoản 3 theo lời văn "
            "Điều 144 khoản 3 Luật 2014); cần đối chiếu với Công báo."
        ),
    ),
)


def vn_enterprise(
    *,
    sitting: int = 1,
    first_quorum: Fraction | str = "1/2",
    second_quorum: Fraction | str = "33%",
    ordinary: Fraction | str = "1/2",
    special: Fraction | str = "65%",
    written: Fraction | str = "1/2",
    key: str = "vn-enterprise-2020",
) -> Rulebook:
    """The ``vn-enterprise-2020`` rulebook for one *sitting*, with the charter's ratios.

    Art. 145 sets the quorum by sitting: more than *first_quorum* of the voting shares at
    the first, at least *second_quorum* at the second, none at the third; the charter may
    set the ratios, and those of Art. 148 (give a *key* of your own for a charter's book).

    >>> book = vn_enterprise(sitting=2)
    >>> book.quorum.describe()
    'at least 33% of voting shares, counting shares represented'
    >>> vn_enterprise(sitting=3).quorum is None
    True
    """
    if sitting not in (1, 2, 3):
        raise RulebookError(Message("rulebook.sitting", value=sitting))
    quorum = (
        ShareQuorum(more_than(parse_ratio(first_quorum), of=VOTING_SHARES))
        if sitting == 1
        else ShareQuorum(at_least(parse_ratio(second_quorum), of=VOTING_SHARES))
        if sitting == 2
        else None
    )
    return Rulebook(
        key=key,
        title="Vietnamese Law on Enterprises 2020: shareholders' meetings",
        title_vi="Luật Doanh nghiệp 2020: họp Đại hội đồng cổ đông",
        sources=_SOURCES,
        quorum=quorum,
        elections=False,
        motions={
            "ordinary": more_than(parse_ratio(ordinary), of=SHARES_VOTING),
            "special": at_least(parse_ratio(special), of=SHARES_VOTING),
            "written": more_than(parse_ratio(written), of=VOTING_SHARES),
        },
        ties=("revote",),
        parameters=_PARAMETERS,
        notes=_NOTES,
    )


VN_ENTERPRISE_2020 = vn_enterprise()
"""Luật Doanh nghiệp 2020, first sitting, the law's own ratios."""
