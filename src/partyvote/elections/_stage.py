"""A stage of a ranked count, shared by every way of counting ranked ballots."""

from __future__ import annotations

from fractions import Fraction
from typing import Literal

from attrs import frozen

__all__ = ["Stage"]


@frozen(kw_only=True)
class Stage:
    """One stage of the count: what was done and the votes of every candidate after it.

    :param action: ``"first"`` (first preferences), ``"surplus"`` (a surplus transferred),
        ``"iteration"`` (Meek's method: keep values recalculated until a candidate reached
        the quota), ``"exclusion"`` (a candidate excluded) or ``"filled"`` (the continuing
        candidates elected because as many remain as seats).
    :param subject: the candidate whose surplus or papers were transferred; under Robert's
        Rules, candidates tied for the last place are excluded in one step, and the subject
        names them all, joined by ", " (and :attr:`tie` lists them).
    :param votes: ``(candidate, votes)`` after the stage, for candidates still in the count.
    :param non_transferable: votes of papers with no further preference, so far (under
        Robert's Rules: the ballots set aside).
    :param elected: candidates elected at this stage, in order.
    :param tie: the candidates tied at this stage, if a tie had to be decided.
    :param quota: Meek's method: the quota of this stage (it falls as papers are exhausted).
    :param keep: Meek's method: the keep value of every successful candidate below 1.
    :param iterations: Meek's method: the distributions of the papers so far.
    """

    action: Literal["first", "surplus", "iteration", "exclusion", "filled"]
    subject: str | None = None
    votes: tuple[tuple[str, Fraction], ...] = ()
    non_transferable: Fraction = Fraction(0)
    elected: tuple[str, ...] = ()
    tie: tuple[str, ...] = ()
    quota: Fraction | None = None
    keep: tuple[tuple[str, Fraction], ...] = ()
    iterations: int = 0
