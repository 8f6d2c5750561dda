"""Ranked-ballot and proportional-seat questions of a meeting file (``type = "ranked"`` and
``type = "seats"``): the questions, their outcomes, and a ranked ballots file's reading.

A ranked ballots file is CSV with no header, one ballot per line, the names in order of
preference::

    An,Bình
    Chi,Dũng,An
    Bình

Cells are trimmed and empty cells at the end of a line ignored (spreadsheets pad rows); an
empty line is a ballot with no preference (invalid).  A name not on the list of candidates
is refused with its line, in a file as in a ranking written in the meeting file: it is a
transcription error to correct (or a written-in name to add to the candidates), never a
ranking to shorten quietly.  So is a name ranked twice (``Chi,Bình,Chi``): a paper gives each
candidate one preference, so a repeat can only be a slip in copying it.  Errors name the file
and the line.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal

from attrs import frozen

from partyvote._i18n.catalog import Message
from partyvote._validate import check_count, nfc
from partyvote.elections.apportionment import (
    DHONDT,
    DROOP,
    HARE,
    MODIFIED_SAINTE_LAGUE,
    SAINTE_LAGUE,
    Allocation,
    Apportionment,
    ApportionmentMethod,
)
from partyvote.elections.election import PROGRESS_EVERY
from partyvote.elections.ranked import RankedElection, RankedInvalid, RankedResult
from partyvote.errors import BallotFileError
from partyvote.io._read_error import ReadError
from partyvote.io._shape import _at, _explain, _Ranked, _Seats
from partyvote.io.ballots import _error, _Hashing, _undecodable_line
from partyvote.rulebooks.model import Rulebook
from partyvote.rules.threshold import at_least

__all__ = ["RankedOutcome", "RankedQuestion", "SeatsOutcome", "SeatsQuestion"]


def __dir__() -> list[str]:
    return __all__


@frozen(kw_only=True)
class RankedQuestion:
    """An election by ranked ballots (``type = "ranked"``): STV, or instant-runoff for one
    seat, with its ballots inline (ranking -> number of such ballots) or in a file."""

    title: str
    election: RankedElection
    rankings: tuple[tuple[tuple[str, ...], int], ...] = ()
    ballots: Path | None = None
    invalid: tuple[tuple[RankedInvalid, int], ...] = ()
    """Invalid papers recorded as counts by reason, not as rankings: under Robert's Rules a
    name not on the list is an illegal vote that still counts in the base (RONR 44:1)."""


@frozen(kw_only=True)
class RankedOutcome:
    """A ranked election's result, stage by stage."""

    title: str
    result: RankedResult


@frozen(kw_only=True)
class SeatsQuestion:
    """Seats shared among groups by their votes (``type = "seats"``)."""

    title: str
    apportionment: Apportionment
    votes: tuple[tuple[str, int], ...]
    won: tuple[tuple[str, int], ...] = ()


@frozen(kw_only=True)
class SeatsOutcome:
    """An apportionment's result: the seats of each group."""

    title: str
    allocation: Allocation


def count_ranked(
    question: RankedQuestion,
    digest: Any,
    progress: Callable[[int, int | None], None] | None,
) -> RankedOutcome:
    """Count *question*, reading its ballots file (if any) into *digest*."""
    rankings: Counter[tuple[str, ...]] = Counter()
    for ranking, number in question.rankings:
        rankings[ranking] += number
    for reason, number in question.invalid:
        rankings[_PAPERS[reason]] += number
    if question.ballots is not None:
        rankings.update(
            read_rankings(
                question.ballots,
                digest=digest,
                progress=progress,
                candidates=question.election.candidates,
            )
        )
    return RankedOutcome(title=question.title, result=question.election.count(rankings))


def count_seats(question: SeatsQuestion) -> SeatsOutcome:
    """Share the seats of *question*."""
    allocation = question.apportionment.allocate(dict(question.votes), won=dict(question.won))
    return SeatsOutcome(title=question.title, allocation=allocation)


# Papers the election reads as invalid for each reason: one ranking no one, and one naming
# "", which is never a candidate (RankedElection refuses empty names).
_PAPERS: dict[RankedInvalid, tuple[str, ...]] = {
    RankedInvalid.NO_PREFERENCE: (),
    RankedInvalid.UNKNOWN_NAME: ("",),
}


def _ranked_invalid(given: dict[str, int]) -> tuple[tuple[RankedInvalid, int], ...]:
    """The invalid papers *given* by reason (``{ "unknown-name" = 2 }``), checked."""
    reasons = {reason.value: reason for reason in RankedInvalid}
    invalid = []
    for key, number in given.items():
        if key not in reasons:
            raise ReadError("ranked.invalid_reason", value=key, valid=", ".join(reasons))
        invalid.append((reasons[key], check_count(key, number)))
    return tuple(invalid)


# --- ranked ballots files --------------------------------------------------------------------


def read_rankings(
    path: Path,
    *,
    digest: Any = None,
    progress: Callable[[int, int | None], None] | None = None,
    candidates: tuple[str, ...] | None = None,
) -> Counter[tuple[str, ...]]:
    """The rankings of the ballots file at *path*, each with its number of ballots; a name
    not among *candidates* (when given) is refused with its line."""
    name = str(path)
    try:
        stream: IO[bytes] = path.open("rb")
    except OSError as error:
        raise BallotFileError(
            Message("ballotfile.unreadable", file=name, reason=error.strerror or str(error))
        ) from None
    with stream:
        text = io.TextIOWrapper(
            io.BufferedReader(_Hashing(stream, digest), buffer_size=1 << 16),
            encoding="utf-8-sig",
            newline="",
        )
        try:
            listed = None if candidates is None else frozenset(candidates)
            return Counter(_rankings(csv.reader(text), name, progress, listed))
        except UnicodeDecodeError:
            raise _error(name, _undecodable_line(stream), "ballotfile.encoding") from None


