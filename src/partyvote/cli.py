"""The ``partyvote`` command: count a meeting file and print its minutes, and quick answers.

Exit status: 0 on success, 1 when ``compare`` finds differences, 2 on bad input (with a
one-line message on standard error).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn, TextIO

from partyvote._i18n.catalog import LANGUAGES, render
from partyvote._i18n.numbers import format_int
from partyvote._validate import parse_ratio
from partyvote.errors import PartyvoteError, ReportError
from partyvote.io.meeting import Meeting, load
from partyvote.report import FORMATS, compare, minutes
from partyvote.roll import Roll
from partyvote.rulebooks import available
from partyvote.rulebooks import get as get_rulebook
from partyvote.rules.bases import CONVENED, MEMBERS, PRESENT
from partyvote.rules.quorum import Quorum
from partyvote.rules.threshold import Threshold, at_least, more_than

__all__ = ["main"]


def __dir__() -> list[str]:
    return __all__


class _UsageError(Exception):
    """Bad command-line input, reported on one line with exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _ratio(text: str) -> Any:
    try:
        return parse_ratio(text)
    except PartyvoteError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _count_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a number of 0 or more, got {value}")
    return value


def _parser() -> _Parser:
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

    example = commands.add_parser("example", help="count the bundled example congress")
    output_options(example)

    count = commands.add_parser("count", help="count a meeting file and print the minutes")
    count.add_argument("file", type=Path, help="the meeting file (TOML or JSON)")
    output_options(count)

    validate = commands.add_parser("validate", help="check a meeting file and its ballots")
    validate.add_argument("file", type=Path)

    required = commands.add_parser("required", help="the votes a threshold requires")
    required.add_argument("--of", type=_count_number, required=True, metavar="N", help="base size")
    rule = required.add_mutually_exclusive_group(required=True)
    rule.add_argument("--more-than", type=_ratio, metavar="RATIO", help="e.g. 1/2")
    rule.add_argument("--at-least", type=_ratio, metavar="RATIO", help="e.g. 2/3 or 75%%")
    required.add_argument("--lang", choices=LANGUAGES, default="en")

    quorum = commands.add_parser("quorum", help="whether a meeting is quorate")
    quorum.add_argument("--members", type=_count_number, required=True)
    quorum.add_argument("--excused", type=_count_number, default=0)
    quorum.add_argument("--present", type=_count_number, required=True)
    rule = quorum.add_mutually_exclusive_group()
    rule.add_argument("--more-than", type=_ratio, metavar="RATIO")
    rule.add_argument("--at-least", type=_ratio, metavar="RATIO", help="default: 2/3")
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
    return parser


def _progress(stream: TextIO) -> Any:
    if not stream.isatty():
        return None

    def show(rows: int) -> None:
        stream.write(f"\r{rows:,} ballots read...")
        stream.flush()

    return show


def _write(text: str, output: Path | None, stdout: TextIO) -> None:
    if output is None:
        stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise _UsageError(f"cannot write {output}: {error.strerror or error}") from None


def _count(meeting: Meeting, arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    result = meeting.count(progress=_progress(stderr))
    _write(minutes(result, format=arguments.format, lang=arguments.lang), arguments.output, stdout)
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
    phrase = render("phrase.of", arguments.lang, cmp=threshold.describe(arguments.lang), base=size)
    stdout.write(f"{phrase}: {count}\n")
    return 0


def _quorum(arguments: argparse.Namespace, stdout: TextIO) -> int:
    base = CONVENED if arguments.of == "convened" else MEMBERS
    rule = Quorum(_threshold(arguments, of=base, default="2/3"), count=PRESENT)
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
    lines += [f"  {source}" for source in book.sources]
    lines.append("")
    if book.quorum is not None:
        lines.append(f"quorum: {_describe(book.quorum, lang)}")
    for kind, rule in book.motions:
        lines.append(f"motion {kind}: {_describe(rule, lang)}")
    if book.elections:
        threshold = book.election_threshold
        lines.append(f"election: {_describe(threshold, lang) if threshold else 'most votes'}")
        lines.append(f"ties: {', '.join(book.ties)}")
    for parameter in book.parameters:
        lines.append(f"parameter {parameter.name}: {parameter.describe(lang)}")
    lines.append("")
    lines += [f"- {note}" for note in book.notes]
    stdout.write("\n".join(lines) + "\n")
    return 0


def _describe(rule: object, lang: str) -> str:
    if isinstance(rule, Quorum):
        rule = rule.threshold
    if isinstance(rule, Threshold):
        return rule.phrase(lang)
    return type(rule).__name__


def _compare(arguments: argparse.Namespace, stdout: TextIO) -> int:
    counts = []
    for path in arguments.files:
        try:
            counts.append(json.loads(path.read_text(encoding="utf-8")))
        except OSError as error:
            raise _UsageError(f"cannot read {path}: {error.strerror or error}") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise _UsageError(f"{path} is not JSON minutes: {error}") from None
        if not isinstance(counts[-1], dict) or "questions" not in counts[-1]:
            raise _UsageError(f"{path} is not JSON minutes (partyvote count --format json)")
    differences, same_inputs = compare(counts)
    if not same_inputs:
        stdout.write("note: the counts were made from different input files\n")
    if differences:
        stdout.write(f"{len(differences)} difference(s):\n")
        stdout.writelines(f"  {line}\n" for line in differences)
        return 1
    stdout.write(f"the {len(counts)} counts agree\n")
    return 0


def _validate(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    meeting = load(arguments.file)
    meeting.count(progress=_progress(stderr))
    stdout.write(f"{arguments.file}: valid, {len(meeting.questions)} question(s)\n")
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "example": lambda arguments, out, err: _count(_example_meeting(), arguments, out, err),
    "count": lambda arguments, out, err: _count(load(arguments.file), arguments, out, err),
    "validate": _validate,
    "required": lambda arguments, out, _err: _required(arguments, out),
    "quorum": lambda arguments, out, _err: _quorum(arguments, out),
    "rulebooks": lambda arguments, out, _err: _rulebooks(arguments, out),
    "compare": lambda arguments, out, _err: _compare(arguments, out),
}


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command with *argv* (default: ``sys.argv[1:]``) and return the exit status."""
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    try:
        arguments = _parser().parse_args(argv)
        return _COMMANDS[arguments.command](arguments, out, err)
    except SystemExit as done:  # --help and --version
        return int(done.code or 0)
    except (_UsageError, PartyvoteError, ReportError) as error:
        message = " ".join(str(error).split())
        err.write(f"partyvote: error: {message}\n")
        return 2
    except KeyboardInterrupt:
        err.write("partyvote: interrupted\n")
        return 130
