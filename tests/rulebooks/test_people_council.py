"""People's Council elections under Law 85/2015/QH13 (issue 12 §3).

Art. 79(2): "Trong cuộc bầu cử đầu tiên, nếu số người trúng cử đại biểu Hội đồng nhân dân chưa
đủ hai phần ba số lượng đại biểu được bầu đã ấn định cho đơn vị bầu cử thì Ban bầu cử phải ghi
rõ vào biên bản xác định kết quả bầu cử và báo cáo ngay cho Ủy ban bầu cử chịu trách nhiệm tổ
chức bầu cử đại biểu Hội đồng nhân dân ở cấp đó để quyết định ngày bầu cử thêm ở đơn vị bầu cử
đó."  Art. 79(1): for the National Assembly, any shortfall goes to the National Election
Council.  Art. 80(3)-(4): a People's Council re-run is dated by the Election Committee with
the Council's consent and stands whatever its turnout.  Text as amended by Law 83/2025/QH15
(consolidated text, Pháp điển topic 35.1), which changed only the deadlines of Art. 79(3) and
80(4): 7 days after the first election instead of 15.
"""

import json
from fractions import Fraction

import pytest

import partyvote as pv
from partyvote.elections import Status, Step
from partyvote.errors import RatioError
from partyvote.io import MinutesOptions
from partyvote.io.meeting import loads
from partyvote.report import minutes

PC = pv.rulebooks.get("vn-people-council-2015")
NA = pv.rulebooks.get("vn-national-assembly-2015")
NAMES = [f"Người {number}" for number in range(1, 40)]


def first_election(seats: int, elected: int) -> pv.ElectionResult[pv.Election]:
    """A constituency of *seats* seats and three more candidates, where exactly *elected* of
    them get more than half of the 10,000 valid ballots."""
    election = PC.election(seats=seats, candidates=NAMES[: seats + 3])
    votes = {name: 6000 - index for index, name in enumerate(NAMES[:elected])}
    votes |= dict.fromkeys(NAMES[elected : seats + 3], 100)
    return election.count(pv.Tally(votes=votes, cast=10_000), roll=pv.Roll(15_000))


@pytest.mark.parametrize(
    ("seats", "elected", "additional"),
    [
        (3, 2, False),  # exactly two thirds filled: "chưa đủ hai phần ba" is false
        (3, 1, True),  # one below: an additional election
        (6, 4, False),  # exactly two thirds again
        (6, 3, True),  # one below
        (5, 4, False),  # above two thirds
        (5, 3, True),  # 3/5 < 2/3: not yet two thirds
        (4, 3, False),  # 3/4 >= 2/3
        (4, 2, True),
        (1, 0, True),  # nobody elected in a one-seat constituency
        (7, 0, True),  # nobody elected at all
    ],
)
def test_an_additional_election_only_below_two_thirds_of_the_seats(
    seats: int, elected: int, additional: bool
) -> None:
    result = first_election(seats, elected)
    assert len(result.elected) == elected
    assert result.status is Status.UNFILLED
    following = PC.next_round(result)
    if additional:
        assert PC.next_step(result) is Step.FURTHER
        assert following is not None
        # Art. 79(3): voters choose only among the first election's candidates not elected
        assert following.seats == seats - elected
        assert following.candidates == tuple(NAMES[elected : seats + 3])
    else:
        assert PC.next_step(result) is Step.CLOSED
        assert following is None
        assert PC.following_round(result) is None
    # Art. 79(1): the National Assembly's rule knows no two-thirds line
    assert NA.next_step(result) is Step.FURTHER


@pytest.mark.parametrize("seats", range(1, 31))
def test_the_line_is_two_thirds_of_the_constituencys_seats(seats: int) -> None:
    for elected in range(seats):
        closed = PC.next_step(first_election(seats, elected)) is Step.CLOSED
        assert closed == (Fraction(elected, seats) >= Fraction(2, 3)), (seats, elected)


def test_a_complete_election_and_a_rerun_are_as_for_the_assembly() -> None:
    complete = first_election(3, 3)
    assert PC.next_step(complete) is Step.COMPLETE
    assert PC.next_round(complete) is None
    election = PC.election(seats=2, candidates=["An", "Bình", "Chi", "Dũng"])
    failed = election.count(pv.Tally(votes={"An": 300}, cast=400), roll=pv.Roll(1000))
    assert PC.next_step(failed) is Step.AGAIN
    rerun = PC.next_round(failed)
    assert rerun is not None
    assert rerun.quorum is None  # Art. 80(4)


def test_no_candidate_left_below_two_thirds_means_no_additional_election() -> None:
    book = PC.evolve(key="pc-test")
    election = pv.Election(
        seats=3,
        candidates=["An"],
        threshold=book.election_threshold,
        ties=book.tie_policy(),
    )
    result = election.count(pv.Tally(votes={"An": 600}, cast=1000))
    assert book.next_step(result) is Step.NEW_NAMES
    assert book.following_round(result) is None


def test_further_below_takes_an_exact_ratio() -> None:
    assert PC.further_below == Fraction(2, 3)
    assert NA.further_below is None
    assert pv.rulebooks.get("robert").evolve(further_below="50%").further_below == Fraction(1, 2)
    with pytest.raises(RatioError):
        NA.evolve(further_below=0.66)


