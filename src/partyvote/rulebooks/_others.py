"""Rulebooks of other bodies: Robert's Rules, UK companies, German associations, the EU
Council and the US Senate."""

from __future__ import annotations

from partyvote._i18n.catalog import Text
from partyvote.elections.validity import Validity
from partyvote.roll import Roll
from partyvote.rulebooks.model import Parameter, Rulebook, Source
from partyvote.rules.bases import DECISIVE, MEMBERS, PRESENT, Base
from partyvote.rules.compound import Rule
from partyvote.rules.minimum import Minimum
from partyvote.rules.quorum import Quorum
from partyvote.rules.threshold import at_least, more_than, unanimous
from partyvote.rules.weighted import DoubleMajority, Heads, ParticipatingMajority
from partyvote.votes import Votes

_ROBERT = "Robert's Rules of Order Newly Revised, 12th ed."
_ROBERT_VI = 'Quy tắc Robert ("Robert\'s Rules of Order Newly Revised", ấn bản 12)'
_COMPANIES = "Companies Act 2006"
_COMPANIES_VI = 'Luật Công ty Vương quốc Anh 2006 ("Companies Act 2006")'
_BGB = "Bürgerliches Gesetzbuch (BGB)"
_BGB_VI = 'Bộ luật Dân sự Đức ("Bürgerliches Gesetzbuch", BGB)'
_TFEU = "Treaty on the Functioning of the European Union"
_TFEU_VI = (
    'Hiệp ước về hoạt động của Liên minh châu Âu ("Treaty on the Functioning of the European '
    'Union", TFEU)'
)
_US = "Constitution of the United States"
_US_VI = 'Hiến pháp Hoa Kỳ ("Constitution of the United States")'


def _legal(_roll: Roll | None, votes: Votes | None) -> int:
    if votes is None:
        return DECISIVE(None, votes)  # raises the "needs votes" error
    return votes.yes + votes.no + votes.invalid


LEGAL = Base(
    "legal",
    _legal,
    en="votes cast by legal voters",
    vi="phiếu của người có quyền biểu quyết",
)
"""Robert's Rules' base: votes cast by persons entitled to vote, blanks and abstentions left
out, illegal (invalid) votes counted in (RONR 12th ed. §44)."""

ROBERT = Rulebook(
    key="robert",
    title="Robert's Rules of Order Newly Revised (12th edition)",
    title_vi='Quy tắc Robert ("Robert\'s Rules of Order", ấn bản 12)',
    sources=(
        Source(
            _ROBERT,
            "§40 (quorum)",
            "2020",
            document_vi=_ROBERT_VI,
            article_vi="§40 (túc số)",
        ),
        Source(
            _ROBERT,
            "§44 (bases for determining a voting result)",
            "2020",
            document_vi=_ROBERT_VI,
            article_vi="§44 (cơ sở tính kết quả biểu quyết)",
        ),
        Source(
            _ROBERT, "§46 (elections)", "2020", document_vi=_ROBERT_VI, article_vi="§46 (bầu cử)"
        ),
    ),
    quorum=Quorum(more_than("1/2", of=MEMBERS)),
    motions={
        "ordinary": more_than("1/2", of=LEGAL),
        "two-thirds": at_least("2/3", of=LEGAL),
        "majority-of-members": more_than("1/2", of=MEMBERS),
    },
    election_threshold=more_than("1/2", of=LEGAL),
    validity=Validity(
        all_struck="blank", written_in_invalid=False, identifying_marks_invalid=False
    ),
    ties=("revote",),
    revote_threshold=True,
    ranked="ronr",
    notes=(
        Text(
            en=(
                "The quorum is a majority of the membership when the bylaws say nothing; most "
                "organisations set their own: in the meeting file [rules] quorum = { at_least "
                '= "1/10", of = "members" } (false for none); in Python, book.evolve(quorum=...).'
            ),
            vi=(
                "Túc số là đa số thành viên khi điều lệ không quy định; phần lớn tổ chức tự "
                'đặt túc số, ghi trong tệp cuộc họp bằng `[rules] quorum = { at_least = "1/10", '
                'of = "members" }` (`false` nếu không xét túc số); trong Python: '
                "`book.evolve(quorum=...)`."
            ),
        ),
        Text(
            en=(
                "A blank ballot is ignored; an illegal vote (a ballot keeping too many names, "
                "an unknown name) counts in the base but for no one, which is how partyvote's "
                "invalid ballots enter the LEGAL base."
            ),
            vi=(
                "Phiếu trắng không được tính; phiếu bất hợp lệ (giữ quá nhiều tên, ghi tên "
                "không có trong danh sách) được tính vào cơ sở nhưng không cho ai, đó là cách "
                "phiếu không hợp lệ của partyvote đi vào cơ sở tính (phiếu của người có quyền "
                "biểu quyết)."
            ),
        ),
        Text(
            en=(
                "Write-in votes are legal under Robert's Rules: add the person to the "
                "candidates to count them; a written-in name does not spoil the ballot."
            ),
            vi=(
                "Theo Quy tắc Robert, phiếu ghi thêm tên là hợp lệ: thêm người đó vào danh "
                "sách ứng cử viên để đếm; tên ghi thêm không làm hỏng phiếu."
            ),
        ),
        Text(
            en=(
                "Balloting repeats until every office is filled by a majority; a plurality "
                "never elects unless the bylaws say so."
            ),
            vi=(
                "Bỏ phiếu lặp lại cho đến khi mọi chức vụ đều được bầu theo đa số; nhiều "
                "phiếu nhất mà không đạt đa số thì không trúng cử, trừ khi điều lệ quy định "
                "khác."
            ),
        ),
    ),
)
"""Robert's Rules of Order, 12th edition."""

