"""The shape of a meeting file and its strict reading: the private half of the meeting reader.

The classes mirror the file's tables; cattrs structures a parsed TOML or JSON document into
them, refusing extra keys and values of the wrong kind, and :func:`_explain` turns whatever
went wrong into a :class:`~partyvote.errors.MeetingError` naming the file and the key.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Literal, get_args, get_origin

import cattrs
from attrs import Factory, frozen
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from partyvote._i18n.catalog import Message
from partyvote.errors import MeetingError, PartyvoteError
from partyvote.io._read_error import Localised, ReadError

# --- the file's shape ------------------------------------------------------------------------


@frozen(kw_only=True)
class _Polling:
    province: str = ""
    commune: str = ""
    polling_area: str = ""
    constituency: str = ""
    communes: list[str] = Factory(list)
    box_witnesses: list[str] = Factory(list)
    count_witnesses: list[str] = Factory(list)


@frozen(kw_only=True)
class _Info:
    name: str
    body: str = ""
    date: datetime.date | None = None
    place: str = ""
    lang: str | None = None
    locality: str = ""
    congress: str = ""
    term: str = ""
    committee: list[str] = Factory(list)
    polling: _Polling = Factory(_Polling)


@frozen(kw_only=True)
class _Minutes:
    form: Literal["party", "team", "board", "state", "plain"] | None = None
    per_ballot: bool | None = None
    order: Literal["ballot", "votes"] = "ballot"
    dateline: bool | None = None
    deputies: int | None = None


@frozen(kw_only=True)
class _Rule:
    more_than: str | None = None
    at_least: str | None = None
    of: str = "cast"


@frozen(kw_only=True)
class _Rules:
    rulebook: str = "vn-party-2024"
    quorum: _Rule | bool | None = None
    election_threshold: _Rule | None = None
    motions: dict[str, _Rule] = Factory(dict)
    ties: list[str] | None = None
    all_struck: Literal["invalid", "blank"] | None = None
    written_in_invalid: bool | None = None
    identifying_marks_invalid: bool | None = None
    percent_digits: int | None = None
    share_base: str | None = None


@frozen(kw_only=True)
class _Roll:
    members: int
    excused: int = 0
    present: int | None = None


@frozen(kw_only=True)
class _Votes:
    yes: int
    no: int = 0
    abstain: int = 0
    blank: int = 0
    invalid: int = 0


@frozen(kw_only=True)
class _Motion:
    type: Literal["motion"]
    title: str
    kind: str = "ordinary"
    method: Literal["ballot", "hands"] = "ballot"
    votes: _Votes


@frozen(kw_only=True)
class _Tally:
    name: str = ""
    cast: int
    votes: dict[str, int] = Factory(dict)
    blank: int = 0
    invalid: int | dict[str, int] = 0
    unmarked: dict[str, int] = Factory(dict)


@frozen(kw_only=True)
class _Election:
    type: Literal["election"]
    title: str
    seats: int
    candidates: list[str]
    issued: int | None = None
    present: int | None = None
    surplus: int | None = None
    committee: bool = True
    allocated: bool = False
    round: Literal["first", "further", "revote", "rerun"] = "first"
    short_list: bool = False
    tallies: list[_Tally] = Factory(list)
    ballots: str | None = None
    birth_dates: dict[str, datetime.date] = Factory(dict)
    seed: str | None = None


@frozen(kw_only=True)
class _CumulativeBallot:
    shares: int
    votes: dict[str, int] = Factory(dict)
    issued: bool = True


@frozen(kw_only=True)
class _Cumulative:
    type: Literal["cumulative"]
    title: str
    seats: int
    candidates: list[str]
    names_limit: bool = False
    ballots: list[_CumulativeBallot] = Factory(list)
    seed: str | None = None


@frozen(kw_only=True)
class _Ranking:
    ranking: list[str]
    count: int = 1


@frozen(kw_only=True)
class _Ranked:
    type: Literal["ranked"]
    title: str
    seats: int
    candidates: list[str]
    quota: Literal["droop", "hare"] = "droop"
    transfers: Literal["scottish", "exact", "meek"] = "scottish"
    reading: Literal["stv", "ronr"] | None = None
    ballots: list[_Ranking] | str = Factory(list)
    invalid: dict[str, int] = Factory(dict)
    seed: str | None = None


@frozen(kw_only=True)
class _Seats:
    type: Literal["seats"]
    title: str
    seats: int
    method: Literal["dhondt", "sainte-lague", "modified-sainte-lague", "hare", "droop"] = "dhondt"
    threshold: str | None = None
    or_won: int | None = None
    won: dict[str, int] = Factory(dict)
    votes: dict[str, int]
    seed: str | None = None


_Question = _Motion | _Election | _Cumulative | _Ranked | _Seats


@frozen(kw_only=True)
class _File:
    meeting: _Info
    rules: _Rules = Factory(_Rules)
    minutes: _Minutes = Factory(_Minutes)
    roll: _Roll
    questions: list[_Question]


# --- strict structuring --------------------------------------------------------------------


MAX_COUNT = 10**15
"""The largest whole number a meeting file may give (a million billion): past it, a typo."""


def _strict(kind: type, label: Message) -> Callable[[object, type], Any]:
    def structure(value: object, _type: type) -> Any:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ReadError("meeting.type", expected=label, value=value)
        if kind is int and abs(value) > MAX_COUNT:  # type: ignore[arg-type]
            raise ReadError("meeting.number_too_large", limit=f"{MAX_COUNT:_}")
        return value

    return structure


def _date(value: object, _type: type) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise ReadError("meeting.type", expected=Message("kind.date"), value=value)


def _question(value: object, _type: type) -> _Question:
    kind = value.get("type") if isinstance(value, Mapping) else None
    if kind == "motion":
        return _CONVERTER.structure(value, _Motion)
    if kind == "election":
        return _CONVERTER.structure(value, _Election)
    if kind == "cumulative":
        return _CONVERTER.structure(value, _Cumulative)
    if kind == "ranked":
        return _CONVERTER.structure(value, _Ranked)
    if kind == "seats":
        return _CONVERTER.structure(value, _Seats)
    raise ReadError("meeting.question_kind", value=kind)


def _quorum(value: object, _type: type) -> _Rule | bool | None:
    if value is None or isinstance(value, bool):
        return value
    return _CONVERTER.structure(value, _Rule)


def _names(value: object, _type: type) -> list[str]:
    # A string is iterable: "Bình" would otherwise become the list of its letters.
    if isinstance(value, str) or not isinstance(value, list):
        raise ReadError("meeting.type", expected=Message("kind.list"), value=value)
    return [_CONVERTER.structure(name, str) for name in value]


def _ranking(value: object, _type: type) -> _Ranking:
    # A ranking is a list of names, or a table with the list and how many such ballots.
    if isinstance(value, list):
        return _Ranking(ranking=_names(value, list))
    if not isinstance(value, Mapping):
        raise ReadError("meeting.ranking")
    return _ranking_table(value, _Ranking)


def _rankings(value: object, _type: type) -> list[_Ranking] | str:
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        raise ReadError("meeting.type", expected=Message("kind.list"), value=value)
    return _CONVERTER.structure(value, list[_Ranking])


# What each choice of the file is called in an error: keyed by the values it allows, which
# tell the fields apart (two fields named ``method`` allow different values).
_CHOICES: dict[tuple[str, ...], str] = {
    ("party", "team", "board", "state", "plain"): "choice.form",
    ("ballot", "votes"): "choice.order",
    ("invalid", "blank"): "choice.all_struck",
    ("ballot", "hands"): "choice.method",
    ("first", "further", "revote", "rerun"): "choice.round",
    ("droop", "hare"): "choice.quota",
    ("scottish", "exact", "meek"): "choice.transfers",
    ("stv", "ronr"): "choice.reading",
    ("dhondt", "sainte-lague", "modified-sainte-lague", "hare", "droop"): "choice.apportionment",
}


def _is_choice(kind: object) -> bool:
    return get_origin(kind) is Literal


def _choice(value: object, kind: type) -> Any:
    # One line in the file's words for any value outside a Literal, never cattrs's own text.
    allowed: tuple[str, ...] = get_args(kind)
    if isinstance(value, str) and value in allowed:
        return value
    raise ReadError(
        "meeting.choice",
        value=value,
        what=Message(_CHOICES.get(allowed, "choice.type")),
        valid=", ".join(allowed),
    )


def _invalid(value: object, _type: type) -> int | dict[str, int]:
    if isinstance(value, Mapping):
        return _CONVERTER.structure(value, dict[str, int])
    return _CONVERTER.structure(value, int)


_CONVERTER = cattrs.Converter(forbid_extra_keys=True)
_CONVERTER.register_structure_hook(int, _strict(int, Message("kind.whole_number")))
_CONVERTER.register_structure_hook(str, _strict(str, Message("kind.string")))
_CONVERTER.register_structure_hook(bool, _strict(bool, Message("kind.flag")))
_CONVERTER.register_structure_hook(datetime.date, _date)
_CONVERTER.register_structure_hook_func(lambda kind: kind == list[str], _names)
_CONVERTER.register_structure_hook_func(_is_choice, _choice)
_CONVERTER.register_structure_hook(_Question, _question)
_ranking_table = make_dict_structure_fn(_Ranking, _CONVERTER, _cattrs_forbid_extra_keys=True)
_CONVERTER.register_structure_hook(_Ranking, _ranking)
_CONVERTER.register_structure_hook(list[_Ranking] | str, _rankings)
_CONVERTER.register_structure_hook(_Rule | bool | None, _quorum)
_CONVERTER.register_structure_hook(int | dict[str, int], _invalid)


def _problems(error: BaseException, path: str) -> Iterator[tuple[str, BaseException]]:
    if isinstance(error, ClassValidationError | IterableValidationError):
        noted, plain = error.group_exceptions()
        for inner, note in noted:
            if isinstance(note, AttributeValidationNote):
                step = f"{path}.{note.name}" if path else note.name
            elif isinstance(note, IterableValidationNote):
                step = f"{path}[{note.index!r}]"
            else:  # pragma: no cover - cattrs notes are one of the two
                step = path
            yield from _problems(inner, step)
        for inner in plain:
            yield from _problems(inner, path)
    else:
        yield path, error


def _first_problem(error: BaseException) -> tuple[str, BaseException]:
    """The problem to report: an unknown key rather than the missing key it misspells."""
    problems = list(_problems(error, ""))
    where, problem = problems[0]
    if isinstance(problem, KeyError):
        table = where.rpartition(".")[0]
        for place, extra in problems:
            if place == table and isinstance(extra, ForbiddenExtraKeysError):
                return place, extra
    return where, problem


@contextmanager
def _at(source: str, where: str) -> Iterator[None]:
    """Name the file and the key in any error raised while building what is there."""
    try:
        yield
    except MeetingError:
        raise
    except (PartyvoteError, ReadError) as error:
        raise _explain(source, where, error) from None


# Problems the Python API words for Python (``short_list=True``), worded instead for the
# file (``short_list = true``) with the same parameters, and the key they are about: a path
# after the question (".short_list") or from the top of the file ("roll.present").
_IN_FILE: dict[str, tuple[str, str]] = {
    "rulebook.short_list": ("meeting.short_list", ".short_list"),
    "rulebook.no_surplus": ("meeting.no_surplus", ".committee"),
    "base.needs_present": ("meeting.needs_present", "roll.present"),
    "ranked.ronr_options": ("meeting.ronr_options", ".reading"),
    "ranked.meek_options": ("meeting.meek_options", ".quota"),
    # Every kind of question that can draw lots takes its seed as a key of its own.
    "rulebook.needs_seed": ("meeting.needs_seed", ".seed"),
    # A file's only tie-break key is the age its birth_dates give.
    "ties.missing_key": ("meeting.birth_dates", ".birth_dates"),
}


def _in_file(
    where: str, error: ReadError | PartyvoteError
) -> tuple[str, ReadError | PartyvoteError]:
    """The file's words for *error*, and the key it is about, as exact as is known."""
    if error.key in _IN_FILE:
        key, place = _IN_FILE[error.key]
        where = where + place if place.startswith(".") else place
        return where, ReadError(key, **error.params)
    name = error.params.get("name")
    # A count checked after reading ("deputies must not be negative") names its own key.
    if (
        (error.key or "").startswith("count.")
        and isinstance(name, str)
        and name.isidentifier()
        and not where.endswith(("]", f".{name}"))
    ):
        where = f"{where}.{name}" if where else name
    return where, error


