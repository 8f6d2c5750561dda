"""Time Meek counts beside pref_voting 1.18's ``stv_meek``, in one run.

Run: ``python benchmarks/bench_meek.py`` (needs ``pip install pref-voting==1.18.2``);
``--dublin`` adds Dublin North 2002 (43,942 ballots, 12 candidates, 4 seats), where the
peer takes minutes.  The default election is Wichmann's validation election M135 (677
ballots, 25 candidates, 7 seats, ``tests/elections/data/M135.blt``).  partyvote counts by the
New Zealand rule (9-digit fixed point, exact integers); pref_voting iterates in floats to a
tolerance of 1e-10.  Both are given the ballots aggregated by ranking, and the script checks
that both elect the same candidates.
"""

from __future__ import annotations

import csv
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from pref_voting.profiles_with_ties import ProfileWithTies
from pref_voting.proportional_methods import stv_meek

from partyvote.elections import Lot, RankedElection

ROOT = Path(__file__).parent.parent
Ballots = dict[tuple[str, ...], int]


def read_blt(path: Path) -> tuple[tuple[str, ...], int, Ballots]:
    """The candidates, seats and rankings of a ballot file in the "blt" format."""
    lines = path.read_text(encoding="utf-8").splitlines()
    count, seats = map(int, lines[0].split())
    rows = lines[1 : lines.index("0")]
    names = tuple(line.strip().strip('"') for line in lines[len(rows) + 2 :][:count])
    ballots: Counter[tuple[str, ...]] = Counter()
    for row in rows:
        weight, *marks = map(int, row.split())
        ballots[tuple(names[mark - 1] for mark in marks[:-1])] += weight
    return names, seats, dict(ballots)


def best_seconds(call: Callable[[], object], repeat: int) -> float:
    """The best wall time of *repeat* calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def dublin_north() -> tuple[tuple[str, ...], int, Ballots]:
    """Dublin North 2002: candidates, seats and rankings."""
    path = ROOT / "tests" / "real" / "data" / "dublin_north_2002.csv"
    with path.open(encoding="utf-8") as lines:
        rows = list(csv.reader(lines, delimiter=";"))
    names = tuple(rows[0][1:])
    return names, 4, {tuple(names[int(c) - 1] for c in row[1:]): int(row[0]) for row in rows[1:]}


def compare(label: str, names: tuple[str, ...], seats: int, ballots: Ballots, repeat: int) -> None:
    """Count *ballots* both ways, check the winners agree, print the times."""
    counted = {ranking: n for ranking, n in ballots.items() if ranking}
    election = RankedElection(seats=seats, candidates=names, transfers="meek", ties=Lot("b"))
    profile = ProfileWithTies(
        [{name: rank for rank, name in enumerate(ranking, start=1)} for ranking in counted],
        rcounts=list(counted.values()),
        candidates=list(names),
    )
    ours = set(election.count(counted).elected)
    theirs = set(stv_meek(profile, num_seats=seats))
    assert ours == theirs, (label, ours, theirs)
    mine = best_seconds(lambda: election.count(counted), repeat)
    other = best_seconds(lambda: stv_meek(profile, num_seats=seats), 1)
    print(f"{label:<34}{mine:>12.3f}{other:>15.3f}{other / mine:>10.0f}")


def main() -> None:
    print(f"{'count':<34}{'partyvote s':>12}{'pref_voting s':>15}{'ratio':>10}")
    names, seats, ballots = read_blt(ROOT / "tests" / "elections" / "data" / "M135.blt")
    compare("M135, 7 of 25 (677 ballots)", names, seats, ballots, repeat=5)
    if "--dublin" in sys.argv:
        compare("Dublin North, 4 of 12 (43,942)", *dublin_north(), repeat=3)


if __name__ == "__main__":
    main()
