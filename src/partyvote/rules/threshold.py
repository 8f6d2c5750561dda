"""Thresholds: "more than 1/2 of those convened", "at least 2/3 of those present".

A threshold is an exact ratio, strict ("more than") or inclusive ("at least"), taken of a
:class:`~partyvote.Base`.  :meth:`Threshold.required` is integer arithmetic:

* strict: ``floor(n * p / q) + 1``: the least count *k* with ``k * q > n * p``;
* inclusive: ``ceil(n * p / q)``: the least count *k* with ``k * q >= n * p``.

The two differ exactly when ``n * p / q`` is a whole number:

>>> more_than("1/2").required(30), at_least("1/2").required(30)
(16, 15)
>>> more_than("1/2").required(31), at_least("1/2").required(31)
(16, 16)
"""

from __future__ import annotations

from fractions import Fraction

from attrs import field, frozen
from attrs.validators import instance_of

from partyvote._i18n.catalog import Message, render
from partyvote._i18n.numbers import RatioLike, format_ratio
from partyvote._validate import check_count, check_type, parse_ratio, type_validator
from partyvote.errors import InconsistentCountError, RatioError, RuleError, check_language
from partyvote.roll import Roll
from partyvote.rules.bases import CAST, Base
from partyvote.rules.compound import RuleOps
from partyvote.rules.decision import Decision, Reason, measured
from partyvote.votes import Votes

__all__ = ["RatioLike", "Threshold", "at_least", "more_than", "unanimous"]


def __dir__() -> list[str]:
    return __all__


@frozen
class Threshold(RuleOps):
    """An exact share of a base that a count must reach.

    :param ratio: a :class:`~fractions.Fraction`, an ``int``, a :class:`~decimal.Decimal` or a
        string such as ``"2/3"``, ``"75%"`` or ``"0.55"``, in (0, 1]; never a ``float``.
    :param strict: ``True`` for "more than", ``False`` for "at least".
    :param base: what the ratio is taken of; :data:`~partyvote.CAST` by default.

    Prefer the constructors :func:`more_than`, :func:`at_least` and :func:`unanimous`.

    >>> from fractions import Fraction
    >>> Threshold(Fraction(2, 3), strict=False).required(9)
    6
    >>> Threshold(0.5, strict=True)
    Traceback (most recent call last):
    ...
    partyvote.errors.RatioError: expected a Fraction, ... got 0.5 (float); ... or '2/3'
    """

    ratio: Fraction = field(converter=parse_ratio)
    strict: bool = field(kw_only=True, validator=instance_of(bool))
    base: Base = field(default=CAST, kw_only=True, validator=type_validator(Base, RuleError))
    _numerator: int = field(init=False, repr=False, eq=False)
    _denominator: int = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if self.strict and self.ratio == 1:
            raise RatioError(Message("ratio.never"))
        object.__setattr__(self, "_numerator", self.ratio.numerator)
        object.__setattr__(self, "_denominator", self.ratio.denominator)

    def required(self, size: int) -> int:
        """The least count that meets the threshold over a base of *size*.

        >>> at_least("2/3").required(9), more_than("1/2").required(30)
        (6, 16)
        """
        if size.__class__ is not int or size < 0:
            check_count("base size", size)
        if self.strict:
            return size * self._numerator // self._denominator + 1
        return -(-size * self._numerator // self._denominator)

    def met(self, received: int, size: int) -> bool:
        """Whether *received* meets the threshold over a non-empty base of *size*.

        >>> more_than("1/2").met(15, 30), more_than("1/2").met(16, 30)
        (False, True)
        """
        return size > 0 and check_count("received", received) >= self.required(size)

    def judge(
        self,
        received: int,
        size: int,
        *,
        counted: Base | None = None,
        quorum: Decision | None = None,
    ) -> Decision:
        """The :class:`~partyvote.Decision` for *received* over a base of *size*.

        This is the building block of :meth:`decide`, :class:`~partyvote.Quorum` and of
        rules you write yourself.  With *quorum*, the decision carries it and fails for want
        of it (as :meth:`Decision.with_quorum <partyvote.rules.decision.Decision.with_quorum>`).

        >>> more_than("1/2").judge(0, 0).reason
        <Reason.EMPTY_BASE: 'empty-base'>
        """
        if size.__class__ is not int or size < 0:
            check_count("base size", size)
        if received.__class__ is not int or received < 0:
            check_count("received", received)
        # required() inlined: judge runs on every decision of every rule.
        if self.strict:
            required = size * self._numerator // self._denominator + 1
        else:
            required = -(-size * self._numerator // self._denominator)
        if received > size:
            raise InconsistentCountError(
                Message(
                    "decide.received_exceeds_base",
                    received=received,
                    base=self.base.name,
                    size=size,
                )
            )
        if size == 0:
            reason = Reason.EMPTY_BASE
        elif received >= required:
            reason = Reason.PASSED
        else:
            reason = Reason.SHORT
        return measured(reason, required, received, size, self, counted, quorum)

    def decide(self, votes: Votes, /, *, roll: Roll | None = None) -> Decision:
        """Whether the yes votes meet the threshold; *roll* is checked against *votes*.

        >>> from partyvote import CONVENED, Roll, Votes
        >>> more_than("1/2", of=CONVENED).decide(Votes(16, 10), roll=Roll(31, excused=1)).passed
        True
        """
        if votes.__class__ is not Votes:
            check_type("votes", votes, Votes, RuleError)
        if roll is not None:
            votes.check(roll)
        return self.judge(votes.yes, self.base(roll, votes))

    def comparison(self, lang: str = "en") -> str:
        """The comparison in words, without the base: ``"more than 1/2"``, ``"all"``."""
        check_language(lang)
        if self.ratio == 1:
            return render("cmp.all", lang)
        key = "cmp.more_than" if self.strict else "cmp.at_least"
        return render(key, lang, ratio=format_ratio(self.ratio, lang))

    def describe(self, lang: str = "en") -> str:
        """The whole threshold in words, base included: ``"more than 1/2 of convened"``.

        >>> more_than("1/2").describe("vi")
        'quá 1/2 của phiếu thu vào'
        """
        return render("phrase.of", lang, cmp=self.comparison(lang), base=self.base.label(lang))

    def __str__(self) -> str:
        return self.describe()


def more_than(ratio: RatioLike, *, of: Base = CAST) -> Threshold:
    """A strict threshold: more than *ratio* of the base *of*.

    >>> from partyvote import CONVENED
    >>> more_than("1/2", of=CONVENED).required(31)
    16
    """
    return Threshold(ratio, strict=True, base=of)


def at_least(ratio: RatioLike, *, of: Base = CAST) -> Threshold:
    """An inclusive threshold: at least *ratio* of the base *of*.

    >>> at_least("2/3").required(31)
    21
    """
    return Threshold(ratio, strict=False, base=of)


def unanimous(*, of: Base = CAST) -> Threshold:
    """Every one of the base *of*: ``at_least(1, of=of)``.

    >>> unanimous().required(12)
    12
    """
    return Threshold(1, strict=False, base=of)
