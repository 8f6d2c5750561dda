"""Elections: seats, a list of candidates, and the rules that decide who is elected."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sized
from itertools import islice
from typing import Any

from attrs import Attribute, Factory, field, frozen
from attrs.validators import instance_of

from partyvote._i18n.catalog import Message
from partyvote._validate import check_name, check_type, optional_count_validator, type_validator
from partyvote.elections.ballot import Ballot, BallotForm
from partyvote.elections.result import CandidateResult, ElectionResult
from partyvote.elections.rounds import Round, Status
from partyvote.elections.tally import Tally, tally_ballots
from partyvote.elections.ties import Revote, TiePolicy
from partyvote.elections.validity import Validity
from partyvote.errors import ElectionError
from partyvote.roll import Roll
from partyvote.rules.bases import VALID
from partyvote.rules.compound import Rule, _check_rule
from partyvote.rules.decision import Decision, Reason
from partyvote.rules.threshold import more_than
from partyvote.votes import Votes

__all__ = ["PROGRESS_EVERY", "Election"]

PROGRESS_EVERY = 10_000
"""How many ballots a count reads between two calls of its ``progress`` callback."""


def __dir__() -> list[str]:
    return __all__


def _candidates(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):  # "Bình" is one name, not the list of its letters
        raise ElectionError(Message("name.string", value=value))
    check_type("candidates", value, Iterable, ElectionError)
    names = tuple(value)
    if not names:
        raise ElectionError(Message("election.no_candidates"))
    seen: set[str] = set()
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise ElectionError(Message("election.bad_name", name=name))
    # One spelling per name: Vietnamese typed with combining accents is the same name; a name
    # with an invisible or control character is refused (it could hide or forge a line).
    names = tuple(check_name(name, ElectionError) for name in names)
    for name in names:
        if name in seen:
            raise ElectionError(Message("election.duplicate", name=name))
        seen.add(name)
    return names


def _seats(_instance: object, _attribute: Attribute[Any] | None, value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ElectionError(Message("election.seats", seats=value))


def _optional_rule(_instance: object, _attribute: Attribute[Any], value: object) -> None:
    if value is not None:
        _check_rule(value)


def _tie_policy(_instance: object, _attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, TiePolicy):
        raise ElectionError(Message("election.tie_policy", value=value))


def _default_form(election: Election) -> BallotForm:
    _seats(election, None, election.seats)  # before comparing seats with the candidates
    return BallotForm.for_list(election.seats, len(election.candidates))


@frozen(kw_only=True)
class Election:
    """An election of *seats* from *candidates*.

    :param seats: seats to fill.
    :param candidates: the list, in the order printed on the ballot; names are unique.
    :param threshold: what a candidate needs to be elected: any :class:`~partyvote.Rule`
        applied to the candidate's votes (default more than half of the valid ballots), or
        ``None`` for "most votes win" (at least one vote).
    :param quorum: an optional quorum rule (attendance or turnout).
    :param form: the ballot form; by default the one 190-QĐ/TW Art. 15 prescribes for the
        list (see :meth:`~partyvote.elections.ballot.BallotForm.for_list`).
    :param validity: the validity policy (default: the Vietnamese party rule).
    :param ties: the tie policy for the last seats (default: re-vote among the tied).
    :param max_surplus: the most candidates beyond the seats the list may have.
    :param round: which round this is (:class:`~partyvote.elections.rounds.Round`): the first
        election (default), a further round, a re-vote among the tied, or a re-run; the
        rounds that follow a count say theirs, and a body's rules may limit them.

    When more candidates meet the threshold than there are seats, the most votes win.

    >>> from partyvote import CONVENED, Roll, more_than
    >>> election = Election(seats=2, candidates=["An", "Bình", "Chi"],
    ...                     threshold=more_than("1/2", of=CONVENED))
    >>> result = election.count([("An", "Bình")] * 4 + [("An", "Chi")] * 3, roll=Roll(8, present=7))
    >>> result.elected, result.unfilled, result.status.value
    (('An',), 1, 'seats-unfilled')
    >>> result.next_round()
    Election(seats=1, candidates=('Bình', 'Chi'), ...)
    """

    seats: int = field(validator=_seats)
    candidates: tuple[str, ...] = field(converter=_candidates)
    threshold: Rule | None = field(
        default=Factory(lambda: more_than("1/2", of=VALID)), validator=_optional_rule
    )
    quorum: Rule | None = field(default=None, validator=_optional_rule)
    form: BallotForm = field(
        default=Factory(_default_form, takes_self=True),
        validator=type_validator(BallotForm, ElectionError),
    )
    validity: Validity = field(factory=Validity, validator=instance_of(Validity))
    ties: TiePolicy = field(factory=Revote, validator=_tie_policy)
    max_surplus: int | None = field(default=None, validator=optional_count_validator)
    round: Round = field(default=Round.FIRST, validator=type_validator(Round, ElectionError))

    def __attrs_post_init__(self) -> None:
        count = len(self.candidates)
        if self.max_surplus is not None and count - self.seats > self.max_surplus:
            raise ElectionError(
                Message(
                    "election.surplus",
                    candidates=count,
                    seats=self.seats,
                    surplus=count - self.seats,
                    limit=self.max_surplus,
                    excess=count - self.seats - self.max_surplus,
                ),
            )
        why = None
        if self.form is BallotForm.SINGLE and (count != 1 or self.seats != 1):
            why = "a single-candidate ballot has one name for one seat"
        elif self.form is BallotForm.AGREE_DISAGREE and count > self.seats:
            why = "a list with a surplus is a strike-out ballot (190-QĐ/TW Art. 15)"
        if why is not None:
            raise ElectionError(
                Message(
                    "election.form",
                    form=self.form.value,
                    candidates=count,
                    seats=self.seats,
                    why=why,
                )
            )

    def tally(
        self,
        ballots: Iterable[Ballot | Iterable[str]],
        *,
        progress: Callable[[int, int | None], None] | None = None,
    ) -> Tally:
        """Count *ballots* (in one streaming pass) into a :class:`~partyvote.Tally`.

        :param progress: called with the ballots counted so far and the total (``None``
            when *ballots* has no length), every :data:`PROGRESS_EVERY` ballots and at the
            end.

        >>> election = Election(seats=1, candidates=["An", "Bình"])
        >>> election.tally([("An",)] * 25_000, progress=lambda done, total: print(done, total))
        10000 25000
        20000 25000
        25000 25000
        Tally(votes=Counts({'An': 25000}), cast=25000, ...)
        """
        if isinstance(ballots, str | bytes | Tally) or not isinstance(ballots, Iterable):
            raise ElectionError(Message("election.ballots", value=ballots))
        if progress is not None:
            return self._tally_reporting(ballots, progress)
        return tally_ballots(
            ballots,
            candidates=self.candidates,
            seats=self.seats,
            form=self.form,
            validity=self.validity,
        )

    def _tally_reporting(
        self,
        ballots: Iterable[Ballot | Iterable[str]],
        progress: Callable[[int, int | None], None],
    ) -> Tally:
        # Tallies merge (a + b), so chunks are counted on the fast path and added: the
        # callback costs nothing per ballot.
        total = len(ballots) if isinstance(ballots, Sized) else None
        stream = iter(ballots)
        tally, done = Tally(), 0
        while chunk := list(islice(stream, PROGRESS_EVERY)):
            tally += self.tally(chunk)
            done += len(chunk)
            progress(done, total)
        if done == 0:
            progress(0, total)
        return tally

    def count(
        self,
        ballots: Tally | Iterable[Ballot | Iterable[str]],
        *,
        roll: Roll | None = None,
        progress: Callable[[int, int | None], None] | None = None,
    ) -> ElectionResult[Election]:
        """Count *ballots* (or apply the rules to a *Tally*) and decide who is elected.

        :param progress: as for :meth:`tally`.
        """
        if isinstance(ballots, Tally):
            tally = ballots.check(candidates=self.candidates, seats=self.seats)
        else:
            tally = self.tally(ballots, progress=progress)
        summary = Votes(
            0, abstain=tally.valid - tally.blank, blank=tally.blank, invalid=tally.invalid_total
        )
        if roll is not None:
            # Every election, plurality too: no more ballots than voters present.
            summary.check(roll)
        quorum = None
        if self.quorum is not None:
            quorum = self.quorum.decide(summary, roll=roll)
        decisions = {name: self._decide(name, tally, roll) for name in self.candidates}
        return _fill(self, tally, roll, decisions, quorum)

    def _decide(self, name: str, tally: Tally, roll: Roll | None) -> Decision:
        received = tally.votes[name]
        unmarked = tally.unmarked[name]
        votes = Votes(
            received,
            tally.valid - tally.blank - received - unmarked,
            abstain=unmarked,
            blank=tally.blank,
            invalid=tally.invalid_total,
        )
        if self.threshold is None:
            return Decision(
                reason=Reason.PASSED if received else Reason.SHORT,
                required=1,
                received=received,
                base_size=votes.valid,
                label=Message("rule.plurality"),
            )
        return self.threshold.decide(votes, roll=roll)

    @classmethod
    def approval(
        cls,
        candidate: str,
        *,
        threshold: Rule | None = None,
        quorum: Rule | None = None,
        validity: Validity | None = None,
    ) -> Election:
        """A single-candidate approval: one seat, one name, agree / disagree ballots.

        Used for the direct election of a secretary at a congress; the candidate is elected
        only if the *agree* votes meet the threshold (more than half of the valid ballots
        unless *threshold* says otherwise).

        >>> from partyvote import CONVENED, Ballot, Mark, Roll, more_than
        >>> secretary = Election.approval(
        ...     "Nguyễn Văn An", threshold=more_than("1/2", of=CONVENED))
        >>> ballots = [Ballot.single(Mark.AGREE)] * 40 + [Ballot.single(Mark.DISAGREE)] * 8
        >>> ballots += [Ballot.single(Mark.BOTH)]
        >>> result = secretary.count(ballots, roll=Roll(52, excused=2, present=49))
        >>> result.elected, result.invalid_total
        (('Nguyễn Văn An',), 1)
        >>> print(result.candidate("Nguyễn Văn An").decision.explain("vi"))
        Cần quá 1/2 của 50 người được triệu tập trừ số vắng mặt có lý do: 26 phiếu.
        Nhận được 40: đạt, dư 14.
        """
        return cls(
            seats=1,
            candidates=(candidate,),
            threshold=more_than("1/2", of=VALID) if threshold is None else threshold,
            quorum=quorum,
            form=BallotForm.SINGLE,
            validity=Validity() if validity is None else validity,
        )


def _fill(
    election: Election,
    tally: Tally,
    roll: Roll | None,
    decisions: dict[str, Decision],
    quorum: Decision | None,
) -> ElectionResult[Election]:
    """Give the seats: threshold first, then most votes, then the tie policy."""
    position = {name: index for index, name in enumerate(election.candidates)}
    order = sorted(election.candidates, key=lambda name: (-tally.votes[name], position[name]))
    ranks: dict[str, int] = {}
    for index, name in enumerate(order):
        previous = order[index - 1] if index else None
        same = previous is not None and tally.votes[previous] == tally.votes[name]
        ranks[name] = ranks[previous] if same and previous is not None else index + 1
    seats = election.seats
    elected: tuple[str, ...] = ()
    tied: tuple[str, ...] = ()
    tie_break = None
    tie_seats = 0
    quorate = quorum is None or quorum.passed
    if quorate:
        qualified = [name for name in order if decisions[name].passed]
        if len(qualified) <= seats:
            elected = tuple(qualified)
        else:
            cutoff = tally.votes[qualified[seats - 1]]
            above = tuple(name for name in qualified if tally.votes[name] > cutoff)
            at = tuple(name for name in qualified if tally.votes[name] == cutoff)
            if len(above) + len(at) <= seats:
                elected = above + at
            else:
                tie_break = election.ties.break_tie(at, seats - len(above))
                elected = above + tie_break.winners
                tied = tie_break.pending
                tie_seats = seats - len(elected) if tied else 0
    if not quorate:
        status = Status.NO_QUORUM
    elif tied:
        status = Status.TIE
    elif len(elected) < seats:
        status = Status.UNFILLED
    else:
        status = Status.COMPLETE
    chosen, pending = set(elected), set(tied)  # sets: 20,000 tied must not cost 20,000²
    candidates = tuple(
        CandidateResult(
            name=name,
            votes=tally.votes[name],
            decision=decisions[name],
            elected=name in chosen,
            tied=name in pending,
            rank=ranks[name],
        )
        for name in order
    )
    return ElectionResult(
        election=election,
        tally=tally,
        roll=roll,
        candidates=candidates,
        elected=elected,
        tied=tied,
        tie_seats=tie_seats,
        tie_break=tie_break,
        quorum=quorum,
        status=status,
    )
