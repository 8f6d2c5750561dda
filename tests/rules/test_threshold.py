"""Thresholds: worked cases and the laws of ``required``."""

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import partyvote as pv
from partyvote.errors import CountError, RatioError
from partyvote.strategies import rolls_and_votes

ratios = st.fractions(min_value=Fraction(1, 1000), max_value=1, max_denominator=1000).filter(
    lambda r: r > 0
)
sizes = st.integers(min_value=0, max_value=10**6)


def threshold(ratio: Fraction, strict: bool) -> pv.Threshold:
    return pv.more_than(ratio) if strict and ratio < 1 else pv.at_least(ratio)


@pytest.mark.parametrize(
    ("rule", "size", "required"),
    [
        (pv.at_least("2/3"), 9, 6),  # 9 * 2/3 = 6 exactly: inclusive needs 6
        (pv.more_than("2/3"), 9, 7),  # ...and strict needs one more
        (pv.more_than("1/2"), 30, 16),  # 15 is exactly half: not more than half
        (pv.at_least("1/2"), 30, 15),
        (pv.more_than("1/2"), 31, 16),
        (pv.at_least("1/2"), 31, 16),  # 15.5 rounds up either way
        (pv.at_least("3/5"), 100, 60),  # US Senate cloture: three fifths of 100
        (pv.at_least("2/3"), 100, 67),  # veto override with 100 present
        (pv.at_least("75%"), 10, 8),  # UK special resolution: 7.5 rounds up
        (pv.at_least("55%"), 27, 15),  # EU: 55% of 27 member states is 14.85
        (pv.at_least("65%"), 100, 65),
        (pv.more_than("1/2"), 10, 6),  # Party Charter Art. 12(3): cell of 11, 10 present
        (pv.more_than("1/2"), 0, 1),  # an empty base: nothing can reach "more than"
        (pv.at_least("1/2"), 0, 0),
        (pv.unanimous(), 12, 12),
        (pv.at_least(Decimal("0.5")), 7, 4),
        (pv.at_least(1), 5, 5),
    ],
)
def test_required_worked_cases(rule: pv.Threshold, size: int, required: int) -> None:
    assert rule.required(size) == required


@given(ratio=ratios, size=sizes, strict=st.booleans())
def test_required_is_minimal(ratio: Fraction, size: int, strict: bool) -> None:
    rule = threshold(ratio, strict)
    k = rule.required(size)
    meets: Callable[[int], bool] = (
        (lambda c: c > ratio * size) if rule.strict else (lambda c: c >= ratio * size)
    )
    assert meets(k)
    assert k == 0 or not meets(k - 1)


@given(ratio=ratios, size=sizes, strict=st.booleans())
def test_required_is_monotone_in_size(ratio: Fraction, size: int, strict: bool) -> None:
    rule = threshold(ratio, strict)
    assert rule.required(size) <= rule.required(size + 1)


@given(low=ratios, high=ratios, size=sizes, strict=st.booleans())
def test_required_is_monotone_in_ratio(
    low: Fraction, high: Fraction, size: int, strict: bool
) -> None:
    low, high = min(low, high), max(low, high)
    assume(not strict or high < 1)
    assert threshold(low, strict).required(size) <= threshold(high, strict).required(size)


@given(ratio=ratios.filter(lambda r: r < 1), size=sizes)
def test_strict_and_inclusive_differ_exactly_on_whole_products(ratio: Fraction, size: int) -> None:
    differ = pv.more_than(ratio).required(size) != pv.at_least(ratio).required(size)
    assert differ == ((ratio * size).denominator == 1)
    if differ:
        assert pv.more_than(ratio).required(size) == pv.at_least(ratio).required(size) + 1


@given(ratio=ratios, size=sizes, strict=st.booleans())
def test_met_agrees_with_required(ratio: Fraction, size: int, strict: bool) -> None:
    rule = threshold(ratio, strict)
    k = min(rule.required(size), size)
    assert rule.met(k, size) == (size > 0 and k >= rule.required(size))


