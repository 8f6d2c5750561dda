"""The party's three bases and its surplus rules per list (issue 12 §4).

244-QĐ/TW Art. 32(2) (members' congress) and 32(3) (delegates' congress), kept by 190-QĐ/TW
Art. 30; 190-QĐ/TW Art. 14 (the surplus of committee and standing-committee lists).
"""

import pickle
import re

import pytest

import partyvote as pv
from partyvote.errors import MeetingError
from partyvote.io.meeting import loads
from partyvote.report import minutes
from partyvote.rulebooks import COMMITTEE_CONVENED, DELEGATES_CONVENED, MEMBERS_CONVENED

KINDS = {
    "vn-party-2024": DELEGATES_CONVENED,
    "vn-party-2024-members": MEMBERS_CONVENED,
    "vn-party-2024-committee": COMMITTEE_CONVENED,
    "vn-party-2014-committee": COMMITTEE_CONVENED,
}


@pytest.mark.parametrize(("key", "base"), KINDS.items())
def test_each_meeting_has_its_own_base(key: str, base: pv.Base) -> None:
    book = pv.rulebooks.get(key)
    threshold = book.election_threshold
    assert isinstance(threshold, pv.Threshold)
    assert threshold.base is base
    assert book.motion().threshold.base is base  # type: ignore[attr-defined]
    # the base is the roll less those the regulation takes out: 31 - 1 = 30, 16 to elect
    assert threshold.required(base(pv.Roll(31, excused=1), None)) == 16
    assert pickle.loads(pickle.dumps(base))(pv.Roll(31, excused=1), None) == 30


def test_the_bases_are_named_as_the_regulation_names_them() -> None:
    labels = {base.label("vi") for base in KINDS.values()}
    assert len(labels) == 3  # the two conferences share one base
    assert DELEGATES_CONVENED.label("vi").startswith("đại biểu chính thức được triệu tập")
    assert MEMBERS_CONVENED.label("vi").startswith("đảng viên chính thức được triệu tập")
    assert COMMITTEE_CONVENED.label("vi").startswith("cấp ủy viên được triệu tập")
    for base in KINDS.values():
        assert "người được triệu tập" not in base.label("vi")
    decision = (
        pv.rulebooks.get("vn-party-2024-members")
        .motion()
        .decide(pv.Votes(6, 4), roll=pv.Roll(11, present=10))
    )
    assert "đảng viên chính thức được triệu tập" in decision.explain("vi")


def test_a_members_congress_counts_an_excused_member_who_attends() -> None:
    # Art. 32(2): an excused member who attends and votes still counts; only those who stay
    # away are taken out. 12 members, 2 excused of whom 1 came: the base is 11, not 10.
    book = pv.rulebooks.get("vn-party-2024-members")
    stayed_away = 1
    roll = pv.Roll(12, excused=stayed_away, present=11)
    decision = book.motion().decide(pv.Votes(6, 5), roll=roll)
    assert decision.base_size == 11
    assert decision.passed


def test_the_variants_keep_the_congress_rules_and_say_what_is_unverified() -> None:
    base = pv.rulebooks.get("vn-party-2024")
    for key in ("vn-party-2024-members", "vn-party-2024-committee", "vn-party-2014-committee"):
        book = pv.rulebooks.get(key)
        assert book.surplus == base.surplus
        assert book.validity == base.validity
        assert book.ties == base.ties
        assert any("Unverified" in note or "Not verified" in note for note in book.notes_in())
        assert any("Chưa" in note for note in book.notes_in("vi"))
    sources = " ".join(str(source) for source in base.sources)
    assert "Art. 9(5)" in sources
    assert "12(3)" not in sources


