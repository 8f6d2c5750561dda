"""Meek's method as New Zealand counts it: the count behind ``RankedElection(transfers="meek")``.

The Local Electoral Regulations 2001 (SR 2001/145), Schedule 1A, "New Zealand method of
counting single transferable votes", Part 1:

* every value is a decimal with 9 digits after the point; here a whole number of
  billionths, so the count is integer arithmetic and the same on every machine;
* the quota is ``(v - vnt) / (n + 1) + 0.000000001``, truncated to 9 digits, where ``v`` is
  the valid voting documents, ``vnt`` the non-transferable votes and ``n`` the vacancies
  (clause 5), recalculated after every distribution;
* a candidate with votes equal to or above the quota is successful (clause 6);
* every voting document gives each candidate it ranks, in order, the value it still has
  times the candidate's keep value, and keeps the rest for its next preference (clause 10:
  "the product of each multiplication ... calculated to 9 decimal digits after the point and
  rounded up if not exact"); hopeful candidates keep 1, excluded ones 0;
* a successful candidate's keep value becomes ``q x kc / vc``, the product and the quotient
  each rounded up to 9 digits (clause 17);
* the hopeful candidate with the fewest votes is excluded when those votes plus the total
  surplus are less than the next candidate's, or when the total surplus is less than 0.0001
  (clause 13); a tie goes to the candidate behind at the earliest iteration where the tied
  differed (clause 19 and the AAFD method of clause 40: "at the earliest step at which the
  candidates had different numbers of votes"), then to the election's tie policy (the
  Schedule's pseudo-random numbers are not reproduced);
* counting is complete when the vacancies are filled, or when the successful and hopeful
  candidates together are as many as the vacancies (clause 3).

A fixed point of the iteration that satisfies neither test of clause 13 would repeat for
ever; this count then excludes the lowest candidate as if the surplus were below 0.0001
(the Schedule's clause 23 leaves such cases to the count).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Literal

from partyvote.elections._stage import Stage
from partyvote.elections.ties import TiePolicy

__all__ = ["Meek"]


def __dir__() -> list[str]:
    return __all__


ONE = 10**9
"""1 in billionths: values carry 9 decimal digits (Schedule 1A clause 5)."""
SURPLUS_LIMIT = ONE // 10_000
"""0.0001 (clause 13)."""

Node = tuple[int, int, int, list["Node"]]
"""A node of the rankings' prefix tree: candidate, ballots through it, ballots ending there,
children.  Ballots sharing a prefix get the same values on it, so the tree counts them once."""


def _up(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


class Meek:
    """One Meek count; :meth:`run` gives its stages and outcome."""

    def __init__(
        self,
        seats: int,
        candidates: Sequence[str],
        rankings: Mapping[tuple[str, ...], int],
        ties: TiePolicy,
    ) -> None:
        self.seats = seats
        self.names = tuple(candidates)
        self.ties = ties
        index = {name: number for number, name in enumerate(self.names)}
        self.tree = _tree(((tuple(index[n] for n in r), k) for r, k in rankings.items()))
        self.valid = sum(rankings.values())
        self.keep = [ONE] * len(self.names)
        self.state = ["hopeful"] * len(self.names)
        self.votes = [0] * len(self.names)
        self.lost = 0
        self.quota = 0
        self.history: list[list[int]] = []
        self.stages: list[Stage] = []
        self.elected: list[str] = []
        self.tied: tuple[str, ...] = ()
        self.pending = 0
        self.iterations = 0
        self.surplus: int | None = None  # the total surplus at the previous iteration

    def run(self) -> Meek:
        """Count until the vacancies are filled or an undecided tie stops the count."""
        self._distribute()
        reached = self._reach()
        self._record("first", None, reached)
        while not self._complete():
            self._update_keep_values()
            self._distribute()
            reached = self._reach()
            if reached:
                self._record("iteration", None, reached)
                self.surplus = None
                continue
            lowest = self._to_exclude()
            if self.pending:
                break
            if lowest is not None:
                self._record("exclusion", self.names[lowest], ())
                self.state[lowest] = "excluded"
                self.keep[lowest] = 0
                self.surplus = None
        return self

    # --- the Schedule's steps ------------------------------------------------------------

    def _distribute(self) -> None:
        """Clause 10 for every voting document, then the quota of clause 5."""
        self.iterations += 1
        votes = [0] * len(self.names)
        keep = self.keep
        lost = 0
        stack: list[tuple[list[Node], int]] = [(self.tree, ONE)]
        while stack:
            nodes, value = stack.pop()
            for candidate, through, ending, children in nodes:
                kept = keep[candidate]
                if kept == ONE:
                    votes[candidate] += value * through
                    continue
                if kept:
                    votes[candidate] += _up(value * kept, ONE) * through
                    rest = _up(value * (ONE - kept), ONE)
                else:
                    rest = value
                lost += rest * ending
                if children and rest:
                    stack.append((children, rest))
        self.votes, self.lost = votes, lost
        self.quota = (self.valid * ONE - lost) // (self.seats + 1) + 1
        self.history.append(votes)

    def _reach(self) -> tuple[int, ...]:
        """Clause 6: hopeful candidates at or above the quota become successful, as many as
        vacancies remain (the most votes first, then the tie policy)."""
        reached = [c for c, s in enumerate(self.state) if s == "hopeful"]
        reached = [c for c in reached if self.votes[c] >= self.quota]
        reached.sort(key=lambda c: -self.votes[c])
        left = self.seats - len(self.elected)
        if len(reached) > left:
            bar = self.votes[reached[left - 1]]
            sure = [c for c in reached if self.votes[c] > bar]
            level = tuple(self.names[c] for c in reached if self.votes[c] == bar)
            outcome = self.ties.break_tie(level, left - len(sure))
            chosen = set(outcome.winners)
            reached = sure + [c for c in reached if self.names[c] in chosen]
            if outcome.pending:
                self.tied, self.pending = outcome.pending, left - len(reached)
        for candidate in reached:
            self.state[candidate] = "successful"
            self.elected.append(self.names[candidate])
        return tuple(reached)

    def _complete(self) -> bool:
        if self.pending or len(self.elected) >= self.seats:
            return True
        hopeful = [c for c, s in enumerate(self.state) if s == "hopeful"]
        if len(self.elected) + len(hopeful) <= self.seats:
            self._distribute()  # the excluded candidate's votes moved on, for the record
            hopeful.sort(key=lambda c: -self.votes[c])
            for candidate in hopeful:
                self.state[candidate] = "successful"
                self.elected.append(self.names[candidate])
            self._record("filled", None, tuple(hopeful))
            return True
        return False

    def _update_keep_values(self) -> None:
        """Clause 17: ``kc = q x kc / vc``, each step rounded up to 9 digits."""
        for candidate, state in enumerate(self.state):
            if state == "successful":
                product = _up(self.quota * self.keep[candidate], ONE)
                self.keep[candidate] = _up(product * ONE, self.votes[candidate])

    def _to_exclude(self) -> int | None:
        """Clause 13 (and 19 for ties): the candidate to exclude, or ``None`` to iterate
        again (or when the tie policy leaves a tie undecided: then :attr:`pending`)."""
        hopeful = sorted(
            (c for c, s in enumerate(self.state) if s == "hopeful"), key=self.votes.__getitem__
        )
        surplus = sum(
            self.votes[c] - self.quota for c, s in enumerate(self.state) if s == "successful"
        )
        lowest = self.votes[hopeful[0]]
        others = [self.votes[c] for c in hopeful if self.votes[c] != lowest]
        clear = bool(others) and lowest + surplus < min(others)
        # a fixed point of the rounded iteration: the surplus no longer falls
        stuck = self.surplus is not None and surplus >= self.surplus
        self.surplus = surplus
        if not (clear or surplus < SURPLUS_LIMIT or stuck):
            return None
        tied = [c for c in hopeful if self.votes[c] == lowest]
        for earlier in self.history:  # clauses 19, 40: behind at the *earliest* difference
            seen = {earlier[c] for c in tied}
            if len(seen) > 1:
                tied = [c for c in tied if earlier[c] == min(seen)]
                break
        if len(tied) == 1:
            return tied[0]
        names = tuple(self.names[c] for c in tied)
        outcome = self.ties.break_tie(names, len(names) - 1)
        if outcome.pending:
            self.tied, self.pending = names, self.seats - len(self.elected)
            return None
        return next(c for c in tied if self.names[c] not in outcome.winners)

    def _record(
        self,
        action: Literal["first", "iteration", "exclusion", "filled"],
        subject: str | None,
        reached: tuple[int, ...],
    ) -> None:
        shown = [c for c, s in enumerate(self.state) if s != "excluded" or self.votes[c]]
        self.stages.append(
            Stage(
                action=action,
                subject=subject,
                votes=tuple(
                    (self.names[c], Fraction(self.votes[c], ONE)) for c in shown if self.votes[c]
                ),
                non_transferable=Fraction(self.lost, ONE),
                elected=tuple(self.names[c] for c in reached),
                quota=Fraction(self.quota, ONE),
                keep=tuple(
                    (self.names[c], Fraction(self.keep[c], ONE))
                    for c, s in enumerate(self.state)
                    if s == "successful" and self.keep[c] != ONE
                ),
                iterations=self.iterations,
            )
        )


class _Branch:
    """A prefix while the tree is built."""

    __slots__ = ("children", "ending", "through")

    def __init__(self) -> None:
        self.through = 0
        self.ending = 0
        self.children: dict[int, _Branch] = {}


def _tree(rankings: Iterable[tuple[tuple[int, ...], int]]) -> list[Node]:
    """The prefix tree of *rankings* (candidate numbers, and how many such ballots)."""
    root = _Branch()
    for ranking, number in rankings:
        branch = root
        for candidate in ranking:
            branch = branch.children.setdefault(candidate, _Branch())
            branch.through += number
        branch.ending += number
    return _freeze(root)


def _freeze(branch: _Branch) -> list[Node]:
    return [
        (candidate, child.through, child.ending, _freeze(child))
        for candidate, child in branch.children.items()
    ]
