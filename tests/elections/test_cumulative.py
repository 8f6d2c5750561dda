"""Cumulative voting (bầu dồn phiếu), Luật Doanh nghiệp 59/2020/QH14 Art. 148(3).

Art. 148(3) (the same words as Art. 144(3) of the 2014 law): each shareholder has votes equal
to their shares times the members to elect, and may give all or part of them to one or
several candidates; the elected are those with the most votes, from the highest down, until
the seats are filled; a tie for the last seat goes to a re-vote among the tied or to the
criterion of the election rules or the charter.
"""

from collections.abc import Mapping
from fractions import Fraction
from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partyvote.elections import (
    ByKey,
    CumulativeBallot,
    CumulativeElection,
    CumulativeInvalid,
    CumulativeResult,
    Lot,
)
from partyvote.errors import BallotError, ElectionError
from partyvote.strategies import cumulative_ballots

NAMES = ("An", "Bình", "Chi", "Dũng", "Em", "Giang")

# --- the published worked example ----------------------------------------------------------
# Hướng dẫn bầu dồn phiếu HĐQT (http://yteco.vn/huong-dan-bau-don-phieu-hdqt/): 5 members of
# the board from 6 candidates; shareholder Nguyễn Văn A holds 1,000 voting shares, so
# 1,000 × 5 = 5,000 votes, which may go all to one candidate, 1,000 to each of five, or in
# other proportions to several, never more than 5,000 in all.

BOARD = CumulativeElection(seats=5, candidates=NAMES)


def test_a_shareholder_holds_shares_times_seats_votes() -> None:
    assert CumulativeBallot(1_000).held(BOARD.seats) == 5_000


@pytest.mark.parametrize(
    "given_votes",
    [
        {"An": 5_000},  # all to one candidate
        dict.fromkeys(NAMES[:5], 1_000),  # equally to five
        {"An": 2_500, "Bình": 1_500, "Chi": 1_000},  # in other proportions
        {"An": 10},  # part of the votes only ("dồn hết hoặc một phần")
    ],
)
def test_the_guidance_ways_of_voting_are_valid(given_votes: dict[str, int]) -> None:
    result = BOARD.count([CumulativeBallot(1_000, given_votes)])
    assert result.ballots_valid == 1
    assert dict(result.votes) == {name: given_votes.get(name, 0) for name in NAMES}


def test_more_votes_than_held_is_invalid() -> None:
    result = BOARD.count([CumulativeBallot(1_000, {"An": 2_501, "Bình": 2_500})])
    assert result.invalid == ((CumulativeInvalid.OVER_VOTES, 1),)
    assert result.given == 0
    assert all(votes == 0 for _, votes in result.votes)


def test_more_names_than_seats_is_invalid_only_where_the_rules_say_so() -> None:
    # the guidance's third invalid case is a company rule, not the law's: names_limit
    six = dict.fromkeys(NAMES, 800)
    assert BOARD.count([(1_000, six)]).ballots_valid == 1
    strict = CumulativeElection(seats=5, candidates=NAMES, names_limit=True)
    assert strict.count([(1_000, six)]).invalid == ((CumulativeInvalid.TOO_MANY_NAMES, 1),)
    # a zero beside a name is no vote for it
    five = {**dict.fromkeys(NAMES[:5], 1_000), NAMES[5]: 0}
    assert strict.count([(1_000, five)]).ballots_valid == 1


def test_unknown_names_and_unissued_papers_are_invalid() -> None:
    result = BOARD.count(
        [(10, {"Zed": 1}), CumulativeBallot(20, {"An": 1}, issued=False), (30, {"An": 150})]
    )
    assert dict(result.invalid) == {
        CumulativeInvalid.UNKNOWN_NAME: 1,
        CumulativeInvalid.NOT_ISSUED: 1,
    }
    assert (result.shares_cast, result.shares_valid, result.shares_invalid) == (60, 30, 30)
    assert result.ballots_cast == 3
    assert result.votes_for("An") == 150


# --- who is elected ----------------------------------------------------------------------


def test_the_most_votes_are_elected_from_the_highest_down() -> None:
    board = CumulativeElection(seats=2, candidates=NAMES[:4])
    result = board.count([(100, {"Chi": 120, "An": 80}), (50, {"Dũng": 100}), (10, {"An": 20})])
    # Chi 120, An 100, Dũng 100 -> a tie for the second seat
    assert result.elected == ("Chi",)
    assert result.tied == ("An", "Dũng")
    assert result.tie_seats == 1
    assert result.unfilled == 0
    clear = board.count([(100, {"Chi": 120, "An": 80}), (50, {"Dũng": 99}), (10, {"An": 20})])
    assert clear.elected == ("Chi", "An")
    assert clear.tie is None