UK_COMPANIES = Rulebook(
    key="uk-companies",
    title="UK Companies Act 2006: resolutions at general meetings",
    title_vi="Luật Công ty Vương quốc Anh 2006: nghị quyết tại đại hội cổ đông",
    sources=(
        Source(
            _COMPANIES,
            "s.282 (ordinary resolutions)",
            "2006-11-08",
            document_vi=_COMPANIES_VI,
            article_vi="mục 282 (nghị quyết thông thường)",
        ),
        Source(
            _COMPANIES,
            "s.283 (special resolutions)",
            "2006-11-08",
            document_vi=_COMPANIES_VI,
            article_vi="mục 283 (nghị quyết đặc biệt)",
        ),
        Source(
            _COMPANIES,
            "s.284 (votes: one per share on a poll)",
            "2006-11-08",
            document_vi=_COMPANIES_VI,
            article_vi="mục 284 (phiếu: mỗi cổ phần một phiếu khi bỏ phiếu theo cổ phần)",
        ),
        Source(
            _COMPANIES,
            "s.318 (quorum)",
            "2006-11-08",
            document_vi=_COMPANIES_VI,
            article_vi="mục 318 (túc số)",
        ),
    ),
    quorum=Minimum(2, counted=PRESENT),
    motions={
        "ordinary": more_than("1/2", of=DECISIVE),
        "special": at_least("75%", of=DECISIVE),
    },
    election_threshold=more_than("1/2", of=DECISIVE),
    validity=Validity(all_struck="blank"),
    ties=("revote",),
    parameters=(
        Parameter(
            name="quorum",
            default=2,
            en="qualifying persons present; 1 for a company with a single member (s.318(1))",
            vi="số cổ đông đủ điều kiện có mặt; 1 với công ty chỉ có một cổ đông (mục 318(1))",
        ),
    ),
    notes=(
        Text(
            en=(
                "On a show of hands each member present has one vote; on a poll, one vote per "
                "share (s.284): pass a partyvote.Poll to the motion and the quorum is counted "
                "in persons, the resolution in shares."
            ),
            vi=(
                "Khi giơ tay, mỗi cổ đông có mặt có một phiếu; khi bỏ phiếu theo cổ phần, "
                "mỗi cổ phần một phiếu (mục 284): truyền một `partyvote.Poll` cho biểu quyết, "
                "túc số được tính theo số cổ đông, nghị quyết theo số cổ phần."
            ),
        ),
        Text(
            en="Votes withheld are not votes: the base is the votes for and against.",
            vi=(
                "Phiếu không biểu quyết không phải là phiếu: cơ sở tính là số phiếu tán thành "
                "và không tán thành."
            ),
        ),
        Text(
            en=(
                "A director is appointed by ordinary resolution; a tie fails the resolution. "
                "The Act sets no procedure for a tie between candidates; a re-vote is "
                "assumed."
            ),
            vi=(
                "Giám đốc được bổ nhiệm bằng nghị quyết thông thường; bằng phiếu thì nghị "
                "quyết không được thông qua. Luật không quy định cách xử lý khi các ứng cử "
                "viên bằng phiếu; giả định là bầu lại."
            ),
        ),
        Text(
            en=(
                "The articles may set a larger quorum, a number of persons present: in Python "
                "book.evolve(quorum=Minimum(n, counted=PRESENT)); a meeting file states a "
                'quorum as a share only ([rules] quorum = { at_least = "…", of = "members" }).'
            ),
            vi=(
                "Điều lệ công ty có thể đặt túc số lớn hơn, là một số người có mặt: trong "
                "Python `book.evolve(quorum=Minimum(n, counted=PRESENT))`; tệp cuộc họp chỉ ghi "
                'túc số theo tỷ lệ (`[rules] quorum = { at_least = "…", of = "members" }`).'
            ),
        ),
    ),
)
"""The UK Companies Act 2006: ordinary and special resolutions, polls by shares."""

