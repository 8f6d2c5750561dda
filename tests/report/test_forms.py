"""The minutes as counting committees sign them: the party's forms, one per ballot, the
single-name ballot's two counts, shows of hands, and the layout options (issue 12 §2;
docs/explanation/forms.rst cites the forms)."""

from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partyvote.errors import MeetingError
from partyvote.io import MinutesOptions
from partyvote.io.meeting import ElectionOutcome, MeetingResult, load, loads
from partyvote.report import minutes

EXAMPLE = Path(str(resources.files("partyvote.io") / "examples" / "congress.toml"))


@pytest.fixture(scope="module")
def counted() -> MeetingResult:
    return load(EXAMPLE).count()


def _example(old: str, new: str) -> MeetingResult:
    """The example congress with one line of its file changed."""
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    return loads(text.replace(old, new), base_dir=EXAMPLE.parent).count()


def test_the_party_form_has_the_header_and_the_lines_the_committee_signs(
    counted: MeetingResult,
) -> None:
    text = minutes(counted, lang="vi")
    for needle in (
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐẢNG BỘ PHƯỜNG HÒA BÌNH",
        # a delegates' congress: "ghi rõ đại hội đại biểu hay đại hội toàn thể đảng viên"
        "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XV",
        "NHIỆM KỲ 2025–2030",
        "Hòa Bình, ngày 14 tháng 6 năm 2025",
        "tiến hành bầu cử theo quy định của Điều lệ Đảng và Quy chế bầu cử trong Đảng",
        "Đại hội đã biểu quyết số lượng cần bầu là 15 đồng chí.",
        "Đại hội đã thông qua danh sách bầu cử gồm 18 đồng chí",
        "1) Đồng chí Lê Thị Thu, Trưởng ban",
        "2) Đồng chí Phạm Văn Sơn, Ủy viên",
        "số có mặt lúc bầu cử: 112 đồng chí",
        "Những đồng chí sau đây trúng cử",
        "Biên bản lập xong vào hồi",
        "TM. BAN KIỂM PHIẾU",
        "TRƯỞNG BAN",
        "(Ký, ghi rõ họ tên)",
    ):
        assert needle in text, needle


def test_english_minutes_follow_the_same_structure(counted: MeetingResult) -> None:
    text = minutes(counted, lang="en")
    for needle in (
        "COMMUNIST PARTY OF VIETNAM",
        "CONGRESS OF DELEGATES XV",
        "The congress decided the number to elect: 15.",
        "1) Lê Thị Thu, head",
        "present at the time of voting: 112",
        "Elected (by votes, most first):",
        "FOR THE COUNTING COMMITTEE",
        "(signature and full name)",
    ):
        assert needle in text, needle


def test_one_signed_set_of_minutes_per_ballot(counted: MeetingResult) -> None:
    """The forms are one biên bản per election; each starts a new page and is signed."""
    questions = len(counted.questions)
    text = minutes(counted, lang="vi")
    assert text.count("TM. BAN KIỂM PHIẾU") == questions
    assert text.count("\f") == questions - 1
    assert minutes(counted, format="markdown").count("* * *") == questions - 1
    page = minutes(counted, format="html")
    assert page.count('<div class="new-page">') == questions - 1
    assert page.count('<div class="keep">') == questions


def test_a_committee_conference_speaks_of_the_conference_and_its_members() -> None:
    """The committee elects its standing committee, secretary and deputies at a conference
    (hội nghị), of committee members (cấp ủy viên), not at a congress of delegates."""
    counted = _example('rulebook = "vn-party-2024"', 'rulebook = "vn-party-2024-committee"')
    text = minutes(counted, lang="vi")
    for line in (
        "Hội nghị đã biểu quyết số lượng cần bầu là 15 đồng chí.",
        "Hội nghị đã thông qua danh sách bầu cử gồm 18 đồng chí",
        "Hội nghị đã cử Ban kiểm phiếu gồm các đồng chí:",
        "Tổng số cấp ủy viên được triệu tập: 120; số có mặt lúc bầu cử: 112;",
        "đã được công bố trước Hội nghị.",
    ):
        assert line in text, line
    assert "Đại hội đã" not in text
    assert "công bố trước Đại hội" not in text
    english = minutes(counted, lang="en")
    assert "The conference appointed the counting committee:" in english


