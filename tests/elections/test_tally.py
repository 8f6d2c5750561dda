"""Tallies: streaming counts, merging, hand-entered consistency, and the columnar path."""

from collections.abc import Callable
from typing import Any, Literal

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partyvote import Ballot, Election, Tally, Validity
from partyvote.elections import InvalidReason
from partyvote.elections.columnar import tally_matrix, tally_packed
from partyvote.errors import BallotError, CountError, ElectionError, TallyError
from partyvote.strategies import ballots, paper_ballots, tallies

LIST = ("An", "Bình", "Chi", "Dũng", "Giang")
ELECTION = Election(seats=3, candidates=LIST)


def test_tally_counts_every_kind_of_ballot() -> None:
    papers: list[Ballot | tuple[str, ...]] = [
        ("An", "Bình"),
        ("An",),
        (),  # all struck: invalid under the party rule
        ("An", "Bình", "Chi", "Dũng"),  # four kept for three seats
        Ballot.keeping("Chi", issued=False),
    ]
    tally = ELECTION.tally(papers)
    assert dict(tally.votes) == {"An": 2, "Bình": 1}
    assert (tally.cast, tally.valid, tally.blank, tally.invalid_total) == (5, 2, 0, 3)
    assert dict(tally.invalid) == {
        InvalidReason.ALL_STRUCK: 1,
        InvalidReason.TOO_MANY_KEPT: 1,
        InvalidReason.NOT_ISSUED: 1,
    }


def test_blank_ballots_count_as_valid_where_the_policy_says_so() -> None:
    election = Election(seats=3, candidates=LIST, validity=Validity(all_struck="blank"))
    tally = election.tally([(), ("An",)])
    assert (tally.valid, tally.blank, tally.invalid_total) == (2, 1, 0)


def test_the_identity_and_merge() -> None:
    tally = ELECTION.tally([("An",), ()])
    assert Tally() + tally == tally == tally + Tally()
    assert Tally().valid == 0


def test_tally_adds_only_tallies() -> None:
    with pytest.raises(TypeError):
        Tally() + 3  # type: ignore[operator]


@given(tallies(LIST, 3), tallies(LIST, 3), tallies(LIST, 3))
def test_merge_is_associative_and_commutative(a: Tally, b: Tally, c: Tally) -> None:
    assert (a + b) + c == a + (b + c)
    assert a + b == b + a


@given(ballots(LIST, 3), st.integers(0, 60))
def test_counting_in_pieces_and_merging_equals_counting_at_once(
    papers: list[tuple[str, ...]], cut: int
) -> None:
    assert ELECTION.tally(papers[:cut]) + ELECTION.tally(papers[cut:]) == ELECTION.tally(papers)


@given(st.lists(paper_ballots(LIST), max_size=30))
def test_ballot_papers_stream_in_one_pass(papers: list[Ballot]) -> None:
    tally = ELECTION.tally(iter(papers))
    assert tally.cast == len(papers)
    assert tally.votes.total() <= 3 * (tally.valid - tally.blank)


@given(ballots(LIST, 3, max_size=200))
def test_fast_path_and_ballot_path_agree(papers: list[tuple[str, ...]]) -> None:
    as_ballots = [Ballot(kept=paper) for paper in papers]
    assert ELECTION.tally(papers) == ELECTION.tally(as_ballots)


def test_fast_path_spans_chunks() -> None:
    papers = [("An", "Bình"), ("Chi",)] * 10_000 + [()]
    tally = ELECTION.tally(iter(papers))
    assert tally.votes["An"] == 10_000
    assert tally.invalid == {InvalidReason.ALL_STRUCK: 1}


def test_an_unknown_name_after_counted_chunks_is_invalid_and_costs_nothing() -> None:
    papers = [("An", "Bình")] * 9000 + [("An", "Hải")]
    tally = ELECTION.tally(papers)
    assert tally.votes == {"An": 9000, "Bình": 9000}
    assert tally.invalid == {InvalidReason.UNKNOWN_NAME: 1}


def test_fast_path_catches_a_repeated_name_in_a_list_ballot() -> None:
    with pytest.raises(BallotError):
        ELECTION.tally([["An", "An"]])


def test_a_string_ballot_is_refused() -> None:
    with pytest.raises(BallotError, match="the string 'An'"):
        ELECTION.tally(["An"])


@pytest.mark.parametrize("value", ["An, Bình", b"An", 42, Tally()])
def test_tally_refuses_what_is_not_an_iterable_of_ballots(value: Any) -> None:
    with pytest.raises(ElectionError):
        ELECTION.tally(value)


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        # more invalid and blank ballots than ballots cast
        ({"cast": 3, "invalid": 4}, "tally.cast_short"),
        ({"cast": 3, "invalid": 2, "blank": 2}, "tally.cast_short"),
        # a candidate above the valid non-blank ballots
        ({"votes": {"An": 30}, "cast": 28, "invalid": 2}, "tally.candidate_exceeds"),
        ({"unmarked": {"An": 2}, "cast": 1}, "tally.candidate_exceeds"),
        # invalid ballots must be a count or counts by reason
        ({"cast": 3, "invalid": "2"}, "tally.invalid_type"),
    ],
)
def test_hand_entered_tallies_are_checked(fields: dict[str, Any], key: str) -> None:
    with pytest.raises(TallyError) as caught:
        Tally(**fields)
    assert caught.value.key == key


@pytest.mark.parametrize("fields", [{"cast": -1}, {"votes": {"An": 1.0}, "cast": 2}])
def test_counts_must_be_whole_and_non_negative(fields: dict[str, Any]) -> None:
    with pytest.raises(CountError):
        Tally(**fields)


