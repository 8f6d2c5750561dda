"""The published JSON Schemas for results and tallies hold for real output (issue 14 §1)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import partyvote as pv
from partyvote import strategies as pvst
from partyvote.cli import main
from partyvote.io import load

FILES = resources.files("partyvote.io")
EXAMPLE = Path(str(FILES / "examples" / "congress.toml"))


def _schema(name: str) -> Any:
    return json.loads((FILES / name).read_text("utf-8"))


RESULT = _schema("result.schema.json")
TALLY = _schema("tally.schema.json")


def test_the_schemas_are_valid_schemas() -> None:
    for schema in (RESULT, TALLY):
        jsonschema.Draft202012Validator.check_schema(schema)


@settings(max_examples=50)  # jsonschema is slow; the shapes do not vary much
@given(
    pvst.elections().flatmap(lambda e: st.tuples(st.just(e), pvst.ballots(e.candidates, e.seats)))
)
def test_tallies_and_election_results_validate(
    drawn: tuple[pv.Election, list[tuple[str, ...]]],
) -> None:
    election, papers = drawn
    tally = election.tally(papers)
    jsonschema.validate(pv.converter.unstructure(tally), TALLY)
    result = election.count(tally, roll=pv.Roll(100, present=60))
    jsonschema.validate(pv.converter.unstructure(result), RESULT)


def test_the_json_minutes_validate(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["count", str(EXAMPLE), "--format", "json"]) == 0
    minutes = json.loads(capsys.readouterr().out)
    jsonschema.validate(minutes, RESULT)
    jsonschema.validate(pv.converter.unstructure(load(EXAMPLE).count()), RESULT)


def test_the_schemas_can_fail() -> None:
    # A float share (what the converter must never write) is refused.
    election = pv.Election(seats=1, candidates=["An", "Bình"])
    data = pv.converter.unstructure(election.count([("An",)] * 3))
    data["candidates"][0]["share"] = 0.75
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, RESULT)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"votes": {"An": -1}}, TALLY)