def test_the_2014_conference_has_the_2024_conference_rules_under_244() -> None:
    """A committee vote held before October 2024 was under 244-QĐ/TW: the same base and
    words as the 2024 conference, the 2014 regulation's title and sources."""
    old = pv.rulebooks.get("vn-party-2014-committee")
    new = pv.rulebooks.get("vn-party-2024-committee")
    for name in ("quorum", "election_threshold", "validity", "ties", "surplus", "wording"):
        assert getattr(old, name) == getattr(new, name), name
    assert old.motion().threshold == new.motion().threshold
    assert old.sources == pv.rulebooks.get("vn-party-2014").sources
    assert "244-QĐ/TW" in old.title_in("vi")
    assert "190" not in old.title_in("vi") + old.title_in("en")
    assert not any("delegates' congress" in note for note in old.notes_in())


MEETING = """
[meeting]
name = "Đại hội"
[roll]
members = 40
present = 38
[[questions]]
type = "election"
title = "Bầu đại biểu dự đại hội cấp trên"
seats = 5
candidates = ["A", "B", "C", "D", "E", "F", "G"]
{committee}
[[questions.tallies]]
cast = 38
votes = {{ A = 30, B = 29, C = 28, D = 27, E = 26, F = 10, G = 9 }}
"""


def test_a_meeting_file_marks_a_list_that_elects_no_committee() -> None:
    # 7 candidates for 5 delegates is lawful; as a committee list it exceeds the limit of 1.
    counted = loads(MEETING.format(committee="committee = false")).count()
    assert counted.questions[0].result.elected == ("A", "B", "C", "D", "E")  # type: ignore[union-attr]
    with pytest.raises(MeetingError, match="above the limit of 1"):
        loads(MEETING.format(committee=""))


ROLL_AND_MOTION = """
[meeting]
name = "Đại hội"
[rules]
rulebook = "{key}"
[roll]
members = 31
excused = 2
present = 27
[[questions]]
type = "motion"
title = "Nghị quyết"
votes = {{ yes = 20, no = 7 }}
"""
# The words the base line puts after the deducted number: "trừ 2 đồng chí là …", "less 2 …";
# a committee conference's roll line puts them before (vi) or after (en) the number.
DEDUCTED = {
    "vi": re.compile(r"trừ 2 đồng chí (?:là )?([^)]+)\)|\(trong đó ([^:]+): 2\)"),
    "en": re.compile(r"less 2 ([^)]+)\)|\(2 ([^)]+)\)"),
}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("key", KINDS)
def test_the_roll_line_and_the_base_deduct_the_same_absentees(key: str, lang: str) -> None:
    """The minutes name the 2 absentees the roll line deducts as the base's label does, and
    the base is the roll less exactly them (244-QĐ/TW Art. 32(2)-(3))."""
    report = minutes(loads(ROLL_AND_MOTION.format(key=key)).count(), lang=lang)
    found = DEDUCTED[lang].search(report)
    assert found is not None, report
    label = KINDS[key].label(lang)
    assert (found.group(1) or found.group(2)) in label
    # the base, defined once: 31 on the roll less the 2 deducted
    reckoned = {
        "vi": r"làm căn cứ tính kết quả bầu cử: 29 đồng chí \(",
        "en": r"reckoned on:? 29 (?:committee members )?\(",
    }
    assert re.search(reckoned[lang], report), report


@pytest.mark.parametrize("key", ["vn-party-2024-committee", "vn-party-2014-committee"])
def test_the_committee_base_is_marked_unverified_beside_the_incumbent_members(key: str) -> None:
    """24-QĐ/TW (2021) point 9.3.3, read only in English (lawnet.vn): a committee conference
    counts its incumbent members ("cấp ủy viên đương nhiệm"); the election regulation's own
    article was not found, so the base stays and the note says so in both languages."""
    note_en, note_vi = (pv.rulebooks.get(key).notes_in(lang)[0] for lang in ("en", "vi"))
    assert "Unverified" in note_en
    assert "incumbent" in note_en
    assert "Chưa xác minh" in note_vi
    assert "đương nhiệm" in note_vi
