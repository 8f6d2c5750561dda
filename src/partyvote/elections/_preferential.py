"""Robert's Rules' preferential voting: the count behind ``RankedElection(reading="ronr")``.

Robert's Rules of Order Newly Revised (12th ed., 2020) §45:62-69 describe one method of
preferential voting (the wording below was checked against the 10th edition's text, pp.
411-414, which the later editions keep):

* the ballots are sorted into piles by first choice; a candidate whose pile holds more than
  half of the ballots is elected;
* otherwise the thinnest pile is redistributed by the next choice still in the running, and
  so on until one pile holds more than half of the ballots;
* a ballot whose marked names have all been eliminated is set aside, in no pile; it stays
  among "the ballots" of which a majority is taken;
* candidates tied for the last place are eliminated together, in one step;
* a tie in the winning position goes to the candidate strongest in first choices;
* to fill several offices of the same kind, candidates are eliminated until only as many
  remain as offices.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Literal

from partyvote.elections._stage import Stage
from partyvote.elections.ties import TiePolicy

__all__ = ["Preferential"]


def __dir__() -> list[str]:
    return __all__


Parcel = tuple[tuple[str, ...], int, int]  # ranking, position of the current choice, ballots


class Preferential:
    """One count by Robert's Rules; :meth:`run` gives its stages and outcome.

    :param majority: the ballots a pile needs to elect one candidate (one office), or 0
        when several offices are filled by elimination alone.
    """

    def __init__(
        self,
        seats: int,
        candidates: Sequence[str],
        rankings: Mapping[tuple[str, ...], int],
        majority: int,
        ties: TiePolicy,
    ) -> None:
        self.seats = seats
        self.candidates = tuple(candidates)
        self.majority = majority
        self.ties = ties
        self.continuing = list(self.candidates)
        self.piles: dict[str, list[Parcel]] = {name: [] for name in self.candidates}
        self.votes = dict.fromkeys(self.candidates, 0)
        for ranking, number in rankings.items():
            self.piles[ranking[0]].append((ranking, 0, number))
            self.votes[ranking[0]] += number
        self.first = dict(self.votes)
        self.set_aside = 0
        self.stages: list[Stage] = []
        self.elected: tuple[str, ...] = ()
        self.tied: tuple[str, ...] = ()
        self.pending = 0

    def run(self) -> Preferential:
        """Count, stage by stage, until the offices are filled or the count must stop."""
        self._record("first", None)
        while not self.elected:
            if self.seats == 1 and len(self.continuing) == 1:
                self.pending = 1  # no pile holds more than half of the ballots
                break
            if self.seats > 1 and len(self.continuing) <= self.seats:
                self._fill(tuple(self.continuing))
                break
            lowest = min(self.votes[name] for name in self.continuing)
            last = tuple(name for name in self.continuing if self.votes[name] == lowest)
            left = len(self.continuing) - len(last)
            if left >= self.seats:
                self._eliminate(last)
                continue
            # A tie in the winning position: the strongest in first choices is kept.
            kept, undecided = self._strongest(last, self.seats - left)
            self._fill(tuple(name for name in self.continuing if name not in last) + kept, last)
            self.tied, self.pending = undecided, self.seats - len(self.elected)
            break
        return self

    def _eliminate(self, names: tuple[str, ...]) -> None:
        for name in names:
            self.continuing.remove(name)
        for name in names:
            for ranking, position, number in self.piles.pop(name):
                following = position + 1
                while following < len(ranking) and ranking[following] not in self.continuing:
                    following += 1
                if following == len(ranking):
                    self.set_aside += number
                    continue
                self.piles[ranking[following]].append((ranking, following, number))
                self.votes[ranking[following]] += number
            self.votes[name] = 0
        self._record("exclusion", ", ".join(names), tie=names if len(names) > 1 else ())

    def _strongest(
        self, tied: tuple[str, ...], keep: int
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The *keep* of *tied* with the most first choices, and those the tie policy left
        undecided among candidates equal there too."""
        ranked = sorted(tied, key=lambda name: -self.first[name])
        bar = self.first[ranked[keep - 1]]
        above = tuple(name for name in ranked if self.first[name] > bar)
        level = tuple(name for name in tied if self.first[name] == bar)
        if len(above) + len(level) == keep:
            return above + level, ()
        outcome = self.ties.break_tie(level, keep - len(above))
        return above + outcome.winners, outcome.pending

    def _fill(self, names: tuple[str, ...], tie: tuple[str, ...] = ()) -> None:
        order = {name: index for index, name in enumerate(self.candidates)}
        self.elected = tuple(sorted(names, key=lambda name: (-self.votes[name], order[name])))
        if self.elected:
            self._record("filled", None, tie=tie, elected=self.elected)

    def _record(
        self,
        action: Literal["first", "exclusion", "filled"],
        subject: str | None,
        *,
        tie: tuple[str, ...] = (),
        elected: tuple[str, ...] = (),
    ) -> None:
        if action != "filled" and self.seats == 1:
            elected = tuple(
                name
                for name in self.continuing
                if self.majority and self.votes[name] >= self.majority
            )
            self.elected = elected
        self.stages.append(
            Stage(
                action=action,
                subject=subject,
                votes=tuple(
                    (name, Fraction(self.votes[name]))
                    for name in self.candidates
                    if name in self.continuing and self.votes[name]
                ),
                non_transferable=Fraction(self.set_aside),
                elected=elected,
                tie=tie,
            )
        )
