"""Which round an election is, and the rounds the law allows (issue 12 §3).

Law 85/2015/QH13, as amended by Law 83/2025/QH15 (which changed only the deadlines):

* Art. 79(3): "Nếu bầu cử thêm mà vẫn chưa đủ số lượng đại biểu được bầu đã ấn định cho đơn
  vị bầu cử thì không tổ chức bầu cử thêm lần thứ hai" — no second additional election, for
  the National Assembly and the People's Councils alike; in the additional election voters
  choose only among the candidates of the first election not elected.
* Art. 80(4): in a re-run, if no more than half the voters on the list vote again, the re-run's
  result stands and no second re-run is held.
* Art. 57(6): a National Assembly list "phải nhiều hơn số lượng đại biểu được bầu đã ấn định cho
  đơn vị bầu cử đó ít nhất là hai người"; the National Election Council decides where a
  candidate is lost to force majeure.
* Art. 58(3): a People's Council list must exceed the seats; "nếu đơn vị bầu cử được bầu ba đại
  biểu thì số người trong danh sách ứng cử phải nhiều hơn số lượng đại biểu được bầu ít nhất
  là hai người; nếu đơn vị bầu cử được bầu từ bốn đại biểu trở lên thì ... ít nhất là ba
  người".

The party's further rounds ("bầu tiếp", 244-QĐ/TW Art. 20(2)) have no such limit: the congress
decides whether to continue.
"""

import json

import pytest

import partyvote as pv
from partyvote.elections import Round, Status, Step
from partyvote.errors import ElectionError, MeetingError, OptionError, RulebookError
from partyvote.io.meeting import loads
from partyvote.report import minutes, minutes_data
from partyvote.rulebooks.model import SurplusLimit

NA = pv.rulebooks.get("vn-national-assembly-2015")
PC = pv.rulebooks.get("vn-people-council-2015")
PARTY = pv.rulebooks.get("vn-party-2024")
LAW = [NA, PC]
NAMES = ("An", "Bình", "Chi", "Dũng", "Em", "Giang", "Hà", "Khánh", "Lan")


def unfilled_first(book: pv.rulebooks.Rulebook) -> pv.ElectionResult[pv.Election]:
    """Three seats, five candidates, nobody above half: every seat empty, below two thirds."""
    election = book.election(seats=3, candidates=NAMES[:5])
    tally = pv.Tally(votes={"An": 450, "Bình": 400, "Chi": 300, "Dũng": 200, "Em": 100}, cast=1000)
    return election.count(tally, roll=pv.Roll(1200))


@pytest.mark.parametrize("book", LAW, ids=lambda book: book.key)
def test_no_second_additional_election_art_79_3(book: pv.rulebooks.Rulebook) -> None:
    first = unfilled_first(book)
    assert book.next_step(first) is Step.FURTHER
    additional = book.next_round(first)
    assert additional is not None
    assert (additional.round, additional.seats) == (Round.FURTHER, 3)
    # The additional election fills one seat; two stay empty, and that is the end.
    tally = pv.Tally(votes={"An": 600, "Bình": 400, "Chi": 300, "Dũng": 200, "Em": 100}, cast=1000)
    result = additional.count(tally, roll=pv.Roll(1200))
    assert (result.elected, result.unfilled) == (("An",), 2)
    assert result.status is Status.UNFILLED
    assert book.next_step(result) is Step.CLOSED
    assert book.next_round(result) is None
    assert book.following_round(result) is None
    # The common rule, which knows no law, would hold another further round.
    assert pv.elections.rounds.next_step(result) is Step.FURTHER


@pytest.mark.parametrize("book", LAW, ids=lambda book: book.key)
def test_an_additional_election_that_fills_every_seat_is_complete(
    book: pv.rulebooks.Rulebook,
) -> None:
    additional = book.election(seats=1, candidates=["Bình"], round=Round.FURTHER)
    result = additional.count(pv.Tally(votes={"Bình": 600}, cast=1000), roll=pv.Roll(1200))
    assert book.next_step(result) is Step.COMPLETE


@pytest.mark.parametrize("book", LAW, ids=lambda book: book.key)
def test_no_one_left_after_an_additional_election_is_closed_too(
    book: pv.rulebooks.Rulebook,
) -> None:
    # Every candidate of the additional election elected and a seat still empty cannot happen
    # with more candidates than seats; with one name for two seats (the first election left
    # one candidate not elected) it can.
    additional = book.election(seats=2, candidates=["Bình"], round=Round.FURTHER)
    result = additional.count(pv.Tally(votes={"Bình": 600}, cast=1000), roll=pv.Roll(1200))
    assert pv.elections.rounds.next_step(result) is Step.NEW_NAMES
    assert book.next_step(result) is Step.CLOSED


