"""The ``partyvote`` command: count a meeting file and print its minutes, and quick answers.

Exit status: 0 on success, 1 when ``compare`` finds differences, 2 on bad input (with a
one-line message on standard error, in the language of ``--lang``).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn, TextIO

from partyvote._i18n.catalog import CATALOG, LANGUAGES, Message, Wording, render, say
from partyvote._i18n.numbers import format_int
from partyvote._validate import parse_ratio, show_hidden
from partyvote.errors import PartyvoteError
from partyvote.io._strict_json import DuplicateKeyError, TooLargeError, read_json_file
from partyvote.io.meeting import ElectionQuestion, Meeting, load
from partyvote.report import FORMATS, SUMMARY_FORMATS, compare, minutes, summary
from partyvote.report._records import minutes_files
from partyvote.roll import Roll
from partyvote.rulebooks import available
from partyvote.rulebooks import get as get_rulebook
from partyvote.rules.bases import CONVENED, MEMBERS, PRESENT
from partyvote.rules.compound import describe
from partyvote.rules.quorum import Quorum
from partyvote.rules.threshold import Threshold, at_least, more_than

__all__ = ["main"]


def __dir__() -> list[str]:
    return __all__


class _UsageError(Exception):
    """Bad command-line input, reported on one line with exit status 2."""

    def __init__(self, message: Wording) -> None:
        super().__init__(message)
        self.wording = message


# argparse's own complaints, said again from the catalog (argparse itself speaks English)
_ARGPARSE: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (re.compile(r"the following arguments are required: (.*)"), "cli.required", ("names",)),
    (re.compile(r"one of the arguments (.*) is required"), "cli.one_of", ("names",)),
    (re.compile(r"unrecognized arguments: (.*)"), "cli.unrecognized", ("names",)),
    (re.compile(r"invalid choice: (.*) \(choose from (.*)\)"), "cli.choice", ("value", "valid")),
    (re.compile(r"not allowed with argument (.*)"), "cli.not_allowed", ("name",)),
    (re.compile(r"expected one argument"), "cli.one_value", ()),
)


def _argparse_message(message: str) -> Wording:
    for pattern, key, names in _ARGPARSE:
        if match := pattern.fullmatch(message):
            return Message(key, **dict(zip(names, match.groups(), strict=True)))
    return message


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # Called while argparse handles an ArgumentError, which names the argument apart.
        cause = sys.exc_info()[1]
        if isinstance(cause, argparse.ArgumentError) and cause.argument_name:
            problem = _argparse_message(cause.message)
            raise _UsageError(Message("cli.argument", name=cause.argument_name, problem=problem))
        raise _UsageError(_argparse_message(message))


def _language(argv: Sequence[str]) -> str:
    """The ``--lang`` asked for, known before parsing so that parse errors speak it."""
    lang = "en"
    for index, argument in enumerate(argv):
        if argument == "--lang" and index + 1 < len(argv):
            lang = argv[index + 1]
        elif argument.startswith("--lang="):
            lang = argument.removeprefix("--lang=")
    return lang if lang in LANGUAGES else "en"


def _ratio(lang: str) -> Callable[[str], Any]:
    def read(text: str) -> Any:
        try:
            return parse_ratio(text)
        except PartyvoteError as error:
            raise argparse.ArgumentTypeError(error.message(lang)) from None

    return read


def _count_number(lang: str) -> Callable[[str], int]:
    def read(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            message = render("cli.whole_number", lang, value=text)
            raise argparse.ArgumentTypeError(message) from None
        if value < 0:
            raise argparse.ArgumentTypeError(render("cli.not_negative", lang, value=value))
        return value

    return read


def _parser(lang: str = "en") -> _Parser:
    from partyvote import __version__

    parser = _Parser(
        prog="partyvote",
        description=(
            "Count votes by the rules: quorum, majorities and elections, with minutes in "
            "Vietnamese and English."
        ),
    )
    parser.add_argument("--version", action="version", version=f"partyvote {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    def output_options(command: argparse.ArgumentParser) -> None:
        command.add_argument("--format", choices=FORMATS, default="text", help="default: text")
        command.add_argument(
            "--lang", choices=LANGUAGES, help="language of the minutes (default: the meeting's)"
        )
        command.add_argument("--output", "-o", type=Path, help="write to this file")
        command.add_argument("--quiet", "-q", action="store_true", help="no progress bar")

    example = commands.add_parser("example", help="count the bundled example congress")
    output_options(example)

    count = commands.add_parser("count", help="count a meeting file and print the minutes")
    count.add_argument("file", type=Path, help="the meeting file (TOML or JSON)")
    count.add_argument(
        "--ballots-anywhere",
        action="store_true",
        help="read ballots files outside the meeting file's folder (trusted files only)",
    )
    output_options(count)

    validate = commands.add_parser("validate", help="check a meeting file and its ballots")
    validate.add_argument("file", type=Path)
    validate.add_argument(
        "--ballots-anywhere",
        action="store_true",
        help="read ballots files outside the meeting file's folder (trusted files only)",
    )
    validate.add_argument(
        "--lang", choices=LANGUAGES, help="language of the answer (default: the meeting's)"
    )
    validate.add_argument("--quiet", "-q", action="store_true", help="no progress bar")

    required = commands.add_parser("required", help="the votes a threshold requires")
    required.add_argument(
        "--of", type=_count_number(lang), required=True, metavar="N", help="base size"
    )
    rule = required.add_mutually_exclusive_group(required=True)
    rule.add_argument("--more-than", type=_ratio(lang), metavar="RATIO", help="e.g. 1/2")
    rule.add_argument("--at-least", type=_ratio(lang), metavar="RATIO", help="e.g. 2/3 or 75%%")
    required.add_argument("--lang", choices=LANGUAGES, default="en")

    quorum = commands.add_parser("quorum", help="whether a meeting is quorate")
    quorum.add_argument("--members", type=_count_number(lang), required=True)
    quorum.add_argument("--excused", type=_count_number(lang), default=0)
    quorum.add_argument("--present", type=_count_number(lang), required=True)
    rule = quorum.add_mutually_exclusive_group()
    rule.add_argument("--more-than", type=_ratio(lang), metavar="RATIO")
    rule.add_argument("--at-least", type=_ratio(lang), metavar="RATIO", help="default: 2/3")
    quorum.add_argument(
        "--of", choices=("convened", "members"), default="convened", help="default: convened"
    )
    quorum.add_argument("--lang", choices=LANGUAGES, default="en")

    books = commands.add_parser("rulebooks", help="list the rulebooks, or show one")
    books.add_argument("key", nargs="?")
    books.add_argument("--lang", choices=LANGUAGES, default="en")

    comparison = commands.add_parser(
        "compare", help="check that independent counts (JSON minutes) agree"
    )
    comparison.add_argument("files", type=Path, nargs="+", metavar="FILE.json")
    comparison.add_argument("--lang", choices=LANGUAGES, default="en")
    _summary_parser(commands)
    return parser


def _progress(stream: TextIO, lang: str = "en") -> Any:
    """The plain progress line, on a terminal only: the fallback when tqdm is missing."""
    if not stream.isatty():
        return None

    def show(rows: int, _total: int | None = None) -> None:
        stream.write("\r" + render("cli.progress", lang, rows=format_int(rows, lang)))
        stream.flush()

    return show


_BAR_DELAY = 0.5
"""Seconds before the bar appears: a short count shows none."""


@contextmanager
def _progress_bar(stream: TextIO, lang: str, *, quiet: bool) -> Iterator[Any]:
    """A progress bar for a long count: tqdm (``partyvote[progress]``) on a terminal only,
    never with ``--quiet``, always on *stream* (stderr), so the minutes on stdout stay clean."""
    if quiet or not stream.isatty():
        yield None
        return
    try:
        from tqdm import tqdm  # type: ignore[import-untyped]
    except ImportError:
        yield _progress(stream, lang)
        return
    bar = tqdm(file=stream, unit=" ballots", unit_scale=True, leave=False, delay=_BAR_DELAY)

    def show(done: int, total: int | None) -> None:
        bar.total = total
        bar.update(done - bar.n)

    try:
        yield show
    finally:
        bar.close()


def _same_file(path: Path, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)  # hard and symbolic links too
    except OSError:  # one of them does not exist
        return path.resolve() == other.resolve()


def _inputs(meeting: Meeting) -> list[Path]:
    """The files a meeting was read from: the meeting file and its ballots files."""
    ballots = [
        question.ballots
        for question in meeting.questions
        if isinstance(question, ElectionQuestion) and question.ballots is not None
    ]
    return [Path(meeting.source), *ballots]


def _write_atomically(text: str, output: Path) -> None:
    """Write *text* to a temporary file beside *output*, then rename it over *output*: a
    failure halfway leaves the previous file whole."""
    descriptor, temporary = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write(
    text: str,
    output: Path | None,
    stdout: TextIO,
    inputs: Sequence[Path] = (),
    refusal: str = "cli.output_is_input",
) -> None:
    if output is None:
        stdout.write(text)
        return
    for path in inputs:
        if _same_file(output, path):
            raise _UsageError(Message(refusal, path=output))
    try:
        _write_atomically(text, output)
    except OSError as error:
        reason = error.strerror or str(error)
        raise _UsageError(Message("cli.cannot_write", path=output, reason=reason)) from None


def _count(meeting: Meeting, arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    lang = arguments.lang or meeting.lang
    with _progress_bar(stderr, lang, quiet=arguments.quiet) as show:
        result = meeting.count(progress=show)
    text = minutes(result, format=arguments.format, lang=arguments.lang)
    _write(text, arguments.output, stdout, _inputs(meeting))
    return 0


def _example_meeting() -> Meeting:
    files = resources.files("partyvote.io") / "examples"
    with resources.as_file(files) as folder:
        return load(Path(folder) / "congress.toml")


def _threshold(arguments: argparse.Namespace, *, of: Any, default: Any = None) -> Threshold:
    if arguments.more_than is not None:
        return more_than(arguments.more_than, of=of)
    if arguments.at_least is not None:
        return at_least(arguments.at_least, of=of)
    return at_least(default, of=of)


def _required(arguments: argparse.Namespace, stdout: TextIO) -> int:
    threshold = _threshold(arguments, of=CONVENED)
    needed = threshold.required(arguments.of)
    size = format_int(arguments.of, arguments.lang)
    count = format_int(needed, arguments.lang)
    phrase = render(
        "phrase.of", arguments.lang, cmp=threshold.comparison(arguments.lang), base=size
    )
    stdout.write(f"{phrase}: {count}\n")
    return 0


def _quorum(arguments: argparse.Namespace, stdout: TextIO) -> int:
    base = CONVENED if arguments.of == "convened" else MEMBERS
    rule = Quorum(_threshold(arguments, of=base, default="2/3"), counted=PRESENT)
    roll = Roll(arguments.members, excused=arguments.excused, present=arguments.present)
    stdout.write(rule.decide(roll).explain(arguments.lang) + "\n")
    return 0


def _rulebooks(arguments: argparse.Namespace, stdout: TextIO) -> int:
    lang = arguments.lang
    if arguments.key is None:
        for key in available():
            stdout.write(f"{key:<28}{get_rulebook(key).title_in(lang)}\n")
        return 0
    book = get_rulebook(arguments.key)
    lines = [book.title_in(lang), ""]
    lines += [f"  {source.text_in(lang)}" for source in book.sources]
    lines.append("")
    if book.quorum is not None:
        lines.append(render("cli.quorum", lang, rule=describe(book.quorum, lang)))
    for kind, rule in book.motions:
        known = f"kind.{kind}"
        name = render(known, lang) if known in CATALOG else render("cli.key", lang, name=kind)
        lines.append(render("cli.motion", lang, kind=name, rule=describe(rule, lang)))
    if book.elections:
        threshold = book.election_threshold
        elected = describe(threshold, lang) if threshold else render("cli.most_votes", lang)
        lines.append(render("cli.election", lang, rule=elected))
        steps = ", ".join(render(f"cli.tie.{step}", lang) for step in book.ties)
        lines.append(render("cli.ties", lang, steps=steps))
    for parameter in book.parameters:
        text = parameter.describe(lang)
        name = render("cli.key", lang, name=parameter.name)
        lines.append(render("cli.parameter", lang, name=name, text=text))
    lines.append("")
    lines += [f"- {note}" for note in book.notes_in(lang)]
    stdout.write("\n".join(lines) + "\n")
    return 0


def _compare(arguments: argparse.Namespace, stdout: TextIO) -> int:
    lang = arguments.lang
    counts = []
    for path in arguments.files:
        try:
            counts.append(read_json_file(path))
        except OSError as error:
            reason = error.strerror or str(error)
            raise _UsageError(Message("cli.cannot_read", path=path, reason=reason)) from None
        except TooLargeError as error:
            raise _UsageError(Message("json.too_large", path=path, limit=error.args[0])) from None
        except DuplicateKeyError as error:
            raise _UsageError(Message("cli.duplicate_key", path=path, name=error.args[0])) from None
        except (ValueError, RecursionError) as error:  # not JSON, not UTF-8, too deep or long
            raise _UsageError(Message("cli.not_json", path=path, reason=error)) from None
        if not isinstance(counts[-1], dict) or "questions" not in counts[-1]:
            raise _UsageError(Message("cli.not_minutes", path=path))
    differences, same_inputs = compare(counts)
    if not same_inputs:
        stdout.write(render("cli.other_inputs", lang) + "\n")
    if differences:
        stdout.write(render("cli.differences", lang, count=format_int(len(differences), lang)))
        stdout.write("\n")
        stdout.writelines(f"  {show_hidden(line)}\n" for line in differences)
        return 1
    stdout.write(render("cli.agree", lang, count=format_int(len(counts), lang)) + "\n")
    return 0


def _validate(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    meeting = load(arguments.file, ballots_anywhere=arguments.ballots_anywhere)
    lang = arguments.lang or meeting.lang
    with _progress_bar(stderr, lang, quiet=arguments.quiet) as show:
        meeting.count(progress=show)
    count = format_int(len(meeting.questions), lang)
    stdout.write(render("cli.valid", lang, path=arguments.file, count=count) + "\n")
    return 0


def _summary_parser(commands: Any) -> None:
    overview = commands.add_parser(
        "summary", help="the overview of many meetings' JSON minutes, with charts in HTML"
    )
    overview.add_argument(
        "paths", type=Path, nargs="*", metavar="PATH", help="JSON minutes, or folders of them"
    )
    overview.add_argument(
        "--planned", type=Path, metavar="FILE", help="the units expected to meet, one a line"
    )
    overview.add_argument(
        "--example", action="store_true", help="the bundled pilot congresses (an illustration)"
    )
    overview.add_argument("--no-charts", action="store_true", help="no charts in HTML")
    overview.add_argument("--format", choices=SUMMARY_FORMATS, default="text")
    overview.add_argument("--lang", choices=LANGUAGES, help="default: the minutes' language")
    overview.add_argument("--output", "-o", type=Path, help="write to this file")


def _planned_units(path: Path) -> list[str]:
    """The units in a planned-units file: one a line; blank lines and ``#`` comments skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise _UsageError(Message("cli.cannot_read", path=path, reason=reason)) from None
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _summary(arguments: argparse.Namespace, stdout: TextIO) -> int:
    paths: list[Path] = list(arguments.paths)
    planned = None if arguments.planned is None else _planned_units(arguments.planned)
    with ExitStack() as stack:
        if arguments.example:
            pilot = resources.files("partyvote.io") / "examples" / "pilot"
            folder = Path(stack.enter_context(resources.as_file(pilot)))
            paths.append(folder)
            if planned is None:
                planned = _planned_units(folder / "planned.txt")
        text = summary(
            paths,
            planned=planned,
            format=arguments.format,
            lang=arguments.lang,
            charts=False if arguments.no_charts else None,
        )
    # Every file the overview read, so that -o never writes over one of them.
    inputs = [file for path in arguments.paths for file in minutes_files(path)]
    if arguments.planned is not None:
        inputs.append(arguments.planned)
    _write(text, arguments.output, stdout, inputs, "cli.output_is_read")
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "example": lambda arguments, out, err: _count(_example_meeting(), arguments, out, err),
    "count": lambda arguments, out, err: _count(
        load(arguments.file, ballots_anywhere=arguments.ballots_anywhere), arguments, out, err
    ),
    "validate": _validate,
    "required": lambda arguments, out, _err: _required(arguments, out),
    "quorum": lambda arguments, out, _err: _quorum(arguments, out),
    "rulebooks": lambda arguments, out, _err: _rulebooks(arguments, out),
    "compare": lambda arguments, out, _err: _compare(arguments, out),
    "summary": lambda arguments, out, _err: _summary(arguments, out),
}


