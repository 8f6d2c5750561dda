"""Rules describe themselves in words, in every language, and never by their class name."""

from typing import Any

import pytest

import partyvote as pv
from partyvote.rules import DoubleMajority, Heads, describe

CONVENED_HALF = pv.more_than("1/2", of=pv.CONVENED)
CONVENED_HALF_VI = "quá 1/2 của người được triệu tập trừ số vắng mặt có lý do"


@pytest.mark.parametrize(
    ("rule", "en", "vi"),
    [
        # 190-QĐ/TW Art. 30: more than half of those convened
        (CONVENED_HALF, "more than 1/2 of convened", CONVENED_HALF_VI),
        (
            pv.Quorum(pv.at_least("2/3", of=pv.CONVENED)),
            "at least 2/3 of convened",
            "ít nhất 2/3 của người được triệu tập trừ số vắng mặt có lý do",
        ),
        # Law 85/2015 Art. 78(1): results stand only if more than half the voters on the list
        # voted (the rulebook vn-national-assembly-2015 cites the same article)
        (
            pv.Quorum(pv.more_than("1/2", of=pv.MEMBERS), counted=pv.CAST),
            "more than 1/2 of members, counting ballots cast",
            "quá 1/2 của thành viên, tính theo phiếu thu vào",
        ),
        # Companies Act 2006 s.318: two qualifying persons present
        (pv.Minimum(2, counted=pv.PRESENT), "at least 2 present", "ít nhất 2 người có mặt"),
        (pv.Minimum(1500), "at least 1,500 votes in favour", "ít nhất 1.500 phiếu tán thành"),
        (
            CONVENED_HALF | pv.Minimum(3),
            "any of: more than 1/2 of convened; at least 3 votes in favour",
            f"đạt một trong: {CONVENED_HALF_VI}; ít nhất 3 phiếu tán thành",
        ),
        (
            pv.Motion(pv.at_least("2/3"), quorum=pv.Quorum(pv.more_than("1/2"))),
            "at least 2/3 of votes cast, with a quorum of more than 1/2 of votes cast",
            "ít nhất 2/3 của phiếu thu vào, với túc số quá 1/2 của phiếu thu vào",
        ),
        (pv.Motion(CONVENED_HALF), "more than 1/2 of convened", CONVENED_HALF_VI),
        (
            Heads(pv.more_than("1/2", of=pv.MEMBERS)),
            "more than 1/2 of members, counted one per voter",
            "quá 1/2 của thành viên, tính theo số người bỏ phiếu",
        ),
        # TEU Art. 16(4): 55 % of the states, at least 15, 65 % of the population
        (
            DoubleMajority(blocking=0),
            "a qualified majority: at least 55% of the member states, at least 15 of them, "
            "representing at least 65% of the population",
            "đa số đủ điều kiện: ít nhất 55% số quốc gia thành viên, ít nhất 15 quốc gia, "
            "đại diện cho ít nhất 65% dân số",
        ),
    ],
)
def test_every_built_in_rule_describes_itself(rule: Any, en: str, vi: str) -> None:
    assert (describe(rule, "en"), describe(rule, "vi")) == (en, vi)
    assert rule.describe("en") == en


def test_the_blocking_minority_is_described_when_there_is_one() -> None:
    assert describe(DoubleMajority(), "vi").endswith("thiểu số ngăn chặn cần ít nhất 4 quốc gia")


class _Plain:
    def decide(self, votes: pv.Votes, /, *, roll: pv.Roll | None = None) -> pv.Decision:
        return pv.more_than("1/2").decide(votes, roll=roll)


class _Labelled(_Plain):
    label = "two keys turned"


def test_a_user_rule_is_described_by_its_label_or_as_a_rule_of_its_own() -> None:
    assert (describe(_Plain(), "en"), describe(_Plain(), "vi")) == (
        "a rule of its own",
        "quy tắc riêng",
    )
    assert describe(_Labelled(), "vi") == "two keys turned"
    assert describe(pv.all_of(_Plain(), CONVENED_HALF)) == (
        "all of: a rule of its own; more than 1/2 of convened"
    )


def test_a_user_base_is_described_by_its_own_label() -> None:
    legal = pv.Base(
        "legal", lambda roll, votes: votes.cast if votes else 0, en="legal votes", vi="phiếu hợp lệ"
    )
    assert pv.Minimum(5, counted=legal).describe("vi") == "ít nhất 5 phiếu hợp lệ"
