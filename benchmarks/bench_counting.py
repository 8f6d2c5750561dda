"""Time ballot counting on realistic mixes and print ratios measured in one run.

Run: ``python benchmarks/bench_counting.py`` (needs ``pip install -e . --group bench``;
``--quick`` for a short run, ``--repeat N`` for best of N).

Real ballot streams hold a few irregular papers, so every election is timed on mixes of
0 %, 1 %, 2 % and 5 % irregular ballots, shared evenly among the kinds: all names struck,
more names kept than seats, a name not on the list, and a paper not issued (a
:class:`partyvote.Ballot` among plain tuples).  A name repeated on a plain ballot is not
in the mix: partyvote refuses it with a ``BallotError`` (a data error, not a paper), so
its cost is that of stopping.  Elections: 5 candidates for 3 seats, 20 for 15, 200 for
150; ballots keep between one name and one fewer than the seats.

Each figure is the best of N runs; the machine is shared, so absolute speeds are noisy
and only the ratios, measured side by side in the same run, are meant to be compared:

* ``x Counter``: partyvote's validated count against a bare ``collections.Counter`` over
  the names of the same ballots (tuples against tuples, frozensets against frozensets,
  ``Ballot`` objects against the tuples they stand for);
* ``x clean``: the same input type on the mix against the all-valid input, each as its
  ``x Counter`` ratio (so each is normalised by a Counter timed beside it: the machine's
  load drifts less between neighbours than between the mixes);
* ``x votelib``: against votelib 0.4 validating each ballot, aggregating and converting.

Targets (issue 13): tuples at least 0.45 x Counter, frozensets 0.8 x, ``Ballot`` objects
0.3 x, a 5 % mix at least 0.85 x clean, at least 2 x votelib on every mix; the numpy
columnar path at least 30 M ballots/s with the flag columns honoured; 10 M streamed
ballots in under 50 MB of memory growth.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from itertools import chain, islice
from typing import Any

import partyvote as pv
from partyvote.elections.tally import _tally

MIXES = (0.0, 0.01, 0.02, 0.05)
SIZES = ((5, 3), (20, 15), (200, 150))


def names(count: int) -> tuple[str, ...]:
    """*count* candidate names."""
    return tuple(f"Candidate {index:03d}" for index in range(count))


def make_ballots(
    candidates: tuple[str, ...], seats: int, count: int, irregular: float, seed: int = 2025
) -> list[Any]:
    """*count* ballots in list order, a share *irregular* of them irregular, of every kind."""
    rng = random.Random(seed)
    width = len(candidates)

    def kept(size: int) -> tuple[str, ...]:
        return tuple(candidates[i] for i in sorted(rng.sample(range(width), size)))

    ballots: list[Any] = []
    for _ in range(count):
        if rng.random() >= irregular:
            ballots.append(kept(rng.randint(1, max(1, seats - 1))))
            continue
        kind = rng.randrange(4)
        if kind == 0:
            ballots.append(())  # all struck
        elif kind == 1:
            ballots.append(kept(min(width, seats + 1)))  # too many kept
        elif kind == 2:
            ballots.append((*kept(rng.randint(1, max(1, seats - 1))), "Not Listed"))
        else:
            ballots.append(pv.Ballot(kept=kept(1), issued=False))  # not issued
    return ballots


def as_kept(ballot: Any) -> tuple[str, ...]:
    """The names a ballot keeps, as a tuple (for the bare Counter baseline)."""
    return tuple(sorted(ballot.kept)) if isinstance(ballot, pv.Ballot) else tuple(ballot)


def as_paper(ballot: Any) -> pv.Ballot:
    """The ballot as a :class:`partyvote.Ballot` object."""
    return ballot if isinstance(ballot, pv.Ballot) else pv.Ballot(kept=ballot)


def as_set(ballot: Any) -> Any:
    """The ballot with its names as a frozenset (a paper stays a paper)."""
    return ballot if isinstance(ballot, pv.Ballot) else frozenset(ballot)


def bare_counter(ballots: list[Any]) -> Counter[str]:
    """The baseline: a bare Counter over the names of *ballots*, no checks at all."""
    return Counter(chain.from_iterable(ballots))


def best(function: Callable[[], object], repeat: int) -> float:
    """Seconds of the fastest of *repeat* runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def votelib_count(ballots: list[frozenset[str]], seats: int) -> dict[str, int]:
    """The same validated count with votelib 0.4: validate each vote, aggregate, convert."""
    import votelib.convert
    import votelib.vote

    validator = votelib.vote.ApprovalVoteValidator(vote_count_bounds=(1, seats))
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


def stream(pool: list[Any], count: int) -> Iterator[Any]:
    """*count* ballots drawn in turn from *pool*, produced one at a time."""
    return islice(chain.from_iterable(iter(lambda: pool, None)), count)


