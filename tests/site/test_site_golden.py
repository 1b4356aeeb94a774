"""The site of the small report fixture (one unreadable record, HTML in a note) against golden
files: which pages there are, and the home page and three record pages in both languages.

Each page is checked as two golden files (support.golden): its ``<main>`` in ``PAGE.LANG.html``,
and the chrome around it (head, site header with the navigation, footer) in ``chrome.LANG.html``,
a template written from the record page. Its slots are a page's own values: ``{heading}`` its
heading (the home page is titled by the site's title alone), ``{up}`` the way up from it to its
language's folder, ``{page}`` its path in that folder; the navigation marks the page's section.

Update the golden files (after reading the diff!) with

    LGOTP_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/site/test_site_golden.py
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from support.golden import assert_golden, assert_golden_page
from support.reports import FIXTURE
from support.site import build

from lgotp_cli import __version__

GOLDEN = Path(__file__).parent / "golden"
LANGS = ("en", "ja")
MAIN = ('<main id="main">', "</main>\n")


@dataclass(frozen=True)
class Page:
    """A page of the site: its path in a language's folder, and the page of the navigation's
    section it belongs to (marked as the current one)."""

    path: str
    section: str

    def slots(self, heading: str) -> tuple[tuple[str, str], ...]:
        """The page's own values, for the chrome template's slots (support.golden)."""
        up = "../" * self.path.count("/")
        nav_item = f'<li><a href="{{up}}{self.section}"'
        # The home page is titled by the site's title alone, any other by its heading first.
        title = "<title>" if self.path == "index.html" else f"<title>{heading} | "
        return (
            (nav_item + ">", nav_item + ' aria-current="page">'),
            ("<title>{heading} | ", title),
            ("{page}", self.path),
            ('href="{up}', f'href="{up}'),
        )


PAGES = {
    "home": Page("index.html", "index.html"),
    "record": Page("records/LGOTP-2024-002.html", "records.html"),  # withdrawn, HTML in a note
    "unreadable": Page("records/LGOTP-2024-006.html", "records.html"),  # arrival 2024-13-01
    "dispatch": Page("records/DISP-2024-001.html", "records.html"),  # its report and photo
}
WRITES_CHROME = "record"


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("fixture-site") / "site"
    build(FIXTURE, out)
    return out


def test_the_pages_of_the_fixture(fixture_site: Path):
    files = sorted(p.relative_to(fixture_site).as_posix() for p in fixture_site.rglob("*"))
    assert_golden(GOLDEN / "files.txt", "\n".join(files) + "\n")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", PAGES)
def test_golden_pages(fixture_site: Path, page: str, lang: str):
    text = (fixture_site / lang / PAGES[page].path).read_text(encoding="utf-8")
    text = text.replace(f"lgotp {__version__}", "lgotp VERSION")
    heading = re.search(r"<h1>(.*?)</h1>", text)
    assert heading is not None, "no heading"
    assert_golden_page(
        text,
        part=(GOLDEN / f"{page}.{lang}.html", *MAIN),
        chrome=GOLDEN / f"chrome.{lang}.html",
        slots=PAGES[page].slots(heading[1]),
        writes_chrome=page == WRITES_CHROME,
    )


def test_no_stray_golden_files():
    expected = {"files.txt"} | {
        f"{name}.{lang}.html" for name in ("chrome", *PAGES) for lang in LANGS
    }
    assert {p.name for p in GOLDEN.iterdir()} == expected
