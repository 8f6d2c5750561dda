"""Issue 11 items 10 and 11: inputs are never overwritten, and no file outside is read."""

import io
import os
from pathlib import Path

import pytest

from partyvote.cli import main
from partyvote.errors import MeetingError
from partyvote.io import load

MEETING = """
[meeting]
name = "Chi bộ 3"
[roll]
members = 5
present = 5
[[questions]]
type = "election"
title = "Bí thư"
seats = 1
candidates = ["An", "Bình"]
ballots = "{ballots}"
"""


def call(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(args), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def meeting(tmp_path: Path) -> Path:
    (tmp_path / "ballots.csv").write_text("struck\nBình\nBình\nAn\n", encoding="utf-8")
    path = tmp_path / "meeting.toml"
    path.write_text(MEETING.format(ballots="ballots.csv"), encoding="utf-8")
    return path


# --- item 10: never overwrite an input; atomic writes ------------------------------------------


@pytest.mark.parametrize("target", ["ballots.csv", "meeting.toml", "./sub/../ballots.csv"])
def test_item10_output_naming_an_input_is_refused(meeting: Path, target: str) -> None:
    (meeting.parent / "sub").mkdir()
    before = {path.name: path.read_bytes() for path in meeting.parent.glob("*.*")}
    status, _, err = call("count", str(meeting), "--output", str(meeting.parent / target))
    assert status == 2
    assert "is an input of this meeting" in err
    assert {path.name: path.read_bytes() for path in meeting.parent.glob("*.*")} == before


def test_item10_a_link_to_an_input_is_refused_too(meeting: Path) -> None:
    link = meeting.parent / "minutes.txt"
    os.link(meeting.parent / "ballots.csv", link)
    status, _, err = call("count", str(meeting), "--output", str(link))
    assert status == 2
    assert "is an input of this meeting" in err
    assert (meeting.parent / "ballots.csv").read_text("utf-8").startswith("struck")


def test_item10_a_failed_write_leaves_the_previous_file_whole(
    meeting: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = meeting.parent / "minutes.txt"
    target.write_text("previous minutes", encoding="utf-8")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    status, _, err = call("count", str(meeting), "--output", str(target))
    assert status == 2
    assert "No space left on device" in err
    assert target.read_text("utf-8") == "previous minutes"
    assert sorted(path.name for path in meeting.parent.iterdir()) == [
        "ballots.csv",
        "meeting.toml",
        "minutes.txt",
    ]


def test_item10_minutes_are_written_whole(meeting: Path) -> None:
    target = meeting.parent / "minutes.txt"
    assert call("count", str(meeting), "--output", str(target))[0] == 0
    assert "Bí thư" in target.read_text("utf-8")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


# --- item 11: ballots files stay in the meeting file's folder ---------------------------------


@pytest.mark.parametrize("ballots", ["/etc/passwd", "../outside.csv", "/proc/self/environ"])
def test_item11_ballots_outside_the_folder_are_refused(tmp_path: Path, ballots: str) -> None:
    folder = tmp_path / "meeting"
    folder.mkdir()
    (tmp_path / "outside.csv").write_text("struck\nAn\n", encoding="utf-8")
    path = folder / "meeting.toml"
    path.write_text(MEETING.format(ballots=ballots), encoding="utf-8")
    with pytest.raises(MeetingError, match="outside the meeting file's folder"):
        load(path)


def test_item11_a_symbolic_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "meeting"
    folder.mkdir()
    (tmp_path / "secret.csv").write_text("SECRET=1\n", encoding="utf-8")
    (folder / "ballots.csv").symlink_to(tmp_path / "secret.csv")
    path = folder / "meeting.toml"
    path.write_text(MEETING.format(ballots="ballots.csv"), encoding="utf-8")
    status, _, err = call("count", str(path))
    assert status == 2
    assert "SECRET" not in err


def test_item11_an_explicit_option_reads_ballots_elsewhere(tmp_path: Path) -> None:
    folder = tmp_path / "meeting"
    folder.mkdir()
    (tmp_path / "outside.csv").write_text("struck\nAn\nAn\n", encoding="utf-8")
    path = folder / "meeting.toml"
    path.write_text(MEETING.format(ballots="../outside.csv"), encoding="utf-8")
    status, out, _ = call("count", str(path), "--ballots-anywhere", "--lang", "en")
    assert status == 0, out
    assert "Bình" in out
    assert call("validate", str(path), "--ballots-anywhere")[0] == 0


def test_item11_content_of_a_file_that_is_not_a_ballots_file_is_never_shown(
    tmp_path: Path,
) -> None:
    (tmp_path / "notes.csv").write_text("API_TOKEN=s3cr3t,HOME=/home/x\n", "utf-8")
    path = tmp_path / "meeting.toml"
    path.write_text(MEETING.format(ballots="notes.csv"), encoding="utf-8")
    status, _, err = call("validate", str(path))
    assert status == 2
    assert "not a ballots file" in err
    assert "s3cr3t" not in err
