"""Every report in every text format and both languages, compared with golden files (the
Excel workbooks: test_xlsx.py).

The reports are built and rendered in-process, as the commands do (support.reports); the
command itself is run once for each report.

A web page (``-f html``) is checked as two golden files: its sections, in ``NAME.LANG.html``,
and the chrome every report's page has around them (head and stylesheet), once, in
``chrome.html`` (support.golden).

Update the golden files (after reading the diff!) with

    LGOTP_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/reports/test_golden.py

The tests then write the files instead of comparing them, and pass.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import json
import re
from pathlib import Path

import pytest
from support.golden import assert_golden
from support.reports import (
    FAMILY,
    FIXTURE,
    GIVEN,
    HYPERLINK,
    LEFT_OUT_ONE,
    REPORT_CHROME,
    SCRIPT_NOTE,
    Rendered,
    assert_golden_report_page,
    left_out_one,
    lgotp,
    render_report,
)

from lgotp_cli.reports import stats
from lgotp_cli.reports.listing import dispatch_list, trainee_list

GOLDEN = Path(__file__).parent / "golden"

REPORTS = {
    "list": ("list",),
    "list-public": ("list", "--public"),
    "list-dispatch": ("list", "--kind", "dispatch"),
    "stats-countries": ("stats", "countries"),
    "stats-hosts": ("stats", "hosts"),
    "stats-fields": ("stats", "fields"),
}
# What each command of REPORTS builds, given the records and the language.
BUILDS = {
    "list": lambda found, lang: trainee_list(found, fiscal_year=None, lang=lang),
    "list-public": lambda found, lang: trainee_list(
        found, fiscal_year=None, lang=lang, public=True
    ),
    "list-dispatch": lambda found, lang: dispatch_list(found, fiscal_year=None, lang=lang),
    "stats-countries": lambda found, lang: stats.countries(found, start=None, end=None, lang=lang),
    "stats-hosts": lambda found, lang: stats.hosts(found, start=None, end=None, lang=lang),
    "stats-fields": lambda found, lang: stats.fields(found, start=None, end=None, lang=lang),
}
FORMATS = {"table": "txt", "csv": "csv", "md": "md", "html": "html", "json": "json"}
LANGS = ("en", "ja")


@functools.cache
def report(name: str, fmt: str, lang: str) -> Rendered:
    """What `lgotp --lang LANG REPORT -f FMT` prints for the fixture, rendered in-process."""
    return render_report(FIXTURE, lambda found, config: BUILDS[name](found, lang), fmt, lang)


def golden_file(name: str, fmt: str, lang: str) -> Path:
    return GOLDEN / f"{name}.{lang}.{FORMATS[fmt]}"


# `list --public` leaves out the notes and the withdrawal reasons (docs/cli.md): its web page is
# checked as the list's golden sections without those two columns, to the byte, rather than as a
# second golden file that would hold the list's sections again.
PRIVATE_COLUMNS = {"en": ("Withdrawal reason", "Notes"), "ja": ("中途帰国理由", "備考")}
PUBLIC_PAGE = ("list-public", "html")
CELL = re.compile(r"<(t[hd])\b[^>]*>.*?</\1>")


def without_columns(sections: str, labels: tuple[str, ...]) -> str:
    """The report ``sections`` (one table) without the columns headed ``labels``."""
    header = re.search(r"<thead>\n<tr>(.*)</tr>", sections)
    assert header is not None, "no table header"
    heads = [re.sub(r"<[^>]+>", "", cell[0]) for cell in CELL.finditer(header[1])]
    left_out = {index for index, head in enumerate(heads) if head in labels}
    assert len(left_out) == len(labels), (heads, labels)

    def row(match: re.Match) -> str:
        cells = [cell[0] for cell in CELL.finditer(match[2])]
        assert "".join(cells) == match[2], match[0]
        kept = (cell for index, cell in enumerate(cells) if index not in left_out)
        return match[1] + "".join(kept) + "</tr>"

    return re.sub(r"(<tr[^>]*>)(.*)</tr>", row, sections)


def assert_golden_report(name: str, fmt: str, lang: str, stdout: str) -> None:
    """``stdout`` is the golden report: a web page its sections and the report chrome (written
    from the English list), any other format the whole text."""
    if fmt != "html":
        assert_golden(golden_file(name, fmt, lang), stdout)
        return
    sections: Path | str = golden_file(name, fmt, lang)
    if (name, fmt) == PUBLIC_PAGE:
        full = golden_file("list", fmt, lang).read_bytes().decode("utf-8")
        sections = without_columns(full, PRIVATE_COLUMNS[lang])
    writes_chrome = (name, lang) == ("list", "en")
    assert_golden_report_page(stdout, lang, sections, writes_chrome=writes_chrome)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", REPORTS)
def test_golden(name: str, fmt: str, lang: str) -> None:
    run = report(name, fmt, lang)
    # The unreadable record is left out, and said so: one line on standard error.
    assert run.stderr_lines == [LEFT_OUT_ONE]
    assert_golden_report(name, fmt, lang, run.stdout)


# Each report once, the formats and the languages taken in turn.
@pytest.mark.parametrize(
    ("name", "fmt", "lang"), list(zip(REPORTS, itertools.cycle(FORMATS), itertools.cycle(LANGS)))
)
def test_the_command_prints_the_golden_report(name: str, fmt: str, lang: str) -> None:
    """The command end to end: each report's options reach the report built above, in each
    format and language; exit 0, the left-out note on standard error."""
    run = lgotp("--lang", lang, *REPORTS[name], "-f", fmt)
    assert run.returncode == 0, run.stderr
    assert run.stderr_lines == [left_out_one(lang)]
    assert_golden_report(name, fmt, lang, run.stdout)


def test_no_stray_golden_files() -> None:
    """Every golden file belongs to a test (a renamed report leaves none behind)."""
    expected = {REPORT_CHROME.name} | {
        f"{name}.{lang}.{FORMATS[fmt]}"
        for name in REPORTS
        for fmt in FORMATS
        for lang in LANGS
        if (name, fmt) != PUBLIC_PAGE
    }
    present = {path.name for path in GOLDEN.iterdir() if not path.name.startswith(".")}
    assert present == expected


# What the spec (CLI.md) says about the content, checked on the live output, so that a golden
# file blessed by mistake cannot hide it.


def json_rows(name: str, lang: str = "en") -> list[dict]:
    return report(name, "json", lang).json()


LIST_IDS = [
    "no",
    "id",
    "fiscal_year",
    "country",
    "family_name",
    "given_name",
    "employer",
    "host_code",
    "host_name",
    "field",
    "arrival",
    "departure",
    "status",
]


@pytest.mark.parametrize("lang", LANGS)
def test_list_json_ids_and_values(lang: str) -> None:
    rows = json_rows("list", lang)
    assert [row["no"] for row in rows] == [1, 2, 3, 4, 5]
    for row in rows:
        assert set(LIST_IDS) <= set(row), sorted(set(LIST_IDS) - set(row))
        assert row["fiscal_year"] == 2024  # an integer, not "FY2024" or 令和6年度
        assert row["arrival"] == "2024-05-27"  # ISO dates
    by_id = {row["id"]: row for row in rows}
    # The default fiscal year is the latest with trainees; the unreadable one is left out.
    assert sorted(by_id) == [f"LGOTP-2024-00{n}" for n in range(1, 6)]
    okazaki = by_id["LGOTP-2024-001"]
    assert okazaki["host_code"] == "232025"
    assert okazaki["host_name"] == {"en": "Okazaki City", "ja": "岡崎市"}[lang]
    assert okazaki["country"] == "PH"
    assert okazaki["field"] == "tourism"
    assert okazaki["employer"] == HYPERLINK
    norway = by_id["LGOTP-2024-003"]
    assert norway["country"] == "NO"  # not false
    assert norway["country_name"] == {"en": "Norway", "ja": "ノルウェー"}[lang]
    assert (norway["family_name"], norway["given_name"]) == (FAMILY, GIVEN)
    assert norway["host_name"] == {"en": "Aichi Prefecture", "ja": "愛知県"}[lang]
    assert by_id["LGOTP-2024-004"]["host_name"] == {"en": "Yokohama City", "ja": "横浜市"}[lang]
    withdrawn = by_id["LGOTP-2024-002"]
    assert withdrawn["host_name"] == {"en": "Hamamatsu City", "ja": "浜松市"}[lang]
    assert withdrawn["status"] == "withdrawn"
    assert withdrawn["notes"] == SCRIPT_NOTE


def test_list_of_2023_shows_the_records_own_host_name_or_the_list_name() -> None:
    """LGOTP-2023-002 gives `host.name: 岡崎市`, the code list's own name."""
    run = lgotp("list", "-y", "2023", "-f", "json")
    assert run.returncode == 0, run.stderr
    rows = {row["id"]: row for row in json.loads(run.stdout)}
    assert sorted(rows) == ["LGOTP-2023-001", "LGOTP-2023-002", "LGOTP-2023-003"]
    assert rows["LGOTP-2023-002"]["host_code"] == "232025"
    assert rows["LGOTP-2023-002"]["host_name"] in ("岡崎市", "Okazaki City")


