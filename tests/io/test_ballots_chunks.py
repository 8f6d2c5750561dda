"""Ballots files counted by chunks of lines give the tally of reading them row by row.

Issue 13: the regular rows of a file with one column per candidate are counted a chunk
at a time, with string operations over the chunk; this must change no answer, no error
and no line number, wherever the irregular rows and the chunk boundaries fall.
"""

import io
from collections.abc import Callable
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

import partyvote as pv
from partyvote.errors import BallotFileError
from partyvote.io import ballots as module
from partyvote.io.ballots import read_ballots

LIST = ("An", "Bình", "Chi")
ELECTION = pv.Election(seats=2, candidates=LIST)
HEADER = "Chi,An,issued,Bình"
# Plain cells, other spellings, bad marks, and cells the csv module reads its own way.
MARKS = ("x", "", "x", "", "X", "1", " x", "-", "xx", "bad", '"x"', '"x\nx"', "\x00")
FLAGS = ("", "", "", "no", "yes", "x", '"no"')
Outcome = pv.Tally | str


def outcome(read: Callable[[], pv.Tally]) -> Outcome:
    """The tally, or the error message (which names the line)."""
    try:
        return read()
    except BallotFileError as error:
        return str(error)


def both_ways(text: str, chunk: int) -> tuple[Outcome, Outcome, list[int], list[int]]:
    """The outcome and progress of counting *text* by chunks, and of reading it row by row."""
    calls: tuple[list[int], list[int]] = ([], [])
    with mock.patch.object(module, "_CHUNK", chunk), mock.patch.object(module, "PROGRESS_EVERY", 2):
        counted = outcome(
            lambda: ELECTION.tally(
                read_ballots(
                    io.BytesIO(text.encode()), ELECTION, progress=lambda n, _: calls[0].append(n)
                )
            )
        )
        one_by_one = outcome(
            lambda: ELECTION.tally(
                list(
                    read_ballots(
                        io.BytesIO(text.encode()),
                        ELECTION,
                        progress=lambda n, _: calls[1].append(n),
                    )
                )
            )
        )
    return counted, one_by_one, *calls


rows = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(MARKS), st.sampled_from(MARKS), st.sampled_from(FLAGS)).map(
            lambda cells: f"{cells[0]},x,{cells[2]},{cells[1]}"
        ),
        st.tuples(*[st.sampled_from(MARKS[:4])] * 3).map(lambda c: f"{c[0]},{c[1]},,{c[2]}"),
        st.sampled_from(["", "x,x", "x,x,,x,", ",,,", "a,no,", "x,x,no,,"]),
    ),
    max_size=14,
)


@settings(max_examples=300)
@given(
    rows=rows,
    ends=st.sampled_from(["\n", "\r\n", "mixed"]),
    last=st.booleans(),
    chunk=st.integers(1, 6),
    marked=st.none() | st.lists(st.sampled_from(["", "", "yes", "x", "no"])),
)
@example(rows=["x,,,x", "x,x,,"], ends="mixed", last=False, chunk=4, marked=None)
@example(rows=["x,x,no,", "a,no,"], ends="\n", last=True, chunk=2, marked=["x"])
@example(rows=["a,no,"], ends="\n", last=True, chunk=2, marked=None)
@example(rows=["x,,,x", "x,x,,"], ends="\r\n", last=False, chunk=4, marked=None)
@example(rows=["x,,,x", "x,x,,"], ends="\r\n", last=True, chunk=4, marked=None)
@example(
    rows=["x,,,x", '"x",x,,', "x" * 200_000 + ",,,"], ends="\n", last=True, chunk=1, marked=None
)
def test_chunks_agree_with_rows(
    rows: list[str], ends: str, last: bool, chunk: int, marked: list[str] | None
) -> None:
    """The same tally or the same error (same line), and the same progress calls; with
    an ``identifying_marks`` column too when *marked* gives its cells."""
    header = HEADER
    if marked is not None:
        header += ",identifying_marks"
        rows = [f"{row},{cell}" for row, cell in zip(rows, marked + [""] * len(rows), strict=False)]
    lines = [
        row + (("\r\n" if number % 2 else "\n") if ends == "mixed" else ends)
        for number, row in enumerate(rows)
    ]
    text = header + "\n" + "".join(lines)
    if not last and text.endswith("\n"):
        text = text.rstrip("\r\n")
    counted, one_by_one, progress, expected = both_ways(text, chunk)
    assert counted == one_by_one
    if isinstance(counted, pv.Tally):
        assert progress == expected


def test_regular_rows_are_counted_by_columns() -> None:
    """An oracle of the file's meaning: each x a vote; one name, or two (seats 2), valid."""
    text = HEADER + "\n" + "x,x,,\n,,,x\nx,x,,x\n,,,\n,x,no,\n"
    counted, one_by_one, _, _ = both_ways(text, 2)
    assert (
        counted
        == one_by_one
        == pv.Tally(
            votes={"Chi": 1, "An": 1, "Bình": 1},
            cast=5,
            invalid={"too-many-kept": 1, "all-struck": 1, "not-issued": 1},
        )
    )


def test_counting_after_reading_has_begun() -> None:
    """A file whose first ballot was already read is counted from the next one."""
    ballots = read_ballots(io.BytesIO(f"{HEADER}\nx,,,\n,x,,\n,,,x\n".encode()), ELECTION)
    assert next(ballots) == ("Chi",)
    assert ELECTION.tally(ballots).votes == {"An": 1, "Bình": 1}
