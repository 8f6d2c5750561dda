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

from partyvote._i18n.catalog import CATALOG, Message, Text, render, say
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
from partyvote.elections.election import Election
from partyvote.elections.result import ElectionResult
from partyvote.elections.rounds import next_round
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


def _ratio(value: object) -> Fraction:
    return parse_ratio(value)


@frozen
class SurplusLimit:
    """The most candidates beyond the seats a list may have.

    :param ratio: the largest surplus as a share of the seats (rounded down).
    :param small_bodies: a range of seats ``(low, high)`` for which *small_surplus* is
        allowed even when the share rounds to less.
    :param applies_from: the fewest seats the limit applies to; smaller elections (a
        secretary, two deputies) have no limit.
    :param required: whether a list the limit applies to must have a surplus (more
        candidates than seats).

    190-QĐ/TW Art. 14: lists for the committee and its standing committee must have more
    candidates than seats, at most 30 % more; bodies of 3 to 5 members may have a surplus of
    one person.  Other lists (delegates to the congress above) have no limit: the limit
    applies to the lists :meth:`Rulebook.election` is told are committee lists.

    >>> limit = SurplusLimit("30%", small_bodies=(3, 5), small_surplus=1, applies_from=3)
    >>> [limit.limit(seats) for seats in (1, 3, 5, 9, 15, 61)]
    [None, 1, 1, 2, 4, 18]
    """

    ratio: Fraction = field(converter=_ratio)
    small_bodies: tuple[int, int] | None = field(default=None, kw_only=True)
    small_surplus: int = field(default=0, kw_only=True, validator=count_validator)
    applies_from: int = field(default=1, kw_only=True, validator=count_validator)
    required: bool = field(default=False, kw_only=True, validator=flag_validator)

    def limit(self, seats: int) -> int | None:
        """The largest surplus allowed for *seats* seats, or ``None`` when there is no limit."""
        if seats < self.applies_from:
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
    :param bare_whole_percent: write a percentage that rounds to a whole number without its
        zero decimals (``"35%"``), as the National Election Council prints it.
    :param share_base: the base the minutes' percentages are taken of, or ``None`` for the
        threshold's (the National Assembly publishes shares of the valid ballots; a congress
        may publish shares of the delegates present while electing by those convened).
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
    ranked: Literal["stv", "ronr"] = field(default="stv", validator=choice_validator("stv", "ronr"))

    def say(self, key: str, lang: str = "en", /, **params: object) -> str:
        """The catalog entry *key* in this rulebook's own words where it has them.

        >>> from partyvote import rulebooks
        >>> rulebooks.get("vn-national-assembly-2015").say("invalid.all-struck", "vi")
        'phiếu gạch xóa hết tên những người ứng cử'
        >>> rulebooks.get("vn-party-2024").say("invalid.all-struck", "vi")
        'gạch tên tất cả'
        """
        own = f"{self.wording}.{key}"
        return render(own if self.wording and own in CATALOG else key, lang, **params)

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
    ) -> Election:
        """An :class:`~partyvote.Election` under this rulebook.

        :param surplus: the surplus the meeting decided, at most the statute's limit
            (default: the limit itself); the list may not exceed it.
        :param committee: whether the list elects a committee or its standing committee, the
            lists the statute's :class:`SurplusLimit` applies to (``False``: delegates to
            the congress above, say, whose list may have any surplus).
        :param birth_dates: per candidate, used when the tie procedure includes "older".
        :param seed: the published seed, needed when it includes "lot".
        """
        if not self.elections:
            raise RulebookError(Message("rulebook.no_elections", key=self.key))
        if not isinstance(committee, bool):
            raise OptionError(Message("option.flag", name="committee", value=committee))
        limit = self.surplus_limit(seats) if committee and isinstance(seats, int) else None
        # A string or other non-list is left for Election to refuse with its own message.
        names: Any = tuple(candidates) if isinstance(candidates, list | tuple) else candidates
        if (
            limit is not None
            and self.surplus is not None
            and self.surplus.required
            and isinstance(names, tuple)
            and len(names) <= seats
        ):
            raise RulebookError(
                Message("rulebook.no_surplus", key=self.key, seats=seats, candidates=len(names))
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
        return Election(
            seats=seats,
            candidates=names,
            threshold=self.election_threshold,
            quorum=self.quorum if self.election_quorum is None else self.election_quorum,
            validity=self.validity,
            ties=self.tie_policy(birth_dates=birth_dates, seed=seed),
            max_surplus=limit,
            **options,
        )

    def next_round(
        self, result: ElectionResult[Election], *, add_candidates: Iterable[str] = ()
    ) -> Election | None:
        """The election this rulebook calls for after *result* (``None`` when complete).

        After a count without quorum the same election is held again; where the statute
        says the re-run stands whatever the turnout (:attr:`rerun_quorum` ``False``), the
        re-run has no quorum.
        """
        following = next_round(
            result, require_threshold=self.revote_threshold, add_candidates=add_candidates
        )
        if following is not None and following is result.election and not self.rerun_quorum:
            return attrs.evolve(following, quorum=None)
        return following

    def evolve(self, **changes: Any) -> Rulebook:
        """A copy with some rules changed, e.g. ``book.evolve(key="my-party", quorum=None)``."""
        return attrs.evolve(self, **changes)
