"""Further rounds: what an election calls for after a count, and the election that follows.

This is the one place that decides what comes next (:func:`next_step`) and builds the next
:class:`~partyvote.Election` (:func:`next_round`); :meth:`ElectionResult.next_round
<partyvote.elections.result.ElectionResult.next_round>`, :meth:`Rulebook.next_round
<partyvote.rulebooks.model.Rulebook.next_round>` and the minutes all call it.

* every seat filled: nothing follows;
* no quorum: the same election again;
* a pending tie: a re-vote among the tied for the contested seats, under the tie policy's
  next step;
* unfilled seats: a further round ("bầu tiếp", 244-QĐ/TW Art. 20(2)) for the remaining seats
  among the candidates not elected, plus any names the meeting adds;
* unfilled seats and no one left on the list: the meeting must add names.

Each election knows which round it is (:class:`Round`): the first, a further round, a
re-vote among the tied, or a re-run for want of quorum.  The election :func:`next_round`
builds says which, so that a body's rules can limit the rounds: Law 85/2015 Art. 79(3) holds
no second additional election (:meth:`Rulebook.next_step
<partyvote.rulebooks.model.Rulebook.next_step>`).

Which candidates go on to a further round is a choice of the body's rules (``keep``):
all who were not elected (the default, as the party regulation's "bầu tiếp"), a top-two
run-off (the leading candidates, twice as many as the unfilled seats: for one seat, the two
with the most votes; candidates tied at the cut all go on), or "drop the lowest" (every
candidate with the fewest votes leaves; if that would leave fewer candidates than seats, the
meeting decides, and :class:`~partyvote.errors.ElectionError` says so).

It reads an election and a result only through the :class:`Contest` and :class:`Counted`
protocols, so that the result module can call it without importing the election module back.

>>> from partyvote import Election
>>> result = Election(seats=2, candidates=["An", "Bình", "Chi"]).count([("An",)] * 3)
>>> next_step(result)
<Step.FURTHER: 'further'>
>>> next_round(result)
Election(seats=1, candidates=('Bình', 'Chi'), ...)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any, Literal, Protocol, TypeVar, cast

import attrs

from partyvote._i18n.catalog import Message
from partyvote._validate import nfc
from partyvote.elections.ties import Revote, TieBreak, TiePolicy
from partyvote.elections.validity import Validity
from partyvote.errors import ElectionError, OptionError
from partyvote.rules.compound import Rule

__all__ = [
    "KEEP",
    "Contest",
    "Counted",
    "KeepOption",
    "Round",
    "Status",
    "Step",
    "following_round",
    "next_round",
    "next_step",
]

KeepOption = Literal["all", "top-two", "drop-lowest"]
"""Who goes on to a further round: see the module's introduction."""
KEEP: tuple[KeepOption, ...] = ("all", "top-two", "drop-lowest")
"""The values of :data:`KeepOption`."""


def __dir__() -> list[str]:
    return __all__


class Status(enum.Enum):
    """Where an election stands after a count."""

    COMPLETE = "complete"
    """Every seat is filled."""
    UNFILLED = "seats-unfilled"
    """Fewer candidates met the threshold than there are seats: a further round may follow."""
    TIE = "tie-to-resolve"
    """Candidates tie for the last seats and the tie policy calls for a re-vote."""
    NO_QUORUM = "no-quorum"
    """The quorum was not met: no one is elected and the election is held again."""


class Round(enum.Enum):
    """Which round of an election a count is (``Election.round``).

    >>> from partyvote import Election
    >>> first = Election(seats=2, candidates=["An", "Bình", "Chi"])
    >>> first.round
    <Round.FIRST: 'first'>
    >>> next_round(first.count([("An",)] * 3)).round
    <Round.FURTHER: 'further'>
    """

    FIRST = "first"
    """The first election on the list (the law's "cuộc bầu cử đầu tiên")."""
    FURTHER = "further"
    """A further round for unfilled seats among the candidates not elected: the party's
    "bầu tiếp" (244-QĐ/TW Art. 20(2)), the law's additional election, "bầu cử thêm" (Law
    85/2015 Art. 79)."""
    REVOTE = "revote"
    """A re-vote among the candidates tied for the last seats."""
    RERUN = "rerun"
    """The first election held again because its quorum failed: the law's re-run, "bầu cử
    lại" (Law 85/2015 Art. 80).  A round after a further round or a re-vote that failed its
    quorum keeps that round's kind."""


