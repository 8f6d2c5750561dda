"""Scottish council wards replayed from their full ballot data by the Scottish STV rules.

The counts follow the Scottish Local Government Elections Order 2007 (SSI 2007/42, Schedule
1, rules 44-52), the default of :class:`~partyvote.elections.RankedElection`: Droop quota,
every paper of an elected candidate transferred at a value computed to five decimal places
with the remainder ignored (rule 48(3)).

Ballots: the cast vote records the councils published, in David McCune's BLT files kept in
https://github.com/mggg/scot-elex (``blt_files/``, commit 304b084); the 2007 Glasgow files
there are PrefLib's dataset 00008 (https://github.com/PrefLib/PrefLib-Data, "glasgow",
donated by OpenSTV): for Greater Pollok both have 8,682 ballots and 2,197 distinct rankings.
``make_scottish_wards.py`` rebuilds ``data/glasgow_*.csv`` from them (a line per distinct
ranking; two repairs of the candidates' names, nothing else).

Declared results (the returning officer's figures as Wikipedia tabulates them, in whole
votes; copies read on 2026-11-29):

* Dennistoun (Glasgow ward 22), 2017 and 2022: Wikipedia, "Dennistoun (ward)",
  https://en.wikipedia.org/wiki/Dennistoun_(ward) (read at
  https://www.hubbry.com/Dennistoun_(ward)/talks/c/general).  The 2017 table truncates
  each figure to whole votes, the 2022 table rounds it.
* Greater Pollok (Glasgow), 2007: Wikipedia, "Glasgow City Council election, 2007", ward
  result boxes (read at https://en-academic.com/dic.nsf/enwiki/5775047), and "Greater
  Pollok (ward)" for the councillors elected.

What the published tables show and these tests check: the quota, every first preference
given, the stage-by-stage figures given (one row per stage, the candidates still counted),
who is elected and at which stage.  One difference of presentation: when the continuing
candidates are as many as the seats left, the declaration elects them at the stage that left
them so (rule 52), where partyvote records a further stage ``"filled"`` with no transfer.
"""

from __future__ import annotations

import csv
import math
from fractions import Fraction
from pathlib import Path
from typing import Literal

import pytest

from partyvote.elections import RankedElection, RankedResult

DATA = Path(__file__).with_name("data")

Ballots = dict[tuple[str, ...], int]


def _ballots(ward: str) -> tuple[tuple[str, ...], Ballots]:
    with (DATA / f"{ward}.csv").open(encoding="utf-8") as lines:
        rows = list(csv.reader(lines, delimiter=";"))
    names = tuple(rows[0][1:])
    ballots = {tuple(names[int(column) - 1] for column in row[1:]): int(row[0]) for row in rows[1:]}
    return names, ballots


def _count(
    ward: str, seats: int, transfers: Literal["scottish", "exact"] = "scottish"
) -> RankedResult:
    names, ballots = _ballots(ward)
    election = RankedElection(seats=seats, candidates=names, transfers=transfers)
    return election.count(ballots)


def _surname(name: str) -> str:
    """``"Elaine MCDOUGALL (Lab)"`` -> ``"McDougall"``: the tables' spelling, for reading."""
    words = name.split(" (", maxsplit=1)[0].split()
    return {"MCDOUGALL": "McDougall", "MCCANN": "McCann"}.get(words[-1], words[-1].title())


def _stages(result: RankedResult, whole: str) -> list[dict[str, int]]:
    """Every stage's votes in whole votes, ``whole`` = "truncated" or "rounded" (half up)."""

    def convert(votes: Fraction) -> int:
        return math.floor(votes) if whole == "truncated" else math.floor(votes + Fraction(1, 2))

    return [
        {_surname(name): convert(votes) for name, votes in stage.votes} for stage in result.stages
    ]


def _published(table: dict[str, tuple[int, ...]], stage: int) -> dict[str, int]:
    """The figures a published table gives at *stage* (1-based), by surname."""
    return {name: row[stage - 1] for name, row in table.items() if len(row) >= stage}


# Dennistoun 2022, three seats: "Valid: 5,464 ... Quota: 1,367"; counts 1-3.
DENNISTOUN_2022 = {
    "McDougall": (1_595,),
    "Carroll": (1_431,),
    "Casey": (1_337, 1_362, 1_388),
    "Finn": (582, 609, 626),
    "Connelly": (339, 370, 370),
    "McCann": (96, 143, 148),
    "Duncan": (84, 109, 117),
}

