"""Ranked-ballot and proportional-seat questions in meeting files, counted and in the minutes."""

import io
import json
import re
import tomllib
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

import partyvote as pv
from partyvote.cli import main
from partyvote.elections import DHONDT, Apportionment, RankedElection
from partyvote.errors import MeetingError
from partyvote.io import RankedOutcome, RankedQuestion, SeatsOutcome, load, loads
from partyvote.io.meeting import Meeting
from partyvote.report import minutes

CANDIDATES = ("An", "Bình", "Chi", "Dũng")
# The worked example of partyvote.elections.ranked: 2 seats, Droop quota 34, An and Chi.
RANKINGS = {("An", "Bình"): 40, ("Bình",): 15, ("Chi", "Dũng"): 25, ("Dũng", "Chi"): 20}
# The worked example of partyvote.elections.apportionment: 7 seats by D'Hondt, 5 % threshold.
VOTES = {"Blue": 340_000, "Red": 280_000, "Green": 160_000, "Yellow": 60_000, "Grey": 15_000}

MEETING = """
[meeting]
name = "Council"
[rules]
rulebook = "robert"
[roll]
members = 120
present = 100
[[questions]]
type = "ranked"
title = "Committee"
seats = 2
reading = "stv"
candidates = ["An", "Bình", "Chi", "Dũng"]
ballots = [
  { ranking = ["An", "Bình"], count = 40 },
  { ranking = ["Bình"], count = 14 },
  ["Bình"],
  { ranking = ["Chi", "Dũng"], count = 25 },
  { ranking = ["Dũng", "Chi"], count = 20 },
]
[[questions]]
type = "seats"
title = "Seats"
seats = 7
method = "dhondt"
threshold = "5%"
votes = { Blue = 340000, Red = 280000, Green = 160000, Yellow = 60000, Grey = 15000 }
"""


def _schema(name: str) -> Any:
    return json.loads((resources.files("partyvote.io") / name).read_text("utf-8"))


def test_a_ranked_question_counts_as_the_calculator_does() -> None:
    outcome = loads(MEETING).count().questions[0]
    assert isinstance(outcome, RankedOutcome)
    assert outcome.result == RankedElection(seats=2, candidates=CANDIDATES).count(RANKINGS)
    assert outcome.result.elected == ("An", "Chi")  # the module's worked example


def test_the_robert_rulebook_counts_ranked_ballots_by_preferential_voting() -> None:
    # Robert's Rules' own reading unless the question says reading = "stv"
    outcome = loads(MEETING.replace('reading = "stv"\n', "")).count().questions[0]
    assert isinstance(outcome, RankedOutcome)
    assert outcome.result.election.reading == "ronr"
    # eliminated down to two: Bình (15, set aside), then Dũng (20, to Chi: 45 before An 40)
    assert [stage.subject for stage in outcome.result.stages] == [None, "Bình", "Dũng", None]
    assert outcome.result.elected == ("Chi", "An")


def test_a_seats_question_allocates_as_the_calculator_does() -> None:
    outcome = loads(MEETING).count().questions[1]
    assert isinstance(outcome, SeatsOutcome)
    house = Apportionment(seats=7, method=DHONDT, threshold=pv.at_least("5%"))
    assert outcome.allocation == house.allocate(VOTES)
    assert outcome.allocation.excluded == ("Grey",)  # below 5 % of 855,000


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_text_minutes_give_every_stage_and_the_allocation(lang: str) -> None:
    result = loads(MEETING).count()
    text = minutes(result, lang=lang)
    ranked, seats = result.questions
    assert isinstance(ranked, RankedOutcome)
    assert isinstance(seats, SeatsOutcome)
    for line in ranked.result.explain(lang).splitlines():
        assert line in text
    for line in seats.allocation.explain(lang).splitlines():
        assert line in text
    # the allocation table: a row per group, an excluded group gets no number of seats
    assert re.search(r"^Grey +15[.,]000 +-$", text, re.MULTILINE)
    # the elected are the last line before the next question, kept with the signatures
    elected = ranked.result.explain(lang).splitlines()[-1]
    assert text.index(elected) < text.index(seats.title)