class Step(enum.Enum):
    """What the meeting does after a count (:func:`next_step`)."""

    COMPLETE = "complete"
    """Every seat is filled: nothing follows."""
    AGAIN = "again"
    """No quorum: the same election is held again."""
    REVOTE = "revote"
    """A re-vote among the tied for the contested seats."""
    FURTHER = "further"
    """A further round for the unfilled seats among the candidates not elected."""
    NEW_NAMES = "new-names"
    """Seats are unfilled and every candidate is elected: the meeting must add names."""
    CLOSED = "closed"
    """Seats stay unfilled and the body's rules hold no further round: a People's Council
    constituency that filled at least two thirds of its seats (Law 85/2015 Art. 79(2)), or
    an additional election that left seats empty (Art. 79(3): no second one).
    Only a rulebook says this (:meth:`Rulebook.next_step
    <partyvote.rulebooks.model.Rulebook.next_step>`); :func:`next_step` never does."""


class Contest(Protocol):
    """What a further round needs of an election: its seats, list, rules and round, and a
    constructor taking them (:class:`~partyvote.Election` is one)."""

    def __init__(
        self,
        *,
        seats: int,
        candidates: Iterable[str],
        threshold: Rule | None,
        quorum: Rule | None,
        validity: Validity,
        ties: TiePolicy,
        round: Round = ...,
    ) -> None: ...  # pragma: no cover

    @property
    def seats(self) -> int:
        """Seats to fill."""
        ...  # pragma: no cover

    @property
    def candidates(self) -> tuple[str, ...]:
        """The list."""
        ...  # pragma: no cover

    @property
    def threshold(self) -> Rule | None:
        """What a candidate needs to be elected."""
        ...  # pragma: no cover

    @property
    def quorum(self) -> Rule | None:
        """The quorum rule, if any."""
        ...  # pragma: no cover

    @property
    def validity(self) -> Validity:
        """The validity policy."""
        ...  # pragma: no cover

    @property
    def ties(self) -> TiePolicy:
        """The tie policy."""
        ...  # pragma: no cover

    @property
    def round(self) -> Round:
        """Which round the election is."""
        ...  # pragma: no cover


C = TypeVar("C", bound=Contest)
C_co = TypeVar("C_co", bound=Contest, covariant=True)


class Counted(Protocol[C_co]):
    """What a further round needs of a result (:class:`~partyvote.ElectionResult` is one)."""

    @property
    def election(self) -> C_co:
        """The election counted."""
        ...  # pragma: no cover

    @property
    def status(self) -> Status:
        """Where the election stands."""
        ...  # pragma: no cover

    @property
    def elected(self) -> tuple[str, ...]:
        """The elected."""
        ...  # pragma: no cover

    @property
    def tied(self) -> tuple[str, ...]:
        """The candidates in a pending tie."""
        ...  # pragma: no cover

    @property
    def tie_seats(self) -> int:
        """The seats the pending tie contests."""
        ...  # pragma: no cover

    @property
    def tie_break(self) -> TieBreak | None:
        """How the tie policy broke a tie, if it did."""
        ...  # pragma: no cover

    @property
    def unfilled(self) -> int:
        """Seats neither filled nor contested by a pending tie."""
        ...  # pragma: no cover

    @property
    def votes(self) -> Mapping[str, int]:
        """Votes per candidate."""
        ...  # pragma: no cover


def next_step(result: Counted[Contest]) -> Step:
    """What the meeting does after *result* (see the list at the top of this module)."""
    if result.status is Status.COMPLETE:
        return Step.COMPLETE
    if result.status is Status.NO_QUORUM:
        return Step.AGAIN
    if result.status is Status.TIE:
        return Step.REVOTE
    if len(result.elected) == len(result.election.candidates):
        return Step.NEW_NAMES
    return Step.FURTHER


