"""Percentages as bodies publish them: two decimals, half up, the locale's separator, short,
and never contradicting a verdict (issue 12 §1; DESIGN §4 "No floats decide anything")."""

import json
import re
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import partyvote as pv
from partyvote._i18n.numbers import (
    MAX_PERCENT_DIGITS,
    format_percent,
    format_ratio,
    round_half_up,
)
from partyvote._validate import check_digits
from partyvote.errors import MeetingError, OptionError
from partyvote.io.meeting import loads
from partyvote.report import minutes, minutes_data
from partyvote.rulebooks import DELEGATES_CONVENED

shares = st.builds(
    Fraction,
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=1, max_value=10**12),
).filter(lambda share: share <= 1)
digits = st.integers(min_value=0, max_value=6)


def parse(text: str) -> Fraction:
    """A percentage displayed in English back as a number."""
    assert text.endswith("%")
    return Fraction(text[:-1].replace(",", "")) / 100


def test_the_published_examples() -> None:
    # National Election Council, Resolution 617/NQ-HĐBCQG (2016), Hà Nội constituency 1;
    # issue 12: "22,566% → 22,57%".
    assert format_percent(Fraction(356780, 412592), "vi") == "86,47%"
    assert format_percent(Fraction(356780, 412592), "en") == "86.47%"
    assert format_percent(Fraction(22566, 100000), "vi") == "22,57%"
    assert format_percent(Fraction(1), "vi") == "100,00%"
    assert format_percent(Fraction(0)) == "0.00%"
    assert format_percent(Fraction(1, 3), digits=0) == "33%"
    assert format_percent(Fraction(2, 3), digits=4) == "66.6667%"


def test_half_up_not_half_even() -> None:
    # 22.565 and 22.575: banker's rounding would give 22.56 and 22.58.
    assert format_percent(Fraction(22565, 100000)) == "22.57%"
    assert format_percent(Fraction(22575, 100000)) == "22.58%"
    assert format_percent(Fraction(1, 8), digits=1) == "12.5%"
    assert format_percent(Fraction(1, 16), digits=1) == "6.3%"
    assert round_half_up(Fraction(-1, 2), 0) == -1


@given(shares, digits)
def test_rounding_agrees_with_decimal_half_up(share: Fraction, places: int) -> None:
    with localcontext() as context:
        context.prec = 60  # exact enough: the share has at most 12 digits each side
        exact = Decimal(share.numerator * 100) / Decimal(share.denominator)
        wanted = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    assert parse(format_percent(share, "en", places)) == Fraction(wanted) / 100


@given(shares, digits)
def test_the_display_is_short_and_in_the_locale(share: Fraction, places: int) -> None:
    english, vietnamese = format_percent(share, "en", places), format_percent(share, "vi", places)
    # At most "100" + separator + the decimals + "%": no output grows with the number.
    assert len(english) <= 3 + 1 + places + 1
    assert english.replace(".", ",") == vietnamese
    assert ("." in english) == (places > 0)


thresholds = st.sampled_from(
    [Fraction(1, 2), Fraction(2, 3), Fraction(1, 3), Fraction(3, 4), Fraction(11, 20)]
)


@given(shares, thresholds, digits)
def test_a_display_never_contradicts_the_verdict(
    share: Fraction, threshold: Fraction, places: int
) -> None:
    shown = parse(format_percent(share, "en", places, against=threshold))
    if share == threshold:
        assert format_percent(share, "en", places, against=threshold) == format_percent(
            share, "en", places
        )
    else:
        assert (shown > threshold) == (share > threshold)
        assert shown != threshold


@pytest.mark.parametrize(
    ("votes", "expected"),
    [(100001, "50.001%"), (99999, "49.9995%"), (100000, "50.00%"), (100010, "50.01%")],
)
def test_just_above_or_below_half_is_told_apart(votes: int, expected: str) -> None:
    # Election law: elected with "more than half" of the valid ballots (Law 85/2015 Art. 78).
    election = pv.Election(
        seats=1, candidates=["An", "Bình"], threshold=pv.more_than("1/2", of=pv.VALID)
    )
    result = election.count(pv.Tally(votes={"An": votes, "Bình": 0}, cast=200000))
    candidate = result.candidate("An")
    assert candidate.share_text() == expected
    assert result.share_text(candidate) == expected
    assert candidate.elected == (votes > 100000)


def test_a_share_of_another_base_still_respects_the_verdict() -> None:
    # Elected by more than half of 30 convened (16 votes); shares shown of 32 members.
    election = pv.Election(
        seats=1, candidates=["An", "Bình"], threshold=pv.more_than("1/2", of=pv.CONVENED)
    )
    roll = pv.Roll(32, excused=2, present=30)
    result = election.count(pv.Tally(votes={"An": 15, "Bình": 14}, cast=29), roll=roll)
    an = result.candidate("An")
    assert not an.elected
    # 15/32 = 46.875 %; the threshold in members' terms is 15/32 exactly, so nothing to add.
    assert result.share_text(an, base=pv.MEMBERS) == "46.88%"
    assert result.share_text(an, base=pv.PRESENT, digits=1) == "50.0%"
    assert result.base_size(pv.PRESENT) == 30
    assert result.base_size() == 30
    assert result.share_base is pv.CONVENED
    empty = election.count(pv.Tally(votes={"An": 0, "Bình": 0}, cast=0), roll=roll)
    assert empty.share_text(empty.candidate("An"), base=pv.VALID) == "-"


