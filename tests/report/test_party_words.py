"""The party's minutes in the words of the regulation and its forms (issue 12: "every
Vietnamese word in the minutes is the one the regulation uses"; the findings of the
Vietnamese wording review, numbered as there).

Sources quoted below:

- FORM: a published party form of the count, "Biên bản kiểm phiếu bầu …"
  (https://123doc.top/document/11336936-…): "tiến hành bầu cử … theo quy định của Điều lệ
  Đảng và Quy chế bầu cử trong Đảng", "Số phiếu bầu phát ra: …, số phiếu thu về", "(xếp theo
  thứ tự như trong phiếu bầu)", "(xếp theo thứ tự số phiếu bầu từ cao đến thấp …)",
  "(so với đảng viên chính thức)", "Danh sách bầu cử gồm … đồng chí"; docs/explanation/forms.rst.
- RESULTS: Báo điện tử Đảng Cộng sản Việt Nam, "Cách tính kết quả bầu cử ở đại hội các cấp"
  (dangcongsan.vn/…-556421.html): "Người trúng cử phải đạt số phiếu bầu quá một nửa so với
  tổng số đại biểu chính thức được triệu tập trừ số …".
- ALLOCATED: dangcongsan.vn/…-555570.html: "Số lượng đại biểu dự đại hội cấp trên do cấp ủy
  cấp trên phân bổ, đại hội không biểu quyết số lượng cần bầu"; "Bầu lần thứ nhất chưa đủ số
  lượng … thì bầu tiếp … do đại hội quyết định".
- HEADER: Hướng dẫn 11-HD/VPTW (phonha.com): "ghi rõ đại hội đại biểu hay đại hội toàn thể
  đảng viên lần thứ mấy", example "ĐẢNG BỘ TỈNH SƠN LA / ĐẠI HỘI ĐẠI BIỂU LẦN THỨ……".
- DATES: hieuluat.vn, on writing dates in documents: "Đối với những số chỉ ngày nhỏ hơn 10 và
  tháng 1, 2 phải ghi thêm số 0 ở trước".
- ISSUED: Quyết định 190-QĐ/TW, "Ngày ban hành: 10/10/2024" (hethongphapluat.com).
"""

from __future__ import annotations

import datetime
import re
from importlib import resources
from pathlib import Path

import pytest

from partyvote import rulebooks
from partyvote.errors import MeetingError
from partyvote.io.meeting import MeetingResult, load, loads
from partyvote.report import minutes, minutes_data
from partyvote.report._state import said_date

EXAMPLE = Path(str(resources.files("partyvote.io") / "examples" / "congress.toml"))


@pytest.fixture(scope="module")
def counted() -> MeetingResult:
    return load(EXAMPLE).count()


@pytest.fixture(scope="module")
def text(counted: MeetingResult) -> str:
    return minutes(counted, lang="vi")


def test_1_the_opening_formula_cites_the_charter_and_the_regulation(text: str) -> None:
    # FORM: "theo quy định của Điều lệ Đảng và Quy chế bầu cử trong Đảng"; ISSUED: 10/10/2024.
    assert (
        "tiến hành bầu cử theo quy định của Điều lệ Đảng và Quy chế bầu cử trong Đảng (ban hành "
        "kèm theo Quyết định số 190-QĐ/TW, ngày 10 tháng 10 năm 2024 của Ban Chấp hành Trung "
        "ương)."
    ) in text


def test_1_no_meeting_file_or_variant_tag_in_the_opening_but_the_json_keeps_them() -> None:
    amended = (
        '[meeting]\nname = "Hội nghị Ban Chấp hành"\n[rules]\nrulebook = '
        '"vn-party-2024-committee"\nquorum = { at_least = "1/2", of = "convened" }\n'
        "[roll]\nmembers = 31\npresent = 30\n"
        '[[questions]]\ntype = "election"\ntitle = "Bí thư"\nseats = 1\ncandidates = ["An"]\n'
        '[[questions.tallies]]\ncast = 30\nvotes = { "An" = 28 }\n'
    )
    result = loads(amended).count()
    for lang in ("vi", "en"):
        written = minutes(result, lang=lang)
        assert "tệp hội nghị" not in written
        assert "meeting file" not in written
        assert "hội nghị cấp ủy," not in written
    title = minutes_data(result, "vi")["meeting"]["rulebook_title"]
    assert title.endswith(", as amended by the meeting file")


def test_2_the_delegates_number_is_allocated_not_voted(text: str) -> None:
    # ALLOCATED: "đại hội không biểu quyết số lượng cần bầu".
    assert (
        "Theo phân bổ của cấp ủy cấp trên, Đại hội bầu 5 đại biểu chính thức dự Đại hội đại "
        "biểu Đảng bộ cấp trên."
    ) in text
    assert "Đại hội đã biểu quyết số lượng cần bầu là 5" not in text
    assert "Đại hội đã biểu quyết số lượng cần bầu là 15 đồng chí." in text  # the committee


