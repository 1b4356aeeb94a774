"""No English word left in a Japanese output: every report in md and html, what falls due as a
calendar, the Excel returns and the site's Japanese pages, made from the sample records, hold
no ASCII word of three letters or more but the records' own text and the allowed ones below.

What is taken out before looking, and why:
- the records' own text (names, organisations, notes, purposes, contacts): every string value
  of every record, as written, and the reports the records point to (`report-text`);
- ids and file paths (LGOTP-2024-005, DISP-2016-001, ICD-00871, trainees/2024/….yaml): the
  records' names for things, which the pages show so that a clerk can find the file;
- the problems tables: rule messages are put into Japanese rule by rule, each with its own
  test (tests/test_catalogue.py); a rule not yet converted must not fail this test of the
  words of the pages themselves.
"""

from __future__ import annotations

import contextvars
import csv
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from support.paths import SAMPLE
from typer.testing import CliRunner

ALLOWED = {
    "LGOTP": "the programme's name, written so in Japanese too (LGOTP受入実績)",
    "JIAM": "the Japan Intercultural Academy of Municipalities, written so in Japanese (JIAM研修)",
    "lgotp": "the tool's name (「… に lgotp 1.0 で作成。」 at the foot of every page)",
    "English": "the site's link to its English pages, written in the language it leads to",
}
# A Markdown report's Gantt chart is a ```mermaid block, which GitHub and GitLab draw; these
# are Mermaid's own words, not text for people.
MERMAID = {"mermaid", "gantt", "title", "dateFormat", "axisFormat", "YYYY", "section"}
MERMAID |= {"milestone", "crit"}

ASCII_WORD = re.compile(r"[A-Za-z]{3,}")
IDS = re.compile(r"\b[A-Z]+-[\w-]*\d[\w-]*")  # LGOTP-2024-005, DISP-2016-001, ICD-00871
PATHS = re.compile(r"[\w./-]+\.(?:yaml|yml|csv|md|png|jpe?g)\b")


def record_text() -> re.Pattern:
    """Every string of the sample records that holds a word of three letters or more, as a
    whole (not inside another word), the longest first (before a shorter one inside it)."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, dict):
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)
        elif isinstance(value, str) and value.strip():
            found.add(value.strip())

    for path in SAMPLE.rglob("*.yaml"):
        if path.name != "lgotp.yaml":
            for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
                walk(document)
    for path in SAMPLE.rglob("*.csv"):
        with path.open(encoding="utf-8-sig", newline="") as sheet:
            found.update(cell.strip() for row in csv.reader(sheet) for cell in row if cell.strip())
    values = sorted((v for v in found if ASCII_WORD.search(v)), key=len, reverse=True)
    # Not inside a word, nor inside a file's path (the id in trainees/2024/LGOTP-2024-005.yaml).
    return re.compile(r"(?<![\w/])(?:" + "|".join(map(re.escape, values)) + r")(?!\w|\.\w)")


RECORD_TEXT = record_text()


class Text(HTMLParser):
    """A page's text as people read it (tooltips and labels of charts too), without its style
    sheet, the records' reports and the problems tables."""

    SKIPPED = ({"class": "report-text"}, {"id": "problems"})

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skipping: list[str] = []  # the tags opened inside a skipped element

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if (
            self.skipping
            or tag == "style"
            or any(all(found.get(k) == v for k, v in skipped.items()) for skipped in self.SKIPPED)
        ):
            self.skipping.append(tag)
            return
        self.parts.extend(found[name] for name in ("title", "aria-label", "alt") if found.get(name))

    def handle_endtag(self, tag):
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()

    def handle_startendtag(self, tag, attrs):
        if not self.skipping:
            self.handle_starttag(tag, attrs)
            if self.skipping:
                self.skipping.pop()

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def english_words(text: str, *, html: bool = False, markdown: bool = False) -> set[str]:
    """The ASCII words of ``text`` that are neither the records' own nor allowed."""
    if html:
        parser = Text()
        parser.feed(text)
        text = "\n".join(parser.parts)
    text = IDS.sub(" ", PATHS.sub(" ", RECORD_TEXT.sub(" ", text)))
    allowed = set(ALLOWED) | (MERMAID if markdown else set())
    return {word for word in ASCII_WORD.findall(text) if word not in allowed}