def _lenient(stream: TextIO) -> TextIO:
    """A standard stream that writes what its encoding cannot show as escapes (a cp1252
    console, a redirected Windows pipe) instead of failing halfway through a message."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed or detached stream
            reconfigure(errors="backslashreplace")
    return stream


def _silence(stream: TextIO) -> None:
    """After a broken pipe (``partyvote example | head``), send what is still buffered for
    standard output nowhere, so that Python's exit does not report the pipe again."""
    if stream is sys.stdout:
        with contextlib.suppress(OSError, ValueError):  # no descriptor to replace
            os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())


def _run(argv: list[str], lang: str, out: TextIO, err: TextIO) -> int:
    try:
        arguments = _parser(lang).parse_args(argv)
        status = _COMMANDS[arguments.command](arguments, out, err)
        out.flush()
        return status
    except SystemExit as done:  # --help and --version
        return int(done.code or 0)
    except (_UsageError, PartyvoteError) as error:
        text = (
            error.message(lang) if isinstance(error, PartyvoteError) else say(error.wording, lang)
        )
        message = show_hidden(" ".join(text.split()))
        err.write(render("cli.error", lang, message=message) + "\n")
        return 2
    except KeyboardInterrupt:
        err.write(render("cli.interrupted", lang) + "\n")
        return 130


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command with *argv* (default: ``sys.argv[1:]``) and return the exit status.

    Exit status 141 when standard output is a pipe closed early (``| head``): the reader
    had enough, nothing is reported.
    """
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    if err is None:  # standard error closed: report nowhere rather than fail
        err = io.StringIO()
    err = _lenient(err)
    argv = sys.argv[1:] if argv is None else list(argv)
    lang = _language(argv)
    if out is None:  # standard output closed (partyvote example >&-)
        err.write(render("cli.error", lang, message=render("cli.no_stdout", lang)) + "\n")
        return 2
    out = _lenient(out)
    try:
        return _run(argv, lang, out, err)
    except BrokenPipeError:
        _silence(out)
        return 141
    except OSError as error:  # standard output full or closed underneath us
        reason = error.strerror or str(error)
        message = render("cli.cannot_write", lang, path="<stdout>", reason=reason)
        err.write(render("cli.error", lang, message=message) + "\n")
        return 2