# Dennistoun 2017, three seats: the rows of the four leading candidates, counts 1-7.
DENNISTOUN_2017 = {
    "McDougall": (1_310, 1_336, 1_677),
    "Casey": (1_324, 1_334, 1_344, 1_370),
    "Long": (1_057, 1_100, 1_107, 1_160, 1_162, 1_258, 1_781),
    "Finn": (780, 786, 794, 812, 823, 841),
}


def test_dennistoun_2022_quota_and_first_preferences() -> None:
    result = _count("glasgow_2022_dennistoun", seats=3)
    assert (result.valid, result.invalid) == (5_464, 0)
    assert result.quota == 1_367  # floor(5,464 / 4) + 1 (rule 46)
    first = {_surname(name): votes for name, votes in result.first_preferences().items()}
    assert first == {name: row[0] for name, row in DENNISTOUN_2022.items()}


@pytest.mark.parametrize("stage", [1, 2, 3])
def test_dennistoun_2022_every_stage(stage: int) -> None:
    result = _count("glasgow_2022_dennistoun", seats=3)
    counted = _stages(result, "rounded")[stage - 1]
    published = _published(DENNISTOUN_2022, stage)
    assert {name: counted[name] for name in published} == published


def test_dennistoun_2022_elected() -> None:
    """McDougall and Carroll on first preferences, Casey at the third stage."""
    result = _count("glasgow_2022_dennistoun", seats=3)
    assert [_surname(name) for name in result.elected] == ["McDougall", "Carroll", "Casey"]
    assert [[_surname(n) for n in stage.elected] for stage in result.stages] == [
        ["McDougall", "Carroll"],
        [],
        ["Casey"],
    ]
    assert [stage.action for stage in result.stages] == ["first", "surplus", "surplus"]


@pytest.mark.parametrize("stage", range(1, 8))
def test_dennistoun_2017_every_stage(stage: int) -> None:
    result = _count("glasgow_2017_dennistoun", seats=3)
    assert len(result.stages) == 7
    counted = _stages(result, "truncated")[stage - 1]
    published = _published(DENNISTOUN_2017, stage)
    assert {name: counted[name] for name in published} == published


def test_dennistoun_2017_elected() -> None:
    """McDougall at stage 3, Casey at stage 4 (on McDougall's surplus), Long at stage 7."""
    result = _count("glasgow_2017_dennistoun", seats=3)
    elected_at = {
        _surname(name): number
        for number, stage in enumerate(result.stages, start=1)
        for name in stage.elected
    }
    assert elected_at == {"McDougall": 3, "Casey": 4, "Long": 7}


def test_dennistoun_2017_needs_five_decimal_transfer_values() -> None:
    """Long's 1,160 at stage 4 is the truncated transfer values' total (1,160.99923);
    exact fractions give 1,161.00119, which the declaration does not show."""
    scottish = _count("glasgow_2017_dennistoun", seats=3).stages[3].votes
    exact = _count("glasgow_2017_dennistoun", seats=3, transfers="exact").stages[3].votes
    long_scottish = next(votes for name, votes in scottish if name.startswith("Kim LONG"))
    long_exact = next(votes for name, votes in exact if name.startswith("Kim LONG"))
    assert long_scottish == Fraction(116_099_923, 100_000)
    assert math.floor(long_scottish) == 1_160 < math.floor(long_exact)


def test_greater_pollok_2007() -> None:
    """First preferences published for six of the nine candidates; elected: Duffy (SNP)
    at count 1, Glass at count 4, Morrison and O'Rourke at count 8 ("O'Rouke" in the
    table)."""
    result = _count("glasgow_2007_greater_pollok", seats=4)
    assert result.valid == 8_682
    assert result.quota == 1_737  # floor(8,682 / 5) + 1
    first = {_surname(name): votes for name, votes in result.first_preferences().items()}
    published = {
        "Glass": 1_637,
        "O'Rourke": 1_296,
        "Morrison": 1_180,
        "Sheridan": 630,
        "Baldassara": 591,
        "O'Brien": 549,
    }
    assert {name: first[name] for name in published} == published
    elected = [
        (number, _surname(name))
        for number, stage in enumerate(result.stages, 1)
        for name in stage.elected
    ]
    # stage 9 is partyvote's record of rule 52 after the eighth stage's exclusion
    assert elected == [(1, "Duffy"), (4, "Glass"), (9, "Morrison"), (9, "O'Rourke")]
    assert [stage.action for stage in result.stages][-2:] == ["exclusion", "filled"]
