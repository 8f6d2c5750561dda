"""The HTML minutes printed by a real browser: A4, numbered pages, one font family for every
Vietnamese letter, and each signature on the page of its results (issue 12 §2 "printable").

Runs where headless Chromium and poppler's ``pdftotext``/``pdffonts``/``pdfinfo`` are
installed, and is skipped elsewhere.
"""

import re
import shutil
import subprocess
from importlib import resources
from pathlib import Path

import pytest

from partyvote.io.meeting import MeetingResult, load
from partyvote.report import minutes

EXAMPLE = Path(str(resources.files("partyvote.io") / "examples" / "congress.toml"))
BROWSER = next(
    (
        found
        for name in ("chromium", "chromium-browser", "google-chrome")
        if (found := shutil.which(name))
    ),
    None,
)
POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo"))

pytestmark = pytest.mark.skipif(
    BROWSER is None or not POPPLER, reason="needs headless Chromium and poppler-utils"
)


def _print(page: str, folder: Path) -> Path:
    source = folder / "minutes.html"
    source.write_text(page, encoding="utf-8")
    target = folder / "minutes.pdf"
    subprocess.run(
        [
            str(BROWSER),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--user-data-dir={folder / 'profile'}",
            f"--print-to-pdf={target}",
            source.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    return target


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module", params=["vi", "en"])
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    counted: MeetingResult = load(EXAMPLE).count()
    folder = tmp_path_factory.mktemp(f"print-{request.param}")
    return _print(minutes(counted, format="html", lang=request.param), folder)


def _pages(pdf: Path) -> list[str]:
    return _run("pdftotext", "-layout", str(pdf), "-").split("\f")[:-1]


def test_the_pages_are_a4_and_numbered(printed: Path) -> None:
    info = _run("pdfinfo", str(printed))
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())  # type: ignore[union-attr]
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    pages = _pages(printed)
    for number, text in enumerate(pages, start=1):
        assert re.search(rf"(Trang|Page) {number} / {len(pages)}\b", text), number


def test_each_ballot_starts_a_page_and_is_signed_beside_its_results(printed: Path) -> None:
    pages = _pages(printed)
    counted = load(EXAMPLE).count()
    titles = [
        page for page in pages if re.search(r"BIÊN BẢN KIỂM PHIẾU|MINUTES OF THE COUNT", page)
    ]
    assert len(titles) == len(counted.questions)
    signed = [page for page in pages if re.search(r"TM\. BAN KIỂM PHIẾU|FOR THE COUNTING", page)]
    assert len(signed) == len(counted.questions)
    for page in signed:
        # the motion's verdict, or the winners of an election, share the signature's page
        assert re.search(r"Kết quả: được|Result: adopted|Trúng cử \(|Elected \(", page)


def test_every_letter_comes_from_one_font_family(printed: Path) -> None:
    """Stacked diacritics (ổ, ồ) in the face of their letters: no fallback to a second family."""
    fonts = _run("pdffonts", str(printed)).splitlines()[2:]
    families = {
        re.sub(r"^[A-Z]{6}\+|-(Bold|Italic|BoldItalic)$", "", line.split()[0]) for line in fonts
    }
    assert len(families) == 1, families


def test_no_stray_accents_at_the_foot_of_a_page(printed: Path) -> None:
    """The marks above a page's first capitals (ĐẢNG) stay on that page; once they were
    painted at the foot of the page before, where text extraction reads a line of lone "Ả"."""
    for page in _pages(printed):
        for line in page.splitlines():
            tokens = line.split()
            assert not tokens or not all(len(t) == 1 and not t.isdigit() for t in tokens), line
