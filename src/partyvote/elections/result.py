"""Election results: who is elected, which seats stay empty, what to do about a tie, and why."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Any, Generic, TypeVar

from attrs import frozen

from partyvote._i18n.catalog import Message, own_key, render
from partyvote._i18n.numbers import PERCENT_DIGITS, format_int, format_percent
from partyvote._validate import check_digits, nfc
from partyvote.elections.counts import Counts
from partyvote.elections.rounds import Contest, KeepOption, Round, Status, next_round
from partyvote.elections.tally import Tally
from partyvote.elections.ties import TieBreak
from partyvote.elections.validity import InvalidReason
from partyvote.errors import ElectionError, check_language
from partyvote.roll import Roll
from partyvote.rules.bases import VALID, Base
from partyvote.rules.compound import describe
from partyvote.rules.decision import Decision, Reason
from partyvote.rules.threshold import Threshold
from partyvote.votes import Votes

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

    def share_text(self, lang: str = "en", digits: int = PERCENT_DIGITS) -> str:
        """The share as a percentage rounded half up to *digits* decimals (``"66.67%"``), or
        ``"-"`` for an empty base.

        Where rounding would blur the verdict (a share just above half shown as ``50.00%``),
        more digits are shown, until the rounded share lies on the same side of the
        threshold as the exact one.
        """
        share = self.share
        if share is None:
            return "-"
        threshold = self.decision.threshold
        against = None if threshold is None else threshold.ratio
        return format_percent(share, lang, check_digits(digits), against=against)


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
        """The result of the candidate *name* (in any Unicode normal form)."""
        name = nfc(name)
        for candidate in self.candidates:
            if candidate.name == name:
                return candidate
        raise ElectionError(Message("tally.unknown_name", names=repr(name)))

    @property
    def share_base(self) -> Base:
        """The base shares are taken of by default: the threshold's, else the valid votes."""
        threshold = self.election.threshold
        return getattr(threshold, "base", VALID)

    def base_size(self, base: Base | None = None) -> int:
        """The size of *base* (default :attr:`share_base`) for this count and roll.

        The ballots count as a motion's votes with every valid ballot an abstention, so
        ``VALID`` is the valid ballots, ``CAST`` the ballots cast, ``CONVENED`` the roll's.
        """
        base = self.share_base if base is None else base
        tally = self.tally
        summary = Votes(
            0, abstain=tally.valid - tally.blank, blank=tally.blank, invalid=tally.invalid_total
        )
        return base(self.roll, summary)

    def share_text(
        self,
        candidate: CandidateResult,
        lang: str = "en",
        *,
        digits: int = PERCENT_DIGITS,
        base: Base | None = None,
        bare_whole: bool = False,
    ) -> str:
        """*candidate*'s votes as a percentage of *base* (default :attr:`share_base`).

        The share's base may differ from the threshold's (a congress may publish shares of
        the delegates present while electing by a majority of those convened); the display
        still never contradicts the verdict, which is the threshold's.  With *bare_whole* a
        share that rounds to a whole number is written without decimals (``"35%"``), as the
        National Election Council prints it.

        >>> from partyvote import Election, Roll, CONVENED, PRESENT, Tally, more_than
        >>> election = Election(seats=1, candidates=["An", "Bình"],
        ...                     threshold=more_than("1/2", of=CONVENED))
        >>> result = election.count(Tally(votes={"An": 16, "Bình": 11}, cast=27),
        ...                         roll=Roll(31, excused=1, present=27))
        >>> result.share_text(result.candidate("An"), "vi"), result.share_text(
        ...     result.candidate("An"), "vi", base=PRESENT)
        ('53,33%', '59,26%')
        """
        digits = check_digits(digits)
        size = self.base_size(base)
        if not size:
            return "-"
        share = Fraction(candidate.votes, size)
        decision = candidate.decision
        threshold = decision.threshold
        against = None
        if threshold is not None and decision.base_size:
            against = threshold.ratio * decision.base_size / size
        return format_percent(share, lang, digits, against=against, bare_whole=bare_whole)

    def next_round(
        self,
        *,
        require_threshold: bool = True,
        add_candidates: Iterable[str] = (),
        keep: KeepOption = "all",
    ) -> E | None:
        """The election the regulation calls for next, or ``None`` when all seats are filled.

        * a pending tie: a re-vote among the tied for the contested seats, under the tie
          policy's next step; with ``require_threshold=False`` the most votes win;
        * unfilled seats: the remaining seats among the candidates not elected (plus
          *add_candidates*, when the meeting adds names; 244-QĐ/TW Art. 20(2));
        * no quorum: the same election again.

        *keep* chooses who goes on to a further round: ``"all"`` not elected (default),
        ``"top-two"`` (a run-off among the leading candidates, twice as many as the seats
        left) or ``"drop-lowest"`` (all but those with the fewest votes).  Decided and built
        by :func:`partyvote.elections.rounds.next_round`.
        """
        return next_round(
            self, require_threshold=require_threshold, add_candidates=add_candidates, keep=keep
        )

    def header(self, lang: str = "en", *, wording: str = "") -> str:
        """The election in one sentence: seats, candidates and what elects, in *lang*.

        *wording* is a rulebook's prefix of catalog keys in its own words
        (``Rulebook.wording``): the party's forms name the list and the condition as the
        regulation does ("đạt số phiếu bầu quá một nửa so với tổng số …").
        """
        election = self.election
        rule = election.threshold
        rule_text = render("rule.plurality", lang) if rule is None else describe(rule, lang)
        if isinstance(rule, Threshold):
            ratio = own_key(wording, f"ratio.{rule.ratio.numerator}/{rule.ratio.denominator}")
            condition = own_key(wording, "rule.threshold")
            if condition != "rule.threshold" and not ratio.startswith("ratio."):
                rule_text = render(
                    condition,
                    lang,
                    cmp=render(
                        own_key(wording, "cmp.more_than" if rule.strict else "cmp.at_least"), lang
                    ),
                    ratio=render(ratio, lang),
                    base=rule.base.label(lang),
                )
        return render(
            own_key(wording, "result.header"),
            lang,
            seats=format_int(election.seats, lang),
            candidates=format_int(len(election.candidates), lang),
            rule=rule_text,
        )

    def explain(self, lang: str = "en", *, digits: int = PERCENT_DIGITS, wording: str = "") -> str:
        """The result in words, in *lang* (``"en"`` or ``"vi"``), shares to *digits* decimals.

        Each candidate's line keeps the exact numbers beside the rounded share: votes, the
        base's size and the votes needed.  *wording* (``Rulebook.wording``) says the
        election and its outcome in a rulebook's words, as :meth:`header` and :meth:`summary`
        do: under
        the law on elections of deputies the seats left go to an additional election
        (Law 85/2015 Art. 79), not to the meeting.
        """
        check_language(lang)
        check_digits(digits)

        def number(value: int) -> str:
            return format_int(value, lang)

        lines = [self.header(lang, wording=wording)]
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
        # Each verdict stays in the common words ("elected unanimously", which the party's
        # results column leaves out but the explanation keeps).
        lines.extend(self._candidate_line(candidate, lang, digits) for candidate in self.candidates)
        lines.append(self.summary(lang, wording=wording))
        return "\n".join(lines)

    def verdict(  # noqa: PLR0911
        self, candidate: CandidateResult, lang: str = "en", *, wording: str = ""
    ) -> str:
        """Why *candidate* is or is not elected, in a few words of *lang* (in the words of
        the rulebook's *wording*, as :meth:`summary`)."""
        say = _speaker(wording)
        decision = candidate.decision
        if candidate.elected:
            # "Tuyệt đối": every valid ballot supported the candidate.
            key = "cand.unanimous" if candidate.votes == self.valid > 0 else "cand.elected"
            return say(key, lang)
        if self.status is Status.NO_QUORUM:
            return say("cand.no_quorum", lang)
        if candidate.tied:
            return say("cand.tied", lang, seats=self.tie_seats)
        if decision.reason is Reason.EMPTY_BASE:
            return say("cand.empty", lang)
        if not decision.passed:
            return say("cand.short", lang, short=format_int(-decision.margin, lang))
        if self.tie_break is not None and candidate.name in dict(self.tie_break.evidence):
            return say("cand.tie_lost", lang)
        return say("cand.outvoted", lang)

    def _candidate_line(self, candidate: CandidateResult, lang: str, digits: int) -> str:
        decision = candidate.decision
        verdict = self.verdict(candidate, lang)
        return render(
            "cand.line",
            lang,
            rank=candidate.rank,
            name=candidate.name,
            votes=format_int(candidate.votes, lang),
            share=candidate.share_text(lang, digits),
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

    def summary(self, lang: str = "en", *, wording: str = "") -> str:
        """Who is elected, and what happens to the seats still open, in *lang*.

        *wording* is a rulebook's prefix of catalog keys in its own words
        (``Rulebook.wording``): under the
        National Assembly's law unfilled seats go to the Election Council, not the meeting.
        """
        check_language(lang)
        say = _speaker(wording)
        if self.status is Status.NO_QUORUM:
            return say("result.no_quorum", lang)
        parts = []
        if self.elected:
            parts.append(
                say(
                    "result.elected",
                    lang,
                    count=format_int(len(self.elected), lang),
                    names=", ".join(self.elected),
                )
            )
        else:
            parts.append(say("result.none_elected", lang))
        decided = None if self.tie_break is None else self.tie_break.explain(lang)
        if decided is not None:
            parts.append(decided)
        if self.status is Status.TIE:
            votes = self.tally.votes[self.tied[0]]
            parts.append(
                say(
                    "result.tie",
                    lang,
                    seats=format_int(self.tie_seats, lang),
                    names=", ".join(self.tied),
                    votes=format_int(votes, lang),
                )
            )
        elif self.status is Status.UNFILLED:
            # After an additional election the law holds no second one (Law 85/2015 Art.
            # 79(3)): a rulebook's words for the seats left then say so.
            key = own_key(wording, "result.unfilled")
            if self.election.round is Round.FURTHER:
                further = own_key(wording, "result.unfilled.further")
                key = key if further == "result.unfilled.further" else further
            parts.append(render(key, lang, count=format_int(self.unfilled, lang)))
        else:
            parts.append(say("result.complete", lang))
        return " ".join(parts)


def _speaker(wording: str) -> Callable[..., str]:
    """``render`` in the words of *wording* (``Rulebook.wording``), else the common ones."""

    def say(key: str, lang: str, /, **params: object) -> str:
        return render(own_key(wording, key), lang, **params)

    return say
