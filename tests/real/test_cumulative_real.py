"""Replay a published cumulative-voting election: who is elected, every published percentage
character for character, and the totals' consistency.

Vietnamese listed companies publish their vote-count minutes (biên bản kiểm phiếu bầu thành
viên HĐQT / BKS) as scanned PDFs; none with the candidates' votes was in the public material
this project could search (the press reports only some percentages).  The replay is
therefore a board elected by the same rule elsewhere: Crestview Mutual Water Company,
California, 16 August 2023, five directors (California Corporations Code §708: shares ×
directors votes each, the most votes elected; Luật Doanh nghiệp 2020 Art. 148(3) says the
same).  The source and what it leaves out are in the header of
``data/crestview_2023_directors.toml``.

Only the candidates' totals are published (the Inspector keeps the papers secret), so the
replay counts them as one aggregate paper of the fewest shares that could have given those
votes: every vote the papers held was given.  The shares are fractional (to the thousandth),
so the count is in thousandths of a share, and every vote in thousandths of a vote: exact.
"""

from __future__ import annotations

import re
import tomllib
from fractions import Fraction
from pathlib import Path
from typing import Any, NamedTuple

import pytest

import partyvote as pv
from partyvote.elections import CumulativeElection, CumulativeInvalid, CumulativeResult
from partyvote.io import loads
from partyvote.report import minutes, minutes_data

DATA = Path(__file__).with_name("data")
UNIT = 1000  # thousandths of a share: the register's precision


class Line(NamedTuple):
    name: str
    votes: int  # thousandths of a vote
    percent: str  # as published: "20.6%"
    elected: bool


def _thousandths(text: str) -> int:
    """ "1,401.35" -> 1401350, exactly."""
    value = Fraction(text.replace(",", "")) * UNIT
    assert value.denominator == 1, text
    return value.numerator


def _load() -> tuple[dict[str, Any], tuple[Line, ...]]:
    with (DATA / "crestview_2023_directors.toml").open("rb") as file:
        data = tomllib.load(file)
    lines = tuple(
        Line(row["name"], _thousandths(row["votes"]), row["percent"], row["elected"])
        for row in data["candidates"]
    )
    return data["election"], lines


