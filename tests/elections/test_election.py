"""Elections: worked counts, the laws of counting, results, explanations and further rounds."""

# mypy: disable-error-code="union-attr"
# (the tests read attributes of results they expect, such as the next round or the quorum
# decision; where one is None the test fails anyway, with an AttributeError naming it)

from datetime import date
from random import Random
from typing import Any

import pytest
from attrs import evolve
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from partyvote import (
    CONVENED,
    VALID,
    Ballot,
    Election,
    Mark,
    Quorum,
    Roll,
    Tally,
    at_least,
    more_than,
)
from partyvote.elections import Lot, Older, Revote, Round, Status
from partyvote.elections.result import ElectionResult
from partyvote.elections.ties import TiePolicy
from partyvote.errors import CountError, ElectionError, LanguageError, MissingInputError, RuleError
from partyvote.rules import Reason
from partyvote.strategies import ballots, elections

NAMES = ("An", "Bình", "Chi", "Dũng", "Giang")


def party_election(seats: int = 3, names: tuple[str, ...] = NAMES, **options: Any) -> Election:
    # more than half of those convened (190-QĐ/TW Art. 30)
    options.setdefault("threshold", more_than("1/2", of=CONVENED))
    return Election(seats=seats, candidates=names, **options)


ROLL = Roll(31, excused=1, present=29)  # 30 convened: 16 votes needed


def papers(**kept: int) -> list[tuple[str, ...]]:
    """Ballots keeping one name each, *count* per name (the rest of the list struck)."""
    return [(name,) for name, count in kept.items() for _ in range(count)]


def tally(**votes: int) -> Tally:
    return Tally(votes=votes, cast=29)


# --- worked examples -------------------------------------------------------------------------


def test_a_congress_fills_its_seats_with_the_most_votes() -> None:
    # four meet the threshold for three seats: the most votes win
    result = party_election().count(tally(An=25, Bình=20, Chi=18, Dũng=17, Giang=3), roll=ROLL)
    assert result.elected == ("An", "Bình", "Chi")
    assert result.status is Status.COMPLETE
    assert result.unfilled == 0
    dung = result.candidate("Dũng")
    assert (dung.met, dung.elected, dung.rank) == (True, False, 4)
    assert result.next_round() is None


def test_seats_stay_unfilled_when_too_few_meet_the_threshold() -> None:
    result = party_election().count(tally(An=25, Bình=15, Chi=14, Dũng=10), roll=ROLL)
    assert result.elected == ("An",)
    assert (result.unfilled, result.status) == (2, Status.UNFILLED)
    assert result.candidate("Bình").decision.margin == -1  # 16 needed, 15 received: 1 short


def test_next_round_fills_the_remaining_seats_among_the_rest() -> None:
    # 244-QĐ/TW Art. 20(2): vote again for the seats still empty
    result = party_election().count(tally(An=25, Bình=15), roll=ROLL)
    following = result.next_round()
    assert following.seats == 2
    assert following.candidates == ("Bình", "Chi", "Dũng", "Giang")
    assert following.threshold == more_than("1/2", of=CONVENED)
    added = result.next_round(add_candidates=("Hải",), require_threshold=False)
    assert added.candidates[-1] == "Hải"
    assert added.threshold is None


def test_a_tie_for_the_last_seat_goes_to_a_revote_among_the_tied() -> None:
    result = party_election().count(tally(An=25, Bình=20, Chi=18, Dũng=18), roll=ROLL)
    assert result.elected == ("An", "Bình")
    assert (result.tied, result.tie_seats, result.unfilled) == (("Chi", "Dũng"), 1, 0)
    assert result.status is Status.TIE
    revote = result.next_round()
    assert (revote.seats, revote.candidates) == (1, ("Chi", "Dũng"))
    assert revote.threshold == more_than("1/2", of=CONVENED)
    assert revote.ties == Revote()
    assert result.next_round(require_threshold=False).threshold is None


