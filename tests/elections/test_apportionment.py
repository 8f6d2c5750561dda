"""Proportional seats: divisor and largest-remainder methods, thresholds and ties."""

from __future__ import annotations

from fractions import Fraction
from math import ceil, floor

import pytest
from hypothesis import given
from hypothesis import strategies as st

import partyvote as pv
from partyvote.elections import (
    DHONDT,
    DROOP,
    HARE,
    MODIFIED_SAINTE_LAGUE,
    SAINTE_LAGUE,
    Apportionment,
    DivisorMethod,
    Lot,
)
from partyvote.elections.apportionment import ApportionmentMethod
from partyvote.errors import CountError, ElectionError

METHODS = (DHONDT, SAINTE_LAGUE, MODIFIED_SAINTE_LAGUE, HARE, DROOP)
DIVISORS = (DHONDT, SAINTE_LAGUE, MODIFIED_SAINTE_LAGUE)
LOT = Lot("published seed")

votes_st = st.lists(st.integers(1, 10_000), min_size=1, max_size=8).map(
    lambda counts: {f"G{index}": count for index, count in enumerate(counts)}
)


def _seats(method: ApportionmentMethod, votes: dict[str, int], seats: int) -> dict[str, int]:
    return dict(Apportionment(seats=seats, method=method, ties=LOT).allocate(votes).seats)


@given(votes_st, st.integers(1, 60), st.sampled_from((DHONDT, SAINTE_LAGUE, HARE)))
def test_seats_sum_to_the_house_size(
    votes: dict[str, int], seats: int, method: ApportionmentMethod
) -> None:
    assert sum(_seats(method, votes, seats).values()) == seats


@given(votes_st, st.integers(1, 40), st.sampled_from(DIVISORS))
def test_divisor_methods_are_house_monotone(
    votes: dict[str, int], seats: int, method: DivisorMethod
) -> None:
    # a divisor method never takes a seat away when the house grows (Balinski–Young)
    smaller, larger = _seats(method, votes, seats), _seats(method, votes, seats + 1)
    assert all(larger[group] >= smaller[group] for group in votes)


@given(votes_st, st.integers(1, 60))
def test_hare_largest_remainder_meets_the_quota_rule(votes: dict[str, int], seats: int) -> None:
    # each group gets its exact quota rounded down or up
    total = sum(votes.values())
    for group, won in _seats(HARE, votes, seats).items():
        quota = Fraction(votes[group] * seats, total)
        assert floor(quota) <= won <= ceil(quota)


@given(votes_st, st.integers(1, 60))
def test_dhondt_meets_the_lower_quota(votes: dict[str, int], seats: int) -> None:
    total = sum(votes.values())
    for group, won in _seats(DHONDT, votes, seats).items():
        assert won >= floor(Fraction(votes[group] * seats, total))


@given(votes_st, st.integers(1, 30), st.sampled_from(METHODS), st.randoms())
def test_the_order_of_the_groups_does_not_matter(
    votes: dict[str, int], seats: int, method: ApportionmentMethod, random: object
) -> None:
    items = list(votes.items())
    random.shuffle(items)  # type: ignore[attr-defined]
    try:
        expected = _seats(method, votes, seats)
    except ElectionError:  # a Droop quota too large for so few votes, in either order
        return
    assert _seats(method, dict(items), seats) == expected


@given(votes_st, st.integers(1, 30), st.sampled_from((DHONDT, SAINTE_LAGUE, HARE)))
def test_groups_below_the_threshold_get_no_seat(
    votes: dict[str, int], seats: int, method: ApportionmentMethod
) -> None:
    house = Apportionment(seats=seats, method=method, threshold=pv.at_least("20%"), ties=LOT)
    try:
        allocation = house.allocate(votes)
    except ElectionError:  # nobody reached the threshold
        return
    required = pv.at_least("20%").required(sum(votes.values()))
    for group, won in allocation.seats:
        assert (group in allocation.excluded) == (votes[group] < required)
        if group in allocation.excluded:
            assert won == 0
    assert sum(won for _, won in allocation.seats) == seats


