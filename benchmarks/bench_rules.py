"""Time the rule core against DESIGN.md §6 and print calls/s with ratios to bare Python.

Run: ``python benchmarks/bench_rules.py``.  Targets: ``Threshold.required`` at least
2 M calls/s, a full ``Motion.decide`` with its ``Decision`` at least 300 k calls/s,
``import partyvote`` under 150 ms.  Ratios are to a bare integer expression timed in the
same run, so they carry over between machines better than the raw rates.
"""

from __future__ import annotations

import subprocess
import sys
import timeit

import partyvote as pv


def rate(statement: str, namespace: dict[str, object], seconds: float = 0.5) -> float:
    """Calls per second of *statement*, best of five runs."""
    timer = timeit.Timer(statement, globals=namespace)
    number, _ = timer.autorange()
    number = max(number, int(number * seconds / 0.2))
    best = min(timer.repeat(repeat=5, number=number))
    return number / best


def import_time() -> float:
    """Seconds to ``import partyvote`` in a fresh interpreter (best of five)."""
    code = "import time; t = time.perf_counter(); import partyvote; print(time.perf_counter() - t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(5)
    ]
    return min(runs)


def main() -> None:
    threshold = pv.more_than("1/2", of=pv.CONVENED)
    motion = pv.Motion(
        pv.more_than("1/2", of=pv.VALID), quorum=pv.Quorum(pv.at_least("2/3", of=pv.CONVENED))
    )
    plain = pv.Motion(pv.more_than("1/2", of=pv.VALID))
    roll = pv.Roll(31, excused=1, present=27)
    votes = pv.Votes(14, 10, abstain=3)
    namespace: dict[str, object] = {
        "threshold": threshold,
        "motion": motion,
        "plain": plain,
        "roll": roll,
        "votes": votes,
        "n": 31,
        "p": 1,
        "q": 2,
    }
    bare = rate("n * p // q + 1", namespace)
    rows = [
        ("Threshold.required", rate("threshold.required(n)", namespace), 2_000_000),
        ("Motion.decide (no quorum)", rate("plain.decide(votes, roll=roll)", namespace), 300_000),
        (
            "Motion.decide (with quorum)",
            rate("motion.decide(votes, roll=roll)", namespace),
            300_000,
        ),
    ]
    print(f"{'bare n * p // q + 1':<30} {bare:>14,.0f} calls/s")
    for name, calls, target in rows:
        verdict = "meets" if calls >= target else "MISSES"
        print(
            f"{name:<30} {calls:>14,.0f} calls/s  {bare / calls:6.1f}x slower than bare"
            f"  target {target:,}/s: {verdict}"
        )
    seconds = import_time()
    verdict = "meets" if seconds < 0.150 else "MISSES"
    print(f"{'import partyvote':<30} {seconds * 1000:>11.1f} ms  target < 150 ms: {verdict}")


if __name__ == "__main__":
    main()