def test_invalid_by_reason_from_strings_and_totals() -> None:
    tally = Tally(cast=5, invalid={"all-struck": 2, InvalidReason.NOT_ISSUED: 1})  # type: ignore[arg-type]
    assert tally.invalid[InvalidReason.ALL_STRUCK] == 2
    assert Tally(cast=5, invalid=3).invalid == {InvalidReason.UNSPECIFIED: 3}


def test_check_against_an_election() -> None:
    # kept marks at most seats x valid ballots
    with pytest.raises(TallyError, match="7 names are kept on 2 valid ballots"):
        Tally(votes={"An": 2, "Bình": 2, "Chi": 2, "Dũng": 1}, cast=2).check(
            candidates=LIST, seats=3
        )
    with pytest.raises(TallyError, match="'Hải'"):
        ELECTION.count(Tally(votes={"Hải": 1}, cast=1))


def test_counts_are_hashable_and_compare_by_content() -> None:
    a = Tally(votes={"An": 1, "Bình": 0}, cast=1)
    b = Tally(votes={"An": 1}, cast=1)
    assert a == b
    assert hash(a.votes) == hash(b.votes)
    assert a.votes == {"An": 1, "Bình": 0}
    assert a.votes != {"An": 2}
    assert "Bình" not in a.votes
    assert len(a.votes) == 1
    assert a.votes.__eq__(3) is NotImplemented
    assert a.votes.__add__(3) is NotImplemented  # type: ignore[operator]


# --- the columnar path (partyvote[fast]) ----------------------------------------------------


def as_matrix(
    papers: list[tuple[str, ...]], names: tuple[str, ...]
) -> np.ndarray[Any, np.dtype[np.bool_]]:
    matrix = np.zeros((len(papers), len(names)), dtype=bool)
    for row, paper in enumerate(papers):
        for name in paper:
            matrix[row, names.index(name)] = True
    return matrix


@given(ballots(LIST, 3, max_size=300), st.sampled_from(["invalid", "blank"]))
def test_columnar_paths_equal_the_pure_path(
    papers: list[tuple[str, ...]], all_struck: Literal["invalid", "blank"]
) -> None:
    election = Election(seats=3, candidates=LIST, validity=Validity(all_struck=all_struck))
    matrix = as_matrix(papers, LIST)
    expected = election.tally(papers)
    assert tally_matrix(election, matrix) == expected
    assert tally_matrix(election, matrix.astype(np.int8)) == expected
    assert tally_packed(election, np.packbits(matrix, axis=1)) == expected


@given(ballots(("An", "Bình"), 2, max_size=50))
def test_columnar_agree_disagree_and_single_forms(papers: list[tuple[str, ...]]) -> None:
    papers = [paper for paper in papers if len(paper) <= 2]
    election = Election(seats=2, candidates=("An", "Bình"))
    assert tally_matrix(election, as_matrix(papers, ("An", "Bình"))) == election.tally(papers)
    single = Election.approval("An")
    column = [paper for paper in papers if "Bình" not in paper]
    assert tally_matrix(single, as_matrix(column, ("An",))) == single.tally(column)


def test_columnar_spans_chunks() -> None:
    election = Election(seats=2, candidates=("An", "Bình", "Chi"))
    matrix = np.tile(np.array([[1, 1, 0], [0, 0, 0]], dtype=bool), (600_000, 1))
    tally = tally_packed(election, np.packbits(matrix, axis=1))
    assert tally == tally_matrix(election, matrix)
    assert (tally.votes["An"], tally.invalid_total) == (600_000, 600_000)


@pytest.mark.parametrize(
    ("call", "key"),
    [
        (lambda e: tally_matrix(e, np.zeros((2, 4), dtype=bool)), "columnar.shape"),
        (lambda e: tally_matrix(e, np.zeros(3, dtype=bool)), "columnar.shape"),
        (lambda e: tally_matrix(e, np.full((2, 3), 2)), "columnar.values"),
        (lambda e: tally_matrix(e, np.full((2, 3), 0.5)), "columnar.values"),
        (lambda e: tally_packed(e, np.zeros((2, 1), dtype=np.int64)), "columnar.packed_dtype"),
        (lambda e: tally_packed(e, np.full((2, 1), 1, dtype=np.uint8)), "columnar.padding"),
    ],
)
def test_columnar_input_errors(call: Callable[[Election], object], key: str) -> None:
    election = Election(seats=2, candidates=("An", "Bình", "Chi"))
    with pytest.raises(BallotError) as caught:
        call(election)
    assert caught.value.key == key


# --- one name, two spellings --------------------------------------------------------------

NFD = "Bi\u0300nh"  # "Bình" typed with a combining grave accent, as some keyboards do


def test_a_name_typed_two_ways_is_one_name() -> None:
    election = Election(seats=2, candidates=("An", NFD, "Chi"))
    assert election.candidates[1] == "Bình"
    tally = election.tally([("An", NFD), ("Bình",), Ballot.keeping(NFD)])
    assert tally.votes == {"An": 1, "Bình": 3}
    assert Tally(votes={NFD: 2}, cast=2).votes == {"Bình": 2}


def test_the_same_name_twice_in_two_spellings_is_refused() -> None:
    with pytest.raises(ElectionError, match="twice"):
        Election(seats=1, candidates=("Bình", NFD))
    with pytest.raises(TallyError, match="twice"):
        Tally(votes={"Bình": 1, NFD: 1}, cast=2)
    with pytest.raises(BallotError):
        ELECTION.tally([("Bình", NFD)])


@pytest.mark.parametrize(
    ("value", "key"), [([("An", 1)], "tally.names_type"), ({1: 1}, "tally.name")]
)
def test_votes_must_map_names_to_counts(value: Any, key: str) -> None:
    with pytest.raises(TallyError) as caught:
        Tally(votes=value, cast=1)
    assert caught.value.key == key
