"""Counting in worker processes and on a Dask cluster gives the count of one process."""

from concurrent.futures import ThreadPoolExecutor
from functools import partial
from itertools import pairwise
from pathlib import Path

import dask.bag
import pytest
from hypothesis import given
from hypothesis import strategies as st

import partyvote as pv
from partyvote.elections.scale import tally_bag, tally_parallel
from partyvote.io.ballots import read_ballots
from partyvote.strategies import ballots

LIST = ("An", "Bình", "Chi", "Dũng", "Giang")
ELECTION = pv.Election(seats=3, candidates=LIST, threshold=pv.more_than("1/2", of=pv.CONVENED))


def pieces(papers: list[tuple[str, ...]], cuts: list[int]) -> list[list[tuple[str, ...]]]:
    edges = sorted({0, len(papers), *(cut % (len(papers) + 1) for cut in cuts)})
    return [papers[a:b] for a, b in pairwise(edges)]


@given(ballots(LIST, 3, max_size=100), st.lists(st.integers(0, 100), max_size=5))
def test_any_split_counted_in_parallel_equals_one_count(
    papers: list[tuple[str, ...]], cuts: list[int]
) -> None:
    with ThreadPoolExecutor(max_workers=3) as pool:
        merged = tally_parallel(ELECTION, pieces(papers, cuts), executor=pool)
    assert merged == ELECTION.tally(papers)


@pytest.mark.slow
def test_worker_processes_read_their_own_files(tmp_path: Path) -> None:
    header = ",".join(LIST)
    rows = {"a.csv": ["x,x,,,", ",,x,,"], "b.csv": ["x,,,,x", "x,x,x,x,"], "c.csv": [",,,,"]}
    for name, lines in rows.items():
        (tmp_path / name).write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    sources = [partial(read_ballots, tmp_path / name, ELECTION) for name in rows]
    merged = tally_parallel(ELECTION, sources, max_workers=2)
    assert merged.cast == 5
    assert merged.votes == {"An": 2, "Bình": 1, "Chi": 1, "Giang": 1}
    assert merged.invalid_total == 2
    assert ELECTION.count(merged, roll=pv.Roll(9, present=5)).elected == ()


@pytest.mark.slow
@given(ballots(LIST, 3, max_size=60), st.integers(1, 6))
def test_a_dask_bag_counts_like_one_process(papers: list[tuple[str, ...]], partitions: int) -> None:
    bag = dask.bag.from_sequence(papers or [()], npartitions=partitions)  # type: ignore[no-untyped-call]
    expected = ELECTION.tally(papers or [()])
    assert tally_bag(ELECTION, bag, scheduler="sync") == expected


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore")
def test_a_local_dask_cluster_counts_like_one_process() -> None:
    distributed = pytest.importorskip("distributed")
    papers = [("An", "Bình"), ("Chi",), (), ("An", "Bình", "Chi", "Dũng")] * 250
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        counted = tally_bag(ELECTION, dask.bag.from_sequence(papers, npartitions=8))  # type: ignore[no-untyped-call]
    assert counted == ELECTION.tally(papers)
