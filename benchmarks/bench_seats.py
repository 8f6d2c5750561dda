"""Time proportional seat allocation beside votelib 0.4, in one run.

Run: ``python benchmarks/bench_seats.py`` (needs ``pip install votelib==0.4.0``).  Two cases:
a parliament (598 seats, 30 lists: the size of the German Bundestag) and a council
(15 seats, 6 groups), by D'Hondt, Sainte-Laguë and Hare largest remainder.  partyvote
computes in integers and Fractions and builds an explained :class:`Allocation`; votelib
computes in Fractions or floats as given (ints here) and returns a dict.  The two must agree.
"""

from __future__ import annotations

import random
import timeit
from functools import partial

import votelib.evaluate.proportional as vp

from partyvote.elections import DHONDT, HARE, SAINTE_LAGUE, Apportionment, Lot


def best_rate(call: object, seconds: float = 0.4) -> float:
    """Calls per second of *call*, best of five runs."""
    timer = timeit.Timer(call)  # type: ignore[arg-type]
    number, _ = timer.autorange()
    number = max(1, int(number * seconds / 0.2))
    return number / min(timer.repeat(repeat=5, number=number))


def main() -> None:
    draw = random.Random(15)
    cases = {
        "598 seats, 30 lists": (598, {f"L{i}": draw.randint(1_000, 3_000_000) for i in range(30)}),
        "15 seats, 6 groups": (15, {f"G{i}": draw.randint(10, 400) for i in range(6)}),
    }
    methods = (
        ("D'Hondt", DHONDT, vp.HighestAverages("d_hondt")),
        ("Sainte-Laguë", SAINTE_LAGUE, vp.HighestAverages("sainte_lague")),
        ("Hare LR", HARE, vp.LargestRemainder("hare")),
    )
    print(f"{'case':<22}{'method':<14}{'partyvote/s':>12}{'votelib/s':>12}{'ratio':>8}")
    for label, (seats, votes) in cases.items():
        for name, method, peer in methods:
            house = Apportionment(seats=seats, method=method, ties=Lot("bench"))
            ours = dict(house.allocate(votes).seats)
            theirs = peer.evaluate(votes, seats)
            assert {k: v for k, v in ours.items() if v} == dict(theirs), (label, name)
            mine = best_rate(partial(house.allocate, votes))
            peer_rate = best_rate(partial(peer.evaluate, votes, seats))
            print(f"{label:<22}{name:<14}{mine:>12,.0f}{peer_rate:>12,.0f}{mine / peer_rate:>8.2f}")


if __name__ == "__main__":
    main()
