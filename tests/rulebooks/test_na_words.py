"""The National Assembly's own words and its re-run rule (issue 12 §3).

Law 85/2015/QH13 Art. 74 (invalid ballots), Art. 78 (turnout of the voters on the list),
Art. 79 (additional election, "bầu cử thêm"), Art. 80(4) (a re-run stands whatever its
turnout).
"""

import attrs

import partyvote as pv
from partyvote.elections import Round, Status
from partyvote.io.meeting import loads
from partyvote.report import minutes
from partyvote.rulebooks import VOTERS

NA = pv.rulebooks.get("vn-national-assembly-2015")


def test_turnout_is_measured_against_the_voters_on_the_list() -> None:
    quorum = NA.election_quorum
    assert isinstance(quorum, pv.Quorum)
    assert quorum.threshold.base is VOTERS
    assert VOTERS.label("vi") == "cử tri trong danh sách cử tri"


def test_a_rerun_stands_whatever_its_turnout() -> None:
    election = NA.election(seats=1, candidates=["An", "Bình", "Chi"])
    result = election.count(pv.Tally(votes={"An": 300, "Bình": 100}, cast=400), roll=pv.Roll(1000))
    assert result.status is Status.NO_QUORUM
    rerun = NA.next_round(result)
    assert rerun is not None
    assert rerun.quorum is None
    assert rerun.candidates == election.candidates
    again = rerun.count(pv.Tally(votes={"An": 300, "Bình": 100}, cast=400), roll=pv.Roll(1000))
    assert again.elected == ("An",)
    # the party keeps the quorum on a re-run
    party = pv.rulebooks.get("vn-party-2024")
    held = party.election(seats=1, candidates=["An"])
    failed = held.count(pv.Tally(votes={"An": 1}, cast=1), roll=pv.Roll(30, present=10))
    assert failed.status is Status.NO_QUORUM
    following = party.next_round(failed)
    assert following == attrs.evolve(held, round=Round.RERUN)
    assert following is not None
    assert following.quorum == held.quorum
    assert attrs.evolve(NA, rerun_quorum=True).next_round(result) == attrs.evolve(
        election, round=Round.RERUN
    )


def test_words_fall_back_to_the_common_ones() -> None:
    assert NA.say("next.complete", "vi") == pv.rulebooks.get("robert").say("next.complete", "vi")
    assert "Tổ bầu cử" in NA.say("invalid.not-issued", "vi")
    assert "ban kiểm phiếu" in pv.rulebooks.get("vn-party-2024").say("invalid.not-issued", "vi")


MEETING = """
[meeting]
name = "Đơn vị bầu cử số 2"
[rules]
rulebook = "vn-national-assembly-2015"
[roll]
members = 1000
[[questions]]
type = "election"
title = "Bầu cử đại biểu Quốc hội"
seats = 2
candidates = ["An", "Bình", "Chi", "Dũng"]
[[questions.tallies]]
cast = 900
invalid = {{ all-struck = 5, written-in = 3 }}
votes = {{ "An" = 700, "Bình" = {second}, "Chi" = 300, "Dũng" = 200 }}
"""


def test_the_two_grounds_of_art_74_are_two_labels() -> None:
    """Art. 74: "Phiếu ghi thêm tên người ngoài danh sách những người ứng cử hoặc phiếu có ghi
    thêm nội dung khác" — a name written in, or other content; an identifying mark is the
    second (the law has no ground of its own for it)."""
    for book in (NA, pv.rulebooks.get("vn-people-council-2015")):
        written = book.say("invalid.written-in", "vi")
        assert written == "phiếu ghi thêm tên người ngoài danh sách những người ứng cử"
        assert book.say("invalid.unknown-name", "vi") == written
        assert book.say("invalid.identifying-mark", "vi") == "phiếu có ghi thêm nội dung khác"


def test_reasons_worded_alike_share_one_row() -> None:
    """Names written in and names off the list are one ground of Art. 74: one row, summed."""
    meeting = MEETING.replace(
        "written-in = 3", "written-in = 3, unknown-name = 2, identifying-mark = 1 }}\n#{{"
    )
    state = meeting.format(second=400) + '[minutes]\nform = "state"\n'
    text = minutes(loads(state).count(), lang="vi")
    rows = [line for line in text.splitlines() if line.lstrip().startswith("- ")]
    assert len(rows) == len(set(rows)) == 3
    assert any(row.split()[-1] == "5" and "ngoài danh sách" in row for row in rows)


def test_the_team_and_the_board_give_no_reasons() -> None:
    """Mẫu số 18 and 19/HĐBC-QH: "Số phiếu không hợp lệ: … phiếu. Tỷ lệ so với tổng số phiếu
    thu vào: …%", with no breakdown by reason; the old team layout ("state") keeps it."""
    counted = loads(MEETING.format(second=400)).count()
    for form in ("team", "board"):
        text = minutes(
            loads(MEETING.format(second=400) + f'[minutes]\nform = "{form}"\n').count(), lang="vi"
        )
        assert "phiếu gạch xóa hết tên" not in text, form
        assert "Số phiếu không hợp lệ" in text, form
    assert "phiếu gạch xóa hết tên" not in minutes(counted, lang="vi")


def test_national_assembly_minutes_speak_the_law() -> None:
    state = MEETING.format(second=400) + '[minutes]\nform = "state"\n'
    listed = minutes(loads(state).count(), lang="vi")
    assert "phiếu gạch xóa hết tên những người ứng cử" in listed
    assert "phiếu ghi thêm tên người ngoài danh sách những người ứng cử" in listed
    text = minutes(loads(MEETING.format(second=400)).count(), lang="vi")
    assert "bầu cử thêm 1 đại biểu trong số Bình, Chi, Dũng (Điều 79)" in text
    assert "bầu bổ sung" not in text
    assert "bầu tiếp" not in text
    english = minutes(loads(MEETING.format(second=450)).count(), lang="en")
    # the board's record (Mẫu số 19/HĐBC-QH c)): the seats, the elected, none still empty
    assert "c) Deputies to elect in the constituency: 2; elected: 2; still to elect: 0." in english
    assert "Next step" not in english
