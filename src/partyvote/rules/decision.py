"""Decisions: the outcome of applying a rule, with the numbers and the reasons."""

from __future__ import annotations

import enum
from fractions import Fraction
from typing import TYPE_CHECKING, Literal, Protocol

from attrs import field, frozen

from partyvote._i18n.catalog import Wording, render, say
from partyvote._i18n.numbers import format_int
from partyvote.errors import check_language

if TYPE_CHECKING:
    from partyvote.rules.bases import Base

__all__ = ["Decision", "Measure", "Reason"]


def __dir__() -> list[str]:
    return __all__


class Reason(enum.Enum):
    """Why a decision came out as it did."""

    PASSED = "passed"
    """The rule is met."""
    SHORT = "short"
    """Fewer than the required count were received."""
    EMPTY_BASE = "empty-base"
    """The base is 0 (no one convened, no valid votes...): nothing passes vacuously."""
    NO_QUORUM = "no-quorum"
    """The meeting or the vote was not quorate, so the vote does not count."""


class Measure(Protocol):
    """What a decision keeps of the threshold that made it.

    :class:`~partyvote.Threshold` is the one built in.  A protocol rather than the class, so
    that this module does not import :class:`~partyvote.Threshold`, which builds decisions.
    """

    @property
    def ratio(self) -> Fraction:
        """The exact share of the base."""
        ...  # pragma: no cover

    @property
    def strict(self) -> bool:
        """``True`` for "more than", ``False`` for "at least"."""
        ...  # pragma: no cover

    @property
    def base(self) -> Base:
        """What the ratio is taken of."""
        ...  # pragma: no cover

    def required(self, size: int) -> int:
        """The least count that meets the threshold over a base of *size*."""
        ...  # pragma: no cover

    def comparison(self, lang: str = "en") -> str:
        """The comparison in words: ``"more than 1/2"``."""
        ...  # pragma: no cover

    def describe(self, lang: str = "en") -> str:
        """The whole threshold in words, base included."""
        ...  # pragma: no cover