REPORTS = [
    ("list", "--fiscal-year", "2024"),
    ("list", "--kind", "dispatch", "--fiscal-year", "2016"),
    ("costs",),
    ("stats", "countries"),
    ("stats", "fields"),
    ("stats", "hosts"),
    ("timeline", "--fiscal-year", "2024"),
    ("timeline", "LGOTP-2024-005"),
    ("timeline", "DISP-2016-001"),
    ("due", "--today", "2024-08-01", "--within", "400"),
]


def lgotp(*args: str) -> str:
    """``lgotp --records records --today 2025-06-01 --lang ja ARGS`` in this process (a command's
    own --today comes after it and wins)."""
    from lgotp_cli.commands.app import app

    def run():
        arguments = ["--records", str(SAMPLE), "--today", "2025-06-01", "--lang", "ja", *args]
        return CliRunner().invoke(app, arguments)

    result = contextvars.copy_context().run(run)
    assert result.exit_code == 0, (args, result.output, result.exception)
    return result.stdout


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("command", REPORTS, ids=" ".join)
def test_japanese_reports_have_no_english_word(command: tuple, fmt: str):
    text = lgotp(*command, "-f", fmt)
    assert english_words(text, html=fmt == "html", markdown=fmt == "md") == set()


@pytest.mark.parametrize("command", REPORTS, ids=" ".join)
def test_japanese_workbooks_have_no_english_word(command: tuple, tmp_path: Path):
    """Every sheet's title and text cells, but for the columns of codes (国コード, 種別コード):
    codes for a filter or a pivot table, as JSON has them, beside the column of their names."""
    from openpyxl import load_workbook

    made = tmp_path / "report.xlsx"
    lgotp(*command, "-o", str(made))
    texts = []
    for sheet in load_workbook(made).worksheets:
        texts.append(sheet.title)
        for column in sheet.iter_cols():
            headed = [str(cell.value) for cell in column[:3]]  # the header is below the title
            if not any(text.endswith("コード") for text in headed):
                texts += [cell.value for cell in column if isinstance(cell.value, str)]
    assert english_words("\n".join(texts)) == set()


def test_the_japanese_calendar_has_no_english_word():
    calendar = lgotp("due", "--today", "2024-08-01", "--within", "400", "-f", "ics")
    people_read = re.findall(
        r"^(?:SUMMARY|DESCRIPTION|CATEGORIES|X-WR-CALNAME):(.*(?:\r?\n .*)*)", calendar, re.M
    )
    assert people_read
    text = "\n".join(re.sub(r"\r?\n ", "", value) for value in people_read).replace("\\", "")
    assert english_words(text) == set()


@pytest.mark.parametrize(
    "command",
    [
        ("reimbursement", "--host", "232025", "--fiscal-year", "2024"),
        ("survey", "--fiscal-year", "2026"),
        ("list", "--fiscal-year", "2024"),
        ("countries",),
    ],
    ids=lambda command: command[0],
)
def test_japanese_returns_have_no_english_word(command: tuple, tmp_path: Path):
    from openpyxl import load_workbook

    made = tmp_path / "return.xlsx"
    lgotp("return", *command, "-o", str(made))
    texts = [
        cell.value
        for sheet in load_workbook(made).worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and not cell.value.startswith("=")
    ]
    assert texts
    assert english_words("\n".join(texts)) == set()


def test_the_japanese_pages_of_the_site_have_no_english_word(sample_site: Path):
    pages = sorted((sample_site / "ja").rglob("*.html"))
    assert len(pages) > 90
    found = {
        page.relative_to(sample_site).as_posix(): words
        for page in pages
        if (words := english_words(page.read_text(encoding="utf-8"), html=True))
    }
    assert found == {}


def test_the_scan_finds_an_english_word():
    """The test can fail: lgotp's own English is found, the records' text is not."""
    assert english_words("<p>合計 total</p>", html=True) == {"total"}
    assert english_words("<p>Mei Ling Lim（マレーシア）</p>", html=True) == set()
    assert english_words("section 日程\n    Online briefing", markdown=True) == {
        "Online",
        "briefing",
    }