def test_dispatch_list_json() -> None:
    rows = json_rows("list-dispatch")
    assert [row["id"] for row in rows] == ["DISP-2024-001", "DISP-2024-002", "DISP-2024-003"]
    for row in rows:
        assert {"no", "id", "fiscal_year", "departure", "return", "destination_country"} <= set(row)
        assert row["fiscal_year"] == 2024
    assert [row["destination_country"] for row in rows] == ["VN", "PH", "CN"]
    assert rows[0]["departure"] == "2024-07-01"
    assert rows[0]["return"] == "2024-07-20"


@pytest.mark.parametrize("fmt", ["table", "csv", "md", "html", "json"])
@pytest.mark.parametrize("lang", LANGS)
def test_public_list_leaves_out_notes_and_withdrawal_reasons(fmt: str, lang: str) -> None:
    public = report("list-public", fmt, lang).stdout
    full = report("list", fmt, lang).stdout
    for private in ("family reasons", "board of education", "alert(1)"):
        assert private in full
        assert private not in public
    for label in ("Notes", "Withdrawal reason", "備考", "中途帰国理由", "withdrawal_reason"):
        assert label not in public
    assert "Tran" in public and "LGOTP-2024-002" in public  # the trainee is still listed


def test_stats_countries_json() -> None:
    rows = json_rows("stats-countries")
    assert [row["country"] for row in rows] == ["PH", "CN", "VN", "NO", "total"]
    for row in rows:
        assert list(row) == ["country", "country_name", "2023", "2024", "total"]
    assert rows[0] == {
        "country": "PH",
        "country_name": "Philippines",
        "2023": 1,
        "2024": 2,
        "total": 3,
    }
    assert rows[-1]["2023"] == 3
    assert rows[-1]["2024"] == 5
    assert rows[-1]["total"] == 8