def test_plurality_elections_share_the_valid_votes() -> None:
    result = pv.Election(seats=1, candidates=["An", "Bình"]).count(
        pv.Tally(votes={"An": 2, "Bình": 1}, cast=3)
    )
    assert result.share_base is pv.VALID
    assert result.share_text(result.candidate("An"), "vi") == "66,67%"
    assert result.candidate("An").share_text("vi") == "66,67%"


def test_digits_are_checked() -> None:
    assert check_digits(MAX_PERCENT_DIGITS) == MAX_PERCENT_DIGITS
    for bad in (-1, MAX_PERCENT_DIGITS + 1, True, 2.0, "2"):
        with pytest.raises(OptionError, match="decimals"):
            check_digits(bad)
    with pytest.raises(OptionError):
        pv.rulebooks.get("robert").evolve(percent_digits=-1)
    result = pv.Election(seats=1, candidates=["An"]).count(pv.Tally(votes={"An": 1}, cast=1))
    with pytest.raises(OptionError):
        result.explain(digits=13)


def test_ratios_are_written_exactly() -> None:
    assert format_ratio(Fraction(1, 8), "vi") == "12,5%"
    assert format_ratio(Fraction(11, 20)) == "55%"
    assert format_ratio(Fraction(1234, 10000)) == "12.34%"
    assert format_ratio(Fraction(1, 7)) == "1/7"


MEETING = """
[meeting]
name = "Đại hội chi bộ"
[rules]
rulebook = "vn-party-2024"
{rules}
[roll]
members = 32
excused = 2
present = 30
[[questions]]
type = "election"
title = "Bí thư"
seats = 1
candidates = ["An", "Bình"]
[[questions.tallies]]
name = "Tổ 1"
cast = 30
votes = {{ "An" = 20, "Bình" = 9 }}
"""


def test_the_meeting_file_chooses_digits_and_the_share_base() -> None:
    plain = loads(MEETING.format(rules="")).count()
    text = minutes(plain, lang="vi")
    # the party's form defines the base once and names only its size in the column
    assert "Số đại biểu làm căn cứ tính kết quả bầu cử: 30 đồng chí" in text
    assert "Tỷ lệ % (so với 30 đại biểu)" in text
    assert f"so với tổng số {DELEGATES_CONVENED.label('vi')}" in text
    assert "66,67%" in text
    chosen = loads(MEETING.format(rules='percent_digits = 3\nshare_base = "present"')).count()
    text = minutes(chosen, lang="vi")
    assert "Tỷ lệ % số người có mặt (30)" in text
    assert "66,667%" in text
    data = minutes_data(chosen, "en")
    candidate = data["questions"][0]["candidates"][0]
    assert candidate["share"] == "20/30"
    assert candidate["share_text"] == "66.667%"
    assert data["questions"][0]["share_base"] == {"base": "present", "size": 30}
    assert data["meeting"]["percent_digits"] == 3
    assert "66.667% of 30" in data["questions"][0]["explanation"]
    json.dumps(data)
    with pytest.raises(MeetingError, match="nowhere"):
        loads(MEETING.format(rules='share_base = "nowhere"'))
    with pytest.raises(MeetingError):
        loads(MEETING.format(rules="percent_digits = 40"))


def test_a_whole_percentage_may_be_written_bare() -> None:
    # The National Election Council's lists: "đạt tỷ lệ 35% số phiếu hợp lệ", "60,60%".
    assert format_percent(Fraction(35, 100), "vi", bare_whole=True) == "35%"
    assert format_percent(Fraction(3500004, 10000000), "vi", bare_whole=True) == "35%"
    assert format_percent(Fraction(606, 1000), "vi", bare_whole=True) == "60,60%"
    assert format_percent(Fraction(35, 100), "vi") == "35,00%"
    # The verdict still wins: just above half is never "50%".
    assert format_percent(Fraction(100001, 200000), bare_whole=True, against=Fraction(1, 2)) == (
        "50.001%"
    )
    assert pv.rulebooks.get("vn-national-assembly-2015").bare_whole_percent
    assert not pv.rulebooks.get("vn-party-2024").bare_whole_percent
    with pytest.raises(OptionError):
        pv.rulebooks.get("robert").evolve(bare_whole_percent="yes")


def test_national_assembly_minutes_write_whole_percentages_bare() -> None:
    text = MEETING.replace('rulebook = "vn-party-2024"', 'rulebook = "vn-national-assembly-2015"')
    text = text.replace('"An" = 20, "Bình" = 9', '"An" = 20, "Bình" = 7').replace(
        "cast = 30", "cast = 28"
    )
    # Art. 57(6): at least two more candidates than seats.
    text = text.replace('candidates = ["An", "Bình"]', 'candidates = ["An", "Bình", "Chi"]')
    written = minutes(loads(text.format(rules="")).count(), lang="vi")
    # the board's record: each total's share of the valid ballots (Mẫu số 19/HĐBC-QH)
    assert "Tỷ lệ % so với tổng số phiếu hợp lệ" in written
    assert "71,43%" in written
    assert re.search(r"\s25%\s", written)
    assert "25,00%" not in written