def test_the_elected_are_kept_with_the_signatures() -> None:
    from partyvote.report.blocks import Keep, Para, Signatures
    from partyvote.report.document import _blocks

    result = loads(MEETING.replace("[roll]", "[minutes]\nper_ballot = true\n[roll]")).count()
    kept = [block for block in _blocks(result, "en") if isinstance(block, Keep)]
    ranked = result.questions[0]
    assert isinstance(ranked, RankedOutcome)
    assert kept[0].blocks[0] == Para(ranked.result.explain("en").splitlines()[-1])
    assert isinstance(kept[0].blocks[-1], Signatures)
    assert isinstance(kept[1].blocks[-1], Signatures)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_json_minutes_keep_exact_values_and_explain_in_the_language(lang: str) -> None:
    result = loads(MEETING).count()
    data = json.loads(minutes(result, format="json", lang=lang))
    jsonschema.validate(data, _schema("result.schema.json"))
    ranked, seats = data["questions"]
    counted = result.questions[0]
    assert isinstance(counted, RankedOutcome)
    assert ranked["type"] == "ranked"
    assert Fraction(ranked["quota"]) == counted.result.quota
    assert ranked["stages"][0]["votes"][0] == {"name": "An", "votes": "40"}
    assert ranked["explanation"] == counted.result.explain(lang)
    assert seats["type"] == "seats"
    assert seats["groups"][4] == {
        "name": "Grey",
        "votes": 15_000,
        "share": "15000/855000",
        "seats": 0,
        "excluded": True,
    }
    assert Fraction(seats["threshold"]) == Fraction(1, 20)
    assert Fraction(seats["last_quotient"]) == Fraction(280_000, 3)


def test_a_meek_count_gives_its_quotas_and_keep_values_in_the_json_minutes() -> None:
    # transfers = "meek" asks for the single transferable vote under the robert rulebook too
    meek = MEETING.replace('reading = "stv"', 'transfers = "meek"')
    jsonschema.validate(tomllib.loads(meek), _schema("meeting.schema.json"))
    data = json.loads(minutes(loads(meek).count(), format="json", lang="en"))
    jsonschema.validate(data, _schema("result.schema.json"))
    ranked = data["questions"][0]
    assert ranked["transfers"] == "meek"
    # 100 ballots, 2 seats: 100 / 3 + 0.000000001, truncated to 9 digits (Schedule 1A cl. 5)
    assert Fraction(ranked["stages"][0]["quota"]) == Fraction("33.333333334")
    assert ranked["stages"][1]["keep"][0]["name"] == "An"
    plain = json.loads(json.dumps(pv.converter.unstructure(loads(meek).count())))
    jsonschema.validate(plain, _schema("result.schema.json"))


def test_the_converter_shape_validates_and_is_plain_json() -> None:
    data = json.loads(json.dumps(pv.converter.unstructure(loads(MEETING).count())))
    jsonschema.validate(data, _schema("result.schema.json"))
    ranked, seats = data["questions"]
    assert (ranked["type"], ranked["seats"], ranked["elected"]) == ("ranked", 2, ["An", "Chi"])
    assert seats["groups"][0] == {"name": "Blue", "votes": 340_000, "seats": 3}


def test_the_meeting_file_validates_against_the_schema() -> None:
    schema = _schema("meeting.schema.json")
    document = tomllib.loads(MEETING)
    jsonschema.validate(document, schema)
    document["questions"][1]["method"] = "jefferson"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


def test_the_frame_has_a_row_per_candidate_and_group() -> None:
    table = loads(MEETING).count().to_frame()
    assert len(table) == len(CANDIDATES) + len(VOTES)
    grey = table[table["name"] == "Grey"].iloc[0]
    assert (grey["status"], grey["seats"]) == ("excluded", 0)
    chi = table[table["name"] == "Chi"].iloc[0]
    assert chi["status"] == "elected"


def test_a_meeting_built_in_python_hashes_its_ranked_question() -> None:
    meeting = loads(MEETING)
    built = Meeting(
        name="Council",
        rulebook=meeting.rulebook,
        roll=meeting.roll,
        questions=meeting.questions,
    )
    other = Meeting(
        name="Council",
        rulebook=meeting.rulebook,
        roll=meeting.roll,
        questions=(
            RankedQuestion(
                title="Committee",
                election=RankedElection(seats=1, candidates=CANDIDATES),
                rankings=((("An",), 1),),
            ),
            meeting.questions[1],
        ),
    )
    assert built.count().digest != other.count().digest


