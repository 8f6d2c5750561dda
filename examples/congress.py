"""A small congress counted with partyvote: the roll, the quorum, a motion and elections.

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

    # Electing the committee: 5 seats, 7 candidates on a strike-out list, more than half of
    # those convened (190-QĐ/TW Art. 30).  Each tuple is one ballot: the names kept.
    committee = pv.Election(
        seats=5,
        candidates=("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải"),
        threshold=pv.more_than("1/2", of=pv.CONVENED),
    )
    ballots = (
        [("An", "Chi", "Dũng", "Hà", "Hải")] * 12
        + [("An", "Bình", "Chi", "Dũng", "Giang")] * 8
        + [("An", "Chi", "Hà")] * 4
        + [("Bình", "Giang", "Hải")] * 2
        + [()]  # every name struck: invalid
    )
    result = committee.count(ballots, roll=roll)
    print(result.explain("en"))
    print(result.explain("vi"))
    following = result.next_round()
    if following is not None:
        print(f"Next round: {following.seats} seat(s) among {', '.join(following.candidates)}")
    print()

    # Electing the secretary directly: one candidate, agree / disagree.
    secretary = pv.Election.approval("An", threshold=pv.more_than("1/2", of=pv.CONVENED))
    papers = [pv.Ballot.single(pv.Mark.AGREE)] * 22 + [pv.Ballot.single(pv.Mark.DISAGREE)] * 5
    print(secretary.count(papers, roll=roll).explain("vi"))


if __name__ == "__main__":
    main()
