"""Cumulative voting (bầu dồn phiếu): boards elected by shares × seats votes.

Luật Doanh nghiệp 59/2020/QH14 Art. 148(3): unless the charter says otherwise, the members
of the board of directors and of the supervisory board are elected by cumulative voting.
Each shareholder has as many votes (phiếu bầu) as their voting shares (cổ phần) times the
seats to fill, and may give all of them to one candidate or spread them over several.  The
candidates with the most votes are elected, from the highest down, until the seats are
filled; a tie for the last seat goes to a re-vote among the tied or to the criterion of the
election rules or the charter.

A ballot that gives more votes than it holds is invalid (:attr:`CumulativeInvalid.OVER_VOTES`);
giving fewer is allowed.  Every count is an exact integer.

>>> board = CumulativeElection(seats=2, candidates=["An", "Bình", "Chi"])
>>> result = board.count([
...     CumulativeBallot(600, {"An": 1200}),            # all 600 × 2 votes to one candidate
...     CumulativeBallot(300, {"Bình": 300, "Chi": 300}),
...     CumulativeBallot(100, {"Chi": 250}),            # holds 200 votes: invalid
... ])
>>> result.elected, result.tied, result.votes
(('An',), ('Bình', 'Chi'), (('An', 1200), ('Bình', 300), ('Chi', 300)))
>>> print(result.explain())  # doctest: +NORMALIZE_WHITESPACE
Cumulative voting for 2 seats: each share carries 2 votes.
3 ballots for 1,000 shares: 2 valid (900 shares, 1,800 votes held, 1,800 given),
1 invalid (100 shares): 1 gave more votes than it held.
An: 1,200 votes, 66.67% of the votes held.
Bình: 300 votes, 16.67% of the votes held.
Chi: 300 votes, 16.67% of the votes held.
Elected: An (1,200 votes).
Tied for the last seat at 300 votes: Bình, Chi; 1 seat goes to a re-vote among them.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any

from attrs import Attribute, field, frozen

from partyvote._i18n.catalog import Message, render
from partyvote._i18n.numbers import PERCENT_DIGITS, format_int, format_percent
from partyvote._validate import count_validator, flag_validator, nfc
from partyvote.elections.ties import Revote, TieBreak, TiePolicy
from partyvote.errors import BallotError, ElectionError, check_language

__all__ = [
    "SHARE_BASES",
    "CumulativeBallot",
    "CumulativeElection",
    "CumulativeInvalid",
    "CumulativeResult",
]


def __dir__() -> list[str]:
    return __all__


class CumulativeInvalid(enum.Enum):
    """Why a cumulative ballot is invalid."""

    OVER_VOTES = "over-votes"
    """More votes given than the ballot holds (shares × seats; Art. 148(3))."""
    UNKNOWN_NAME = "unknown-name"
    """A name that is not on the list of candidates."""
    TOO_MANY_NAMES = "too-many-names"
    """More candidates voted for than seats, where the election rules forbid it."""
    NOT_ISSUED = "not-issued"
    """Not the paper issued by the counting committee (not the form, unsealed)."""


SHARE_BASES = ("held", "given", "shares")
"""The bases :meth:`CumulativeResult.share_of` can take a candidate's share of."""


def _shares(_instance: object, _attribute: Attribute[Any], value: object) -> None:
    if value.__class__ is not int or value < 1:
        raise BallotError(Message("cumulative.shares", value=value))