def _explain(file: str, where: str, error: BaseException, *, python: bool = False) -> MeetingError:
    """*error* as a :class:`MeetingError` at *where* in *file*, in the file's words unless
    the meeting was built in *python* (its user passed arguments, not keys)."""
    if isinstance(error, ReadError | PartyvoteError) and not python:
        where, error = _in_file(where, error)
    where = where or "(top level)"
    if isinstance(error, ReadError):
        return MeetingError(
            Message("meeting.at", file=file, where=where, problem=Localised.of(error))
        )
    if isinstance(error, ForbiddenExtraKeysError):
        names = ", ".join(sorted(error.extra_fields))
        valid = ", ".join(field.name for field in error.cl.__attrs_attrs__)  # type: ignore[attr-defined]
        problem = ReadError(
            "meeting.extra_keys", names=names, valid=valid, count=len(error.extra_fields)
        )
        return MeetingError(
            Message("meeting.at", file=file, where=where, problem=Localised.of(problem))
        )
    if isinstance(error, KeyError):
        problem = ReadError("meeting.missing", name=str(error.args[0]))
        return MeetingError(
            Message("meeting.at", file=file, where=where, problem=Localised.of(problem))
        )
    if isinstance(error, PartyvoteError):
        return MeetingError(
            Message("meeting.at", file=file, where=where, problem=Localised.of(error))
        )
    problem = ReadError("meeting.type", expected=Message("kind.other"), value=str(error))
    return MeetingError(
        Message("meeting.at", file=file, where=where, problem=Localised.of(problem))
    )