def next_round(
    result: Counted[C],
    *,
    require_threshold: bool = True,
    add_candidates: Iterable[str] = (),
    keep: KeepOption = "all",
) -> C | None:
    """The election that follows *result*, or ``None`` when all seats are filled.

    The election returned says which round it is (:class:`Round`): after a first election
    without quorum, the same election as a re-run; after a tie, a re-vote; after unfilled
    seats, a further round.  A further round or re-vote held again for want of quorum keeps
    its kind.

    With ``require_threshold=False`` the most votes win in a re-vote or further round;
    *add_candidates* are names the meeting adds to a further round; *keep* says which
    candidates not elected go on to it (``"all"``, ``"top-two"`` or ``"drop-lowest"``).
    Raises :class:`~partyvote.errors.ElectionError` when seats are unfilled and no one is
    left to vote for (:attr:`Step.NEW_NAMES` without *add_candidates*).

    >>> from partyvote import Election
    >>> first = Election(seats=1, candidates=["An", "Bình", "Chi", "Dũng"]).count(
    ...     [("An",)] * 4 + [("Bình",)] * 3 + [("Chi",)] * 2 + [("Dũng",)] * 2)
    >>> next_round(first, keep="top-two").candidates
    ('An', 'Bình')
    >>> next_round(first, keep="drop-lowest").candidates
    ('An', 'Bình')
    """
    if keep not in KEEP:
        raise OptionError(
            Message("option.choice", name="keep", value=keep, valid=", ".join(map(repr, KEEP)))
        )
    step = next_step(result)
    election = result.election
    if step is Step.COMPLETE:
        return None
    if step is Step.AGAIN:
        if election.round is Round.FIRST:
            # The same election, form and all, as its re-run (an attrs class, as Election).
            rerun: C = attrs.evolve(cast(Any, election), round=Round.RERUN)
            return rerun
        return election
    threshold = election.threshold if require_threshold else None
    if step is Step.REVOTE:
        tie_break = result.tie_break
        policy = tie_break.then if tie_break and tie_break.then else Revote()
        return type(election)(
            seats=result.tie_seats,
            candidates=result.tied,
            threshold=threshold,
            quorum=election.quorum,
            validity=election.validity,
            ties=policy,
            round=Round.REVOTE,
        )
    if isinstance(add_candidates, str):  # "Dung" is one name, not four
        raise ElectionError(Message("name.string", value=add_candidates))
    added = tuple(add_candidates)
    again = sorted(set(result.elected) & {nfc(name) for name in added if isinstance(name, str)})
    if again:
        raise ElectionError(Message("result.add_elected", names=", ".join(map(repr, again))))
    remaining = tuple(name for name in election.candidates if name not in result.elected)
    candidates = _kept(result, remaining, keep) + added
    if not candidates:
        raise ElectionError(Message("result.no_one_left", seats=result.unfilled))
    return type(election)(
        seats=result.unfilled,
        candidates=candidates,
        threshold=threshold,
        quorum=election.quorum,
        validity=election.validity,
        ties=election.ties,
        round=Round.FURTHER,
    )


def _kept(
    result: Counted[Contest], remaining: tuple[str, ...], keep: KeepOption
) -> tuple[str, ...]:
    """The candidates not elected who go on, in the list's order."""
    if keep == "all" or not remaining:
        return remaining
    votes = {name: result.votes.get(name, 0) for name in remaining}
    if keep == "top-two":
        places = 2 * result.unfilled
        if len(remaining) <= places:
            return remaining
        cut = sorted(votes.values(), reverse=True)[places - 1]
        return tuple(name for name in remaining if votes[name] >= cut)
    lowest = min(votes.values())
    kept = tuple(name for name in remaining if votes[name] > lowest)
    if len(kept) < result.unfilled:
        dropped = ", ".join(name for name in remaining if votes[name] == lowest)
        raise ElectionError(
            Message("rounds.drop_lowest", names=dropped, seats=result.unfilled, votes=lowest)
        )
    return kept


def following_round(result: Counted[C], require_threshold: bool) -> C | None:
    """The next round, or ``None`` when the election is complete or new names are needed
    (where :func:`next_round` would refuse)."""
    if next_step(result) is Step.NEW_NAMES:
        return None
    return next_round(result, require_threshold=require_threshold)
