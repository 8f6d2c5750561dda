"""The FastAPI example (examples/service.py) with its test client (issue 14, done when).

Skipped where FastAPI is not installed; the ``test`` extra installs it.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import jsonschema  # type: ignore[import-untyped]
import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx2")

from fastapi.testclient import TestClient

import partyvote as pv

SERVICE = Path(__file__).resolve().parent.parent / "examples" / "service.py"
SCHEMA = json.loads(
    (Path(pv.__file__).parent / "io" / "result.schema.json").read_text(encoding="utf-8")
)


def _service() -> ModuleType:
    spec = importlib.util.spec_from_file_location("partyvote_example_service", SERVICE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CLIENT = TestClient(_service().app)

ELECTION = {
    "election": {"seats": 1, "candidates": ["An", "Bình"]},
    "roll": {"members": 11, "present": 10},
    "tallies": [
        {"votes": {"An": 4, "Bình": 2}, "cast": 6},
        {"votes": {"An": 2, "Bình": 1}, "cast": 4, "invalid": {"too-many-kept": 1}},
    ],
}


def test_tables_post_tallies_and_get_the_result() -> None:
    response = CLIENT.post("/elections/count", json=ELECTION)
    assert response.status_code == 200
    data = response.json()
    jsonschema.validate(data, SCHEMA)
    expected = pv.Election(seats=1, candidates=["An", "Bình"]).count(
        pv.Tally(votes={"An": 6, "Bình": 3}, cast=10, invalid={"too-many-kept": 1}),
        roll=pv.Roll(11, present=10),
    )
    assert data == pv.converter.unstructure(expected)


def test_bad_input_is_a_problem_details_422_in_the_asked_language() -> None:
    bad = {**ELECTION, "roll": {"members": 11, "present": 12}}
    response = CLIENT.post("/elections/count", json=bad, headers={"Accept-Language": "vi"})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["key"] == "roll.present_exceeds"
    assert problem["detail"] == problem["messages"]["vi"]
    missing = CLIENT.post("/elections/count", json={"tallies": []}).json()
    assert missing["type"] == "urn:partyvote:error:DataError"


def test_a_motion_under_a_rulebook() -> None:
    body = {
        "rulebook": "robert",
        "votes": {"yes": 20, "no": 5},
        "roll": {"members": 40, "present": 30},
    }
    data = CLIENT.post("/motions/decide", json=body).json()
    assert data["decision"]["passed"] is True
    assert data["quorum"]["passed"] is True
    assert set(data["explanation"]) == {"en", "vi"}
    unknown = CLIENT.post("/motions/decide", json={**body, "rulebook": "nope"})
    assert unknown.status_code == 422
    assert "robert" in unknown.json()["detail"]
