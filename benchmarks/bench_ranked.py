"""Time STV and instant-runoff counts beside votelib 0.4, in one run.

Run: ``python benchmarks/bench_ranked.py`` (needs ``pip install votelib==0.4.0``).  The
ballots are real (``tests/real/data``): Dublin North 2002 (43,942 ballots, 19,299 distinct
rankings, 12 candidates, 4 seats) and three Glasgow council wards counted by the Scottish
rules, Greater Pollok 2007 (8,682 ballots, 2,197 rankings, 9 candidates, 4 seats) and
Dennistoun 2017 and 2022 (5,424 and 5,464 ballots, 690 and 848 rankings, 7 candidates, 3
seats).  partyvote counts by the Scottish rules (Droop quota, transfer values truncated to
five decimals) and exactly; votelib's ``TransferableVoteSelector`` with its Gregory
transferer (exact fractions) is the peer.  Both are given the ballots already aggregated by
ranking, and the same elected candidates are checked before timing.
"""

from __future__ import annotations

import csv
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
)


def best_seconds(call: Callable[[], object], repeat: int = 5) -> float:
    """The best wall time of *repeat* calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def ballots(name: str) -> tuple[tuple[str, ...], dict[tuple[str, ...], int]]:
    """The candidates and the aggregated rankings of one data file."""
    with (DATA / f"{name}.csv").open(encoding="utf-8") as lines:
        rows = list(csv.reader(lines, delimiter=";"))
    names = tuple(rows[0][1:])
    return names, {tuple(names[int(c) - 1] for c in row[1:]): int(row[0]) for row in rows[1:]}


def main() -> None:
    print(f"{'count':<50}{'partyvote ms':>13}{'votelib ms':>12}{'ratio':>8}")
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
            mine = best_seconds(lambda e=election, r=rankings: e.count(r))
            other = best_seconds(lambda p=peer, r=rankings, s=seats: p.evaluate(r, s))
            label = f"{name}, {seats} seat(s), {transfers}"
            print(f"{label:<50}{mine * 1e3:>13.1f}{other * 1e3:>12.1f}{other / mine:>8.2f}")


if __name__ == "__main__":
    main()