def test_a_combined_report_is_signed_once() -> None:
    counted = _example("per_ballot = true", "per_ballot = false")
    text = minutes(counted, lang="vi")
    assert text.count("TM. BAN KIỂM PHIẾU") == 1
    assert "\f" not in text
    assert text.count("ĐẢNG CỘNG SẢN VIỆT NAM") == 1
    # each election but the delegates to the congress above, whose number is allocated
    assert text.count("Đại hội đã biểu quyết số lượng cần bầu") == 2
    assert text.count("Theo phân bổ của cấp ủy cấp trên") == 1


def _results(text: str, header: str) -> list[str]:
    """The names of the results table after *header*, in printed order."""
    lines = text[text.index(header) :].splitlines()[4:]
    names = []
    for line in lines:
        if not line.strip():
            break
        names.append(line.split("  ")[1].strip())
    return names


def test_results_in_ballot_order_by_default_and_by_votes_on_request(
    counted: MeetingResult,
) -> None:
    """ "Kết quả kiểm phiếu … (xếp theo thứ tự như trong phiếu bầu)" is the forms' order."""
    committee = counted.questions[1]
    assert isinstance(committee, ElectionOutcome)
    text = minutes(counted, lang="vi")
    header = "Kết quả kiểm phiếu cụ thể như sau (xếp theo thứ tự như trong phiếu bầu):"
    assert _results(text, header) == list(committee.result.election.candidates)
    by_votes = _example('order = "ballot"', 'order = "votes"')
    header = "Kết quả kiểm phiếu cụ thể như sau (xếp theo thứ tự số phiếu bầu từ cao đến thấp):"
    votes = [committee.result.votes[name] for name in _results(minutes(by_votes), header)]
    assert votes == sorted(votes, reverse=True)


def test_the_winners_are_listed_by_votes_with_their_share(counted: MeetingResult) -> None:
    committee = counted.questions[1]
    assert isinstance(committee, ElectionOutcome)
    text = minutes(counted, lang="vi")
    winners = _results(text, "Những đồng chí sau đây trúng cử")
    assert winners == list(committee.result.elected)


def test_the_single_name_ballot_shows_agree_and_disagree(counted: MeetingResult) -> None:
    """A single-name list has agree / disagree boxes (190-QĐ/TW Art. 15): both counts shown."""
    secretary = counted.questions[2]
    assert isinstance(secretary, ElectionOutcome)
    result = secretary.result
    (candidate,) = result.candidates
    disagree = result.valid - result.blank - candidate.votes
    text = minutes(counted, lang="vi")
    assert "Đồng ý" in text
    assert "Không đồng ý" in text
    table = text[text.index("Không đồng ý") :]
    row = next(line for line in table.splitlines() if line.startswith(" 1  Nguyễn Văn An "))
    cells = row.split()
    assert cells[4] == str(candidate.votes)
    assert cells[6] == str(disagree)


SECRETARY = """
[meeting]
name = "Đại hội Chi bộ 3"
[roll]
members = {members}
present = {members}
[[questions]]
type = "election"
title = "Bầu Bí thư Chi bộ"
seats = 1
candidates = ["An"]
[[questions.tallies]]
cast = {cast}
votes = {{ An = {agree} }}
invalid = {invalid}
"""


@given(st.data())
def test_agree_and_disagree_add_up_to_the_valid_ballots(data: st.DataObject) -> None:
    cast = data.draw(st.integers(0, 60))
    invalid = data.draw(st.integers(0, cast))
    agree = data.draw(st.integers(0, cast - invalid))
    members = data.draw(st.integers(max(cast, 1), 80))
    counted = loads(
        SECRETARY.format(members=members, cast=cast, agree=agree, invalid=invalid)
    ).count()
    row = next(line for line in minutes(counted, lang="en").splitlines() if " An " in line)
    cells = row.split()
    assert int(cells[2]) + int(cells[4]) == cast - invalid


