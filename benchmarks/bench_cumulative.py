"""Time cumulative-voting counts (bầu dồn phiếu) and print ballots/s with ratios from one run.

Run: ``python benchmarks/bench_cumulative.py [--ballots N]``.

The election: a board of 5 from 7 candidates; each shareholder holds 1 to 1,000,000 shares
and gives their shares × 5 votes to 1 to 5 candidates; 2 % of the ballots give more votes
than they hold and 1 % name someone not on the list, spread evenly.  Compared with:

* a bare loop adding every ballot's votes into a dict (no check at all), the floor;
* partyvote counting strike-out ballots of the same number (20 candidates, 15 seats), the
  speed standard the issue sets for cumulative ballots.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

import partyvote as pv
from partyvote.elections import CumulativeBallot, CumulativeElection

CANDIDATES = tuple(f"Candidate {index}" for index in range(7))
SEATS = 5


def make_ballots(count: int, seed: int = 2025) -> list[tuple[int, dict[str, int]]]:
    """*count* ``(shares, {name: votes})`` ballots, 3 % of them invalid."""
    rng = random.Random(seed)
    ballots = []
    for index in range(count):
        shares = rng.randint(1, 1_000_000)
        held = shares * SEATS
        names = rng.sample(CANDIDATES, rng.randint(1, SEATS))
        cuts = sorted(rng.randint(0, held) for _ in range(len(names) - 1))
        votes = [b - a for a, b in zip([0, *cuts], [*cuts, held], strict=True)]
        given = dict(zip(names, votes, strict=True))
        if index % 50 == 7:  # 2 %: one vote too many
            given[names[0]] += 1
        elif index % 100 == 13:  # 1 %: a name not on the list
            given["Someone Else"] = 1
        ballots.append((shares, given))
    return ballots


def best(function: Callable[[], object], repeat: int = 5) -> float:
    """Seconds of the fastest of *repeat* runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def bare(ballots: list[tuple[int, dict[str, int]]]) -> dict[str, int]:
    """Add every ballot's votes, with no check: the floor."""
    totals: dict[str, int] = {}
    for _shares, given in ballots:
        for name, votes in given.items():
            totals[name] = totals.get(name, 0) + votes
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ballots", type=int, default=200_000)
    count = parser.parse_args().ballots

    ballots = make_ballots(count)
    objects = [CumulativeBallot(shares, given) for shares, given in ballots]
    board = CumulativeElection(seats=SEATS, candidates=CANDIDATES)
    result = board.count(ballots)
    assert result == board.count(objects)

    rng = random.Random(7)
    strike_names = tuple(f"Candidate {index:02d}" for index in range(20))
    strike = [
        tuple(strike_names[i] for i in sorted(rng.sample(range(20), rng.randint(1, 14))))
        for _ in range(count)
    ]
    committee = pv.Election(seats=15, candidates=strike_names)

    timings = {
        "bare dict loop, no checks": best(lambda: bare(ballots)),
        "cumulative, (shares, dict) pairs": best(lambda: board.count(ballots)),
        "cumulative, CumulativeBallot objects": best(lambda: board.count(objects)),
        "strike-out, tuples (reference)": best(lambda: committee.count(strike)),
    }
    floor = timings["bare dict loop, no checks"]
    strike_time = timings["strike-out, tuples (reference)"]
    print(f"{count:,} ballots, {result.ballots_invalid:,} invalid; elected {result.elected}")
    for name, seconds in timings.items():
        print(
            f"{name:38} {count / seconds:>12,.0f} ballots/s"
            f"  {floor / seconds:5.2f} x bare  {strike_time / seconds:5.2f} x strike-out"
        )


if __name__ == "__main__":
    main()
