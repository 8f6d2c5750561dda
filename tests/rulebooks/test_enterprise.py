"""The vn-enterprise-2020 rulebook: shareholders' meetings under Luật Doanh nghiệp 59/2020/QH14.

Art. 145: a meeting sits with shareholders representing more than 50 % of the voting shares;
a second sitting with at least 33 %; a third whatever is represented; the charter sets the
exact ratios.  Art. 148(1) (as amended by Law 03/2022/QH15): the listed matters need at
least 65 % of the votes of the shareholders attending and voting; Art. 148(2): other
resolutions more than 50 %; Art. 148(4): a written consultation more than 50 % of the votes
of all voting shareholders.
"""

import json
import re
import tomllib
from fractions import Fraction
from importlib import resources

import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

import partyvote as pv
from partyvote import rulebooks
from partyvote.elections import CumulativeInvalid
from partyvote.errors import MeetingError, OptionError, RulebookError
from partyvote.io import CumulativeOutcome, loads
from partyvote.report import compare, minutes, minutes_data
from partyvote.rulebooks import vn_enterprise
from partyvote.rules import SHARES_PRESENT, VOTING_SHARES, ShareQuorum

BOOK = rulebooks.get("vn-enterprise-2020")


def quorum_of(book: rulebooks.Rulebook) -> ShareQuorum:
    assert isinstance(book.quorum, ShareQuorum)
    return book.quorum


def shareholders(yes: int, no: int, abstain: int, absent: int) -> pv.Poll:
    return pv.Poll.of(
        (name, weight, choice)
        for name, weight, choice in (
            ("for", yes, "yes"),
            ("against", no, "no"),
            ("abstaining", abstain, "abstain"),
            ("absent", absent, "absent"),
        )
        if weight
    )


@pytest.mark.parametrize(
    ("sitting", "needed"),
    [
        (1, 500_001),  # more than 50 % of 1,000,000 voting shares (Art. 145(1))
        (2, 330_000),  # at least 33 % (Art. 145(2))
    ],
)
def test_the_quorum_of_each_sitting_is_met_and_missed_by_one_share(
    sitting: int, needed: int
) -> None:
    quorum = quorum_of(vn_enterprise(sitting=sitting))
    assert quorum.decide(pv.Roll(1_000_000, present=needed)).passed
    assert not quorum.decide(pv.Roll(1_000_000, present=needed - 1)).passed


def test_the_third_sitting_needs_no_quorum() -> None:
    # Art. 145(3): "không phụ thuộc vào tổng số phiếu biểu quyết của các cổ đông dự họp"
    book = vn_enterprise(sitting=3)
    assert book.quorum is None
    assert book.motion().decide(shareholders(60, 40, 0, 999_900)).passed


def test_the_quorum_counts_shares_not_persons() -> None:
    # Nine small shareholders attend (9 of 10 persons) with 9 % of the shares: no quorum.
    poll = pv.Poll.of([*((f"small {i}", 10, "yes") for i in range(9)), ("large", 910, "absent")])
    decision = BOOK.motion().decide(poll)
    assert decision.reason is pv.rules.Reason.NO_QUORUM
    assert "shares represented" in decision.explain()
    # One large shareholder (1 of 10 persons) with 91 % of the shares: quorate, passed.
    flipped = pv.Poll.of([*((f"small {i}", 10, "absent") for i in range(9)), ("large", 910, "yes")])
    assert BOOK.motion().decide(flipped).passed


@pytest.mark.parametrize(
    ("kind", "yes", "passed"),
    [
        ("ordinary", 501, True),  # more than 50 % of 1,000 votes attending and voting
        ("ordinary", 500, False),  # exactly half is not more than half
        ("special", 650, True),  # at least 65 % (Art. 148(1))
        ("special", 649, False),
    ],
)
def test_resolutions_at_a_meeting(kind: str, yes: int, passed: bool) -> None:
    # 1,000 shares attend and vote (abstentions included), 200 are absent: quorate.
    poll = shareholders(yes, 900 - yes, 100, 200)
    assert BOOK.motion(kind).decide(poll).passed is passed