def test_a_tie_for_the_last_seat_goes_to_the_charters_criterion() -> None:
    # "hoặc lựa chọn theo tiêu chí quy chế bầu cử hoặc Điều lệ công ty": e.g. more shares held
    by_shares = CumulativeElection(
        seats=1, candidates=("An", "Bình"), ties=ByKey({"An": 5_000, "Bình": 9_000})
    )
    result = by_shares.count([(10, {"An": 10}), (10, {"Bình": 10})])
    assert result.elected == ("Bình",)
    assert result.tied == ()
    assert "The tie was decided by" in result.explain()
    by_lot = CumulativeElection(seats=1, candidates=("An", "Bình"), ties=Lot("2026 AGM"))
    drawn = by_lot.count([(10, {"An": 10}), (10, {"Bình": 10})])
    assert len(drawn.elected) == 1
    assert "“2026 AGM”" in drawn.explain("vi")


def test_a_tie_among_all_candidates_within_the_seats_elects_them_all() -> None:
    board = CumulativeElection(seats=3, candidates=NAMES[:4])
    result = board.count([(10, {"An": 10, "Bình": 10, "Chi": 10})])
    assert result.elected == ("An", "Bình", "Chi")


def test_a_candidate_without_votes_is_not_elected() -> None:
    board = CumulativeElection(seats=3, candidates=NAMES[:4])
    result = board.count([(10, {"An": 30})])
    assert result.elected == ("An",)
    assert result.unfilled == 2
    assert "2 seats remain unfilled" in result.explain()
    empty = board.count([])
    assert empty.elected == ()
    assert empty.unfilled == 3
    assert "No one is elected." in empty.explain()


def test_the_explanation_speaks_of_shares_and_votes_in_both_languages() -> None:
    board = CumulativeElection(seats=2, candidates=NAMES[:3], names_limit=True)
    result = board.count(
        [
            (600, {"An": 1_200}),
            (300, {"Bình": 300, "Chi": 300}),
            (100, {"Chi": 250}),
            (5, {"Zed": 1}),
            CumulativeBallot(5, issued=False),
            (1, {"An": 1, "Bình": 1, "Chi": 0}),
        ]
    )
    en, vi = result.explain("en"), result.explain("vi")
    assert "each share carries 2 votes" in en
    assert "6 ballots for 1,011 shares" in en
    assert "1 gave more votes than it held" in en
    assert "Elected: An (1,201 votes), Bình (301 votes)." in en
    assert "mỗi cổ phần có 2 phiếu bầu" in vi
    assert "1.011 cổ phần" in vi
    assert "Trúng cử: An (1.201 phiếu bầu)" in vi
    with pytest.raises(Exception, match="fr"):
        result.explain("fr")


def test_a_tie_is_explained() -> None:
    board = CumulativeElection(seats=1, candidates=NAMES[:2])
    result = board.count([(5, {"An": 5}), (5, {"Bình": 5})])
    assert "Tied for the last seat at 5 votes: An, Bình" in result.explain()
    assert "Ngang phiếu" in result.explain("vi")


# --- bad data is an error, not an invalid ballot -------------------------------------------


@pytest.mark.parametrize(
    "ballot",
    [
        (0, {"An": 1}),  # no voting share
        (-5, {}),  # negative shares
        (True, {}),  # a flag is not a number of shares
        (1.5, {}),  # shares are whole
        (10, {"An": -1}),  # negative votes
        (10, {"An": 2.5}),  # votes are whole
    ],
)
def test_bad_numbers_raise(ballot: tuple[object, Mapping[str, object]]) -> None:
    with pytest.raises(BallotError):
        BOARD.count([ballot])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("shares", "given_votes"),
    [
        (0, {}),  # no voting share
        (10, {"An": -1}),  # negative votes
        (10, [("An", 1), ("An", 2)]),  # a name twice
        (10, [(7, 1)]),  # a name must be text
    ],
)
def test_bad_ballots_raise(shares: int, given_votes: object) -> None:
    with pytest.raises(BallotError):
        CumulativeBallot(shares, given_votes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "options",
    [
        {"seats": 0, "candidates": NAMES},  # no seat to fill
        {"seats": 1, "candidates": ()},  # no candidate
        {"seats": 1, "candidates": ("An", "An")},  # a candidate twice
        {"seats": 1, "candidates": ("An", 3)},  # a name must be text
        {"seats": 1, "candidates": NAMES, "ties": "revote"},  # a tie policy, not a word
    ],
)
def test_bad_elections_raise(options: dict[str, object]) -> None:
    with pytest.raises(ElectionError):
        CumulativeElection(**options)  # type: ignore[arg-type]


def test_a_single_name_is_a_list_of_one() -> None:
    assert CumulativeElection(seats=1, candidates="An").candidates == ("An",)


def test_votes_for_an_unknown_candidate_raises() -> None:
    with pytest.raises(ElectionError, match="Zed"):
        BOARD.count([]).votes_for("Zed")


