"""Hypothesis strategies for partyvote's values, to property-test your own rules.

Install with ``pip install 'partyvote[testing]'``.  Every strategy draws only valid values:
a :func:`votes` never exceeds its roll, a :func:`ballots` list only names listed candidates.

>>> from hypothesis import given
>>> from partyvote import more_than
>>> from partyvote.strategies import rolls_and_votes
>>> @given(rolls_and_votes())
... def test_more_yes_never_hurts(pair):
...     roll, votes = pair
...     rule = more_than("1/2")
...     if rule.decide(votes, roll=roll).passed and votes.abstain:
...         better = type(votes)(votes.yes + 1, votes.no, abstain=votes.abstain - 1)
...         assert rule.decide(better, roll=roll).passed
>>> test_more_yes_never_hurts()
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from partyvote.elections.ballot import Ballot, Mark
from partyvote.elections.cumulative import CumulativeBallot
from partyvote.elections.election import Election
from partyvote.elections.tally import Tally
from partyvote.roll import Roll
from partyvote.rules.weighted import Poll
from partyvote.votes import Votes

__all__ = [
    "ballots",
    "candidate_names",
    "cumulative_ballots",
    "elections",
    "paper_ballots",
    "polls",
    "rolls",
    "rolls_and_votes",
    "tallies",
    "votes",
]


def __dir__() -> list[str]:
    return __all__


def rolls(max_members: int = 500) -> st.SearchStrategy[Roll]:
    """Rolls of up to *max_members* members, with excused absentees and those present.

    >>> from hypothesis import find
    >>> find(rolls(), lambda roll: roll.excused > 0)
    Roll(members=1, excused=1, present=0)
    """

    @st.composite
    def build(draw: st.DrawFn) -> Roll:
        members = draw(st.integers(1, max_members))
        present = draw(st.integers(0, members))
        excused = draw(st.integers(0, members - present))
        return Roll(members, excused=excused, present=present)

    return build()


def votes(present: int) -> st.SearchStrategy[Votes]:
    """Votes cast by at most *present* people: yes, no, abstain, blank and invalid.

    >>> from hypothesis import find
    >>> find(votes(10), lambda drawn: drawn.invalid and drawn.yes)
    Votes(yes=1, no=0, abstain=0, blank=0, invalid=1)
    """

    @st.composite
    def build(draw: st.DrawFn) -> Votes:
        cast = draw(st.integers(0, present))
        cuts = sorted(draw(st.lists(st.integers(0, cast), min_size=4, max_size=4)))
        yes, no, abstain, blank = (b - a for a, b in zip([0, *cuts[:3]], cuts, strict=True))
        return Votes(yes, no, abstain=abstain, blank=blank, invalid=cast - cuts[-1])

    return build()


def rolls_and_votes(max_members: int = 500) -> st.SearchStrategy[tuple[Roll, Votes]]:
    """A roll and votes that fit it (never more votes than members present).

    >>> from hypothesis import find
    >>> find(rolls_and_votes(), lambda pair: pair[1].no > 1)
    (Roll(members=2, excused=0, present=2), Votes(yes=0, no=2, abstain=0, blank=0, invalid=0))
    """
    return rolls(max_members).flatmap(
        lambda roll: st.tuples(st.just(roll), votes(roll.present or 0))
    )


def candidate_names(min_size: int = 1, max_size: int = 8) -> st.SearchStrategy[tuple[str, ...]]:
    """Unique candidate names, Vietnamese-style, e.g. ``("An 0", "Bình 1")``.

    >>> from hypothesis import find
    >>> find(candidate_names(3, 3), lambda names: True)
    ('An 0', 'An 1', 'An 2')
    """
    given = ("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Minh", "Phương")
    return st.lists(st.sampled_from(given), min_size=min_size, max_size=max_size).map(
        lambda drawn: tuple(f"{name} {index}" for index, name in enumerate(drawn))
    )


def elections(max_candidates: int = 8) -> st.SearchStrategy[Election]:
    """Elections with 1 to *max_candidates* candidates and a fitting number of seats.

    >>> from hypothesis import find
    >>> find(elections(), lambda election: election.seats > 1).form
    <BallotForm.AGREE_DISAGREE: 'agree-disagree'>
    """

    @st.composite
    def build(draw: st.DrawFn) -> Election:
        names = draw(candidate_names(1, max_candidates))
        seats = draw(st.integers(1, len(names)))
        return Election(seats=seats, candidates=names)

    return build()


def ballots(
    candidates: Sequence[str], seats: int, *, max_size: int = 60
) -> st.SearchStrategy[list[tuple[str, ...]]]:
    """Plain ballots (tuples of names kept, in list order), some of them invalid.

    >>> from hypothesis import find
    >>> find(ballots(("An", "Bình", "Chi"), 2), lambda papers: any(len(p) > 2 for p in papers))
    [('An', 'Bình', 'Chi')]
    """
    paper = st.lists(st.sampled_from(tuple(candidates)), unique=True, max_size=seats + 1).map(tuple)
    return st.lists(paper, max_size=max_size)


def paper_ballots(candidates: Sequence[str], *, max_size: int = 40) -> st.SearchStrategy[Ballot]:
    """:class:`~partyvote.Ballot` papers of every kind, including invalid ones.

    >>> from hypothesis import find
    >>> find(paper_ballots(("An", "Bình")), lambda paper: paper.identifying_marks).kept
    frozenset()
    """
    names = st.sampled_from(tuple(candidates))
    subsets = st.frozensets(names)
    return st.one_of(
        st.builds(Ballot, kept=subsets, issued=st.booleans()),
        st.builds(Ballot, struck=subsets),
        st.builds(Ballot, marks=st.dictionaries(names, st.sampled_from(Mark))),
        st.builds(Ballot, kept=subsets, identifying_marks=st.booleans()),
        st.builds(Ballot, kept=subsets, written_in=st.lists(st.just("Someone else"), max_size=1)),
    )


def cumulative_ballots(
    candidates: Sequence[str], seats: int, *, max_size: int = 12, max_shares: int = 10**6
) -> st.SearchStrategy[list[CumulativeBallot]]:
    """Shareholders' valid cumulative ballots for *seats* board seats (Luật Doanh nghiệp
    2020 Art. 148(3)): each holds its shares × *seats* votes and gives at most that many,
    all to listed *candidates*, spread or on one name.

    >>> from hypothesis import find
    >>> paper = find(cumulative_ballots(("An", "Bình"), 3), lambda papers: bool(papers))[0]
    >>> paper.shares, paper.given_total <= paper.held(3)
    (1, True)
    """
    names = tuple(candidates)

    @st.composite
    def paper(draw: st.DrawFn) -> CumulativeBallot:
        shares = draw(st.integers(1, max_shares))
        chosen = draw(st.lists(st.sampled_from(names), unique=True))
        left = shares * seats
        given = {}
        for name in chosen:
            given[name] = draw(st.integers(0, left))
            left -= given[name]
        return CumulativeBallot(shares, given)

    return st.lists(paper(), max_size=max_size)


def tallies(candidates: Sequence[str], seats: int) -> st.SearchStrategy[Tally]:
    """Consistent hand-entered tallies for an election of *candidates* for *seats*.

    >>> from hypothesis import find
    >>> find(tallies(("An", "Bình"), 1), lambda tally: tally.invalid_total and tally.valid)
    Tally(votes=Counts({'An': 1}), cast=2, blank=0, invalid=Counts({...: 1}), unmarked=Counts({}))
    """
    return ballots(candidates, seats).map(
        lambda drawn: Election(seats=seats, candidates=tuple(candidates)).tally(drawn)
    )


def polls(max_voters: int = 12, max_weight: int = 10**6) -> st.SearchStrategy[Poll]:
    """Weighted polls: up to *max_voters* voters, each with a weight and a choice.

    >>> from hypothesis import find
    >>> poll = find(polls(), lambda poll: poll.yes > poll.no > 0)
    >>> poll.yes > poll.no, len(poll.entries) <= 12
    (True, True)
    """
    entry = st.tuples(
        st.integers(1, max_weight), st.sampled_from(["yes", "no", "abstain", "absent"])
    )
    return st.lists(entry, min_size=1, max_size=max_voters).map(
        lambda drawn: Poll.of(
            (f"voter {index}", weight, choice) for index, (weight, choice) in enumerate(drawn)
        )
    )
