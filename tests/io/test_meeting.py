"""Meeting files: the example congress, overrides, every kind of mistake, and fuzzed damage."""

# mypy: disable-error-code="union-attr"
# (the tests read attributes of results they expect, such as the next round or the quorum
# decision; where one is None the test fails anyway, with an AttributeError naming it)

import json
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import partyvote as pv
from partyvote.errors import MeetingError, PartyvoteError
from partyvote.io.meeting import ElectionOutcome, MotionOutcome, load, loads

EXAMPLES = Path(str(resources.files("partyvote.io") / "examples"))
EXAMPLE = EXAMPLES / "congress.toml"
SCHEMA = json.loads((resources.files("partyvote.io") / "meeting.schema.json").read_text("utf-8"))

MINIMAL = """
[meeting]
name = "Chi bộ 3"
[roll]
members = 11
present = 10
[[questions]]
type = "motion"
title = "Nghị quyết"
votes = { yes = 6, no = 4 }
"""


NO_QUESTIONS = "questions = []\n" + MINIMAL.split("[[questions]]", maxsplit=1)[0]


def as_json(document: dict[str, Any]) -> str:
    return json.dumps(document, default=str, ensure_ascii=False)


def test_the_example_congress_counts() -> None:
    counted = load(EXAMPLE).count()
    motion, committee, secretary, delegates = counted.questions
    assert isinstance(motion, MotionOutcome)
    assert motion.decision.passed
    assert isinstance(committee, ElectionOutcome)
    assert len(committee.result.elected) == 14
    assert committee.result.unfilled == 1
    assert committee.result.invalid_total == 3
    assert secretary.result.elected == ("Nguyễn Văn An",)
    assert delegates.result.status is pv.elections.Status.TIE
    assert len(counted.digest) == 64


def test_the_example_validates_against_the_published_schema() -> None:
    document = tomllib.loads(EXAMPLE.read_text("utf-8"))
    jsonschema.validate(json.loads(as_json(document)), SCHEMA)


def test_json_and_toml_say_the_same() -> None:
    document = tomllib.loads(EXAMPLE.read_text("utf-8"))
    from_json = loads(as_json(document), base_dir=EXAMPLES).count()
    from_toml = load(EXAMPLE).count()
    assert [q.title for q in from_json.questions] == [q.title for q in from_toml.questions]
    assert from_json.questions[1].result.elected == from_toml.questions[1].result.elected


def test_the_digest_covers_the_ballots_file(tmp_path: Path) -> None:
    for name in ("congress.toml", "congress-ballots.csv"):
        (tmp_path / name).write_bytes((EXAMPLES / name).read_bytes())
    before = load(tmp_path / "congress.toml").count().digest
    ballots = tmp_path / "congress-ballots.csv"
    ballots.write_bytes(ballots.read_bytes().replace(b"\nx,x,", b"\n,x,", 1))
    assert load(tmp_path / "congress.toml").count().digest != before


def test_the_language_follows_the_rulebook() -> None:
    assert loads(MINIMAL).lang == "vi"
    english = loads(MINIMAL + '\n[rules]\nrulebook = "robert"\n'.replace("[rules]", "[rules]"))
    assert english.lang == "en"


def test_overrides_change_the_rules() -> None:
    text = MINIMAL.replace(
        "[roll]",
        """[rules]
rulebook = "vn-party-2024"
quorum = { at_least = "1/2", of = "members" }
election_threshold = { more_than = "1/2", of = "valid" }
motions = { ordinary = { at_least = "1/2", of = "present" } }
ties = ["revote", "older"]
all_struck = "blank"
written_in_invalid = false
identifying_marks_invalid = false
[roll]""",
    )
    book = loads(text).rulebook
    assert book.quorum == pv.Quorum(pv.at_least("1/2", of=pv.MEMBERS))
    assert book.election_threshold == pv.more_than("1/2", of=pv.VALID)
    assert dict(book.motions)["ordinary"] == pv.at_least("1/2", of=pv.PRESENT)
    assert book.ties == ("revote", "older")
    assert book.validity == pv.Validity(
        all_struck="blank", written_in_invalid=False, identifying_marks_invalid=False
    )
    assert (
        loads(MINIMAL.replace("[roll]", "[rules]\nquorum = false\n[roll]")).rulebook.quorum is None
    )


