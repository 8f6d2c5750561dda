"""Errors a meeting file's user sees speak of the file's keys and values (new-user review
of issues 12/15, /work/wt/newuser.md items 2, 9, 10, 18 and 22), in English and Vietnamese.

The user writes TOML, not Python: an error names the key to fix and the values it takes
(docs/reference/meeting-files.rst lists them), never cattrs' or typing's own text and never
a Python call such as ``short_list=True``.
"""

from __future__ import annotations

import typing

import attrs
import pytest

from partyvote.errors import MeetingError
from partyvote.io import _shape, loads

MINIMAL = """
[meeting]
name = "Chi bộ 3"
[roll]
members = 11
present = 10
[[questions]]
type = "motion"
title = "Nghị quyết"
votes = { yes = 6, no = 4 }
"""

RANKED = """
[meeting]
name = "Annual meeting"
[rules]
rulebook = "robert"
[roll]
members = 40
present = 30
[[questions]]
type = "ranked"
title = "Board"
seats = 1
candidates = ["An", "Bình"]
ballots = [{ ranking = ["An", "Bình"], count = 3 }]
"""

ELECTION = """
[meeting]
name = "Bầu cử đại biểu HĐND xã"
[rules]
rulebook = "vn-people-council-2015"
[roll]
members = 1500
[[questions]]
type = "election"
title = "Đại biểu HĐND xã"
seats = 2
candidates = ["An", "Bình", "Chi", "Dũng"]
[[questions.tallies]]
cast = 1000
votes = { An = 650, "Bình" = 650, Chi = 650, "Dũng" = 10 }
"""


def failure(text: str) -> MeetingError:
    with pytest.raises(MeetingError) as caught:
        loads(text, source="m.toml")
    return caught.value


def in_both(text: str) -> tuple[str, str]:
    error = failure(text)
    return error.message("en"), error.message("vi")


# --- item 2: a misspelt value of a choice -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "english", "vietnamese"),
    [
        (
            MINIMAL.replace('title = "Nghị quyết"', 'title = "x"\nmethod = "hand"'),
            "m.toml: questions[0].method: 'hand' is not a way of voting; use one of ballot, hands",
            "m.toml: questions[0].method: 'hand' không phải là hình thức biểu quyết hợp lệ; "
            "hãy dùng một trong các giá trị ballot, hands",
        ),
        (
            MINIMAL + '[minutes]\nform = "boad"\n',
            "m.toml: minutes.form: 'boad' is not a form of minutes; "
            "use one of party, team, board, state, plain",
            "m.toml: minutes.form: 'boad' không phải là mẫu biên bản hợp lệ; "
            "hãy dùng một trong các giá trị party, team, board, state, plain",
        ),
        (
            ELECTION.replace("seats = 2", 'seats = 2\nround = "furthur"'),
            "m.toml: questions[0].round: 'furthur' is not a round; "
            "use one of first, further, revote, rerun",
            "m.toml: questions[0].round: 'furthur' không phải là vòng bầu hợp lệ; "
            "hãy dùng một trong các giá trị first, further, revote, rerun",
        ),
        (
            RANKED.replace("seats = 1", 'seats = 1\nreading = "RONR"'),
            "m.toml: questions[0].reading: 'RONR' is not a reading of ranked ballots; "
            "use one of stv, ronr",
            "m.toml: questions[0].reading: 'RONR' không phải là cách đọc phiếu xếp hạng hợp lệ; "
            "hãy dùng một trong các giá trị stv, ronr",
        ),
    ],
)
def test_item2_a_misspelt_choice_gives_one_line_in_each_language(
    text: str, english: str, vietnamese: str
) -> None:
    assert in_both(text) == (english, vietnamese)


def _choices() -> list[tuple[str, str, tuple[str, ...]]]:
    # Every Literal-typed key of the file's shape: the test follows the shape as it grows.
    found = []
    for cls in vars(_shape).values():
        if not (isinstance(cls, type) and attrs.has(cls)):
            continue
        for name, kind in typing.get_type_hints(cls).items():
            for part in (kind, *typing.get_args(kind)):
                if typing.get_origin(part) is typing.Literal and name != "type":
                    found.append((cls.__name__, name, typing.get_args(part)))
    return found


def test_item2_every_choice_of_the_file_has_its_own_name() -> None:
    choices = _choices()
    assert len(choices) >= 9
    for _cls, _name, allowed in choices:
        assert allowed in _shape._CHOICES, allowed


@pytest.mark.parametrize("value", ['"furthur"', '"bầu cử thêm"', '"additional"', "3", "true"])
def test_item2_no_typing_text_whatever_the_value(value: str) -> None:
    english, vietnamese = in_both(ELECTION.replace("seats = 2", f"seats = 2\nround = {value}"))
    for message in (english, vietnamese):
        assert "Literal" not in message
        assert "typing" not in message
        assert message.startswith("m.toml: questions[0].round: ")
    assert "is not a round" in english
    assert "vòng bầu" in vietnamese
    assert "is not" not in vietnamese


def test_item2_a_good_choice_still_reads() -> None:
    text = RANKED.replace("seats = 1", 'seats = 1\nquota = "hare"\ntransfers = "exact"')
    assert loads(text).questions[0].title == "Board"


# --- item 18: a misspelt key is named, not the key it stands for --------------------------


@pytest.mark.parametrize(
    ("text", "where", "unknown"),
    [
        (RANKED.replace("{ ranking =", "{ rankng ="), "questions[0].ballots[0]", "rankng"),
        (MINIMAL.replace("members = 11", "membrs = 11"), "roll", "membrs"),
    ],
)
def test_item18_a_misspelt_key_names_the_unknown_key(text: str, where: str, unknown: str) -> None:
    english, vietnamese = in_both(text)
    assert english.startswith(f"m.toml: {where}: unknown key {unknown}; the keys here are ")
    assert vietnamese.startswith(f"m.toml: {where}: khóa không hợp lệ {unknown}; ")
    assert "missing" not in english


def test_item18_a_key_left_out_is_still_missing() -> None:
    english, vietnamese = in_both(RANKED.replace('{ ranking = ["An", "Bình"], ', "{ "))
    assert (
        english == "m.toml: questions[0].ballots[0].ranking: the key 'ranking' is missing; add it"
    )
    assert vietnamese.endswith("thiếu khóa 'ranking'; hãy bổ sung")
