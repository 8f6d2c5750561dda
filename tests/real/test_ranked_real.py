"""A real STV election replayed from its full ballot data with :mod:`partyvote.elections.ranked`.

Dublin North, Dáil general election of 17 May 2002: 4 seats, 12 candidates, 43,942 valid
ballots, counted electronically in the 2002 pilot, whose ballot data the Department of the
Environment and Local Government published.  Result and first preferences:
https://www.electionsireland.org/result.cfm?election=2002&cons=96 .  The ballots were read
from votelib's ``tests/real/data/dublin_north_leg_2002.csv`` and stored here aggregated
(a line per distinct ranking: the number of such ballots, then the candidates' columns in
order of preference).

The Irish rules transfer surpluses by drawing papers, not by the Scottish fractional
transfer values used here, and stop when the last seats are settled; the elected members
are the same, not necessarily the order or the figures of later stages.
"""

from __future__ import annotations

import csv
from pathlib import Path

from partyvote.elections import RankedElection

DATA = Path(__file__).with_name("data") / "dublin_north_2002.csv"


def _ballots() -> tuple[tuple[str, ...], dict[tuple[str, ...], int]]:
    with DATA.open(encoding="utf-8") as lines:
        rows = list(csv.reader(lines, delimiter=";"))
    names = tuple(rows[0][1:])
    ballots = {tuple(names[int(column) - 1] for column in row[1:]): int(row[0]) for row in rows[1:]}
    return names, ballots


def test_dublin_north_2002() -> None:
    names, ballots = _ballots()
    result = RankedElection(seats=4, candidates=names).count(ballots)
    assert result.valid == 43_942
    assert result.quota == 8_789  # floor(43,942 / 5) + 1, as published
    assert result.first_preferences() == {
        "Boland,Cathal,F.G.": 1_177,
        "Daly,Clare,S.P.": 5_501,
        "Davis,Mick,S.F.": 1_350,
        "Glennon,Jim,F.F.": 5_892,
        "Goulding,Ciaran,Non-P": 914,
        "Kennedy,Michael,F.F.": 5_253,
        "Owen,Nora,F.G.": 4_012,
        "Quinn,Eamonn,Non-P": 285,
        "Ryan,Seán,Lab": 6_359,
        "Sargent,Trevor,G.P.": 7_294,
        "Walshe,David Henry,C.C. CSP": 247,
        "Wright,G.V.,F.F.": 5_658,
    }
    assert result.elected[:2] == ("Sargent,Trevor,G.P.", "Ryan,Seán,Lab")
    assert set(result.elected) == {
        "Sargent,Trevor,G.P.",
        "Ryan,Seán,Lab",
        "Glennon,Jim,F.F.",
        "Wright,G.V.,F.F.",
    }