# Not slotted: attrs initialises frozen dict-based instances faster, and a Decision is made
# on every call of every rule (DESIGN §6: 300 k full motion decisions a second).
@frozen(kw_only=True, slots=False)
class Decision:
    """The outcome of a rule, as a value that can explain itself.

    For a compound rule (``a & b``, ``a | b``) :attr:`parts` holds the decision of each part
    and the numbers are those of the *binding* part: for ``&`` the failing part with the
    smallest margin (or, when all pass, the part passed by the least), for ``|`` the passing
    part with the largest margin (or, when all fail, the part missed by the least).  So the
    margin of ``a & b`` is the smaller margin and the margin of ``a | b`` the larger one.

    >>> from partyvote import CONVENED, Roll, Votes, more_than
    >>> decision = more_than("1/2", of=CONVENED).decide(Votes(14, 10), roll=Roll(31, excused=1))
    >>> decision.passed, decision.required, decision.received, decision.margin
    (False, 16, 14, -2)
    >>> print(decision.explain())
    Needs more than 1/2 of 30 convened: 16 votes. Received 14: 2 short.
    >>> print(decision.explain("vi"))
    Cần quá 1/2 của 30 người được triệu tập trừ số vắng mặt có lý do: 16 phiếu.
    Nhận được 14: thiếu 2.
    """

    reason: Reason
    required: int
    received: int
    base_size: int
    threshold: Measure | None = None
    """The threshold applied, or ``None`` for a compound or user-defined rule."""
    counted: Base | None = None
    """What was counted against the threshold: ``None`` for yes votes, else a base such as
    :data:`~partyvote.PRESENT` (for an attendance quorum)."""
    label: Wording | None = None
    """A name for the rule, used in explanations of user-defined rules: a plain string (the
    same in every language) or a :class:`~partyvote.errors.Text` in each language."""
    parts: tuple[Decision, ...] = ()
    mode: Literal["all", "any"] | None = None
    quorum: Decision | None = field(default=None)
    """The quorum decision, when the rule that decided had a quorum."""

    @property
    def passed(self) -> bool:
        """Whether the rule is met (:attr:`reason` is :attr:`Reason.PASSED`)."""
        return self.reason is Reason.PASSED

    def with_quorum(self, quorum: Decision) -> Decision:
        """This decision after *quorum*: unchanged if quorate, else failed for want of quorum."""
        reason = self.reason if quorum.passed else Reason.NO_QUORUM
        # A field-for-field copy: Decision has no validators, and attrs.evolve costs more than
        # the whole rest of a motion's decision.
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__, reason=reason, quorum=quorum)
        return copy

    @property
    def margin(self) -> int:
        """``received - required``: negative when short, 0 on an exact hit."""
        return self.received - self.required

    def explain(self, lang: str = "en") -> str:
        """Say in *lang* (``"en"`` or ``"vi"``) what was needed, what was received and why."""
        check_language(lang)
        lines: list[str] = []
        if self.quorum is not None:
            lines.append(render("explain.quorum", lang, text=self.quorum.explain(lang)))
        lines.append(self._explain_rule(lang))
        if self.reason is Reason.NO_QUORUM:
            lines.append(render("explain.no_quorum", lang))
        return "\n".join(lines)

    def _explain_rule(self, lang: str) -> str:
        if self.parts:
            key = "explain.all_of" if self.mode == "all" else "explain.any_of"
            met = sum(part.passed for part in self.parts)
            head = render(key, lang, passed=met, total=len(self.parts))
            body = ("- " + part.explain(lang).replace("\n", "\n  ") for part in self.parts)
            return "\n".join([head, *body])
        if self.threshold is None:
            verdict = render("verdict.passed" if self.passed else "verdict.failed", lang)
            return render(
                "explain.custom",
                lang,
                rule=self._label(lang),
                required=format_int(self.required, lang),
                received=format_int(self.received, lang),
                verdict=verdict,
            )
        base_label = self.threshold.base.label(lang)
        needs = render(
            "explain.needs",
            lang,
            cmp=self.threshold.comparison(lang),
            size=format_int(self.base_size, lang),
            base=base_label,
            required=format_int(self.required, lang),
            unit=self._unit(lang),
        )
        received = format_int(self.received, lang)
        if self.reason is Reason.EMPTY_BASE:
            outcome = render("explain.empty_base", lang, base=base_label)
        elif self.margin < 0:
            outcome = render(
                "explain.short", lang, received=received, short=format_int(-self.margin, lang)
            )
        elif self.margin == 0:
            outcome = render("explain.exact", lang, received=received)
        else:
            outcome = render(
                "explain.spare", lang, received=received, spare=format_int(self.margin, lang)
            )
        return f"{needs} {outcome}"

    def _label(self, lang: str) -> str:
        if self.label is None:
            return "rule"
        return say(self.label, lang)

    def _unit(self, lang: str) -> str:
        if self.counted is None:
            return render("unit.votes", lang)
        return self.counted.unit(lang)


def measured(  # noqa: PLR0917 - positional for speed on the hot path
    reason: Reason,
    required: int,
    received: int,
    base_size: int,
    threshold: Measure,
    counted: Base | None,
    quorum: Decision | None,
) -> Decision:
    """The decision of *threshold*, built without attrs' ``__init__``: the hot path of
    :meth:`Threshold.judge <partyvote.rules.threshold.Threshold.judge>`.

    Equal to ``Decision(reason=..., ..., quorum=quorum)`` (a test checks it), and failed
    for want of *quorum* when that failed.  Decision has no validators or converters, so
    filling the instance dictionary gives the same object at about three quarters of the
    cost: measured with ``timeit`` (CPython 3.11.7, best of 9 runs of 500,000), 0.38–0.41 µs
    against 0.52–0.55 µs for ``Decision(...)`` with the same fields.
    """
    decision = object.__new__(Decision)
    decision.__dict__.update(
        reason=reason if quorum is None or quorum.passed else Reason.NO_QUORUM,
        required=required,
        received=received,
        base_size=base_size,
        threshold=threshold,
        counted=counted,
        label=None,
        parts=(),
        mode=None,
        quorum=quorum,
    )
    return decision
