"""Proportional seats: share a number of seats among groups by their votes, exactly.

Two families of methods, each computed with integers and :class:`~fractions.Fraction` only:

* **divisor (highest averages) methods**, :class:`DivisorMethod`: each seat goes in turn to
  the group with the highest quotient ``votes / divisor(seats won so far)``.
  :data:`DHONDT` divides by 1, 2, 3, ...; :data:`SAINTE_LAGUE` by 1, 3, 5, ...;
  :data:`MODIFIED_SAINTE_LAGUE` by 7/5 (1.4), 3, 5, ... (Norway, Sweden before 2018);
* **largest remainder methods**, :class:`LargestRemainder`: each group first gets the whole
  number of quotas its votes hold, the seats left go to the largest remainders.
  :data:`HARE` (Hare–Niemeyer) uses the quota ``votes / seats``, exactly; :data:`DROOP` the
  Droop quota ``floor(votes / (seats + 1)) + 1``.

A legal threshold (``threshold=pv.at_least("5%")``, a share of all the valid votes given in
the count) keeps small groups out; an alternative threshold (``or_won=1``: "5 % or one
constituency seat", ``or_won=3``: the German Bundestag's three direct mandates until 2023)
lets a group in that won that many seats elsewhere (``won=`` at the count).

Ties are never decided silently.  When groups tie for the last seats (equal quotients, equal
remainders) and there are fewer seats than tied groups, the tie policy decides
(:class:`~partyvote.elections.Lot` draws lots reproducibly from a published seed); the
default, :class:`~partyvote.elections.Revote`, decides nothing and leaves the seats
``pending`` among the ``tied`` groups, for whatever the law prescribes.

>>> import partyvote as pv
>>> from partyvote.elections import Apportionment, DHONDT
>>> house = Apportionment(seats=7, method=DHONDT, threshold=pv.at_least("5%"))
>>> allocation = house.allocate({"Blue": 340_000, "Red": 280_000, "Green": 160_000,
...                              "Yellow": 60_000, "Grey": 15_000})
>>> dict(allocation.seats)
{'Blue': 3, 'Red': 3, 'Green': 1, 'Yellow': 0, 'Grey': 0}
>>> allocation.excluded
('Grey',)
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from fractions import Fraction
from typing import Any, Literal

from attrs import Attribute, field, frozen

from partyvote._i18n.catalog import CATALOG, Message, render
from partyvote._i18n.numbers import format_decimal, format_int
from partyvote._validate import check_count, nfc
from partyvote.elections.ties import Revote, TiePolicy
from partyvote.errors import ElectionError, check_language
from partyvote.rules.threshold import Threshold

__all__ = [
    "DHONDT",
    "DROOP",
    "HARE",
    "MODIFIED_SAINTE_LAGUE",
    "SAINTE_LAGUE",
    "Allocation",
    "Apportionment",
    "ApportionmentMethod",
    "DivisorMethod",
    "LargestRemainder",
]


def __dir__() -> list[str]:
    return __all__


def _first_divisor(_instance: object, _attribute: Attribute[Any], value: Any) -> None:
    if not isinstance(value, Fraction) or value <= 0:
        raise ElectionError(Message("apportion.first_divisor", value=value))


@frozen
class DivisorMethod:
    """A highest-averages method: divisors ``first, 1 + step, 1 + 2·step, ...``.

    :param name: the method's name in the catalog (``"dhondt"``, ``"sainte-lague"``, ...).
    :param step: 1 for D'Hondt (1, 2, 3, ...), 2 for Sainte-Laguë (1, 3, 5, ...).
    :param first: the first divisor (1, or 7/5 for the modified Sainte-Laguë method).

    >>> [str(MODIFIED_SAINTE_LAGUE.divisor(k)) for k in range(4)]
    ['7/5', '3', '5', '7']
    """

    name: str
    step: Literal[1, 2]
    first: Fraction = field(default=Fraction(1), validator=_first_divisor, kw_only=True)

    def divisor(self, won: int) -> Fraction:
        """The divisor of a group that already holds *won* seats."""
        return self.first if won == 0 else Fraction(1 + self.step * won)


@frozen
class LargestRemainder:
    """A largest-remainder method: whole quotas first, then the largest remainders.

    :param name: ``"hare"`` (quota = votes / seats, exact) or ``"droop"``
        (quota = floor(votes / (seats + 1)) + 1).

    >>> HARE.quota(1000, 7), DROOP.quota(1000, 7)
    (Fraction(1000, 7), Fraction(126, 1))
    """

    name: Literal["hare", "droop"]

    def quota(self, votes: int, seats: int) -> Fraction:
        """The quota for *votes* valid votes (of qualified groups) and *seats* seats."""
        if self.name == "hare":
            return Fraction(votes, seats)
        return Fraction(votes // (seats + 1) + 1)


DHONDT = DivisorMethod("dhondt", 1)
"""D'Hondt (Jefferson): divisors 1, 2, 3, ..."""
SAINTE_LAGUE = DivisorMethod("sainte-lague", 2)
"""Sainte-Laguë (Webster): divisors 1, 3, 5, ..."""
MODIFIED_SAINTE_LAGUE = DivisorMethod("modified-sainte-lague", 2, first=Fraction(7, 5))
"""Sainte-Laguë with the first divisor 1.4 (exactly 7/5): 7/5, 3, 5, ..."""
HARE = LargestRemainder("hare")
"""Largest remainder with the Hare quota (Hare–Niemeyer)."""
DROOP = LargestRemainder("droop")
"""Largest remainder with the Droop quota."""