@pytest.mark.parametrize("name", ["stats-countries", "stats-hosts", "stats-fields"])
@pytest.mark.parametrize("lang", LANGS)
def test_stats_totals_both_ways(name: str, lang: str) -> None:
    rows = json_rows(name, lang)
    years = ("2023", "2024")
    for row in rows:
        assert all(isinstance(row[year], int) for year in years)
        assert row["total"] == sum(row[year] for year in years)
    first_key = next(iter(rows[-1]))
    assert rows[-1][first_key] == "total"  # the total row is last
    body = [row for row in rows if "total" not in (row.get("host_code"), row[first_key])]
    for key in (*years, "total"):
        assert rows[-1][key] == sum(row[key] for row in body)
    assert rows[-1]["total"] == 8  # eight readable trainees, none planned


@pytest.mark.parametrize("lang", LANGS)
def test_stats_hosts_json(lang: str) -> None:
    rows = json_rows("stats-hosts", lang)
    body = [row for row in rows if row["host_code"] != "total"]
    names = {
        "en": ["Aichi Prefecture", "Yokohama City", "Hamamatsu City", "Okazaki City"],
        "ja": ["愛知県", "横浜市", "浜松市", "岡崎市"],
    }[lang]
    assert [(row["host_type"], row["host_code"], row["host_name"]) for row in body] == list(
        zip(
            ["prefecture", "designated_city", "designated_city", "municipality"],
            ["230006", "141003", "221309", "232025"],
            names,
            strict=True,
        )
    )
    subtotals = {row["host_type"]: row["total"] for row in rows[len(body) : -1]}
    assert subtotals == {"prefecture": 2, "designated_city": 4, "municipality": 2}