def test_2_allocated_is_refused_on_the_committees_election() -> None:
    """ALLOCATED is of the delegates to the congress above only: on the committee's
    election (committee = true, the default) "Đại hội bầu 15 đại biểu chính thức dự Đại hội
    … cấp trên" would be false, so it is refused, naming the key (new-user review,
    finding 6)."""
    source = EXAMPLE.read_text(encoding="utf-8")
    assert source.count("seats = 15\n") == 1  # the committee's election
    wrong = source.replace("seats = 15\n", "seats = 15\nallocated = true\n")
    with pytest.raises(
        MeetingError, match=r"questions\[\d\]\.allocated: allocated = true is"
    ) as error:
        loads(wrong)
    assert "nhưng cuộc bầu này là bầu cấp ủy (committee = true)" in error.value.message("vi")


def test_3_ballots_issued_and_returned_as_the_party_form_says(text: str) -> None:
    # FORM: "Số phiếu bầu phát ra: …, số phiếu thu về".
    assert re.search(r"Số phiếu bầu phát ra +112", text)
    assert re.search(r"Số phiếu thu về +112", text)
    assert "thu vào" not in text


def test_3_the_election_law_keeps_its_own_word() -> None:
    # Law 85/2015 Art. 76(2): "số phiếu thu vào"; only the party's forms say "thu về".
    book = rulebooks.get("vn-national-assembly-2015")
    assert book.say("report.cast", "vi") == "Số phiếu thu vào"
    assert rulebooks.get("vn-party-2024").say("report.cast", "vi") == "Số phiếu thu về"
    assert rulebooks.get("robert").say("report.cast", "vi") == "Số phiếu thu vào"


def test_4_the_condition_in_the_regulation_s_words(text: str) -> None:
    # RESULTS: "đạt số phiếu bầu quá một nửa so với tổng số đại biểu chính thức được triệu
    # tập trừ số …"; no "quá 1/2 của" in the party's minutes.
    assert (
        "điều kiện trúng cử: đạt số phiếu bầu quá một nửa so với tổng số đại biểu chính thức "
        "được triệu tập, trừ số cấp ủy viên cấp triệu tập đại hội"
    ) in text
    assert "1/2" not in text
    assert "2/3" not in text


def test_5_the_base_is_defined_once_and_the_column_names_its_size(text: str) -> None:
    # FORM: the share column "(so với đảng viên chính thức)".
    clause = "đại biểu chính thức vắng mặt suốt thời gian đại hội không có đại biểu dự khuyết"
    pages = text.split("\f")
    for page in pages:
        # once in the base line, once in the condition of an election; never in a header
        assert page.count(clause) <= 2
    assert "Số đại biểu làm căn cứ tính kết quả bầu cử: 117 đồng chí (120 đại biểu" in text
    assert "Tỷ lệ % (so với 117 đại biểu)" in text
    assert max(len(line) for line in text.splitlines() if line.startswith("TT  ")) < 120


def test_7_attendance_and_a_show_of_hands_in_words(text: str) -> None:
    assert "Số đại biểu có mặt: 112/117 đồng chí, đạt ít nhất hai phần ba" in text
    assert "Số đại biểu tán thành: 108/117 (92,31%), đạt quá một nửa (cần ít nhất 59)." in text
    for machine in ("Túc số", "Nhận được", "dư 34", "dư 49"):
        assert machine not in text


def test_8_what_follows_is_the_congress_s_to_decide(counted: MeetingResult, text: str) -> None:
    # ALLOCATED: "thì bầu tiếp … do đại hội quyết định".
    assert (
        "Số lượng còn thiếu: 1 đồng chí. Việc bầu tiếp và danh sách bầu tiếp do Đại hội quyết định."
    ) in text
    assert "Bước tiếp theo" not in text
    # the JSON minutes keep the structured next round
    committee = minutes_data(counted, "vi")["questions"][1]
    assert committee["next_round"]["seats"] == 1


def test_11_the_header_says_a_congress_of_delegates(text: str) -> None:
    # HEADER: "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ……".
    assert "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XV" in text


def test_12_party_dates_pad_the_day_and_the_first_two_months() -> None:
    # DATES: "những số chỉ ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 ở trước".
    book = rulebooks.get("vn-party-2024")
    assert said_date(datetime.date(2020, 6, 8), "vi", book) == "ngày 08 tháng 6 năm 2020"
    assert said_date(datetime.date(2023, 2, 7), "vi", book) == "ngày 07 tháng 02 năm 2023"
    assert said_date(datetime.date(2025, 11, 14), "vi", book) == "ngày 14 tháng 11 năm 2025"
    # other rulebooks' forms are not changed here
    assert said_date(datetime.date(2020, 6, 8), "vi") == "ngày 8 tháng 6 năm 2020"


