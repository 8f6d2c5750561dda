"""A meeting file's parsed shape built into a :class:`~partyvote.io.meeting.Meeting`: its
rules amended, its roll, its questions checked one by one (see :mod:`partyvote.io.meeting`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from partyvote._i18n.catalog import render
from partyvote._validate import check_count
from partyvote.elections.cumulative import SHARE_BASES, CumulativeBallot, CumulativeElection
from partyvote.elections.rounds import Round
from partyvote.elections.tally import Tally
from partyvote.errors import check_language
from partyvote.io._calculators import ballots_path, ranked_question, seats_question
from partyvote.io._meeting import Meeting, _book_lang
from partyvote.io._questions import CumulativeQuestion, ElectionQuestion, MotionQuestion, Question
from partyvote.io._read_error import ReadError
from partyvote.io._shape import (
    _at,
    _Cumulative,
    _Election,
    _explain,
    _File,
    _Minutes,
    _Motion,
    _Polling,
    _Ranked,
    _Rule,
    _Rules,
    _Seats,
    _Tally,
)
from partyvote.io.forms import MinutesOptions, PollingDetails
from partyvote.roll import Roll
from partyvote.rulebooks import get as get_rulebook
from partyvote.rulebooks.model import Rulebook
from partyvote.rules.bases import BUILTIN_BASES, Base
from partyvote.rules.quorum import Quorum
from partyvote.rules.threshold import Threshold, at_least, more_than
from partyvote.votes import Votes

_BASES: dict[str, Base] = {base.name: base for base in BUILTIN_BASES}


def _threshold(spec: _Rule) -> Threshold:
    if (spec.more_than is None) == (spec.at_least is None):
        raise ReadError("meeting.rule_shape")
    if spec.of not in _BASES:
        raise ReadError("meeting.base", value=spec.of, valid=", ".join(sorted(_BASES)))
    if spec.more_than is not None:
        return more_than(spec.more_than, of=_BASES[spec.of])
    return at_least(spec.at_least, of=_BASES[spec.of])  # type: ignore[arg-type]


def _minutes_options(spec: _Minutes, rulebook: str) -> MinutesOptions:
    default = MinutesOptions.default(rulebook)
    form = spec.form or default.form
    per_ballot = spec.per_ballot if spec.per_ballot is not None else form == "party"
    return MinutesOptions(
        form=form,
        per_ballot=per_ballot,
        order=spec.order,
        dateline=spec.dateline,
        deputies=2 if spec.deputies is None else spec.deputies,
    )


def _rulebook(rules: _Rules) -> Rulebook:
    book = get_rulebook(rules.rulebook)
    changes: dict[str, Any] = {}
    if rules.quorum is False:
        changes["quorum"] = None
    elif isinstance(rules.quorum, _Rule):
        changes["quorum"] = Quorum(_threshold(rules.quorum))
    elif rules.quorum is True:
        raise ReadError("meeting.quorum_true")
    if rules.election_threshold is not None:
        changes["election_threshold"] = _threshold(rules.election_threshold)
    if rules.motions:
        motions = dict(book.motions)
        motions.update({kind: _threshold(spec) for kind, spec in rules.motions.items()})
        changes["motions"] = motions
    if rules.ties is not None:
        changes["ties"] = tuple(rules.ties)
    if rules.percent_digits is not None:
        changes["percent_digits"] = rules.percent_digits
    if rules.share_base in SHARE_BASES:
        # A cumulative election's base (its shares are of votes, not of the roll).
        changes["cumulative_share_base"] = rules.share_base
    elif rules.share_base is not None:
        changes["share_base"] = _BASES[rules.share_base]
    validity: dict[str, Any] = {
        name: value
        for name, value in (
            ("all_struck", rules.all_struck),
            ("written_in_invalid", rules.written_in_invalid),
            ("identifying_marks_invalid", rules.identifying_marks_invalid),
        )
        if value is not None
    }
    if validity:
        from attrs import evolve

        changes["validity"] = evolve(book.validity, **validity)
    if not changes:
        return book
    # The minutes cite the rules actually used: the statute as the meeting amended it.
    return book.evolve(
        title=render("rulebook.amended", "en", title=book.title_in("en")),
        title_vi=render("rulebook.amended", "vi", title=book.title_in("vi")),
        **changes,
    )


def _tally(spec: _Tally) -> Tally:
    return Tally(
        votes=spec.votes,
        cast=spec.cast,
        blank=spec.blank,
        invalid=spec.invalid,
        unmarked=spec.unmarked,
    )


def _motion_question(
    spec: _Motion, book: Rulebook, roll: Roll, source: str, where: str
) -> MotionQuestion:
    with _at(source, f"{where}.kind"):
        motion = book.motion(spec.kind)
    with _at(source, f"{where}.votes"):
        cast = spec.votes
        votes = Votes(
            cast.yes, cast.no, abstain=cast.abstain, blank=cast.blank, invalid=cast.invalid
        ).check(roll)
        if spec.method == "hands" and (votes.blank or votes.invalid):
            raise ReadError("forms.hands_ballots", blank=votes.blank, invalid=votes.invalid)
    return MotionQuestion(
        title=spec.title, kind=spec.kind, motion=motion, votes=votes, method=spec.method
    )


def _election_question(
    spec: _Election, book: Rulebook, source: str, where: str, base_dir: Path, *, anywhere: bool
) -> ElectionQuestion:
    if spec.allocated:
        # Only the party's delegates to the congress above have a number the higher
        # committee allocates; its form's sentence says so (party.forms.seats_allocated).
        with _at(source, f"{where}.allocated"):
            if book.wording.split("-", 1)[0] != "party":
                raise ReadError("meeting.allocated_rulebook", rulebook=book.key)
            if spec.committee:
                raise ReadError("meeting.allocated_committee")
    with _at(source, where):
        election = book.election(
            seats=spec.seats,
            candidates=spec.candidates,
            surplus=spec.surplus,
            committee=spec.committee,
            round=Round(spec.round),
            short_list=spec.short_list,
            birth_dates=spec.birth_dates or None,
            seed=spec.seed,
        )
        if (spec.ballots is None) == (not spec.tallies):
            raise ReadError("meeting.source")
    if spec.issued is not None:
        with _at(source, f"{where}.issued"):
            check_count("issued", spec.issued)
    tallies: list[tuple[str, Tally]] = []
    for number, tally in enumerate(spec.tallies):
        with _at(source, f"{where}.tallies[{number}]"):
            checked = _tally(tally).check(candidates=election.candidates, seats=election.seats)
        tallies.append((tally.name or f"#{number + 1}", checked))
    ballots = None
    if spec.ballots is not None:
        ballots = ballots_path(
            spec.ballots, source, f"{where}.ballots", base_dir, anywhere=anywhere
        )
    return ElectionQuestion(
        title=spec.title,
        election=election,
        issued=spec.issued,
        present=spec.present,
        tallies=tuple(tallies),
        ballots=ballots,
        allocated=spec.allocated,
    )


def _cumulative_question(
    spec: _Cumulative, book: Rulebook, source: str, where: str
) -> CumulativeQuestion:
    with _at(source, where):
        election = CumulativeElection(
            seats=spec.seats,
            candidates=spec.candidates,
            ties=book.tie_policy(seed=spec.seed),
            names_limit=spec.names_limit,
        )
    ballots: list[CumulativeBallot] = []
    for number, ballot in enumerate(spec.ballots):
        with _at(source, f"{where}.ballots[{number}]"):
            ballots.append(CumulativeBallot(ballot.shares, ballot.votes, issued=ballot.issued))
    return CumulativeQuestion(title=spec.title, election=election, ballots=tuple(ballots))


def _build(raw: _File, source: str, base_dir: Path, data: bytes, anywhere: bool) -> Meeting:
    share_base = raw.rules.share_base
    if share_base is not None and share_base not in _BASES and share_base not in SHARE_BASES:
        valid = ", ".join(sorted(_BASES) + list(SHARE_BASES))
        problem = ReadError("meeting.base", value=share_base, valid=valid)
        raise _explain(source, "rules.share_base", problem)
    with _at(source, "rules"):
        book = _rulebook(raw.rules)
    with _at(source, "roll"):
        roll = Roll(raw.roll.members, excused=raw.roll.excused, present=raw.roll.present)
    questions: list[Question] = []
    for index, spec in enumerate(raw.questions):
        where = f"questions[{index}]"
        if isinstance(spec, _Ranked):
            questions.append(
                ranked_question(spec, book, source, where, base_dir, anywhere=anywhere)
            )
        elif isinstance(spec, _Seats):
            questions.append(seats_question(spec, book, source, where))
        elif isinstance(spec, _Cumulative):
            questions.append(_cumulative_question(spec, book, source, where))
        elif isinstance(spec, _Motion):
            questions.append(_motion_question(spec, book, roll, source, where))
        else:
            if spec.present is not None and spec.present > roll.members:
                raise _explain(
                    source,
                    f"{where}.present",
                    ReadError("forms.present", present=spec.present, members=roll.members),
                )
            questions.append(
                _election_question(spec, book, source, where, base_dir, anywhere=anywhere)
            )
    if not questions:
        raise _explain(source, "questions", ReadError("meeting.no_questions"))
    if raw.meeting.lang is not None:
        with _at(source, "meeting.lang"):
            check_language(raw.meeting.lang)
    lang = raw.meeting.lang or _book_lang(book)
    with _at(source, "minutes"):
        options = _minutes_options(raw.minutes, book.key)
    members = len(raw.meeting.committee) - 1  # after the head
    if raw.minutes.deputies is not None and 0 <= members < raw.minutes.deputies:
        with _at(source, "minutes.deputies"):
            raise ReadError(
                "meeting.deputies_committee", deputies=options.deputies, members=members
            )
    return Meeting(
        name=raw.meeting.name,
        body=raw.meeting.body,
        date=raw.meeting.date,
        place=raw.meeting.place,
        lang=lang,
        locality=raw.meeting.locality,
        congress=raw.meeting.congress,
        term=raw.meeting.term,
        committee=tuple(raw.meeting.committee),
        polling=_polling(raw.meeting.polling, source),
        minutes=options,
        rulebook=book,
        roll=roll,
        questions=tuple(questions),
        source=source,
        source_bytes=data,
    )


def _polling(spec: _Polling, source: str) -> PollingDetails:
    for name in ("box_witnesses", "count_witnesses"):
        witnesses = getattr(spec, name)
        if len(witnesses) > 2:
            where = f"meeting.polling.{name}"
            raise _explain(
                source, where, ReadError("forms.witnesses", name=name, count=len(witnesses))
            )
    with _at(source, "meeting.polling"):
        return PollingDetails(
            province=spec.province,
            commune=spec.commune,
            polling_area=spec.polling_area,
            constituency=spec.constituency,
            communes=tuple(spec.communes),
            box_witnesses=tuple(spec.box_witnesses),
            count_witnesses=tuple(spec.count_witnesses),
        )