def test_the_modified_first_divisor_makes_the_first_seat_dearer() -> None:
    # Sainte-Laguë: 100, 100/3, then B's 25 beats A's 100/5; with 1.4 B's 25/1.4 < 100/5
    votes = {"A": 100, "B": 25}
    assert _seats(SAINTE_LAGUE, votes, 3) == {"A": 2, "B": 1}
    assert _seats(MODIFIED_SAINTE_LAGUE, votes, 3) == {"A": 3, "B": 0}


def test_dhondt_and_sainte_lague_differ_on_a_small_party() -> None:
    # D'Hondt: 600, 300, 200, 150 all A before B's 140; Sainte-Laguë: 600, 200, 140 (B), 120
    votes = {"A": 600, "B": 140}
    assert _seats(DHONDT, votes, 4) == {"A": 4, "B": 0}
    assert _seats(SAINTE_LAGUE, votes, 4) == {"A": 3, "B": 1}


def test_hare_and_droop_quotas_can_differ() -> None:
    # Hare quota 1000/5 = 200: whole quotas 2, 0, 1, remainders 100, 111, 189 -> B and C;
    # Droop quota 1000 // 6 + 1 = 167: whole quotas 2, 0, 2, remainders 166, 111, 55 -> A
    votes = {"A": 500, "B": 111, "C": 389}
    assert _seats(HARE, votes, 5) == {"A": 2, "B": 1, "C": 2}
    allocation = Apportionment(seats=5, method=DROOP).allocate(votes)
    assert allocation.quota == 167
    assert dict(allocation.seats) == {"A": 3, "B": 0, "C": 2}


def test_a_tie_for_the_last_seat_is_left_pending_by_default() -> None:
    # quotients 250, 125 (A), then B and C tie at 100 for the third seat
    allocation = Apportionment(seats=3, method=DHONDT).allocate({"A": 250, "B": 100, "C": 100})
    assert dict(allocation.seats) == {"A": 2, "B": 0, "C": 0}
    assert allocation.tied == ("B", "C")
    assert allocation.pending == 1
    assert "Tie: 1 seat is still to be given among B, C" in allocation.explain()
    assert "còn 1 ghế chưa phân bổ giữa B, C" in allocation.explain("vi")


def test_a_tie_for_the_only_seat_gives_no_seat() -> None:
    allocation = Apportionment(seats=1, method=SAINTE_LAGUE).allocate({"A": 7, "B": 7})
    assert allocation.pending == 1
    assert "last seat" not in allocation.explain()


def test_a_lot_decides_a_tie_for_the_last_seat() -> None:
    votes = {"A": 250, "B": 100, "C": 100}
    allocation = Apportionment(seats=3, method=DHONDT, ties=LOT).allocate(votes)
    winner = LOT.break_tie(("B", "C"), 1).winners[0]
    assert allocation.seats_of(winner) == 1
    assert allocation.pending == 0
    assert allocation.tied == ("B", "C")
    assert {name for name, _ in allocation.tie_evidence} == {"B", "C"}
    assert "decided by the tie policy" in allocation.explain()


def test_equal_quotients_that_all_fit_are_no_tie() -> None:
    # quotients 200, then 100 three times (A's second, B, C) for three seats
    allocation = Apportionment(seats=4, method=DHONDT).allocate({"A": 200, "B": 100, "C": 100})
    assert dict(allocation.seats) == {"A": 2, "B": 1, "C": 1}
    assert allocation.tied == ()


def test_a_tie_among_largest_remainders() -> None:
    votes = {"A": 100, "B": 100, "C": 100}
    pending = Apportionment(seats=2, method=HARE).allocate(votes)
    assert pending.pending == 2
    assert pending.tied == ("A", "B", "C")
    decided = Apportionment(seats=2, method=HARE, ties=LOT).allocate(votes)
    assert sum(won for _, won in decided.seats) == 2
    assert decided.pending == 0


