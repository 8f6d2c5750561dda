"""Ranked ballots: the single transferable vote and instant-runoff, with exact transfers.

Each voter ranks candidates: ``("Chi", "An", "Bình")`` is Chi first, then An, then Bình.
:class:`RankedElection` counts such ballots by the single transferable vote (STV) as the
Scottish Local Government Elections Order 2007 (SSI 2007/42, Schedule 1, rules 44-52) does:

* the quota is the Droop quota, ``floor(valid / (seats + 1)) + 1`` (rule 46); the Hare quota
  ``valid / seats`` is an option;
* a candidate with at least the quota is elected; the largest surplus is transferred first,
  every paper of the elected candidate going on at the *transfer value*
  ``surplus × value of the paper / candidate's votes``, computed to five decimal places with
  the remainder ignored (rule 48, the weighted inclusive Gregory method); ``transfers="exact"``
  keeps the exact fraction instead;
* when no surplus is left, the candidate with the fewest votes is excluded and every paper
  goes on at its current value (rule 50);
* when as many candidates continue as seats remain, they are elected (rule 52).

The rule numbers are the 2007 Order's.  Its successor, the Scottish Local Government
Elections Order 2011 (SSI 2011/399), under which councils have counted since 3 May 2012,
numbers the same counting rules one higher: quota 47, transfers 49, equal surpluses 50,
exclusion 51, exclusion ties 52, last vacancies 53.

``transfers="meek"`` counts by Meek's method as the New Zealand rule does (Local Electoral
Regulations 2001, Schedule 1A): keep values recomputed until the elected hold a quota, in
9-digit fixed point held as integers, so the count is exact and reproducible.

Ties are decided first by the earlier stages, looking back from the most recent one: the
candidate with fewer votes at the most recent preceding stage where the tied candidates had
unequal votes is excluded, the one with more votes there has its surplus transferred first
(2007 rules 49(2) and 51(2)(a); 2011 rules 50 and 52); then by the election's tie policy.
The default, :class:`~partyvote.elections.Revote`, decides nothing: the count stops and says
who is tied; :class:`~partyvote.elections.Lot` draws lots reproducibly, as the rules require.

Instant-runoff voting is the same count for one seat, where the Droop quota is a majority
of the valid ballots: :meth:`RankedElection.instant_runoff`.  Robert's Rules' preferential
voting (``reading="ronr"``, :meth:`RankedElection.preferential`) is instant-runoff as
Robert's Rules of Order describe it (12th ed. §45:62-69): candidates tied for last place are
eliminated together, a tie in the winning position goes to the strongest in first choices,
nobody is elected without more than half of the ballots (those set aside included), and
several offices are filled by eliminating until as many candidates remain.

A ballot naming anyone not on the list is invalid (:attr:`RankedInvalid.UNKNOWN_NAME`), as
a misspelt name must not quietly shorten a ranking; one with no preference at all is invalid
too (:attr:`RankedInvalid.NO_PREFERENCE`).  A ranking is read up to a repeated name (the
preferences after it cannot be "next available" ones).

>>> from partyvote.elections import RankedElection
>>> election = RankedElection(seats=2, candidates=("An", "Bình", "Chi", "Dũng"))
>>> ballots = {("An", "Bình"): 40, ("Bình",): 15, ("Chi", "Dũng"): 25, ("Dũng", "Chi"): 20}
>>> result = election.count(ballots)
>>> result.quota, result.elected
(Fraction(34, 1), ('An', 'Chi'))
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any, Literal

from attrs import Attribute, field, frozen

from partyvote._i18n.catalog import Message
from partyvote._validate import check_count, choice_validator, nfc
from partyvote.elections._meek import Meek
from partyvote.elections._preferential import Preferential
from partyvote.elections._ranked_text import explain
from partyvote.elections._stage import Stage
from partyvote.elections.ties import Revote, TiePolicy
from partyvote.errors import BallotError, ElectionError, check_language

__all__ = ["RankedElection", "RankedInvalid", "RankedResult", "Stage"]


def __dir__() -> list[str]:
    return __all__


_SCALE = 100_000  # five decimal places (SSI 2007/42 Sch. 1 rule 48(3); SSI 2011/399 rule 49)
Value = int | Fraction


class RankedInvalid(enum.Enum):
    """Why a ranked ballot is invalid."""

    NO_PREFERENCE = "no-preference"
    """No name ranked at all."""
    UNKNOWN_NAME = "unknown-name"
    """A name that is not on the list of candidates, anywhere in the ranking."""


def _names(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise ElectionError(Message("ranked.candidates", value=value))
    names = tuple(nfc(name) if isinstance(name, str) else name for name in value)
    for name in names:
        if not isinstance(name, str) or not name:
            raise ElectionError(Message("ranked.candidates", value=value))
    if len(set(names)) != len(names):
        raise ElectionError(Message("ranked.duplicate", value=value))
    return names


def _seats(_instance: object, _attribute: Attribute[Any], value: Any) -> None:
    if check_count("seats", value) < 1:
        raise ElectionError(Message("election.seats", seats=value))


def _meek(instance: RankedElection, _attribute: Attribute[Any], value: Any) -> None:
    if value == "meek" and instance.quota != "droop":
        raise ElectionError(Message("ranked.meek_options"))


def _reading(instance: RankedElection, _attribute: Attribute[Any], value: Any) -> None:
    if value == "ronr" and (instance.quota, instance.transfers) != ("droop", "scottish"):
        raise ElectionError(Message("ranked.ronr_options"))


def _ties(_instance: object, _attribute: Attribute[Any], value: Any) -> None:
    if not isinstance(value, TiePolicy):
        raise ElectionError(Message("election.tie_policy", value=value))


@frozen(kw_only=True)
class RankedResult:
    """The outcome of a ranked count, with every stage.

    :param elected: in the order of election.
    :param tied: candidates tied when the count stopped on an undecided tie (else empty).
    :param pending: seats left unfilled by that tie.
    :param reasons: ``(reason, ballots)`` for every reason some ballots were invalid.
    """

    election: RankedElection
    quota: Fraction
    valid: int
    invalid: int
    stages: tuple[Stage, ...]
    elected: tuple[str, ...]
    tied: tuple[str, ...] = ()
    pending: int = 0
    reasons: tuple[tuple[RankedInvalid, int], ...] = ()

    @property
    def base(self) -> int:
        """The ballots a majority is taken of under Robert's Rules: the valid ones (those
        set aside during the count included) and those naming someone not on the list
        (illegal votes count, blanks do not; RONR 44:1, 45:62-69)."""
        return self.valid + dict(self.reasons).get(RankedInvalid.UNKNOWN_NAME, 0)

    def first_preferences(self) -> dict[str, Fraction]:
        """The first-preference votes of every candidate."""
        return dict(self.stages[0].votes)

    def explain(self, lang: str = "en") -> str:
        """The count stage by stage, for the minutes.

        >>> from partyvote.elections import RankedElection
        >>> irv = RankedElection.instant_runoff(("An", "Bình", "Chi"))
        >>> print(irv.count({("An",): 4, ("Bình", "An"): 3, ("Chi", "Bình"): 2}).explain())
        1 seat, 9 valid ballots, 0 invalid; quota 5 votes.
        Stage 1, first preferences: An 4, Bình 3, Chi 2.
        Stage 2, Chi excluded: An 4, Bình 5; elected: Bình.
        Elected: Bình.
        """
        check_language(lang)
        return explain(self, lang)


@frozen(kw_only=True)
class RankedElection:
    """An election by ranked ballots: STV for several seats, instant-runoff for one.

    :param seats: the seats to fill.
    :param candidates: the names on the ballot paper.
    :param quota: ``"droop"`` (default, ``floor(valid / (seats + 1)) + 1``) or ``"hare"``
        (``valid / seats``, exact).
    :param transfers: ``"scottish"`` (default: transfer values to five decimal places, the
        remainder ignored), ``"exact"`` (exact fractions) or ``"meek"`` (Meek's method as
        the New Zealand rule counts it, to 9 decimals; then *quota* keeps its default).
    :param ties: what decides a tie the earlier stages do not (default: stop and report it).
    :param reading: ``"stv"`` (default: the rules above) or ``"ronr"`` (Robert's Rules'
        preferential voting; then *quota* and *transfers* keep their defaults, as it has
        neither a quota nor surpluses).
    """

    seats: int = field(validator=_seats)
    candidates: tuple[str, ...] = field(converter=_names)
    quota: Literal["droop", "hare"] = field(
        default="droop", validator=choice_validator("droop", "hare")
    )
    transfers: Literal["scottish", "exact", "meek"] = field(
        default="scottish", validator=[choice_validator("scottish", "exact", "meek"), _meek]
    )
    ties: TiePolicy = field(factory=Revote, validator=_ties)
    reading: Literal["stv", "ronr"] = field(
        default="stv", validator=[choice_validator("stv", "ronr"), _reading]
    )

    @classmethod
    def instant_runoff(
        cls, candidates: Iterable[str], *, ties: TiePolicy | None = None
    ) -> RankedElection:
        """Instant-runoff voting: one seat, the lowest excluded until a majority.

        >>> RankedElection.instant_runoff(("A", "B")).count([("A",), ("B",), ("A",)]).elected
        ('A',)
        """
        return cls(seats=1, candidates=tuple(candidates), ties=ties or Revote())

    @classmethod
    def preferential(
        cls, candidates: Iterable[str], *, seats: int = 1, ties: TiePolicy | None = None
    ) -> RankedElection:
        """Robert's Rules' preferential voting (RONR 12th ed. §45:62-69).

        >>> ronr = RankedElection.preferential(("A", "B", "C"))
        >>> ronr.count({("A",): 4, ("B",): 3, ("C",): 2}).elected  # 5 of 9 needed, 4 held
        ()
        """
        return cls(seats=seats, candidates=tuple(candidates), ties=ties or Revote(), reading="ronr")

    def count(
        self, ballots: Iterable[Sequence[str]] | Mapping[Sequence[str], int], /
    ) -> RankedResult:
        """Count *ballots*: rankings, or a mapping of ranking -> number of such ballots."""
        rankings, reasons = self._read(ballots)
        valid = sum(rankings.values())
        if self.reading == "ronr":
            # RONR 44:1 and 45:62-69: more than half of the ballots, blanks left out and
            # illegal votes (here: a name not on the list) counted in; see RankedResult.base.
            base = valid + dict(reasons).get(RankedInvalid.UNKNOWN_NAME, 0)
            majority = base // 2 + 1 if self.seats == 1 else 0
            count = Preferential(self.seats, self.candidates, rankings, majority, self.ties)
            count.run()
            return RankedResult(
                election=self,
                quota=Fraction(majority),
                valid=valid,
                invalid=sum(n for _, n in reasons),
                stages=tuple(count.stages),
                elected=count.elected,
                tied=count.tied,
                pending=count.pending,
                reasons=reasons,
            )
        if self.transfers == "meek":
            meek = Meek(self.seats, self.candidates, rankings, self.ties).run()
            return RankedResult(
                election=self,
                quota=meek.stages[-1].quota or Fraction(0),
                valid=valid,
                invalid=sum(n for _, n in reasons),
                stages=tuple(meek.stages),
                elected=tuple(meek.elected),
                tied=meek.tied,
                pending=meek.pending,
                reasons=reasons,
            )
        if self.quota == "droop":
            quota = Fraction(valid // (self.seats + 1) + 1)
        else:
            quota = Fraction(valid, self.seats)
        return _Count(self, quota, rankings).run(valid, reasons)

    def _read(
        self, ballots: Iterable[Sequence[str]] | Mapping[Sequence[str], int]
    ) -> tuple[Counter[tuple[str, ...]], tuple[tuple[RankedInvalid, int], ...]]:
        known = set(self.candidates)
        pairs: Iterable[tuple[Sequence[str], int]]
        if isinstance(ballots, Mapping):
            pairs = ((ranking, check_count("ballots", n)) for ranking, n in ballots.items())
        else:
            pairs = ((ranking, 1) for ranking in ballots)
        rankings: Counter[tuple[str, ...]] = Counter()
        invalid = dict.fromkeys(RankedInvalid, 0)
        for ranking, number in pairs:
            if isinstance(ranking, str):
                raise BallotError(Message("ranked.ballot", value=ranking))
            names = tuple(_ranked_name(given, ranking) for given in ranking)
            if not names:
                invalid[RankedInvalid.NO_PREFERENCE] += number
            elif not known.issuperset(names):
                invalid[RankedInvalid.UNKNOWN_NAME] += number
            else:
                rankings[_up_to_repeat(names)] += number
        return rankings, tuple((reason, n) for reason, n in invalid.items() if n)


def _ranked_name(given: object, ranking: object) -> str:
    if not isinstance(given, str):
        raise BallotError(Message("ranked.ballot", value=ranking))
    return nfc(given)


def _up_to_repeat(names: tuple[str, ...]) -> tuple[str, ...]:
    seen: set[str] = set()
    for end, name in enumerate(names):
        if name in seen:
            return names[:end]
        seen.add(name)
    return names


class _Count:
    """The mutable state of one count; :meth:`run` returns the frozen result."""

    def __init__(
        self, election: RankedElection, quota: Fraction, rankings: Counter[tuple[str, ...]]
    ) -> None:
        self.election = election
        self.quota = quota
        # Scottish values are whole numbers of 1/100,000 (five decimals): count in those
        # units with integers; exact transfers count in votes with Fractions.
        self.unit = _SCALE if election.transfers == "scottish" else 1
        scaled = quota * self.unit
        self.target: Value = scaled.numerator if scaled.denominator == 1 else scaled
        order = {name: index for index, name in enumerate(election.candidates)}
        self.order = order
        self.continuing = set(election.candidates)
        # parcels: ranking, position of the current preference, number of papers, value
        self.piles: dict[str, list[tuple[tuple[str, ...], int, int, Value]]] = {
            name: [] for name in election.candidates
        }
        self.votes: dict[str, Value] = dict.fromkeys(election.candidates, 0)
        for ranking, number in rankings.items():
            self.piles[ranking[0]].append((ranking, 0, number, self.unit))
            self.votes[ranking[0]] += number * self.unit
        self.non_transferable: Value = 0
        self.elected: list[str] = []
        self.surpluses: list[str] = []
        self.history: list[dict[str, Value]] = []
        self.stages: list[Stage] = []

    def run(self, valid: int, reasons: tuple[tuple[RankedInvalid, int], ...]) -> RankedResult:
        election = self.election
        self._record("first", None)
        while len(self.elected) < election.seats:
            left = election.seats - len(self.elected)
            if len(self.continuing) <= left:
                filled = sorted(self.continuing, key=self._rank_key)
                self._elect(filled)
                self._record("filled", None, elected=tuple(filled))
                break
            if self.surpluses:
                subject, tie = self._choose(self.surpluses, largest=True)
                if subject is None:
                    return self._result(valid, reasons, tied=tie, pending=left)
                self.surpluses.remove(subject)
                self._transfer_surplus(subject)
                self._record("surplus", subject, tie=tie)
                continue
            subject, tie = self._choose(
                sorted(self.continuing, key=self.order.__getitem__), largest=False
            )
            if subject is None:
                return self._result(valid, reasons, tied=tie, pending=left)
            self.continuing.discard(subject)
            self._transfer(subject, None)
            self._record("exclusion", subject, tie=tie)
        return self._result(valid, reasons)

    def _rank_key(self, name: str) -> tuple[Value, int]:
        return (-self.votes[name], self.order[name])

    def _choose(self, names: list[str], *, largest: bool) -> tuple[str | None, tuple[str, ...]]:
        """The candidate with the largest surplus or the fewest votes; ties looked back on."""
        sign = 1 if largest else -1
        best = max(sign * self.votes[name] for name in names)
        tied = [name for name in names if sign * self.votes[name] == best]
        if len(tied) == 1:
            return tied[0], ()
        original = tuple(tied)
        # the most recent preceding stage where they differ decides (2007 rules 49(2),
        # 51(2)(a); 2011 rules 50, 52);
        # candidates still equal there are looked back on further
        for earlier in reversed(self.history):
            best = max(sign * earlier[name] for name in tied)
            tied = [name for name in tied if sign * earlier[name] == best]
            if len(tied) == 1:
                return tied[0], original
        everyone = tuple(sorted(tied, key=self.order.__getitem__))
        if largest:
            outcome = self.election.ties.break_tie(everyone, 1)
            return (outcome.winners[0] if outcome.winners else None), everyone
        # for an exclusion, the policy picks who stays; the one left over is excluded
        outcome = self.election.ties.break_tie(everyone, len(everyone) - 1)
        if outcome.pending:
            return None, everyone
        (out,) = (name for name in everyone if name not in outcome.winners)
        return out, everyone

    def _transfer_surplus(self, subject: str) -> None:
        total = self.votes[subject]
        surplus = total - self.target
        self._transfer(subject, (surplus, total))
        self.votes[subject] = self.target

    def _transfer(self, subject: str, ratio: tuple[Value, Value] | None) -> None:
        scottish = self.election.transfers == "scottish"
        for ranking, position, number, received in self.piles.pop(subject):
            value = received
            if ratio is not None:
                if scottish:  # 2007 rule 48(3): five decimals, the remainder ignored
                    value = received * ratio[0] // ratio[1]
                else:
                    value = Fraction(received * ratio[0]) / ratio[1]
            following = position + 1
            while following < len(ranking) and ranking[following] not in self.continuing:
                following += 1
            if following == len(ranking):
                self.non_transferable += number * value
                continue
            target = ranking[following]
            self.piles[target].append((ranking, following, number, value))
            self.votes[target] += number * value
        self.piles[subject] = []
        if ratio is None:
            self.votes[subject] = 0

    def _elect(self, names: Iterable[str]) -> None:
        for name in names:
            self.elected.append(name)
            self.continuing.discard(name)

    def _record(
        self,
        action: Literal["first", "surplus", "exclusion", "filled"],
        subject: str | None,
        *,
        tie: tuple[str, ...] = (),
        elected: tuple[str, ...] = (),
    ) -> None:
        reached: tuple[str, ...] = ()
        if action != "filled":
            reached = tuple(
                sorted(
                    (name for name in self.continuing if self.votes[name] >= self.target),
                    key=self._rank_key,
                )
            )
            seats_left = self.election.seats - len(self.elected)
            reached = reached[:seats_left] if len(reached) > seats_left else reached
            self._elect(reached)
            self.surpluses += [name for name in reached if self.votes[name] > self.target]
        shown: list[str] = [
            name
            for name in self.election.candidates
            if name in self.continuing or name in self.elected or name == subject
        ]
        self.history.append(dict(self.votes))
        self.stages.append(
            Stage(
                action=action,
                subject=subject,
                votes=tuple(
                    (name, Fraction(self.votes[name]) / self.unit)
                    for name in shown
                    if self.votes[name]
                ),
                non_transferable=Fraction(self.non_transferable) / self.unit,
                elected=elected or reached,
                tie=tie,
            )
        )

    def _result(
        self,
        valid: int,
        reasons: tuple[tuple[RankedInvalid, int], ...],
        *,
        tied: tuple[str, ...] = (),
        pending: int = 0,
    ) -> RankedResult:
        return RankedResult(
            election=self.election,
            quota=self.quota,
            valid=valid,
            invalid=sum(n for _, n in reasons),
            reasons=reasons,
            stages=tuple(self.stages),
            elected=tuple(self.elected),
            tied=tied,
            pending=pending,
        )
