"""The election law's two records: the election team's record of the count at a polling area
(Mẫu số 18/HĐBC-QH, 2026), which records counts and decides nothing, and the election board's
record of the result in a constituency (Mẫu số 19/HĐBC-QH), which names the elected (Law
85/2015/QH13 Art. 78).  docs/explanation/forms.rst cites the forms."""

import json
import re
import tomllib
from importlib import resources
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

import partyvote as pv
from partyvote.errors import CountError, MeetingError
from partyvote.io import MinutesOptions, PollingDetails
from partyvote.io.meeting import loads
from partyvote.report import compare, minutes, minutes_data

CONSTITUENCY = """
[meeting]
name = "Đơn vị bầu cử số 1"
date = 2021-05-23
locality = "Hà Nội"
place = "Trụ sở Ủy ban nhân dân phường"
committee = ["Nguyễn Văn Trưởng", "Trần Thị Phó", "Lê Văn Phó", "Phạm Thị Viên"]
[meeting.polling]
province = "Hà Nội"
commune = "Phường Ba Đình"
polling_area = "3"
constituency = "1"
communes = ["Ba Đình", "Ngọc Hà"]
box_witnesses = ["Đỗ Văn Một", "Vũ Thị Hai"]
count_witnesses = ["Phan Văn Ba", "Hồ Thị Bốn"]
[rules]
rulebook = "vn-national-assembly-2015"
[roll]
members = 1000
[[questions]]
type = "election"
title = "Bầu cử đại biểu Quốc hội"
seats = 2
candidates = ["An", "Bình", "Chi", "Dũng"]  # Art. 57(6): two more than seats
issued = 950
[[questions.tallies]]
name = "Khu vực 1"
cast = 500
votes = {{ An = {an1}, "Bình" = 300, Chi = 100, "Dũng" = 0 }}
invalid = 5
[[questions.tallies]]
name = "Khu vực 2"
cast = 440
votes = {{ An = 300, "Bình" = 300, Chi = 200, "Dũng" = 0 }}
invalid = 5
{minutes}
"""


def _text(form: str = "", an1: int = 400, lang: str = "vi", more: str = "") -> str:
    table = f'[minutes]\nform = "{form}"\n{more}' if form else more
    return minutes(loads(CONSTITUENCY.format(an1=an1, minutes=table)).count(), lang=lang)


# --- the team's record: counts, no verdicts ----------------------------------------------------


def test_the_team_records_the_votes_and_decides_nothing() -> None:
    """The team's form lists each candidate's votes of the valid ballots; who is elected is
    the board's to say (Law 85/2015 Art. 78; Mẫu số 19/HĐBC-QH)."""
    text = _text("team")
    assert "1. An được 700 phiếu/930 phiếu hợp lệ." in text
    assert "2. Bình được 600 phiếu/930 phiếu hợp lệ." in text
    for verdict in ("trúng cử", "Cần", "Bước tiếp theo", "Túc số"):
        assert verdict not in text, verdict
    english = _text("team", lang="en")
    assert "1. An: 700 of 930 valid ballots." in english
    assert "elected" not in english.lower()


def test_the_team_heading_is_the_forms() -> None:
    """Top left the province and commune, top right the state and motto and no dateline;
    under the title the polling area, the constituency and its communes."""
    text = _text("team")
    top = text.split("Biên bản kết quả kiểm phiếu của Tổ bầu cử")[0]
    assert top.splitlines()[0].startswith("Tỉnh/Thành phố: Hà Nội ")
    assert top.splitlines()[1].startswith("Xã/Phường/Đặc khu: Phường Ba Đình ")
    assert "2021" not in top
    for line in (
        "Khu vực bỏ phiếu số: 3, xã/phường/đặc khu: Phường Ba Đình",
        "Đơn vị bầu cử số: 1",
        "Gồm: Ba Đình, Ngọc Hà",
    ):
        assert f"\n{line}\n" in text, line