HANDS = """
[meeting]
name = "Chi bộ 3"
[roll]
members = 12
present = 11
[[questions]]
type = "motion"
title = "Nghị quyết"
method = "hands"
votes = {{ yes = 6, no = 3, abstain = 1{extra} }}
"""


def test_a_show_of_hands_has_no_ballot_lines() -> None:
    text = minutes(loads(HANDS.format(extra="")).count(), lang="vi")
    assert "Hình thức: biểu quyết giơ tay." in text
    assert "Kết quả biểu quyết: 6 tán thành, 3 không tán thành, 1 không biểu quyết." in text
    assert "phiếu trắng" not in text
    assert "không hợp lệ" not in text


@pytest.mark.parametrize("extra", [", blank = 1", ", invalid = 1"])
def test_a_show_of_hands_with_ballots_is_refused(extra: str) -> None:
    with pytest.raises(MeetingError, match=r"questions\[0\]\.votes.*show of hands"):
        loads(HANDS.format(extra=extra))


def test_attendance_at_the_time_of_voting_cannot_exceed_the_roll() -> None:
    text = SECRETARY.format(members=20, cast=10, agree=6, invalid=0)
    text = text.replace("seats = 1\n", "seats = 1\npresent = 21\n")
    with pytest.raises(MeetingError, match=r"questions\[0\]\.present.*21.*20"):
        loads(text)


def test_the_plain_form_names_the_committee_under_its_signatures() -> None:
    text = HANDS.format(extra="").replace(
        'name = "Chi bộ 3"', 'name = "Club"\ncommittee = ["Ann", "Bea"]'
    )
    text = text.replace("[roll]", '[rules]\nrulebook = "robert"\n[roll]')
    report = minutes(loads(text).count())
    assert report.startswith("Minutes of the count")
    assert "Signed by the counting committee:" in report
    assert "Ann" in report.split("Signed by")[1]
    assert "Bea" in report.split("Signed by")[1]
    assert "COMMUNIST PARTY" not in report


def test_a_plain_form_per_ballot_and_a_party_form_without_details() -> None:
    plain = loads(
        SECRETARY.format(members=20, cast=10, agree=6, invalid=0)
        + '[minutes]\nform = "plain"\nper_ballot = true\n'
    ).count()
    text = minutes(plain, lang="en")
    assert "COMMUNIST PARTY" not in text
    assert "The congress decided the number to elect: 1." not in text
    assert text.count("Signed by the counting committee:") == 1
    bare = loads(SECRETARY.format(members=20, cast=10, agree=6, invalid=0)).count()
    text = minutes(bare, lang="vi")
    assert text.startswith("ĐẢNG CỘNG SẢN VIỆT NAM\n")
    assert "Ban kiểm phiếu gồm" not in text  # no committee named in the file


def test_no_winner_is_said_in_words() -> None:
    counted = loads(SECRETARY.format(members=20, cast=10, agree=3, invalid=0)).count()
    assert "Không có đồng chí nào trúng cử trong lần bầu này." in minutes(counted, lang="vi")


@pytest.mark.parametrize(
    ("table", "where"),
    [
        ('[minutes]\nform = "union"\n', "minutes.form"),  # not a form partyvote knows
        ('[minutes]\norder = "age"\n', "minutes.order"),
        ("[minutes]\nper_ballot = 1\n", "minutes.per_ballot"),  # a flag, not a number
    ],
)
def test_bad_minutes_options_are_refused(table: str, where: str) -> None:
    with pytest.raises(MeetingError, match=where.replace(".", r"\.")):
        loads(SECRETARY.format(members=20, cast=10, agree=6, invalid=0) + table)