def test_the_explanation_names_the_threshold_and_the_excluded() -> None:
    house = Apportionment(seats=4, method=HARE, threshold=pv.at_least("5%"), or_won=1)
    allocation = house.allocate({"A": 600, "B": 370, "C": 30}, won={"A": 2})
    assert allocation.explain().splitlines() == [
        "4 seats shared among 3 groups by the largest remainder method (Hare quota); "
        "1,000 valid votes.",
        "Threshold: at least 5% of the valid votes, 50 votes, or at least 1 seat won in the "
        "constituencies.",
        "Below the threshold, no seat: C.",
        "Quota: 242.5 votes.",
        "A: 600 votes, 2 seats.",
        "B: 370 votes, 2 seats.",
    ]
    assert allocation.explain("vi").splitlines()[0] == (
        "Phân bổ 4 ghế cho 3 nhóm theo phương pháp số dư lớn nhất (hạn ngạch Hare); "
        "1.000 phiếu hợp lệ."
    )


def test_a_long_quotient_is_shown_rounded() -> None:
    house = Apportionment(seats=17, method=DHONDT, threshold=pv.at_least("1/3"))
    text = house.allocate({"A": 1000, "B": 100}).explain()
    # 1000/17 = 58.(8235294117647058): rounded for people, exact in the decision
    assert "The last seat went to A at the quotient ≈58.824." in text
    assert "Threshold: at least 1/3 of the valid votes, 367 votes." in text


def test_an_own_divisor_method_is_named_by_its_name() -> None:
    imperiali = DivisorMethod("imperiali-like", 1, first=Fraction(2))
    allocation = Apportionment(seats=2, method=imperiali).allocate({"A": 3, "B": 2})
    assert "by imperiali-like" in allocation.explain()


@pytest.mark.parametrize(
    ("make", "error"),
    [
        # no seats to share
        (lambda: Apportionment(seats=0, method=DHONDT), ElectionError),
        # a float seat count
        (lambda: Apportionment(seats=2.0, method=DHONDT), CountError),  # type: ignore[arg-type]
        # not a method
        (lambda: Apportionment(seats=2, method="dhondt"), ElectionError),  # type: ignore[arg-type]
        # a threshold must be a Threshold, not a bare share
        (
            lambda: Apportionment(seats=2, method=DHONDT, threshold=Fraction(1, 20)),  # type: ignore[arg-type]
            ElectionError,
        ),
        # or_won of 0 would let everybody in
        (lambda: Apportionment(seats=2, method=DHONDT, or_won=0), ElectionError),
        # a tie policy that is not one
        (lambda: Apportionment(seats=2, method=DHONDT, ties="lot"), ElectionError),  # type: ignore[arg-type]
        # a first divisor as a float
        (lambda: DivisorMethod("x", 1, first=1.4), ElectionError),  # type: ignore[arg-type]
    ],
)
def test_bad_apportionments_are_refused(make: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        make()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("votes", "won", "error"),
    [
        ({}, None, ElectionError),  # nothing to share among
        ({"A": 1.5}, None, CountError),  # votes are whole numbers
        ({"A": -1}, None, CountError),  # and not negative
        ({"": 3}, None, ElectionError),  # a group needs a name
        ({"Ba\u0301": 1, "B\u00e1": 2}, None, ElectionError),  # the same name twice (NFC)
        ({"A": 0, "B": 0}, None, ElectionError),  # nobody received a vote
        ({"A": 10}, {"Z": 1}, ElectionError),  # seats won by a group not in the count
        ({"A": 2, "B": 1}, None, ElectionError),  # a Droop quota of 1 ... see below
    ],
)
def test_bad_counts_are_refused(
    votes: dict[str, int], won: dict[str, int] | None, error: type[Exception]
) -> None:
    method = DROOP if votes == {"A": 2, "B": 1} else DHONDT
    # Droop: quota floor(3/11) + 1 = 1, 3 whole quotas leave 7 seats for 2 remainders
    with pytest.raises(error):
        Apportionment(seats=10, method=method).allocate(votes, won=won)


@pytest.mark.parametrize("method", DIVISORS)
def test_quotients_too_close_for_floats_are_compared_exactly(method: DivisorMethod) -> None:
    # 2**53 and 2**53 + 1 are the same float; the larger count must still win the seat
    votes = {"A": 2**53, "B": 2**53 + 1}
    allocation = Apportionment(seats=1, method=method).allocate(votes)
    assert dict(allocation.seats) == {"A": 0, "B": 1}
    assert allocation.last_quotient == Fraction(2**53 + 1) / method.first
