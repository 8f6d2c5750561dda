"""Issue 11 items 1-3: no ballot silently disappears or counts for a name it does not mark."""

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

import partyvote as pv
from partyvote.elections import InvalidReason
from partyvote.errors import BallotError, BallotFileError
from partyvote.io.ballots import read_ballots


def tally(text: str, election: pv.Election) -> pv.Tally:
    return election.tally(read_ballots(io.BytesIO(text.encode()), election))


# --- item 1: every data line of a ballots file is one ballot ---------------------------------


def test_item1_empty_line_in_struck_column_strikes_nobody() -> None:
    election = pv.Election(seats=2, candidates=("An", "Bình", "Chi"))
    result = tally("struck\nAn\n\nBình;Chi\n", election)
    assert result.cast == 3
    assert result.invalid_total == 1  # the empty line keeps all three names on two seats
    assert result.invalid == {InvalidReason.TOO_MANY_KEPT: 1}


def test_item1_empty_line_on_a_single_candidate_file_is_an_invalid_paper() -> None:
    # 190-QĐ/TW Art. 15: on a single-name list, neither box ticked makes the paper invalid.
    result = tally("An\nagree\n\n", pv.Election.approval("An"))
    assert result.cast == 2
    assert result.invalid == {InvalidReason.SINGLE_NEITHER: 1}


def test_item1_empty_line_in_a_wide_file_is_refused_with_its_line() -> None:
    election = pv.Election(seats=2, candidates=("An", "Bình", "Chi"))
    with pytest.raises(BallotFileError, match=r"line 3: an empty line where the header has 3"):
        tally("An,Bình,Chi\nx,,\n\nx,x,\n", election)


@given(st.lists(st.sets(st.sampled_from(("An", "Bình", "Chi"))), max_size=30))
def test_item1_cast_equals_the_number_of_ballot_lines(papers: list[set[str]]) -> None:
    election = pv.Election(seats=2, candidates=("An", "Bình", "Chi"))
    text = "struck\n" + "".join(";".join(sorted(paper)) + "\n" for paper in papers)
    assert tally(text, election).cast == len(papers)


# --- item 2: Ballot.marked({}) ticks no box ----------------------------------------------------


@pytest.mark.parametrize(
    ("election", "reading"),
    [
        # a list without surplus: unmentioned names are NEITHER, no vote, the paper is valid
        (pv.Election(seats=2, candidates=("An", "Bình")), {"valid": 1, "votes": {}}),
        # a single name: neither box ticked is an invalid paper (Art. 15)
        (pv.Election.approval("An"), {"valid": 0, "votes": {}}),
        # a strike-out list: names not marked are struck, so every name is struck
        (pv.Election(seats=1, candidates=("An", "Bình")), {"valid": 0, "votes": {}}),
    ],
)
def test_item2_marked_with_no_marks_gives_no_vote(
    election: pv.Election, reading: dict[str, object]
) -> None:
    result = election.tally([pv.Ballot.marked({})])
    assert result.votes == reading["votes"]
    assert result.valid == reading["valid"]


def test_item2_no_marks_on_agree_disagree_leaves_every_name_unmarked() -> None:
    result = pv.Election(seats=2, candidates=("An", "Bình")).tally([pv.Ballot.marked({})])
    assert result.unmarked == {"An": 1, "Bình": 1}


# --- item 3: a mapping is read as marks, never by its keys -----------------------------------


def test_item3_mapping_with_non_mark_values_is_refused() -> None:
    election = pv.Election(seats=2, candidates=("An", "Bình"))
    with pytest.raises(BallotError, match="False is not a mark"):
        election.tally([{"An": False, "Bình": pv.Mark.DISAGREE}])


def test_item3_mapping_of_marks_is_read_as_marks() -> None:
    election = pv.Election(seats=2, candidates=("An", "Bình"))
    result = election.tally([{"An": pv.Mark.DISAGREE, "Bình": pv.Mark.AGREE}])
    assert result.votes == {"Bình": 1}


def test_item3_mapping_as_kept_names_is_refused() -> None:
    with pytest.raises(BallotError, match="mapping"):
        pv.Ballot(kept={"An": False})