def test_the_team_names_the_box_witnesses_and_the_count_witnesses_who_sign() -> None:
    """Law 85/2015 Art. 73: two voters who are not candidates witness the count; the form also
    names the two who saw the box checked before voting."""
    text = _text("team")
    box = text.index("đã kiểm tra hòm phiếu với sự chứng kiến của hai cử tri là:")
    sealed = text.index("Sau đó, Tổ bầu cử đã khóa và niêm phong hòm phiếu lại")
    assert box < text.index("1. Đỗ Văn Một") < text.index("2. Vũ Thị Hai") < sealed
    counting = text.index("chứng kiến việc kiểm phiếu gồm:")
    assert counting < text.index("1. Phan Văn Ba") < text.index("Kết quả cuộc bầu cử")
    signatures = text[text.index("CỬ TRI THỨ NHẤT") :]
    witnesses = signatures[: signatures.index("TM. TỔ BẦU CỬ")]
    assert "Phan Văn Ba" in witnesses
    assert "Hồ Thị Bốn" in witnesses
    assert "Đỗ Văn Một" not in witnesses


def test_the_heads_hint_asks_for_the_seal_in_every_format() -> None:
    counted = loads(CONSTITUENCY.format(an1=400, minutes='[minutes]\nform = "team"\n')).count()
    seal = "(Ký, ghi rõ họ và tên, đóng dấu của Tổ bầu cử)"
    for form in ("text", "markdown", "html"):
        assert minutes(counted, format=form, lang="vi").count(seal) == 1, form
    page = minutes(counted, format="html", lang="vi")
    assert '<p class="hint">(Ký, ghi rõ họ và tên)</p>' in page


def test_a_dateline_is_an_option() -> None:
    """The forms have none; where local practice adds one, [minutes] dateline = true."""
    dated = _text("team", more="dateline = true\n")
    assert "Hà Nội, ngày 23 tháng 5 năm 2021" in dated.split("Biên bản kết quả")[0]
    assert "Hà Nội, ngày 23 tháng 5 năm 2021" in _text("state").split("Biên bản kết quả")[0]
    undated = _text("state", more="dateline = false\n")
    assert "Hà Nội, ngày 23 tháng 5 năm 2021" not in undated.split("Biên bản kết quả")[0]


# --- the board's record: the result --------------------------------------------------------------


def test_the_board_is_the_default_and_follows_its_form() -> None:
    text = _text()
    digest = re.compile(r"[0-9a-f]{64}")  # the inputs differ by the [minutes] table
    assert digest.sub("", text) == digest.sub("", _text("board"))
    needles = (
        "BAN BẦU CỬ",
        "ĐƠN VỊ BẦU CỬ SỐ 1",
        "Biên bản xác định kết quả bầu cử ở đơn vị bầu cử số 1",
        "Gồm: Ba Đình, Ngọc Hà",
        "Vào hồi ……… giờ ……… phút, ngày 23 tháng 5 năm 2021, Ban bầu cử gồm có:",
        "1. Ông/Bà Nguyễn Văn Trưởng, Trưởng ban",
        "2. Ông/Bà Trần Thị Phó, Phó Trưởng ban",
        "3. Ông/Bà Lê Văn Phó, Phó Trưởng ban",
        "4. Ông/Bà Phạm Thị Viên, Ủy viên",
        "Đã họp tại Trụ sở Ủy ban nhân dân phường để lập biên bản xác định kết quả bầu cử",
        "đơn vị bầu cử được bầu 2 đại biểu.",
        "đơn vị bầu cử có 4 người ứng cử.",
        "Sau khi kiểm tra và tổng hợp kết quả từ Biên bản kết quả kiểm phiếu",
        "Tổng số cử tri của đơn vị bầu cử: 1.000 người.",
        "Số cử tri đã tham gia bỏ phiếu: 940 người.",
        "so với tổng số cử tri của đơn vị bầu cử: 94,00%.",
        "SỐ PHIẾU BẦU CHO MỖI NGƯỜI ỨNG CỬ",
        "Căn cứ vào kết quả ghi trên đây, Ban bầu cử kết luận:",
        "a) Số cử tri đã tham gia bỏ phiếu đạt 94,00% so với tổng số cử tri của đơn vị bầu cử.",
        "b) Các Ông/Bà có tên sau đây nhận được quá nửa tổng số phiếu hợp lệ",
        "1. Ông/Bà An, số phiếu: 700, đạt: 75,27% so với tổng số phiếu hợp lệ.",
        "2. Ông/Bà Bình, số phiếu: 600, đạt: 64,52% so với tổng số phiếu hợp lệ.",
        "c) Số đại biểu được bầu ở đơn vị bầu cử là 2 đại biểu, nay đã bầu được 2 đại biểu, "
        "còn thiếu 0 đại biểu.",
        "d) Tóm tắt những việc xảy ra",
        "đ) Những khiếu nại, tố cáo trong quá trình bầu cử do các Tổ bầu cử đã giải quyết",
        "e) Những khiếu nại, tố cáo trong quá trình bầu cử do Ban bầu cử đã giải quyết",
        "g) Những khiếu nại, tố cáo chuyển đến Ủy ban bầu cử",
        "được lập thành 03 bản",
        "Các tài liệu kèm theo gồm:",
        "TM. BAN BẦU CỬ",
        "CÁC PHÓ TRƯỞNG BAN BẦU CỬ",
        "(Ký, ghi rõ họ và tên, đóng dấu của Ban bầu cử)",
        "Ghi chú: Nhất thiết không được tẩy xóa trên biên bản.",
    )
    at = [text.find(needle) for needle in needles]
    assert -1 not in at, [needle for needle, where in zip(needles, at, strict=True) if where == -1]
    assert at == sorted(at), "the form's order"
    assert "2021\n" not in text.split("Biên bản xác định")[0]  # no dateline
    signatures = text[text.index("TM. BAN BẦU CỬ") :]
    assert "Nguyễn Văn Trưởng" in signatures
    assert "Trần Thị Phó, Lê Văn Phó" in signatures
    assert "Phạm Thị Viên" not in signatures