ELECTION, LINES = _load()
SEATS: int = ELECTION["seats"]
GIVEN = sum(line.votes for line in LINES)
FEWEST_SHARES = -(-GIVEN // SEATS)  # thousandths of a share: every vote held was given


def _count(shares: int) -> CumulativeResult:
    board = CumulativeElection(seats=SEATS, candidates=[line.name for line in LINES])
    return board.count([(shares, {line.name: line.votes for line in LINES})])


@pytest.fixture(scope="module")
def result() -> CumulativeResult:
    return _count(FEWEST_SHARES)


def test_the_published_figures_are_read_whole() -> None:
    """Nine candidates for five seats; 6,787.86 votes given in all."""
    assert (SEATS, len(LINES), GIVEN) == (5, 9, 6_787_860)
    assert ELECTION["date"].isoformat() == "2023-08-16"


def test_elected_are_the_published_five(result: CumulativeResult) -> None:
    """§708(c) / Art. 148(3): the most votes, from the highest down, until the seats are
    filled; the post names Quezada, Bennett and Mezzatesta re-elected, Stephenson and Muro
    in, the others out."""
    published = tuple(line.name for line in LINES if line.elected)
    assert result.elected == published
    assert (result.tied, result.unfilled, result.tie) == ((), 0, None)


def test_no_seat_was_close_to_a_tie(result: CumulativeResult) -> None:
    """The fifth (Muro, 901.38) and the sixth (Teague, 480.95) are far apart: no tie rule
    was needed, whatever the Inspector's rounding of the votes to hundredths."""
    votes = dict(result.votes)
    fifth, sixth = sorted(votes.values(), reverse=True)[SEATS - 1 : SEATS + 1]
    assert fifth - sixth == 420_430


def test_percentages_character_for_character(result: CumulativeResult) -> None:
    """Each published percentage is the candidate's share of the votes given, rounded half
    up to one decimal: ``share_of(..., of="given")`` and ``format_percent(..., digits=1)``."""
    printed = [
        pv.format_percent(result.share_of(line.name, of="given"), digits=1) for line in LINES
    ]
    assert printed == [line.percent for line in LINES]


def _bases(lines: tuple[Line, ...]) -> tuple[Fraction, Fraction]:
    """The interval (low, high] of bases, in thousandths of a vote, of which every
    candidate's votes round half up to the published percentage (one decimal), by exact
    arithmetic, independent of partyvote's formatting."""
    low, high = Fraction(0), Fraction(10**15)
    for line in lines:
        shown = Fraction(line.percent.rstrip("%"))
        half = Fraction(1, 20)  # half the last published digit, in percent
        # round_half_up(100 v / B, 1) == shown  <=>  shown - half <= 100 v / B < shown + half
        low = max(low, 100 * line.votes / (shown + half))
        high = min(high, 100 * line.votes / (shown - half))
    return low, high


def test_the_base_is_the_votes_given_not_the_shares() -> None:
    """The published percentages admit one narrow range of bases, and the votes given lie
    in it; the voting shares (a fifth of it, the Vietnamese press's usual base) do not."""
    low, high = _bases(LINES)
    assert low < GIVEN <= high
    assert not low < Fraction(GIVEN, SEATS) <= high
    assert high - low < GIVEN // 100  # the range is tight: within 1 % of the base


def test_the_votes_fit_the_shares_present() -> None:
    """Totals consistent: the votes given need at least 1,357.572 shares (× 5 seats); that
    is more than half of the 2,499 shares the 2022 count implies (a quorum) and not more
    than the "about 55%" reported present."""
    assert FEWEST_SHARES * SEATS == GIVEN  # 6,787.86 is a multiple of 5 thousandths
    assert FEWEST_SHARES == 1_357_572
    outstanding = int(ELECTION["outstanding_2022"]) * UNIT
    about = Fraction(ELECTION["present_about"]) / 100
    assert outstanding < 2 * FEWEST_SHARES  # more than half: a quorum
    assert Fraction(FEWEST_SHARES, outstanding) < about + Fraction(1, 200)


def test_one_share_thousandth_fewer_could_not_have_given_them() -> None:
    """Art. 148(3) / §708(a): a paper holds shares × seats votes; the aggregate paper is valid
    with the fewest shares above and over-votes with a thousandth of a share fewer."""
    assert _count(FEWEST_SHARES).ballots_valid == 1
    short = _count(FEWEST_SHARES - 1)
    assert short.invalid == ((CumulativeInvalid.OVER_VOTES, 1),)
    assert short.elected == ()


def test_the_explanation_reads_the_count(result: CumulativeResult) -> None:
    """The explanation gives the law's base (the votes held); with every vote held given,
    it equals the published base, to two decimals."""
    text = result.explain()
    assert "Elected: Alma Quezada (1,401,350 votes), Laurie Bennett (1,300,850 votes)" in text
    assert "Alma Quezada: 1,401,350 votes, 20.64% of the votes held." in text
    assert result.held == result.given == GIVEN


def _meeting_file() -> str:
    """The replay as a meeting file: one aggregate paper, and the Inspector's base and
    decimals chosen in ``[rules]`` (``share_base = "given"``, ``percent_digits = 1``)."""
    votes = ", ".join(f'"{line.name}" = {line.votes}' for line in LINES)
    names = ", ".join(f'"{line.name}"' for line in LINES)
    return f"""
[meeting]
name = "{ELECTION["body"]}, annual meeting of shareholders"
date = {ELECTION["date"].isoformat()}
lang = "en"
[rules]
rulebook = "vn-enterprise-2020"
share_base = "given"
percent_digits = 1
[roll]
members = {int(ELECTION["outstanding_2022"]) * UNIT}
present = {FEWEST_SHARES}
[[questions]]
type = "cumulative"
title = "Election of five directors"
seats = {SEATS}
candidates = [{names}]
ballots = [{{ shares = {FEWEST_SHARES}, votes = {{ {votes} }} }}]
"""


def test_the_minutes_print_the_published_percentages() -> None:
    """The minutes' table takes the share of the base the meeting file names, with its
    decimals, and says so in its header: each row is the published percentage, character for
    character, and the JSON minutes carry the same text beside the exact share."""
    result = loads(_meeting_file()).count()
    text = minutes(result, lang="en")
    assert "% of the votes given" in text
    for line in LINES:
        row = rf"\n{re.escape(line.name)} +{line.votes:,} +{re.escape(line.percent)}\n"
        assert re.search(row, text), line
    board = minutes_data(result, lang="en")["questions"][0]
    assert board["share_base"] == {"base": "given", "size": GIVEN}
    assert [c["share_text"] for c in board["candidates"]] == [line.percent for line in LINES]
    assert board["elected"] == [line.name for line in LINES if line.elected]
