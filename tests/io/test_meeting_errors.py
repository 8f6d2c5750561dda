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
from partyvote.io import ElectionOutcome, _shape, loads

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
        loads(text, source="m.toml").count()  # some problems show only when counting
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


# --- items 9 and 22: file words, not Python, at the exact key ----------------------------

PYTHON = ("=True", "=False", "Roll(", "present=N", "reading='", "transfers='", "=(")


@pytest.mark.parametrize(
    ("text", "where", "english", "vietnamese"),
    [
        # Law 85/2015/QH13 Art. 57(6) (rulebooks/_election_law.py): 2 more candidates than seats
        (
            ELECTION.replace("seats = 2", "seats = 3"),
            "questions[0].short_list",
            "4 candidates for 3 seats, at least 5 needed; add candidates, or, where the body "
            "responsible decided a shorter list for a candidate lost to force majeure, write "
            "short_list = true",
            "4 người ứng cử cho 3 đại biểu, cần ít nhất 5 người; hãy bổ sung người ứng cử",
        ),
        # the party's surplus rule (rulebooks/_party.py, _SURPLUS): a committee list has a surplus
        (
            ELECTION.replace('rulebook = "vn-people-council-2015"', 'rulebook = "vn-party-2024"')
            .replace("members = 1500", "members = 1500\npresent = 1400")
            .replace("seats = 2", "seats = 4"),
            "questions[0].committee",
            "4 candidates for 4 seats, at least 5 needed; add a candidate, or, if the list is "
            "not a committee list, write committee = false",
            "cần ít nhất 5 người; hãy bổ sung người ứng cử, hoặc, nếu đây không phải danh sách "
            "bầu cấp ủy, hãy ghi committee = false",
        ),
        # the party's base is the members present: the roll must say how many
        (
            ELECTION.replace('[rules]\nrulebook = "vn-people-council-2015"\n', ""),
            "roll.present",
            "the base 'present' needs the number of members present; write present = N in the "
            "[roll] table",
            "hãy ghi present = N trong bảng [roll]",
        ),
        # RONR (12th ed.) §45:62-69: preferential voting with no quota and no transferred surplus
        (
            RANKED.replace("seats = 1", 'seats = 1\nreading = "ronr"\nquota = "hare"'),
            "questions[0].reading",
            'with reading = "ronr", leave quota and transfers out',
            'khi reading = "ronr", hãy bỏ quota và transfers',
        ),
        # NZ Local Electoral Regulations 2001, Sch. 1A cl. 5: Meek's method computes its own quota
        (
            RANKED.replace("seats = 1", 'seats = 1\ntransfers = "meek"\nquota = "hare"'),
            "questions[0].quota",
            'with transfers = "meek", leave quota out',
            'khi transfers = "meek", hãy bỏ quota',
        ),
        (
            MINIMAL + "[minutes]\ndeputies = -1\n",
            "minutes.deputies",
            "deputies must not be negative, got -1",
            "deputies không được là số âm, nhận được -1",
        ),
        (
            MINIMAL.replace("[roll]", '[rules]\nshare_base = "give"\n[roll]'),
            "rules.share_base",
            "'give' is not a base; use one of cast,",
            "'give' không phải cơ sở tính",
        ),
    ],
)
def test_item9_a_file_error_speaks_of_keys_at_the_exact_key(
    text: str, where: str, english: str, vietnamese: str
) -> None:
    error = failure(text)
    en, vi = error.message("en"), error.message("vi")
    assert en.startswith(f"m.toml: {where}: "), en
    assert vi.startswith(f"m.toml: {where}: "), vi
    assert english in en
    assert vietnamese in vi
    for python in PYTHON:
        assert python not in en
        assert python not in vi


def test_item9_the_python_api_keeps_its_python_words() -> None:
    import partyvote as pv
    from partyvote import rulebooks
    from partyvote.errors import RulebookError

    with pytest.raises(RulebookError) as caught:
        rulebooks.get("vn-people-council-2015").election(seats=3, candidates=["A", "B", "C", "D"])
    # item 22: the count needed, not just the count given
    assert "4 candidates for 3 seats, at least 5 needed" in str(caught.value)
    assert "(short_list=True)" in str(caught.value)
    assert "4 người ứng cử cho 3 đại biểu, cần ít nhất 5 người" in caught.value.message("vi")
    # a meeting built in Python is told about Roll(...), as its user wrote it
    from partyvote.io import ElectionQuestion, Meeting

    book = rulebooks.get("vn-party-2024")
    meeting = Meeting(
        name="x",
        rulebook=book,
        roll=pv.Roll(20),
        questions=(
            ElectionQuestion(
                title="Bầu",
                election=book.election(seats=1, candidates=["An", "Bình"]),
                tallies=(("#1", pv.Tally(cast=10, votes={"An": 6, "Bình": 4})),),
            ),
        ),
    )
    with pytest.raises(MeetingError, match=r"Roll\(\.\.\., present=N\)"):
        meeting.count()


# --- item 10: a tie by age names birth_dates and its format ----------------------------------


def test_item10_a_tie_by_age_without_birth_dates_names_the_key_and_format() -> None:
    # Law 85/2015/QH13 Art. 78 (rulebooks/_election_law.py): of candidates with equal votes
    # at the end of the list, the older is elected; An, Bình and Chi have 650 each for 2 seats.
    text = ELECTION.replace("seats = 2", 'seats = 2\nbirth_dates = { "Bình" = 1971-01-01 }')
    assert loads(text).questions[0].title  # the file itself is valid: `validate` passes
    error = failure(text)
    assert error.message("en") == (
        "m.toml: questions[0].birth_dates: the tie is decided by age, and 'An' has no birth "
        'date: add it to birth_dates as year-month-day, such as birth_dates = { "An" = 1970-02-01 }'
    )
    assert error.message("vi") == (
        "m.toml: questions[0].birth_dates: trường hợp bằng phiếu được phân định theo tuổi, "
        "nhưng 'An' chưa có ngày sinh: hãy bổ sung vào birth_dates theo dạng năm-tháng-ngày, "
        'ví dụ birth_dates = { "An" = 1970-02-01 }'
    )


def test_item10_with_the_birth_dates_the_older_is_elected() -> None:
    dates = 'birth_dates = { An = 1970-02-01, "Bình" = 1971-01-01, Chi = 1972-02-01 }'
    outcome = loads(ELECTION.replace("seats = 2", f"seats = 2\n{dates}")).count().questions[0]
    assert isinstance(outcome, ElectionOutcome)
    assert outcome.result.elected == ("An", "Bình")


# --- item 11's hint: a name with Vietnamese letters as a bare key ----------------------------


def test_item11_an_unquoted_vietnamese_name_gets_a_hint_at_its_line() -> None:
    # TOML 1.0 "Keys": a bare key may contain only ASCII letters, digits, - and _.
    text = ELECTION.replace('"Bình" = 650', "Bình = 650")
    english, vietnamese = in_both(text)
    assert english == (
        "m.toml: line 15, column 22: the file is not valid TOML: a key with letters outside "
        'A-Z, such as Bình, must be in quotes: "Bình"'
    )
    assert vietnamese == (
        "m.toml: line 15, column 22: tệp không đúng cú pháp TOML: khóa có chữ ngoài A-Z (như "
        'chữ có dấu), như Bình, phải đặt trong dấu ngoặc kép: "Bình"'
    )


def test_item11_other_syntax_errors_name_the_line_too() -> None:
    english = failure(MINIMAL.replace("members = 11", "members = = 11")).message("en")
    assert english == "m.toml: line 5, column 11: the file is not valid TOML or JSON: Invalid value"
