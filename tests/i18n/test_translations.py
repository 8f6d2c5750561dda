"""Messages that cannot break: literal text beside catalog keys, plurals, no stale or
half-English translation."""

import io
import re
import sys
from pathlib import Path

import pytest

import partyvote as pv
from partyvote._i18n.catalog import CATALOG, LANGUAGES, Message, Text, render
from partyvote.cli import main
from partyvote.errors import LanguageError, PartyvoteError, RuleError

sys.path.insert(0, str(Path(__file__).parent))
from lock_english import fingerprint, read_lock

# --- an extension's own words -------------------------------------------------------------


class NeedsPoll(pv.rules.RuleOps):
    """An extension rule that refuses plain votes with its own error."""

    def decide(self, votes: pv.Votes, /, *, roll: pv.Roll | None = None) -> pv.Decision:
        raise RuleError(Text(en="my rule needs a poll", vi="quy tắc này cần một Poll"))


def test_an_extension_raises_its_own_error_in_both_languages() -> None:
    with pytest.raises(RuleError) as caught:
        NeedsPoll().decide(pv.Votes(3, 1))
    assert str(caught.value) == "my rule needs a poll"
    assert caught.value.message("vi") == "quy tắc này cần một Poll"
    assert caught.value.key is None
    assert dict(caught.value.params) == {}


def test_a_plain_string_is_literal_text_in_every_language() -> None:
    # even one that looks like a catalog key is not looked up
    for text in ("my rule needs a poll", "rule.empty", "base.bad_result"):
        error = RuleError(text)
        assert [error.message(lang) for lang in LANGUAGES] == [text, text]


def test_partyvote_errors_keep_their_key_and_params() -> None:
    with pytest.raises(PartyvoteError) as caught:
        pv.Roll(31, present=35)
    assert caught.value.key == "roll.present_exceeds"
    assert dict(caught.value.params) == {"present": 35, "members": 31}


def test_an_error_is_words_not_anything() -> None:
    with pytest.raises(TypeError, match="Text"):
        RuleError(42)  # type: ignore[arg-type]


def test_a_text_is_text() -> None:
    with pytest.raises(TypeError):
        Text(en=None)  # type: ignore[arg-type]


def test_a_literal_message_still_checks_the_language() -> None:
    with pytest.raises(LanguageError, match="'fr'"):
        RuleError("mine").message("fr")


def test_a_message_names_a_catalog_key() -> None:
    assert Message("rule.empty").render("vi") == render("rule.empty", "vi")
    with pytest.raises(KeyError):
        Message("no.such.key")


# --- user bases and rules explain themselves ----------------------------------------------


def bad_result(roll: pv.Roll | None, votes: pv.Votes | None) -> int:
    assert votes is not None
    return votes.yes + votes.no


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_user_base_named_like_a_catalog_key_explains_itself(lang: str) -> None:
    base = pv.Base("bad_result", bad_result)
    text = pv.more_than("1/2", of=base).decide(pv.Votes(3, 1)).explain(lang)
    assert "1/2" in text
    assert " 4 bad_result" in text


def test_a_user_base_labelled_in_both_languages() -> None:
    base = pv.Base("bad_result", bad_result, en="shares voted", vi="cổ phần đã biểu quyết")
    decision = pv.Minimum(3, counted=base).decide(pv.Votes(3, 1))
    assert decision.explain("en") == "shares voted: needs 3, received 4: passed."
    assert decision.explain("vi") == "cổ phần đã biểu quyết: cần 3, nhận được 4: đạt."


def test_a_user_rule_labelled_in_both_languages() -> None:
    label = Text(en="Chair's casting vote", vi="Phiếu quyết định của chủ tọa")
    decision = pv.Decision(
        reason=pv.rules.Reason.PASSED, required=1, received=1, base_size=1, label=label
    )
    assert decision.explain("en").startswith("Chair's casting vote: needs 1")
    assert decision.explain("vi").startswith("Phiếu quyết định của chủ tọa: cần 1")
    assert (
        pv.Decision(
            reason=pv.rules.Reason.PASSED,
            required=1,
            received=1,
            base_size=1,
            label="rule.plurality",
        )
        .explain("vi")
        .startswith("rule.plurality:")
    )


# --- plurals -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seats", "candidates", "expected"),
    [
        (1, 1, "Election of 1 seat from 1 candidate;"),
        (2, 3, "Election of 2 seats from 3 candidates;"),
    ],
)
def test_english_says_one_seat_and_two_seats(seats: int, candidates: int, expected: str) -> None:
    names = [f"C{index}" for index in range(candidates)]
    election = pv.Election(seats=seats, candidates=names, threshold=pv.more_than("1/2", of=pv.CAST))
    result = election.count([names[:seats]] * 3, roll=pv.Roll(3, present=3))
    assert result.explain("en").splitlines()[0].startswith(expected)
    assert "(s)" not in result.explain("en")


def test_no_template_says_s_in_brackets() -> None:
    assert [key for key in CATALOG if "(s)" in CATALOG[key]["en"]] == []


# --- every key in every language, none stale ----------------------------------------------


