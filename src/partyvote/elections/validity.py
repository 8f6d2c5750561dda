"""Validity: which ballots count, and the reason code of each one that does not.

The default :class:`Validity` is the Vietnamese party rule (190-QĐ/TW Art. 15): a ballot is
invalid when not issued by the counting committee, when it keeps more names than seats, when
every name on a multi-name list is struck, and (reported, not confirmed in the texts) when
names are written in or the paper carries identifying marks.  Each of the last three can be
relaxed, e.g. ``Validity(all_struck="blank")`` where an all-struck paper is a valid blank.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Literal

from attrs import field, frozen

from partyvote._i18n.catalog import Message
from partyvote._validate import check_type, choice_validator, flag_validator, nfc
from partyvote.elections.ballot import Ballot, BallotForm, Mark
from partyvote.errors import BallotError

__all__ = ["InvalidReason", "Reading", "Validity"]


def __dir__() -> list[str]:
    return __all__


class InvalidReason(enum.Enum):
    """Why a ballot is invalid."""

    NOT_ISSUED = "not-issued"
    """Not issued by the counting committee (not the official paper, unsealed)."""
    IDENTIFYING_MARK = "identifying-mark"
    """The paper carries marks that identify the voter."""
    WRITTEN_IN = "written-in"
    """Names were written in beside the list."""
    UNKNOWN_NAME = "unknown-name"
    """A name that is not on the list of candidates."""
    TOO_MANY_KEPT = "too-many-kept"
    """More names kept (or agreed) than there are seats."""
    ALL_STRUCK = "all-struck"
    """Every name on a multi-name strike-out list is struck."""
    SINGLE_BOTH = "single-both"
    """Single-candidate ballot with both agree and disagree ticked."""
    SINGLE_NEITHER = "single-neither"
    """Single-candidate ballot with neither box ticked."""
    UNSPECIFIED = "unspecified"
    """Invalid for a reason not recorded (a hand-entered total)."""


@frozen
class Reading:
    """What one ballot says: invalid with a reason, blank, or the names it supports.

    :param kept: names receiving a vote.
    :param unmarked: names with both or neither box ticked (agree / disagree form): no vote.
    """

    invalid: InvalidReason | None = None
    kept: tuple[str, ...] = ()
    unmarked: tuple[str, ...] = ()
    blank: bool = False


@frozen(kw_only=True)
class Validity:
    """The policy deciding which ballots are valid.

    :param all_struck: what a multi-name strike-out ballot with every name struck is:
        ``"invalid"`` (Vietnamese party rule, National Assembly Law 85/2015 Art. 74) or
        ``"blank"`` (a valid ballot supporting no one).
    :param written_in_invalid: whether names written in make the paper invalid.
    :param identifying_marks_invalid: whether identifying marks make the paper invalid.

    >>> policy = Validity()
    >>> policy.read(Ballot.keeping("An", "Bình", "Chi"), candidates=("An", "Bình", "Chi", "Dũng"),
    ...             seats=2, form=BallotForm.STRIKE_OUT).invalid
    <InvalidReason.TOO_MANY_KEPT: 'too-many-kept'>
    """

    all_struck: Literal["invalid", "blank"] = field(
        default="invalid", validator=choice_validator("invalid", "blank")
    )
    written_in_invalid: bool = field(default=True, validator=flag_validator)
    identifying_marks_invalid: bool = field(default=True, validator=flag_validator)

    def read(  # noqa: PLR0911 - one return per outcome reads best
        self,
        ballot: Ballot | Iterable[str],
        *,
        candidates: tuple[str, ...],
        seats: int,
        form: BallotForm,
    ) -> Reading:
        """Read one ballot for a list of *candidates* electing *seats*."""
        if not isinstance(ballot, Ballot):
            if isinstance(ballot, str | bytes):
                raise BallotError(Message("ballot.string", value=ballot))
            check_type("ballot", ballot, Iterable, BallotError)
            if isinstance(ballot, Mapping):
                # Read as marks per name, never by its keys alone: {"An": False} is no vote.
                ballot = Ballot(marks=ballot)
                return self.read(ballot, candidates=candidates, seats=seats, form=form)
            names = tuple(nfc(name) if isinstance(name, str) else name for name in ballot)
            if len(set(names)) != len(names):
                raise BallotError(Message("ballot.duplicate", value=names))
            ballot = Ballot(kept=names)
        reason = self._paper_reason(ballot)
        if reason is not None:
            return Reading(reason)
        marks = _marks_of(ballot, candidates, form)
        if marks is None:
            return Reading(InvalidReason.UNKNOWN_NAME)
        kept = tuple(name for name in candidates if marks[name] is Mark.AGREE)
        if form is BallotForm.SINGLE:
            return Reading(_SINGLE_INVALID.get(marks[candidates[0]]), kept=kept)
        if len(kept) > seats:
            return Reading(InvalidReason.TOO_MANY_KEPT)
        if form is BallotForm.STRIKE_OUT and not kept and len(candidates) > 1:
            if self.all_struck == "invalid":
                return Reading(InvalidReason.ALL_STRUCK)
            return Reading(blank=True)
        unmarked = tuple(name for name in candidates if marks[name] in _NO_VOTE)
        return Reading(kept=kept, unmarked=unmarked)

    def _paper_reason(self, ballot: Ballot) -> InvalidReason | None:
        """What makes the paper itself invalid, whatever is marked on it."""
        if not ballot.issued:
            return InvalidReason.NOT_ISSUED
        if ballot.identifying_marks and self.identifying_marks_invalid:
            return InvalidReason.IDENTIFYING_MARK
        if ballot.written_in and self.written_in_invalid:
            return InvalidReason.WRITTEN_IN
        return None


_SINGLE_INVALID = {Mark.BOTH: InvalidReason.SINGLE_BOTH, Mark.NEITHER: InvalidReason.SINGLE_NEITHER}
_NO_VOTE = (Mark.BOTH, Mark.NEITHER)


def _marks_of(
    ballot: Ballot, candidates: tuple[str, ...], form: BallotForm
) -> dict[str, Mark] | None:
    """Per candidate, the mark the ballot gives; ``None`` if it names someone not listed."""
    listed = frozenset(candidates)
    if ballot.marks is not None:
        if ballot.kept is not None or ballot.struck is not None:
            raise BallotError(Message("ballot.mixed", value=ballot))
        given = dict(ballot.marks)
        if form is BallotForm.SINGLE and set(given) == {""}:
            given = {candidates[0]: given[""]}
        if not given.keys() <= listed:
            return None
        default = Mark.DISAGREE if form is BallotForm.STRIKE_OUT else Mark.NEITHER
        return {name: given.get(name, default) for name in candidates}
    if (
        ballot.kept is not None
        and ballot.struck is not None
        and (ballot.kept | ballot.struck != listed or ballot.kept & ballot.struck)
    ):
        raise BallotError(Message("ballot.mixed", value=ballot))
    if ballot.kept is not None:
        kept = ballot.kept
    else:
        struck = ballot.struck or frozenset()
        if not struck <= listed:
            return None
        kept = listed - struck
    if not kept <= listed:
        return None
    return {name: Mark.AGREE if name in kept else Mark.DISAGREE for name in candidates}
