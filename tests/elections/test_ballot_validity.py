"""Ballot papers and the validity policy (190-QĐ/TW Art. 15; Law 85/2015 Art. 74)."""

from collections.abc import Callable, Iterable

import pytest

from partyvote import Ballot, Mark, Validity
from partyvote.elections import BallotForm, InvalidReason
from partyvote.elections.validity import Reading
from partyvote.errors import BallotError, OptionError, PartyvoteError

LIST = ("An", "Bình", "Chi", "Dũng")  # four names for two seats: a strike-out list
STRIKE = BallotForm.STRIKE_OUT


def read(
    ballot: Ballot | Iterable[str],
    *,
    policy: Validity | None = None,
    candidates: tuple[str, ...] = LIST,
    seats: int = 2,
    form: BallotForm = STRIKE,
) -> Reading:
    policy = Validity() if policy is None else policy
    return policy.read(ballot, candidates=candidates, seats=seats, form=form)


@pytest.mark.parametrize(
    ("ballot", "reason"),
    [
        # not issued by the counting committee: invalid whatever is marked on it
        (Ballot.keeping("An", issued=False), InvalidReason.NOT_ISSUED),
        # identifying marks on the paper
        (Ballot(kept=("An",), identifying_marks=True), InvalidReason.IDENTIFYING_MARK),
        # a name written in beside the list
        (Ballot(kept=("An",), written_in="Hải"), InvalidReason.WRITTEN_IN),
        # three names kept for two seats
        (Ballot.keeping("An", "Bình", "Chi"), InvalidReason.TOO_MANY_KEPT),
        (("An", "Bình", "Chi"), InvalidReason.TOO_MANY_KEPT),
        # every name struck on a multi-name list: invalid under the party rule
        (Ballot.striking(*LIST), InvalidReason.ALL_STRUCK),
        ((), InvalidReason.ALL_STRUCK),
        # a name that is not on the list
        (("An", "Hải"), InvalidReason.UNKNOWN_NAME),
        (Ballot.striking("Hải"), InvalidReason.UNKNOWN_NAME),
        (Ballot.marked({"Hải": Mark.AGREE}), InvalidReason.UNKNOWN_NAME),
    ],
)
def test_invalid_ballots_carry_their_reason(ballot: Ballot, reason: InvalidReason) -> None:
    assert read(ballot).invalid is reason


@pytest.mark.parametrize(
    ("ballot", "kept"),
    [
        (("An", "Chi"), ("An", "Chi")),
        (["Chi"], ("Chi",)),
        (frozenset({"Dũng", "An"}), ("An", "Dũng")),
        (Ballot.striking("An", "Bình"), ("Chi", "Dũng")),
        (Ballot(kept=("An", "Bình"), struck=("Chi", "Dũng")), ("An", "Bình")),
        (Ballot.marked({"An": Mark.AGREE, "Chi": Mark.AGREE}), ("An", "Chi")),
    ],
)
def test_valid_strike_out_ballots_keep_names_in_list_order(
    ballot: Ballot, kept: tuple[str, ...]
) -> None:
    reading = read(ballot)
    assert reading.invalid is None
    assert reading.kept == kept


def test_an_all_struck_ballot_can_be_a_valid_blank() -> None:
    reading = read((), policy=Validity(all_struck="blank"))
    assert (reading.invalid, reading.blank) == (None, True)


def test_relaxed_policies_accept_written_in_names_and_marks() -> None:
    policy = Validity(written_in_invalid=False, identifying_marks_invalid=False)
    paper = Ballot(kept=("An",), written_in=("Hải",), identifying_marks=True)
    assert read(paper, policy=policy).kept == ("An",)


def test_agree_disagree_both_or_neither_is_no_vote_and_the_ballot_stays_valid() -> None:
    # a list without surplus (3 names, 3 seats), 190-QĐ/TW Art. 15
    names = ("An", "Bình", "Chi")
    paper = Ballot.marked({"An": Mark.AGREE, "Bình": Mark.BOTH})
    reading = read(paper, candidates=names, seats=3, form=BallotForm.AGREE_DISAGREE)
    assert reading.invalid is None
    assert reading.kept == ("An",)
    assert reading.unmarked == ("Bình", "Chi")


def test_agree_disagree_with_nothing_agreed_is_valid() -> None:
    names = ("An", "Bình")
    paper = Ballot.marked({"An": Mark.DISAGREE, "Bình": Mark.DISAGREE})
    reading = read(paper, candidates=names, seats=2, form=BallotForm.AGREE_DISAGREE)
    assert (reading.invalid, reading.kept, reading.blank) == (None, (), False)


@pytest.mark.parametrize(
    ("mark", "reason", "kept"),
    [
        (Mark.AGREE, None, ("An",)),
        (Mark.DISAGREE, None, ()),
        (Mark.BOTH, InvalidReason.SINGLE_BOTH, ()),
        (Mark.NEITHER, InvalidReason.SINGLE_NEITHER, ()),
    ],
)
def test_single_candidate_ballots(
    mark: Mark, reason: InvalidReason | None, kept: tuple[str, ...]
) -> None:
    reading = read(Ballot.single(mark), candidates=("An",), seats=1, form=BallotForm.SINGLE)
    assert reading.invalid is reason
    if reason is None:
        assert reading.kept == kept


def test_single_candidate_ballot_may_name_the_candidate() -> None:
    paper = Ballot.marked({"An": Mark.AGREE})
    assert read(paper, candidates=("An",), seats=1, form=BallotForm.SINGLE).kept == ("An",)


@pytest.mark.parametrize(
    ("make", "error"),
    [
        # a bare string would be read as a list of letters
        (lambda: read("An"), BallotError),
        # the same name twice cannot be on one paper
        (lambda: read(("An", "An")), BallotError),
        # kept and marks at once
        (lambda: read(Ballot(kept=("An",), marks={"An": Mark.AGREE})), BallotError),
        # kept and struck that overlap
        (lambda: read(Ballot(kept=("An",), struck=("An", "Bình", "Chi", "Dũng"))), BallotError),
        # kept and struck that do not cover the list
        (lambda: read(Ballot(kept=("An",), struck=("Bình",))), BallotError),
        # names must be strings
        (lambda: Ballot(kept=(1, 2)), BallotError),  # type: ignore[arg-type]
        (lambda: Ballot(kept="An"), BallotError),
        # marks must be marks
        (lambda: Ballot(marks={"An": "yes"}), BallotError),  # type: ignore[arg-type]
        # flags must be booleans
        (lambda: Ballot(kept=(), issued="no"), OptionError),  # type: ignore[arg-type]
        (lambda: Validity(all_struck="spoilt"), OptionError),  # type: ignore[arg-type]
        (lambda: Validity(written_in_invalid=1), OptionError),  # type: ignore[arg-type]
    ],
)
def test_bad_ballots_and_policies_raise_clear_errors(
    make: Callable[[], object], error: type[Exception]
) -> None:
    with pytest.raises(error) as caught:
        make()
    assert isinstance(caught.value, PartyvoteError)
    assert caught.value.message("vi") != caught.value.message("en")


def test_marks_accept_their_string_values() -> None:
    assert Ballot(marks={"An": "agree"}).marks == (("An", Mark.AGREE),)  # type: ignore[arg-type]


def test_for_list_picks_the_form_of_art_15() -> None:
    assert BallotForm.for_list(15, 18) is STRIKE
    assert BallotForm.for_list(5, 5) is BallotForm.AGREE_DISAGREE
    assert BallotForm.for_list(1, 1) is BallotForm.SINGLE