# --- ballots files ---------------------------------------------------------------------------

FILE_MEETING = """
[meeting]
name = "Council"
[roll]
members = 120
[[questions]]
type = "ranked"
title = "Chair"
seats = 2
candidates = ["An", "Bình", "Chi", "Dũng"]
ballots = "{path}"
"""


def _rows(rankings: dict[tuple[str, ...], int]) -> str:
    return "".join(",".join(ranking) + "\n" for ranking, n in rankings.items() for _ in range(n))


def _file_meeting(tmp_path: Path, rows: str, path: str = "ranked.csv") -> Path:
    (tmp_path / "ranked.csv").write_text(rows, encoding="utf-8")
    meeting = tmp_path / "meeting.toml"
    meeting.write_text(FILE_MEETING.format(path=path), encoding="utf-8")
    return meeting


@given(st.dictionaries(st.permutations(CANDIDATES).map(tuple), st.integers(1, 5), max_size=6))
def test_a_ballots_file_counts_as_the_same_ballots_inline(
    rankings: dict[tuple[str, ...], int],
) -> None:
    rows = _rows(rankings)
    inline = "[" + ", ".join(
        f"{{ ranking = {json.dumps(list(r), ensure_ascii=False)}, count = {n} }}"
        for r, n in rankings.items()
    )
    text_meeting = FILE_MEETING.replace('"{path}"', inline + "]")
    from tempfile import TemporaryDirectory

    with TemporaryDirectory() as folder:
        filed = load(_file_meeting(Path(folder), rows)).count().questions[0]
    written = loads(text_meeting).count().questions[0]
    assert isinstance(filed, RankedOutcome)
    assert isinstance(written, RankedOutcome)
    assert filed.result == written.result


def test_a_ballots_file_is_in_the_digest(tmp_path: Path) -> None:
    first = load(_file_meeting(tmp_path, "An,Bình\nChi\n")).count().digest
    second = load(_file_meeting(tmp_path, "An,Bình\nDũng\n")).count().digest
    assert first != second


def test_padding_is_trimmed_and_an_empty_line_is_an_invalid_ballot(tmp_path: Path) -> None:
    outcome = load(_file_meeting(tmp_path, " An , Bình,,\n\nChi\n")).count().questions[0]
    assert isinstance(outcome, RankedOutcome)
    assert (outcome.result.valid, outcome.result.invalid) == (2, 1)
    assert outcome.result.first_preferences()["An"] == 1


@pytest.mark.parametrize(
    ("rows", "line", "problem"),
    [
        ("An\nChi,,Bình\n", 2, "preference 2 is empty"),  # a gap between two preferences
        ("An\nChi,Bihn\n", 2, "'Bihn' ranked but not on the list"),  # misspelt, never dropped
        # a paper gives each candidate one preference: a repeat is a slip in copying it
        ("An\nChi,Bình,Chi\n", 2, r"'Chi' is ranked twice \(preferences 1 and 3\)"),
        ("An\n" + "x" * 200_000 + "\n", 2, "field larger"),  # the csv module's own limit
    ],
)
def test_a_bad_ballots_file_names_its_line(
    tmp_path: Path, rows: str, line: int, problem: str
) -> None:
    with pytest.raises(MeetingError, match=rf"ranked.csv, line {line}: .*{problem}"):
        load(_file_meeting(tmp_path, rows)).count()


def test_a_ballots_file_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    meeting = _file_meeting(tmp_path, "")
    (tmp_path / "ranked.csv").write_bytes(b"An\nB\xffnh\n")
    with pytest.raises(MeetingError, match=r"ranked.csv, line 2: "):
        load(meeting).count()


