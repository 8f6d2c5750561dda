"""Time what issue 11 bounded: inputs that used to hang or take quadratic time.

Run: ``python benchmarks/bench_limits.py``.  Each line is one input refused or counted, with
the seconds it took in this run; before the fixes the same inputs took 30 s (a ratio of
twenty million digits), forever (``/dev/zero``), 18 s (a 40,000-column header) and 43 s or
more (200,000 candidates, 20,000 of them tied).
"""

from __future__ import annotations

import contextlib
import io
import time
from collections.abc import Callable
from pathlib import Path

import partyvote as pv
from partyvote._validate import parse_ratio
from partyvote.errors import PartyvoteError
from partyvote.io import load
from partyvote.io.ballots import read_ballots


def seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    with contextlib.suppress(PartyvoteError):  # a refusal is the expected outcome
        action()
    return time.perf_counter() - start


def header(columns: int) -> None:
    names = [f"C{number}" for number in range(columns)]
    election = pv.Election(seats=columns - 1, candidates=names, threshold=None)
    row = ",".join("x" if number % 2 else "" for number in range(columns))
    data = f"{','.join(names)}\n{row}\n".encode()
    election.tally(read_ballots(io.BytesIO(data), election))


def ties(candidates: int, tied: int) -> None:
    names = [f"C{number}" for number in range(candidates)]
    votes = {name: 5 if number < tied else 1 for number, name in enumerate(names)}
    election = pv.Election(seats=10, candidates=names, threshold=None)
    election.count(pv.Tally(votes=votes, cast=candidates))


def main() -> None:
    cases: list[tuple[str, Callable[[], object]]] = [
        ("ratio '1e-20000000' refused", lambda: parse_ratio("1e-20000000")),
        ("header of 40,000 columns read", lambda: header(40_000)),
        ("200,000 candidates, 20,000 tied", lambda: ties(200_000, 20_000)),
    ]
    if Path("/dev/zero").exists():
        cases.append(("/dev/zero as a meeting file refused", lambda: load("/dev/zero")))
    for label, action in cases:
        print(f"{label:<40}{seconds(action):8.3f} s")


if __name__ == "__main__":
    main()
