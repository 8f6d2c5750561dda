"""Time reading and counting a ballots file against a bare ``csv.reader`` pass over it.

Run: ``python benchmarks/bench_ballots_file.py [--rows 1_000_000] [--repeat 5]``.

The file: 20 candidates, 15 seats, one column per candidate (``x`` for a name kept) and an
``issued`` column, with 0 %, 1 %, 2 % and 5 % irregular papers (all struck, too many kept, not
issued).  Printed: seconds for a bare ``csv.reader`` pass (no checks), for
``Election.tally(read_ballots(...))``, their ratio, and the peak memory growth of the
count of the 5 % file.  Each figure is the best of N runs, measured side by side in the same run.
Target (issue 13): at least 0.4 x the bare pass, flat memory.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import tempfile
import time
from pathlib import Path

import partyvote as pv
from partyvote.io.ballots import read_ballots

CANDIDATES = tuple(f"Candidate {index:02d}" for index in range(20))
SEATS = 15


def write_file(path: Path, rows: int, irregular: float, seed: int = 2025) -> None:
    """A ballots file of *rows* papers, a share *irregular* of them irregular."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as file:
        out = csv.writer(file)
        out.writerow([*CANDIDATES, "issued"])
        for _ in range(rows):
            kept = set(rng.sample(range(20), rng.randint(1, SEATS - 1)))
            issued = ""
            if rng.random() < irregular:
                kind = rng.randrange(3)
                if kind == 0:
                    kept = set()
                elif kind == 1:
                    kept = set(rng.sample(range(20), SEATS + 1))
                else:
                    issued = "no"
            out.writerow(["x" if i in kept else "" for i in range(20)] + [issued])


def bare(path: Path) -> int:
    """A bare csv.reader pass: the rows counted, nothing checked."""
    with path.open(encoding="utf-8", newline="") as file:
        return sum(1 for _ in csv.reader(file))


def best(function: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    election = pv.Election(seats=SEATS, candidates=CANDIDATES)
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for irregular in (0.0, 0.01, 0.02, 0.05):
            files[irregular] = Path(folder) / f"ballots-{irregular}.csv"
            write_file(files[irregular], arguments.rows, irregular)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        counted = election.tally(read_ballots(files[0.05], election))
        growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before
        assert counted.cast == arguments.rows
        print(f"{arguments.rows:,} rows, 20 candidates, best of {arguments.repeat}")
        print("| irregular | bare csv.reader s | partyvote s | x csv.reader |")
        print("|---|---|---|---|")
        seconds: dict[tuple[float, str], float] = {}
        for _ in range(arguments.repeat):
            for irregular, path in files.items():
                for key, run in (
                    ("bare", lambda path=path: bare(path)),
                    ("ours", lambda path=path: election.tally(read_ballots(path, election))),
                ):
                    took = best(run, 1)
                    seconds[irregular, key] = min(seconds.get((irregular, key), took), took)
        for irregular in files:
            ours, theirs = seconds[irregular, "ours"], seconds[irregular, "bare"]
            print(f"| {irregular:.0%} | {theirs:.2f} | {ours:.2f} | {theirs / ours:.2f} |")
        print(f"peak memory growth counting the 5 % file: {growth:.1f} MB")


if __name__ == "__main__":
    main()