def test_a_share_is_taken_of_the_votes_held_given_or_the_shares() -> None:
    # Art. 148(3) counts in votes held (shares × seats); bodies publish shares of the votes
    # given, or of the voting shares attending (over 100 % for a concentrated vote).
    result = CumulativeElection(seats=3, candidates=["An", "Bình"]).count(
        [(100, {"An": 300}), (50, {"Bình": 60})]
    )
    assert result.share_of("An") == Fraction(300, 450)
    assert result.share_of("An", of="given") == Fraction(300, 360)
    assert result.share_of("An", of="shares") == 2
    assert result.share_of("An", of="shares") == 3 * result.share_of("An")
    with pytest.raises(ElectionError, match="'votes'"):
        result.share_of("An", of="votes")
    assert CumulativeElection(seats=1, candidates=["An"]).count([]).share_of("An", of="given") == 0


@pytest.mark.parametrize(
    ("of", "digits", "line"),
    [
        ("held", 2, "An: 300 votes, 66.67% of the votes held."),  # 300 / 450
        ("given", 1, "An: 300 votes, 83.3% of the votes given."),  # 300 / 360
        ("shares", 0, "An: 300 votes, 200% of the voting shares of the valid ballots."),
    ],
)
def test_the_explanation_gives_the_share_of_the_base_chosen(
    of: str, digits: int, line: str
) -> None:
    result = CumulativeElection(seats=3, candidates=["An", "Bình"]).count(
        [(100, {"An": 300}), (50, {"Bình": 60})]
    )
    assert line in result.explain(of=of, digits=digits).splitlines()
    assert result.base_size(of) == {"held": 450, "given": 360, "shares": 150}[of]


def test_the_explanation_refuses_an_unknown_base() -> None:
    with pytest.raises(ElectionError, match="held, given, shares"):
        BOARD.count([]).explain(of="present")


# --- properties --------------------------------------------------------------------------

SEATS = st.integers(1, 4)


@st.composite
def ballots(draw: st.DrawFn) -> list[tuple[int, dict[str, int]]]:
    drawn = []
    for _ in range(draw(st.integers(0, 12))):
        shares = draw(st.integers(1, 50))
        names = draw(st.lists(st.sampled_from(NAMES), unique=True, max_size=4))
        drawn.append((shares, {name: draw(st.integers(0, 120)) for name in names}))
    return drawn


@given(SEATS, ballots())
def test_valid_ballots_never_give_more_than_shares_times_seats(
    seats: int, drawn: list[tuple[int, dict[str, int]]]
) -> None:
    result = CumulativeElection(seats=seats, candidates=NAMES).count(drawn)
    assert result.given == sum(votes for _, votes in result.votes)
    assert result.given <= result.held == result.shares_valid * seats
    assert result.shares_valid + result.shares_invalid == result.shares_cast


@given(SEATS, ballots(), st.randoms(use_true_random=False))
def test_permuting_ballots_never_changes_the_result(
    seats: int, drawn: list[tuple[int, dict[str, int]]], random: Random
) -> None:
    election = CumulativeElection(seats=seats, candidates=NAMES, ties=Lot("published seed"))
    shuffled = list(drawn)
    random.shuffle(shuffled)
    assert election.count(drawn) == election.count(shuffled)


@given(SEATS, ballots())
def test_ballot_objects_and_plain_pairs_count_alike(
    seats: int, drawn: list[tuple[int, dict[str, int]]]
) -> None:
    election = CumulativeElection(seats=seats, candidates=NAMES)
    objects = [CumulativeBallot(shares, given_votes) for shares, given_votes in drawn]
    assert election.count(objects) == election.count(drawn)


@given(SEATS, ballots(), st.integers(1, 50), st.integers(0, 5))
def test_more_votes_for_a_candidate_never_unelect_them(
    seats: int, drawn: list[tuple[int, dict[str, int]]], shares: int, pick: int
) -> None:
    election = CumulativeElection(seats=seats, candidates=NAMES, ties=Lot("published seed"))
    before = election.count(drawn)
    if not before.elected:
        return
    favourite = before.elected[pick % len(before.elected)]
    after = election.count([*drawn, (shares, {favourite: shares * seats})])
    assert favourite in after.elected


@given(SEATS, ballots())
def test_the_elected_have_more_votes_than_everyone_left_out(
    seats: int, drawn: list[tuple[int, dict[str, int]]]
) -> None:
    result = CumulativeElection(seats=seats, candidates=NAMES).count(drawn)
    votes = dict(result.votes)
    left_out = [name for name in NAMES if name not in result.elected + result.tied]
    for name in result.elected:
        assert all(votes[name] > votes[other] for other in left_out + list(result.tied))
    assert len(result.elected) + result.tie_seats + result.unfilled == seats
    assert isinstance(result, CumulativeResult)


@given(SEATS.flatmap(lambda seats: st.tuples(st.just(seats), cumulative_ballots(NAMES, seats))))
def test_the_shipped_strategy_draws_valid_ballots(
    drawn: tuple[int, list[CumulativeBallot]],
) -> None:
    # partyvote.strategies.cumulative_ballots: never more votes than shares × seats (Art. 148(3))
    seats, papers = drawn
    result = CumulativeElection(seats=seats, candidates=NAMES).count(papers)
    assert result.ballots_valid == len(papers)
    assert result.given <= result.held