def time_election(width: int, seats: int, names_timed: int, repeat: int) -> list[str]:
    """The table rows for one election: every mix and way timed in turn, *repeat* rounds,
    so that the machine's load drifts over all of them alike; best of the rounds."""
    candidates = names(width)
    election = pv.Election(seats=seats, candidates=candidates)
    fields = _fields(election)
    count = max(1000, names_timed // max(1, seats // 2))
    timed: dict[tuple[float, str], Callable[[], object]] = {}
    for mix in MIXES:
        ballots = make_ballots(candidates, seats, count, mix)
        tuples = [as_kept(ballot) for ballot in ballots]
        sets = [as_set(ballot) for ballot in ballots]
        bare_sets = [frozenset(ballot) for ballot in tuples]
        papers = [as_paper(ballot) for ballot in ballots]
        expected = election.tally(ballots)
        assert _tally(ballots, numpy=False, **fields) == expected
        assert election.tally(sets) == expected == election.tally(papers)
        timed.update(
            {
                (mix, "counter"): partial(bare_counter, tuples),
                (mix, "counter_sets"): partial(bare_counter, bare_sets),
                (mix, "tuples"): partial(election.tally, ballots),
                (mix, "pure"): partial(_tally, ballots, numpy=False, **fields),
                (mix, "sets"): partial(election.tally, sets),
                (mix, "papers"): partial(election.tally, papers),
                (mix, "votelib"): partial(votelib_count, bare_sets, seats),
            }
        )
    seconds = {key: float("inf") for key in timed}
    for _ in range(repeat):
        for key, function in timed.items():
            start = time.perf_counter()
            function()
            seconds[key] = min(seconds[key], time.perf_counter() - start)
    rows = []
    for mix in MIXES:
        for label, key, base in (
            ("tuples (auto: numpy)", "tuples", "counter"),
            ("tuples (pure Python)", "pure", "counter"),
            ("frozensets", "sets", "counter_sets"),
            ("Ballot objects", "papers", "counter"),
            ("votelib 0.4, frozensets", "votelib", "counter_sets"),
        ):
            took = seconds[mix, key]
            rows.append(
                f"| {width} / {seats} | {mix:.0%} | {label} | {count / took:,.0f} "
                f"| {seconds[mix, base] / took:.2f} "
                f"| {seconds[mix, base] / took / (seconds[0.0, base] / seconds[0.0, key]):.2f} "
                f"| {seconds[mix, 'votelib'] / took:.1f} |"
            )
    return rows


def _fields(election: pv.Election) -> dict[str, Any]:
    return {
        "candidates": election.candidates,
        "seats": election.seats,
        "form": election.form,
        "validity": election.validity,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--names", type=int, default=2_000_000, help="names on the ballots timed per mix"
    )
    parser.add_argument("--repeat", type=int, default=5, help="best of N")
    parser.add_argument("--stream", type=int, default=10_000_000, help="ballots streamed")
    parser.add_argument("--columnar", type=int, default=10_000_000, help="numpy matrix rows")
    parser.add_argument("--quick", action="store_true", help="a short run (smaller inputs)")
    arguments = parser.parse_args()
    if arguments.quick:
        arguments.names, arguments.repeat = 300_000, 3
        arguments.stream, arguments.columnar = 1_000_000, 2_000_000

    # Streaming first, before anything large is built, so that the peak is its own.
    candidates = names(20)
    election = pv.Election(seats=15, candidates=candidates)
    pool = make_ballots(candidates, 15, 100_000, 0.02, seed=7)
    before = peak_rss_mb()
    start = time.perf_counter()
    streamed = election.tally(stream(pool, arguments.stream))
    seconds = time.perf_counter() - start
    assert streamed.cast == arguments.stream
    print(
        f"streamed {arguments.stream:,} ballots (2 % irregular) from a generator in "
        f"{seconds:.1f} s ({arguments.stream / seconds:,.0f}/s); peak memory growth "
        f"{peak_rss_mb() - before:.2f} MB\n"
    )

    print(f"best of {arguments.repeat}; ratios measured in this run")
    print(
        "| candidates / seats | irregular | input | ballots/s | x Counter | x clean | x votelib |"
    )
    print("|---|---|---|---|---|---|---|")
    for width, seats in SIZES:
        for row in time_election(width, seats, arguments.names, arguments.repeat):
            print(row, flush=True)
    if arguments.columnar:
        columnar(arguments.columnar, arguments.repeat)


def columnar(rows: int, repeat: int) -> None:
    """The numpy columnar path, with the flag columns honoured."""
    try:
        import numpy as np

        from partyvote.elections.columnar import tally_matrix, tally_packed
    except ImportError:  # pragma: no cover - numpy is optional
        print("numpy not installed: columnar path skipped (pip install 'partyvote[fast]')")
        return
    candidates = names(20)
    election = pv.Election(seats=15, candidates=candidates)
    rng = np.random.default_rng(2025)
    matrix = rng.random((rows, len(candidates)), dtype=np.float32) < 0.375
    packed = np.packbits(matrix, axis=1)
    issued = rng.random(rows, dtype=np.float32) >= 0.01
    marked = rng.random(rows, dtype=np.float32) < 0.005
    sample = [tuple(candidates[i] for i in np.flatnonzero(row)) for row in matrix[:50_000]]
    assert tally_matrix(election, matrix[:50_000]) == election.tally(sample)
    dense = best(lambda: tally_matrix(election, matrix), repeat)
    bits = best(lambda: tally_packed(election, packed), repeat)
    flagged = best(
        lambda: tally_matrix(election, matrix, issued=issued, identifying_marks=marked), repeat
    )
    packed_flagged = best(
        lambda: tally_packed(election, packed, issued=issued, identifying_marks=marked), repeat
    )
    print(f"\ncolumnar, {rows:,} ballots, 20 candidates, 15 seats:")
    print(f"boolean matrix:                  {rows / dense:>14,.0f} ballots/s")
    print(f"packed bits:                     {rows / bits:>14,.0f} ballots/s")
    print(f"boolean matrix, flags honoured:  {rows / flagged:>14,.0f} ballots/s")
    print(f"packed bits, flags honoured:     {rows / packed_flagged:>14,.0f} ballots/s")


if __name__ == "__main__":
    main()
