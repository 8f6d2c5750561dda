"""Rebuild the Scottish ward ballot files of ``data/`` from their source (not run by the tests).

The ballots are the cast vote records the councils published after their electronic counts,
as collected by David McCune in BLT files and kept in the public repository
https://github.com/mggg/scot-elex (``blt_files/``, snapshot of commit 304b084, fetched
2026-11-29).  The 2007 Glasgow files there are the OpenSTV data that PrefLib also publishes
(dataset 00008 "glasgow", https://github.com/PrefLib/PrefLib-Data).  Clone it and run::

    python tests/real/make_scottish_wards.py PATH/TO/scot-elex

Each output file has a header line ``ballots;candidate;candidate;...`` (names and parties as
the BLT file gives them) and then one line per ranking: the number of such ballots, then
the candidates' columns (1-based) in order of preference.  Nothing is recounted here; the
only changes are the format and two repairs of the names:

* a name stored twice UTF-8-encoded (``OisÃ\\xadn`` for ``Oisín``) is decoded once more;
* a description in quotes (``Anthony CARROLL "Elect a Scottish Green Councillor"``) is put
  in brackets like the others.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent / "data"

WARDS = {
    "edinburgh_2017_fountainbridge.csv": "blt_files/6_cands/edinburgh_2017_ward9.blt",
    "edinburgh_2022_fountainbridge.csv": "blt_files/7_cands/edinburgh_2022_ward9.blt",
    "glasgow_2007_greater_pollok.csv": "blt_files/9_cands/glasgow_2007_greater_pollok.blt",
    "glasgow_2017_dennistoun.csv": "blt_files/7_cands/glasgow_2017_ward22.blt",
    "glasgow_2022_dennistoun.csv": "blt_files/7_cands/glasgow_2022_ward22.blt",
}


def _name(line: str) -> str:
    """A candidate's name as the BLT file gives it, with the two repairs above."""
    text = line.strip()
    text = re.sub(r"^# ALTERNATIVE NAME \d+: ", "", text)
    if text.startswith('"') and text.endswith('"'):
        text = text[1:-1].replace('""', '"')
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):  # else encoded once
        text = text.encode("latin-1").decode("utf-8")
    return re.sub(r' "(.+)"$', r" (\1)", text)


def convert(blt: str) -> str:
    """The compact file for one BLT text."""
    lines = blt.splitlines()
    candidates, _seats = (int(word) for word in lines[0].split())
    rows: list[str] = []
    index = 1
    while lines[index].strip() != "0":
        number, *ranking = lines[index].split()
        assert ranking[-1] == "0", lines[index]
        rows.append(";".join([number, *ranking[:-1]]))
        index += 1
    names = [_name(line) for line in lines[index + 1 :] if line.strip()][:candidates]
    return "\n".join([";".join(["ballots", *names]), *rows]) + "\n"


def main(repo: Path) -> None:
    for target, source in WARDS.items():
        blt = subprocess.run(
            ["git", "-C", str(repo), "show", f"HEAD:{source}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        (HERE / target).write_text(convert(blt), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