DE_VEREIN = Rulebook(
    key="de-verein",
    title="Germany: registered associations under the Civil Code (BGB §§ 32, 33, 41)",
    title_vi="Đức: hiệp hội theo Bộ luật Dân sự (BGB §§ 32, 33, 41)",
    sources=(
        Source(
            _BGB,
            "§ 32(1) (majority of votes cast)",
            document_vi=_BGB_VI,
            article_vi="§ 32(1) (đa số phiếu đã bỏ)",
        ),
        Source(
            _BGB,
            "§ 33(1) (amending the statutes)",
            document_vi=_BGB_VI,
            article_vi="§ 33(1) (sửa đổi điều lệ)",
        ),
        Source(_BGB, "§ 41 (dissolution)", document_vi=_BGB_VI, article_vi="§ 41 (giải thể)"),
        Source(
            "Bundesgerichtshof, II ZR 164/81, BGHZ 83, 35",
            "(abstentions are not votes cast)",
            "1982-01-25",
            document_vi=(
                'Tòa án Công lý Liên bang Đức ("Bundesgerichtshof"), II ZR 164/81, BGHZ 83, 35'
            ),
            article_vi="(phiếu không biểu quyết không phải là phiếu đã bỏ)",
        ),
    ),
    quorum=None,
    motions={
        "ordinary": more_than("1/2", of=DECISIVE),
        "statutes": at_least("3/4", of=DECISIVE),
        "purpose": unanimous(of=MEMBERS),
        "dissolution": at_least("3/4", of=DECISIVE),
    },
    election_threshold=more_than("1/2", of=DECISIVE),
    validity=Validity(all_struck="blank"),
    ties=("revote",),
    notes=(
        Text(
            en=(
                "The BGB sets no quorum; the association's statutes usually do "
                '(meeting file: [rules] quorum = { at_least = "…", of = "members" }; Python: '
                "book.evolve(quorum=...)). §§ 32, 33 and 41 yield to the statutes (§ 40)."
            ),
            vi=(
                "BGB không đặt túc số; điều lệ hiệp hội thường có (tệp cuộc họp: `[rules] "
                'quorum = { at_least = "…", of = "members" }`; Python: '
                "`book.evolve(quorum=...)`). Các "
                "§§ 32, 33 và 41 nhường cho điều lệ (§ 40)."
            ),
        ),
        Text(
            en=("Abstentions and invalid votes are not votes cast: the base is yes and no only."),
            vi=(
                "Phiếu không biểu quyết và phiếu không hợp lệ không phải là phiếu đã bỏ: cơ "
                "sở tính chỉ gồm phiếu tán thành và không tán thành."
            ),
        ),
        Text(
            en=(
                "Changing the purpose needs the consent of every member; members not at the "
                "meeting consent in text form. Count their written consents among the yes "
                "votes, on a roll of all members."
            ),
            vi=(
                "Thay đổi mục đích cần sự đồng ý của mọi thành viên; thành viên không dự họp "
                "đồng ý bằng văn bản. Tính các văn bản đồng ý đó vào phiếu tán thành, trên "
                "danh sách toàn bộ thành viên."
            ),
        ),
        Text(
            en=(
                "Elections follow the statutes; a majority of the votes cast is assumed, with "
                "a re-vote on a tie."
            ),
            vi="Bầu cử theo điều lệ; giả định cần đa số phiếu đã bỏ, bầu lại khi bằng phiếu.",
        ),
    ),
)
"""German registered associations (eingetragener Verein) under the BGB."""

