"""Time STV and instant-runoff counts beside votelib 0.4, in one run.

Run: ``python benchmarks/bench_ranked.py`` (needs ``pip install votelib==0.4.0``).  The
ballots are Dublin North 2002 (43,942 ballots, 19,299 distinct rankings, 12 candidates,
4 seats, ``tests/real/data``).  partyvote counts by the Scottish rules (Droop quota,
transfer values truncated to five decimals) and exactly; votelib's
``TransferableVoteSelector`` with its Gregory transferer (exact fractions) is the peer.
Both are given the ballots already aggregated by ranking.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable
from pathlib import Path

import votelib.component.transfer as vt
import votelib.evaluate.sequential as vs

from partyvote.elections import Lot, RankedElection

DATA = Path(__file__).parent.parent / "tests" / "real" / "data" / "dublin_north_2002.csv"


def best_seconds(call: Callable[[], object], repeat: int = 3) -> float:
    """The best wall time of *repeat* calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    with DATA.open(encoding="utf-8") as lines:
        rows = list(csv.reader(lines, delimiter=";"))
    names = tuple(rows[0][1:])
    ballots = {tuple(names[int(c) - 1] for c in row[1:]): int(row[0]) for row in rows[1:]}
    print(f"{'count':<34}{'partyvote s':>12}{'votelib s':>12}{'ratio':>8}")
    for seats in (4, 1):
        for transfers in ("scottish", "exact"):
            election = RankedElection(
                seats=seats, candidates=names, transfers=transfers, ties=Lot("bench")
            )
            peer = vs.TransferableVoteSelector(quota_function="droop", transferer=vt.Gregory())
            ours = set(election.count(ballots).elected)
            theirs = set(peer.evaluate(ballots, seats))
            assert ours == theirs, (seats, transfers, ours, theirs)
            mine = best_seconds(lambda e=election: e.count(ballots))
            other = best_seconds(lambda p=peer, s=seats: p.evaluate(ballots, s))
            label = f"{seats} seat(s), {transfers} transfers"
            print(f"{label:<34}{mine:>12.3f}{other:>12.3f}{other / mine:>8.2f}")


if __name__ == "__main__":
    main()
