"""Count 100 M simulated ballots in one process, in two worker processes, and on Dask.

Run: ``python benchmarks/bench_scale.py [--ballots 100_000_000]`` (needs
``pip install -e . --group bench``).  Prints ballots/s for each way and the ratio to one
process, measured in the same run.  The ballots (20 candidates, 15 seats, 1 to 14 names
kept) are produced inside each worker from a seed, so what is timed is the counting, not
the shipping of ballots between processes.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from functools import partial
from itertools import chain, islice, repeat
from typing import Any

import partyvote as pv
from partyvote.elections.scale import tally_bag, tally_parallel

CANDIDATES = tuple(f"Candidate {index:02d}" for index in range(20))
ELECTION = pv.Election(seats=15, candidates=CANDIDATES)
PIECE = 5_000_000


def simulate(seed: int, count: int) -> Any:
    """*count* ballots cycled from a pool of 50,000 drawn with *seed*."""
    rng = random.Random(seed)
    pool = [
        tuple(CANDIDATES[i] for i in sorted(rng.sample(range(20), rng.randint(1, 14))))
        for _ in range(50_000)
    ]
    return islice(chain.from_iterable(repeat(pool)), count)


def _expand(specs: Any) -> Any:
    return chain.from_iterable(simulate(seed, count) for seed, count in specs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ballots", type=int, default=100_000_000)
    parser.add_argument("--workers", type=int, default=2)
    arguments = parser.parse_args()
    total = arguments.ballots
    specs = [(seed, min(PIECE, total - start)) for seed, start in enumerate(range(0, total, PIECE))]
    print(f"{total:,} ballots in {len(specs)} pieces; {os.cpu_count()} CPUs")

    start = time.perf_counter()
    one = sum((ELECTION.tally(simulate(seed, count)) for seed, count in specs), pv.Tally())
    single = time.perf_counter() - start
    print(f"{'1 process':<28}{total / single:>14,.0f} ballots/s  x1.00")

    start = time.perf_counter()
    sources = [partial(simulate, seed, count) for seed, count in specs]
    many = tally_parallel(ELECTION, sources, max_workers=arguments.workers)
    seconds = time.perf_counter() - start
    assert many == one
    label = f"{arguments.workers} processes (futures)"
    print(f"{label:<28}{total / seconds:>14,.0f} ballots/s  x{single / seconds:.2f}")

    import dask.bag
    import distributed

    with (
        distributed.LocalCluster(
            n_workers=arguments.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster),
    ):
        start = time.perf_counter()
        bag = dask.bag.from_sequence(specs, npartitions=len(specs)).map_partitions(_expand)
        counted = tally_bag(ELECTION, bag)
        seconds = time.perf_counter() - start
    assert counted == one
    label = f"Dask, {arguments.workers} workers"
    print(f"{label:<28}{total / seconds:>14,.0f} ballots/s  x{single / seconds:.2f}")


if __name__ == "__main__":
    main()