def test_the_number_of_deputy_heads_is_an_option() -> None:
    text = _text("board", more="deputies = 1\n")
    assert "3. Ông/Bà Lê Văn Phó, Ủy viên" in text
    signatures = text[text.index("TM. BAN BẦU CỬ") :]
    assert "Lê Văn Phó" not in signatures


def test_the_board_names_the_elected_by_votes() -> None:
    """Mẫu số 19, note 6: the elected from the most votes to the fewest, whatever the ballot
    order; Bình (second on the ballot) has 750 votes, An 700."""
    text = CONSTITUENCY.format(an1=400, minutes="").replace(
        '"Bình" = 300, Chi = 100', '"Bình" = 450, Chi = 100'
    )
    written = minutes(loads(text).count(), lang="vi")
    b = written[written.index("b) Các Ông/Bà") : written.index("c) ")]
    assert b.index("1. Ông/Bà Bình, số phiếu: 750") < b.index("2. Ông/Bà An, số phiếu: 700")


def test_seats_left_empty_go_to_an_additional_election() -> None:
    """Mẫu số 19 c): the seats still empty; Law 85/2015 Art. 79: the Council decides on an
    additional election."""
    text = _text("board", an1=0)  # An 300 of 835 valid: not more than half
    assert "nay đã bầu được 1 đại biểu, còn thiếu 1 đại biểu." in text
    assert "bầu cử thêm" in text


def _tie_at_the_end() -> str:
    """An, Bình and Chi 600 votes each for 2 seats; An and Bình are the older."""
    return (
        CONSTITUENCY.format(an1=300, minutes="")
        .replace("Chi = 100", "Chi = 380")
        .replace("Chi = 200", "Chi = 220")
        .replace(
            "issued = 950",
            "issued = 950\nbirth_dates = "
            '{ An = 1960-01-01, "Bình" = 1965-01-01, Chi = 1970-01-01 }',
        )
    )


