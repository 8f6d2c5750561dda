"""The rule protocol and compound rules (``a & b``, ``a | b``).

Anything with a ``decide(votes, *, roll=None)`` method returning a
:class:`~partyvote.Decision` is a :class:`Rule`: the built-in thresholds and quorums,
and any class of yours.  Rules combine with ``&`` (all must hold) and ``|`` (one is enough):

>>> from partyvote import MEMBERS, PRESENT, Roll, Votes, at_least, more_than
>>> rule = at_least("2/3", of=PRESENT) & more_than("1/2", of=MEMBERS)
>>> decision = rule.decide(Votes(18, 6), roll=Roll(40, present=24))
>>> decision.passed, [part.passed for part in decision.parts]
(False, [True, False])
>>> print(decision.explain())
Every condition must hold (1 of 2 met):
- Needs at least 2/3 of 24 present: 16 votes. Received 18: passed with 2 to spare.
- Needs more than 1/2 of 40 members: 21 votes. Received 18: 3 short.
"""

from __future__ import annotations

from typing import Literal, Protocol, runtime_checkable

from attrs import field, frozen

from partyvote._i18n.catalog import Message, render
from partyvote.errors import RuleError
from partyvote.roll import Roll
from partyvote.rules.decision import Decision
from partyvote.votes import Votes

__all__ = ["AllOf", "AnyOf", "Rule", "RuleOps", "all_of", "any_of", "describe"]


def __dir__() -> list[str]:
    return __all__


@runtime_checkable
class Rule(Protocol):
    """The contract every rule keeps.

    ``decide`` takes the votes (positionally) and, by keyword, the roll (``None`` when the rule
    needs none) and returns a :class:`~partyvote.Decision`.  It must be a pure
    function of its inputs, raise only :class:`~partyvote.errors.PartyvoteError` for bad
    input, and never pass on an empty base.  Subclass :class:`RuleOps` to get ``&`` and ``|``;
    a rule that does not can still be combined with the built-in ones, or with
    :func:`all_of` and :func:`any_of`.

    A rule may also say what it is with ``describe(lang) -> str``; see :func:`describe`.
    """

    def decide(self, votes: Votes, /, *, roll: Roll | None = None) -> Decision:
        """Apply the rule to *votes* (and *roll*, if it needs one)."""
        ...  # pragma: no cover


def _check_rule(value: object) -> Rule:
    if not isinstance(value, Rule):
        raise RuleError(Message("rule.not_a_rule", value=value, type=type(value).__name__))
    return value


class RuleOps:
    """Mixin giving a rule the ``&`` (all of) and ``|`` (any of) operators."""

    __slots__ = ()

    def __and__(self, other: object) -> AllOf:
        return all_of(_check_rule(self), _check_rule(other))

    def __rand__(self, other: object) -> AllOf:
        return all_of(_check_rule(other), _check_rule(self))

    def __or__(self, other: object) -> AnyOf:
        return any_of(_check_rule(self), _check_rule(other))

    def __ror__(self, other: object) -> AnyOf:
        return any_of(_check_rule(other), _check_rule(self))


def describe(rule: object, lang: str = "en") -> str:
    """The rule in words, in *lang*: what rulebooks and minutes print, never a class name.

    A rule that has a ``describe(lang)`` method says it itself; otherwise its ``label``
    (a string) is used, else the words for "a rule of its own".

    >>> from partyvote import PRESENT, Minimum, more_than
    >>> describe(more_than("1/2") & Minimum(2, counted=PRESENT))
    'all of: more than 1/2 of votes cast; at least 2 present'
    >>> class Mine:
    ...     def decide(self, votes, /, *, roll=None): ...
    >>> describe(Mine(), "vi")
    'quy tắc riêng'
    """
    own = getattr(rule, "describe", None)
    if callable(own):
        return str(own(lang))
    label = getattr(rule, "label", None)
    if isinstance(label, str) and label:
        return label
    return render("rule.custom", lang)


def _rules(value: tuple[object, ...]) -> tuple[Rule, ...]:
    if not value:
        raise RuleError(Message("rule.empty"))
    return tuple(_check_rule(rule) for rule in value)


def combine(mode: Literal["all", "any"], parts: tuple[Decision, ...]) -> Decision:
    """The decision of a compound rule from the decisions of its parts.

    The numbers come from the binding part (see :class:`~partyvote.Decision`).
    """
    passing = [part for part in parts if part.passed]
    failing = [part for part in parts if not part.passed]
    # The binding part passes exactly when the compound does, so its reason is the reason.
    if mode == "all":
        binding = min(failing or passing, key=lambda part: part.margin)
    else:
        binding = max(passing or failing, key=lambda part: part.margin)
    return Decision(
        reason=binding.reason,
        required=binding.required,
        received=binding.received,
        base_size=binding.base_size,
        parts=parts,
        mode=mode,
    )


@frozen
class AllOf(RuleOps):
    """Passes when every one of its rules passes (``a & b``)."""

    rules: tuple[Rule, ...] = field(converter=_rules)

    def decide(self, votes: Votes, /, *, roll: Roll | None = None) -> Decision:
        """Apply every rule; see :func:`combine` for the numbers reported."""
        return combine("all", tuple(rule.decide(votes, roll=roll) for rule in self.rules))

    def describe(self, lang: str = "en") -> str:
        """Every rule in words: ``"all of: ...; ..."``."""
        rules = "; ".join(describe(rule, lang) for rule in self.rules)
        return render("rule.all_of", lang, rules=rules)


@frozen
class AnyOf(RuleOps):
    """Passes when at least one of its rules passes (``a | b``)."""

    rules: tuple[Rule, ...] = field(converter=_rules)

    def decide(self, votes: Votes, /, *, roll: Roll | None = None) -> Decision:
        """Apply every rule; see :func:`combine` for the numbers reported."""
        return combine("any", tuple(rule.decide(votes, roll=roll) for rule in self.rules))

    def describe(self, lang: str = "en") -> str:
        """Every rule in words: ``"any of: ...; ..."``."""
        rules = "; ".join(describe(rule, lang) for rule in self.rules)
        return render("rule.any_of", lang, rules=rules)


def all_of(*rules: Rule) -> AllOf:
    """A rule that passes when all *rules* pass; nested ``all_of`` are flattened.

    >>> from partyvote import at_least
    >>> len(all_of(at_least(1), all_of(at_least("1/2"), at_least("1/3"))).rules)
    3
    """
    flat: list[Rule] = []
    for rule in rules:
        flat.extend(rule.rules if isinstance(rule, AllOf) else (rule,))
    return AllOf(tuple(flat))


def any_of(*rules: Rule) -> AnyOf:
    """A rule that passes when any of *rules* passes; nested ``any_of`` are flattened."""
    flat: list[Rule] = []
    for rule in rules:
        flat.extend(rule.rules if isinstance(rule, AnyOf) else (rule,))
    return AnyOf(tuple(flat))