def test_the_party_may_continue_with_further_rounds() -> None:
    # 244-QĐ/TW Art. 20(2): "bầu tiếp" as often as the congress decides.
    election = PARTY.election(seats=3, candidates=NAMES[:4], committee=False)
    tally = pv.Tally(votes={"An": 25, "Bình": 10, "Chi": 9, "Dũng": 4}, cast=29)
    roll = pv.Roll(31, excused=1, present=29)
    following = PARTY.next_round(election.count(tally, roll=roll))
    assert following is not None
    assert following.round is Round.FURTHER
    tally = pv.Tally(votes={"Bình": 16, "Chi": 9, "Dũng": 4}, cast=29)
    again = PARTY.next_round(following.count(tally, roll=roll))
    assert again is not None
    assert (again.round, again.seats, again.candidates) == (Round.FURTHER, 1, ("Chi", "Dũng"))


@pytest.mark.parametrize("book", LAW, ids=lambda book: book.key)
def test_a_rerun_stands_whatever_its_turnout_art_80_4(book: pv.rulebooks.Rulebook) -> None:
    first = book.election(seats=1, candidates=NAMES[:3])
    assert first.quorum is not None
    # 500 of 1,000 voters: not more than half (Art. 78(1)); one more would do.
    tally = pv.Tally(votes={"An": 400}, cast=500)
    failed = first.count(tally, roll=pv.Roll(1000))
    assert failed.status is Status.NO_QUORUM
    assert first.count(pv.Tally(votes={"An": 400}, cast=501), roll=pv.Roll(1000)).elected
    rerun = book.next_round(failed)
    assert rerun is not None
    assert (rerun.round, rerun.quorum, rerun.candidates) == (Round.RERUN, None, first.candidates)
    # The same re-run built directly, as a meeting file states it.
    assert book.election(seats=1, candidates=NAMES[:3], round=Round.RERUN) == rerun
    again = rerun.count(tally, roll=pv.Roll(1000))
    assert again.elected == ("An",)
    assert book.next_step(again) is Step.COMPLETE


@pytest.mark.parametrize("book", LAW, ids=lambda book: book.key)
def test_a_rerun_takes_the_first_elections_place(book: pv.rulebooks.Rulebook) -> None:
    # The re-run repeats the first election: seats it leaves empty go to the additional
    # election (Art. 79(1), (2)), which then is the only one.
    rerun = book.election(seats=3, candidates=NAMES[:5], round=Round.RERUN)
    tally = pv.Tally(votes={"An": 450, "Bình": 400}, cast=1000)
    result = rerun.count(tally, roll=pv.Roll(5000))
    assert book.next_step(result) is Step.FURTHER
    additional = book.next_round(result)
    assert additional is not None
    assert additional.round is Round.FURTHER


def test_an_additional_election_without_turnout_is_held_again_once() -> None:
    # The law does not say; the reading: held again as what it is, an additional election,
    # standing whatever its turnout (Art. 80(4)) and followed by no other (Art. 79(3)).
    additional = NA.election(seats=2, candidates=["Bình", "Chi", "Dũng"], round=Round.FURTHER)
    failed = additional.count(pv.Tally(votes={"Bình": 400}, cast=500), roll=pv.Roll(1000))
    assert NA.next_step(failed) is Step.AGAIN
    again = NA.next_round(failed)
    assert again is not None
    assert (again.round, again.quorum) == (Round.FURTHER, None)
    result = again.count(pv.Tally(votes={"Bình": 400}, cast=500), roll=pv.Roll(1000))
    assert (result.elected, NA.next_step(result)) == (("Bình",), Step.CLOSED)


def test_the_party_keeps_its_quorum_on_a_rerun() -> None:
    rerun = PARTY.election(seats=3, candidates=NAMES[:4], committee=False, round=Round.RERUN)
    assert rerun.quorum is not None
    assert rerun.quorum == PARTY.quorum  # 190-QĐ/TW: the congress's quorum, again


# --- the list's minimum (Art. 57(6), 58(3)) -----------------------------------------------

# (seats, the fewest candidates) under each rulebook
NA_LEAST = [(1, 3), (2, 4), (3, 5), (10, 12)]
PC_LEAST = [(1, 2), (2, 3), (3, 5), (4, 7), (5, 8), (6, 9)]