ApportionmentMethod = DivisorMethod | LargestRemainder


def _method(_instance: object, _attribute: Attribute[Any], value: Any) -> None:
    if not isinstance(value, DivisorMethod | LargestRemainder):
        raise ElectionError(Message("apportion.method", value=value))


def _seats(_instance: object, _attribute: Attribute[Any], value: Any) -> None:
    if check_count("seats", value) < 1:
        raise ElectionError(Message("election.seats", seats=value))


def _threshold(_instance: object, _attribute: Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, Threshold):
        raise ElectionError(Message("apportion.threshold", value=value))


def _ties(_instance: object, _attribute: Attribute[Any], value: Any) -> None:
    if not isinstance(value, TiePolicy):
        raise ElectionError(Message("election.tie_policy", value=value))


@frozen(kw_only=True)
class Allocation:
    """The seats each group receives, and why.

    :param seats: ``(group, seats)`` in the order the groups were given.
    :param votes: ``(group, votes)`` likewise.
    :param excluded: groups below the threshold (and not let in by ``or_won``).
    :param tied: groups tied for the ``pending`` seats the tie policy left undecided.
    :param pending: seats not yet given (0 unless a tie is left to a further decision).
    :param awards: for a divisor method, the group given each seat, in order.
    :param last_quotient: for a divisor method, the quotient of the last seat given.
    :param quota: for a largest-remainder method, the quota.
    :param required: votes a group needed to pass the threshold (``None``: no threshold).
    """

    apportionment: Apportionment
    seats: tuple[tuple[str, int], ...]
    votes: tuple[tuple[str, int], ...]
    excluded: tuple[str, ...] = ()
    tied: tuple[str, ...] = ()
    pending: int = 0
    awards: tuple[str, ...] = ()
    last_quotient: Fraction | None = None
    quota: Fraction | None = None
    required: int | None = None
    tie_evidence: tuple[tuple[str, str], ...] = ()

    def seats_of(self, group: str) -> int:
        """The seats *group* receives."""
        return dict(self.seats)[nfc(group)]

    @property
    def valid(self) -> int:
        """All the valid votes given (the threshold's base)."""
        return sum(count for _, count in self.votes)

    def explain(self, lang: str = "en") -> str:
        """The allocation in sentences, for the minutes.

        >>> from partyvote.elections import Apportionment, DHONDT
        >>> print(Apportionment(seats=5, method=DHONDT).allocate({"A": 620, "B": 380}).explain())
        5 seats shared among 2 groups by the D'Hondt method; 1,000 valid votes.
        The last seat went to B at the quotient 190.
        A: 620 votes, 3 seats.
        B: 380 votes, 2 seats.
        """
        check_language(lang)
        book = self.apportionment
        lines = [
            render(
                "apportion.header",
                lang,
                seats=book.seats,
                groups=len(self.votes),
                method=_method_name(book.method),
                valid=format_int(self.valid, lang),
            )
        ]
        if self.required is not None and book.threshold is not None:
            key = "apportion.threshold.or_won" if book.or_won else "apportion.threshold.line"
            lines.append(
                render(
                    key,
                    lang,
                    rule=book.threshold.comparison(lang),
                    required=format_int(self.required, lang),
                    won=book.or_won or 0,
                )
            )
        if self.excluded:
            lines.append(render("apportion.excluded", lang, groups=", ".join(self.excluded)))
        if self.quota is not None:
            lines.append(render("apportion.quota", lang, quota=format_decimal(self.quota, lang, 3)))
        elif self.awards and self.last_quotient is not None:
            lines.append(
                render(
                    "apportion.last",
                    lang,
                    group=self.awards[-1],
                    quotient=format_decimal(self.last_quotient, lang, 3),
                )
            )
        excluded = set(self.excluded)
        for (group, seats), (_, votes) in zip(self.seats, self.votes, strict=True):
            if group not in excluded:
                lines.append(
                    render(
                        "apportion.group",
                        lang,
                        group=group,
                        votes=format_int(votes, lang),
                        seats=seats,
                    )
                )
        if self.pending:
            lines.append(
                render(
                    "apportion.tie",
                    lang,
                    seats=self.pending,
                    groups=", ".join(self.tied),
                )
            )
        elif self.tied:
            lines.append(render("apportion.tie_broken", lang, groups=", ".join(self.tied)))
        return "\n".join(lines)