def rules(text: str) -> str:
    return MINIMAL.replace("[roll]", f"[rules]\n{text}\n[roll]")


def election(extra: str = "", body: str = "") -> str:
    return (
        MINIMAL
        + f"""
[[questions]]
type = "election"
title = "Bầu"
seats = 1
candidates = ["An", "Bình"]
{extra}
[[questions.tallies]]
cast = 10
votes = {{ An = 6, "Bình" = 4 }}
{body}
"""
    )


def test_an_election_from_tallies() -> None:
    counted = loads(election(body='invalid = { "all-struck" = 0 }')).count()
    assert counted.questions[1].result.elected == ("An",)


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        # a count written as a string
        (MINIMAL.replace("members = 11", 'members = "11"'), "roll.members", "whole number"),
        # a typo in a key
        (MINIMAL.replace("present = 10", "presnt = 10"), "roll", "presnt"),
        # a missing key
        (MINIMAL.replace('name = "Chi bộ 3"', 'body = "x"'), "meeting.name", "'name'"),
        # a question of no known type
        (MINIMAL.replace('type = "motion"', 'type = "poll"'), "questions[0]", "'poll'"),
        # the roll contradicts itself
        (MINIMAL.replace("present = 10", "present = 12"), "roll", "present (12)"),
        # more votes than members present
        (MINIMAL.replace("yes = 6", "yes = 9"), "questions[0].votes", "13 votes"),
        # a kind of motion the rulebook does not have
        (MINIMAL.replace("votes =", 'kind = "special"\nvotes ='), "questions[0].kind", "special"),
        # an unknown rulebook
        (rules('rulebook = "vn-party-2099"'), "rules", "vn-party-2099"),
        # a base that does not exist
        (rules('quorum = { at_least = "2/3", of = "everyone" }'), "rules", "'everyone'"),
        # a rule with both comparisons
        (rules('quorum = { at_least = "2/3", more_than = "1/2" }'), "rules", "more_than"),
        # quorum = true says nothing
        (rules("quorum = true"), "rules", "quorum = true"),
        # a float ratio
        (rules("quorum = { at_least = 0.5 }"), "rules.quorum.at_least", "0.5"),
        # an invalid-ballot reason that does not exist
        (election(body='invalid = { "torn" = 1 }'), "questions[1].tallies[0]", "'torn'"),
        # a tally with more votes than ballots
        (election().replace("cast = 10", "cast = 5"), "questions[1].tallies[0]", "has 6 votes"),
        # both a ballots file and tallies
        (election(extra='ballots = "b.csv"'), "questions[1]", "not both"),
        # no seats to fill
        (election().replace("seats = 1", "seats = 0"), "questions[1]", "at least 1 seat"),
        # a TOML syntax error
        (MINIMAL.replace("members = 11", "members = = 11"), "line 5, column 11", "Invalid value"),
        # a file that is not a table
        ("[1, 2]", "(top level)", "table of keys"),
        # a JSON syntax error
        ('{"meeting": }', "line 1, column 13", "JSON"),
        # a JSON file that is a list
        ("{}", "meeting", "'meeting'"),
        # no questions at all
        (NO_QUESTIONS, "questions", "[[questions]]"),
    ],
)  # fmt: skip
def test_mistakes_name_the_key_and_the_value(text: str, where: str, words: str) -> None:
    with pytest.raises(MeetingError) as caught:
        loads(text, source="congress.toml")
    message = str(caught.value)
    assert message.startswith(f"congress.toml: {where}:"), message
    assert words in message
    assert caught.value.message("vi").startswith(f"congress.toml: {where}:")


def test_a_missing_ballots_file_and_unreadable_meeting_file(tmp_path: Path) -> None:
    text = election(extra='ballots = "nowhere.csv"').split("[[questions.tallies]]")[0]
    with pytest.raises(MeetingError, match=r"nowhere\.csv does not exist"):
        loads(text, base_dir=tmp_path)
    with pytest.raises(MeetingError, match="cannot read the file"):
        load(tmp_path / "missing.toml")


def test_a_file_that_is_not_utf8() -> None:
    with pytest.raises(MeetingError, match="UTF-8"):
        loads(MINIMAL.encode("utf-16"))