@pytest.mark.parametrize(
    ("book", "seats", "least"),
    [(NA, seats, least) for seats, least in NA_LEAST]
    + [(PC, seats, least) for seats, least in PC_LEAST],
    ids=lambda value: getattr(value, "key", str(value)),
)
def test_a_list_one_short_of_the_minimum_is_refused(
    book: pv.rulebooks.Rulebook, seats: int, least: int
) -> None:
    names = [f"Người {number}" for number in range(least)]
    assert book.election(seats=seats, candidates=names).candidates == tuple(names)
    with pytest.raises(RulebookError, match=f"at least {least - seats} more") as raised:
        book.election(seats=seats, candidates=names[:-1])
    assert "short_list=True" in str(raised.value)
    assert "bất khả kháng" in raised.value.message("vi")
    # The Council (or the Election Committee, as it guides) allowed a shorter list.
    allowed = book.election(seats=seats, candidates=names[:-1], short_list=True)
    assert len(allowed.candidates) == least - 1
    # A re-run keeps the first election's list, and its minimum.
    with pytest.raises(RulebookError):
        book.election(seats=seats, candidates=names[:-1], round=Round.RERUN)


@pytest.mark.parametrize("book", LAW, ids=lambda book: book.key)
@pytest.mark.parametrize("kind", [Round.FURTHER, Round.REVOTE])
def test_an_additional_elections_list_has_no_minimum(
    book: pv.rulebooks.Rulebook, kind: Round
) -> None:
    # Art. 79(3): the additional election's list is the candidates not elected.
    election = book.election(seats=2, candidates=["Bình", "Chi"], round=kind)
    assert election.round is kind


def test_the_party_surplus_rules_do_not_bind_a_further_round() -> None:
    # 190-QĐ/TW Art. 14 sets the first list's surplus; a "bầu tiếp" list is what is left.
    with pytest.raises(RulebookError, match="committee=False"):
        PARTY.election(seats=3, candidates=NAMES[:3])
    further = PARTY.election(seats=3, candidates=NAMES[:3], round=Round.FURTHER)
    assert further.max_surplus is None
    with pytest.raises(ElectionError, match="above the limit"):
        PARTY.election(seats=3, candidates=NAMES[:5])
    assert PARTY.election(seats=3, candidates=NAMES[:5], round=Round.FURTHER).seats == 3


def test_the_surplus_limit_states_minimum_steps() -> None:
    council = SurplusLimit(None, minimum=((4, 3), (1, 1), (3, 2)))
    assert council.minimum == ((1, 1), (3, 2), (4, 3))
    assert [council.least(seats) for seats in range(1, 7)] == [1, 1, 2, 3, 3, 3]
    assert council.limit(30) is None
    party = SurplusLimit("30%", small_bodies=(3, 5), small_surplus=1, applies_from=3, required=True)
    assert [party.least(seats) for seats in (1, 2, 3, 15)] == [0, 0, 1, 1]
    with pytest.raises(pv.errors.CountError):
        SurplusLimit(None, minimum=((1, -1),))


def test_rounds_and_short_lists_are_checked() -> None:
    with pytest.raises(OptionError, match="round"):
        NA.election(seats=1, candidates=NAMES[:3], round="further")  # type: ignore[arg-type]
    with pytest.raises(OptionError, match="short_list"):
        NA.election(seats=1, candidates=NAMES[:3], short_list="yes")  # type: ignore[arg-type]
    with pytest.raises(ElectionError, match="round"):
        pv.Election(seats=1, candidates=["An"], round="rerun")  # type: ignore[arg-type]


# --- meeting files, minutes and JSON ------------------------------------------------------

MEETING = """
[meeting]
name = "Đơn vị bầu cử số 2"
[rules]
rulebook = "{rulebook}"
[roll]
members = 1000
[[questions]]
type = "election"
title = "Bầu cử thêm"
seats = 2
candidates = ["Bình", "Chi", "Dũng"]
{extra}
[[questions.tallies]]
cast = 900
votes = {{ "Bình" = 600, "Chi" = 300, "Dũng" = 200 }}
"""


@pytest.mark.parametrize("rulebook", ["vn-national-assembly-2015", "vn-people-council-2015"])
def test_minutes_of_an_additional_election_say_no_second_one(rulebook: str) -> None:
    counted = loads(MEETING.format(rulebook=rulebook, extra='round = "further"')).count()
    text = minutes(counted, lang="vi")
    assert "Cuộc bầu cử này là bầu cử thêm." in text
    assert "không tổ chức bầu cử thêm lần thứ hai (Điều 79 khoản 3)" in text
    assert "Bước tiếp theo: không; bầu cử thêm mà vẫn chưa đủ" in text
    english = minutes(counted, lang="en")
    assert "This election is the additional election (bầu cử thêm)." in english
    assert "no second additional election is held (Art. 79(3))" in english
    data = minutes_data(counted, "vi")
    (question,) = data["questions"]
    assert (question["round"], question["round_text"]) == ("further", "bầu cử thêm")
    assert question["next_round"] is None
    assert json.loads(json.dumps(data)) == data