def test_minutes_options_refuse_unknown_values_from_python() -> None:
    with pytest.raises(MeetingError, match="'union'"):
        MinutesOptions(form="union")
    with pytest.raises(MeetingError, match="'age'"):
        MinutesOptions(order="age")


def test_the_plain_form_of_the_example_names_the_meeting_in_paragraphs() -> None:
    counted = _example('form = "party"', 'form = "plain"')
    text = minutes(counted, lang="vi")
    assert text.startswith("Biên bản kiểm phiếu\n")
    assert "Tổ chức: Đảng bộ phường Hòa Bình" in text
    assert "Thời gian: ngày 14 tháng 6 năm 2025" in text
    assert "Địa điểm: Hội trường Ủy ban nhân dân phường Hòa Bình" in text
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" not in text
    assert "Lê Thị Thu" in text.split("Ban kiểm phiếu ký tên:")[1]


def test_without_attendance_the_party_form_states_the_roll() -> None:
    text = SECRETARY.format(members=20, cast=10, agree=6, invalid=0).replace("present = 20\n", "")
    text = text.replace("[roll]", "[rules]\nquorum = false\n[roll]")
    report = minutes(loads(text).count(), lang="en")
    assert "present at the time of voting" not in report
    # a delegates' congress names the absentees its base deducts (244-QĐ/TW Art. 32(3))
    assert (
        "Roll: 20 official delegates convened, 0 absent throughout (members of the convening "
        "committee, or official delegates with no alternate; 20 remain), not recorded present."
        in report
    )


ASSEMBLY = """
[meeting]
name = "Khu vực bỏ phiếu số 3"
date = 2021-05-23
locality = "Hà Nội"
place = "Nhà văn hóa tổ dân phố 5"
committee = ["Nguyễn Văn Tổ", "Trần Thị Ký", "Lê Văn Viên"]
[rules]
rulebook = "vn-national-assembly-2015"
[roll]
members = 1000
[[questions]]
type = "election"
title = "Bầu cử đại biểu Quốc hội"
seats = 2
candidates = ["An", "Bình", "Chi", "Dũng"]
issued = 950
[[questions.tallies]]
cast = 940
votes = { An = 700, "Bình" = 600, Chi = 300, "Dũng" = 100 }
invalid = 10
"""
TEAM = '[minutes]\nform = "team"\n'