def test_a_ballots_file_error_names_the_question(tmp_path: Path) -> None:
    (tmp_path / "b.csv").write_text("An,Bình\nx,maybe\n", encoding="utf-8")
    text = election(extra='ballots = "b.csv"').split("[[questions.tallies]]")[0]
    meeting = loads(text, base_dir=tmp_path, source="m.toml")
    with pytest.raises(MeetingError) as caught:
        meeting.count()
    assert "questions[1]" in str(caught.value)
    assert "line 2" in str(caught.value)
    assert "'maybe'" in str(caught.value)


def test_dates_and_birth_dates() -> None:
    text = election(extra='birth_dates = { An = 1970-01-02, "Bình" = "1971-03-04" }')
    text = text.replace('name = "Chi bộ 3"', 'name = "Chi bộ 3"\ndate = 2025-06-14')
    meeting = loads(text)
    assert str(meeting.date) == "2025-06-14"
    with pytest.raises(MeetingError, match="a date like"):
        loads(text.replace("1970-01-02", '"2 Jan 1970"'))
    json_text = as_json({**tomllib.loads(MINIMAL), "meeting": {"name": "x", "date": "2025-06-14"}})
    assert str(loads(json_text).date) == "2025-06-14"
    datetime_text = MINIMAL.replace('name = "Chi bộ 3"', 'name = "x"\ndate = 2025-06-14T09:30:00')
    assert str(loads(datetime_text).date) == "2025-06-14"


# --- fuzzing: damaged files give a clear error, never a traceback or a wrong count ----------


def damaged(text: str) -> st.SearchStrategy[bytes]:
    @st.composite
    def damage(draw: st.DrawFn) -> bytes:
        data = bytearray(text.encode("utf-8"))
        for _ in range(draw(st.integers(1, 4))):
            position = draw(st.integers(0, len(data)))
            action = draw(st.sampled_from(["delete", "insert", "replace"]))
            if action == "delete" and data:
                del data[min(position, len(data) - 1)]
            elif action == "insert":
                data[position:position] = draw(st.binary(min_size=1, max_size=3))
            elif data:
                data[min(position, len(data) - 1)] = draw(st.integers(0, 255))
        return bytes(data)

    return damage()


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=300)
@given(damaged(election()))
def test_damaged_toml_gives_a_clear_error_or_a_consistent_count(data: bytes) -> None:
    try:
        meeting = loads(data)
        counted = meeting.count()
    except PartyvoteError:
        return
    for outcome in counted.questions:
        if isinstance(outcome, ElectionOutcome):
            tally = outcome.result.tally
            assert tally.valid + tally.invalid_total == tally.cast


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=300)
@given(damaged(as_json(tomllib.loads(election()))))
def test_damaged_json_gives_a_clear_error_or_a_consistent_count(data: bytes) -> None:
    try:
        counted = loads(data).count()
    except PartyvoteError:
        return
    for outcome in counted.questions:
        if isinstance(outcome, ElectionOutcome):
            tally = outcome.result.tally
            assert tally.valid + tally.invalid_total == tally.cast


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=200)
@given(damaged("An,Bình,issued\nx,,\n,x,\nx,x,no\n,,\n"))
def test_damaged_ballot_files_give_a_clear_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "b.csv").write_bytes(data)
    text = election(extra='ballots = "b.csv"').split("[[questions.tallies]]")[0]
    try:
        counted = loads(text, base_dir=folder).count()
    except PartyvoteError:
        return
    tally = counted.questions[1].result.tally
    assert tally.cast <= data.count(b"\n") + 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a JSON list is not a meeting
        ('"just a string"', "table of keys"),
        # a date given as a number
        (MINIMAL.replace('name = "Chi bộ 3"', 'name = "x"\ndate = 20250614'), "a date like"),
        # a list where a table belongs
        (MINIMAL.replace("votes = { yes = 6, no = 4 }", "votes = [6, 4]"), "questions[0]"),
        # a list of questions that is not a list
        (NO_QUESTIONS.replace("questions = []", "questions = 3"), "questions"),
    ],
)
def test_more_mistakes(text: str, words: str) -> None:
    with pytest.raises(MeetingError, match=words.replace("[", r"\[").replace("]", r"\]")):
        loads(text)


def test_invalid_as_a_total() -> None:
    counted = loads(election(body="invalid = 0")).count()
    assert counted.questions[1].result.invalid_total == 0