@pytest.mark.parametrize(
    ("yes", "passed"),
    [
        (601, True),  # more than 50 % of all 1,200 voting shares (Art. 148(4))
        (600, False),
    ],
)
def test_written_consultation_counts_every_voting_share(yes: int, passed: bool) -> None:
    poll = shareholders(yes, 700 - yes, 0, 500)
    assert BOOK.motion("written").decide(poll).passed is passed


def test_the_charter_sets_other_ratios() -> None:
    charter = vn_enterprise(
        first_quorum="60%", ordinary="2/3", special="75%", written="2/3", key="acme-charter"
    )
    assert charter.key == "acme-charter"
    assert charter.motion("special").threshold.required(1_000) == 750  # type: ignore[attr-defined]
    assert charter.motion().threshold.required(999) == 667  # type: ignore[attr-defined]
    assert not quorum_of(charter).decide(pv.Roll(1_000, present=600)).passed
    second = vn_enterprise(sitting=2, second_quorum=Fraction(2, 5))
    assert quorum_of(second).decide(pv.Roll(1_000, present=400)).passed


@pytest.mark.parametrize("sitting", [0, 4, "1"])
def test_only_three_sittings(sitting: object) -> None:
    with pytest.raises(RulebookError, match="three"):
        vn_enterprise(sitting=sitting)  # type: ignore[arg-type]


def test_boards_are_not_elected_by_strike_out_ballots() -> None:
    # Art. 148(3): cumulative voting, counted by partyvote.elections.CumulativeElection
    with pytest.raises(RulebookError):
        BOOK.election(seats=5, candidates=["An", "Bình", "Chi", "Dũng", "Em", "Giang"])


def test_the_rulebook_cites_the_articles_and_marks_what_is_unverified() -> None:
    articles = " ".join(source.article for source in BOOK.sources)
    assert "Art. 145" in articles
    assert "Art. 148(1)" in articles
    assert "unverified" in articles
    assert quorum_of(BOOK).counted is SHARES_PRESENT
    assert "cổ phần dự họp" in quorum_of(BOOK).describe("vi")


@given(st.integers(1, 10**12), st.data())
def test_a_share_quorum_is_integer_cross_multiplication(total: int, data: st.DataObject) -> None:
    present = data.draw(st.integers(0, total))
    quorum = ShareQuorum(pv.more_than("1/2", of=VOTING_SHARES))
    assert quorum.decide(pv.Roll(total, present=present)).passed is (2 * present > total)


@given(st.integers(1, 10**6), st.integers(0, 10**6), st.integers(0, 10**6))
def test_more_shares_present_never_lose_a_quorum(absent: int, present: int, more: int) -> None:
    quorum = quorum_of(BOOK)
    total = absent + present + more
    before = quorum.decide(pv.Roll(total, present=present)).passed
    after = quorum.decide(pv.Roll(total, present=present + more)).passed
    assert after or not before


AGM = """
[meeting]
name = "Đại hội đồng cổ đông thường niên 2026"
[rules]
rulebook = "vn-enterprise-2020"
[roll]
members = 12500000
present = {present}
[[questions]]
type = "motion"
title = "Sửa đổi Điều lệ"
kind = "special"
votes = {{ yes = 5000000, no = 1000000, abstain = {abstain} }}
"""


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_meeting_file_counts_and_writes_minutes_in_shares(lang: str) -> None:
    meeting = loads(AGM.format(present=6_700_000, abstain=700_000))
    result = meeting.count()
    assert result.questions[0].decision.passed  # type: ignore[union-attr]
    text = minutes(result, lang=lang)
    if lang == "en":
        assert "Voting shares: 12,500,000; shares represented: 6,700,000." in text
        assert "6,250,001 shares represented" in text
    else:
        assert "Tổng số cổ phần có quyền biểu quyết: 12.500.000" in text
    assert "người" not in text.split("\n1.")[0]  # the roll is not in persons