def test_a_ballots_file_outside_the_folder_needs_ballots_anywhere(tmp_path: Path) -> None:
    (tmp_path / "inner").mkdir()
    meeting = _file_meeting(tmp_path / "inner", "An\n", path="../outside.csv")
    (tmp_path / "outside.csv").write_text("Chi\n", encoding="utf-8")
    with pytest.raises(MeetingError, match=re.escape("questions[0].ballots")):
        load(meeting)
    outcome = load(meeting, ballots_anywhere=True).count().questions[0]
    assert isinstance(outcome, RankedOutcome)
    assert outcome.result.first_preferences() == {"Chi": 1}


def test_a_ballots_file_removed_before_the_count_is_a_clear_error(tmp_path: Path) -> None:
    meeting = load(_file_meeting(tmp_path, "An\n"))
    (tmp_path / "ranked.csv").unlink()
    with pytest.raises(MeetingError, match=re.escape("ranked.csv")):
        meeting.count()


def test_a_missing_ballots_file_names_its_key(tmp_path: Path) -> None:
    meeting = _file_meeting(tmp_path, "An\n", path="missing.csv")
    with pytest.raises(MeetingError, match=re.escape("questions[0].ballots")):
        load(meeting)


def test_ballots_file_progress_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import partyvote.io._calculators as calculators

    monkeypatch.setattr(calculators, "PROGRESS_EVERY", 2)
    seen: list[int] = []
    meeting = load(_file_meeting(tmp_path, "An\nChi\nBình\nAn\n"))
    meeting.count(progress=lambda count, _total: seen.append(count))
    assert seen == [2, 4]


# --- bad values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (("seats = 2", "seats = 0"), "questions[0]"),  # no seat to fill
        (('"An", "Bình", "Chi", "Dũng"]', '"An", "An"]'), "questions[0]"),  # a name twice
        (("count = 40", "count = -1"), "questions[0].ballots[0]"),  # negative ballots
        (('{ ranking = ["Bình"], count = 14 }', "3"), "questions[0].ballots[1]"),  # no list
        (('  ["Bình"],', '  ["Bình", 7],'), "questions[0].ballots[2]"),  # a number, not a name
        (('  ["Bình"],', '  ["Bình", "Chí"],'), "questions[0].ballots[2]"),  # misspelt name
        (('["Chi", "Dũng"]', '["Chi", "Chi"]'), "questions[0].ballots[3]"),  # a name twice
        (("count = 40", "count = 40, weight = 2"), "questions[0].ballots[0]"),  # unknown key
        (('title = "Committee"', 'title = "Committee"\nquota = "imperiali"'), "questions[0].quota"),
        (('method = "dhondt"', 'method = "jefferson"'), "questions[1].method"),
        (('threshold = "5%"', 'threshold = "half"'), "questions[1].threshold"),
        (("Grey = 15000", "Grey = -1"), "questions[1].votes"),  # negative votes
        (('threshold = "5%"', 'threshold = "5%"\nwon = { Pink = 1 }'), "questions[1].votes"),
        (('type = "seats"', 'type = "seat"'), "questions[1]"),  # an unknown kind of question
    ],
)
def test_a_bad_value_names_its_key(change: tuple[str, str], where: str) -> None:
    with pytest.raises(MeetingError, match=re.escape(where)) as error:
        loads(MEETING.replace(*change))
    assert "\n" not in str(error.value)


def test_ballots_are_a_list_or_a_file_name() -> None:
    with pytest.raises(MeetingError, match=re.escape("questions[0].ballots")):
        loads(FILE_MEETING.replace('"{path}"', "3"))


def test_an_unknown_question_type_lists_the_new_types() -> None:
    with pytest.raises(MeetingError, match='"ranked" or "seats"'):
        loads(MEETING.replace('type = "seats"', 'type = "proportional"'))


