"""partyvote.converter: every public value as JSON-ready data, and the inputs back (issue 14)."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import partyvote as pv
from partyvote import strategies as pvst
from partyvote.elections.ballot import BallotForm
from partyvote.elections.ties import ByKey, Chain, Lot, Older, Revote
from partyvote.elections.validity import Validity
from partyvote.errors import DataError, ElectionError, RatioError, RollError, TallyError
from partyvote.io import loads
from partyvote.report import minutes_data

converter = pv.converter

JSON_TYPES = (str, int, bool, type(None))


def _json_ready(data: object) -> bool:
    """Only str/int/bool/None/list/dict with str keys: what json.dumps writes unchanged."""
    if isinstance(data, dict):
        return all(isinstance(key, str) and _json_ready(value) for key, value in data.items())
    if isinstance(data, list):
        return all(map(_json_ready, data))
    return isinstance(data, JSON_TYPES)


def _round_trip(value: object) -> Any:
    data = converter.unstructure(value)
    assert _json_ready(data)
    return converter.structure(json.loads(json.dumps(data)), type(value))


@given(pvst.rolls_and_votes())
def test_rolls_and_votes_round_trip(pair: tuple[pv.Roll, pv.Votes]) -> None:
    roll, votes = pair
    assert _round_trip(roll) == roll
    assert _round_trip(votes) == votes


@given(pvst.elections().flatmap(lambda e: pvst.tallies(e.candidates, e.seats)))
def test_tallies_round_trip(tally: pv.Tally) -> None:
    assert _round_trip(tally) == tally


# Ratios as rules write them: a ratio string past 64 characters is refused by design
# (partyvote.errors.RatioError), so the denominators stay within what a rule would say.
ratios = st.fractions(
    min_value=Fraction(1, 1000), max_value=Fraction(999, 1000), max_denominator=10**12
)
bases = st.sampled_from([pv.CAST, pv.VALID, pv.CONVENED, pv.PRESENT, pv.MEMBERS, pv.DECISIVE])
thresholds = st.builds(
    lambda r, s, b: pv.Threshold(r, strict=s, base=b), ratios, st.booleans(), bases
)


@given(thresholds, st.sampled_from([pv.PRESENT, pv.CAST]), st.booleans())
def test_thresholds_quorums_and_motions_round_trip(
    threshold: pv.Threshold, counted: pv.Base, weighted: bool
) -> None:
    # A quorum counting the number its share is taken of always passes, and is refused.
    assume(threshold.base is not counted)
    quorum = pv.Quorum(threshold, counted=counted, weighted=weighted)
    assert _round_trip(threshold) == threshold
    assert _round_trip(quorum) == quorum
    motion = pv.Motion(threshold, quorum=quorum)
    assert _round_trip(motion) == motion
    assert converter.unstructure(threshold)["ratio"] == str(threshold.ratio)


ties = st.sampled_from(
    [
        Revote(),
        Lot("2025-congress"),
        Older({"An 0": __import__("datetime").date(1970, 1, 2)}),
        Revote().then(Lot("seed")),
    ]
)


@given(pvst.elections(), st.one_of(st.none(), thresholds), st.booleans(), ties)
def test_elections_round_trip(
    election: pv.Election, threshold: pv.Threshold | None, blank: bool, policy: Any
) -> None:
    from attrs import evolve

    changed = evolve(
        election,
        threshold=threshold,
        quorum=pv.Quorum(pv.at_least("2/3", of=pv.CONVENED)),
        validity=Validity(all_struck="blank" if blank else "invalid"),
        ties=policy,
    )
    assert _round_trip(changed) == changed
    assert _round_trip(election) == election


@given(
    pvst.elections().flatmap(lambda e: st.tuples(st.just(e), pvst.ballots(e.candidates, e.seats)))
)
def test_results_are_json_ready(drawn: tuple[pv.Election, list[tuple[str, ...]]]) -> None:
    election, papers = drawn
    result = election.count(papers, roll=pv.Roll(100, present=90))
    data = converter.unstructure(result)
    assert _json_ready(data)
    assert data["elected"] == list(result.elected)
    assert [c["votes"] for c in data["candidates"]] == [c.votes for c in result.candidates]


def test_exact_ratios_are_strings() -> None:
    # DESIGN §4: data keeps the exact fraction, never a float.
    data = converter.unstructure(pv.more_than(Fraction(2, 3), of=pv.CONVENED))
    assert data == {"ratio": "2/3", "strict": True, "base": "convened"}
    decision = pv.Motion(pv.more_than("1/2")).decide(pv.Votes(14, 10))
    assert converter.unstructure(decision) == {
        "passed": True,
        "reason": "passed",
        "required": 13,
        "received": 14,
        "base_size": 24,
    }


def test_compound_rules_and_rulebooks_are_described() -> None:
    rule = pv.all_of(pv.more_than("1/2"), pv.at_least("1/3", of=pv.MEMBERS))
    election = pv.Election(seats=1, candidates=["An", "Bình"], threshold=rule)
    assert converter.unstructure(election)["threshold"] == {"rule": rule.describe("en")}
    book = converter.unstructure(pv.rulebooks.get("robert"))
    assert _json_ready(book)
    assert book["key"] == "robert"
    policy = ByKey({"An": 3}, lowest_wins=True)
    assert converter.unstructure(policy) == {
        "policy": "key",
        "values": {"An": "3"},
        "lowest_wins": True,
    }
    assert converter.unstructure(Chain((Revote(), Lot("x"))))["policies"][1] == {
        "policy": "lot",
        "seed": "x",
    }


@pytest.mark.parametrize(
    ("data", "cls", "error"),
    [
        # the constructors' own errors pass through unchanged
        ({"members": 31, "present": 35}, pv.Roll, RollError),
        ({"ratio": 0.5, "strict": True}, pv.Threshold, RatioError),
        ({"ratio": "3/2", "strict": True}, pv.Threshold, RatioError),
        ({"votes": {"An": 5}, "cast": 3}, pv.Tally, TallyError),
        ({"seats": 0, "candidates": ["An"]}, pv.Election, ElectionError),
        # what only the data can get wrong
        ([31], pv.Roll, DataError),
        ({"present": 3}, pv.Roll, DataError),
        ({"no": 3}, pv.Votes, DataError),
        ({"ratio": "1/2", "strict": True, "base": "everyone"}, pv.Threshold, DataError),
        ({"threshold": {"ratio": "1/2", "strict": True}, "counted": 3}, pv.Quorum, DataError),
        ({"threshold": {"rule": "mine"}}, pv.Motion, DataError),
        ({"threshold": None}, pv.Motion, DataError),
        ({"seats": 1, "candidates": ["An"], "form": "scroll"}, pv.Election, DataError),
        ({"seats": 1, "candidates": ["An"], "ties": {"policy": "coin"}}, pv.Election, DataError),
        ({"votes": ["An"]}, pv.Tally, DataError),
    ],
)
def test_bad_data_gets_a_clear_error(data: object, cls: type, error: type[Exception]) -> None:
    with pytest.raises(error) as raised:
        converter.structure(data, cls)
    assert isinstance(raised.value, pv.PartyvoteError)


def test_structured_defaults_are_the_constructors() -> None:
    election = converter.structure({"seats": 2, "candidates": ["An", "Bình", "Chi"]}, pv.Election)
    assert election == pv.Election(seats=2, candidates=["An", "Bình", "Chi"])
    assert election.form is BallotForm.STRIKE_OUT
    assert converter.structure({"seats": 1, "candidates": ["An"], "form": None}, pv.Election) == (
        pv.Election(seats=1, candidates=["An"])
    )


MEETING = """
[meeting]
name = "Chi bộ 3"
[rules]
rulebook = "vn-party-2024"
[roll]
members = 11
present = 10
[[questions]]
type = "motion"
title = "Nghị quyết"
votes = { yes = 6, no = 4 }
[[questions]]
type = "election"
title = "Bí thư"
seats = 1
candidates = ["An", "Bình"]
tallies = [{ votes = { An = 7, "Bình" = 3 }, cast = 10 }]
"""


def _holds(minutes: object, data: object) -> bool:
    """Whether *minutes* hold *data*: the same values, with words (such as the rounded
    percentage) possibly added to its tables."""
    if isinstance(data, dict):
        return isinstance(minutes, dict) and all(
            key in minutes and _holds(minutes[key], value) for key, value in data.items()
        )
    if isinstance(data, list):
        return (
            isinstance(minutes, list)
            and len(minutes) == len(data)
            and all(map(_holds, minutes, data))
        )
    return type(minutes) is type(data) and minutes == data


def test_the_minutes_use_the_converter_shape() -> None:
    # One serializer (issue 14 §1): the JSON minutes hold the converter's data plus words.
    result = loads(MEETING).count()
    shared = converter.unstructure(result)
    minutes = minutes_data(result)
    for key in ("inputs_sha256", "meeting", "roll"):
        assert minutes[key] == shared[key]
    for ours, theirs in zip(shared["questions"], minutes["questions"], strict=True):
        assert _holds(theirs, ours)
    assert _json_ready(minutes)