def test_a_meeting_file_states_a_rerun_and_a_short_list() -> None:
    # Without round = "further" the list is a first election's, one short of Art. 57(6).
    with pytest.raises(MeetingError, match=r"questions\[0\].*at least 2 more"):
        loads(MEETING.format(rulebook="vn-national-assembly-2015", extra=""))
    rerun = MEETING.format(
        rulebook="vn-national-assembly-2015", extra='short_list = true\nround = "rerun"'
    )
    low = rerun.replace("cast = 900", "cast = 400").replace('"Bình" = 600', '"Bình" = 300')
    counted = loads(low.replace('"Chi" = 300, "Dũng" = 200', '"Chi" = 50, "Dũng" = 20')).count()
    outcome = counted.questions[0]
    assert isinstance(outcome, pv.io.meeting.ElectionOutcome)
    assert outcome.result.election.round is Round.RERUN
    assert outcome.result.quorum is None  # 400 of 1,000 voted: the re-run stands
    assert outcome.result.elected == ("Bình",)
    page = minutes(counted, lang="vi")
    assert "Cuộc bầu cử này là bầu cử lại." in page
    assert minutes_data(counted, "en")["questions"][0]["round_text"] == "re-run (bầu cử lại)"
    with pytest.raises(MeetingError):
        loads(MEETING.format(rulebook="vn-national-assembly-2015", extra='round = "second"'))


def test_party_minutes_name_a_further_round_bau_tiep() -> None:
    party = MEETING.format(rulebook="vn-party-2024", extra='round = "further"')
    counted = loads(party.replace("members = 1000", "members = 1000\npresent = 900")).count()
    assert "Round: further round." in minutes(counted, lang="en")
    vi = minutes(counted, lang="vi")
    assert "Lần bầu: bầu tiếp." in vi
    assert "bầu bổ sung" not in vi


def test_a_first_election_says_nothing_of_its_round_in_the_minutes() -> None:
    first = MEETING.format(rulebook="vn-national-assembly-2015", extra="short_list = true")
    counted = loads(first).count()
    assert "Cuộc bầu cử này là" not in minutes(counted, lang="vi")
    question = minutes_data(counted, "vi")["questions"][0]
    assert (question["round"], question["round_text"]) == ("first", "bầu cử đầu tiên")
    # Chi's 300 of 900 valid ballots is not more than half: one seat goes to the additional
    # election, which the JSON names.
    assert question["next_round"]["round"] == "further"
    assert question["next_round"]["candidates"] == ["Chi", "Dũng"]


@pytest.mark.parametrize("rulebook", ["vn-national-assembly-2015", "vn-people-council-2015"])
def test_the_json_explanation_speaks_the_laws_words(rulebook: str) -> None:
    # Law 85/2015 Art. 79(3): after an additional election that leaves a seat empty, no
    # second one is held; the explanation must say so, as the minutes' next step does, and
    # not the party's "the meeting decides on a further round" ("đại hội ... bầu tiếp").
    counted = loads(MEETING.format(rulebook=rulebook, extra='round = "further"')).count()
    for lang, law, party in (
        ("vi", "không tổ chức bầu cử thêm lần thứ hai (Điều 79 khoản 3)", "bầu tiếp"),
        ("en", "no second additional election is held (Art. 79(3))", "further round"),
    ):
        explanation = minutes_data(counted, lang)["questions"][0]["explanation"]
        assert law in explanation
        assert party not in explanation
        assert "đại hội" not in explanation.lower()


def test_explain_takes_a_rulebooks_wording() -> None:
    # A first election under the National Assembly's law: the seats left go to the National
    # Election Council, which decides on an additional election (Art. 79(1)).
    result = unfilled_first(NA)
    assert "the meeting decides on a further round" in result.explain("en")
    worded = result.explain("en", wording=NA.wording)
    assert "the meeting decides" not in worded
    assert "National Election Council, which decides on an additional election" in worded
    assert "Hội đồng bầu cử quốc gia" in result.explain("vi", wording=NA.wording)


@pytest.mark.parametrize("book", LAW, ids=lambda book: book.key)
def test_the_sources_call_art_80_a_re_run(book: pv.rulebooks.Rulebook) -> None:
    # The docs and the minutes' English call Art. 80's "bầu cử lại" a re-run; the rulebook's
    # sources said "re-election" (new-user review, finding 20).
    articles = " ".join(source.article for source in book.sources)
    assert "Art. 80" in articles
    assert "re-run" in articles
    assert "re-election" not in articles
