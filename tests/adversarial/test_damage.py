"""Issue 11, how it is tested: ballots files and meeting files damaged at random.

Whatever the damage (truncation, a line lost or doubled, empty lines, another encoding,
stray bytes), reading gives the right count (every ballot line one ballot) or one
:class:`~partyvote.errors.PartyvoteError` naming the file; never another exception, never a
ballot lost or invented.

Quick by default; ``PARTYVOTE_FUZZ_EXAMPLES=5000`` runs each property (and each step of the
state machines) that many times (see ``tests/README.md``).
"""

import csv
import io
import json
import os
import tomllib
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

import partyvote as pv
from partyvote.errors import BallotFileError, PartyvoteError
from partyvote.io import loads
from partyvote.io.ballots import read_ballots

EXAMPLES = Path(str(resources.files("partyvote.io") / "examples"))
FUZZ = settings(
    max_examples=int(os.environ.get("PARTYVOTE_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
NAMES = ("An", "Bình", "Chi", "Dũng")
ELECTION = pv.Election(seats=2, candidates=NAMES)
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1258", "latin-1")


def data_lines(raw: bytes) -> int | None:
    """The ballot lines a file holds as CSV (``None`` if it is not UTF-8 text)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    try:
        return max(len(list(csv.reader(io.StringIO(text, newline="")))) - 1, 0)
    except csv.Error:
        return None


def read(raw: bytes) -> pv.Tally | BallotFileError:
    try:
        return ELECTION.tally(read_ballots(io.BytesIO(raw), ELECTION))
    except BallotFileError as error:
        return error


def check(raw: bytes) -> None:
    """The law: the right count (cast = ballot lines), or one BallotFileError."""
    outcome = read(raw)
    if isinstance(outcome, pv.Tally):
        assert outcome.cast == data_lines(raw)
    else:
        assert str(outcome).startswith("<ballots>, line ")


papers = st.lists(
    st.one_of(
        st.sets(st.sampled_from(NAMES)).map(
            lambda kept: ",".join("x" if n in kept else "" for n in NAMES)
        ),
        st.sampled_from(["", ",,,", "x,x,x,x", "a,b,c,d", "x,,", '"x",,,"', "\ufeffx,,,"]),
    ),
    max_size=25,
)


@FUZZ
@given(papers, st.data())
def test_a_damaged_ballots_file_is_counted_whole_or_refused(
    lines: list[str], data: st.DataObject
) -> None:
    raw = ("\n".join([",".join(NAMES), *lines]) + "\n").encode()
    damage = data.draw(st.sampled_from(["none", "truncate", "bytes", "encoding", "line-ends"]))
    if damage == "truncate":
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    elif damage == "bytes":
        at = data.draw(st.integers(0, len(raw)))
        raw = raw[:at] + data.draw(st.binary(min_size=1, max_size=4)) + raw[at:]
    elif damage == "encoding":
        text = raw.decode()
        encoding = data.draw(st.sampled_from(ENCODINGS))
        raw = text.encode(encoding, errors="replace")
    elif damage == "line-ends":
        raw = raw.replace(b"\n", data.draw(st.sampled_from([b"\r\n", b"\r", b"\n\n"])))
    check(raw)


class BallotsFile(RuleBasedStateMachine):
    """A ballots file edited line by line; read after every step, it counts every line."""

    def __init__(self) -> None:
        super().__init__()
        self.header = "struck"
        self.lines: list[str] = []

    def raw(self) -> bytes:
        return "".join(f"{line}\n" for line in [self.header, *self.lines]).encode()

    @rule(struck=st.sets(st.sampled_from(NAMES)))
    def add_ballot(self, struck: set[str]) -> None:
        self.lines.append(";".join(sorted(struck)))

    @rule()
    def add_empty_line(self) -> None:
        self.lines.append("")  # a ballot striking nobody (issue 11, item 1)

    @precondition(lambda self: self.lines)
    @rule(data=st.data())
    def duplicate_line(self, data: st.DataObject) -> None:
        self.lines.append(data.draw(st.sampled_from(self.lines)))

    @precondition(lambda self: self.lines)
    @rule(data=st.data())
    def lose_line(self, data: st.DataObject) -> None:
        self.lines.pop(data.draw(st.integers(0, len(self.lines) - 1)))

    @invariant()
    def every_line_is_one_ballot(self) -> None:
        tally = ELECTION.tally(read_ballots(io.BytesIO(self.raw()), ELECTION))
        assert tally.cast == len(self.lines)
        struck_everyone = sum(1 for line in self.lines if len(line.split(";")) == len(NAMES))
        assert tally.invalid_total >= struck_everyone


TestBallotsFile = BallotsFile.TestCase
TestBallotsFile.settings = FUZZ


# --- meeting files ---------------------------------------------------------------------------

CONGRESS = (EXAMPLES / "congress.toml").read_text("utf-8")


def as_json(toml: str) -> str:
    def plain(value: object) -> object:
        return str(value) if hasattr(value, "isoformat") else value

    return json.dumps(tomllib.loads(toml), default=plain, ensure_ascii=False, indent=1)


def outcome(raw: bytes) -> str:
    """Read and count *raw*: "counted" or "refused"; any other exception fails the test."""
    try:
        loads(raw, source="congress", base_dir=EXAMPLES).count()
    except PartyvoteError as error:
        message = str(error)
    else:
        return "counted"
    assert message.startswith("congress: ")
    assert "\n" not in message
    return "refused"


@FUZZ
@given(st.sampled_from(["toml", "json"]), st.data())
def test_a_damaged_meeting_file_is_counted_or_refused_in_one_line(
    form: str, data: st.DataObject
) -> None:
    text = CONGRESS if form == "toml" else as_json(CONGRESS)
    lines = text.splitlines(keepends=True)
    damage = data.draw(st.sampled_from(["truncate", "lose", "duplicate", "encoding", "bytes"]))
    if damage == "truncate":
        raw = text.encode()[: data.draw(st.integers(0, len(text.encode())))]
    elif damage == "lose":
        lines.pop(data.draw(st.integers(0, len(lines) - 1)))
        raw = "".join(lines).encode()
    elif damage == "duplicate":
        at = data.draw(st.integers(0, len(lines) - 1))
        lines.insert(at, lines[at])
        raw = "".join(lines).encode()
    elif damage == "encoding":
        raw = text.encode(data.draw(st.sampled_from(ENCODINGS)), errors="replace")
    else:
        at = data.draw(st.integers(0, len(text)))
        raw = text.encode()[:at] + data.draw(st.binary(min_size=1, max_size=4))
    outcome(raw)


@pytest.mark.parametrize("form", ["toml", "json"])
def test_a_doubled_key_line_is_never_counted(form: str) -> None:
    # Item 5: "yes" given twice must not adopt whichever comes last.
    text = CONGRESS if form == "toml" else as_json(CONGRESS)
    lines = text.splitlines(keepends=True)
    doubled = [number for number, line in enumerate(lines) if '"yes"' in line or "yes =" in line]
    assert doubled
    for number in doubled:
        copy = [*lines[: number + 1], lines[number], *lines[number + 1 :]]
        assert outcome("".join(copy).encode()) == "refused"


def test_the_undamaged_files_are_counted() -> None:
    assert outcome(CONGRESS.encode()) == "counted"
    assert outcome(as_json(CONGRESS).encode()) == "counted"
    assert outcome(CONGRESS.encode("utf-8-sig")) == "counted"  # item 17: a BOM