def test_the_board_says_how_a_tie_at_the_end_was_decided() -> None:
    """Law 85/2015 Art. 78: where more candidates than the seats left have equal votes at the
    end of the list, the older is elected; the board's record must say why Chi, also at 600,
    is not among the elected (new-user review, finding 4)."""
    counted = loads(_tie_at_the_end()).count()
    vi = minutes(counted, lang="vi")
    b = vi[vi.index("b) Các Ông/Bà") : vi.index("c) ")]
    assert "Chi" not in b[: b.index("Cuối danh sách")]
    assert (
        "Cuối danh sách những người trúng cử có nhiều người được số phiếu bầu bằng nhau (600 "
        "phiếu) và nhiều hơn số lượng đại biểu còn được bầu (2 đại biểu): Ông/Bà An, Bình, Chi "
        "(Điều 78). Trường hợp bằng phiếu được phân định theo tuổi (người nhiều tuổi hơn trúng "
        "cử): An, Bình." in b
    )
    en = minutes(counted, lang="en")
    assert (
        "At the end of the list An, Bình, Chi received 600 votes each, more candidates than the "
        "2 seats left (Art. 78). The tie was decided by age (the older candidate is elected): "
        "An, Bình." in en
    )


def test_the_json_minutes_name_everyone_in_a_settled_tie() -> None:
    """``tied`` means a tie still to be resolved (result.schema.json), so it stays false for a
    tie the older candidate won (Art. 78); ``tie_break`` names everyone in it and what
    decided."""
    data = minutes_data(loads(_tie_at_the_end()).count(), "en")
    jsonschema.validate(
        data, json.loads((resources.files("partyvote.io") / "result.schema.json").read_text())
    )
    (question,) = data["questions"]
    assert question["tied"] == []
    assert not any(candidate["tied"] for candidate in question["candidates"])
    tie = question["tie_break"]
    assert (tie["method"], tie["tied"], tie["winners"], tie["pending"]) == (
        "key",
        ["An", "Bình", "Chi"],
        ["An", "Bình"],
        [],
    )
    assert tie["evidence"][2] == {"name": "Chi", "value": "1970-01-01"}
    assert tie["explanation"] == (
        "The tie was decided by age (the older candidate is elected): An, Bình."
    )
    plain = minutes_data(loads(CONSTITUENCY.format(an1=400, minutes="")).count(), "en")
    assert plain["questions"][0]["tie_break"] is None


def test_the_board_says_nothing_of_a_tie_when_there_is_none() -> None:
    assert "Cuối danh sách" not in _text("board")
    assert "At the end of the list" not in _text("board", lang="en")


def test_a_void_turnout_is_concluded_and_calls_for_a_re_run() -> None:
    """Law 85/2015 Art. 78(1): results stand only if more than half the voters voted; else
    the board says the election is void and a re-run follows (Art. 80)."""
    text = minutes(
        loads(
            CONSTITUENCY.format(an1=400, minutes="").replace("members = 1000", "members = 1880")
        ).count(),
        lang="vi",
    )
    assert "a) Số cử tri đã tham gia bỏ phiếu đạt 50,00%" in text
    assert "nên cuộc bầu cử tại đơn vị bầu cử không có giá trị." in text
    assert "b) Không có người ứng cử nào trúng cử." in text
    assert "bầu cử lại" in text


def _board_table(text: str) -> list[list[str]]:
    lines = text[text.index("SỐ PHIẾU BẦU CHO MỖI NGƯỜI ỨNG CỬ") :].splitlines()[2:]
    rows = []
    for line in lines[2:]:
        if not line.strip():
            break
        rows.append(re.split(r"\s{2,}", line.strip()))
    return rows


@given(st.integers(0, 495), st.integers(0, 370))  # within the valid ballots and two names each
def test_the_boards_totals_add_up_the_teams_records(an1: int, an2: int) -> None:
    """Mẫu số 19: one row per team's record, then the totals; each total is the sum of its
    column."""
    text = CONSTITUENCY.format(an1=an1, minutes="").replace(
        'An = 300, "Bình" = 300, Chi = 200', f'An = {an2}, "Bình" = 300, Chi = 200'
    )
    rows = _board_table(minutes(loads(text).count(), lang="vi"))
    teams, total = rows[:2], rows[2]
    assert [row[0] for row in rows[:3]] == ["Khu vực 1", "Khu vực 2", "Tổng cộng"]

    def number(cell: str) -> int:
        return int(cell.replace(".", ""))

    for column in (1, 2, 3):
        assert number(total[column]) == sum(number(row[column]) for row in teams)
    assert number(total[1]) == an1 + an2


# --- the options and their checks -------------------------------------------------------------


