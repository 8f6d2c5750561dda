"""Issue 11, how it is tested: every counting path gives the identical tally.

The pure path (tuples of names), a ballots file, the columnar path (a boolean matrix and
packed bits) and scale-out counting (pieces merged with ``+``) must agree on the same
generated ballots, irregular papers (empty, over-full) included, also where the pure path
changes chunk (every 8,192 ballots).
"""

import io
import os
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import partyvote as pv
from partyvote.elections.scale import tally_parallel
from partyvote.io.ballots import read_ballots

np = pytest.importorskip("numpy")
columnar = pytest.importorskip("partyvote.elections.columnar")

NAMES = ("An", "Bình", "Chi", "Dũng", "Hà")
CHUNK = 8192


def every_path(election: pv.Election, rows: list[tuple[bool, ...]]) -> list[pv.Tally]:
    names = election.candidates
    papers = [tuple(name for name, kept in zip(names, row, strict=True) if kept) for row in rows]
    text = (
        ",".join(names)
        + "\n"
        + "".join(",".join("x" if kept else "" for kept in row) + "\n" for row in rows)
    )
    matrix = np.array(rows, dtype=bool).reshape(len(rows), len(names))
    half = len(papers) // 2
    with ThreadPoolExecutor(max_workers=2) as pool:
        pieces = tally_parallel(election, [papers[:half], papers[half:]], executor=pool)
    return [
        election.tally(papers),
        election.tally(read_ballots(io.BytesIO(text.encode()), election)),
        columnar.tally_matrix(election, matrix),
        columnar.tally_packed(election, np.packbits(matrix, axis=1)),
        pieces,
    ]


rows = st.lists(st.tuples(*[st.booleans()] * len(NAMES)), max_size=60)


@settings(max_examples=int(os.environ.get("PARTYVOTE_FUZZ_EXAMPLES", "40")), deadline=None)
@given(rows, st.integers(1, len(NAMES) - 1))
def test_every_path_gives_the_same_tally(drawn: list[tuple[bool, ...]], seats: int) -> None:
    election = pv.Election(seats=seats, candidates=NAMES)
    first, *others = every_path(election, drawn)
    assert first.cast == len(drawn)
    assert all(other == first for other in others)


@pytest.mark.parametrize("at", [CHUNK - 1, CHUNK, CHUNK + 1])
def test_irregular_papers_at_a_chunk_boundary(at: int) -> None:
    election = pv.Election(seats=2, candidates=NAMES)
    regular: tuple[bool, ...] = (True, True, False, False, False)
    drawn = [regular] * (CHUNK + 3)
    drawn[at] = (False,) * len(NAMES)  # every name struck: invalid
    drawn[at - 1] = (True,) * len(NAMES)  # more names kept than seats: invalid
    first, *others = every_path(election, drawn)
    assert first.invalid_total == 2
    assert all(other == first for other in others)
