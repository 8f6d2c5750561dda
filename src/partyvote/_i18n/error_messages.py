"""The messages of every error partyvote raises, in every language (see :mod:`._messages`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

ERRORS: Final[Mapping[str, Mapping[str, str]]] = {
    "language.unknown": {
        "en": "unknown language {value!r}; expected one of {valid}",
        "vi": "ngôn ngữ {value!r} không được hỗ trợ; hãy dùng một trong {valid}",
    },
    "count.type": {
        "en": "{name} must be a whole number (int), got {value!r} ({type})",
        "vi": "{name} phải là số nguyên (int), nhận được {value!r} ({type})",
    },
    "count.negative": {
        "en": "{name} must not be negative, got {value}",
        "vi": "{name} không được là số âm, nhận được {value}",
    },
    "ratio.float": {
        "en": (
            "expected a Fraction, an int or a string like '2/3' or '75%', got {value!r} "
            "(float); a float cannot hold most ratios exactly (2/3 has no exact float), so "
            "write Fraction(2, 3) or '2/3'"
        ),
        "vi": (
            "cần một Fraction, một số nguyên hoặc chuỗi như '2/3' hay '75%', nhận được "
            "{value!r} (float); số thực dấu phẩy động không biểu diễn đúng được phần lớn các tỉ "
            "lệ (2/3 không có giá trị float chính xác), hãy viết Fraction(2, 3) hoặc '2/3'"
        ),
    },
    "ratio.type": {
        "en": "expected a Fraction, an int or a string like '2/3' or '75%', got {value!r} ({type})",
        "vi": (
            "cần một Fraction, một số nguyên hoặc chuỗi như '2/3' hay '75%', nhận được "
            "{value!r} ({type})"
        ),
    },
    "ratio.syntax": {
        "en": "cannot read {value!r} as a ratio; write it like '1/2', '2/3', '75%', '0.55' or '1'",
        "vi": (
            "không đọc được {value!r} là một tỷ lệ; hãy viết như '1/2', '2/3', '75%', '0.55' "
            "hoặc '1'"
        ),
    },
    "ratio.range": {
        "en": "a ratio must be more than 0 and at most 1 (100%), got {value}",
        "vi": "tỷ lệ phải lớn hơn 0 và không quá 1 (100%), nhận được {value}",
    },
    "ratio.never": {
        "en": (
            "'more than 1' (more than 100%) can never be met; for unanimity, ask for 'at least "
            "1' (100%)"
        ),
        "vi": (
            "'quá 1' (quá 100%) không bao giờ đạt được; khi cần nhất trí tuyệt đối, hãy yêu "
            "cầu 'ít nhất 1' (100%)"
        ),
    },
    "roll.present_exceeds": {
        "en": "present ({present}) exceeds members on the roll ({members})",
        "vi": "số có mặt ({present}) vượt quá số thành viên trong danh sách ({members})",
    },
    "roll.excused_exceeds": {
        "en": (
            "excused absentees ({excused}) exceed the members who are not present ({absent} = "
            "{members} members - {present} present)"
        ),
        "vi": (
            "số vắng mặt có lý do ({excused}) vượt quá số thành viên không có mặt ({absent} = "
            "{members} thành viên - {present} có mặt)"
        ),
    },
    "roll.excused_exceeds_members": {
        "en": "excused absentees ({excused}) exceed members on the roll ({members})",
        "vi": "số vắng mặt có lý do ({excused}) vượt quá số thành viên trong danh sách ({members})",
    },
    "votes.exceed_present": {
        "en": "{cast} votes were recorded but only {present} members are present",
        "vi": "có {cast} phiếu được ghi nhận nhưng chỉ có {present} thành viên có mặt",
    },
    "votes.exceed_members": {
        "en": "{cast} votes were recorded but the roll has only {members} members",
        "vi": "có {cast} phiếu được ghi nhận nhưng danh sách chỉ có {members} thành viên",
    },
    "base.needs_roll": {
        "en": "the base {base!r} is counted from the roll of members; pass roll=Roll(...)",
        "vi": "cơ sở {base!r} được tính từ danh sách thành viên; hãy truyền roll=Roll(...)",
    },
    "base.needs_present": {
        "en": "the base {base!r} needs the number of members present; give Roll(..., present=N)",
        "vi": "cơ sở {base!r} cần số thành viên có mặt; hãy khai báo Roll(..., present=N)",
    },
    "base.needs_votes": {
        "en": "the base {base!r} is counted from the votes; pass the Votes",
        "vi": "cơ sở {base!r} được tính từ kết quả biểu quyết; hãy truyền Votes",
    },
    "base.bad_result": {
        "en": "the base {base!r} returned {value!r}; a base must return a non-negative int",
        "vi": "cơ sở {base!r} trả về {value!r}; một cơ sở phải trả về số nguyên không âm",
    },
    "decide.received_exceeds_base": {
        "en": "{received} received exceeds the base {base!r} of {size}; the counts disagree",
        "vi": "số nhận được ({received}) vượt quá cơ sở {base!r} là {size}; các số liệu mâu thuẫn",
    },
    "rule.not_a_rule": {
        "en": (
            "cannot combine with {value!r} ({type}); expected a rule with a decide(votes, *, "
            "roll=None) method returning a Decision"
        ),
        "vi": (
            "không thể kết hợp với {value!r} ({type}); cần một quy tắc có phương thức "
            "decide(votes, *, roll=None) trả về Decision"
        ),
    },
    "rule.minimum_zero": {
        "en": "a minimum of 0 would pass with no one; give a count of at least 1",
        "vi": "mức tối thiểu 0 sẽ đạt khi không có ai; hãy cho một số từ 1 trở lên",
    },
    "rule.empty": {
        "en": "a compound rule needs at least one rule to combine",
        "vi": "quy tắc kết hợp cần ít nhất một quy tắc thành phần",
    },
    "quorum.needs_input": {
        "en": "a quorum is decided on a Roll (attendance) or on Votes (turnout), got {value!r}",
        "vi": (
            "túc số được xác định trên danh sách (Roll, số có mặt) hoặc trên phiếu (Votes, số "
            "tham gia bỏ phiếu), nhận được {value!r}"
        ),
    },
    "quorum.not_threshold": {
        "en": "a Quorum needs a Threshold such as at_least('2/3', of=CONVENED), got {value!r}",
        "vi": "Quorum cần một Threshold, ví dụ at_least('2/3', of=CONVENED), nhận được {value!r}",
    },
    "option.flag": {
        "en": "{name} must be True or False, got {value!r}",
        "vi": "{name} phải là True hoặc False, nhận được {value!r}",
    },
    "option.choice": {
        "en": "{name} must be one of {valid}, got {value!r}",
        "vi": "{name} phải là một trong {valid}, nhận được {value!r}",
    },
    "ballot.mark": {
        "en": "{value!r} is not a mark; expected one of {valid}",
        "vi": "{value!r} không phải một dấu hợp lệ; hãy dùng một trong {valid}",
    },
    "ballot.name": {
        "en": "a name on a ballot must be a string, got {value!r}",
        "vi": "tên trên phiếu phải là một chuỗi, nhận được {value!r}",
    },
    "columnar.shape": {
        "en": "the {what} ballots must be a matrix of shape {expected}, got shape {shape}",
        "vi": "các phiếu dạng {what} phải là ma trận có dạng {expected}, nhận được dạng {shape}",
    },
    "columnar.values": {
        "en": "a ballot matrix holds booleans or 0/1, got other values (dtype {dtype})",
        "vi": "ma trận phiếu chỉ chứa giá trị đúng/sai hoặc 0/1, nhận được giá trị khác ({dtype})",
    },
    "columnar.packed_dtype": {
        "en": "packed ballots must be uint8, as numpy.packbits gives, got dtype {dtype}",
        "vi": "phiếu dạng nén phải có kiểu uint8 như numpy.packbits tạo ra, nhận được {dtype}",
    },
    "columnar.padding": {
        "en": (
            "the last {padding} padding {padding:plural:bit:bits} of each packed ballot must be "
            "zero"
        ),
        "vi": "{padding} bit đệm cuối của mỗi phiếu dạng nén phải bằng 0",
    },
    "poll.choice": {
        "en": "{value!r} is not a choice in a poll; expected one of {valid}",
        "vi": "{value!r} không phải một lựa chọn khi biểu quyết; hãy dùng một trong {valid}",
    },
    "poll.weight": {
        "en": "a voter's weight must be a whole number of at least 1, got {value!r}",
        "vi": "trọng số của người biểu quyết phải là số nguyên từ 1 trở lên, nhận được {value!r}",
    },
    "poll.duplicate": {
        "en": "{voter!r} votes twice in the poll; each voter has one entry",
        "vi": "{voter!r} biểu quyết hai lần; mỗi người chỉ có một dòng",
    },
    "poll.totals": {
        "en": "a poll's totals must come from its entries; build it with Poll.of(entries)",
        "vi": "tổng số của cuộc biểu quyết phải tính từ các dòng; hãy tạo bằng Poll.of(entries)",
    },
    "poll.needed": {
        "en": "{rule} decides on a Poll with each voter's weight, got {value!r}",
        "vi": "{rule} cần một Poll có trọng số của từng người, nhận được {value!r}",
    },
    "ballot.string": {
        "en": (
            "a ballot must be a collection of names or a Ballot, got the string {value!r}; "
            "write ({value!r},) for a ballot keeping that one name"
        ),
        "vi": (
            "mỗi phiếu phải là một tập hợp tên hoặc một Ballot, nhận được chuỗi {value!r}; hãy "
            "viết ({value!r},) cho phiếu chỉ giữ lại tên đó"
        ),
    },
    "ballot.duplicate": {
        "en": "a ballot names the same candidate twice: {value!r}; a paper ballot cannot",
        "vi": "một phiếu ghi một ứng cử viên hai lần: {value!r}; phiếu giấy không thể như vậy",
    },
    "ballot.mixed": {
        "en": (
            "the ballot {value!r} mixes kept or struck names with marks, or its kept and struck "
            "names contradict each other; give one of kept, struck or marks"
        ),
        "vi": (
            "phiếu {value!r} vừa ghi tên giữ lại hoặc gạch bỏ vừa ghi dấu, hoặc tên giữ lại và "
            "gạch bỏ mâu thuẫn nhau; hãy chỉ dùng một trong kept, struck hoặc marks"
        ),
    },
    "tally.invalid_type": {
        "en": "invalid ballots must be a count or counts by reason, got {value!r}",
        "vi": "số phiếu không hợp lệ phải là một số hoặc số theo từng lý do, nhận được {value!r}",
    },
    "tally.reason": {
        "en": "{value!r} is not a reason a ballot is invalid; use one of {valid}",
        "vi": "{value!r} không phải lý do phiếu không hợp lệ; hãy dùng một trong {valid}",
    },
    "tally.names_type": {
        "en": "votes per candidate must be a mapping of names to counts, got {value!r}",
        "vi": "số phiếu của từng người phải là bảng tên và số phiếu, nhận được {value!r}",
    },
    "tally.name": {
        "en": "a candidate's name must be a string, got {value!r}",
        "vi": "tên ứng cử viên phải là một chuỗi, nhận được {value!r}",
    },
    "tally.name_twice": {
        "en": "{name!r} is counted twice (the same name typed two ways); give it once",
        "vi": "{name!r} được tính hai lần (cùng một tên gõ theo hai cách); hãy ghi một lần",
    },
    "tally.cast_short": {
        "en": "{invalid} invalid and {blank} blank ballots are more than the {cast} ballots cast",
        "vi": "{invalid} phiếu không hợp lệ và {blank} phiếu trắng nhiều hơn {cast} phiếu thu vào",
    },
    "tally.candidate_exceeds": {
        "en": "{name!r} has {votes} votes but there are only {marked} valid non-blank ballots",
        "vi": "{name!r} có {votes} phiếu nhưng chỉ có {marked} phiếu hợp lệ không để trống",
    },
    "tally.unknown_name": {
        "en": "the tally names {names}, not on the list of candidates",
        "vi": "bảng kiểm phiếu có tên {names}, không có trong danh sách ứng cử viên",
    },
    "tally.too_many_marks": {
        "en": (
            "{marks} {marks:plural:name is:names are} kept on {valid} valid "
            "{valid:plural:ballot:ballots}, more than {seats} {seats:plural:seat:seats} each allows"
        ),
        "vi": (
            "{marks} lượt tên được giữ lại trên {valid} phiếu hợp lệ, nhiều hơn mức {seats} tên "
            "mỗi phiếu cho phép"
        ),
    },
    "election.no_candidates": {
        "en": "an election needs at least one candidate",
        "vi": "cuộc bầu cử cần ít nhất một ứng cử viên",
    },
    "election.duplicate": {
        "en": "the candidate {name!r} is on the list twice",
        "vi": "ứng cử viên {name!r} có tên hai lần trong danh sách",
    },
    "election.bad_name": {
        "en": "a candidate's name must be a non-empty string, got {name!r}",
        "vi": "tên ứng cử viên phải là chuỗi không rỗng, nhận được {name!r}",
    },
    "election.seats": {
        "en": "an election needs at least 1 seat, got {seats}",
        "vi": "cuộc bầu cử cần ít nhất 1 chỗ, nhận được {seats}",
    },
    "election.surplus": {
        "en": (
            "{candidates} candidates for {seats} {seats:plural:seat:seats} is a surplus of "
            "{surplus}, above the limit of {limit}; remove {excess} {excess:plural:name:names} or "
            "raise the limit"
        ),
        "vi": (
            "{candidates} ứng cử viên cho {seats} chỗ là số dư {surplus}, vượt mức tối đa "
            "{limit}; hãy bớt {excess} tên hoặc nâng mức tối đa"
        ),
    },
    "election.form": {
        "en": "a {form} ballot cannot serve {candidates} candidates for {seats} seats: {why}",
        "vi": "mẫu phiếu {form} không dùng được cho {candidates} ứng cử viên và {seats} chỗ: {why}",
    },
    "election.ballots": {
        "en": "expected an iterable of ballots or a Tally, got {value!r}",
        "vi": "cần một dãy các phiếu bầu hoặc một Tally, nhận được {value!r}",
    },
    "election.tie_policy": {
        "en": "{value!r} is not a tie policy; expected Revote(), Older(...), Lot(...) ...",
        "vi": (
            "{value!r} không phải cách xử lý bằng phiếu; hãy dùng Revote(), Older(...), "
            "Lot(...) ..."
        ),
    },
    "result.no_one_left": {
        "en": (
            "{seats} {seats:plural:seat remains:seats remain} but every candidate is elected; "
            "name the candidates of the "
            "further round with add_candidates=(...)"
        ),
        "vi": (
            "còn {seats} chỗ nhưng mọi ứng cử viên đều đã trúng cử; hãy bổ sung người ứng cử "
            "bằng add_candidates=(...)"
        ),
    },
    "ties.missing_key": {
        "en": "the tie-break key (such as a birth date) has no value for {name!r}; give one",
        "vi": "tiêu chí phân định (như ngày sinh) chưa có giá trị cho {name!r}; hãy bổ sung",
    },
    "ties.empty_seed": {
        "en": "a lot needs a published, non-empty seed (a string)",
        "vi": "bốc thăm cần một mã bốc thăm đã công bố, không rỗng",
    },
    "rulebook.key": {
        "en": (
            "a rulebook key is lowercase words joined by hyphens, like 'my-party-2025', got "
            "{value!r}"
        ),
        "vi": (
            "khóa của bộ quy tắc gồm các từ viết thường nối bằng dấu gạch ngang, ví dụ "
            "'my-party-2025', nhận được {value!r}"
        ),
    },
    "rulebook.kind_name": {
        "en": "a kind of motion is named by a non-empty string, got {value!r}",
        "vi": "loại biểu quyết phải được đặt tên bằng chuỗi không rỗng, nhận được {value!r}",
    },
    "rulebook.ties": {
        "en": "{value!r} is not a tie procedure; give steps among {valid}",
        "vi": "{value!r} không phải cách xử lý bằng phiếu; hãy chọn các bước trong {valid}",
    },
    "rulebook.kind": {
        "en": "the rulebook {key!r} has no motion of kind {kind!r}; it has {valid}",
        "vi": "bộ quy tắc {key!r} không có loại biểu quyết {kind!r}; các loại có: {valid}",
    },
    "rulebook.needs_seed": {
        "en": "ties under {key!r} are decided by lot: give the published seed, seed='...'",
        "vi": "theo {key!r}, bằng phiếu được phân định bằng bốc thăm: hãy cho seed='...'",
    },
    "rulebook.surplus": {
        "en": (
            "a surplus of {surplus} for {seats} seats is above the limit of {limit} under "
            "{key!r}; choose at most {limit}"
        ),
        "vi": (
            "số dư {surplus} cho {seats} chỗ vượt mức tối đa {limit} theo {key!r}; hãy chọn "
            "không quá {limit}"
        ),
    },
    "rulebook.no_elections": {
        "en": "the rulebook {key!r} has no rules for elections; use its motions",
        "vi": "bộ quy tắc {key!r} không có quy định về bầu cử; hãy dùng các loại biểu quyết",
    },
    "rulebook.unknown": {
        "en": "no rulebook {key!r}; available: {valid}",
        "vi": "không có bộ quy tắc {key!r}; các bộ hiện có: {valid}",
    },
    "rulebook.registered": {
        "en": "a rulebook {key!r} is registered already; pick another key or pass replace=True",
        "vi": "bộ quy tắc {key!r} đã được đăng ký; hãy chọn khóa khác hoặc dùng replace=True",
    },
    "rulebook.not_rulebook": {
        "en": "expected a Rulebook, got {value!r}",
        "vi": "cần một Rulebook, nhận được {value!r}",
    },
    "meeting.at": {
        "en": "{file}: {where}: {problem.en}",
        "vi": "{file}: {where}: {problem.vi}",
    },
    "meeting.unreadable": {
        "en": "{file}: cannot read the file: {reason}",
        "vi": "{file}: không đọc được tệp: {reason}",
    },
    "kind.whole_number": {
        "en": "a whole number",
        "vi": "một số nguyên",
    },
    "kind.string": {
        "en": "a string",
        "vi": "một chuỗi",
    },
    "kind.flag": {
        "en": "true or false",
        "vi": "true hoặc false",
    },
    "kind.date": {
        "en": "a date like 2025-06-14",
        "vi": "một ngày như 2025-06-14",
    },
    "kind.other": {
        "en": "another kind of value",
        "vi": "một kiểu giá trị khác",
    },
    "meeting.type": {
        "en": "expected {expected}, got {value!r}",
        "vi": "cần {expected}, nhận được {value!r}",
    },
    "meeting.question_type": {
        "en": 'a question needs type = "motion", "election" or "cumulative", got {value!r}',
        "vi": 'mỗi câu hỏi cần type = "motion", "election" hoặc "cumulative", nhận được {value!r}',
    },
    "meeting.extra_keys": {
        "en": "unknown {count:plural:key:keys} {names}; the keys here are {valid}",
        "vi": "khóa không hợp lệ {names}; các khóa dùng được ở đây là {valid}",
    },
    "meeting.missing": {
        "en": "the key {name!r} is missing; add it",
        "vi": "thiếu khóa {name!r}; hãy bổ sung",
    },
    "meeting.rule_shape": {
        "en": 'write a rule as {{ more_than = "1/2", of = "convened" }} or with at_least',
        "vi": 'hãy viết quy tắc dạng {{ more_than = "1/2", of = "convened" }} hoặc at_least',
    },
    "meeting.base": {
        "en": "{value!r} is not a base; use one of {valid}",
        "vi": "{value!r} không phải cơ sở tính; hãy dùng một trong {valid}",
    },
    "meeting.quorum_true": {
        "en": "quorum = true says nothing; give a rule, or false for no quorum",
        "vi": "quorum = true không đủ; hãy cho một quy tắc, hoặc false nếu không có túc số",
    },
    "meeting.source": {
        "en": 'an election needs either a ballots file (ballots = "...") or [[tallies]], not both',
        "vi": 'mỗi cuộc bầu cử cần hoặc tệp phiếu (ballots = "...") hoặc [[tallies]], không cả hai',
    },
    "meeting.no_ballots": {
        "en": "the ballots file {path} does not exist",
        "vi": "không có tệp phiếu {path}",
    },
    "meeting.no_questions": {
        "en": "the meeting has no questions; add [[questions]]",
        "vi": "cuộc họp chưa có nội dung biểu quyết; hãy thêm [[questions]]",
    },
    "meeting.encoding": {
        "en": "the file is not UTF-8 text; save it as UTF-8",
        "vi": "tệp không phải văn bản UTF-8; hãy lưu lại dạng UTF-8",
    },
    "meeting.syntax": {
        "en": "the file is not valid TOML or JSON: {detail}",
        "vi": "tệp không đúng cú pháp TOML hoặc JSON: {detail}",
    },
    "meeting.not_table": {
        "en": "the file must hold a table of keys ([meeting], [roll], [[questions]])",
        "vi": "tệp phải là một bảng các khóa ([meeting], [roll], [[questions]])",
    },
    "ballotfile.at": {
        "en": "{file}, line {line}: {problem.en}",
        "vi": "{file}, dòng {line}: {problem.vi}",
    },
    "ballotfile.unreadable": {
        "en": "{file}: cannot read the ballots file: {reason}",
        "vi": "{file}: không đọc được tệp phiếu: {reason}",
    },
    "ballotfile.encoding": {
        "en": "not UTF-8 text; save the file as UTF-8",
        "vi": "không phải văn bản UTF-8; hãy lưu tệp dạng UTF-8",
    },
    "ballotfile.csv": {
        "en": "not a CSV row ({detail}); one ballot per line, cells separated by commas",
        "vi": "không phải dòng CSV ({detail}); mỗi dòng một phiếu, các ô cách nhau bởi dấu phẩy",
    },
    "ballotfile.empty": {
        "en": "the file is empty; the first line names the columns",
        "vi": "tệp rỗng; dòng đầu tiên phải ghi tên các cột",
    },
    "ballotfile.width": {
        "en": "{got} cells where the header has {expected} columns",
        "vi": "có {got} ô trong khi dòng tiêu đề có {expected} cột",
    },
    "ballotfile.duplicate_column": {
        "en": (
            "the {count:plural:column:columns} {names} {count:plural:appears:appear} twice in the "
            "header"
        ),
        "vi": "cột {names} xuất hiện hai lần ở dòng tiêu đề",
    },
    "ballotfile.unknown_column": {
        "en": (
            "unknown {count:plural:column:columns} {names}; columns are the candidates and {valid}"
        ),
        "vi": "cột không hợp lệ {names}; các cột là tên ứng cử viên và {valid}",
    },
    "ballotfile.mixed_columns": {
        "en": "use either one column per candidate or a single 'struck' column, not both",
        "vi": "hãy dùng hoặc mỗi ứng cử viên một cột, hoặc một cột 'struck', không dùng cả hai",
    },
    "ballotfile.missing_column": {
        "en": "no column for {names}; every candidate needs a column",
        "vi": "thiếu cột cho {names}; mỗi ứng cử viên cần một cột",
    },
    "ballotfile.mark": {
        "en": "{value!r} under {column!r} is not a mark; use one of {valid}",
        "vi": "{value!r} ở cột {column!r} không phải dấu hợp lệ; hãy dùng một trong {valid}",
    },
    "ballotfile.struck_twice": {
        "en": "a name is struck twice in {value!r}",
        "vi": "một tên bị gạch hai lần trong {value!r}",
    },
    "ballotfile.unknown_name": {
        "en": "{names} struck but not on the list of candidates",
        "vi": "{names} bị gạch nhưng không có trong danh sách ứng cử viên",
    },
    "report.format": {
        "en": "{value!r} is not a format of the minutes; use one of {valid}",
        "vi": "{value!r} không phải định dạng biên bản; hãy dùng một trong {valid}",
    },
    "report.compare_few": {
        "en": "comparing needs at least two counts, got {count}",
        "vi": "cần ít nhất hai kết quả kiểm phiếu để đối chiếu, nhận được {count}",
    },
}