def test_more_than_two_witnesses_are_refused() -> None:
    text = CONSTITUENCY.format(an1=400, minutes="").replace(
        'count_witnesses = ["Phan Văn Ba", "Hồ Thị Bốn"]',
        'count_witnesses = ["Phan Văn Ba", "Hồ Thị Bốn", "Mai Văn Năm"]',
    )
    with pytest.raises(MeetingError, match=r"meeting\.polling\.count_witnesses.*3"):
        loads(text)
    with pytest.raises(MeetingError, match="box_witnesses"):
        PollingDetails(box_witnesses=("A", "B", "C"))


@pytest.mark.parametrize(
    ("table", "where"),
    [
        ('[minutes]\nform = "council"\n', "minutes.form"),  # not a form partyvote knows
        ('[minutes]\ndeputies = "two"\n', "minutes.deputies"),  # a number, not a word
        ('[minutes]\ndateline = "yes"\n', "minutes.dateline"),  # a flag
        ("[minutes]\ndeputies = -1\n", "minutes"),  # no board has fewer than none
        ('[meeting.polling]\nward = "Ba Đình"\n', "ward"),  # not a line of the forms
    ],
)
def test_bad_election_law_options_are_refused(table: str, where: str) -> None:
    text = CONSTITUENCY.format(an1=400, minutes="")
    if table.startswith("[meeting.polling]"):
        text = text.replace("[meeting.polling]\n", table)
    else:
        text += table
    with pytest.raises(MeetingError, match=re.escape(where)):
        loads(text)


def test_minutes_options_refuse_a_negative_number_of_deputies() -> None:
    with pytest.raises(CountError, match="deputies"):
        MinutesOptions(form="board", deputies=-1)


def test_allocated_is_refused_under_the_election_law() -> None:
    """``allocated`` says the higher committee allocated a party congress's delegates; the
    law fixes each constituency's seats itself ("số lượng đại biểu được bầu đã ấn định cho
    đơn vị bầu cử", Law 85/2015 Art. 79), so the
    option, once silently ignored here, is refused (new-user review, finding 6)."""
    text = CONSTITUENCY.format(an1=400, minutes="").replace(
        "issued = 950", "issued = 950\nallocated = true"
    )
    with pytest.raises(
        MeetingError, match=r"questions\[0\]\.allocated: .*vn-national-assembly"
    ) as error:
        loads(text)
    assert "bộ quy tắc vn-national-assembly-2015 không có cuộc bầu này" in error.value.message("vi")


def test_more_deputy_heads_than_committee_members_are_refused() -> None:
    """The board's record names the deputy heads from meeting.committee after its head
    (Mẫu số 19/HĐBC-QH); asking for more than it lists used to leave them out silently
    (new-user review, finding 17).  Three deputies of three members is fine."""
    assert "4. Ông/Bà Phạm Thị Viên, Phó Trưởng ban" in _text("board", more="deputies = 3\n")
    with pytest.raises(
        MeetingError, match=r"minutes\.deputies: 5 deputy heads, .* only 3"
    ) as error:
        _text("board", more="deputies = 5\n")
    assert "5 Phó Trưởng ban nhưng danh sách meeting.committee chỉ có 3 người" in (
        error.value.message("vi")
    )


def test_the_schema_knows_the_polling_details_and_the_new_options() -> None:
    schema = json.loads((resources.files("partyvote.io") / "meeting.schema.json").read_text())
    document = tomllib.loads(
        CONSTITUENCY.format(an1=400, minutes='[minutes]\nform = "team"\ndateline = true\n')
    )
    document["meeting"]["date"] = document["meeting"]["date"].isoformat()  # JSON has no dates
    jsonschema.validate(document, schema)
    document["meeting"]["polling"]["count_witnesses"].append("Mai Văn Năm")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