def test_a_revote_that_ties_again_is_decided_by_age_then() -> None:
    # Resolution 71/2022 Art. 29(3): re-vote among the tied; still tied, the older
    births = {"Chi": date(1970, 1, 1), "Dũng": date(1965, 1, 1)}
    election = party_election(ties=Revote().then(Older(births)))
    first = election.count(tally(An=25, Bình=20, Chi=18, Dũng=18), roll=ROLL)
    revote = first.next_round()
    second = revote.count(Tally(votes={"Chi": 14, "Dũng": 14}, cast=29), roll=ROLL)
    assert second.status is Status.UNFILLED  # 14 of 30 does not meet the threshold
    plurality = first.next_round(require_threshold=False)
    third = plurality.count(Tally(votes={"Chi": 14, "Dũng": 14}, cast=29), roll=ROLL)
    assert (third.elected, third.status) == (("Dũng",), Status.COMPLETE)
    assert "older" in third.explain("en")
    assert "nhiều tuổi hơn" in third.explain("vi")


def test_a_lot_settles_a_tie_at_once_and_is_explained() -> None:
    result = party_election(ties=Lot("2025")).count(
        tally(An=25, Bình=20, Chi=18, Dũng=18), roll=ROLL
    )
    assert result.status is Status.COMPLETE
    assert len(result.elected) == 3
    assert "“2025”" in result.explain("en")
    loser = next(c for c in result.candidates if c.name in {"Chi", "Dũng"} and not c.elected)
    line = next(x for x in result.explain("en").splitlines() if x.startswith(f"3. {loser.name}"))
    assert line.endswith("lost the tie-break.")


def test_no_quorum_elects_no_one_and_the_election_is_held_again() -> None:
    quorum = Quorum(at_least("2/3", of=CONVENED))
    election = party_election(quorum=quorum)
    result = election.count(Tally(votes={"An": 19}, cast=19), roll=Roll(31, excused=1, present=19))
    assert result.status is Status.NO_QUORUM
    assert result.elected == ()
    # The same election again, now a re-run (Round.RERUN): only its round differs.
    assert result.next_round() == evolve(election, round=Round.RERUN)
    assert "quorum" in result.explain("en").lower()


def test_plurality_elects_the_most_votes_with_at_least_one() -> None:
    election = Election(seats=2, candidates=NAMES, threshold=None)
    result = election.count(papers(An=3, Bình=2, Chi=1))
    assert result.elected == ("An", "Bình")
    nobody = election.count([("An",)]).candidate("Giang")
    assert not nobody.met


def test_default_threshold_is_more_than_half_of_valid_ballots() -> None:
    result = Election(seats=1, candidates=("An", "Bình")).count(papers(An=2, Bình=2))
    assert result.elected == ()
    assert result.candidate("An").decision.required == 3


def test_an_empty_count_elects_no_one_and_says_why() -> None:
    result = Election(seats=1, candidates=("An", "Bình")).count([])
    assert result.elected == ()
    assert "-" in result.explain("en")


def test_agree_disagree_list_without_surplus() -> None:
    # 190-QĐ/TW Art. 15: a name ticked in both or neither column gets no vote
    election = Election(seats=2, candidates=("An", "Bình"))
    ballots_ = [Ballot.marked({"An": Mark.AGREE, "Bình": Mark.BOTH})] * 3
    ballots_ += [Ballot.marked({"An": Mark.DISAGREE, "Bình": Mark.AGREE})]
    result = election.count(ballots_)
    assert result.elected == ("An",)
    assert result.tally.unmarked == {"Bình": 3}
    assert result.candidate("Bình").decision.required == 3


def test_single_candidate_approval() -> None:
    secretary = Election.approval("Nguyễn Văn An", threshold=more_than("1/2", of=CONVENED))
    roll = Roll(52, excused=2, present=49)  # 50 convened: 26 needed
    ballots_ = [Ballot.single(Mark.AGREE)] * 26 + [Ballot.single(Mark.DISAGREE)] * 20
    ballots_ += [Ballot.single(Mark.NEITHER), Ballot.single(Mark.BOTH)]
    result = secretary.count(ballots_, roll=roll)
    assert result.elected == ("Nguyễn Văn An",)
    assert result.invalid_total == 2
    short = secretary.count(ballots_[1:], roll=roll)
    assert short.elected == ()
    assert short.status is Status.UNFILLED


def test_approval_defaults_to_more_than_half_of_valid() -> None:
    secretary = Election.approval("An")
    assert secretary.threshold == more_than("1/2", of=VALID)
    assert secretary.count([("An",), ()]).elected == ()  # 1 of 2 valid is not more than half


