"""A candidate whom every valid ballot supported is said to be elected unanimously.

"Số phiếu tuyệt đối": the phrase of the pilot congresses' reports for a secretary elected
by every valid ballot (Ban Tổ chức Tỉnh ủy Nam Định, reported by PLVN).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import partyvote as pv
from partyvote.io.meeting import loads
from partyvote.report import minutes

ROLL = pv.Roll(11, present=11)
SECRETARY = pv.Election(seats=1, candidates=["An"], threshold=pv.more_than("1/2", of=pv.CONVENED))
WORDS = {"en": "elected unanimously", "vi": "trúng cử với số phiếu tuyệt đối"}


@given(agree=st.integers(0, 11), against=st.integers(0, 11))
def test_unanimous_exactly_when_every_valid_ballot_agrees(agree: int, against: int) -> None:
    papers = [("An",)] * agree + [()] * min(against, 11 - agree)
    result = SECRETARY.count(papers, roll=ROLL)
    candidate = result.candidate("An")
    unanimous = candidate.elected and candidate.votes == result.valid > 0
    for lang, words in WORDS.items():
        assert (words in result.explain(lang)) == unanimous


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_party_form_says_elected_and_the_explanation_says_unanimous(lang: str) -> None:
    """ "Số phiếu tuyệt đối" is the press's phrase, not the form's: the counting committee's
    results column says "trúng cử" beside the votes and the share (review of issue 12, finding
    13); the explanation in the JSON minutes keeps the phrase."""
    counted = loads("""
[meeting]
name = "Chi bộ 3"
[rules]
rulebook = "vn-party-2024"
[roll]
members = 11
present = 11
[[questions]]
type = "election"
title = "Bầu bí thư"
seats = 1
candidates = ["An"]
tallies = [{ name = "1", cast = 11, votes = { "An" = 10 }, invalid = { "single-both" = 1 } }]
""").count()
    for format_ in ("text", "markdown", "html"):
        written = minutes(counted, format=format_, lang=lang)
        assert WORDS[lang] not in written
        assert {"en": "elected", "vi": "trúng cử"}[lang] in written
    assert WORDS[lang] in minutes(counted, format="json", lang=lang)
