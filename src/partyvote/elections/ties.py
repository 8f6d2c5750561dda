"""Tie policies: what happens when candidates tie for the last seats.

* :class:`Revote`: a re-vote among the tied (the default; the National Assembly's standing
  rules, Resolution 71/2022 Art. 29(3), and the believed party practice);
* :class:`Older`: the older candidate is elected (Law 85/2015 Art. 78), a case of
  :class:`ByKey`, where any published key decides;
* :class:`Lot`: a lot drawn reproducibly from a published seed;
* :class:`Chain`: policies tried in turn, ``Revote().then(Lot("seed"))`` re-votes first and
  draws lots if the re-vote ties again; ``Older(...).then(Lot(...))`` draws lots among
  candidates of the same age.

One word names each step everywhere: ``"revote"``, ``"older"`` and ``"lot"`` in rulebooks
(``Rulebook.ties``), meeting files and the command line are
:class:`Revote`, :class:`Older` and :class:`Lot` in Python (:data:`TIE_STEPS`).

The lot is a procedure anyone can re-run by hand: for each tied name, take the SHA-256 of the
UTF-8 bytes of ``seed + "\\n" + name`` (names in Unicode NFC form, as Vietnamese names must be
normalised), written as 64 lowercase hex digits; the smallest digests win, in order.  In a
shell: ``printf '%s\\n%s' "$SEED" "$NAME" | sha256sum``.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping
from datetime import date
from itertools import pairwise
from typing import Any, Literal, Protocol, runtime_checkable

from attrs import Attribute, field, frozen

from partyvote._i18n.catalog import Message, Wording, render, say
from partyvote._validate import check_type, nfc
from partyvote.errors import ElectionError

__all__ = ["TIE_STEPS", "ByKey", "Chain", "Lot", "Older", "Revote", "TieBreak", "TiePolicy"]


def __dir__() -> list[str]:
    return __all__


@frozen(kw_only=True)
class TieBreak:
    """The outcome of a tie policy.

    :param winners: candidates given a seat now, in order.
    :param pending: candidates still tied; the seats left go to a further round among them.
    :param method: ``"revote"``, ``"key"`` or ``"lot"`` (the last policy applied).
    :param then: the tie policy for the further round, if one is needed.
    :param evidence: per name, what decided (the key value or the lot digest), for minutes.
    """

    winners: tuple[str, ...] = ()
    pending: tuple[str, ...] = ()
    method: Literal["revote", "key", "lot"] = "revote"
    then: TiePolicy | None = None
    evidence: tuple[tuple[str, str], ...] = ()
    label: Wording = ""

    def explain(self, lang: str = "en") -> str | None:
        """How the policy gave the seats it gave, in *lang*; ``None`` for a re-vote, which
        gives none now.

        >>> print(TieBreak(winners=("An",), method="lot", label="congress-2025").explain())
        The tie was decided by lot with the published seed “congress-2025”: An.
        """
        if self.method == "revote":
            return None
        names = ", ".join(self.winners)
        return render(f"tie.{self.method}", lang, label=say(self.label, lang), names=names)


@runtime_checkable
class TiePolicy(Protocol):
    """The contract of a tie policy: share *seats* seats among the *tied* names."""

    def break_tie(self, tied: tuple[str, ...], seats: int) -> TieBreak:
        """Decide which of *tied* take the *seats* seats, or leave them pending."""
        ...  # pragma: no cover


class _Chaining:
    __slots__ = ()

    def then(self, other: TiePolicy) -> Chain:
        """This policy first, then *other* for whatever it leaves tied."""
        if not isinstance(other, TiePolicy):
            raise ElectionError(Message("election.tie_policy", value=other))
        return Chain((self, other))


@frozen
class Revote(_Chaining):
    """Leave the tie to a re-vote among the tied candidates.

    >>> Revote().break_tie(("Chi", "Dũng"), 1).pending
    ('Chi', 'Dũng')
    """

    def break_tie(self, tied: tuple[str, ...], seats: int) -> TieBreak:
        """Nothing is decided now: every tied name goes to the re-vote."""
        return TieBreak(pending=tied, method="revote", then=self)


def _key_items(value: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    check_type("values", value, Mapping, ElectionError)
    for name in value:
        check_type("name", name, str, ElectionError)
    items = tuple(sorted((nfc(name), key) for name, key in value.items()))
    for (name, _), (following, _) in pairwise(items):
        if name == following:  # one person under two spellings: which date is true?
            raise ElectionError(Message("name.twice", name=name))
    return items


@frozen
class ByKey(_Chaining):
    """A published key decides: the highest value wins (or the lowest, with ``lowest_wins``).

    Candidates whose values tie at the boundary stay pending for the next policy.

    >>> ByKey({"Chi": 3, "Dũng": 5}, label="seniority").break_tie(("Chi", "Dũng"), 1).winners
    ('Dũng',)
    """

    values: tuple[tuple[str, Any], ...] = field(converter=_key_items)
    lowest_wins: bool = field(default=False, kw_only=True)
    label: Wording = field(default=Message("tiekey.key"), kw_only=True)

    def break_tie(self, tied: tuple[str, ...], seats: int) -> TieBreak:
        """Rank *tied* by their values and seat the best."""
        values = dict(self.values)
        for name in tied:
            if name not in values:
                raise ElectionError(Message("ties.missing_key", name=name))
        ranked = sorted(tied, key=lambda name: values[name], reverse=not self.lowest_wins)
        boundary = values[ranked[seats - 1]]
        winners = tuple(name for name in ranked if _better(values[name], boundary, self))
        at_boundary = tuple(name for name in ranked if values[name] == boundary)
        if len(winners) + len(at_boundary) <= seats:
            winners, at_boundary = winners + at_boundary, ()
        evidence = tuple((name, str(values[name])) for name in ranked)
        return TieBreak(
            winners=winners,
            pending=at_boundary,
            method="key",
            evidence=evidence,
            label=self.label,
        )


def _better(value: Any, boundary: Any, policy: ByKey) -> bool:
    return bool(value < boundary) if policy.lowest_wins else bool(value > boundary)


@frozen
class Older(_Chaining):
    """The older candidate wins (Law 85/2015/QH13 Art. 78): the tie step ``"older"``.

    Candidates born the same day stay pending for the next policy.

    >>> from datetime import date
    >>> Older({"Chi": date(1970, 5, 1), "Dũng": date(1968, 2, 3)}).break_tie(
    ...     ("Chi", "Dũng"), 1).winners
    ('Dũng',)
    """

    birth_dates: tuple[tuple[str, date], ...] = field(converter=_key_items)

    def break_tie(self, tied: tuple[str, ...], seats: int) -> TieBreak:
        """Seat the oldest of *tied*; a tie between candidates without a birth date is an error."""
        key = ByKey(dict(self.birth_dates), lowest_wins=True, label=Message("tiekey.age"))
        return key.break_tie(tied, seats)


def _seed(_instance: object, _attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value:
        raise ElectionError(Message("ties.empty_seed"))


@frozen
class Lot(_Chaining):
    """A lot drawn from a published *seed*: the smallest SHA-256 digests win.

    >>> lot = Lot("congress-2025")
    >>> lot.digest("Chi")[:12]
    'd9b34d764a06'
    >>> lot.break_tie(("Chi", "Dũng"), 1).winners
    ('Dũng',)
    """

    seed: str = field(validator=_seed)

    def digest(self, name: str) -> str:
        """The digest of *name*: ``sha256(seed + "\\n" + NFC(name))`` in hex."""
        text = f"{self.seed}\n{unicodedata.normalize('NFC', name)}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def break_tie(self, tied: tuple[str, ...], seats: int) -> TieBreak:
        """Seat the *seats* names with the smallest digests."""
        ranked = sorted(tied, key=self.digest)
        return TieBreak(
            winners=tuple(ranked[:seats]),
            method="lot",
            evidence=tuple((name, self.digest(name)) for name in ranked),
            label=self.seed,
        )


def _policies(value: tuple[object, ...]) -> tuple[TiePolicy, ...]:
    flat: list[TiePolicy] = []
    for policy in value:
        if not isinstance(policy, TiePolicy):
            raise ElectionError(Message("election.tie_policy", value=policy))
        flat.extend(policy.policies if isinstance(policy, Chain) else (policy,))
    if not flat:
        raise ElectionError(Message("election.tie_policy", value=value))
    return tuple(flat)


@frozen
class Chain(_Chaining):
    """Tie policies tried in turn on whatever the previous one left tied.

    A :class:`Revote` ends the chain for this round; the rest of the chain applies to the
    re-vote.

    >>> chain = Revote().then(Lot("seed"))
    >>> outcome = chain.break_tie(("Chi", "Dũng"), 1)
    >>> outcome.pending, outcome.then
    (('Chi', 'Dũng'), Lot(seed='seed'))
    """

    policies: tuple[TiePolicy, ...] = field(converter=_policies)

    def break_tie(self, tied: tuple[str, ...], seats: int) -> TieBreak:
        """Apply each policy to the names the previous one left pending."""
        winners: tuple[str, ...] = ()
        evidence: tuple[tuple[str, str], ...] = ()
        outcome = TieBreak(pending=tied)
        for index, policy in enumerate(self.policies):
            outcome = policy.break_tie(outcome.pending, seats - len(winners))
            winners += outcome.winners
            evidence += outcome.evidence
            if outcome.method == "revote":
                rest = self.policies[index + 1 :]
                then = (Chain(rest) if len(rest) > 1 else rest[0]) if rest else policy
                return TieBreak(
                    winners=winners,
                    pending=outcome.pending,
                    method="revote",
                    then=then,
                    evidence=evidence,
                )
            if not outcome.pending:
                break
        return TieBreak(
            winners=winners,
            pending=outcome.pending,
            method=outcome.method,
            then=Revote() if outcome.pending else None,
            evidence=evidence,
            label=outcome.label,
        )


TIE_STEPS = ("revote", "older", "lot")
"""The words for the tie steps, in rulebooks and meeting files: :class:`Revote`,
:class:`Older` and :class:`Lot`."""
