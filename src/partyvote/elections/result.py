"""Election results: who is elected, which seats stay empty, what to do about a tie, and why."""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction
from typing import Any, Generic, TypeVar

from attrs import frozen

from partyvote._i18n.catalog import Message, render, say
from partyvote._i18n.numbers import format_int, format_percent
from partyvote.elections.counts import Counts
from partyvote.elections.rounds import Contest, Status, next_round
from partyvote.elections.tally import Tally
from partyvote.elections.ties import TieBreak
from partyvote.elections.validity import InvalidReason
from partyvote.errors import ElectionError, check_language
from partyvote.roll import Roll
from partyvote.rules.compound import describe
from partyvote.rules.decision import Decision, Reason

__all__ = ["CandidateResult", "ElectionResult"]


def __dir__() -> list[str]:
    return __all__


@frozen(kw_only=True)
class CandidateResult:
    """One candidate's result.

    :param decision: the threshold's decision on the candidate's votes.
    :param rank: 1 for the most votes; candidates with equal votes share a rank.
    :param tied: whether the candidate is in a tie still to be resolved.
    """

    name: str
    votes: int
    decision: Decision
    elected: bool
    tied: bool
    rank: int

    @property
    def met(self) -> bool:
        """Whether the candidate's votes meet the threshold."""
        return self.decision.passed

    @property
    def share(self) -> Fraction | None:
        """The exact share of the threshold's base, or ``None`` when the base is empty."""
        size = self.decision.base_size
        return Fraction(self.votes, size) if size else None

    def share_text(self, lang: str = "en") -> str:
        """The share as an exact percentage (``"66.(6)%"``), or ``"-"`` for an empty base."""
        share = self.share
        return "-" if share is None else format_percent(share, lang)


E = TypeVar("E", bound=Contest)


def _status(candidate: CandidateResult) -> str:
    if candidate.elected:
        return "elected"
    if candidate.tied:
        return "tied"
    return "met" if candidate.met else "short"


