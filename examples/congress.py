"""A small congress counted with partyvote: the roll, the quorum and a motion.

Run: ``python examples/congress.py``.
"""

from __future__ import annotations

import partyvote as pv


def main() -> None:
    # A congress of a grassroots party committee: 31 delegates on the roll, 1 excused for
    # the whole congress, 27 in the hall.
    roll = pv.Roll(31, excused=1, present=27)
    quorum = pv.Quorum(pv.at_least("2/3", of=pv.CONVENED))
    print("Roll:", roll)
    print(quorum.decide(roll).explain("en"))
    print(quorum.decide(roll).explain("vi"))
    print()

    # Adopting the resolution: more than half of those convened (190-QĐ/TW Art. 30 base).
    motion = pv.Motion(pv.more_than("1/2", of=pv.CONVENED), quorum=quorum)
    for votes in (pv.Votes(14, 10, abstain=3), pv.Votes(20, 5, abstain=2)):
        decision = motion.decide(votes, roll=roll)
        print(votes)
        print(decision.explain("en"))
        print(decision.explain("vi"))
        print()


if __name__ == "__main__":
    main()
