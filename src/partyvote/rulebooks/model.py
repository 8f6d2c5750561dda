"""Rulebooks: the whole set of voting rules of a real body, with its sources.

A :class:`Rulebook` bundles what a statute says about quorum, motions, elections, ballots,
validity, ties and candidate surplus, and what it leaves to the meeting (as
:class:`Parameter` values with the statute's default and bounds).  The shipped rulebooks
live in :mod:`partyvote.rulebooks`; your own is one constructor call and a
:func:`~partyvote.rulebooks.register`.

>>> from partyvote import rulebooks
>>> book = rulebooks.get("vn-party-2024")
>>> committee = book.election(seats=15, candidates=[f"Candidate {i}" for i in range(19)])
>>> committee.max_surplus, committee.form.value
(4, 'strike-out')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from fractions import Fraction
from typing import Any, Literal

import attrs
from attrs import Attribute, field, frozen

from partyvote._i18n.catalog import Message, Text, own_key, render, say
from partyvote._i18n.numbers import PERCENT_DIGITS
from partyvote._validate import (
    check_count,
    choice_validator,
    count_validator,
    digits_validator,
    flag_validator,
    parse_ratio,
)
from partyvote.elections.ballot import BallotForm
from partyvote.elections.cumulative import SHARE_BASES
from partyvote.elections.election import Election
from partyvote.elections.result import ElectionResult
from partyvote.elections.rounds import Round, Step, next_round, next_step
from partyvote.elections.ties import TIE_STEPS, Chain, Lot, Older, Revote, TiePolicy
from partyvote.elections.validity import Validity
from partyvote.errors import OptionError, RulebookError, check_language
from partyvote.rules.bases import Base
from partyvote.rules.compound import Rule, _check_rule
from partyvote.rules.motion import Motion

__all__ = ["Parameter", "Rulebook", "Source", "SurplusLimit", "TieStep"]


def __dir__() -> list[str]:
    return __all__


TieStep = Literal["revote", "older", "lot"]
"""One step of a statute's tie procedure: a re-vote, the older candidate, or a lot
(:data:`~partyvote.elections.ties.TIE_STEPS`)."""


@frozen
class Source:
    """Where a rule comes from: a document, the article, its date and a link.

    :param document_vi: the document as a Vietnamese reader is told it (a foreign title
        glossed, its own name kept in quotes); default *document*.
    :param article_vi: the article and what it is about, in Vietnamese; default *article*.

    >>> source = Source("Law 85/2015/QH13", "Art. 78 (results)", "2015-06-25",
    ...                 document_vi="Luật 85/2015/QH13", article_vi="Điều 78 (kết quả)")
    >>> print(source)
    Law 85/2015/QH13, Art. 78 (results) (2015-06-25)
    >>> print(source.text_in("vi"))
    Luật 85/2015/QH13, Điều 78 (kết quả) (2015-06-25)
    """

    document: str
    article: str = ""
    date: str = ""
    link: str = field(default="", kw_only=True)
    document_vi: str = field(default="", kw_only=True)
    article_vi: str = field(default="", kw_only=True)

    def __str__(self) -> str:
        return self.text_in("en")

    def text_in(self, lang: str = "en") -> str:
        """The citation in *lang*: document, article and date (English where no Vietnamese
        is given)."""
        check_language(lang)
        parts = (self.document, self.article)
        if lang == "vi":
            parts = (self.document_vi or self.document, self.article_vi or self.article)
        text = ", ".join(part for part in parts if part)
        return f"{text} ({self.date})" if self.date else text


@frozen(kw_only=True)
class Parameter:
    """A choice the statute leaves to the meeting, with its default and bounds.

    :param name: the keyword the rulebook's methods accept.
    :param default: the statute's default (``None``: computed, e.g. from the seats).
    :param en: what it is, in English; :param vi: in Vietnamese.
    """

    name: str
    default: object
    en: str
    vi: str

    def describe(self, lang: str = "en") -> str:
        """What the parameter is, in *lang*."""
        check_language(lang)
        return self.vi if lang == "vi" else self.en


def _optional_ratio(value: object) -> Fraction | None:
    return None if value is None else parse_ratio(value)


def _minimum(value: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    steps = tuple((seats, extra) for seats, extra in value)
    for seats, extra in steps:
        check_count("minimum seats", seats)
        check_count("minimum surplus", extra)
    return tuple(sorted(steps))


@frozen
class SurplusLimit:
    """The most, and the fewest, candidates beyond the seats a list may have.

    :param ratio: the largest surplus as a share of the seats (rounded down), or ``None``
        where the statute sets no cap.
    :param small_bodies: a range of seats ``(low, high)`` for which *small_surplus* is
        allowed even when the share rounds to less.
    :param applies_from: the fewest seats the limit applies to; smaller elections (a
        secretary, two deputies) have no limit.
    :param required: whether a list the limit applies to must have a surplus (more
        candidates than seats).
    :param minimum: the fewest extra candidates, as ``(seats, surplus)`` steps: from *seats*
        seats on, the list needs at least *surplus* more candidates than seats.  Law 85/2015
        Art. 57(6): a National Assembly list at least two more, ``((1, 2),)``; Art. 58(3): a
        People's Council list at least one more, two for three seats, three for four or more,
        ``((1, 1), (3, 2), (4, 3))``.

    190-QĐ/TW Art. 14: lists for the committee and its standing committee must have more
    candidates than seats, at most 30 % more; bodies of 3 to 5 members may have a surplus of
    one person.  Other lists (delegates to the congress above) have no limit: the limit
    applies to the lists :meth:`Rulebook.election` is told are committee lists.

    >>> limit = SurplusLimit("30%", small_bodies=(3, 5), small_surplus=1, applies_from=3)
    >>> [limit.limit(seats) for seats in (1, 3, 5, 9, 15, 61)]
    [None, 1, 1, 2, 4, 18]
    >>> council = SurplusLimit(None, minimum=((1, 1), (3, 2), (4, 3)))
    >>> [council.least(seats) for seats in (1, 2, 3, 4, 7)], council.limit(7)
    ([1, 1, 2, 3, 3], None)
    """

    ratio: Fraction | None = field(converter=_optional_ratio)
    small_bodies: tuple[int, int] | None = field(default=None, kw_only=True)
    small_surplus: int = field(default=0, kw_only=True, validator=count_validator)
    applies_from: int = field(default=1, kw_only=True, validator=count_validator)
    required: bool = field(default=False, kw_only=True, validator=flag_validator)
    minimum: tuple[tuple[int, int], ...] = field(default=(), kw_only=True, converter=_minimum)

    def least(self, seats: int) -> int:
        """The fewest candidates beyond *seats* seats a list must have (0: none needed)."""
        if seats < self.applies_from:
            return 0
        least = 1 if self.required else 0
        for start, extra in self.minimum:
            if seats >= start:
                least = max(least, extra)
        return least

    def limit(self, seats: int) -> int | None:
        """The largest surplus allowed for *seats* seats, or ``None`` when there is no limit."""
        if seats < self.applies_from or self.ratio is None:
            return None
        largest = seats * self.ratio.numerator // self.ratio.denominator
        if self.small_bodies is not None:
            low, high = self.small_bodies
            if low <= seats <= high:
                largest = max(largest, self.small_surplus)
        return largest


def _key(_instance: object, _attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", value):
        raise RulebookError(Message("rulebook.key", value=value))


def _motions(
    value: Mapping[str, Rule] | Iterable[tuple[str, Rule]],
) -> tuple[tuple[str, Rule], ...]:
    pairs = tuple(value.items() if isinstance(value, Mapping) else value)
    for kind, rule in pairs:
        if not isinstance(kind, str) or not kind:
            raise RulebookError(Message("rulebook.kind_name", value=kind))
        _check_rule(rule)
    return pairs


def _optional_rule(_instance: object, _attribute: Attribute[Any], value: object) -> None:
    if value is not None:
        _check_rule(value)


def _sources(value: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(value)


def _parameters(value: Iterable[Parameter]) -> tuple[Parameter, ...]:
    return tuple(value)


def _notes(value: Iterable[Text | str] | Text | str) -> tuple[Text | str, ...]:
    return (value,) if isinstance(value, str | Text) else tuple(value)


def _ties(value: Iterable[str]) -> tuple[str, ...]:
    steps = (value,) if isinstance(value, str) else tuple(value)
    if not steps or any(step not in TIE_STEPS for step in steps):
        raise RulebookError(Message("rulebook.ties", value=value, valid=", ".join(TIE_STEPS)))
    return steps


@frozen(kw_only=True)
class Rulebook:
    """The voting rules of one body under one statute.

    :param key: the registry key, lowercase words joined by hyphens (``"vn-party-2024"``).
    :param title: the title in English; :param title_vi: in Vietnamese.
    :param sources: the documents and articles the rules come from.
    :param quorum: the meeting's quorum rule, or ``None`` where the statute sets none.
    :param election_quorum: the quorum of an election when it differs from the meeting's
        (a turnout rule, say); ``None``: the meeting's quorum.
    :param elections: ``False`` for a body that does not elect under this rulebook.
    :param motions: the threshold of each kind of motion (``"ordinary"`` first).
    :param election_threshold: what a candidate needs, or ``None`` for "most votes win".
    :param form: the ballot form, or ``None`` for the one the list calls for
        (:meth:`BallotForm.for_list <partyvote.elections.ballot.BallotForm.for_list>`).
    :param validity: which ballots count.
    :param ties: the statute's tie procedure, in order: ``"revote"``, ``"older"``,
        ``"lot"`` (the last two need birth dates or a published seed when counting).
    :param surplus: the largest candidate surplus, or ``None`` for no limit.
    :param revote_threshold: whether a further round or re-vote must meet the threshold
        again (``False``: the most votes win it).
    :param parameters: the choices left to the meeting.
    :param percent_digits: the decimals of the percentages in the minutes (rounded half up;
        more where rounding would blur a verdict).
    :param wording: a prefix of catalog keys in this body's own words (``"na"``: "bầu cử
        thêm", the election team's invalid-ballot labels of Law 85/2015 Art. 74); see
        :meth:`say`.
    :param rerun_quorum: ``False`` where a re-run held for want of turnout stands even if
        turnout fails again (Law 85/2015 Art. 80(4)); :meth:`next_round` then drops the
        quorum.
    :param further_below: hold a further round for unfilled seats only when fewer than this
        share of the seats is filled; ``None``: whenever seats stay empty.  Law 85/2015 Art.
        79(2): a People's Council constituency holds an additional election only when those
        elected are fewer than two thirds of its seats; at two thirds or more the seats stay
        empty (:attr:`Step.CLOSED <partyvote.elections.rounds.Step.CLOSED>`).
    :param further_again: ``False`` where a further round may not follow a further round:
        seats a further round leaves empty stay empty (Law 85/2015 Art. 79(3): "không tổ
        chức bầu cử thêm lần thứ hai").  The rulebook knows the round from the election
        (``Election.round``).
    :param bare_whole_percent: write a percentage that rounds to a whole number without its
        zero decimals (``"35%"``), as the National Election Council prints it.
    :param share_base: the base the minutes' percentages are taken of, or ``None`` for the
        threshold's (the National Assembly publishes shares of the valid ballots; a congress
        may publish shares of the delegates present while electing by those convened).
    :param cumulative_share_base: the base of the percentages of a cumulative election in the
        minutes: ``"held"`` (the votes held, Art. 148(3)'s "tổng số phiếu bầu"), ``"given"``
        (the votes given) or ``"shares"`` (the voting shares of the valid ballots); see
        :meth:`CumulativeResult.share_of <partyvote.elections.CumulativeResult.share_of>`.
        A meeting file sets it with ``share_base`` in ``[rules]``, like :attr:`share_base`;
        the percentages have :attr:`percent_digits` decimals.
    :param ranked: how ranked ballots are counted when a question does not say:
        ``"stv"`` (the single transferable vote, instant-runoff for one seat) or ``"ronr"``
        (Robert's Rules' preferential voting); see
        :class:`~partyvote.elections.RankedElection`.
    :param notes: open questions: rules the sources do not settle, and the reading chosen;
        each a plain string or a :class:`~partyvote.errors.Text` in each language.
    """

    key: str = field(validator=_key)
    title: str
    title_vi: str = ""
    sources: tuple[Source, ...] = field(default=(), converter=_sources)
    quorum: Rule | None = field(default=None, validator=_optional_rule)
    election_quorum: Rule | None = field(default=None, validator=_optional_rule)
    elections: bool = field(default=True, validator=flag_validator)
    motions: tuple[tuple[str, Rule], ...] = field(default=(), converter=_motions)
    election_threshold: Rule | None = field(default=None, validator=_optional_rule)
    form: BallotForm | None = None
    validity: Validity = field(factory=Validity)
    ties: tuple[str, ...] = field(default=("revote",), converter=_ties)
    surplus: SurplusLimit | None = None
    revote_threshold: bool = field(default=True, validator=flag_validator)
    parameters: tuple[Parameter, ...] = field(default=(), converter=_parameters)
    notes: tuple[Text | str, ...] = field(default=(), converter=_notes)
    percent_digits: int = field(default=PERCENT_DIGITS, validator=digits_validator)
    share_base: Base | None = None
    bare_whole_percent: bool = field(default=False, validator=flag_validator)
    wording: str = ""
    rerun_quorum: bool = field(default=True, validator=flag_validator)
    further_below: Fraction | None = field(default=None, converter=_optional_ratio)
    further_again: bool = field(default=True, validator=flag_validator)
    ranked: Literal["stv", "ronr"] = field(default="stv", validator=choice_validator("stv", "ronr"))
    cumulative_share_base: Literal["held", "given", "shares"] = field(
        default="held", validator=choice_validator(*SHARE_BASES)
    )

    def say(self, key: str, lang: str = "en", /, **params: object) -> str:
        """The catalog entry *key* in this rulebook's own words where it has them.

        >>> from partyvote import rulebooks
        >>> rulebooks.get("vn-national-assembly-2015").say("invalid.all-struck", "vi")
        'phiếu gạch xóa hết tên những người ứng cử'
        >>> rulebooks.get("vn-party-2024").say("invalid.all-struck", "vi")
        'gạch tên tất cả'
        """
        return render(own_key(self.wording, key), lang, **params)

    def title_in(self, lang: str = "en") -> str:
        """The title in *lang* (the English one where no Vietnamese title is given)."""
        check_language(lang)
        return self.title_vi if lang == "vi" and self.title_vi else self.title

    def notes_in(self, lang: str = "en") -> tuple[str, ...]:
        """The :attr:`notes` in *lang* (a note given only in English stays in English).

        >>> from partyvote import rulebooks
        >>> print(rulebooks.get("us-senate").notes_in("vi")[2])
        Điều ước: hai phần ba số thượng nghị sĩ có mặt (Điều II §2).
        """
        check_language(lang)
        return tuple(say(note, lang) for note in self.notes)

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds of motion this rulebook knows, ``"ordinary"`` first."""
        return tuple(kind for kind, _ in self.motions)

    def motion(self, kind: str = "ordinary") -> Motion:
        """The :class:`~partyvote.Motion` for a motion of *kind*, with the quorum."""
        for name, rule in self.motions:
            if name == kind:
                return Motion(rule, quorum=self.quorum)
        raise RulebookError(
            Message(
                "rulebook.kind", key=self.key, kind=kind, valid=", ".join(map(repr, self.kinds))
            )
        )

    def tie_policy(
        self, *, birth_dates: Mapping[str, date] | None = None, seed: str | None = None
    ) -> TiePolicy:
        """The statute's tie procedure as a policy.

        "older" uses *birth_dates* (a tie between candidates without one is an error when it
        happens); "lot" needs the published *seed* before the count.
        """
        policies: list[TiePolicy] = []
        for step in self.ties:
            if step == "revote":
                policies.append(Revote())
            elif step == "older":
                # Without birth dates a count still runs; a tie then names the missing date.
                policies.append(Older({} if birth_dates is None else birth_dates))
            else:
                if seed is None:
                    raise RulebookError(Message("rulebook.needs_seed", key=self.key))
                policies.append(Lot(seed))
        return policies[0] if len(policies) == 1 else Chain(tuple(policies))

    def surplus_limit(self, seats: int) -> int | None:
        """The largest surplus the statute allows for *seats* seats (``None``: no limit)."""
        return None if self.surplus is None else self.surplus.limit(seats)

    def election(
        self,
        *,
        seats: int,
        candidates: Iterable[str],
        surplus: int | None = None,
        birth_dates: Mapping[str, date] | None = None,
        seed: str | None = None,
        committee: bool = True,
        round: Round = Round.FIRST,
        short_list: bool = False,
    ) -> Election:
        """An :class:`~partyvote.Election` under this rulebook.

        :param surplus: the surplus the meeting decided, at most the statute's limit
            (default: the limit itself); the list may not exceed it.
        :param committee: whether the list elects a committee or its standing committee, the
            lists the statute's :class:`SurplusLimit` applies to (``False``: delegates to
            the congress above, say, whose list may have any surplus).
        :param birth_dates: per candidate, used when the tie procedure includes "older".
        :param seed: the published seed, needed when it includes "lot".
        :param round: which round this is (:class:`~partyvote.elections.rounds.Round`).  The
            list's surplus rules hold for a first election and its re-run, not for a further
            round or a re-vote, whose list is what the count before left; a re-run has no
            quorum where the statute says it stands whatever the turnout
            (:attr:`rerun_quorum`).
        :param short_list: the body responsible allowed a list shorter than the statute's
            minimum (:attr:`SurplusLimit.minimum`): Law 85/2015 Art. 57(6) and 58(3) let the
            National Election Council decide, or guide, where a candidate is lost for force
            majeure.

        >>> from partyvote import rulebooks
        >>> book = rulebooks.get("vn-national-assembly-2015")
        >>> book.election(seats=3, candidates=["An", "Bình", "Chi", "Dũng"])
        Traceback (most recent call last):
        ...
        partyvote.errors.RulebookError: ...at least 2 more candidates than seats...
        >>> book.election(seats=3, candidates=["An", "Bình", "Chi", "Dũng"], short_list=True).seats
        3
        """
        if not self.elections:
            raise RulebookError(Message("rulebook.no_elections", key=self.key))
        if not isinstance(committee, bool):
            raise OptionError(Message("option.flag", name="committee", value=committee))
        if not isinstance(short_list, bool):
            raise OptionError(Message("option.flag", name="short_list", value=short_list))
        if not isinstance(round, Round):
            valid = ", ".join(repr(kind.value) for kind in Round)
            raise OptionError(Message("option.choice", name="round", value=round, valid=valid))
        # A further round's or a re-vote's list is what the last count left: no surplus rule.
        listed = round in (Round.FIRST, Round.RERUN) and committee and isinstance(seats, int)
        limit = self.surplus_limit(seats) if listed else None
        # A string or other non-list is left for Election to refuse with its own message.
        names: Any = tuple(candidates) if isinstance(candidates, list | tuple) else candidates
        rule = self.surplus if listed and not short_list else None
        least = 0 if rule is None else rule.least(seats)
        if rule is not None and isinstance(names, tuple) and len(names) - seats < least:
            key = "rulebook.short_list" if rule.minimum else "rulebook.no_surplus"
            raise RulebookError(
                Message(
                    key,
                    key=self.key,
                    seats=seats,
                    candidates=len(names),
                    least=least,
                    needed=seats + least,
                )
            )
        if surplus is not None:
            check_count("surplus", surplus)
            if limit is not None and surplus > limit:
                raise RulebookError(
                    Message(
                        "rulebook.surplus", key=self.key, surplus=surplus, seats=seats, limit=limit
                    )
                )
            limit = surplus
        options: dict[str, Any] = {} if self.form is None else {"form": self.form}
        quorum = self.quorum if self.election_quorum is None else self.election_quorum
        if round is Round.RERUN and not self.rerun_quorum:
            quorum = None  # Law 85/2015 Art. 80(4): the re-run stands whatever the turnout
        return Election(
            seats=seats,
            candidates=names,
            threshold=self.election_threshold,
            quorum=quorum,
            validity=self.validity,
            ties=self.tie_policy(birth_dates=birth_dates, seed=seed),
            max_surplus=limit,
            round=round,
            **options,
        )

    def next_step(self, result: ElectionResult[Election]) -> Step:
        """What this rulebook calls for after *result*: the common
        :func:`~partyvote.elections.rounds.next_step`, except that unfilled seats stay empty
        (:attr:`Step.CLOSED <partyvote.elections.rounds.Step.CLOSED>`) where enough of them
        are filled (:attr:`further_below`) or where *result* is of a further round and the
        statute holds no second one (:attr:`further_again`).

        >>> import partyvote as pv
        >>> from partyvote import rulebooks
        >>> book = rulebooks.get("vn-people-council-2015")
        >>> election = book.election(seats=3, candidates=["An", "Bình", "Chi", "Dũng", "Em"])
        >>> tally = pv.Tally(votes={"An": 600, "Bình": 550, "Chi": 400}, cast=1000)
        >>> book.next_step(election.count(tally, roll=pv.Roll(1200)))
        <Step.CLOSED: 'closed'>
        """
        step = next_step(result)
        if step not in (Step.FURTHER, Step.NEW_NAMES):
            return step
        if not self.further_again and result.election.round is Round.FURTHER:
            return Step.CLOSED  # Law 85/2015 Art. 79(3): no second additional election
        if self.further_below is not None:
            share = self.further_below
            # "Fewer than two thirds of the seats": elected * 3 < seats * 2, in integers.
            if len(result.elected) * share.denominator >= share.numerator * result.election.seats:
                return Step.CLOSED
        return step

    def next_round(
        self, result: ElectionResult[Election], *, add_candidates: Iterable[str] = ()
    ) -> Election | None:
        """The election this rulebook calls for after *result* (``None`` when complete, or
        when the seats stay empty: :meth:`next_step`).

        After a count without quorum the same election is held again; where the statute
        says the re-run stands whatever the turnout (:attr:`rerun_quorum` ``False``), the
        re-run has no quorum.
        """
        step = self.next_step(result)
        if step is Step.CLOSED:
            return None
        following = next_round(
            result, require_threshold=self.revote_threshold, add_candidates=add_candidates
        )
        if following is not None and step is Step.AGAIN and not self.rerun_quorum:
            return attrs.evolve(following, quorum=None)
        return following

    def following_round(self, result: ElectionResult[Election]) -> Election | None:
        """The round that follows *result* as the minutes state it: ``None`` when the
        election is complete, the seats stay empty, or new names are needed (where
        :meth:`next_round` would refuse)."""
        if self.next_step(result) is Step.NEW_NAMES:
            return None
        return self.next_round(result)

    def evolve(self, **changes: Any) -> Rulebook:
        """A copy with some rules changed, e.g. ``book.evolve(key="my-party", quorum=None)``."""
        return attrs.evolve(self, **changes)
