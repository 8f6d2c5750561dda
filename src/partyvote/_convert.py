"""partyvote's values as plain data and back: the converter behind :data:`partyvote.converter`.

One shape for every consumer: the JSON minutes (:mod:`partyvote.report`), a web service's
responses, a notebook.  Exact ratios stay exact as ``"p/q"`` strings; enumerations are their
values; bases are their names.

>>> from partyvote import Roll, converter
>>> converter.unstructure(Roll(31, excused=1, present=27))
{'members': 31, 'excused': 1, 'convened': 30, 'present': 27}
>>> converter.structure({"members": 31, "present": 27}, Roll)
Roll(members=31, excused=0, present=27)
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import Any

from cattrs import Converter

from partyvote._i18n.catalog import Message
from partyvote.elections.ballot import BallotForm
from partyvote.elections.counts import Counts
from partyvote.elections.election import Election
from partyvote.elections.result import CandidateResult, ElectionResult
from partyvote.elections.tally import Tally
from partyvote.elections.ties import ByKey, Chain, Lot, Older, Revote, TiePolicy
from partyvote.elections.validity import Validity
from partyvote.errors import DataError
from partyvote.roll import Roll
from partyvote.rulebooks.model import Rulebook
from partyvote.rules.bases import BUILTIN_BASES, Base
from partyvote.rules.compound import describe
from partyvote.rules.decision import Decision
from partyvote.rules.motion import Motion
from partyvote.rules.quorum import Quorum
from partyvote.rules.threshold import Threshold
from partyvote.votes import Votes

__all__ = ["converter"]


def __dir__() -> list[str]:
    return __all__


converter = Converter()
"""The :class:`cattrs.Converter` for partyvote's values: ``unstructure`` any of them,
``structure`` the inputs back."""

_BASES: dict[str, Base] = {base.name: base for base in BUILTIN_BASES}


# --- unstructuring: values to data ---------------------------------------------------------


def _unstructure(cls: type, hook: Callable[[Any], Any]) -> None:
    # By predicate: cattrs would otherwise resolve the class's string annotations, which
    # name types imported only for type checking.
    converter.register_unstructure_hook_func(lambda given: given is cls, hook)


def _structure(cls: type, hook: Callable[[Any, Any], Any]) -> None:
    converter.register_structure_hook_func(lambda given: given is cls, hook)


def _rule(rule: object) -> dict[str, Any] | None:
    if rule is None:
        return None
    if isinstance(rule, Threshold | Quorum | Motion):
        data: dict[str, Any] = converter.unstructure(rule)
        return data
    return {"rule": describe(rule, "en")}


def _threshold(threshold: Threshold) -> dict[str, Any]:
    return {"ratio": str(threshold.ratio), "strict": threshold.strict, "base": threshold.base.name}


def _decision(decision: Decision) -> dict[str, Any]:
    return {
        "passed": decision.passed,
        "reason": decision.reason.value,
        "required": decision.required,
        "received": decision.received,
        "base_size": decision.base_size,
    }


def _counts(counts: Counts[Any]) -> dict[str, int]:
    items = ((getattr(key, "value", key), count) for key, count in counts.items())
    return dict(sorted(items))


def _ties(policy: TiePolicy) -> dict[str, Any]:
    if isinstance(policy, Revote):
        return {"policy": "revote"}
    if isinstance(policy, Lot):
        return {"policy": "lot", "seed": policy.seed}
    if isinstance(policy, Older):
        dates = {name: born.isoformat() for name, born in policy.birth_dates}
        return {"policy": "older", "birth_dates": dates}
    if isinstance(policy, Chain):
        return {"policy": "chain", "policies": [_ties(step) for step in policy.policies]}
    if isinstance(policy, ByKey):
        values = {name: str(value) for name, value in policy.values}
        return {"policy": "key", "values": values, "lowest_wins": policy.lowest_wins}
    return {"policy": type(policy).__name__}


def _election(election: Election) -> dict[str, Any]:
    return {
        "seats": election.seats,
        "candidates": list(election.candidates),
        "threshold": _rule(election.threshold),
        "quorum": _rule(election.quorum),
        "form": election.form.value,
        "validity": converter.unstructure(election.validity),
        "ties": _ties(election.ties),
        "max_surplus": election.max_surplus,
        "round": election.round.value,
    }


def _candidate(candidate: CandidateResult) -> dict[str, Any]:
    share = candidate.share
    return {
        "name": candidate.name,
        "votes": candidate.votes,
        "share": None if share is None else str(share),
        "required": candidate.decision.required,
        "base_size": candidate.decision.base_size,
        "met": candidate.met,
        "elected": candidate.elected,
        "tied": candidate.tied,
        "rank": candidate.rank,
    }


def ballots_data(result: ElectionResult[Any]) -> dict[str, Any]:
    """The ballots of *result*: cast, valid, blank and invalid by reason."""
    return {
        "cast": result.cast,
        "valid": result.valid,
        "blank": result.blank,
        "invalid": _counts(result.invalid),
    }


def _result(result: ElectionResult[Any]) -> dict[str, Any]:
    election = result.election
    return {
        "round": election.round.value,
        "seats": election.seats,
        "threshold": _rule(election.threshold),
        "ballots": ballots_data(result),
        "candidates": [_candidate(candidate) for candidate in result.candidates],
        "elected": list(result.elected),
        "unfilled": result.unfilled,
        "tied": list(result.tied),
        "tie_seats": result.tie_seats,
        "status": result.status.value,
        "quorum": None if result.quorum is None else _decision(result.quorum),
    }


def _rulebook(book: Rulebook) -> dict[str, Any]:
    return {
        "key": book.key,
        "title": {"en": book.title, "vi": book.title_in("vi")},
        "sources": [str(source) for source in book.sources],
        "quorum": _rule(book.quorum),
        "election_quorum": _rule(book.election_quorum),
        "elections": book.elections,
        "motions": {kind: _rule(rule) for kind, rule in book.motions},
        "election_threshold": _rule(book.election_threshold),
        "ties": list(book.ties),
    }


_unstructure(Fraction, str)
_unstructure(Base, lambda base: base.name)
_unstructure(datetime.date, lambda day: day.isoformat())
_unstructure(
    Roll,
    lambda roll: {
        "members": roll.members,
        "excused": roll.excused,
        "convened": roll.convened,
        "present": roll.present,
    },
)
_unstructure(Threshold, _threshold)
_unstructure(
    Quorum,
    lambda quorum: {
        "threshold": _threshold(quorum.threshold),
        "counted": quorum.counted.name,
        "weighted": quorum.weighted,
    },
)
_unstructure(
    Motion, lambda motion: {"threshold": _rule(motion.threshold), "quorum": _rule(motion.quorum)}
)
_unstructure(Decision, _decision)
converter.register_unstructure_hook_func(lambda cls: cls is Counts, _counts)
_unstructure(
    Tally,
    lambda tally: {
        "votes": _counts(tally.votes),
        "cast": tally.cast,
        "blank": tally.blank,
        "invalid": _counts(tally.invalid),
        "unmarked": _counts(tally.unmarked),
    },
)
_unstructure(Election, _election)
_unstructure(CandidateResult, _candidate)
converter.register_unstructure_hook_func(
    lambda cls: isinstance(cls, type) and issubclass(cls, ElectionResult), _result
)
_unstructure(Rulebook, _rulebook)
for _policy in (Revote, Lot, Older, Chain, ByKey):
    _unstructure(_policy, _ties)


# --- structuring: data to values -----------------------------------------------------------


def _table(data: object, what: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise DataError(Message("data.not_table", what=what, value=data))
    return data


def _needs(data: Mapping[str, Any], key: str, what: str) -> Any:
    if key not in data:
        raise DataError(Message("data.missing", what=what, key=key))
    return data[key]


def _base(name: object) -> Base:
    if isinstance(name, Base):
        return name
    if not isinstance(name, str) or name not in _BASES:
        raise DataError(Message("data.base", value=name, valid=", ".join(sorted(_BASES))))
    return _BASES[name]


def _structure_threshold(data: object, _type: object = Threshold) -> Threshold:
    table = _table(data, "Threshold")
    return Threshold(
        _needs(table, "ratio", "Threshold"),
        strict=_needs(table, "strict", "Threshold"),
        base=_base(table.get("base", "cast")),
    )


def _structure_quorum(data: object, _type: object = Quorum) -> Quorum:
    table = _table(data, "Quorum")
    threshold = _structure_threshold(_needs(table, "threshold", "Quorum"))
    return Quorum(
        threshold,
        counted=_base(table.get("counted", "present")),
        weighted=table.get("weighted", False),
    )


def _structure_rule(data: object) -> Threshold | Quorum | None:
    """A threshold (``{"ratio": ...}``), a quorum (``{"threshold": ...}``) or ``None``."""
    if data is None:
        return None
    table = _table(data, "rule")
    if "ratio" in table:
        return _structure_threshold(table)
    if "threshold" in table:
        return _structure_quorum(table)
    raise DataError(Message("data.rule", value=dict(table)))


def _structure_motion(data: object, _type: object) -> Motion:
    table = _table(data, "Motion")
    threshold = _structure_rule(_needs(table, "threshold", "Motion"))
    if threshold is None:
        raise DataError(Message("data.missing", what="Motion", key="threshold"))
    return Motion(threshold, quorum=_structure_rule(table.get("quorum")))


def _structure_roll(data: object, _type: object) -> Roll:
    table = _table(data, "Roll")
    return Roll(
        _needs(table, "members", "Roll"),
        excused=table.get("excused", 0),
        present=table.get("present"),
    )


def _structure_votes(data: object, _type: object) -> Votes:
    table = _table(data, "Votes")
    return Votes(
        _needs(table, "yes", "Votes"),
        table.get("no", 0),
        abstain=table.get("abstain", 0),
        blank=table.get("blank", 0),
        invalid=table.get("invalid", 0),
    )


def _structure_tally(data: object, _type: object) -> Tally:
    table = _table(data, "Tally")
    return Tally(
        votes=_table(table.get("votes", {}), "Tally.votes"),
        cast=table.get("cast", 0),
        blank=table.get("blank", 0),
        invalid=table.get("invalid", {}),
        unmarked=_table(table.get("unmarked", {}), "Tally.unmarked"),
    )


def _structure_ties(data: object) -> TiePolicy:
    table = _table(data, "ties")
    policy = table.get("policy")
    if policy == "revote":
        return Revote()
    if policy == "lot":
        return Lot(_needs(table, "seed", "ties"))
    if policy == "older":
        dates = _table(_needs(table, "birth_dates", "ties"), "ties.birth_dates")
        return Older({name: datetime.date.fromisoformat(day) for name, day in dates.items()})
    if policy == "chain":
        return Chain(tuple(_structure_ties(step) for step in _needs(table, "policies", "ties")))
    raise DataError(Message("data.ties", value=policy))


def _structure_election(data: object, _type: object) -> Election:
    table = _table(data, "Election")
    changes: dict[str, Any] = {}
    if "threshold" in table:
        changes["threshold"] = _structure_rule(table["threshold"])
    if table.get("form") is not None:
        try:
            changes["form"] = BallotForm(table["form"])
        except ValueError:
            valid = ", ".join(form.value for form in BallotForm)
            raise DataError(Message("data.form", value=table["form"], valid=valid)) from None
    if "validity" in table:
        changes["validity"] = converter.structure(table["validity"], Validity)
    if "ties" in table:
        changes["ties"] = _structure_ties(table["ties"])
    return Election(
        seats=_needs(table, "seats", "Election"),
        candidates=_needs(table, "candidates", "Election"),
        quorum=_structure_rule(table.get("quorum")),
        max_surplus=table.get("max_surplus"),
        **changes,
    )


def _structure_validity(data: object, _type: object) -> Validity:
    table = _table(data, "Validity")
    keys = ("all_struck", "written_in_invalid", "identifying_marks_invalid")
    return Validity(**{key: table[key] for key in keys if key in table})


_structure(Base, lambda data, _type: _base(data))
_structure(Roll, _structure_roll)
_structure(Votes, _structure_votes)
_structure(Tally, _structure_tally)
_structure(Threshold, _structure_threshold)
_structure(Quorum, _structure_quorum)
_structure(Motion, _structure_motion)
_structure(Validity, _structure_validity)
_structure(Election, _structure_election)
