"""Time ballot counting against DESIGN.md §6 and print ballots/s with ratios measured in one run.

Run: ``python benchmarks/bench_counting.py`` (needs ``pip install -e . --group bench``).

The election: 20 candidates, 15 seats, ballots keeping 1 to 14 names (7.5 on average) in
list order, as a strike-out count would produce them.  Targets:

* validated counting at least 0.8 x a bare ``collections.Counter`` over the same ballots,
  and at least 5 x votelib 0.4 doing the same validated count;
* 10 M ballots from a generator with peak memory growth under 50 MB;
* the numpy columnar path (``partyvote[fast]``) at least 30 M ballots/s.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import chain, islice

import partyvote as pv

CANDIDATES = tuple(f"Candidate {index:02d}" for index in range(20))
SEATS = 15


def make_ballots(count: int, seed: int = 2025) -> list[tuple[str, ...]]:
    """*count* plain ballots keeping 1 to 14 names each, in list order."""
    rng = random.Random(seed)
    ballots = []
    for _ in range(count):
        kept = sorted(rng.sample(range(20), rng.randint(1, 14)))
        ballots.append(tuple(CANDIDATES[index] for index in kept))
    return ballots


def best(function: Callable[[], object], repeat: int = 3) -> float:
    """Seconds of the fastest of *repeat* runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def votelib_count(ballots: list[frozenset[str]]) -> dict[str, int]:
    """The same validated count with votelib 0.4: validate each vote, aggregate, convert."""
    import votelib.convert
    import votelib.vote

    validator = votelib.vote.ApprovalVoteValidator(vote_count_bounds=(1, SEATS))
    aggregated: Counter[frozenset[str]] = Counter()
    for ballot in ballots:
        try:
            validator.validate(ballot)
        except votelib.vote.VoteError:
            continue
        aggregated[ballot] += 1
    counted: dict[str, int] = votelib.convert.ApprovalToSimpleVotes().convert(aggregated)
    return counted


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stream(pool: list[tuple[str, ...]], count: int) -> Iterator[tuple[str, ...]]:
    """*count* ballots drawn in turn from *pool*, produced one at a time."""
    return islice(chain.from_iterable(iter(lambda: pool, None)), count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ballots", type=int, default=300_000, help="ballots timed in memory")
    parser.add_argument(
        "--stream", type=int, default=10_000_000, help="ballots streamed for the memory check"
    )
    parser.add_argument(
        "--columnar", type=int, default=10_000_000, help="ballots in the numpy matrix"
    )
    arguments = parser.parse_args()
    election = pv.Election(seats=SEATS, candidates=CANDIDATES)
    # Streaming first, before anything large is built, so that the peak is its own.
    pool = make_ballots(100_000, seed=7)
    before = peak_rss_mb()
    start = time.perf_counter()
    streamed = election.tally(stream(pool, arguments.stream))
    seconds = time.perf_counter() - start
    assert streamed.cast == arguments.stream
    growth = peak_rss_mb() - before
    print(
        f"streamed {arguments.stream:,} ballots from a generator in {seconds:.1f} s "
        f"({arguments.stream / seconds:,.0f}/s); peak memory growth {growth:.2f} MB"
    )

    ballots = make_ballots(arguments.ballots)
    sets = [frozenset(ballot) for ballot in ballots]
    n = len(ballots)

    bare = best(lambda: Counter(chain.from_iterable(ballots)))
    bare_sets = best(lambda: Counter(chain.from_iterable(sets)))
    ours = best(lambda: election.tally(ballots))
    ours_sets = best(lambda: election.tally(sets))
    theirs = best(lambda: votelib_count(sets), repeat=1)
    papers = [pv.Ballot(kept=ballot) for ballot in ballots[: n // 10]]
    paper = best(lambda: election.tally(papers), repeat=1) * 10
    assert dict(election.tally(ballots).votes) == votelib_count(sets)

    print(f"{n:,} ballots, {len(CANDIDATES)} candidates, {SEATS} seats")
    print("x Counter: the ratio to a bare Counter over the same ballots (tuples or sets)")
    print(f"{'path':<44}{'ballots/s':>14}{'x Counter':>11}{'x votelib':>11}")
    for label, seconds, baseline in (
        ("bare Counter(chain(tuples)) (no checks)", bare, bare),
        ("bare Counter(chain(frozensets)) (no checks)", bare_sets, bare_sets),
        ("partyvote Election.tally, tuples", ours, bare),
        ("partyvote Election.tally, frozensets", ours_sets, bare_sets),
        ("partyvote Election.tally, Ballot objects", paper, bare),
        ("votelib 0.4 validate + aggregate + convert", theirs, bare_sets),
    ):
        print(
            f"{label:<44}{n / seconds:>14,.0f}{baseline / seconds:>11.2f}{theirs / seconds:>11.2f}"
        )

    try:
        import numpy as np

        from partyvote.elections.columnar import tally_matrix, tally_packed
    except ImportError:  # pragma: no cover - numpy is optional
        print("numpy not installed: columnar path skipped (pip install 'partyvote[fast]')")
        return
    rng = np.random.default_rng(2025)
    matrix = rng.random((arguments.columnar, len(CANDIDATES)), dtype=np.float32) < 0.375
    packed = np.packbits(matrix, axis=1)
    sample = [tuple(CANDIDATES[i] for i in np.flatnonzero(row)) for row in matrix[:50_000]]
    assert tally_matrix(election, matrix[:50_000]) == election.tally(sample)
    dense = best(lambda: tally_matrix(election, matrix))
    bits = best(lambda: tally_packed(election, packed))
    print(f"columnar, boolean matrix: {arguments.columnar / dense:>14,.0f} ballots/s")
    print(f"columnar, packed bits:    {arguments.columnar / bits:>14,.0f} ballots/s")


if __name__ == "__main__":
    main()
