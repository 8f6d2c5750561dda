"""One answer on every path (issue 13 §3, issue 11 §4).

The same ballots counted by the pure path and the numpy path, a chunk at a time of any
size (so irregular ballots fall anywhere, chunk boundaries included), in any order, in
pieces merged in parallel, on Dask, and as a columnar matrix or packed bits with flag
columns, give one tally, and an independent brute-force oracle written here from the
rules (190-QĐ/TW Art. 15) agrees with all of them.
"""

from __future__ import annotations

import pickle
import random
import unicodedata
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from itertools import pairwise
from typing import Any, Literal

import attrs
import dask.bag
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from partyvote import Ballot, Election, Tally, Validity
from partyvote.elections import BallotForm, Counts, InvalidReason, Mark
from partyvote.elections.columnar import tally_matrix, tally_packed
from partyvote.elections.scale import tally_bag, tally_parallel
from partyvote.elections.tally import _tally
from partyvote.elections.validity import Reading
from partyvote.errors import BallotError

POOL = ("An", "Bình", "Chi", "Dũng", "Giang", "Hà")
NFD = {"Bình": "Bi\u0300nh", "Dũng": "Du\u0303ng"}  # the same names typed with combining marks
STRANGER = "Zed"


# --- the oracle: each ballot read on its own, straight from the rules ----------------------


def oracle(ballots: list[Any], election: Election) -> Tally:
    """Count *ballots* one at a time, without any of partyvote's counting code."""
    listed = set(election.candidates)
    votes: Counter[str] = Counter()
    unmarked: Counter[str] = Counter()
    invalid: Counter[InvalidReason] = Counter()
    blank = 0
    for ballot in ballots:
        reason, agree, no_vote = read(ballot, election)
        if reason is not None:
            invalid[reason] += 1
        elif not agree <= listed:
            invalid[InvalidReason.UNKNOWN_NAME] += 1
        elif len(agree) > election.seats:
            invalid[InvalidReason.TOO_MANY_KEPT] += 1
        elif not agree and len(listed) > 1 and election.form is BallotForm.STRIKE_OUT:
            if election.validity.all_struck == "invalid":
                invalid[InvalidReason.ALL_STRUCK] += 1
            else:
                blank += 1
        else:
            votes.update(agree)
            unmarked.update(no_vote)
    return Tally(
        votes=votes, cast=len(ballots), blank=blank, invalid=Counts(invalid), unmarked=unmarked
    )


def read(  # noqa: PLR0911 - one return per outcome reads best
    ballot: Any, election: Election
) -> tuple[InvalidReason | None, set[str], set[str]]:
    """What the paper says: a reason it is invalid, or the names agreed and with no vote."""
    listed = set(election.candidates)
    if not isinstance(ballot, Ballot):
        return None, {unicodedata.normalize("NFC", name) for name in ballot}, set()
    validity = election.validity
    if not ballot.issued:
        return InvalidReason.NOT_ISSUED, set(), set()
    if ballot.identifying_marks and validity.identifying_marks_invalid:
        return InvalidReason.IDENTIFYING_MARK, set(), set()
    if ballot.written_in and validity.written_in_invalid:
        return InvalidReason.WRITTEN_IN, set(), set()
    if ballot.marks:
        marks = dict(ballot.marks)
        if not set(marks) <= listed:
            return InvalidReason.UNKNOWN_NAME, set(), set()
        # A name not mentioned is struck on a strike-out list, unmarked on the other forms.
        default = Mark.DISAGREE if election.form is BallotForm.STRIKE_OUT else Mark.NEITHER
        given = {name: marks.get(name, default) for name in listed}
        agree = {name for name, mark in given.items() if mark is Mark.AGREE}
        return None, agree, {name for name, mark in given.items() if mark in _NONE}
    if ballot.kept is not None:
        return None, set(ballot.kept), set()
    struck = set(ballot.struck or ())
    if not struck <= listed:
        return InvalidReason.UNKNOWN_NAME, set(), set()
    return None, listed - struck, set()


_NONE = (Mark.BOTH, Mark.NEITHER)


# --- generated elections and ballot streams -----------------------------------------------


@st.composite
def elections(draw: st.DrawFn) -> Election:
    candidates = tuple(draw(st.lists(st.sampled_from(POOL), min_size=2, max_size=6, unique=True)))
    seats = draw(st.integers(1, len(candidates)))
    all_struck: Literal["invalid", "blank"] = draw(st.sampled_from(["invalid", "blank"]))
    validity = Validity(
        all_struck=all_struck,
        identifying_marks_invalid=draw(st.booleans()),
        written_in_invalid=draw(st.booleans()),
    )
    return Election(seats=seats, candidates=candidates, validity=validity)


