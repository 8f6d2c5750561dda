"""Minutes: golden files in every format and language, and comparing independent counts."""

import json
import os
from importlib import resources
from pathlib import Path

import pytest

from partyvote.errors import ReportError
from partyvote.io.meeting import MeetingResult, load, loads
from partyvote.report import FORMATS, compare, minutes, minutes_data

GOLDEN = Path(__file__).parent / "golden"
EXAMPLE = Path(str(resources.files("partyvote.io") / "examples" / "congress.toml"))
SUFFIX = {"text": "txt", "markdown": "md", "html": "html", "json": "json"}
# PARTYVOTE_UPDATE_GOLDEN=1 rewrites the golden files after a deliberate change; review the diff.
UPDATE = os.environ.get("PARTYVOTE_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def counted() -> MeetingResult:
    return load(EXAMPLE).count()


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("format_", FORMATS)
def test_minutes_match_the_golden_files(counted: MeetingResult, format_: str, lang: str) -> None:
    text = minutes(counted, format=format_, lang=lang)
    golden = GOLDEN / f"congress.{lang}.{SUFFIX[format_]}"
    if UPDATE:
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_minutes_name_every_number_the_committee_signs(counted: MeetingResult) -> None:
    text = minutes(counted, lang="vi")
    for needle in (
        "Biên bản kiểm phiếu",
        "ngày 14 tháng 6 năm 2025",
        # the base as 244-QĐ/TW Art. 32(3) words it, and its size, defined once
        "quá một nửa so với tổng số đại biểu chính thức được triệu tập, trừ số cấp ủy viên cấp "
        "triệu tập đại hội vắng mặt suốt thời gian đại hội, đại biểu chính thức vắng mặt suốt "
        "thời gian đại hội không có đại biểu dự khuyết thay thế",
        "Số đại biểu làm căn cứ tính kết quả bầu cử: 117 đồng chí",
        "Số phiếu bầu phát ra",
        "gạch tên tất cả",
        "TM. BAN KIỂM PHIẾU",
        "Số lượng còn thiếu: 1 đồng chí.",
        "Các đồng chí Ngô Văn Hùng, Phan Thị Lan, Mai Thị Minh có số phiếu bằng nhau (76 phiếu)",
        counted.digest,
    ):
        assert needle in text


def test_html_is_self_contained_and_escaped() -> None:
    meeting = loads(
        '[meeting]\nname = "<b>Club</b> & co"\n[rules]\nrulebook = "robert"\n'
        "[roll]\nmembers = 10\npresent = 8\n"
        '[[questions]]\ntype = "motion"\ntitle = "A | B"\nvotes = { yes = 5, no = 3 }\n'
    ).count()
    page = minutes(meeting, format="html")
    assert "&lt;b&gt;Club&lt;/b&gt; &amp; co" in page
    assert "<script" not in page
    assert "@page { size: A4" in page
    markdown = minutes(meeting, format="markdown")
    assert "&lt;b&gt;Club&lt;/b&gt; &amp; co" in markdown
    assert "## 1. A | B" in markdown
    assert minutes(meeting).startswith("Minutes of the count")


def test_unknown_format() -> None:
    meeting = load(EXAMPLE).count()
    with pytest.raises(ReportError, match="'pdf'"):
        minutes(meeting, format="pdf")


def test_json_is_canonical_and_carries_the_digest(counted: MeetingResult) -> None:
    data = json.loads(minutes(counted, format="json"))
    assert data["inputs_sha256"] == counted.digest
    assert data == minutes_data(counted)
    committee = data["questions"][1]
    assert committee["ballots"]["invalid"] == {
        "all-struck": 1,
        "not-issued": 1,
        "too-many-kept": 1,
    }
    assert committee["next_round"]["seats"] == 1
    assert committee["candidates"][0]["share"] == "106/117"


def test_independent_counts_agree_and_differences_are_named(counted: MeetingResult) -> None:
    first = minutes_data(counted, "vi")
    second = minutes_data(counted, "en")  # another language: the same count
    assert compare([first, second]) == ([], True)
    third = json.loads(json.dumps(first))
    third["questions"][1]["candidates"][2]["votes"] += 1
    third["inputs_sha256"] = "0" * 64
    del third["questions"][2]["unfilled"]
    third["questions"].append({})
    differences, same_inputs = compare([first, second, third])
    assert not same_inputs
    assert "count 1 vs count 3: questions[1].candidates[2].votes: 99 vs 100" in differences
    assert any("questions: 4 items vs 5" in line for line in differences)
    assert any("questions[2].unfilled: 0 vs '(missing)'" in line for line in differences)
    with pytest.raises(ReportError):
        compare([first])


ASSEMBLY = """
[meeting]
name = "Constituency 3"
[rules]
rulebook = "vn-national-assembly-2015"
[roll]
members = 1000
[[questions]]
type = "election"
title = "Deputies"
seats = 1
candidates = ["An", "Bình", "Chi"]
[[questions.tallies]]
cast = 400
votes = { An = 300, "Bình" = 100 }
invalid = 0
"""


def test_a_turnout_quorum_that_fails_calls_for_a_new_election() -> None:
    counted = loads(ASSEMBLY).count()
    text = minutes(counted, lang="en")
    # the election board's record of a constituency (Mẫu số 19/HĐBC-QH), the default
    assert "SOCIALIST REPUBLIC OF VIETNAM" in text
    assert "Voters on the list of the constituency: 1,000." in text
    assert "Voters who voted: 400." in text
    assert "Turnout (voters who voted of the constituency's voters on the list): 40.00%." in text
    # Law 85/2015 Art. 78: more than half of the voters on the list; Art. 80: a re-run
    assert "a) Turnout reached 40.00% of the constituency's voters on the list." in text
    assert "the election in the constituency is void." in text
    assert "b) No candidate is elected." in text
    assert "the National Election Council decides on a re-run" in text
    assert "(Art. 80(4))" in text
    assert "Issued" not in text


def test_the_former_state_layout_still_states_the_quorum_and_the_verdicts() -> None:
    """form = "state": the team's record with the verdicts, as before the team's and the
    board's records were told apart."""
    counted = loads(ASSEMBLY + '[minutes]\nform = "state"\n').count()
    text = minutes(counted, lang="en")
    assert "Voters on the list of the polling area: 1,000." in text
    assert "Quorum: Needs more than 1/2 of 1,000 voters on the list: 501 ballots cast." in text
    assert "not elected" in text
    assert "the National Election Council decides on a re-run" in text


def test_a_company_meeting_with_blank_ballots_and_a_quorum_of_persons() -> None:
    text = ASSEMBLY.replace("vn-national-assembly-2015", "uk-companies")
    text = text.replace("members = 1000", "members = 1000\npresent = 400")
    text = text.replace("invalid = 0", "blank = 10").replace("An = 300", "An = 290")
    page = minutes(loads(text).count(), lang="en")
    assert "Quorum: A fixed minimum present: needs 2, received 400: passed." in page
    assert "Blank (valid)" in page


@pytest.mark.parametrize(
    ("threshold", "words"),
    [
        (None, "most votes (at least one vote)"),
        ("compound", "all of: more than 1/2 of votes cast; at least 1/3 of votes cast"),
    ],
)
def test_user_rulebooks_with_any_election_rule(threshold: str | None, words: str) -> None:
    import partyvote as pv

    rule = None if threshold is None else pv.more_than("1/2") & pv.at_least("1/3")
    book = pv.rulebooks.get("robert").evolve(key="test-report-book", election_threshold=rule)
    pv.rulebooks.register(book)
    try:
        text = ASSEMBLY.replace("vn-national-assembly-2015", "test-report-book")
        counted = loads(text.replace("members = 1000", "members = 1000\npresent = 600")).count()
    finally:
        pv.rulebooks.unregister("test-report-book")
    text = minutes(counted, lang="en")
    assert words in text
    assert minutes_data(counted)["questions"][0]["threshold"] == (
        None if rule is None else {"rule": words}
    )
