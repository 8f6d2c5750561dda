"""Issue 11 item 16: whatever happens to standard output, one line or silence, no traceback."""

import io
import subprocess
import sys

import pytest

import _partyvote_command as _command
from partyvote.cli import main


class Broken(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


class Full(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


def test_item16_a_broken_pipe_ends_quietly() -> None:
    err = io.StringIO()
    assert main(["example"], stdout=Broken(), stderr=err) == 141
    assert err.getvalue() == ""


def test_item16_a_full_stdout_is_one_line() -> None:
    err = io.StringIO()
    assert main(["example"], stdout=Full(), stderr=err) == 2
    assert err.getvalue() == "partyvote: error: cannot write <stdout>: No space left on device\n"


def test_item16_closed_stdout_and_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    err = io.StringIO()
    assert main(["example"], stderr=err) == 2
    assert "standard output is closed" in err.getvalue()
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["example"]) == 2


@pytest.mark.slow
@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_item16_non_utf8_stdout_gives_minutes_not_a_traceback(encoding: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "partyvote", "example"],
        capture_output=True,
        env={"PYTHONIOENCODING": encoding, "PATH": ""},
        check=False,
    )
    assert done.returncode == 0
    assert b"Traceback" not in done.stderr
    assert b"\\u1ea3" in done.stdout  # "ả" written as its escape, not lost


@pytest.mark.slow
def test_item16_a_real_broken_pipe_has_no_traceback() -> None:
    command = [sys.executable, "-m", "partyvote", "example", "--format", "html"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()
        errors = process.stderr.read()
    assert b"Traceback" not in errors
    assert b"BrokenPipe" not in errors


def test_item16_ctrl_c_while_loading_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_args: object, **_kwargs: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.delitem(sys.modules, "partyvote.cli")
    monkeypatch.setattr("builtins.__import__", interrupted)
    status = _command.run()
    monkeypatch.undo()
    assert status == 130
    assert capsys.readouterr().err == "partyvote: interrupted\n"


def test_item16_the_entry_point_runs_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["partyvote", "required", "--of", "31", "--more-than", "1/2"])
    assert _command.run() == 0
    assert "16" in capsys.readouterr().out