def test_the_national_assembly_form_has_turnout_complaints_and_four_signatures() -> None:
    """Law 85/2015 Art. 76(2)-(3): voters, those who voted, the ballots, each candidate's votes,
    what happened and the complaints; two voter witnesses, the head and the secretary sign.
    Lines, order and words of the election team's form, Mẫu số 18/HĐBC-QH (2026)."""
    counted = loads(ASSEMBLY + TEAM).count()
    text = minutes(counted, lang="vi")
    needles = (
        "Tỉnh/Thành phố: ………",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Biên bản kết quả kiểm phiếu của Tổ bầu cử",
        "Khu vực bỏ phiếu số: ………, xã/phường/đặc khu: ………",
        "Đơn vị bầu cử số: ………",
        "Ngày 23 tháng 5 năm 2021, Tổ bầu cử gồm có:",
        "1. Nguyễn Văn Tổ, Tổ trưởng",  # Mẫu số 18: names without "Ông/Bà"
        "2. Trần Thị Ký, Thư ký",
        "3. Lê Văn Viên, Ủy viên",
        "Đã họp tại Nhà văn hóa tổ dân phố 5 để tiến hành việc kiểm phiếu.",
        "trước khi thực hiện việc bỏ phiếu, đại diện Tổ bầu cử đã kiểm tra hòm phiếu",
        "Sau đó, Tổ bầu cử đã khóa và niêm phong hòm phiếu lại",
        "Tổ trưởng Tổ bầu cử tuyên bố kết thúc cuộc bầu cử",
        "đã mời hai cử tri không phải là người ứng cử chứng kiến việc kiểm phiếu gồm:",
        "Tổ bầu cử đã tiến hành kiểm kê và lập biên bản về việc sử dụng phiếu bầu cử.",
        "Kết quả cuộc bầu cử như sau:",
        "Số đại biểu được ấn định cho đơn vị bầu cử: 2 người.",
        "Số người ứng cử: 4 người.",
        "Tổng số cử tri của khu vực bỏ phiếu: 1.000 người.",
        "Số cử tri đã tham gia bỏ phiếu: 940 người.",
        "Tỷ lệ cử tri đã tham gia bỏ phiếu so với tổng số cử tri: 94,00%.",
        "Tỷ lệ so với tổng số phiếu thu vào",
        "1. An được 700 phiếu/930 phiếu hợp lệ.",
        "3. Chi được 300 phiếu/930 phiếu hợp lệ.",
        "Trong ngày bầu cử và thời gian kiểm phiếu, đã xảy ra sự việc hoặc khiếu nại, tố cáo",
        "Những vấn đề hoặc khiếu nại, tố cáo mà Tổ bầu cử chưa giải quyết được và kiến nghị",
        "Biên bản này được hoàn thành vào hồi",
        "CỬ TRI THỨ NHẤT CHỨNG KIẾN VIỆC KIỂM PHIẾU",
        "CỬ TRI THỨ HAI CHỨNG KIẾN VIỆC KIỂM PHIẾU",
        "TM. TỔ BẦU CỬ",
        "THƯ KÝ TỔ BẦU CỬ",
        "Ghi chú: Nhất thiết không được tẩy xóa trên biên bản.",
    )
    at = [text.find(needle) for needle in needles]
    assert -1 not in at, [needle for needle, where in zip(needles, at, strict=True) if where == -1]
    assert at == sorted(at), "the form's order"
    # The valid and the invalid ballots as shares of those returned: 930 and 10 of 940.
    assert "98,94%" in text
    assert "1,06%" in text
    assert "đồng chí" not in text.lower()
    # no dateline: the form has none
    assert "ngày 23 tháng 5 năm 2021\n" not in text.split("Biên bản kết quả")[0]
    signatures = text[text.index("CỬ TRI THỨ NHẤT") :]
    assert signatures.count("(Ký, ghi rõ họ và tên)") == 3
    assert signatures.count("(Ký, ghi rõ họ và tên, đóng dấu của Tổ bầu cử)") == 1  # the head
    assert "Nguyễn Văn Tổ" in signatures
    assert "Trần Thị Ký" in signatures


def test_the_national_assembly_form_per_ballot() -> None:
    motion = '[[questions]]\ntype = "motion"\ntitle = "Agenda"\nvotes = { yes = 600 }\n'
    counted = loads(ASSEMBLY + motion + TEAM + "per_ballot = true\n").count()
    text = minutes(counted, lang="en")
    assert text.count("Voters on the list") == 1  # the election's, not the motion's
    assert "SOCIALIST REPUBLIC OF VIETNAM" in text
    assert "Voters on the list of the polling area: 1,000." in text
    assert "Turnout (voters who voted of the voters on the list): 94.00%." in text
    assert "On 23 May 2021, the election team:" in text


def test_the_national_assembly_form_without_a_date_or_a_team() -> None:
    undated = loads(ASSEMBLY.replace("date = 2021-05-23\n", "") + TEAM).count()
    text = minutes(undated, lang="vi")
    assert "\nTổ bầu cử gồm có:\n" in text
    assert "Đúng ……… giờ ……… phút, ngày ……… tháng ……… năm ………, trước khi" in text
    team = 'committee = ["Nguyễn Văn Tổ", "Trần Thị Ký", "Lê Văn Viên"]\n'
    anonymous = ASSEMBLY.replace(team, "") + TEAM
    text = minutes(loads(anonymous).count(), lang="vi")
    assert "Tổ bầu cử gồm có" not in text
    assert "Đã họp tại Nhà văn hóa tổ dân phố 5" in text
    assert text.count("(Ký, ghi rõ họ và tên") == 4
