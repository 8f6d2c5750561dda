"""Issue 11 items 8 and 9: one person is one name, and names cannot hide characters."""

import re
from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import partyvote as pv
from partyvote._validate import nfc
from partyvote.elections.ties import Older
from partyvote.errors import ElectionError, RuleError, VotesError
from partyvote.rules.weighted import Poll

BINH_NFC = "B\u00ecnh"  # "Bình" with a precomposed ì
BINH_NFD = "Bi\u0300nh"  # the same name typed with a combining grave accent


# --- item 8 ------------------------------------------------------------------------------------


def test_item8_birth_dates_twice_under_two_spellings_are_refused() -> None:
    # Law 85/2015/QH13 Art. 78: the older wins a tie; two dates for one person cannot decide.
    with pytest.raises(ElectionError, match="given twice"):
        Older({BINH_NFC: date(1970, 1, 1), BINH_NFD: date(1980, 1, 1)})


@pytest.mark.parametrize("call", ["Election", "next_round"])
def test_item8_a_string_where_a_list_is_expected_is_refused(call: str) -> None:
    if call == "Election":
        with pytest.raises(ElectionError, match=r"write \['Bình'\]"):
            pv.Election(seats=1, candidates="Bình")
        return
    election = pv.Election(seats=2, candidates=("An", "Bình"), threshold=None)
    result = election.count([("An",)])
    with pytest.raises(ElectionError, match="got the string 'Dung'"):
        result.next_round(add_candidates="Dung")


def test_item8_next_round_does_not_re_add_an_elected_candidate() -> None:
    election = pv.Election(seats=2, candidates=("An", "Bình"), threshold=None)
    result = election.count([("An",)])
    assert result.elected == ("An",)
    with pytest.raises(ElectionError, match="'An' already elected"):
        result.next_round(add_candidates=["Chi", " An"])


@pytest.mark.parametrize("base", [pv.PRESENT, pv.CAST])
def test_item8_a_quorum_measured_against_what_it_counts_is_refused(base: pv.Base) -> None:
    # "2/3 of those present are present" would make 3 of 100 members quorate.
    with pytest.raises(RuleError, match="always passes"):
        pv.Quorum(pv.at_least(Fraction(2, 3), of=base), counted=base)


def test_item8_plurality_elections_check_ballots_against_the_roll() -> None:
    election = pv.Election(seats=1, candidates=("An", "Bình"), threshold=None)
    with pytest.raises(pv.errors.VotesError, match="only 2 members are present"):
        election.count([("An",)] * 3, roll=pv.Roll(10, present=2))


def test_item8_weighted_poll_voter_twice_under_two_spellings_is_refused() -> None:
    with pytest.raises(VotesError, match="votes twice"):
        Poll.of([(BINH_NFC, 10, "yes"), (BINH_NFD, 10, "yes")])
    with pytest.raises(VotesError, match="votes twice"):
        Poll.of([("An", 10, "yes"), ("An ", 10, "no")])


# --- item 9: look-alike and invisible characters ---------------------------------------------


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("An ", "An"),  # a space around
        ("\uff21\uff4e", "An"),  # fullwidth letters
        ("Nguy\u1ec5n\u00a0V\u0103n", "Nguyễn Văn"),  # a no-break space
        ("Nguyễn  Văn", "Nguyễn Văn"),  # two spaces
        (BINH_NFD, BINH_NFC),  # combining accents
    ],
)
def test_item9_look_alikes_are_normalised_to_one_name(typed: str, plain: str) -> None:
    election = pv.Election(seats=1, candidates=(typed, "Chi"))
    assert election.candidates[0] == plain
    assert election.tally([(plain,)]).votes == {plain: 1}


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("An\u200b", "U+200B ZERO WIDTH SPACE"),
        ("\u200b\u200c", "U+200B ZERO WIDTH SPACE"),  # only invisible characters
        ("An\nElected (2): Mallory", "U+000A LINE FEED"),
        ("An\u202eB", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("An\x1b[2J", "U+001B ESCAPE"),
    ],
)
def test_item9_invisible_and_control_characters_are_refused_and_shown(
    name: str, shown: str
) -> None:
    with pytest.raises(ElectionError, match=re.escape(shown)):
        pv.Election(seats=1, candidates=(name, "Chi"))


@given(st.text(max_size=12))
def test_item9_normalising_a_name_is_idempotent(text: str) -> None:
    assert nfc(nfc(text)) == nfc(text)
