"""The command's progress bar: on a terminal only, on stderr, off with --quiet (issue 14 §3)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from partyvote.cli import _progress_bar, main
from partyvote.elections import PROGRESS_EVERY


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _meeting(tmp_path: Path, ballots: int) -> Path:
    (tmp_path / "ballots.csv").write_text("An,Bình\n" + "x,\n" * ballots, encoding="utf-8")
    meeting = tmp_path / "meeting.toml"
    meeting.write_text(
        '[meeting]\nname = "M"\n[roll]\nmembers = 50000\npresent = 40000\n'
        '[[questions]]\ntype = "election"\ntitle = "E"\nseats = 1\n'
        'candidates = ["An", "Bình"]\nballots = "ballots.csv"\n',
        encoding="utf-8",
    )
    return meeting


def test_a_bar_on_a_terminal_never_on_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("tqdm")
    monkeypatch.setattr("partyvote.cli._BAR_DELAY", 0)
    meeting = _meeting(tmp_path, 2 * PROGRESS_EVERY + 1)
    out, err = io.StringIO(), Terminal()
    assert main(["count", str(meeting), "--format", "json"], stdout=out, stderr=err) == 0
    assert "ballots" in err.getvalue()
    assert "ballots/s" not in out.getvalue()
    assert out.getvalue().startswith("{")


@pytest.mark.parametrize(
    ("arguments", "stream"),
    [
        (["--quiet"], Terminal()),  # asked for silence
        ([], io.StringIO()),  # not a terminal: a log or a pipe
    ],
)
def test_no_bar_when_quiet_or_not_a_terminal(
    tmp_path: Path, arguments: list[str], stream: io.StringIO
) -> None:
    meeting = _meeting(tmp_path, PROGRESS_EVERY + 1)
    assert main(["count", str(meeting), *arguments], stdout=io.StringIO(), stderr=stream) == 0
    assert main(["validate", str(meeting), *arguments], stdout=io.StringIO(), stderr=stream) == 0
    assert stream.getvalue() == ""


def test_without_tqdm_a_plain_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    terminal = Terminal()
    with _progress_bar(terminal, "vi", quiet=False) as show:
        show(20_000, None)
    assert terminal.getvalue() == "\rđã đọc 20.000 phiếu..."