def test_a_meeting_file_without_a_quorum_of_shares_decides_nothing() -> None:
    result = loads(AGM.format(present=6_250_000, abstain=250_000)).count()
    decision = result.questions[0].decision  # type: ignore[union-attr]
    assert decision.reason is pv.rules.Reason.NO_QUORUM


def test_other_rulebooks_keep_their_roll_in_persons() -> None:
    party = AGM.replace("vn-enterprise-2020", "vn-party-2024").replace("special", "ordinary")
    meeting = loads(party.format(present=9_000_000, abstain=0))
    text = minutes(meeting.count(), lang="en")
    assert "Voting shares" not in text


BOARD = (
    AGM.format(present=6_700_000, abstain=700_000)
    + """
[[questions]]
type = "cumulative"
title = "Bầu thành viên Hội đồng quản trị"
seats = 3
candidates = ["An", "Bình", "Chi", "Dũng"]
ballots = [
  { shares = 5100000, votes = { An = 7650000, "Bình" = 7650000 } },
  { shares = 1200000, votes = { Chi = 3600000 } },
  { shares = 400000, votes = { "Dũng" = 1200000, Chi = 1 } },
]
"""
)


def test_a_meeting_file_holds_a_cumulative_election() -> None:
    meeting = loads(BOARD)
    outcome = meeting.count().questions[1]
    assert isinstance(outcome, CumulativeOutcome)
    assert outcome.result.elected == ("An", "Bình", "Chi")
    assert outcome.result.invalid == ((CumulativeInvalid.OVER_VOTES, 1),)
    text = minutes(meeting.count(), lang="en")
    assert "Cumulative voting for 3 seats: each share carries 3 votes." in text
    assert "Elected: An (7,650,000 votes), Bình (7,650,000 votes), Chi (3,600,000 votes)." in text
    data = json.loads(minutes(meeting.count(), format="json"))
    board = data["questions"][1]
    assert board["type"] == "cumulative"
    assert board["votes_held"] == 6_300_000 * 3
    assert board["share_base"] == {"base": "held", "size": 18_900_000}
    chi = {"name": "Chi", "votes": 3_600_000, "share": "4/21", "share_text": "19,05%"}
    assert board["candidates"][2] == chi
    assert board["ballots"]["invalid"] == {"over-votes": 1}


def _board(rules: str) -> str:
    return BOARD.replace(
        'rulebook = "vn-enterprise-2020"', f'rulebook = "vn-enterprise-2020"\n{rules}'
    )


def test_the_minutes_name_the_share_base_in_the_column_header() -> None:
    """By default the share of the votes held (Art. 148(3): shares × seats votes), with the
    rulebook's two decimals; the column says which base."""
    english = minutes(loads(BOARD).count(), lang="en")
    assert "% of the votes held" in english
    assert re.search(r"\nChi +3,600,000 +19\.05%\n", english)
    vietnamese = minutes(loads(BOARD).count(), lang="vi")
    assert "Tỷ lệ % so với tổng số phiếu bầu được quyền bầu" in vietnamese
    assert re.search(r"\nChi +3\.600\.000 +19,05%\n", vietnamese)


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        # the votes given: 7,650,000 × 2 + 3,600,000 = 18,900,000 (every vote held given)
        (
            'share_base = "given"\npercent_digits = 1',
            {
                "header": "% of the votes given",
                "row": "19.0%",
                "line": "Chi: 3,600,000 votes, 19.0% of the votes given.",
                "share": "4/21",
            },
        ),
        # the voting shares of the valid ballots: 6,300,000; 3,600,000 / 6,300,000 = 4/7
        (
            'share_base = "shares"',
            {
                "header": "% of the voting shares (valid ballots)",
                "row": "57.14%",
                "line": "Chi: 3,600,000 votes, 57.14% of the voting shares of the valid ballots.",
                "share": "4/7",
            },
        ),
    ],
)
def test_a_meeting_file_chooses_the_cumulative_share_base(
    rules: str, expected: dict[str, str]
) -> None:
    """``share_base`` and ``percent_digits`` in ``[rules]`` choose a cumulative question's
    base and decimals, as they do an election's."""
    meeting = loads(_board(rules))
    english = minutes(meeting.count(), lang="en")
    assert expected["header"] in english
    assert re.search(rf"\nChi +3,600,000 +{re.escape(expected['row'])}\n", english)
    board = minutes_data(meeting.count(), lang="en")["questions"][1]
    assert board["share_base"]["base"] == meeting.rulebook.cumulative_share_base
    assert expected["line"] in board["explanation"].splitlines()
    assert board["candidates"][2]["share"] == expected["share"]
    assert board["candidates"][2]["share_text"] == expected["row"]


