"""Write the bundled example of pilot congresses: an ILLUSTRATION, not real results.

A province chose 26 grassroots party organisations to pilot the direct election of the
secretary at the congress; 11 have held theirs.  This script invents those 11 congresses
(fictional units, people and numbers, drawn from a fixed seed), counts each with partyvote
and writes its JSON minutes, with the list of the 26 planned units, to
``src/partyvote/io/examples/pilot/``, where ``partyvote summary --example`` reads them.

Run: ``python examples/pilot_minutes.py`` (after a change to the minutes' JSON).
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from partyvote.io.meeting import loads
from partyvote.report import minutes

FOLDER = Path(__file__).parent.parent / "src" / "partyvote" / "io" / "examples" / "pilot"
LABEL = "ví dụ minh họa"

UNITS = (
    "Yên Phú", "Hải Đông", "Nghĩa Lâm", "Trực Thuận", "Giao Tiến", "Xuân Hòa", "Mỹ Tân",
    "Nam Thanh", "Hồng Quang", "Vĩnh Lợi", "Liên Minh", "Tân Thịnh", "Hải Anh", "Nghĩa Sơn",
    "Trực Đại", "Giao Hà", "Xuân Ninh", "Mỹ Thắng", "Nam Lợi", "Hồng Thuận", "Vĩnh Phúc",
    "Liên Bảo", "Tân Khánh", "Hải Hưng", "Nghĩa Phong", "Trực Mỹ",
)  # fmt: skip
HELD = 11
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Đinh")
MIDDLE = ("Văn", "Thị", "Minh", "Quốc", "Thu", "Đức", "Thanh", "Hữu")
GIVEN = (
    "An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng",
    "Hương", "Khánh", "Lan", "Long", "Minh", "Nam", "Oanh", "Phúc", "Quang", "Sơn", "Tâm",
    "Thảo", "Trung", "Tuấn", "Vân", "Yến",
)  # fmt: skip


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "-".join("".join(c for c in plain if c.isascii()).lower().split())


def _people(rng: random.Random, count: int) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        names.add(f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}")
    return sorted(names)


def _quoted(names: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def _congress(number: int, unit: str, rng: random.Random) -> str:
    members = rng.randrange(90, 160)
    excused = rng.randrange(0, 4)
    present = members - excused - rng.randrange(0, 6)
    cast = present
    seats = rng.choice((9, 11, 13, 15))
    surplus = max(1, seats * 15 // 100)
    people = _people(rng, seats + surplus)
    secretary = people[0]
    # Committee: strike-out ballots; a few invalid, most names kept.
    invalid = rng.randrange(0, 3)
    valid = cast - invalid
    shares = [rng.uniform(0.72, 0.99) for _ in range(seats)] + [
        rng.uniform(0.25, 0.45) for _ in range(surplus)
    ]
    if number == 7:
        shares[seats - 1] = 0.44  # one seat left empty: a further round is for the congress
    pairs = zip(people, shares, strict=True)
    votes = {name: min(valid, round(share * valid)) for name, share in pairs}
    committee_votes = ", ".join(f'"{name}" = {count}' for name, count in votes.items())
    committee_invalid = f'{{ "too-many-kept" = {invalid} }}' if invalid else "{}"
    # Secretary, elected directly: one name, agree or disagree.  Most unanimous.
    spoiled = rng.randrange(0, 2)
    against = 0 if number not in (3, 6, 10) else rng.randrange(2, 7)
    head_votes = cast - spoiled - against
    head_invalid = f'{{ "single-both" = {spoiled} }}' if spoiled else "{}"
    return f"""
[meeting]
name = "Đại hội đại biểu Đảng bộ xã {unit}, nhiệm kỳ 2020–2025 ({LABEL})"
body = "Đảng bộ xã {unit}"
date = 2020-04-{2 + 2 * number:02d}
place = "Hội trường Ủy ban nhân dân xã {unit}"
lang = "vi"

[rules]
rulebook = "vn-party-2024"

[roll]
members = {members}
excused = {excused}
present = {present}

[[questions]]
type = "motion"
title = "Thông qua Nghị quyết Đại hội"
kind = "ordinary"
votes = {{ yes = {present - 1}, no = 0, abstain = 1 }}

[[questions]]
type = "election"
title = "Bầu Ban Chấp hành Đảng bộ khóa mới"
seats = {seats}
candidates = [{_quoted(people)}]
surplus = {surplus}
issued = {cast}
tallies = [{{ name = "Ban kiểm phiếu", cast = {cast}, votes = {{ {committee_votes} }}, invalid = {committee_invalid} }}]

[[questions]]
type = "election"
title = "Bầu Bí thư Đảng ủy trực tiếp tại Đại hội"
seats = 1
candidates = ["{secretary}"]
issued = {cast}
tallies = [{{ name = "Ban kiểm phiếu", cast = {cast}, votes = {{ "{secretary}" = {head_votes} }}, invalid = {head_invalid} }}]
"""  # noqa: E501


def main() -> None:
    rng = random.Random(2020)
    FOLDER.mkdir(parents=True, exist_ok=True)
    for old in FOLDER.glob("*.json"):
        old.unlink()
    for number, unit in enumerate(UNITS[:HELD], start=1):
        counted = loads(_congress(number, unit, rng), source=f"{_slug(unit)}.toml").count()
        path = FOLDER / f"{number:02d}-{_slug(unit)}.json"
        path.write_text(minutes(counted, format="json"), encoding="utf-8")
    planned = "\n".join(f"Đảng bộ xã {unit}" for unit in UNITS)
    (FOLDER / "planned.txt").write_text(
        f"# Các đơn vị được chọn đại hội thí điểm bầu trực tiếp bí thư ({LABEL}).\n"
        "# The units chosen to pilot the direct election of the secretary (an illustration).\n"
        f"{planned}\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
