"""Issue 11 items 15 and 17: errors cross process boundaries whole, and are always ours."""

import pickle

import pytest

import partyvote as pv
from partyvote.elections.scale import tally_parallel
from partyvote.errors import BallotError, MeetingError, PartyvoteError, RollError, Text
from partyvote.io import loads


def raised(action: object) -> PartyvoteError:
    with pytest.raises(PartyvoteError) as caught:
        action()  # type: ignore[operator]
    return caught.value


@pytest.mark.parametrize(
    "error",
    [
        raised(lambda: pv.Roll(31, present=35)),  # a catalog message with numbers
        raised(lambda: loads('[roll]\nmembers = "x"')),  # a message nesting another
        RollError(Text(en="my rule", vi="quy tắc của tôi")),  # an extension's own words
        RollError("plain words"),
    ],
)
def test_item15_errors_pickle_with_key_values_and_languages(error: PartyvoteError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (copy.key, dict(copy.params)) == (error.key, dict(error.params))
    assert [copy.message(lang) for lang in ("en", "vi")] == [
        error.message(lang) for lang in ("en", "vi")
    ]
    assert str(copy) == str(error)


def _bad_ballots() -> list[str]:
    return ["An"]  # a bare string for a ballot: a BallotError in the worker


@pytest.mark.slow
def test_item15_an_error_in_a_worker_process_arrives_whole() -> None:
    election = pv.Election(seats=1, candidates=("An", "Bình"))
    with pytest.raises(BallotError, match="got the string 'An'") as caught:
        tally_parallel(election, [_bad_ballots], max_workers=1)
    assert "chuỗi" in caught.value.message("vi")


def test_item15_meeting_errors_pickle_too() -> None:
    error = raised(lambda: loads("[meeting]\nname = 1"))
    assert isinstance(pickle.loads(pickle.dumps(error)), MeetingError)