def test_the_cumulative_share_base_leaves_the_elections_base_alone() -> None:
    meeting = loads(_board('share_base = "given"'))
    assert meeting.rulebook.share_base is None
    assert "as amended by the meeting file" in meeting.rulebook.title


def test_an_unknown_share_base_names_every_base() -> None:
    with pytest.raises(MeetingError, match="held, given, shares"):
        loads(_board('share_base = "votes"'))


def test_the_json_minutes_of_each_share_base_validate_and_compare_across_languages() -> None:
    schema = json.loads((resources.files("partyvote.io") / "result.schema.json").read_text())
    for base in ("held", "given", "shares"):
        result = loads(_board(f'share_base = "{base}"')).count()
        counts = [minutes_data(result, lang=lang) for lang in ("vi", "en")]
        for count in counts:
            jsonschema.validate(count, schema)
        assert compare(counts) == ([], True)


def test_the_cumulative_question_validates_against_the_schema() -> None:
    schema = json.loads(
        (resources.files("partyvote.io") / "meeting.schema.json").read_text("utf-8")
    )
    document = tomllib.loads(BOARD)
    jsonschema.validate(document, schema)
    document["questions"][1]["ballots"][0]["shares"] = 0
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (("shares = 5100000", "shares = 0"), "questions[1].ballots[0]"),  # no voting share
        (("seats = 3", "seats = 0"), "questions[1]"),  # no seat to fill
        (("Chi = 3600000", "Chi = -1"), "questions[1].ballots[1]"),  # negative votes
    ],
)
def test_a_bad_cumulative_question_names_its_place(change: tuple[str, str], where: str) -> None:
    with pytest.raises(MeetingError, match=re.escape(where)):
        loads(BOARD.replace(*change))


def test_a_rulebook_refuses_an_unknown_cumulative_share_base() -> None:
    with pytest.raises(OptionError, match="cumulative_share_base"):
        rulebooks.get("vn-enterprise-2020").evolve(cumulative_share_base="present")


TIED_BOARD = _board('ties = ["lot"]').replace(
    "  { shares = 1200000, votes = { Chi = 3600000 } },\n"
    '  { shares = 400000, votes = { "Dũng" = 1200000, Chi = 1 } },\n',
    "  { shares = 800000, votes = { Chi = 2400000 } },\n"
    '  { shares = 800000, votes = { "Dũng" = 2400000 } },\n{seed}',
)


def test_a_cumulative_question_in_a_file_takes_the_seed_of_its_lot() -> None:
    """Art. 148(3) leaves a tie at the last seat to the charter; a charter that draws lots
    needs the published seed, which a cumulative question gives as a ballot does."""
    seeded = TIED_BOARD.replace("{seed}", "").replace(
        'title = "Bầu thành viên Hội đồng quản trị"',
        'title = "Bầu thành viên Hội đồng quản trị"\nseed = "HĐQT-2026"',
    )
    first, again = (loads(seeded).count().questions[1] for _ in range(2))
    assert isinstance(first, CumulativeOutcome)
    assert isinstance(again, CumulativeOutcome)
    assert first.result.elected[:2] == ("An", "Bình")
    assert first.result.elected[2] in ("Chi", "Dũng")
    assert first.result.elected == again.result.elected  # the same seed, the same draw
    with pytest.raises(MeetingError, match=r"questions\[1\]\.seed: .* write the seed") as error:
        loads(TIED_BOARD.replace("{seed}", ""))
    assert "seed='" not in str(error.value)  # the file's words, not Python's
