"""A counting service: each counting table posts its tally, the service returns the result.

No response models are written by hand: :data:`partyvote.converter` reads the posted values
and writes the results, and every :class:`~partyvote.PartyvoteError` becomes an RFC 9457
problem-details body with status 422, in the language the client asks for.

Run: ``pip install partyvote fastapi uvicorn`` then ``uvicorn service:app`` in this folder.

``POST /elections/count``::

    {"election": {"seats": 1, "candidates": ["An", "Bình"]},
     "roll": {"members": 11, "present": 10},
     "tallies": [{"votes": {"An": 6, "Bình": 3}, "cast": 10, "invalid": 1}]}

``POST /motions/decide``::

    {"rulebook": "robert", "kind": "ordinary",
     "votes": {"yes": 20, "no": 5}, "roll": {"members": 40, "present": 30}}
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

import partyvote as pv

app = FastAPI(title="partyvote counting service")


def _lang(request: Request) -> str:
    wanted = request.headers.get("accept-language", "en")[:2].lower()
    return wanted if wanted in ("en", "vi") else "en"


@app.exception_handler(pv.PartyvoteError)
async def problem(request: Request, error: Exception) -> JSONResponse:
    """Any partyvote error, as problem details (RFC 9457) with status 422."""
    assert isinstance(error, pv.PartyvoteError)
    return JSONResponse(
        error.problem(_lang(request)), status_code=422, media_type="application/problem+json"
    )


@app.post("/elections/count")
def count_election(body: dict[str, Any]) -> dict[str, Any]:
    """Merge the tables' tallies and count the election."""
    election = pv.converter.structure(body.get("election"), pv.Election)
    roll = None if body.get("roll") is None else pv.converter.structure(body["roll"], pv.Roll)
    tallies = [pv.converter.structure(tally, pv.Tally) for tally in body.get("tallies", [])]
    result = election.count(sum(tallies, pv.Tally()), roll=roll)
    data: dict[str, Any] = pv.converter.unstructure(result)
    return data


@app.post("/motions/decide")
def decide_motion(body: dict[str, Any]) -> dict[str, Any]:
    """Decide a motion under a rulebook (installed plugins included)."""
    book = pv.rulebooks.get(body.get("rulebook", "robert"))
    motion = book.motion(body.get("kind", "ordinary"))
    votes = pv.converter.structure(body.get("votes"), pv.Votes)
    roll = None if body.get("roll") is None else pv.converter.structure(body["roll"], pv.Roll)
    decision = motion.decide(votes, roll=roll)
    return {
        "decision": pv.converter.unstructure(decision),
        "quorum": None if decision.quorum is None else pv.converter.unstructure(decision.quorum),
        "explanation": {lang: decision.explain(lang) for lang in ("en", "vi")},
    }
