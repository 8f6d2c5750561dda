"""Catalog entries for issue 15: shareholder meetings and cumulative voting."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ENTRIES: Final[Mapping[str, Mapping[str, str]]] = {
    # Errors
    "cumulative.shares": {
        "en": "a cumulative ballot needs a whole number of voting shares, at least 1, "
        "got {value!r}",
        "vi": "phiếu bầu dồn phiếu cần số cổ phần có quyền biểu quyết là số nguyên, ít nhất 1, "
        "nhận được {value!r}",
    },
    "cumulative.votes": {
        "en": "the votes given to {name!r} must be a whole number, at least 0, got {value!r}",
        "vi": "số phiếu bầu dành cho {name!r} phải là số nguyên, ít nhất 0, nhận được {value!r}",
    },
    "cumulative.repeated": {
        "en": "{name!r} appears twice on one cumulative ballot",
        "vi": "{name!r} xuất hiện hai lần trên một phiếu bầu dồn phiếu",
    },
    "cumulative.no_candidates": {
        "en": "a cumulative election needs at least one candidate",
        "vi": "bầu dồn phiếu cần ít nhất một ứng cử viên",
    },
    "cumulative.duplicate_candidate": {
        "en": "{name!r} is on the list of candidates twice",
        "vi": "{name!r} có hai lần trong danh sách ứng cử viên",
    },
    "cumulative.seats": {
        "en": "a cumulative election needs at least 1 seat, got {value!r}",
        "vi": "bầu dồn phiếu cần ít nhất 1 thành viên được bầu, nhận được {value!r}",
    },
    "cumulative.base": {
        "en": "a candidate's share in cumulative voting is of one of {valid}, got {value!r}",
        "vi": "tỷ lệ của ứng cử viên trong bầu dồn phiếu được tính trên một trong các căn cứ "
        "{valid}, nhận được {value!r}",
    },
    "cumulative.unknown_candidate": {
        "en": "{name!r} is not a candidate in this election",
        "vi": "{name!r} không phải là ứng cử viên của cuộc bầu cử này",
    },
    "rulebook.sitting": {
        "en": "a shareholders' meeting sits at most three times: sitting 1, 2 or 3, got {value!r}",
        "vi": "Đại hội đồng cổ đông họp tối đa ba lần: lần 1, 2 hoặc 3, nhận được {value!r}",
    },
    # Explanations and minutes
    "report.roll_shares": {
        "en": "Voting shares: {members}; shares represented: {present}.",
        "vi": "Tổng số cổ phần có quyền biểu quyết: {members}; số cổ phần dự họp: {present}.",
    },
    "cumulative.header": {
        "en": "Cumulative voting for {seats} {seats:plural:seat:seats}: "
        "each share carries {seats} {seats:plural:vote:votes}.",
        "vi": "Bầu dồn phiếu {seats} thành viên: mỗi cổ phần có {seats} phiếu bầu.",
    },
    "cumulative.ballots": {
        "en": "{ballots} {ballots:plural:ballot:ballots} for {shares} shares: {valid} valid "
        "({valid_shares} shares, {held} votes held, {given} given)",
        "vi": "{ballots} phiếu thu về, đại diện {shares} cổ phần: {valid} phiếu hợp lệ "
        "({valid_shares} cổ phần, {held} phiếu bầu được quyền bầu, {given} phiếu bầu đã bầu)",
    },
    "cumulative.invalid": {
        "en": ", {ballots} invalid ({shares} shares): {reasons}",
        "vi": ", {ballots} phiếu không hợp lệ ({shares} cổ phần): {reasons}",
    },
    "cumulative.invalid.over-votes": {
        "en": "{ballots} gave more votes than {ballots:plural:it:they} held",
        "vi": "{ballots} phiếu ghi tổng số phiếu bầu vượt quá số được quyền bầu",
    },
    "cumulative.invalid.unknown-name": {
        "en": "{ballots} named someone not on the list",
        "vi": "{ballots} phiếu ghi tên người không có trong danh sách",
    },
    "cumulative.invalid.too-many-names": {
        "en": "{ballots} voted for more candidates than seats",
        "vi": "{ballots} phiếu bầu cho nhiều ứng cử viên hơn số thành viên cần bầu",
    },
    "cumulative.invalid.not-issued": {
        "en": "{ballots} not issued by the counting committee",
        "vi": "{ballots} phiếu không do ban kiểm phiếu phát hành",
    },
    "cumulative.candidate.held": {
        "en": "{name}: {votes} {votes:plural:vote:votes}, {percent} of the votes held.",
        "vi": "{name}: {votes} phiếu bầu, đạt {percent} tổng số phiếu bầu được quyền bầu.",
    },
    "cumulative.candidate.given": {
        "en": "{name}: {votes} {votes:plural:vote:votes}, {percent} of the votes given.",
        "vi": "{name}: {votes} phiếu bầu, đạt {percent} tổng số phiếu bầu đã bầu.",
    },
    "cumulative.candidate.shares": {
        "en": "{name}: {votes} {votes:plural:vote:votes}, {percent} of the voting shares of "
        "the valid ballots.",
        "vi": "{name}: {votes} phiếu bầu, đạt {percent} so với tổng số cổ phần có quyền biểu "
        "quyết của các phiếu hợp lệ.",
    },
    "cumulative.col_votes": {
        "en": "Votes",
        "vi": "Số phiếu bầu",
    },
    # The share column of the minutes' table names its base (the bases of share_of).
    "cumulative.col_share.held": {
        "en": "% of the votes held",
        "vi": "Tỷ lệ % so với tổng số phiếu bầu được quyền bầu",
    },
    "cumulative.col_share.given": {
        "en": "% of the votes given",
        "vi": "Tỷ lệ % so với tổng số phiếu bầu đã bầu",
    },
    "cumulative.col_share.shares": {
        "en": "% of the voting shares (valid ballots)",
        "vi": "Tỷ lệ % so với tổng số cổ phần có quyền biểu quyết (phiếu hợp lệ)",
    },
    "cumulative.name_votes": {
        "en": "{name} ({votes} {votes:plural:vote:votes})",
        "vi": "{name} ({votes} phiếu bầu)",
    },
    "cumulative.elected": {
        "en": "Elected: {names}.",
        "vi": "Trúng cử: {names}.",
    },
    "cumulative.none_elected": {
        "en": "No one is elected.",
        "vi": "Không có ai trúng cử.",
    },
    "cumulative.tied": {
        "en": "Tied for the last {seats:plural:seat:seats} at {votes} votes: {names}; "
        "{seats} {seats:plural:seat goes:seats go} to a re-vote among them.",
        "vi": "Ngang phiếu ở vị trí cuối với {votes} phiếu bầu: {names}; "
        "bầu lại {seats} thành viên trong số các ứng cử viên này.",
    },
    "cumulative.unfilled": {
        "en": "{seats} {seats:plural:seat remains:seats remain} unfilled: too few candidates "
        "received votes.",
        "vi": "Còn thiếu {seats} thành viên: không đủ ứng cử viên nhận được phiếu bầu.",
    },
}