_COUNCIL_MOTIONS: dict[str, Rule] = {
    "qualified": DoubleMajority(),
    "qualified-not-on-proposal": DoubleMajority(states="72%", min_states=1, blocking=0),
    "qualified-participating": ParticipatingMajority(),
    "qualified-participating-not-on-proposal": ParticipatingMajority(states="72%", blocking=False),
    "simple": Heads(more_than("1/2", of=MEMBERS)),
}

EU_QMV = Rulebook(
    key="eu-qmv",
    title="Council of the European Union: voting",
    title_vi="Hội đồng Liên minh châu Âu: biểu quyết",
    sources=(
        Source(
            "Treaty on European Union",
            "Art. 16(4) (qualified majority)",
            "2009-12-01",
            document_vi='Hiệp ước về Liên minh châu Âu ("Treaty on European Union", TEU)',
            article_vi="Điều 16(4) (đa số đủ điều kiện)",
        ),
        Source(
            _TFEU,
            "Art. 238(1)-(2) (simple majority; qualified majority off a Commission proposal)",
            "2009-12-01",
            document_vi=_TFEU_VI,
            article_vi=(
                "Điều 238(1)-(2) (đa số đơn giản; đa số đủ điều kiện khi không theo đề xuất "
                "của Ủy ban)"
            ),
        ),
        Source(
            _TFEU,
            "Art. 238(3) (qualified majority when not all members take part)",
            "2009-12-01",
            document_vi=_TFEU_VI,
            article_vi="Điều 238(3) (đa số đủ điều kiện khi không phải mọi thành viên tham gia)",
        ),
    ),
    quorum=None,
    elections=False,
    motions=_COUNCIL_MOTIONS,
    election_threshold=None,
    notes=(
        Text(
            en=(
                "Decide on a partyvote.Poll listing every member state with its population "
                "and its choice: 'yes', 'no', 'abstain' or 'absent'. Only states in favour "
                "count towards the majorities; abstaining is voting against."
            ),
            vi=(
                "Quyết định trên một `partyvote.Poll` liệt kê mọi quốc gia thành viên cùng dân "
                "số và lựa chọn: 'yes', 'no', 'abstain' hoặc 'absent'. Chỉ các quốc gia tán "
                "thành được tính vào đa số; không biểu quyết là phản đối."
            ),
        ),
        Text(
            en=(
                "The population figures are the Council's, fixed each year by Council "
                "decision; partyvote takes them as given, as integers."
            ),
            vi=(
                "Số liệu dân số là của Hội đồng, được ấn định hằng năm bằng quyết định của "
                "Hội đồng; partyvote dùng nguyên số liệu đó, dưới dạng số nguyên."
            ),
        ),
        Text(
            en=(
                "Where not every member takes part (TFEU Art. 238(3): euro area, enhanced "
                "cooperation, opt-outs), use the kinds 'qualified-participating' and "
                "'qualified-participating-not-on-proposal' on a Poll of the participating "
                "states only: no minimum of fifteen states, and a blocking minority needs the "
                "fewest participating states holding more than 35% of their population, plus "
                "one. The kind 'qualified' is for the full Council only."
            ),
            vi=(
                "Khi không phải mọi thành viên tham gia (Điều 238(3) TFEU: khu vực đồng euro, "
                "hợp tác tăng cường, các trường hợp miễn trừ), dùng loại "
                "'qualified-participating' và 'qualified-participating-not-on-proposal' trên "
                "một `Poll` chỉ gồm các quốc gia tham gia: không có mức tối thiểu mười lăm quốc "
                "gia, và thiểu số ngăn chặn cần số quốc gia tham gia ít nhất chiếm quá 35% dân "
                "số của họ, cộng thêm một. Loại 'qualified' chỉ dành cho Hội đồng đầy đủ."
            ),
        ),
        Text(
            en=(
                "The blocking-minority rule (at least four states) applies to the qualified "
                "majority on a Commission proposal; Art. 238(2) states no such rule, so it is "
                "off there."
            ),
            vi=(
                "Quy tắc thiểu số ngăn chặn (ít nhất bốn quốc gia) áp dụng cho đa số đủ điều "
                "kiện đối với đề xuất của Ủy ban; Điều 238(2) không có quy tắc này nên ở đó "
                "không áp dụng."
            ),
        ),
    ),
)
"""The EU Council's qualified majority (double majority by states and population)."""