@st.composite
def streams(draw: st.DrawFn, election: Election) -> list[Any]:
    """Regular ballots with irregular ones of every kind anywhere among them."""
    names = election.candidates
    subsets = st.lists(st.sampled_from(names), unique=True, max_size=len(names))
    irregular = st.one_of(
        st.just(()),  # all struck
        st.just(tuple(reversed(names))),  # every name kept: too many unless seats == all
        subsets.map(lambda kept: (*kept, STRANGER)),  # a name not on the list
        subsets.map(lambda kept: [NFD.get(name, name) for name in kept]),  # typed another way
        subsets.map(lambda kept: Ballot(kept=kept, issued=False)),
        subsets.map(lambda kept: Ballot(kept=kept, identifying_marks=True)),
        subsets.map(lambda kept: Ballot(kept=kept, written_in=(STRANGER,))),
        subsets.map(lambda struck: Ballot(struck=struck)),
        st.just(Ballot(struck=(STRANGER,))),
        st.just(Ballot()),  # nothing struck: every name kept
        st.dictionaries(st.sampled_from(names), st.sampled_from(Mark), min_size=1).map(
            Ballot.marked
        ),
    )
    regular = st.one_of(
        subsets.map(tuple),
        subsets,  # lists
        subsets.map(frozenset),
        subsets.map(set),
        subsets.map(lambda kept: Ballot(kept=kept)),
    )
    return draw(st.lists(st.one_of(regular, regular, irregular), max_size=40))


def every_pure_path(ballots: list[Any], election: Election) -> list[Tally]:
    fields: dict[str, Any] = {
        "candidates": election.candidates,
        "seats": election.seats,
        "form": election.form,
        "validity": election.validity,
    }
    return [
        election.tally(ballots),
        election.tally(iter(ballots)),
        *(
            _tally(ballots, numpy=numpy, chunk=chunk, dedupe=dedupe, **fields)
            for numpy in (False, True)
            for chunk in (1, 2, 3, 7, 8192)
            for dedupe in (False, True)
        ),
    ]


@given(st.data())
def test_every_pure_path_equals_the_oracle(data: st.DataObject) -> None:
    election = data.draw(elections())
    ballots = data.draw(streams(election))
    expected = oracle(ballots, election)
    assert all(tally == expected for tally in every_pure_path(ballots, election))
    shuffled = data.draw(st.permutations(ballots))
    assert all(tally == expected for tally in every_pure_path(shuffled, election))


@given(st.data())
def test_few_distinct_ballots_repeated_are_counted_alike(data: st.DataObject) -> None:
    # Chunks that repeat few distinct ballots are counted by distinct ballot.
    election = data.draw(elections())
    ballots = [b for b in data.draw(streams(election)) if isinstance(b, tuple | frozenset)]
    many = ballots * data.draw(st.integers(16, 40))
    expected = oracle(many, election)
    fields: dict[str, Any] = {
        "candidates": election.candidates,
        "seats": election.seats,
        "form": election.form,
        "validity": election.validity,
    }
    for chunk in (len(many) or 1, 64, 8192):
        assert _tally(many, chunk=chunk, **fields) == expected


