"""Rebuild the data files of this folder from the published documents (not run by the tests).

The National Election Council's results are transcribed, with their sources, in the public
repository https://github.com/VietThan/vietnam-elections (snapshot of 2026-01-25, commit
5f9cf6fff956f9f570962b96dafeb2a5a640896b).  Clone it and run::

    python tests/real/make_data.py PATH/TO/vietnam-elections

Each line of each CSV is a published line, unchanged: names, votes and the percentage as the
Council printed it ("86,47", "35").  Nothing is computed here.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent

SEATS_IN_WORDS = {"hai": 2, "ba": 3}

HEADER_2016 = """\
# National Assembly of Vietnam, 14th term: election of 22 May 2016, every constituency.
# Votes and percentages: National Election Council, Resolution 617/NQ-HĐBCQG of 8 June 2016,
#   "Kết quả bầu cử đại biểu Quốc hội khóa XIV", https://quochoi.vn/ (ItemID=31471), as
#   transcribed in https://github.com/VietThan/vietnam-elections
#   data/na14-2016/results/results.md (commit 5f9cf6f, fetched 2026-11-29).
# Seats: National Election Council, Resolution 53/NQ-HĐBCQG of 3 March 2016 (constituencies
#   and seats), same repository, data/na14-2016/congressional-units.md.
# round: "main" for the election of 22 May 2016, "additional" for the additional election
#   (bầu cử thêm) the Council published in section III of the same resolution.
# percent: "đạt tỷ lệ ...% số phiếu hợp lệ" exactly as printed (a share of the valid ballots).
# The Council does not publish the valid ballots of each constituency.
"""

HEADER_2021 = """\
# National Assembly of Vietnam, 15th term: election of 23 May 2021, every constituency.
# Votes and percentages: National Election Council, "Công bố danh sách 499 người trúng cử
#   đại biểu Quốc hội khóa XV" (published 2021-06-11), http://www.cema.gov.vn/bau-cu-QH-HDND/
#   cong-bo-danh-sach-499-nguoi-trung-cu-dai-bieu-quoc-hoi-khoa-xv.htm (archived at
#   https://web.archive.org/web/20250221194402/...), as transcribed in
#   https://github.com/VietThan/vietnam-elections public/data/elections/na15-2021/results.json
#   (commit 5f9cf6f, fetched 2026-11-29).
# Seats: the constituency lists of the same repository (constituencies.json, from the
#   Council's list of constituencies and candidates).
# percent: "đạt tỷ lệ ...% số phiếu hợp lệ" exactly as printed (a share of the valid ballots).
# The Council does not publish the valid ballots of each constituency.
"""


def _git_show(repo: Path, path: str) -> str:
    import subprocess

    return subprocess.run(
        ["git", "-C", str(repo), "show", f"HEAD:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _key(province: str) -> str:
    """A province's name in a form both documents agree on."""
    text = unicodedata.normalize("NFC", province).casefold()
    text = re.sub(r"^(tỉnh|thành phố) ", "", text)
    for old, new in (
        ("oà", "òa"),
        ("oá", "óa"),
        ("oạ", "ọa"),
        ("oả", "ỏa"),
        ("uý", "úy"),
        ("đắk", "đăk"),
        ("đắc", "đăk"),
        ("lắk", "lăk"),
        ("thừa thiên - huế", "thừa thiên huế"),
    ):
        text = text.replace(old, new)
    return text


def _seats_2016(text: str) -> dict[tuple[str, int], int]:
    seats: dict[tuple[str, int], int] = {}
    province = ""
    unit = 0
    for line in text.splitlines():
        if match := re.match(r"^(?:#### )?\d+\s*- (.+)$", line):
            province = _key(match[1])
        elif match := re.match(r"^Đơn vị số (\d+):", line):
            unit = int(match[1])
        elif unit and (match := re.match(r"^Số đại biểu Quốc hội được bầu là (\w+)\.$", line)):
            seats[province, unit] = SEATS_IN_WORDS[match[1]]
            unit = 0
    return seats


def rows_2016(repo: Path) -> list[list[str]]:
    seats = _seats_2016(_git_show(repo, "data/na14-2016/congressional-units.md"))
    rows: list[list[str]] = []
    province, unit, stage = "", 0, "main"
    for line in _git_show(repo, "data/na14-2016/results/results.md").splitlines():
        if line.startswith("III. KẾT QUẢ BẦU CỬ THÊM"):
            stage = "additional"
        elif match := re.match(r"^\d+ - (.+)$", line):
            province = match[1]
        elif stage == "additional" and line.isupper():
            province = line.strip()
        elif match := re.match(r"^Đơn vị bầu cử Số (\d+):", line):
            unit = int(match[1])
        elif match := re.match(
            r"^(\d+)\) (?:Ông|Bà) (.+) được ([\d.]+) phiếu, đạt tỷ lệ ([\d,]+)% số phiếu hợp lệ$",
            line,
        ):
            votes = match[3].replace(".", "")
            rows.append(
                [
                    province,
                    str(unit),
                    str(seats[_key(province), unit]),
                    stage,
                    match[2],
                    votes,
                    match[4],
                ]
            )
    return rows


def rows_2021(repo: Path) -> list[list[str]]:
    base = "public/data/elections/na15-2021/"
    results = json.loads(_git_show(repo, base + "results.json"))["records"]
    units = {
        record["id"]: record
        for record in json.loads(_git_show(repo, base + "constituencies.json"))["records"]
    }
    places = {
        record["id"]: record["name_vi"]
        for record in json.loads(_git_show(repo, base + "localities.json"))["records"]
    }
    rows = []
    for record in sorted(
        results, key=lambda r: (places[r["locality_id"]], r["unit_number"], r["order_in_unit"])
    ):
        unit = units[record["constituency_id"]]
        name = re.sub(r"^(Ông|Bà) ", "", record["candidate_name_vi"])
        rows.append(
            [
                places[record["locality_id"]],
                str(record["unit_number"]),
                str(unit["seat_count"]),
                "main",
                name,
                record["votes_raw"].replace(".", ""),
                record["percent_raw"],
            ]
        )
    return rows


def write(path: Path, header: str, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(header)
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["province", "unit", "seats", "round", "candidate", "votes", "percent"])
        writer.writerows(rows)


if __name__ == "__main__":
    repo = Path(sys.argv[1])
    write(HERE / "na2016.csv", HEADER_2016, rows_2016(repo))
    write(HERE / "na2021.csv", HEADER_2021, rows_2021(repo))