@pytest.mark.parametrize(
    ("ratio", "expected"),
    [
        ("2/3", Fraction(2, 3)),
        (" 2 / 3 ", Fraction(2, 3)),
        ("75%", Fraction(3, 4)),
        ("66.5%", Fraction(133, 200)),
        ("0.55", Fraction(11, 20)),
        ("1", Fraction(1)),
        (1, Fraction(1)),
        (Fraction(3, 5), Fraction(3, 5)),
        (Decimal("0.65"), Fraction(13, 20)),
    ],
)
def test_ratio_spellings(ratio: object, expected: Fraction) -> None:
    assert pv.at_least(ratio).ratio == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("ratio", "key"),
    [
        (0.5, "ratio.float"),  # no float: 2/3 has no exact float
        (2 / 3, "ratio.float"),
        (True, "ratio.type"),  # a bool is not a ratio even though it is an int
        (None, "ratio.type"),
        ([1, 2], "ratio.type"),
        ("two thirds", "ratio.syntax"),
        ("1/0", "ratio.syntax"),
        ("%", "ratio.syntax"),
        (Decimal("NaN"), "ratio.syntax"),
        (0, "ratio.range"),  # nothing is "at least 0%" in a meaningful sense
        ("-1/2", "ratio.range"),
        ("3/2", "ratio.range"),  # more than everyone
        ("101%", "ratio.range"),
    ],
)
def test_bad_ratios_are_refused(ratio: object, key: str) -> None:
    with pytest.raises(RatioError) as caught:
        pv.at_least(ratio)  # type: ignore[arg-type]
    assert caught.value.key == key
    assert caught.value.message("vi") != str(caught.value)


def test_float_error_says_what_to_write() -> None:
    with pytest.raises(RatioError, match=r"Fraction\(2, 3\) or '2/3'"):
        pv.more_than(0.5)  # type: ignore[arg-type]


def test_more_than_everyone_is_refused() -> None:
    with pytest.raises(RatioError, match="can never be met"):
        pv.more_than(1)


@pytest.mark.parametrize("size", [-1, 2.0, "3", True, None])
def test_required_refuses_bad_sizes(size: object) -> None:
    with pytest.raises(CountError):
        pv.more_than("1/2").required(size)  # type: ignore[arg-type]


def test_threshold_refuses_a_base_that_is_not_a_base() -> None:
    with pytest.raises(TypeError):
        pv.Threshold("1/2", strict=True, base="convened")  # type: ignore[arg-type]


def test_thresholds_are_values() -> None:
    assert pv.more_than("1/2") == pv.more_than(Fraction(1, 2))
    assert hash(pv.at_least("75%")) == hash(pv.at_least("3/4"))
    assert pv.more_than("1/2") != pv.at_least("1/2")
    assert str(pv.more_than("1/2", of=pv.CONVENED)) == "more than 1/2 of convened"


@pytest.mark.parametrize(
    ("rule", "en", "vi"),
    [
        (pv.more_than("1/2"), "more than 1/2", "quá 1/2"),
        (pv.at_least("2/3"), "at least 2/3", "ít nhất 2/3"),
        (pv.at_least("55%"), "at least 55%", "ít nhất 55%"),
        (pv.at_least("66.5%"), "at least 66.5%", "ít nhất 66,5%"),
        (pv.at_least("1/7"), "at least 1/7", "ít nhất 1/7"),
        (pv.unanimous(), "all", "toàn bộ"),
    ],
)
def test_describe(rule: pv.Threshold, en: str, vi: str) -> None:
    assert (rule.comparison("en"), rule.comparison("vi")) == (en, vi)


@given(rolls_and_votes(), st.sampled_from(["1/2", "2/3", "3/5"]), st.booleans())
def test_a_motion_decides_in_one_step_as_in_two(
    pair: tuple[pv.Roll, pv.Votes], ratio: str, strict: bool
) -> None:
    from partyvote import CONVENED, VALID, Motion, Quorum, Threshold, at_least
    from partyvote.errors import PartyvoteError

    roll, votes = pair
    threshold = Threshold(ratio, strict=strict, base=VALID)
    quorum = Quorum(at_least("1/2", of=CONVENED))
    try:
        expected = threshold.decide(votes, roll=roll).with_quorum(quorum.decide(votes, roll=roll))
    except PartyvoteError:
        return
    assert Motion(threshold, quorum=quorum).decide(votes, roll=roll) == expected