def test_the_explanation_gives_the_numbers_in_both_languages() -> None:
    result = party_election().count(tally(An=25, Bình=15), roll=ROLL)
    english = result.explain("en")
    assert "1. An: 25 votes (83.33% of 30), needs 16: elected." in english
    assert "2. Bình: 15 votes (50.00% of 30), needs 16: 1 short, not elected." in english
    vietnamese = result.explain("vi")
    assert "1. An: 25 phiếu (83,33% của 30), cần 16: trúng cử." in vietnamese
    assert "thiếu 1" in vietnamese
    with pytest.raises(LanguageError, match="xx"):
        result.explain("xx")


def test_a_compound_threshold_is_described_in_words_in_the_explanation() -> None:
    rule = more_than("1/2", of=CONVENED) & at_least("2/3")
    result = party_election(threshold=rule).count(tally(An=25), roll=ROLL)
    assert result.elected == ("An",)
    assert "all of: more than 1/2 of convened; at least 2/3 of votes cast" in result.explain("en")
    assert "đạt tất cả: quá 1/2 của người được triệu tập trừ số vắng mặt có lý do;" in (
        result.explain("vi")
    )
    assert "AllOf" not in result.explain("en") + result.explain("vi")


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"seats": 0, "candidates": NAMES}, ElectionError),
        ({"seats": True, "candidates": NAMES}, ElectionError),
        ({"seats": 1, "candidates": ()}, ElectionError),
        ({"seats": 1, "candidates": ("An", "An")}, ElectionError),
        ({"seats": 1, "candidates": ("An", " ")}, ElectionError),
        ({"seats": 1, "candidates": ("An", 3)}, ElectionError),
        ({"seats": 1, "candidates": NAMES, "threshold": "1/2"}, RuleError),
        ({"seats": 1, "candidates": NAMES, "quorum": 3}, RuleError),
        ({"seats": 1, "candidates": NAMES, "ties": "lot"}, ElectionError),
        ({"seats": 1, "candidates": NAMES, "max_surplus": -1}, CountError),
    ],
)
def test_bad_elections_raise_clear_errors(options: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        Election(**options)


def test_the_surplus_limit_names_the_excess() -> None:
    # 190-QĐ/TW Art. 14: the surplus is at most 30 % of the seats
    with pytest.raises(ElectionError, match="surplus of 2, above the limit of 1; remove 1"):
        Election(seats=3, candidates=NAMES, max_surplus=1)
    assert Election(seats=3, candidates=NAMES, max_surplus=2).seats == 3


@pytest.mark.parametrize(
    ("form", "seats", "names"),
    [("single", 1, ("An", "Bình")), ("agree-disagree", 1, ("An", "Bình"))],
)
def test_a_form_that_cannot_serve_the_list(form: str, seats: int, names: tuple[str, ...]) -> None:
    from partyvote.elections import BallotForm

    with pytest.raises(ElectionError, match=form):
        Election(seats=seats, candidates=names, form=BallotForm(form))


def test_a_roll_based_threshold_without_a_roll() -> None:
    with pytest.raises(MissingInputError):
        party_election().count(tally(An=3))


def test_unknown_candidate_in_a_result() -> None:
    result = party_election().count(tally(An=25), roll=ROLL)
    with pytest.raises(ElectionError):
        result.candidate("Hải")


# --- laws ------------------------------------------------------------------------------------


def election_and_ballots(
    max_size: int = 60,
) -> st.SearchStrategy[tuple[Election, list[tuple[str, ...]]]]:
    return elections().flatmap(
        lambda election: st.tuples(
            st.just(election), ballots(election.candidates, election.seats, max_size=max_size)
        )
    )


def outcome(result: ElectionResult[Election]) -> tuple[object, set[str], set[str], int]:
    return result.status, set(result.elected), set(result.tied), result.unfilled


@given(election_and_ballots(), st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_ballot_order(
    pair: tuple[Election, list[tuple[str, ...]]], random: Random
) -> None:
    election, drawn = pair
    shuffled = list(drawn)
    random.shuffle(shuffled)
    assert outcome(election.count(drawn)) == outcome(election.count(shuffled))


@given(election_and_ballots(), st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_candidate_order(
    pair: tuple[Election, list[tuple[str, ...]]], random: Random
) -> None:
    election, drawn = pair
    names = list(election.candidates)
    random.shuffle(names)
    reordered = Election(seats=election.seats, candidates=names)
    assert outcome(election.count(drawn)) == outcome(reordered.count(drawn))


@given(election_and_ballots(), st.sampled_from([Revote(), Lot("seed"), None]))
def test_seats_are_never_overfilled_and_always_accounted_for(
    pair: tuple[Election, list[tuple[str, ...]]], ties: TiePolicy | None
) -> None:
    election, drawn = pair
    if ties is not None:
        election = Election(seats=election.seats, candidates=election.candidates, ties=ties)
    result = election.count(drawn)
    assert len(result.elected) <= election.seats
    assert len(set(result.elected)) == len(result.elected)
    assert all(result.candidate(name).met for name in result.elected)
    assert len(result.elected) + result.unfilled + result.tie_seats == election.seats
    if result.status is not Status.TIE:
        assert len(result.elected) + result.unfilled == election.seats
        assert result.tied == ()
    else:
        assert len(result.tied) > result.tie_seats > 0


# Many drawn counts have no valid paper with room for one more name (a single seat, say):
# Hypothesis discards those, which is the point of the property, not a slow strategy.
@settings(suppress_health_check=[HealthCheck.filter_too_much])
@given(election_and_ballots(), st.data())
def test_one_more_vote_never_costs_a_seat(
    pair: tuple[Election, list[tuple[str, ...]]], data: st.DataObject
) -> None:
    election, drawn = pair
    name = data.draw(st.sampled_from(election.candidates))
    # a valid ballot without the name and with room for it gains it; nothing else changes
    room = [
        index
        for index, paper in enumerate(drawn)
        if name not in paper and 0 < len(paper) < election.seats
    ]
    assume(room)
    index = data.draw(st.sampled_from(room))
    more = list(drawn)
    more[index] = (*drawn[index], name)
    before, after = election.count(drawn), election.count(more)
    assert after.votes[name] == before.votes[name] + 1
    if name in before.elected:
        assert name in after.elected


@given(election_and_ballots())
def test_a_tally_counts_the_same_as_its_ballots(
    pair: tuple[Election, list[tuple[str, ...]]],
) -> None:
    election, drawn = pair
    assert outcome(election.count(election.tally(drawn))) == outcome(election.count(drawn))


@given(election_and_ballots(), st.booleans())
def test_next_round_is_consistent_with_the_result(
    pair: tuple[Election, list[tuple[str, ...]]], require: bool
) -> None:
    election, drawn = pair
    result = election.count(drawn)
    following = result.next_round(require_threshold=require)
    if result.status is Status.COMPLETE:
        assert following is None
    elif result.status is Status.TIE:
        assert (following.seats, following.candidates) == (result.tie_seats, result.tied)
    else:
        assert following.seats == result.unfilled
        assert not set(following.candidates) & set(result.elected)


@given(election_and_ballots(max_size=20), st.sampled_from(["en", "vi"]))
def test_every_result_explains_itself(
    pair: tuple[Election, list[tuple[str, ...]]], lang: str
) -> None:
    election, drawn = pair
    result = election.count(drawn)
    text = result.explain(lang)
    for candidate in result.candidates:
        assert candidate.name in text
    assert str(result.cast) in text


def test_fewer_candidates_than_seats_leaves_the_rest_unfilled() -> None:
    election = Election(seats=5, candidates=("An", "Bình", "Chi"))
    assert election.form.value == "agree-disagree"
    result = election.count([("An", "Bình", "Chi")] * 3)
    assert (result.elected, result.unfilled) == (("An", "Bình", "Chi"), 2)
    with pytest.raises(ElectionError, match="add_candidates"):
        result.next_round()
    assert result.next_round(add_candidates=("Dũng",)).candidates == ("Dũng",)


def test_every_ballot_invalid_elects_no_one_and_says_the_base_is_empty() -> None:
    election = Election(seats=1, candidates=("An", "Bình"))
    result = election.count([(), ()])
    assert (result.valid, result.elected) == (0, ())
    assert result.candidate("An").decision.reason is Reason.EMPTY_BASE
    assert "base is empty" in result.explain("en")