def test_the_command_gives_a_bad_value_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(MEETING.replace('method = "dhondt"', 'method = "jefferson"'), "utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["count", str(bad)], stdout=out, stderr=err) == 2
    assert err.getvalue().count("\n") == 1
    assert "questions[1].method" in err.getvalue()


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "'Chi' is ranked twice (preferences 1 and 2)"), ("vi", "'Chi' được xếp hai lần")],
)
def test_a_name_ranked_twice_in_the_meeting_file_is_refused(
    tmp_path: Path, lang: str, said: str
) -> None:
    # Counted, the repeat would end the ranking (partyvote.elections.ranked); in a file it is
    # a copying slip that would change a ballot unseen, as a gap or a misspelt name would.
    bad = tmp_path / "bad.toml"
    bad.write_text(MEETING.replace('["Chi", "Dũng"]', '["Chi", "Chi"]'), "utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["count", str(bad), "--lang", lang], stdout=out, stderr=err) == 2
    assert "questions[0].ballots[3]" in err.getvalue()
    assert said in err.getvalue()


# --- illegal votes under Robert's Rules ------------------------------------------------------

PREFERENTIAL = """
[meeting]
name = "Club"
[rules]
rulebook = "robert"
[roll]
members = 12
present = 10
[[questions]]
type = "ranked"
title = "President"
seats = 1
candidates = ["An", "Bình"]
ballots = [{ ranking = ["An"], count = 5 }, { ranking = ["Bình"], count = 4 }]
"""


def test_an_illegal_vote_recorded_in_the_file_counts_in_the_base() -> None:
    # RONR 44:1 and 45:62-69: an illegal vote (a name not on the list) counts among the
    # ballots a majority is taken of; blanks do not.  5 of 10 is no majority: nobody is
    # elected, as the calculator says for the same ballots.
    illegal = PREFERENTIAL + 'invalid = { "unknown-name" = 1, "no-preference" = 2 }\n'
    jsonschema.validate(tomllib.loads(illegal), _schema("meeting.schema.json"))
    outcome = loads(illegal).count().questions[0]
    assert isinstance(outcome, RankedOutcome)
    calculator = RankedElection.preferential(("An", "Bình"))
    assert outcome.result == calculator.count({("An",): 5, ("Bình",): 4, ("Zed",): 1, (): 2})
    assert (outcome.result.base, outcome.result.elected) == (10, ())
    legal = loads(PREFERENTIAL).count().questions[0]
    assert isinstance(legal, RankedOutcome)
    assert (legal.result.base, legal.result.elected) == (9, ("An",))  # 5 of 9 is a majority
    assert "1 named someone not on the list" in minutes(loads(illegal).count(), lang="en")


def test_illegal_votes_recorded_beside_a_ballots_file(tmp_path: Path) -> None:
    meeting = _file_meeting(tmp_path, "An\nBình\n")
    meeting.write_text(
        meeting.read_text("utf-8") + 'invalid = { "unknown-name" = 3 }\n', encoding="utf-8"
    )
    outcome = load(meeting).count().questions[0]
    assert isinstance(outcome, RankedOutcome)
    assert (outcome.result.valid, outcome.result.invalid) == (2, 3)


def test_invalid_papers_are_in_the_digest() -> None:
    from partyvote.io._meeting import _question_data

    plain = loads(PREFERENTIAL)
    illegal = loads(PREFERENTIAL + 'invalid = { "unknown-name" = 1 }\n')
    assert plain.count().digest != illegal.count().digest
    # A meeting built in Python hashes its questions as data: unchanged without invalid papers.
    assert _question_data(illegal.questions[0])["invalid"] == {"unknown-name": 1}
    assert "invalid" not in _question_data(plain.questions[0])


@pytest.mark.parametrize(
    ("invalid", "problem"),
    [
        ('{ "unknown" = 1 }', "'unknown' is not a reason a ranked ballot is invalid; use one of"),
        ('{ "unknown-name" = -1 }', "questions[0].invalid"),  # a negative count
        ("1", "questions[0].invalid"),  # a total: the base needs to know which papers
    ],
)
def test_invalid_papers_are_given_by_reason(invalid: str, problem: str) -> None:
    with pytest.raises(MeetingError, match=re.escape(problem)):
        loads(PREFERENTIAL + f"invalid = {invalid}\n")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", 'count it in the question\'s invalid = { "unknown-name" = N }'),
        ("vi", 'ghi vào invalid = { "unknown-name" = N } của mục bầu'),
    ],
)
def test_a_name_not_on_the_list_points_to_the_invalid_count(
    tmp_path: Path, lang: str, said: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(PREFERENTIAL.replace('["Bình"]', '["Zed"]'), "utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["count", str(bad), "--lang", lang], stdout=out, stderr=err) == 2
    assert "questions[0].ballots[1]" in err.getvalue()
    assert said in err.getvalue()
