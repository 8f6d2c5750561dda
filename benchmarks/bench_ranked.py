"""Time STV and instant-runoff counts beside votelib 0.4, in one run.

Run: ``python benchmarks/bench_ranked.py [--repeat 7]`` (needs ``pip install
votelib==0.4.0``). The ballots are real (``tests/real/data``): Dublin North 2002 (43,942
ballots, 19,299 distinct rankings, 12 candidates, 4 seats) and five Scottish council wards:
Glasgow Greater Pollok 2007 (8,682 ballots, 2,197 rankings, 9 candidates, 4 seats), Glasgow
Dennistoun 2017 and 2022 (5,424 and 5,464 ballots, 690 and 848 rankings, 7 candidates, 3
seats) and Edinburgh Fountainbridge/Craiglockhart 2017 and 2022 (9,146 and 9,028 ballots,
743 and 921 rankings, 6 and 7 candidates, 3 seats). partyvote counts by the Scottish rules
(Droop quota, transfer values truncated to five decimals) and exactly; votelib's
``TransferableVoteSelector`` with its Gregory transferer (exact fractions) is the peer.
Both are given the ballots already aggregated by ranking, and the same elected candidates
are checked before timing. Each figure is the best of *repeat* rounds, each round timing
every count once.
"""

from __future__ import annotations

import argparse
import csv
import math
import time
from collections.abc import Callable
from pathlib import Path

import votelib.component.transfer as vt
import votelib.evaluate.sequential as vs

from partyvote.elections import Lot, RankedElection

DATA = Path(__file__).parent.parent / "tests" / "real" / "data"

# file, seats: the real counts; Dublin North also as one seat (instant-runoff)
COUNTS = (
    ("dublin_north_2002", 4),
    ("dublin_north_2002", 1),
    ("glasgow_2007_greater_pollok", 4),
    ("glasgow_2017_dennistoun", 3),
    ("glasgow_2022_dennistoun", 3),
    ("edinburgh_2017_fountainbridge", 3),
    ("edinburgh_2022_fountainbridge", 3),
)


def seconds(call: Callable[[], object]) -> float:
    """The wall time of one call."""
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def ballots(name: str) -> tuple[tuple[str, ...], dict[tuple[str, ...], int]]:
    """The candidates and the aggregated rankings of one data file."""
    with (DATA / f"{name}.csv").open(encoding="utf-8") as lines:
        rows = list(csv.reader(lines, delimiter=";"))
    names = tuple(rows[0][1:])
    return names, {tuple(names[int(c) - 1] for c in row[1:]): int(row[0]) for row in rows[1:]}


def main(repeat: int) -> None:
    calls: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {}
    for name, seats in COUNTS:
        names, rankings = ballots(name)
        for transfers in ("scottish", "exact"):
            election = RankedElection(
                seats=seats, candidates=names, transfers=transfers, ties=Lot("bench")
            )
            peer = vs.TransferableVoteSelector(quota_function="droop", transferer=vt.Gregory())
            ours = set(election.count(rankings).elected)
            theirs = set(peer.evaluate(rankings, seats))
            assert ours == theirs, (name, seats, transfers, ours, theirs)
            calls[f"{name}, {seats} seat(s), {transfers}"] = (
                lambda e=election, r=rankings: e.count(r),
                lambda p=peer, r=rankings, s=seats: p.evaluate(r, s),
            )
    # rounds interleave every count, so that a drifting load touches all of them alike
    best = {label: [math.inf, math.inf] for label in calls}
    for _ in range(repeat):
        for label, (mine, other) in calls.items():
            best[label][0] = min(best[label][0], seconds(mine))
            best[label][1] = min(best[label][1], seconds(other))
    print(f"{'count':<50}{'partyvote ms':>13}{'votelib ms':>12}{'ratio':>8}")
    for label, (mine_s, other_s) in best.items():
        print(f"{label:<50}{mine_s * 1e3:>13.1f}{other_s * 1e3:>12.1f}{other_s / mine_s:>8.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="rounds; the best is kept")
    main(parser.parse_args().repeat)
