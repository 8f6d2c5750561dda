# mypy: disable-error-code="arg-type, dict-item, list-item"
# (item 17 calls the API with wrong types on purpose)
"""Issue 11 items 15 and 17: errors cross process boundaries whole, and are always ours."""

import io
import os
import pickle
import subprocess
import sys
from collections.abc import Callable
from fractions import Fraction

import pytest

import partyvote as pv
from partyvote.elections import InvalidReason
from partyvote.elections.scale import tally_parallel
from partyvote.elections.ties import ByKey, Older
from partyvote.errors import BallotError, MeetingError, PartyvoteError, RollError, Text
from partyvote.io import load, loads
from partyvote.io.ballots import read_ballots
from partyvote.report import compare
from partyvote.rules.weighted import Poll


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


# --- item 17: a PartyvoteError wherever one is promised ----------------------------------------

ELECTION = pv.Election(seats=2, candidates=("An", "Bình", "Chi"))
MOTION = pv.Motion(threshold=pv.more_than(Fraction(1, 2)))


@pytest.mark.parametrize(
    "call",
    [
        lambda: pv.more_than(Fraction(1, 2), of=3),  # a base that is not a Base
        lambda: MOTION.decide(None),  # the Rule protocol: decide(votes, roll=...)
        lambda: MOTION.decide(pv.Votes(3, 1), roll=5),
        lambda: pv.more_than(Fraction(1, 2)).decide(3),
        lambda: pv.Quorum(pv.at_least(Fraction(2, 3), of=pv.CONVENED)).decide(
            pv.Votes(1), roll="x"
        ),
        lambda: pv.Votes(3).check(3),
        lambda: ELECTION.count([("An",)], roll=3),
        lambda: ELECTION.tally([5]),  # a ballot that is not a collection of names
        lambda: ELECTION.tally([None]),
        lambda: pv.Election(seats="2", candidates=["An"]),
        lambda: pv.Election(seats=1, candidates=5),
        lambda: pv.Election(seats=1, candidates=["A"], form="x"),
        lambda: pv.Ballot(kept=5),
        lambda: pv.Ballot(marks=5),
        lambda: pv.Ballot(marks=[("An",)]),
        lambda: pv.Ballot(written_in=5),
        lambda: Older({1: 2}),
        lambda: ByKey(5),
        lambda: Poll.of(5),
        lambda: Poll.of([("a",)]),
        lambda: Poll.of([(1, 2, "yes")]),
        lambda: loads(5),
        lambda: load(5),
        lambda: list(read_ballots(5, ELECTION)),
        lambda: pv.Tally().check(candidates=5, seats=1),
        lambda: compare(5),
        lambda: compare([5, 6]),
        lambda: ELECTION.count([("An", "Bình")] * 3).summary("fr"),
    ],
)
def test_item17_bad_arguments_raise_a_partyvote_error(call: Callable[[], object]) -> None:
    with pytest.raises(PartyvoteError) as caught:
        call()
    assert "\n" not in str(caught.value)


def test_item17_unknown_language_in_a_meeting_file_is_named_plainly() -> None:
    text = '[meeting]\nname = "x"\nlang = "fr"\n[roll]\nmembers = 3\n'
    text += '[[questions]]\ntype = "motion"\ntitle = "t"\nvotes = { yes = 2 }\n'
    with pytest.raises(MeetingError, match=r"meeting\.lang: unknown language 'fr'") as caught:
        loads(text)
    assert "Literal" not in str(caught.value)


def test_item17_issued_column_takes_false_as_well_as_true() -> None:
    rows = io.BytesIO("An,Bình,Chi,issued\nx,,,true\nx,,,false\n".encode())
    assert ELECTION.tally(read_ballots(rows, ELECTION)).invalid == {InvalidReason.NOT_ISSUED: 1}


def test_item17_an_over_full_tally_names_the_same_candidate_every_time() -> None:
    # Each candidate has more votes than marked ballots; the first in name order is named,
    # whatever the hash seed ordering the set of names.
    script = (
        "import partyvote as pv\n"
        "try:\n"
        "    pv.Tally(votes={'Chi': 5, 'An': 5, 'Bình': 5, 'Dũng': 5}, cast=3)\n"
        "except pv.errors.TallyError as error:\n"
        "    print(error)\n"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            check=True,
        ).stdout
        for seed in range(4)
    }
    assert len(seen) == 1
    assert seen.pop().startswith("'An' has 5 votes")