@frozen(kw_only=True)
class ElectionResult(Generic[E]):
    """The result of counting an election; see :meth:`explain` and :meth:`next_round`.

    ``elected`` lists the elected in order of votes; ``unfilled`` counts the seats left
    empty, and ``tied`` the candidates competing for the ``tie_seats`` contested seats when
    the tie policy calls for a re-vote.  ``len(elected) + unfilled + tie_seats == seats``.
    """

    election: E
    tally: Tally
    roll: Roll | None
    candidates: tuple[CandidateResult, ...]
    elected: tuple[str, ...]
    tied: tuple[str, ...]
    tie_seats: int
    tie_break: TieBreak | None
    quorum: Decision | None
    status: Status

    @property
    def unfilled(self) -> int:
        """Seats neither filled nor contested by a pending tie."""
        return self.election.seats - len(self.elected) - self.tie_seats

    @property
    def votes(self) -> Counts[str]:
        """Votes per candidate."""
        return self.tally.votes

    @property
    def cast(self) -> int:
        """Ballots cast."""
        return self.tally.cast

    @property
    def valid(self) -> int:
        """Valid ballots."""
        return self.tally.valid

    @property
    def blank(self) -> int:
        """Valid ballots supporting no one."""
        return self.tally.blank

    @property
    def invalid(self) -> Counts[InvalidReason]:
        """Invalid ballots by reason."""
        return self.tally.invalid

    @property
    def invalid_total(self) -> int:
        """Invalid ballots, all reasons together."""
        return self.tally.invalid_total

    def candidate(self, name: str) -> CandidateResult:
        """The result of the candidate *name*."""
        for candidate in self.candidates:
            if candidate.name == name:
                return candidate
        raise ElectionError(Message("tally.unknown_name", names=repr(name)))

    def next_round(
        self, *, require_threshold: bool = True, add_candidates: Iterable[str] = ()
    ) -> E | None:
        """The election the regulation calls for next, or ``None`` when all seats are filled.

        * a pending tie: a re-vote among the tied for the contested seats, under the tie
          policy's next step; with ``require_threshold=False`` the most votes win;
        * unfilled seats: the remaining seats among the candidates not elected (plus
          *add_candidates*, when the meeting adds names; 244-QĐ/TW Art. 20(2));
        * no quorum: the same election again.

        Decided and built by :func:`partyvote.elections.rounds.next_round`.
        """
        return next_round(self, require_threshold=require_threshold, add_candidates=add_candidates)

    def header(self, lang: str = "en") -> str:
        """The election in one sentence: seats, candidates and what elects, in *lang*."""
        election = self.election
        rule = election.threshold
        rule_text = render("rule.plurality", lang) if rule is None else describe(rule, lang)
        return render(
            "result.header",
            lang,
            seats=format_int(election.seats, lang),
            candidates=format_int(len(election.candidates), lang),
            rule=rule_text,
        )

    def explain(self, lang: str = "en") -> str:
        """The result in words, in *lang* (``"en"`` or ``"vi"``)."""
        check_language(lang)

        def number(value: int) -> str:
            return format_int(value, lang)

        lines = [self.header(lang)]
        reasons = "; ".join(
            f"{number(count)} {render('invalid.' + reason.value, lang)}"
            for reason, count in sorted(self.invalid.items(), key=lambda item: item[0].value)
        )
        lines.append(
            render(
                "result.ballots.reasons" if reasons else "result.ballots",
                lang,
                cast=number(self.cast),
                valid=number(self.valid),
                blank=number(self.blank),
                invalid=number(self.invalid_total),
                reasons=reasons,
            )
        )
        if self.quorum is not None:
            lines.append(render("explain.quorum", lang, text=self.quorum.explain(lang)))
        lines.extend(self._candidate_line(candidate, lang) for candidate in self.candidates)
        lines.append(self.summary(lang))
        return "\n".join(lines)

    def verdict(self, candidate: CandidateResult, lang: str = "en") -> str:  # noqa: PLR0911
        """Why *candidate* is or is not elected, in a few words of *lang*."""
        decision = candidate.decision
        if candidate.elected:
            return render("cand.elected", lang)
        if self.status is Status.NO_QUORUM:
            return render("cand.no_quorum", lang)
        if candidate.tied:
            return render("cand.tied", lang, seats=self.tie_seats)
        if decision.reason is Reason.EMPTY_BASE:
            return render("cand.empty", lang)
        if not decision.passed:
            return render("cand.short", lang, short=format_int(-decision.margin, lang))
        if self.tie_break is not None and candidate.name in dict(self.tie_break.evidence):
            return render("cand.tie_lost", lang)
        return render("cand.outvoted", lang)

    def _candidate_line(self, candidate: CandidateResult, lang: str) -> str:
        decision = candidate.decision
        verdict = self.verdict(candidate, lang)
        return render(
            "cand.line",
            lang,
            rank=candidate.rank,
            name=candidate.name,
            votes=format_int(candidate.votes, lang),
            share=candidate.share_text(lang),
            size=format_int(decision.base_size, lang),
            required=format_int(decision.required, lang),
            verdict=verdict,
        )

    def to_frame(self) -> Any:
        """The candidates as a :class:`pandas.DataFrame` (``pip install 'partyvote[pandas]'``).

        Columns: ``name``, ``votes``, ``share`` (exact), ``percent`` (rounded, for charts),
        ``required`` and ``status`` (``"elected"``, ``"tied"``, ``"met"`` for a candidate
        who met the threshold without a seat, else ``"short"``).

        >>> from partyvote import Election
        >>> result = Election(seats=1, candidates=["An", "Bình"]).count([("An",)] * 2 + [("Bình",)])
        >>> result.to_frame()[["name", "votes", "percent", "required", "status"]]
           name  votes  percent  required status
        0    An      2    66.67         2  elected
        1  Bình      1    33.33         2    short
        """
        from partyvote._frames import frame, percent

        return frame(
            {
                "name": candidate.name,
                "votes": candidate.votes,
                "share": candidate.share,
                "percent": percent(candidate.share),
                "required": candidate.decision.required,
                "status": _status(candidate),
            }
            for candidate in self.candidates
        )

    def summary(self, lang: str = "en") -> str:
        """Who is elected, and what happens to the seats still open, in *lang*."""
        if self.status is Status.NO_QUORUM:
            return render("result.no_quorum", lang)
        parts = []
        if self.elected:
            parts.append(
                render(
                    "result.elected",
                    lang,
                    count=format_int(len(self.elected), lang),
                    names=", ".join(self.elected),
                )
            )
        else:
            parts.append(render("result.none_elected", lang))
        if self.tie_break is not None and self.tie_break.method != "revote":
            decided = ", ".join(self.tie_break.winners)
            label = say(self.tie_break.label, lang)
            parts.append(render(f"tie.{self.tie_break.method}", lang, label=label, names=decided))
        if self.status is Status.TIE:
            votes = self.tally.votes[self.tied[0]]
            parts.append(
                render(
                    "result.tie",
                    lang,
                    seats=format_int(self.tie_seats, lang),
                    names=", ".join(self.tied),
                    votes=format_int(votes, lang),
                )
            )
        elif self.status is Status.UNFILLED:
            parts.append(render("result.unfilled", lang, count=format_int(self.unfilled, lang)))
        else:
            parts.append(render("result.complete", lang))
        return " ".join(parts)