def test_no_translation_is_stale() -> None:
    """A changed English text fails until its translations are checked and locked again."""
    recorded = read_lock()
    stale = [key for key in CATALOG if recorded.get(key) != fingerprint(CATALOG[key]["en"])]
    assert stale == [], (
        f"the English of {stale} changed (or is new) since its translations were checked: "
        "update every language, then run .venv/bin/python tests/i18n/lock_english.py KEY..."
    )
    assert sorted(set(recorded) - set(CATALOG)) == [], "the lock names keys that are gone"


def test_the_lock_notices_a_changed_english_text() -> None:
    key = "report.title"
    assert read_lock()[key] == fingerprint(CATALOG[key]["en"])
    assert read_lock()[key] != fingerprint(CATALOG[key]["en"] + " (draft)")


# --- the command speaks Vietnamese --------------------------------------------------------

# Words of English that no Vietnamese line should contain.
ENGLISH = re.compile(
    r"\b(error|expected|got|must|the|argument|arguments|required|whole|number|invalid|"
    r"choice|cannot|not|unknown|of|is|and|or|with|for|quorum|motion|election|ties|"
    r"parameter|note|valid|questions?|interrupted)\b"
)
EXAMPLES = Path(pv.__file__).parent / "io" / "examples"


def call(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main([*args, "--lang", "vi"], stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "args",
    [
        ("required", "--of", "x", "--more-than", "1/2"),  # not a number
        ("required", "--of", "-3", "--more-than", "1/2"),  # negative
        ("required", "--of", "3", "--more-than", "0.5.5"),  # not a ratio
        ("required", "--of", "3", "--more-than", "1.5"),  # above 1
        ("required", "--of", "3"),  # no threshold
        ("required", "--of", "3", "--more-than", "1/2", "--at-least", "1/2"),  # both
        ("required", "--more-than", "1/2"),  # no base
        ("required", "--of", "3", "--more-than", "1/2", "--bogus"),  # unknown option
        ("quorum", "--members", "10", "--present", "12"),  # a roll that cannot be
        ("quorum", "--members", "10", "--present", "8", "--of", "x"),  # not a choice
        ("rulebooks", "vn-party-2099"),  # unknown rulebook
    ],
)
def test_every_error_line_is_vietnamese(args: tuple[str, ...]) -> None:
    status, out, err = call(*args)
    assert (status, out) == (2, "")
    assert err.startswith("partyvote: lỗi: ")
    # option names and the values typed are the user's, not English sentences
    said = re.sub(r"--[\w-]+|'[^']*'", "", err.removeprefix("partyvote: lỗi: "))
    assert ENGLISH.findall(said) == [], err


def test_a_meeting_file_error_names_the_kind_in_vietnamese(tmp_path: Path) -> None:
    meeting = tmp_path / "m.toml"
    meeting.write_text('[meeting]\nname = "x"\ndate = 3\n[roll]\nmembers = 3\n', "utf-8")
    status, _, err = call("validate", str(meeting))
    assert status == 2
    assert "cần một ngày như 2025-06-14, nhận được 3" in err


@pytest.mark.parametrize("book", pv.rulebooks.available())
def test_rulebook_lines_are_vietnamese(book: str) -> None:
    status, out, _ = call("rulebooks", book)
    assert status == 0
    _, _, rest = out.partition("\n\n")  # the title and the sources are names of documents
    _, _, rest = rest.partition("\n\n")
    rules, _, notes = rest.partition("\n\n")
    for line in rules.splitlines():
        label, _, rule = line.partition(": ")
        for keyword in ("biểu quyết ", "tham số "):
            if label.startswith(keyword):  # then a motion's kind or a parameter's name,
                label = keyword  # keywords the user types
        assert ENGLISH.findall(label) == [], line
        if label.startswith(("khi bằng phiếu", "bầu cử")):
            assert ENGLISH.findall(rule) == [], line
    assert notes.strip()
    for note in notes.splitlines():
        assert note not in pv.rulebooks.get(book).notes_in("en")


def test_validate_and_compare_speak_vietnamese() -> None:
    status, out, _ = call("validate", str(EXAMPLES / "congress.toml"))
    assert (status, out.split(": ")[-1]) == (0, "hợp lệ, 4 câu hỏi\n")


def test_a_labelled_decision_is_still_a_hashable_value() -> None:
    decided = pv.Minimum(3).decide(pv.Votes(3, 1))
    assert hash(decided) == hash(pv.Minimum(3).decide(pv.Votes(3, 1)))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "decided by seniority: B."), ("vi", "phân định theo thâm niên: B.")],
)
def test_a_tie_key_labelled_in_both_languages(lang: str, expected: str) -> None:
    from partyvote.elections.ties import ByKey

    ties = ByKey({"A": 1, "B": 2}, label=Text(en="seniority", vi="thâm niên"))
    election = pv.Election(
        seats=1, candidates=["A", "B"], ties=ties, threshold=pv.at_least("1/2", of=pv.VALID)
    )
    assert expected in election.count([["A"], ["B"]], roll=pv.Roll(2, present=2)).explain(lang)


def test_the_message_layer_imports_nothing_from_errors() -> None:
    import ast

    import partyvote._i18n

    folder = Path(partyvote._i18n.__file__).parent
    for module in folder.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert node.module != "partyvote.errors", module.name
                assert not (node.module or "").startswith("partyvote.") or (
                    node.module or ""
                ).startswith("partyvote._i18n"), (module.name, node.module)
