"""The organising committee's overview: many meetings' minutes read, checked and summed up.

The totals are checked against the minutes themselves (read here independently of the
overview's reader), never against numbers written into the test.
"""

from __future__ import annotations

import importlib.util
import io
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partyvote.cli import main
from partyvote.errors import LanguageError, ReportError
from partyvote.io.meeting import MeetingResult, loads
from partyvote.report import SUMMARY_FORMATS, minutes, minutes_data, summary, summary_data
from partyvote.report._aggregate import BANDS, band, percent
from partyvote.report._seal import SEAL, seal
from partyvote.report.blocks import Figure
from partyvote.report.renderers import to_html, to_markdown, to_text

PILOT = Path(str(resources.files("partyvote.io") / "examples" / "pilot"))
MINUTES = sorted(PILOT.glob("*.json"))
PLANNED = [
    line for line in (PILOT / "planned.txt").read_text("utf-8").splitlines() if line[:1] != "#"
]


def raw(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def call(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def meeting(
    name: str,
    *,
    present: int = 11,
    votes: int = 11,
    cast: int = 11,
    invalid: str = "{}",
    lang: str = "vi",
) -> MeetingResult:
    """A members' congress of 11 electing its secretary directly, one name on the list."""
    return loads(f"""
[meeting]
name = "{name}"
lang = "{lang}"
body = "{name}"
date = 2020-04-01
[rules]
rulebook = "vn-party-2024"
[roll]
members = 11
present = {present}
[[questions]]
type = "election"
title = "Bầu bí thư"
seats = 1
candidates = ["An"]
tallies = [{{ name = "1", cast = {cast}, votes = {{ "An" = {votes} }}, invalid = {invalid} }}]
""").count()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the bundled minutes, to damage."""
    copy = tmp_path / "pilot"
    copy.mkdir()
    for path in MINUTES:
        shutil.copy(path, copy / path.name)
    return copy


def resealed(data: dict[str, Any]) -> str:
    data[SEAL] = seal(data)
    return json.dumps(data, ensure_ascii=False)


# --- the bundled example ----------------------------------------------------------------------


def test_the_example_is_labelled_an_illustration() -> None:
    assert len(MINUTES) == 11
    assert len(PLANNED) == 26
    assert all("minh họa" in raw(path)["meeting"]["name"] for path in MINUTES)


def test_totals_agree_with_the_minutes() -> None:
    data = summary_data(MINUTES, planned=PLANNED)
    heads = [q for path in MINUTES for q in raw(path)["questions"] if q.get("seats") == 1]
    unanimous = [q for q in heads if q["candidates"][0]["votes"] == q["ballots"]["valid"]]
    invalid: dict[str, int] = {}
    for path in MINUTES:
        for question in raw(path)["questions"]:
            for reason, count in question.get("ballots", {}).get("invalid", {}).items():
                invalid[reason] = invalid.get(reason, 0) + count
    totals = data["totals"]
    assert (totals["held"], totals["planned"]) == (len(MINUTES), len(PLANNED))
    assert totals["heads_elected"] == sum(1 for q in heads if q["elected"])
    assert totals["heads_unanimous"] == len(unanimous)
    assert totals["invalid"] == invalid
    assert len(data["not_held"]) == len(PLANNED) - len(MINUTES)
    members = sum(band["members"] for band in data["distribution"])
    assert members == totals["committee_filled"]
    assert sum(band["heads"] for band in data["distribution"]) == totals["heads_elected"]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("format_", SUMMARY_FORMATS)
def test_the_example_prints_in_every_format_and_language(format_: str, lang: str) -> None:
    status, out, err = call("summary", "--example", "--format", format_, "--lang", lang)
    assert (status, err) == (0, "")
    if format_ == "json":
        assert json.loads(out)["totals"]["held"] == len(MINUTES)
        return
    held_of = {"vi": "11/26 đơn vị dự kiến", "en": "11 of 26 planned units"}[lang]
    unanimous = {"vi": "tuyệt đối", "en": "unanimous"}[lang]
    assert held_of in out
    assert unanimous in out
    # Every unit that met is named in the overview.
    assert all(raw(path)["meeting"]["body"] in out for path in MINUTES)


def test_language_defaults_to_the_minutes() -> None:
    assert summary(MINUTES).startswith("Báo cáo tổng hợp")
    assert summary(MINUTES, lang="en").startswith("Overview of the congresses")
    mixed: list[MeetingResult | Path] = [
        *MINUTES[:1],
        meeting("Chi bộ 9", lang="en"),
    ]  # vi and en minutes: English
    assert summary(mixed).startswith("Overview")
    with pytest.raises(LanguageError):
        summary(MINUTES, lang="fr")
    with pytest.raises(LanguageError):
        summary_data(MINUTES, lang="fr")


def test_counted_meetings_read_like_their_json_minutes(tmp_path: Path) -> None:
    counted = [meeting("Chi bộ 1"), meeting("Chi bộ 2", votes=9)]
    paths = []
    for number, result in enumerate(counted):
        paths.append(tmp_path / f"{number}.json")
        paths[-1].write_text(minutes(result, format="json"), encoding="utf-8")
    from_results, from_files = summary_data(counted), summary_data(paths)
    for data in (from_results, from_files):
        for entry in data["meetings"]:
            del entry["source"]
    assert from_results == from_files
    assert summary_data([minutes_data(counted[0])])["totals"]["heads_unanimous"] == 1


# --- how a secretary's direct election ended -----------------------------------------------------


@pytest.mark.parametrize(
    ("result", "votes", "cast", "invalid", "expected", "following"),
    [
        # every valid ballot for the candidate: "tuyệt đối"
        (meeting("A", votes=10, invalid='{ "single-both" = 1 }'), 10, 11, 1, "unanimous", None),
        # 10 of 11: more than half of those convened (190-QĐ/TW Art. 30), not unanimous
        (meeting("B", votes=10), 10, 11, 0, "majority", None),
        # 5 of 11 is not more than half: a further round (244-QĐ/TW Art. 20(2))
        (meeting("C", votes=5), 5, 11, 0, "failed", "round"),
        # 7 present of 11 is under the 2/3 quorum: the election is held again
        (meeting("D", present=7, votes=7, cast=7), 7, 7, 0, "failed", "again"),
    ],
)  # fmt: skip
def test_how_each_secretary_was_elected(  # noqa: PLR0917
    result: MeetingResult,
    votes: int,
    cast: int,
    invalid: int,
    expected: str,
    following: str | None,
) -> None:
    (entry,) = summary_data([result])["meetings"]
    head = entry["head"]
    assert (head["votes"], head["valid"], head["result"], head["next"]) == (
        votes,
        cast - invalid,
        expected,
        following,
    )
    assert head["share"] == str(Fraction(votes, 11))


def test_a_failed_election_with_a_further_round_says_so() -> None:
    result = loads("""
[meeting]
name = "Đại hội E"
[rules]
rulebook = "vn-party-2024"
[roll]
members = 11
present = 11
[[questions]]
type = "election"
title = "Bầu bí thư"
seats = 1
candidates = ["An", "Bình"]
tallies = [{ name = "1", cast = 11, votes = { "An" = 5, "Bình" = 4 } }]
""").count()
    data = summary_data([result])
    assert data["meetings"][0]["head"]["next"] == "round"
    assert data["totals"]["heads_failed"] == 1
    text = summary([result], lang="en")
    assert "not elected: a further round among An, Bình" in text
    assert "không trúng cử: bầu tiếp trong số An, Bình" in summary([result], lang="vi")


def test_no_candidate_left_means_new_names() -> None:
    data = minutes_data(meeting("F", votes=5))
    data["questions"][0]["next_round"] = None  # as when every name on the list was used
    resealed(data)
    (entry,) = summary_data([data])["meetings"]
    assert entry["head"]["next"] == "names"
    assert "the congress adds names" in summary([data], lang="en")


def test_what_newer_or_odder_minutes_may_hold() -> None:
    data = minutes_data(meeting("G", votes=10, invalid='{ "single-both" = 1 }'))
    data["meeting"]["date"] = "mùa xuân 2020"  # not an ISO date: shown as written
    data["questions"][0]["ballots"]["invalid"] = {"torn": 1}  # a reason of a later version
    data["questions"][0]["candidates"][0]["base_size"] = 0  # an empty base: no share
    resealed(data)
    text = summary([data], lang="en", planned=["G"])
    assert "Date: mùa xuân 2020" in text
    assert "  - torn" in text
    assert "10 votes (- of 0)" in text
    assert "Not held yet" not in text
    if importlib.util.find_spec("matplotlib") is not None:
        assert summary([data], format="html").count("<svg") == 2  # no committee


def test_a_meeting_without_a_direct_election() -> None:
    result = loads("""
[meeting]
name = "Chi bộ 5"
[rules]
rulebook = "robert"
quorum = false
[roll]
members = 11
present = 10
[[questions]]
type = "motion"
title = "Nghị quyết"
votes = { yes = 4, no = 6 }
""").count()
    text = summary([result], lang="en")
    assert "No congress elected its secretary directly." in text
    assert "Quorum: not stated in the minutes." in text
    assert "not adopted" in text
    assert summary_data([result])["meetings"][0]["head"] is None
    assert "<figure" not in summary([result], format="html")  # nothing to draw


# --- refusing damaged, duplicated and mismatched minutes -----------------------------------------


def refused(*args: str) -> str:
    status, out, err = call("summary", *args)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1  # one line, no traceback
    return err


def test_a_damaged_file_is_refused_by_name(folder: Path) -> None:
    target = folder / MINUTES[3].name
    target.write_text(target.read_text("utf-8").replace('"valid": ', '"valid": 1', 1), "utf-8")
    err = refused(str(folder))
    assert str(target) in err
    assert "damaged or edited" in err
    assert "bị hỏng hoặc bị sửa" in refused(str(folder), "--lang", "vi")


def counts(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The paths of every whole number in *data*."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from counts(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from counts(value, (*path, index))
    elif isinstance(data, int) and not isinstance(data, bool):
        yield path


@given(index=st.integers(0, len(MINUTES) - 1), choice=st.data(), delta=st.integers(1, 5))
def test_any_changed_number_is_refused(index: int, choice: st.DataObject, delta: int) -> None:
    data = raw(MINUTES[index])
    *parents, last = choice.draw(st.sampled_from(sorted(counts(data), key=str)))
    container = data
    for step in parents:
        container = container[step]
    container[last] += delta
    with pytest.raises(ReportError, match="damaged or edited"):
        summary_data([data])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        # a later or foreign format
        (lambda d: d.update(format="partyvote-minutes/2"), "format 'partyvote-minutes/2'"),
        # minutes written before the seal existed, or with it removed
        (lambda d: d.pop(SEAL), "no digest of their content"),
        # resealed by hand: valid + invalid ballots must make those cast
        (lambda d: d["questions"][1]["ballots"].update(valid=1), "questions[1].ballots do not"),
        # resealed: elected + unfilled + tied must make the seats
        (lambda d: d["questions"][2].update(unfilled=1), "questions[2] do not add up"),
        # resealed: convened is members less the excused
        (lambda d: d["roll"].update(convened=1), "at roll do not add up"),
        # resealed: a field the overview needs is gone
        (lambda d: d["questions"][1].pop("candidates"), "questions[1].candidates is missing"),
        # resealed: a count that is not a whole number
        (lambda d: d["roll"].update(members=True), "roll.members is missing or of the wrong"),
        (lambda d: d["roll"].update(present=-1), "roll.present is missing"),
        (lambda d: d["meeting"].update(date=20200401), "meeting.date"),
        (lambda d: d["meeting"].update(body=["x"]), "meeting.body"),
        (lambda d: d["meeting"].update(lang=1), "meeting.lang"),
        (lambda d: d["questions"][2].update(elected=[1]), "questions[2].elected"),
        (lambda d: d["questions"][2].update(elected=["X"]), "questions[2] do not add up"),
        (lambda d: d["questions"][1].update(next_round={"candidates": [1]}), "next_round.cand"),
        (lambda d: d.update(meeting=[]), "meeting is missing"),
        # resealed: an election always has candidates
        (lambda d: d["questions"][2].update(candidates=[], elected=[], unfilled=1), "[2] do not"),
    ],
)
def test_minutes_that_do_not_hold_together_are_refused(
    folder: Path, change: Any, message: str
) -> None:
    target = folder / MINUTES[0].name
    data = raw(target)
    change(data)
    sealed = SEAL in data
    target.write_text(resealed(data) if sealed else json.dumps(data), encoding="utf-8")
    err = refused(str(folder))
    assert str(target) in err
    assert message in err


def test_minutes_added_fields_are_tolerated() -> None:
    data = raw(MINUTES[0])
    data["questions"][2]["candidates"][0]["share_text"] = "96,33%"  # as another version may
    data["forms"] = {"anything": [1, 2]}
    data["questions"][2]["threshold"] = {"rule": "a rule of its own"}
    resealed(data)
    (entry,) = summary_data([data])["meetings"]
    assert entry["head"]["result"] in {"unanimous", "elected"}


@pytest.mark.parametrize("ratio", ["1/3", "x", "1/0"])
def test_a_threshold_that_is_not_more_than_half_is_no_absolute_majority(ratio: str) -> None:
    data = raw(MINUTES[2])  # a secretary elected, not unanimously
    data["questions"][2]["threshold"]["ratio"] = ratio
    resealed(data)
    assert summary_data([data])["meetings"][0]["head"]["result"] == "elected"


def test_the_same_minutes_twice_are_refused(folder: Path) -> None:
    err = refused(str(folder), str(folder / MINUTES[0].name))
    assert "the same count as" in err
    assert str(folder / MINUTES[0].name) in err


def test_two_counts_of_one_meeting_are_refused() -> None:
    with pytest.raises(ReportError, match="another count of the meeting"):
        summary_data([meeting("Chi bộ 1"), meeting("Chi bộ 1", votes=10)])


def test_planned_units_must_match(tmp_path: Path) -> None:
    planned = tmp_path / "planned.txt"
    planned.write_text("# units\n\n" + "\n".join(PLANNED[1:]) + "\n", encoding="utf-8")
    err = refused("--example", "--planned", str(planned))
    assert repr(PLANNED[0]) in err
    assert "not among the planned units" in err
    with pytest.raises(ReportError, match="listed twice"):
        summary_data(MINUTES, planned=[*PLANNED, PLANNED[0]])


def test_files_that_are_not_minutes(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert "no JSON minutes" in refused(str(tmp_path / "empty"))
    assert "no such file or folder" in refused(str(tmp_path / "nothing.json"))
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert "not JSON minutes" in refused(str(tmp_path / "bad.json"))
    (tmp_path / "latin.json").write_bytes(b"\xff")
    assert "not JSON minutes" in refused(str(tmp_path / "latin.json"))
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    assert "(top) is missing" in refused(str(tmp_path / "list.json"))
    # Read as strictly as meeting files and compare (issue 11, items 5 and 14).
    (tmp_path / "twice.json").write_text('{"format": 1, "format": 2}', encoding="utf-8")
    assert "'format' is given twice" in refused(str(tmp_path / "twice.json"))
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "not JSON minutes" in refused(str(tmp_path / "deep.json"))
    (tmp_path / "long.json").write_text("1" * 5_000, encoding="utf-8")
    assert "not JSON minutes" in refused(str(tmp_path / "long.json"))
    assert "no minutes to summarise" in refused()
    assert "cannot read" in refused("--example", "--planned", str(tmp_path / "none.txt"))


def test_an_unreadable_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", fail)  # the minutes are opened and read in bytes
    assert "cannot read: Permission denied" in refused(str(MINUTES[0]))


def test_unknown_format() -> None:
    with pytest.raises(ReportError, match="'pdf' is not a format of the overview"):
        summary(MINUTES, format="pdf")


# --- output -------------------------------------------------------------------------------------


def test_html_carries_charts_as_inline_svg() -> None:
    pytest.importorskip("matplotlib")
    page = summary(MINUTES, format="html", lang="en")
    assert page.count("<svg") == 3
    assert "<?xml" not in page
    assert "<script" not in page
    assert summary(MINUTES, format="html", lang="en") == page  # the same drawing every time
    assert "<svg" not in summary(MINUTES, format="html", charts=False)


def test_without_matplotlib_the_page_says_how_to_get_charts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    page = summary(MINUTES, format="html", lang="en")
    assert "<svg" not in page
    assert "pip install &#x27;partyvote[charts]&#x27;" in page


def test_charts_skip_what_there_is_nothing_to_draw() -> None:
    pytest.importorskip("matplotlib")
    page = summary([meeting("Chi bộ 1")], format="html", lang="en")
    assert page.count("<svg") == 1  # the secretary's share; no committee, no invalid ballot


def test_markdown_escapes_names(tmp_path: Path) -> None:
    out = summary([meeting("*Chi bộ* <1>")], format="markdown", lang="en")
    assert "\\*Chi bộ\\* &lt;1&gt;" in out


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "overview.html"
    status, out, _ = call("summary", "--example", "--format", "html", "-o", str(target))
    assert (status, out) == (0, "")
    assert target.read_text("utf-8").startswith("<!DOCTYPE html>")
    status, _, _ = call("summary", "--example", "--format", "html", "--no-charts")
    assert status == 0


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="no headless Chromium installed")
def test_the_html_overview_renders_in_chromium(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    page = tmp_path / "overview.html"
    page.write_text(summary(MINUTES, format="html"), encoding="utf-8")
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    chromium = str(shutil.which("chromium"))
    dom = subprocess.run(
        [chromium, *flags, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    # The browser parsed the three charts as SVG inside figures, with their bars.
    assert dom.count("<figure") == 3
    assert dom.count("<svg") == 3
    assert "<path" in dom
    pdf = tmp_path / "overview.pdf"
    subprocess.run(
        [chromium, *flags, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert pdf.read_bytes().startswith(b"%PDF")


# --- numbers --------------------------------------------------------------------------------------


@given(st.fractions(min_value=0, max_value=1))
def test_percent_rounds_half_up_and_never_shows_100_for_less(share: Fraction) -> None:
    text = percent(share)
    shown = Fraction(text.rstrip("%"))
    digits = len(text.rstrip("%").split(".")[1])
    # Half up: the shown value is within half a unit of the last digit, never below by half.
    unit = Fraction(1, 10**digits)
    assert -unit / 2 <= share * 100 - shown < unit / 2
    assert digits == 2 or share < 1
    assert (shown == 100) == (share == 1) or digits == 12


@given(st.fractions(min_value=0, max_value=1))
def test_every_share_falls_in_its_band(share: Fraction) -> None:
    low, high = BANDS[band(share)]
    assert low <= share
    assert high is None or share < high


def test_text_and_markdown_show_a_figure_by_its_caption() -> None:
    figure = Figure("Shares *by* unit", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    assert to_text([figure]) == "Shares *by* unit\n"
    assert to_markdown([figure]) == "Shares \\*by\\* unit\n"
    assert "<svg" in to_html([figure], title="t", lang="en")


def test_the_overview_never_writes_over_a_file_it_read(folder: Path, tmp_path: Path) -> None:
    # issue 11, item 10: an output path that is an input is refused, the input kept whole
    target = folder / MINUTES[0].name
    before = target.read_bytes()
    assert "is one of the files read" in refused(str(folder), "-o", str(target))
    assert target.read_bytes() == before
    planned = tmp_path / "planned.txt"
    planned.write_text("\n".join(PLANNED), encoding="utf-8")
    assert "is one of the files read" in refused(
        str(folder), "--planned", str(planned), "-o", str(planned)
    )
    assert planned.read_text(encoding="utf-8") == "\n".join(PLANNED)


# --- every kind of question partyvote writes ---------------------------------------------------

EVERY_KIND = """
[meeting]
name = "Council"
[rules]
rulebook = "robert"
[roll]
members = 120
present = 100
[[questions]]
type = "election"
title = "Chair"
seats = 1
candidates = ["An", "Bình"]
tallies = [{ name = "1", cast = 100, votes = { "An" = 60, "Bình" = 40 } }]
[[questions]]
type = "election"
title = "Board"
seats = 3
candidates = ["An", "Bình", "Chi"]
tallies = [{ name = "1", cast = 100, votes = { "An" = 60, "Bình" = 55, "Chi" = 30 } }]
[[questions]]
type = "motion"
title = "Budget"
votes = { yes = 60, no = 40 }
[[questions]]
type = "ranked"
title = "Committee"
seats = 2
reading = "stv"
candidates = ["An", "Bình", "Chi", "Dũng"]
ballots = [
  { ranking = ["An", "Bình"], count = 40 },
  { ranking = ["Bình"], count = 15 },
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

BOARD_OF_SHAREHOLDERS = """
[meeting]
name = "Đại hội đồng cổ đông 2026"
[rules]
rulebook = "vn-enterprise-2020"
[roll]
members = 12500000
present = 6700000
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


def every_kind(tmp_path: Path) -> list[Path]:
    """JSON minutes written by ``partyvote count`` for every kind of question it reads."""
    paths = []
    for number, text in enumerate((EVERY_KIND, BOARD_OF_SHAREHOLDERS)):
        meeting_file, json_file = tmp_path / f"{number}.toml", tmp_path / f"{number}.json"
        meeting_file.write_text(text, "utf-8")
        status, _, err = call("count", str(meeting_file), "--format", "json", "-o", str(json_file))
        assert (status, err) == (0, "")
        paths.append(json_file)
    return paths


def test_minutes_of_every_kind_of_question_are_read(tmp_path: Path) -> None:
    # partyvote's own minutes are never "damaged": ranked, cumulative and seats questions are
    # listed with the seats they filled, and left out of the totals of approval elections.
    files = every_kind(tmp_path)
    kinds = {
        raw(path)["questions"][i]["type"]
        for path in files
        for i in range(len(raw(path)["questions"]))
    }
    assert kinds == {"election", "motion", "ranked", "seats", "cumulative"}
    status, text, err = call("summary", *map(str, files), "--lang", "en")
    assert (status, err) == (0, "")
    assert "Committee  ranked ballots, not in the totals: all 2 elected" in text
    assert "seats among groups, not in the totals: 7 of 7 seats given to groups" in text
    assert "cumulative voting, not in the totals: all 3 elected" in text
    assert "Board      2 of 3 elected; 1 left empty" in text
    data = summary_data(files)
    council = next(m for m in data["meetings"] if m["name"] == "Council")
    assert council["questions"][3] == {
        "title": "Committee",
        "type": "ranked",
        "seats": 2,
        "filled": 2,
        "elected": ["An", "Chi"],  # the worked example of partyvote.elections.ranked
        "unfilled": 0,
    }
    # Only the approval elections count: the chair (1) and the board's 2 of 3.
    assert data["totals"]["committee_filled"] == 2
    assert data["totals"]["committee_empty"] == 1
    assert "phiếu xếp thứ tự, không tính vào số liệu tổng hợp" in summary(files, lang="vi")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        # more candidates elected than seats
        (lambda q: q.update(elected=["An", "Bình", "Chi"]), "questions[3] do not add up"),
        # a name elected twice
        (lambda q: q.update(elected=["An", "An"]), "questions[3].elected"),
        (lambda q: q.pop("elected"), "questions[3].elected is missing"),
        # a kind of question this version does not know
        (lambda q: q.update(type="lottery"), "questions[3].type"),
    ],
)
def test_damaged_minutes_of_a_ranked_question_are_refused(
    tmp_path: Path, change: Any, message: str
) -> None:
    path = every_kind(tmp_path)[0]
    data = raw(path)
    change(data["questions"][3])
    path.write_text(resealed(data), "utf-8")
    assert message in refused(str(path))


def test_damaged_minutes_of_a_seats_question_are_refused(tmp_path: Path) -> None:
    path = every_kind(tmp_path)[0]
    data = raw(path)
    data["questions"][4]["groups"][0]["seats"] += 1  # 8 seats given of 7
    path.write_text(resealed(data), "utf-8")
    assert "questions[4] do not add up" in refused(str(path))
    data["questions"][4]["groups"][0]["seats"] = -1
    path.write_text(resealed(data), "utf-8")
    assert "questions[4].groups[0].seats" in refused(str(path))