US_SENATE = Rulebook(
    key="us-senate",
    title="United States Senate: quorum, passage, cloture, veto override, treaties",
    title_vi="Thượng viện Hoa Kỳ: túc số, thông qua, chấm dứt tranh luận, bác phủ quyết",
    sources=(
        Source(
            _US, "Art. I §5 (quorum)", "1789", document_vi=_US_VI, article_vi="Điều I §5 (túc số)"
        ),
        Source(
            _US,
            "Art. I §7 (veto override)",
            "1789",
            document_vi=_US_VI,
            article_vi="Điều I §7 (bác phủ quyết)",
        ),
        Source(
            _US,
            "Art. II §2 (treaties)",
            "1789",
            document_vi=_US_VI,
            article_vi="Điều II §2 (điều ước)",
        ),
        Source(
            "Standing Rules of the Senate",
            "Rule XXII (cloture)",
            document_vi='Quy tắc thường trực của Thượng viện ("Standing Rules of the Senate")',
            article_vi="Quy tắc XXII (chấm dứt tranh luận)",
        ),
    ),
    quorum=Quorum(more_than("1/2", of=MEMBERS)),
    elections=False,
    motions={
        "ordinary": more_than("1/2", of=DECISIVE),
        "cloture": at_least("3/5", of=MEMBERS),
        "cloture-rules": at_least("2/3", of=DECISIVE),
        "veto-override": at_least("2/3", of=DECISIVE),
        "treaty": at_least("2/3", of=PRESENT),
    },
    election_threshold=None,
    notes=(
        Text(
            en=(
                "Members on the roll are the senators duly chosen and sworn: vacancies are "
                "left off the roll, which is the base of cloture (three fifths, 60 of 100) "
                "and of the quorum."
            ),
            vi=(
                "Thành viên trong danh sách là các thượng nghị sĩ đã được bầu và tuyên thệ "
                "hợp lệ: ghế trống không tính vào danh sách, vốn là cơ sở của chấm dứt tranh "
                "luận (ba phần năm, 60 trên 100) và của túc số."
            ),
        ),
        Text(
            en=(
                "Veto override: 'two thirds of that House' is read, as in practice, as two "
                "thirds of the senators present and voting, a quorum being present."
            ),
            vi=(
                "Bác phủ quyết: 'hai phần ba của viện đó' được hiểu, theo thực tiễn, là hai "
                "phần ba số thượng nghị sĩ có mặt và biểu quyết, khi đủ túc số."
            ),
        ),
        Text(
            en="Treaties: two thirds of the senators present (Art. II §2).",
            vi="Điều ước: hai phần ba số thượng nghị sĩ có mặt (Điều II §2).",
        ),
        Text(
            en=(
                "A tie on an ordinary question fails; the Vice President's casting vote is "
                "not modelled: record it as a yes or no vote."
            ),
            vi=(
                "Bằng phiếu ở vấn đề thông thường thì không được thông qua; lá phiếu quyết "
                "định của Phó Tổng thống không được mô hình hóa: ghi nó là một phiếu tán "
                "thành hoặc không tán thành."
            ),
        ),
    ),
)
"""The United States Senate's constitutional and standing-rule majorities."""
