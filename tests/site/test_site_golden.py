"""The site of the small report fixture (one unreadable record, HTML in a note) against golden
files: which pages there are, and the home page and two record pages in both languages.

Update the golden files (after reading the diff!) with

    LGOTP_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/site/test_site_golden.py
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.golden import assert_golden
from support.reports import FIXTURE
from support.site import build

from lgotp_cli import __version__

GOLDEN = Path(__file__).parent / "golden"
PAGES = {
    "home": "index.html",
    "record": "records/LGOTP-2024-002.html",  # withdrawn, with HTML in its note
    "unreadable": "records/LGOTP-2024-006.html",  # arrival 2024-13-01
    "dispatch": "records/DISP-2024-001.html",  # with its report and photo
}


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("fixture-site") / "site"
    build(FIXTURE, out)
    return out


def test_the_pages_of_the_fixture(fixture_site: Path):
    files = sorted(p.relative_to(fixture_site).as_posix() for p in fixture_site.rglob("*"))
    assert_golden(GOLDEN / "files.txt", "\n".join(files) + "\n")


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("page", PAGES)
def test_golden_pages(fixture_site: Path, page: str, lang: str):
    text = (fixture_site / lang / PAGES[page]).read_text(encoding="utf-8")
    assert_golden(
        GOLDEN / f"{page}.{lang}.html", text.replace(f"lgotp {__version__}", "lgotp VERSION")
    )


def test_no_stray_golden_files():
    expected = {"files.txt"} | {f"{page}.{lang}.html" for page in PAGES for lang in ("en", "ja")}
    assert {p.name for p in GOLDEN.iterdir()} == expected