def _given(value: Mapping[str, int] | Iterable[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    pairs = tuple(value.items() if isinstance(value, Mapping) else value)
    seen: set[str] = set()
    for name, votes in pairs:
        if not isinstance(name, str):
            raise BallotError(Message("ballot.name", value=name))
        if votes.__class__ is not int or votes < 0:
            raise BallotError(Message("cumulative.votes", name=name, value=votes))
        if name in seen:
            raise BallotError(Message("cumulative.repeated", name=name))
        seen.add(name)
    return pairs


@frozen
class CumulativeBallot:
    """One shareholder's cumulative ballot: their voting *shares* and the votes *given* to
    each candidate (a mapping or ``(name, votes)`` pairs).

    :param issued: ``False`` for a paper that is not the one the counting committee issued.

    >>> ballot = CumulativeBallot(1_000, {"An": 3_000, "Bình": 2_000})
    >>> ballot.given_total, ballot.held(5)
    (5000, 5000)
    >>> CumulativeBallot(0, {})
    Traceback (most recent call last):
    ...
    partyvote.errors.BallotError: a cumulative ballot needs a whole number of voting shares, ...
    """

    shares: int = field(validator=_shares)
    given: tuple[tuple[str, int], ...] = field(default=(), converter=_given)
    issued: bool = field(default=True, kw_only=True, validator=flag_validator)

    @property
    def given_total(self) -> int:
        """Every vote this ballot gives."""
        return sum(votes for _, votes in self.given)

    def held(self, seats: int) -> int:
        """The votes this ballot holds: shares × seats."""
        return self.shares * seats


def _bad_votes(given: Mapping[str, object]) -> BallotError:
    name, votes = next(
        (name, votes) for name, votes in given.items() if votes.__class__ is not int or votes < 0
    )
    return BallotError(Message("cumulative.votes", name=name, value=votes))


def _candidates(value: Iterable[str]) -> tuple[str, ...]:
    names = tuple(value) if not isinstance(value, str) else (value,)
    for name in names:
        if not isinstance(name, str):
            raise ElectionError(Message("ballot.name", value=name))
    names = tuple(nfc(name) for name in names)
    if not names:
        raise ElectionError(Message("cumulative.no_candidates"))
    if len(set(names)) != len(names):
        duplicate = next(name for name in names if names.count(name) > 1)
        raise ElectionError(Message("cumulative.duplicate_candidate", name=duplicate))
    return names


def _ties(_instance: object, _attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, TiePolicy):
        raise ElectionError(Message("election.tie_policy", value=value))


@frozen(kw_only=True)
class CumulativeElection:
    """An election by cumulative voting.

    :param seats: the members to elect; each share carries this many votes.
    :param candidates: the names on the list.
    :param ties: what happens to a tie for the last seat: a re-vote among the tied
        (:class:`~partyvote.elections.Revote`, the default) or the charter's criterion
        (:class:`~partyvote.elections.ByKey`, :class:`~partyvote.elections.Older`,
        :class:`~partyvote.elections.Lot`, chained with ``.then()``).
    :param names_limit: whether a ballot voting for more candidates than seats is invalid
        (a rule of many companies' election rules, not of the law).

    A candidate with no vote is not elected: the seats left are unfilled.
    """

    seats: int = field(validator=count_validator)
    candidates: tuple[str, ...] = field(converter=_candidates)
    ties: TiePolicy = field(factory=Revote, validator=_ties)
    names_limit: bool = field(default=False, validator=flag_validator)

    def __attrs_post_init__(self) -> None:
        if self.seats < 1:
            raise ElectionError(Message("cumulative.seats", value=self.seats))

    def count(
        self, ballots: Iterable[CumulativeBallot | tuple[int, Mapping[str, int]]]
    ) -> CumulativeResult:
        """Check and count *ballots*: :class:`CumulativeBallot` values or plain
        ``(shares, {name: votes})`` pairs (faster: no object per ballot).

        A ballot with an unknown name, too many votes (or, with :attr:`names_limit`, too
        many names) is invalid and counted for no one; a negative or fractional number of
        shares or votes is bad data and raises :class:`~partyvote.errors.BallotError`.
        """
        seats = self.seats
        names_limit = self.names_limit
        knows_all = frozenset(self.candidates).issuperset
        totals = dict.fromkeys(self.candidates, 0)
        invalid = dict.fromkeys(CumulativeInvalid, 0)
        shares_cast = shares_valid = shares_invalid = ballots_valid = given_valid = 0
        for ballot in ballots:
            # Plain pairs are the fast path: checked and summed in one pass.
            if ballot.__class__ is not tuple and isinstance(ballot, CumulativeBallot):
                shares, issued = ballot.shares, ballot.issued
                given: Mapping[str, int] = dict(ballot.given)
                given_total = sum(given.values())
            else:
                shares, given = ballot
                issued = True
                if shares.__class__ is not int or shares < 1:
                    raise BallotError(Message("cumulative.shares", value=shares))
                given_total = 0
                for votes in given.values():
                    if votes.__class__ is not int or votes < 0:
                        raise _bad_votes(given)
                    given_total += votes
            shares_cast += shares
            if (
                issued
                and given_total <= shares * seats
                and knows_all(given)
                and (not names_limit or sum(1 for votes in given.values() if votes) <= seats)
            ):
                ballots_valid += 1
                shares_valid += shares
                given_valid += given_total
                for name, votes in given.items():
                    totals[name] += votes
                continue
            if not issued:
                reason = CumulativeInvalid.NOT_ISSUED
            elif not knows_all(given):
                reason = CumulativeInvalid.UNKNOWN_NAME
            elif given_total > shares * seats:
                reason = CumulativeInvalid.OVER_VOTES
            else:
                reason = CumulativeInvalid.TOO_MANY_NAMES
            invalid[reason] += 1
            shares_invalid += shares
        return CumulativeResult.of(
            self,
            votes=tuple(totals.items()),
            ballots_valid=ballots_valid,
            shares_cast=shares_cast,
            shares_valid=shares_valid,
            given=given_valid,
            invalid=tuple((reason, n) for reason, n in invalid.items() if n),
            shares_invalid=shares_invalid,
        )


@frozen(kw_only=True)
class CumulativeResult:
    """The count of a cumulative election: votes per candidate, in list order, and who is
    elected; build one with :meth:`CumulativeElection.count`.

    :param tied: candidates tied for the last seats and left to a re-vote.
    :param tie: how the tie policy decided, or ``None`` when there was no tie.
    """

    election: CumulativeElection
    votes: tuple[tuple[str, int], ...]
    ballots_valid: int
    shares_cast: int
    shares_valid: int
    given: int
    invalid: tuple[tuple[CumulativeInvalid, int], ...]
    shares_invalid: int
    elected: tuple[str, ...]
    tied: tuple[str, ...]
    tie: TieBreak | None

    @classmethod
    def of(
        cls, election: CumulativeElection, *, votes: tuple[tuple[str, int], ...], **counts: Any
    ) -> CumulativeResult:
        """Decide who is elected from the *votes* per candidate (Art. 148(3)): the most
        votes first, until the seats are filled; the tie policy shares the last seats."""
        ranked = sorted((pair for pair in votes if pair[1] > 0), key=lambda pair: -pair[1])
        seats = election.seats
        tie: TieBreak | None = None
        elected: tuple[str, ...]
        tied: tuple[str, ...]
        if len(ranked) <= seats:
            elected, tied = tuple(name for name, _ in ranked), ()
        else:
            boundary = ranked[seats - 1][1]
            above = tuple(name for name, n in ranked if n > boundary)
            at = tuple(name for name, n in ranked if n == boundary)
            if len(above) + len(at) <= seats:
                elected, tied = above + at, ()
            else:
                tie = election.ties.break_tie(at, seats - len(above))
                elected, tied = above + tie.winners, tie.pending
        return cls(election=election, votes=votes, elected=elected, tied=tied, tie=tie, **counts)

    @property
    def ballots_invalid(self) -> int:
        """Ballots found invalid, for any reason."""
        return sum(n for _, n in self.invalid)

    @property
    def ballots_cast(self) -> int:
        """Every ballot handed in."""
        return self.ballots_valid + self.ballots_invalid

    @property
    def held(self) -> int:
        """The votes the valid ballots held: their shares × seats."""
        return self.shares_valid * self.election.seats

    @property
    def tie_seats(self) -> int:
        """Seats left to the re-vote among :attr:`tied`."""
        return self.election.seats - len(self.elected) if self.tied else 0

    @property
    def unfilled(self) -> int:
        """Seats neither filled nor left to a re-vote (too few candidates with votes)."""
        return 0 if self.tied else self.election.seats - len(self.elected)

    def votes_for(self, name: str) -> int:
        """The votes *name* received.

        >>> board = CumulativeElection(seats=1, candidates=["An", "Bình"])
        >>> board.count([(10, {"An": 10})]).votes_for("An")
        10
        """
        for candidate, votes in self.votes:
            if candidate == name:
                return votes
        raise ElectionError(Message("cumulative.unknown_candidate", name=name))

    def share_of(self, name: str, *, of: str = "held") -> Fraction:
        """The exact share *name* received of a base, all counted on the valid ballots:

        * ``"held"`` (the default, the explanation's): the votes held, shares × seats, the
          "tổng số phiếu bầu" of Art. 148(3);
        * ``"given"``: the votes actually given, as bodies publish that print the candidates'
          percentages adding up to 100 %;
        * ``"shares"``: the voting shares, as minutes publish that print each candidate's votes
          as a percentage of the voting shares attending (which can exceed 100 %: it is
          ``seats`` times the share of the votes held).

        >>> board = CumulativeElection(seats=2, candidates=["An", "Bình"])
        >>> result = board.count([(30, {"An": 40, "Bình": 10})])
        >>> [result.share_of("An", of=base) for base in ("held", "given", "shares")]
        [Fraction(2, 3), Fraction(4, 5), Fraction(4, 3)]
        """
        base = self.base_size(of)
        votes = self.votes_for(name)
        return Fraction(votes, base) if base else Fraction(0)

    def base_size(self, of: str = "held") -> int:
        """The size of a base of :meth:`share_of`: the votes held, the votes given or the
        voting shares of the valid ballots.

        >>> board = CumulativeElection(seats=2, candidates=["An", "Bình"])
        >>> board.count([(30, {"An": 40, "Bình": 10})]).base_size("given")
        50
        """
        if of not in SHARE_BASES:
            raise ElectionError(Message("cumulative.base", value=of, valid=", ".join(SHARE_BASES)))
        return {"held": self.held, "given": self.given, "shares": self.shares_valid}[of]

    def explain(self, lang: str = "en", *, of: str = "held", digits: int = PERCENT_DIGITS) -> str:
        """The count in words, in shares and votes (phiếu bầu), never in persons: each
        candidate's share *of* a base of :meth:`share_of`, with *digits* decimals.

        >>> board = CumulativeElection(seats=2, candidates=["An", "Bình"])
        >>> result = board.count([(30, {"An": 40, "Bình": 10})])
        >>> result.explain("vi", of="given", digits=1).splitlines()[2]
        'An: 40 phiếu bầu, đạt 80,0% tổng số phiếu bầu đã bầu.'
        """
        self.base_size(of)  # refuses an unknown base before any text is written
        lines = self._lines(check_language(lang), of, digits)
        return "\n".join(lines)

    def _lines(self, lang: str, of: str, digits: int) -> list[str]:
        def num(value: int) -> str:
            return format_int(value, lang)

        lines = [render("cumulative.header", lang, seats=num(self.election.seats))]
        counted = render(
            "cumulative.ballots",
            lang,
            ballots=num(self.ballots_cast),
            shares=num(self.shares_cast),
            valid=num(self.ballots_valid),
            valid_shares=num(self.shares_valid),
            held=num(self.held),
            given=num(self.given),
        )
        if self.invalid:
            reasons = "; ".join(
                render(f"cumulative.invalid.{reason.value}", lang, ballots=num(n))
                for reason, n in self.invalid
            )
            counted += render(
                "cumulative.invalid",
                lang,
                ballots=num(self.ballots_invalid),
                shares=num(self.shares_invalid),
                reasons=reasons,
            )
        lines.append(counted + ".")
        lines.extend(
            render(
                f"cumulative.candidate.{of}",
                lang,
                name=name,
                votes=num(votes),
                percent=format_percent(self.share_of(name, of=of), lang, digits),
            )
            for name, votes in self.votes
        )
        votes = dict(self.votes)
        if self.elected:
            names = ", ".join(
                render("cumulative.name_votes", lang, name=name, votes=num(votes[name]))
                for name in self.elected
            )
            lines.append(render("cumulative.elected", lang, names=names))
        else:
            lines.append(render("cumulative.none_elected", lang))
        decided = None if self.tie is None else self.tie.explain(lang)
        if decided is not None:
            lines.append(decided)
        if self.tied:
            lines.append(
                render(
                    "cumulative.tied",
                    lang,
                    votes=num(votes[self.tied[0]]),
                    names=", ".join(self.tied),
                    seats=num(self.tie_seats),
                )
            )
        if self.unfilled:
            lines.append(render("cumulative.unfilled", lang, seats=num(self.unfilled)))
        return lines
