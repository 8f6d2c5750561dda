"""Ballots files: marks per candidate or struck names, flags, errors by line, streaming."""

import hashlib
import io
from pathlib import Path

import pytest
from hypothesis import given

import partyvote as pv
from partyvote.elections import PROGRESS_EVERY
from partyvote.errors import BallotFileError
from partyvote.io.ballots import read_ballots
from partyvote.strategies import ballots

LIST = ("An", "Bình", "Chi", "Dũng")
ELECTION = pv.Election(seats=2, candidates=LIST)


def rows(text: str) -> io.BytesIO:
    return io.BytesIO(text.encode("utf-8"))


def tally(text: str, election: pv.Election = ELECTION) -> pv.Tally:
    return election.tally(read_ballots(rows(text), election))


def test_marks_per_candidate_in_any_column_order() -> None:
    result = tally("Dũng,An,Chi,Bình\nx,X,,\n,1,kept,0\n,-,struck,\n")
    assert result.votes == {"An": 2, "Dũng": 1, "Chi": 1}
    assert result.invalid == {pv.elections.InvalidReason.ALL_STRUCK: 1}


def test_struck_names() -> None:
    result = tally("struck\nBình;Dũng\nChi; Dũng ;Bình\nAn;Bình;Chi;Dũng\n")
    assert result.votes == {"An": 2, "Chi": 1}
    assert result.invalid_total == 1


def test_flags_make_papers_invalid() -> None:
    text = (
        "An,Bình,Chi,Dũng,issued,identifying_marks,written_in\n"
        "x,,,,no,,\n"
        "x,,,,,yes,\n"
        "x,,,,,,Hải\n"
        "x,,,,yes,0,\n"
    )
    result = tally(text)
    assert result.votes == {"An": 1}
    assert {reason.value for reason in result.invalid} == {
        "not-issued",
        "identifying-mark",
        "written-in",
    }


def test_agree_disagree_marks() -> None:
    election = pv.Election(seats=2, candidates=("An", "Bình"))
    result = tally("An,Bình\nagree,both\nd,a\nn,\n", election)
    assert result.votes == {"An": 1, "Bình": 1}
    assert result.unmarked == {"An": 1, "Bình": 2}


def test_single_candidate_marks() -> None:
    secretary = pv.Election.approval("An")
    result = tally("An\nagree\ndisagree\nboth\n\n", secretary)
    assert result.votes == {"An": 1}
    assert result.invalid_total == 2  # "both", and the empty line: neither box (issue 11 #1)


def test_a_byte_order_mark_is_ignored() -> None:
    data = io.BytesIO("\ufeffAn,Bình,Chi,Dũng\nx,,,\n".encode())
    assert ELECTION.tally(read_ballots(data, ELECTION)).votes == {"An": 1}


@given(ballots(LIST, 2, max_size=80))
def test_a_file_counts_like_the_ballots_it_holds(papers: list[tuple[str, ...]]) -> None:
    lines = ["An,Bình,Chi,Dũng"]
    lines += [",".join("x" if name in paper else "" for name in LIST) for paper in papers]
    assert tally("\n".join(lines) + "\n") == ELECTION.tally(papers)


@pytest.mark.slow
def test_reading_from_a_path_updates_the_digest_and_reports_progress(tmp_path: Path) -> None:
    path = tmp_path / "ballots.csv"
    content = "An,Bình,Chi,Dũng\n" + "x,x,,\n" * (2 * PROGRESS_EVERY + 5)
    path.write_text(content, encoding="utf-8")
    digest = hashlib.sha256()
    seen: list[tuple[int, int | None]] = []
    rows = read_ballots(path, ELECTION, digest=digest, progress=lambda *args: seen.append(args))
    result = ELECTION.tally(rows)
    assert result.cast == 2 * PROGRESS_EVERY + 5
    assert digest.hexdigest() == hashlib.sha256(content.encode()).hexdigest()
    # Issue 14 §3: a steady rate, so 100,000 ballots are reported (once every 2**20 was not).
    assert seen == [(PROGRESS_EVERY, None), (2 * PROGRESS_EVERY, None)]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        # nothing at all
        ("", 1, "empty"),
        # a row with a cell too many
        ("An,Bình,Chi,Dũng\nx,,,,\n", 2, "5 cells"),
        # a candidate not on the list
        ("An,Bình,Chi,Dũng,Hải\n", 1, "'Hải'"),
        # a candidate without a column
        ("An,Bình,Chi\n", 1, "'Dũng'"),
        # the same column twice
        ("An,An,Bình,Chi,Dũng\n", 1, "twice"),
        # both layouts at once
        ("An,Bình,Chi,Dũng,struck\n", 1, "not both"),
        # a mark that means nothing
        ("An,Bình,Chi,Dũng\nx,,maybe,\n", 2, "'maybe' under 'Chi'"),
        # a flag that means nothing
        ("An,Bình,Chi,Dũng,issued\nx,,,,perhaps\n", 2, "'perhaps' under 'issued'"),
        # a struck name that is not on the list
        ("struck\nBình;Hải\n", 2, "'Hải'"),
        # the same name struck twice
        ("struck\nBình;Bình\n", 2, "twice"),
    ],
)
def test_mistakes_name_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(BallotFileError) as caught:
        tally(text)
    message = str(caught.value)
    assert f"line {line}:" in message
    assert words in message
    assert f"dòng {line}:" in caught.value.message("vi")


def test_bytes_that_are_not_utf8() -> None:
    with pytest.raises(BallotFileError, match="line 2: not UTF-8"):
        ELECTION.tally(
            read_ballots(io.BytesIO("An,Bình,Chi,Dũng\n".encode() + b"\xff\xfe\n"), ELECTION)
        )


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BallotFileError, match="cannot read"):
        ELECTION.tally(read_ballots(tmp_path / "none.csv", ELECTION))


def test_a_row_the_csv_reader_cannot_read() -> None:
    with pytest.raises(BallotFileError, match="line 2: not a CSV row"):
        tally("An,Bình,Chi,Dũng\n" + "x" * 200_000 + ",,,\n")


def test_old_mac_line_ends_are_read() -> None:
    assert tally("An,Bình,Chi,Dũng\rx,,,\r,x,,\r").votes == {"An": 1, "Bình": 1}


def test_a_header_typed_with_combining_accents_matches_the_candidates() -> None:
    text = "An,Bi\u0300nh,Chi,Du\u0303ng\nx,x,,\n"
    assert tally(text).votes == {"An": 1, "Bình": 1}
    assert tally("struck\nBi\u0300nh;Chi\n").votes == {"An": 1, "Dũng": 1}