def _method_name(method: ApportionmentMethod) -> Message | str:
    key = f"apportion.method.{method.name}"
    return Message(key) if key in CATALOG else method.name


@frozen(kw_only=True)
class Apportionment:
    """A number of seats, a method, an optional threshold and a tie policy.

    :param seats: the seats to share (the house size).
    :param method: :data:`DHONDT`, :data:`SAINTE_LAGUE`, :data:`MODIFIED_SAINTE_LAGUE`,
        :data:`HARE`, :data:`DROOP` or your own :class:`DivisorMethod`.
    :param threshold: the legal threshold, a :class:`~partyvote.Threshold` applied to all
        the valid votes given (``pv.at_least("5%")``); ``None``: no threshold.
    :param or_won: the alternative threshold: a group that won at least this many seats
        elsewhere (constituencies) takes part even below the threshold.
    :param ties: what decides a tie for the last seats (default: leave them pending).

    >>> import partyvote as pv
    >>> from partyvote.elections import Apportionment, SAINTE_LAGUE
    >>> house = Apportionment(seats=5, method=SAINTE_LAGUE, threshold=pv.at_least("15%"),
    ...                       or_won=1)
    >>> votes = {"A": 510, "B": 400, "C": 110}
    >>> dict(house.allocate(votes).seats)
    {'A': 3, 'B': 2, 'C': 0}
    >>> dict(house.allocate(votes, won={"C": 1}).seats)
    {'A': 2, 'B': 2, 'C': 1}
    """

    seats: int = field(validator=_seats)
    method: ApportionmentMethod = field(validator=_method)
    threshold: Threshold | None = field(default=None, validator=_threshold)
    or_won: int | None = field(default=None)
    ties: TiePolicy = field(factory=Revote, validator=_ties)

    def __attrs_post_init__(self) -> None:
        if self.or_won is not None and check_count("or_won", self.or_won) < 1:
            raise ElectionError(Message("apportion.or_won", value=self.or_won))

    def allocate(
        self, votes: Mapping[str, int], /, *, won: Mapping[str, int] | None = None
    ) -> Allocation:
        """Share the seats among the groups of *votes* (group -> valid votes).

        :param won: seats each group won elsewhere, for the alternative threshold.
        """
        tally = _votes(votes)
        gained = {nfc(group): check_count("won", count) for group, count in (won or {}).items()}
        for group in gained:
            if group not in dict(tally):
                raise ElectionError(Message("apportion.unknown_group", group=group))
        valid = sum(count for _, count in tally)
        required = None if self.threshold is None else self.threshold.required(valid)
        excluded = tuple(
            group
            for group, count in tally
            if required is not None
            and count < required
            and not (self.or_won is not None and gained.get(group, 0) >= self.or_won)
        )
        qualified = tuple((group, count) for group, count in tally if group not in excluded)
        if not any(count for _, count in qualified):
            raise ElectionError(Message("apportion.no_votes"))
        if isinstance(self.method, DivisorMethod):
            outcome = self._divisor(qualified)
        else:
            outcome = self._remainder(qualified)
        return Allocation(
            apportionment=self,
            seats=tuple((group, outcome.shares.get(group, 0)) for group, _ in tally),
            votes=tally,
            excluded=excluded,
            tied=outcome.tied,
            pending=outcome.pending,
            awards=outcome.awards,
            last_quotient=outcome.last,
            quota=outcome.quota,
            required=required,
            tie_evidence=outcome.evidence,
        )

    def _divisor(self, qualified: tuple[tuple[str, int], ...]) -> _Outcome:
        method = self.method
        assert isinstance(method, DivisorMethod)
        # quotient of group i holding k seats: votes_i * scale / denominator(k), all integers
        scale = method.first.denominator
        first = method.first.numerator
        numerators = [votes * scale for _, votes in qualified]
        denominators = [first] * len(qualified)
        shares = [0] * len(qualified)
        # Floats only order the heap: correctly rounded division is monotone, so the exact
        # largest quotient is among the entries whose float equals the top one, and those
        # are compared exactly, in integers, below.
        heap = [(-(n / first), index) for index, n in enumerate(numerators)]
        heapq.heapify(heap)
        awards: list[int] = []
        left = self.seats
        while True:
            top = heap[0][0]
            level = [heapq.heappop(heap)[1]]
            while heap and heap[0][0] == top:
                level.append(heapq.heappop(heap)[1])
            if len(level) > 1:
                level = self._exact_best(level, numerators, denominators, heap)
            level.sort()
            names = tuple(qualified[index][0] for index in level)
            last = Fraction(numerators[level[0]], denominators[level[0]])
            winners = level
            evidence: tuple[tuple[str, str], ...] = ()
            pending: tuple[str, ...] = ()
            if len(level) > left:
                outcome = self.ties.break_tie(names, left)
                seated = set(outcome.winners)
                winners = [index for index in level if qualified[index][0] in seated]
                evidence, pending = outcome.evidence, outcome.pending
            for index in winners:
                shares[index] += 1
                awards.append(index)
                denominators[index] = (1 + method.step * shares[index]) * scale
                heapq.heappush(heap, (-(numerators[index] / denominators[index]), index))
            left -= len(winners)
            if len(level) > len(winners) or not left:
                tied = names if len(level) > len(winners) else ()
                return _Outcome(
                    shares={group: shares[index] for index, (group, _) in enumerate(qualified)},
                    awards=tuple(qualified[index][0] for index in awards),
                    last=last,
                    tied=tied,
                    pending=left if pending else 0,
                    evidence=evidence,
                )

    @staticmethod
    def _exact_best(
        level: list[int],
        numerators: list[int],
        denominators: list[int],
        heap: list[tuple[float, int]],
    ) -> list[int]:
        """The entries of *level* with the exactly largest quotient; the rest go back."""
        best = level[0]
        for index in level[1:]:
            if numerators[index] * denominators[best] > numerators[best] * denominators[index]:
                best = index
        top = [
            index
            for index in level
            if numerators[index] * denominators[best] == numerators[best] * denominators[index]
        ]
        for index in level:
            if index not in top:
                heapq.heappush(heap, (-(numerators[index] / denominators[index]), index))
        return top

    def _remainder(self, qualified: tuple[tuple[str, int], ...]) -> _Outcome:
        method = self.method
        assert isinstance(method, LargestRemainder)
        quota = method.quota(sum(votes for _, votes in qualified), self.seats)
        # whole quotas and remainders scaled by the quota's denominator: integers only
        num, den = quota.numerator, quota.denominator
        shares = {group: votes * den // num for group, votes in qualified}
        left = self.seats - sum(shares.values())
        if left > len(qualified):
            raise ElectionError(
                Message("apportion.droop_small", quota=quota, left=left, groups=len(qualified))
            )
        remainders = sorted(
            (votes * den - shares[group] * num, -index, group)
            for index, (group, votes) in enumerate(qualified)
        )[::-1]
        tied: tuple[str, ...] = ()
        evidence: tuple[tuple[str, str], ...] = ()
        pending = 0
        if left > 0:
            boundary = remainders[left - 1][0]
            above = [group for rest, _, group in remainders if rest > boundary]
            at = tuple(group for rest, _, group in remainders if rest == boundary)
            for group in above:
                shares[group] += 1
            share_out = left - len(above)
            winners: tuple[str, ...] = at
            if len(at) > share_out:
                outcome = self.ties.break_tie(at, share_out)
                winners, tied, evidence = outcome.winners, at, outcome.evidence
                pending = share_out - len(winners)
            for group in winners:
                shares[group] += 1
        return _Outcome(shares=shares, quota=quota, tied=tied, pending=pending, evidence=evidence)


@frozen(kw_only=True)
class _Outcome:
    shares: dict[str, int]
    awards: tuple[str, ...] = ()
    last: Fraction | None = None
    quota: Fraction | None = None
    tied: tuple[str, ...] = ()
    pending: int = 0
    evidence: tuple[tuple[str, str], ...] = ()


def _votes(votes: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    if not isinstance(votes, Mapping) or not votes:
        raise ElectionError(Message("apportion.votes", value=votes))
    tally: dict[str, int] = {}
    for group, count in votes.items():
        if not isinstance(group, str) or not group:
            raise ElectionError(Message("apportion.group_name", value=group))
        name = nfc(group)
        if name in tally:
            raise ElectionError(Message("apportion.duplicate", group=name))
        tally[name] = check_count(f"votes of {name}", count)
    return tuple(tally.items())
