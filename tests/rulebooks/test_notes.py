"""Rulebook notes (printed by ``partyvote rulebooks KEY``) are read by people who write meeting
files: a note that names a Python call to change a rule also says how the meeting file
changes it (docs/howto/meeting-files.rst), and that meeting-file text is accepted."""

import re
from io import StringIO

import pytest

from partyvote import rulebooks
from partyvote.cli import main
from partyvote.io.meeting import loads

PYTHON = re.compile(r"evolve\(|Roll\(|short_list=|committee=False|Election\.round")
MEETING_FILE = re.compile(r"\[rules\]|\[roll\]|short_list = true|committee = false|round = ")


@pytest.mark.parametrize("key", rulebooks.available())
@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_note_naming_python_also_names_the_meeting_file(key: str, lang: str) -> None:
    for note in rulebooks.get(key).notes_in(lang):
        if PYTHON.search(note):
            assert MEETING_FILE.search(note), (key, lang, note)


# Each meeting-file setting the notes print, as a meeting file would hold it.
SETTINGS = [
    ("vn-party-2024", '[rules]\nquorum = { at_least = "2/3", of = "convened" }'),
    ("vn-party-2024", '[rules]\nties = ["revote", "older"]'),
    ("vn-party-2024", "[rules]\nwritten_in_invalid = false\nidentifying_marks_invalid = false"),
    ("vn-party-2024", '[rules]\nmotions = { ordinary = { more_than = "1/2", of = "present" } }'),
    ("robert", '[rules]\nquorum = { at_least = "1/10", of = "members" }'),
]


@pytest.mark.parametrize(("key", "rules"), SETTINGS)
def test_the_settings_the_notes_print_are_accepted(key: str, rules: str) -> None:
    for note in rulebooks.get(key).notes_in("en"):
        if rules.split("\n", 1)[1].split(" = ", maxsplit=1)[0] in note:
            break
    else:
        pytest.fail(f"no note of {key} prints {rules!r}")
    text = rules.replace("[rules]\n", f'[rules]\nrulebook = "{key}"\n')
    question = '[[questions]]\ntype = "motion"\ntitle = "T"\nvotes = { yes = 20 }\n'
    meeting = loads(f'[meeting]\nname = "M"\n{text}\n[roll]\nmembers = 30\n{question}')
    assert meeting.rulebook != rulebooks.get(key)  # the setting changed the book


def test_the_notes_render_in_the_command() -> None:
    out = StringIO()
    assert main(["rulebooks", "vn-party-2024", "--lang", "vi"], stdout=out) == 0
    assert "`[roll] excused = …`" in out.getvalue()