MEETING = """
[meeting]
name = "Đơn vị bầu cử số 4"
[rules]
rulebook = "vn-people-council-2015"
[roll]
members = 1500
[[questions]]
type = "election"
title = "Bầu cử đại biểu Hội đồng nhân dân xã"
seats = 3
candidates = ["An", "Bình", "Chi", "Dũng", "Em"]
[[questions.tallies]]
cast = 1000
invalid = {{ all-struck = 4 }}
votes = {{ "An" = 700, "Bình" = {second}, "Chi" = 450, "Dũng" = 300, "Em" = 200 }}
"""


def test_minutes_below_two_thirds_send_it_to_the_election_committee() -> None:
    meeting = loads(MEETING.format(second=480))
    vi = minutes(meeting.count(), lang="vi")
    assert "chưa đủ hai phần ba số lượng đại biểu được bầu đã ấn định cho đơn vị bầu cử" in vi
    assert (
        "Ủy ban bầu cử chịu trách nhiệm tổ chức bầu cử đại biểu Hội đồng nhân dân ở cấp đó để "
        "quyết định ngày bầu cử thêm 2 đại biểu trong số Bình, Chi, Dũng, Em (Điều 79 khoản 2)"
    ) in vi
    # Mẫu số 24/HĐBC-HĐND gives the invalid ballots as one count; the team's old layout
    # ("state") lists them in Art. 74's words
    assert "phiếu gạch xóa hết tên những người ứng cử" not in vi
    listed = loads(MEETING.format(second=480) + '[minutes]\nform = "state"\n').count()
    assert "phiếu gạch xóa hết tên những người ứng cử" in minutes(listed, lang="vi")  # Art. 74
    assert "Hội đồng bầu cử quốc gia" not in vi
    assert "bầu tiếp" not in vi
    assert "bầu bổ sung" not in vi
    en = minutes(meeting.count(), lang="en")
    assert "the Election Committee responsible for the People's Council election" in en
    data = json.loads(minutes(meeting.count(), format="json"))
    following = data["questions"][0]["next_round"]
    assert following["seats"] == 2


def test_minutes_at_two_thirds_hold_no_additional_election() -> None:
    meeting = loads(MEETING.format(second=520))
    vi = minutes(meeting.count(), lang="vi")
    assert (
        "không tổ chức bầu cử thêm vì số người trúng cử (2 trong số 3 đại biểu) đã đủ hai phần "
        "ba số lượng đại biểu được bầu đã ấn định cho đơn vị bầu cử (Điều 79 khoản 2); còn "
        "thiếu 1 đại biểu."
    ) in vi
    # the board's record (Mẫu số 24/HĐBC-HĐND c)); the former layout's summary says the same
    assert "nay đã bầu được 2 đại biểu, còn thiếu 1 đại biểu." in vi
    state = loads(MEETING.format(second=520) + '[minutes]\nform = "state"\n')
    assert "Còn thiếu 1 đại biểu so với số lượng đại biểu được bầu đã ấn định" in minutes(
        state.count(), lang="vi"
    )
    en = minutes(meeting.count(), lang="en")
    assert "Next step: no additional election, as 2 of 3 deputies are elected" in en
    data = json.loads(minutes(meeting.count(), format="json"))
    assert data["questions"][0]["next_round"] is None
    assert data["questions"][0]["status"] == "seats-unfilled"
    # the same count under the Assembly's law goes to the National Election Council
    assembly_file = MEETING.format(second=520).replace("vn-people-council", "vn-national-assembly")
    assembly = loads(assembly_file)
    assert "Hội đồng bầu cử quốc gia xem xét" in minutes(assembly.count(), lang="vi")


def test_a_failed_turnout_is_dated_by_the_election_committee() -> None:
    text = MEETING.format(second=520).replace("members = 1500", "members = 2500")
    vi = minutes(loads(text).count(), lang="vi")
    assert (
        "quyết định ngày bầu cử lại sau khi đã báo cáo và được sự đồng ý của Hội đồng bầu cử "
        "quốc gia (Điều 80 khoản 3)"
    ) in vi


def test_a_rulebook_of_ones_own_with_a_line_says_so_in_common_words() -> None:
    book = pv.rulebooks.get("robert").evolve(key="club-2025", further_below="1/2")
    election = book.election(seats=2, candidates=["An", "Bình", "Chi"])
    result = election.count([("An",), ("An",), ("Bình", "Chi")], roll=pv.Roll(3, present=3))
    assert book.next_step(result) is Step.CLOSED
    assert book.say("next.closed", "en", elected=1, seats=2, unfilled=1, share="1/2") == (
        "Next step: none; 1 seat stays empty, as 1 of 2 are filled, at least 1/2 of the seats."
    )


def test_both_rulebooks_cite_law_83_2025_and_its_new_deadlines() -> None:
    for book in (NA, PC):
        cited = " ".join(source.text_in("vi") for source in book.sources)
        assert "Luật 83/2025/QH15" in cited
        assert "chậm nhất là 07 ngày sau ngày bầu cử đầu tiên" in cited
        assert any("07 ngày" in note for note in book.notes_in("vi"))
    assert "Điều 79 khoản 2, 3" in PC.sources[0].text_in("vi")
    # the election board's record of the result, as for the National Assembly
    assert MinutesOptions.default(PC.key).form == "board"
