"""The words of a ranked count, stage by stage, for :meth:`RankedResult.explain`."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Protocol

from partyvote._i18n.catalog import render
from partyvote._i18n.numbers import format_decimal, format_int
from partyvote.elections._stage import Stage

__all__ = ["explain"]


def __dir__() -> list[str]:
    return __all__


class _Reason(Protocol):
    @property
    def value(self) -> str: ...


class _Election(Protocol):
    @property
    def seats(self) -> int: ...
    @property
    def reading(self) -> str: ...
    @property
    def transfers(self) -> str: ...


class _Result(Protocol):
    @property
    def election(self) -> _Election: ...
    @property
    def valid(self) -> int: ...
    @property
    def invalid(self) -> int: ...
    @property
    def base(self) -> int: ...
    @property
    def quota(self) -> Fraction: ...
    @property
    def reasons(self) -> Sequence[tuple[_Reason, int]]: ...
    @property
    def stages(self) -> Sequence[Stage]: ...
    @property
    def pending(self) -> int: ...
    @property
    def tied(self) -> Sequence[str]: ...
    @property
    def elected(self) -> Sequence[str]: ...


def explain(result: _Result, lang: str) -> str:
    """The count of *result* in *lang*, one line per stage."""
    ronr = result.election.reading == "ronr"
    meek = result.election.transfers == "meek"
    digits = 9 if meek else 5
    header = "ranked.meek.header" if meek else "ranked.header"
    if ronr:
        header = "ranked.ronr.header" if result.election.seats == 1 else "ranked.ronr.many"
    lines = [
        render(
            header,
            lang,
            seats=result.election.seats,
            valid=format_int(result.valid, lang),
            invalid=format_int(result.invalid, lang),
            quota=format_decimal(result.quota, lang, digits),
            base=format_int(result.base, lang),
        )
    ]
    if result.reasons:
        lines.append(
            render(
                "ranked.invalid",
                lang,
                reasons="; ".join(
                    render(f"ranked.invalid.{reason.value}", lang, ballots=format_int(n, lang))
                    for reason, n in result.reasons
                ),
            )
        )
    for number, stage in enumerate(result.stages, start=1):
        votes = ", ".join(
            f"{name} {format_decimal(count, lang, digits)}" for name, count in stage.votes
        )
        line = render(
            f"ranked.stage.{stage.action}",
            lang,
            number=number,
            subject=stage.subject or "",
            votes=votes,
            iterations=stage.iterations,
        )
        if stage.quota is not None:
            line += render(
                "ranked.meek.quota", lang, quota=format_decimal(stage.quota, lang, digits)
            )
        if stage.non_transferable:
            line += render(
                "ranked.ronr.set_aside" if ronr else "ranked.non_transferable",
                lang,
                votes=format_decimal(stage.non_transferable, lang, digits),
            )
        if stage.keep:
            kept = ", ".join(f"{name} {format_decimal(k, lang, 9)}" for name, k in stage.keep)
            line += render("ranked.meek.keep", lang, values=kept)
        if stage.tie:
            tie = "ranked.tie_at_stage"
            if ronr:
                tie = "ranked.ronr.tie_won" if stage.action == "filled" else "ranked.ronr.tie_last"
            line += render(tie, lang, names=", ".join(stage.tie))
        if stage.elected:
            line += render("ranked.elected_at_stage", lang, names=", ".join(stage.elected))
        lines.append(line + ".")
    if result.pending and not result.tied:
        lines.append(render("ranked.ronr.no_majority", lang))
    elif result.pending:
        lines.append(
            render("ranked.pending", lang, seats=result.pending, names=", ".join(result.tied))
        )
    lines.append(render("ranked.elected", lang, names=", ".join(result.elected) or "-"))
    return "\n".join(lines)