SINGLE = """
[meeting]
name = "Chi bộ 3"
[rules]
rulebook = "vn-party-2024-members"
[roll]
members = 11
present = 11
[[questions]]
type = "election"
title = "Bầu bí thư"
seats = 1
candidates = ["An"]
tallies = [{ name = "1", cast = 11, votes = { "An" = 10 }, invalid = { "single-both" = 1 } }]
"""


def test_13_elected_not_the_press_s_absolute_majority() -> None:
    written = minutes(loads(SINGLE).count(), lang="vi")
    assert "tuyệt đối" not in written
    assert re.search(r"\s+trúng cử\n", written)
    # a members' congress: the column "(so với … đảng viên chính thức)", as the form has it
    assert "Tỷ lệ % (so với 11 đảng viên chính thức)" in written


def test_14_15_17_ties_seats_and_shortfalls_in_the_form_s_words(text: str) -> None:
    assert "có số phiếu bằng nhau ở cuối danh sách" in text
    assert (
        "Các đồng chí Ngô Văn Hùng, Phan Thị Lan, Mai Thị Minh có số phiếu bằng nhau (76 "
        "phiếu), nhiều hơn số lượng còn lại cần bầu (2 đồng chí): Đại hội bầu lại trong số các "
        "đồng chí này."
    ) in text
    # FORM: "Danh sách bầu cử gồm … đồng chí"; no "chỗ" (seat), no "ứng cử viên"
    assert "Bầu 15 đồng chí trong danh sách bầu cử gồm 18 đồng chí" in text
    assert "chỗ" not in text
    assert "ứng cử viên" not in text
    assert "không trúng cử (thiếu 9 phiếu)" in text
    assert "Số phiếu cần đạt" in text
    assert "Cơ sở" not in text


def test_18_the_form_s_order_phrases(text: str) -> None:
    assert "(xếp theo thứ tự như trong phiếu bầu)" in text
    assert "(xếp theo thứ tự số phiếu bầu từ cao đến thấp)" in text
    assert "từ cao xuống thấp" not in text


def test_19_this_congress_is_written_with_a_capital(text: str) -> None:
    assert "đại hội quyết định" not in text
    assert "do Đại hội quyết định" in text


def test_20_one_precision_throughout_a_party_form(text: str) -> None:
    # two decimals by default under the party's rulebooks, in every table and line
    shares = re.findall(r"\d+(?:,\d+)?%", text)
    assert shares
    assert all(re.fullmatch(r"\d+,\d\d%", share) for share in shares), shares


def test_23_attendance_counts_comrades(text: str) -> None:
    # FORM: "được triệu tập: … đồng chí".
    assert (
        "Tổng số đại biểu chính thức được triệu tập: 120 đồng chí; số có mặt lúc bầu cử: 112 "
        "đồng chí; số vắng mặt lúc bầu cử: 8 đồng chí"
    ) in text


def test_a_committee_conference_decides_its_own_next_step() -> None:
    conference = """
[meeting]
name = "Hội nghị lần thứ nhất"
[rules]
rulebook = "vn-party-2024-committee"
[roll]
members = 15
present = 15
[[questions]]
type = "election"
title = "Bầu Ban Thường vụ"
seats = 3
candidates = ["An", "Bình", "Chi", "Dũng"]
[[questions.tallies]]
cast = 15
votes = { "An" = 14, "Bình" = 12, "Chi" = 5, "Dũng" = 4 }
"""
    written = minutes(loads(conference).count(), lang="vi")
    assert "Việc bầu tiếp và danh sách bầu tiếp do Hội nghị quyết định." in written
    assert "Tỷ lệ % (so với 15 cấp ủy viên)" in written
    assert "Đại hội" not in written


def test_english_stays_parallel(counted: MeetingResult) -> None:
    english = minutes(counted, lang="en")
    for needle in (
        "CONGRESS OF DELEGATES XV",
        "under the Party Charter and the Party's election regulation",
        "As allocated by the higher committee, the congress elects 5 official delegates",
        "Delegates the results are reckoned on: 117",
        "% (of 117 delegates)",
        "Ballots issued",
        "Ballots returned",
        "more than half of the official delegates convened",
        "Still to elect: 1. Whether to hold a further round, and its list, is for the congress",
        "not elected (9 votes short)",
        "tied at the end of the list",
    ):
        assert needle in english, needle
    assert "Next step" not in english


def test_5_no_deduction_is_said_without_a_zero() -> None:
    # The committee conference's base in the family's words, with no "trừ 0 đồng chí".
    written = minutes(
        loads(SINGLE.replace("vn-party-2024-members", "vn-party-2024-committee")).count(),
        lang="vi",
    )
    assert (
        "Số cấp ủy viên làm căn cứ tính kết quả bầu cử: 11 đồng chí, bằng tổng số được triệu tập"
    ) in written
    assert "trừ 0" not in written