def test_stats_fields_json() -> None:
    rows = json_rows("stats-fields")
    assert [(row["field"], row["2023"], row["2024"]) for row in rows] == [
        ("agriculture", 1, 1),
        ("education", 1, 2),
        ("tourism", 1, 2),
        ("total", 3, 5),
    ]


@pytest.mark.parametrize(
    ("name", "lang", "words"),
    [
        ("list", "en", ["LGOTP trainees, FY2024", "Okazaki City", "Aichi Prefecture"]),
        ("list", "ja", ["令和6年度", "岡崎市", "愛知県", "横浜市", "浜松市"]),
        ("list-dispatch", "ja", ["令和6年度", "岡崎市"]),
        ("stats-countries", "en", ["FY2023", "FY2024", "Philippines"]),
        ("stats-countries", "ja", ["令和5年度", "令和6年度", "フィリピン", "合計"]),
        ("stats-hosts", "en", ["Yokohama City", "Hamamatsu City", "Okazaki City"]),
        ("stats-hosts", "ja", ["政令指定都市", "横浜市", "浜松市"]),
        ("stats-fields", "ja", ["観光", "農業", "教育", "令和5年度"]),
    ],
)
@pytest.mark.parametrize("fmt", ["table", "md", "html"])
def test_people_read_their_language(name: str, lang: str, words: list[str], fmt: str) -> None:
    text = report(name, fmt, lang).stdout
    for word in words:
        assert word in text, word
    if lang == "ja":
        assert "FY2024" not in text
    else:
        assert "令和" not in text
    if fmt == "html":
        assert f'<html lang="{lang}"' in text


def visible_text(text: str, fmt: str) -> str:
    if fmt == "html":
        text = re.sub(r"<style>.*?</style>", "", text, flags=re.DOTALL)
        text = re.sub(r"<[^>]+>", " ", text)
    return text


@pytest.mark.parametrize("name", ["stats-countries", "stats-hosts", "stats-fields"])
@pytest.mark.parametrize("fmt", ["table", "md", "html"])
def test_japanese_stats_have_no_english_words(name: str, fmt: str) -> None:
    """`--lang ja` writes Japanese labels: the total rows too (合計, 計), not the id `total`."""
    text = visible_text(report(name, fmt, "ja").stdout, fmt)
    # File names and commands are names, not words: the left-out note names both.
    text = re.sub(r"[\w/.-]+\.yaml|`[^`]*`|<code>[^<]*</code>", "", text)
    words = set(re.findall(r"[A-Za-z]{2,}", text)) - {"LGOTP"}
    assert not words, sorted(words)


@pytest.mark.parametrize("name", ["stats-countries", "stats-hosts", "stats-fields"])
@pytest.mark.parametrize("lang", LANGS)
def test_total_row_last_in_csv(name: str, lang: str) -> None:
    text = report(name, "csv", lang).stdout
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0][-3:] == ["2023", "2024", "total"]  # the header: column ids
    assert rows[-1][0] == "total"
    assert rows[-1][-1] == "8"