def _rankings(
    reader: Any,
    name: str,
    progress: Callable[[int, int | None], None] | None,
    listed: frozenset[str] | None,
) -> Iterator[tuple[str, ...]]:
    try:
        for count, row in enumerate(reader, start=1):
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count, None)
            names = [nfc(cell.strip()) for cell in row]
            while names and not names[-1]:
                names.pop()
            if "" in names:
                raise _error(name, reader.line_num, "ranked.file_gap", position=names.index("") + 1)
            if (repeat := _repeated(names)) is not None:
                raise _error(name, reader.line_num, "ranked.repeated", **repeat)
            if listed is not None and not listed.issuperset(names):
                raise _error(
                    name, reader.line_num, "ranked.unknown_name", names=_unknown(names, listed)
                )
            yield tuple(names)
    except csv.Error as error:
        raise _error(name, reader.line_num, "ballotfile.csv", detail=str(error)) from None


def _repeated(names: Iterable[str]) -> dict[str, Any] | None:
    """The first name *names* rank twice, with both preferences, or ``None``."""
    first: dict[str, int] = {}
    for position, given in enumerate(names, start=1):
        if given in first:
            return {"candidate": given, "first": first[given], "second": position}
        first[given] = position
    return None


def _unknown(names: Iterable[str], listed: frozenset[str]) -> str:
    return ", ".join(repr(given) for given in dict.fromkeys(names) if given not in listed)


# --- building the questions from the file ----------------------------------------------------


def ranked_question(
    spec: _Ranked, book: Rulebook, source: str, where: str, base_dir: Path, *, anywhere: bool
) -> RankedQuestion:
    """The ranked question of *spec*; a ballots file must lie under *base_dir*."""
    with _at(source, where):
        election = RankedElection(
            seats=spec.seats,
            candidates=tuple(spec.candidates),
            quota=spec.quota,
            transfers=spec.transfers,
            ties=book.tie_policy(seed=spec.seed),
            reading=spec.reading or _reading(spec, book),
        )
    with _at(source, f"{where}.invalid"):
        invalid = _ranked_invalid(spec.invalid)
    if not isinstance(spec.ballots, str):
        listed = frozenset(election.candidates)
        rankings = []
        for number, given in enumerate(spec.ballots):
            with _at(source, f"{where}.ballots[{number}]"):
                count = check_count("count", given.count)
                names = tuple(nfc(name) for name in given.ranking)
                if (repeat := _repeated(names)) is not None:
                    raise ReadError("ranked.repeated", **repeat)
                if not listed.issuperset(names):
                    raise ReadError("ranked.unknown_name", names=_unknown(names, listed))
                rankings.append((names, count))
        return RankedQuestion(
            title=spec.title, election=election, rankings=tuple(rankings), invalid=invalid
        )
    return RankedQuestion(
        title=spec.title,
        election=election,
        ballots=ballots_path(spec.ballots, source, f"{where}.ballots", base_dir, anywhere=anywhere),
        invalid=invalid,
    )


def _reading(spec: _Ranked, book: Rulebook) -> Literal["stv", "ronr"]:
    # A quota or a way of transferring surpluses asks for the single transferable vote.
    if (spec.quota, spec.transfers) != ("droop", "scottish"):
        return "stv"
    return book.ranked


def ballots_path(given: str, source: str, where: str, base_dir: Path, *, anywhere: bool) -> Path:
    """The ballots file *given* in a meeting file, checked to exist under *base_dir*."""
    ballots = base_dir / given
    folder = base_dir.resolve()
    if not anywhere and not ballots.resolve().is_relative_to(folder):
        # A meeting file must not make partyvote read any file it names (/etc/passwd).
        raise _explain(
            source, where, ReadError("meeting.ballots_outside", path=given, folder=str(folder))
        )
    if not ballots.is_file():
        raise _explain(source, where, ReadError("meeting.no_ballots", path=str(ballots)))
    return ballots


_METHODS: dict[str, ApportionmentMethod] = {
    method.name: method for method in (DHONDT, SAINTE_LAGUE, MODIFIED_SAINTE_LAGUE, HARE, DROOP)
}


def seats_question(spec: _Seats, book: Rulebook, source: str, where: str) -> SeatsQuestion:
    """The apportionment question of *spec*."""
    with _at(source, f"{where}.threshold"):
        threshold = None if spec.threshold is None else at_least(spec.threshold)
    with _at(source, where):
        apportionment = Apportionment(
            seats=spec.seats,
            method=_METHODS[spec.method],
            threshold=threshold,
            or_won=spec.or_won,
            ties=book.tie_policy(seed=spec.seed),
        )
    votes = tuple(spec.votes.items())
    won = tuple(spec.won.items())
    with _at(source, f"{where}.votes"):
        # Counted once here so that a bad count is refused when the file is read.
        apportionment.allocate(dict(votes), won=dict(won))
    return SeatsQuestion(title=spec.title, apportionment=apportionment, votes=votes, won=won)
