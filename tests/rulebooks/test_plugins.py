"""Rulebooks from installed packages: the ``partyvote.rulebooks`` entry points (issue 14 §2).

A tiny package is written to a temporary folder with its ``.dist-info`` (what pip installs),
and the folder is put on ``sys.path``: importlib.metadata then finds its entry point exactly
as it finds an installed package's.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import partyvote as pv
from partyvote import rulebooks
from partyvote.cli import main

PACKAGE = """
import partyvote as pv

CLUB = pv.rulebooks.Rulebook(
    key="riverside-club-2025",
    title="Riverside Rowing Club statutes (2025)",
    quorum=pv.Quorum(pv.at_least("1/3", of=pv.MEMBERS)),
    motions={"ordinary": pv.more_than("1/2", of=pv.DECISIVE)},
)
TWO = [
    pv.rulebooks.Rulebook(key="riverside-juniors", title="Juniors"),
    pv.rulebooks.Rulebook(key="riverside-seniors", title="Seniors"),
]
CLASH = pv.rulebooks.Rulebook(key="robert", title="Not Robert")
NOT_A_BOOK = 42
"""


def _install(site: Path, entry_points: str) -> None:
    (site / "riverside_rules.py").write_text(PACKAGE, encoding="utf-8")
    info = site / "riverside_rules-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: riverside-rules\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        f"[partyvote.rulebooks]\n{entry_points}", encoding="utf-8"
    )


@pytest.fixture
def plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh registry that has not looked for plugins yet, and a site folder on sys.path."""
    monkeypatch.setattr(rulebooks, "_REGISTRY", dict(rulebooks._REGISTRY))
    monkeypatch.setattr(rulebooks, "_plugins_loaded", False)
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    sys.modules.pop("riverside_rules", None)


def test_an_installed_rulebook_is_listed_and_used(plugins: Path) -> None:
    _install(plugins, "riverside-club-2025 = riverside_rules:CLUB\nboth = riverside_rules:TWO\n")
    out = io.StringIO()
    assert main(["rulebooks"], stdout=out, stderr=io.StringIO()) == 0
    assert "riverside-club-2025" in out.getvalue()
    assert {"riverside-juniors", "riverside-seniors"} <= set(rulebooks.available())
    meeting = pv.io.loads(
        '[meeting]\nname = "AGM"\n[rules]\nrulebook = "riverside-club-2025"\n'
        "[roll]\nmembers = 60\npresent = 35\n"
        '[[questions]]\ntype = "motion"\ntitle = "Boat"\nvotes = { yes = 20, no = 11 }\n'
    )
    assert meeting.count().questions[0].decision.passed  # type: ignore[union-attr]


def test_an_unknown_rulebook_lists_the_installed_ones(plugins: Path) -> None:
    _install(plugins, "riverside-club-2025 = riverside_rules:CLUB\n")
    with pytest.raises(pv.errors.RulebookError) as raised:
        rulebooks.get("riverside")
    assert "'riverside-club-2025'" in str(raised.value)


@pytest.mark.parametrize(
    "entry",
    [
        "clash = riverside_rules:CLASH",  # a shipped key is never replaced
        "bad = riverside_rules:NOT_A_BOOK",  # not a Rulebook
        "gone = riverside_rules:MISSING",  # the name is not in the module
    ],
)
def test_a_broken_plugin_is_skipped_with_a_warning(plugins: Path, entry: str) -> None:
    _install(plugins, f"{entry}\nriverside-club-2025 = riverside_rules:CLUB\n")
    with pytest.warns(RuntimeWarning, match="was skipped"):
        keys = rulebooks.available()
    assert "riverside-club-2025" in keys
    assert rulebooks.get("robert").title != "Not Robert"