def test_the_body_heads_the_board_and_stands_in_for_a_teams_missing_place() -> None:
    """The board's form names its board under "BAN BẦU CỬ" ("ĐẠI BIỂU QUỐC HỘI"); a team's
    file with a body and no province or commune keeps the body at top left, as before."""
    text = CONSTITUENCY.format(an1=400, minutes="").replace(
        'name = "Đơn vị bầu cử số 1"', 'name = "Đơn vị bầu cử số 1"\nbody = "Đại biểu Quốc hội"'
    )
    board = minutes(loads(text).count(), lang="vi")
    assert board.splitlines()[1].startswith("ĐẠI BIỂU QUỐC HỘI ")
    no_place = text.replace('province = "Hà Nội"\ncommune = "Phường Ba Đình"\n', "")
    team = minutes(loads(no_place + '[minutes]\nform = "team"\n').count(), lang="vi")
    assert team.startswith("ĐẠI BIỂU QUỐC HỘI ")
    assert "Tỉnh/Thành phố" not in team


def test_the_forms_name_the_constituency_once_and_list_no_teams_in_prose() -> None:
    """Mẫu số 18/HĐBC-QH names the constituency in its "Đơn vị bầu cử … số:" line and Mẫu số 19
    in its title; neither prints the meeting's name again, and the team's form, which covers
    one polling area, has no line listing counting teams."""
    team = _text("team")
    assert team.count("Đơn vị bầu cử số") == 1
    assert "Các tổ kiểm phiếu" not in team
    board = _text("board")
    assert "\nĐơn vị bầu cử số 1\n" not in board
    assert "Biên bản xác định kết quả bầu cử ở đơn vị bầu cử số 1" in board


def test_the_team_names_people_without_a_title_and_the_board_with_one() -> None:
    """Mẫu số 18 lists "1. … - Tổ trưởng" and the witnesses by name alone; Mẫu số 19 prints
    "1. Ông/Bà …, Trưởng ban" and, when every seat is filled, "còn thiếu 0 đại biểu" (its
    note 7: 'ghi "0" vào số đại biểu còn thiếu')."""
    assert "Ông/Bà" not in _text("team")
    board = _text("board")
    assert "1. Ông/Bà Nguyễn Văn Trưởng, Trưởng ban" in board
    assert "nay đã bầu được 2 đại biểu, còn thiếu 0 đại biểu." in board


# --- the JSON minutes carry the polling details --------------------------------------------------


def test_the_json_minutes_carry_the_polling_details_as_given() -> None:
    """Nothing lost: the inputs' digest covers ``[meeting.polling]``, so the JSON minutes carry
    it, and it reads back as the details the file gave."""
    meeting = loads(CONSTITUENCY.format(an1=400, minutes=""))
    data = json.loads(json.dumps(minutes_data(meeting.count())))
    polling = data["meeting"]["polling"]
    assert polling["count_witnesses"] == ["Phan Văn Ba", "Hồ Thị Bốn"]
    fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in polling.items()}
    read = PollingDetails(**fields)
    assert read == meeting.polling
    assert pv.converter.unstructure(meeting.count())["meeting"]["polling"] == polling


def test_the_json_minutes_with_polling_details_validate() -> None:
    schema = json.loads((resources.files("partyvote.io") / "result.schema.json").read_text())
    data = minutes_data(loads(CONSTITUENCY.format(an1=400, minutes="")).count())
    jsonschema.validate(data, schema)
    data["meeting"]["polling"]["box_witnesses"].append("Mai Văn Năm")  # the form has two
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_counts_in_two_languages_with_polling_details_compare_equal() -> None:
    meeting = loads(CONSTITUENCY.format(an1=400, minutes=""))
    counts = [minutes_data(meeting.count(), lang=lang) for lang in ("vi", "en")]
    assert compare(counts) == ([], True)
    other = loads(CONSTITUENCY.format(an1=400, minutes="").replace('"3"', '"4"'))
    differences, same_inputs = compare([counts[0], minutes_data(other.count())])
    assert differences == ["count 1 vs count 2: meeting.polling.polling_area: '3' vs '4'"]
    assert not same_inputs


def test_minutes_without_polling_details_carry_none() -> None:
    """A file without ``[meeting.polling]`` gives the JSON minutes it gave before."""
    text = CONSTITUENCY.format(an1=400, minutes="")
    start = text.index("[meeting.polling]")
    meeting = loads(text[:start] + text[text.index("[rules]") :])
    assert "polling" not in minutes_data(meeting.count())["meeting"]
    assert "polling" not in pv.converter.unstructure(meeting.count())["meeting"]