@given(st.data())
def test_pieces_counted_in_parallel_equal_the_oracle(data: st.DataObject) -> None:
    election = data.draw(elections())
    ballots = data.draw(streams(election))
    cuts = data.draw(st.lists(st.integers(0, len(ballots)), max_size=4))
    edges = sorted({0, len(ballots), *cuts})
    pieces = [ballots[a:b] for a, b in pairwise(edges)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        merged = tally_parallel(election, pieces, executor=pool)
    assert merged == oracle(ballots, election)


@pytest.mark.slow
@given(st.data())
def test_a_dask_bag_equals_the_oracle(data: st.DataObject) -> None:
    election = data.draw(elections())
    ballots = data.draw(streams(election).filter(bool))
    partitions = data.draw(st.integers(1, 5))
    bag = dask.bag.from_sequence(ballots, npartitions=partitions)  # type: ignore[no-untyped-call]
    assert tally_bag(election, bag, scheduler="sync") == oracle(ballots, election)


@pytest.mark.slow
def test_worker_processes_equal_the_oracle() -> None:
    election = Election(seats=2, candidates=("An", "Bình", "Chi"))
    ballots: list[Any] = [("An",), (), ("An", "Bình", "Chi"), Ballot.keeping("Chi", issued=False)]
    pieces = [ballots * 3000, [("Bình", STRANGER), frozenset({"Chi"})] * 5000]
    merged = tally_parallel(election, pieces, max_workers=2)
    assert merged == oracle([*pieces[0], *pieces[1]], election)


@given(st.data())
def test_a_repeated_name_is_refused_on_every_path(data: st.DataObject) -> None:
    election = data.draw(elections())
    ballots = data.draw(streams(election))
    at = data.draw(st.integers(0, len(ballots)))
    name = election.candidates[0]
    repeated = data.draw(st.sampled_from([(name, name), [name, NFD.get(name, name)]]))
    ballots.insert(at, repeated)
    fields: dict[str, Any] = {
        "candidates": election.candidates,
        "seats": election.seats,
        "form": election.form,
        "validity": election.validity,
    }
    for numpy in (False, True):
        for chunk in (1, 3, 8192):
            for dedupe in (False, True):
                with pytest.raises(BallotError):
                    _tally(ballots, numpy=numpy, chunk=chunk, dedupe=dedupe, **fields)


# --- the columnar path, flag columns honoured ------------------------------------------------


@given(st.data())
def test_columnar_paths_with_flags_equal_the_oracle(data: st.DataObject) -> None:
    election = data.draw(elections())
    names = election.candidates
    rows = data.draw(st.lists(st.lists(st.booleans(), min_size=len(names), max_size=len(names))))
    matrix = np.array(rows, dtype=bool).reshape(len(rows), len(names))
    flags = {
        column: np.array(
            data.draw(st.lists(st.booleans(), min_size=len(rows), max_size=len(rows))), dtype=bool
        )
        for column in ("issued", "identifying_marks", "written_in")
    }
    papers = [
        Ballot(
            kept=[name for name, kept in zip(names, row, strict=True) if kept],
            issued=bool(flags["issued"][i]),
            identifying_marks=bool(flags["identifying_marks"][i]),
            written_in=(STRANGER,) if flags["written_in"][i] else (),
        )
        for i, row in enumerate(rows)
    ]
    expected = oracle(papers, election)
    assert tally_matrix(election, matrix, **flags) == expected
    assert tally_matrix(election, matrix.astype(np.int8), **flags) == expected
    assert tally_packed(election, np.packbits(matrix, axis=1), **flags) == expected
    assert election.tally(papers) == expected
    plain = [paper.kept for paper in papers]
    assert tally_matrix(election, matrix) == oracle(plain, election)


@given(st.lists(st.lists(st.integers(0, 255), min_size=3, max_size=3), max_size=30))
def test_booleans_from_raw_bytes_count_once(rows: list[list[int]]) -> None:
    # numpy.frombuffer may give a bool array whose True is any non-zero byte (issue 11 §4).
    election = Election(seats=2, candidates=("An", "Bình", "Chi"))
    raw = np.array(rows, dtype=np.uint8).reshape(len(rows), 3)
    matrix = np.frombuffer(raw.tobytes(), dtype=bool).reshape(raw.shape)
    papers = [
        tuple(name for name, byte in zip(election.candidates, row, strict=True) if byte)
        for row in rows
    ]
    issued = np.frombuffer(bytes(byte % 3 for byte in raw[:, 0]), dtype=bool)
    assert tally_matrix(election, matrix) == oracle(papers, election)
    with_flags = [
        Ballot(kept=paper, issued=bool(flag)) for paper, flag in zip(papers, issued, strict=True)
    ]
    assert tally_matrix(election, matrix, issued=issued) == oracle(with_flags, election)


@pytest.mark.parametrize(
    ("flags", "key"),
    [
        ({"issued": np.ones(3, dtype=bool)}, "columnar.flag_shape"),
        ({"written_in": np.ones((2, 1), dtype=bool)}, "columnar.flag_shape"),
        ({"identifying_marks": np.full(2, 2)}, "columnar.flag_values"),
        ({"issued": np.full(2, 0.5)}, "columnar.flag_values"),
    ],
)
def test_flag_columns_are_checked(flags: dict[str, Any], key: str) -> None:
    election = Election(seats=2, candidates=("An", "Bình", "Chi"))
    for count in (tally_matrix, tally_packed):
        kept = np.zeros((2, 3), dtype=bool)
        with pytest.raises(BallotError) as caught:
            count(election, kept if count is tally_matrix else np.packbits(kept, axis=1), **flags)
        assert caught.value.key == key


# --- the corners of the chunked count --------------------------------------------------------

ELECTION = Election(seats=2, candidates=("An", "Bình", "Chi"))
FIELDS: dict[str, Any] = {
    "candidates": ELECTION.candidates,
    "seats": ELECTION.seats,
    "form": ELECTION.form,
    "validity": ELECTION.validity,
}


@pytest.mark.parametrize("numpy", [False, True])
def test_sets_with_empty_overfull_and_unknown_ballots_in_one_chunk(numpy: bool) -> None:
    ballots = [
        frozenset({"An"}),
        frozenset(),
        frozenset({"An", "Bình", "Chi"}),
        frozenset({"Chi", STRANGER}),
        {"Bình", "Chi"},
        frozenset({STRANGER, "An", "Bình"}),  # unknown and overfull: the name decides
    ] * 50
    assert _tally(ballots, numpy=numpy, **FIELDS) == oracle(ballots, ELECTION)
    assert _tally(ballots[3:], numpy=numpy, **FIELDS) == oracle(ballots[3:], ELECTION)


def test_a_policy_of_ones_own_reads_every_ballot() -> None:
    class EverythingBlank(Validity):
        def read(self, ballot: Any, **_: Any) -> Reading:
            return Reading(blank=True)

    election = Election(seats=2, candidates=("An", "Bình", "Chi"), validity=EverythingBlank())
    tally = election.tally([("An",), Ballot.keeping("Chi")] * 5000)
    assert (tally.cast, tally.blank, tally.votes.total()) == (10_000, 10_000, 0)


@pytest.mark.parametrize("numpy", [False, True])
@pytest.mark.parametrize("chunk", [1, 8192])
def test_an_unhashable_name_is_refused_as_on_the_ballot_path(numpy: bool, chunk: int) -> None:
    ballots: list[Any] = [("An",)] * 2000 + [(["An"],)]
    with pytest.raises((TypeError, BallotError)) as caught:
        _tally(ballots, numpy=numpy, chunk=chunk, **FIELDS)
    with pytest.raises(type(caught.value)):
        ELECTION.validity.read(
            ballots[-1], candidates=ELECTION.candidates, seats=2, form=ELECTION.form
        )


@pytest.mark.parametrize("numpy", [False, True])
def test_names_that_are_not_strings_are_refused_on_every_path(numpy: bool) -> None:
    for ballot in [(1,), frozenset({1}), Ballot.keeping("An", issued=True), "An"]:
        ballots: list[Any] = [("An",)] * 1500 + [ballot]
        if isinstance(ballot, Ballot):
            assert _tally(ballots, numpy=numpy, **FIELDS).votes == {"An": 1501}
            continue
        with pytest.raises(BallotError):
            _tally(ballots, numpy=numpy, **FIELDS)


@pytest.mark.parametrize("seed", range(3))
def test_a_large_varied_stream_is_counted_alike_with_and_without_numpy(seed: int) -> None:
    rng = random.Random(seed)
    # Many different ballots: no chunk repeats few, and large chunks go to numpy on their own.
    names = tuple(f"Candidate {index:02d}" for index in range(12))
    election = Election(seats=8, candidates=names)
    ballots: list[Any] = [tuple(rng.sample(names, rng.randint(0, 10))) for _ in range(3000)]
    ballots[rng.randrange(3000)] = Ballot(kept=names[:2], struck=names[2:])
    ballots[rng.randrange(3000)] = (names[0], STRANGER)
    expected = oracle(ballots, election)
    assert election.tally(ballots) == expected
    assert (
        _tally(ballots, numpy=False, chunk=1500, **FIELDS | {"candidates": names, "seats": 8})
        == expected
    )


def test_a_paper_rebuilt_or_unpickled_is_counted_as_its_fields_say() -> None:
    # A paper not issued is invalid (190-QĐ/TW Art. 15), however it was made: the names a
    # paper keeps, worked out when it is built, must follow evolve and pickle.
    issued = Ballot.keeping("An")
    papers = [attrs.evolve(issued, issued=False), pickle.loads(pickle.dumps(issued))] * 1000
    tally = _tally(papers, **FIELDS)
    assert tally == oracle(papers, ELECTION)
    assert (tally.invalid[InvalidReason.NOT_ISSUED], tally.votes["An"]) == (1000, 1000)
    assert attrs.evolve(issued, issued=False) != issued
    assert hash(pickle.loads(pickle.dumps(issued))) == hash(issued)
