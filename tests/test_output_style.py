"""How Japanese outputs for people write dates and negative amounts (``lgotp.yaml``'s
``output:``): ``2025年8月20日`` or ``令和7年8月20日``, ``△713,000円``; ISO and a minus sign by
default, in English always, and in JSON and CSV whatever ``output:`` says."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from support.paths import SAMPLE
from support.run import run_lgotp
from support.tables import column

from lgotp_cli.i18n.formats import (
    ISO,
    Style,
    date_format,
    day,
    era_year,
    money_format,
    number_format,
    yen,
)
from lgotp_cli.reports.table import display

ERA = Style(dates="era", negative="triangle")
WESTERN = Style(dates="japanese")


@pytest.mark.parametrize(
    ("style", "written"),
    [(ISO, "2025-08-20"), (WESTERN, "2025年8月20日"), (ERA, "令和7年8月20日")],
)
def test_a_date_in_each_style(style: Style, written: str) -> None:
    assert day(date(2025, 8, 20), "ja", style) == written
    assert day(date(2025, 8, 20), "en", style) == "2025-08-20"  # English: always ISO


@pytest.mark.parametrize(
    ("value", "era"),
    [
        (date(2019, 4, 30), "平成31年"),
        (date(2019, 5, 1), "令和元年"),
        (date(2020, 1, 1), "令和2年"),
        (date(1989, 1, 7), "昭和64年"),
        (date(1989, 1, 8), "平成元年"),
        (date(1996, 5, 27), "平成8年"),
        (date(1926, 12, 24), "1926年"),
    ],
)
def test_the_era_changes_on_its_first_day(value: date, era: str) -> None:
    assert era_year(value) == era


def test_a_negative_amount_with_the_triangle_in_japanese_only() -> None:
    assert yen(-713000, "ja", ERA) == "△713,000円"
    assert yen(713000, "ja", ERA) == "713,000円"
    assert yen(-713000, "ja") == "-713,000円"
    assert yen(-713000, "en", ERA) == "-¥713,000"


def test_the_excel_formats_follow_the_style() -> None:
    assert date_format("ja") == date_format("en", ERA) == "yyyy-mm-dd"
    assert date_format("ja", WESTERN) == 'yyyy"年"m"月"d"日"'
    assert date_format("ja", ERA) == '[$-411]ggge"年"m"月"d"日"'
    assert money_format("ja", ERA) == '#,##0"円";"△"#,##0"円"'
    assert money_format("ja") == '#,##0"円"'
    assert number_format("ja", ERA) == '#,##0;"△"#,##0'
    assert number_format("en", ERA) == number_format("ja") == "#,##0"


def test_a_table_cell_follows_the_style() -> None:
    when = column("arrival", "Arrival", "来日日", "date")
    money = column("net_burden", "Net burden", "実質負担額", "money")
    assert display(date(2024, 5, 27), when, "ja", ERA) == "令和6年5月27日"
    assert display(-5000, money, "ja", ERA) == "△5,000円"
    assert display(date(2024, 5, 27), when, "ja") == "2024-05-27"


# --- the commands, on the sample records with output: {dates: era, negative: triangle} ---------


@pytest.fixture(scope="module")
def styled(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("styled") / "records"
    shutil.copytree(SAMPLE, root)
    with (root / "lgotp.yaml").open("a", encoding="utf-8") as config:
        config.write("output:\n  dates: era\n  negative: triangle\n")
    return root


def lgotp(root: Path, *args: str, lang: str = "ja") -> str:
    run = run_lgotp(
        ["--records", str(root), "--today", "2025-06-01", "--lang", lang, *args], cwd=root.parent
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_japanese_reports_write_era_dates_and_triangles(styled: Path) -> None:
    costs = lgotp(styled, "costs", "--fiscal-year", "2023", "-f", "md")
    assert "△1,441,000円" in costs and "-1,441,000" not in costs  # 兵庫県's net burden
    listing = lgotp(styled, "list", "--fiscal-year", "2024", "-f", "html")
    assert "令和6年5月27日" in listing and "2024-05-27" not in listing


def test_json_csv_and_english_keep_iso_and_the_minus_sign(styled: Path) -> None:
    rows = lgotp(styled, "costs", "--fiscal-year", "2023", "-f", "csv")
    assert ",-1441000," in rows and "△" not in rows
    listing = lgotp(styled, "list", "--fiscal-year", "2024", "-f", "json")
    assert '"arrival": "2024-05-27"' in listing and "令和6年5月" not in listing
    english = lgotp(styled, "costs", "--fiscal-year", "2023", "-f", "md", lang="en")
    assert "-¥1,441,000" in english and "△" not in english


def test_workbooks_keep_dates_and_numbers_with_japanese_formats(styled: Path, tmp_path) -> None:
    from openpyxl import load_workbook

    report = tmp_path / "list.xlsx"
    lgotp(styled, "list", "--fiscal-year", "2024", "-o", str(report))
    sheet = load_workbook(report).active
    header = next(row for row in sheet.iter_rows() if "来日日" in [c.value for c in row])
    column = [c.value for c in header].index("来日日") + 1
    cell = sheet.cell(row=header[0].row + 1, column=column)
    assert cell.value.date() == date(2024, 5, 27) and cell.number_format == date_format("ja", ERA)
    survey = tmp_path / "survey.xlsx"
    lgotp(styled, "return", "survey", "--fiscal-year", "2026", "-o", str(survey))
    sheet = load_workbook(survey).active
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("様式1 令和7年10月3日" in text for text in texts), texts
    dates = [c for row in sheet.iter_rows() for c in row if hasattr(c.value, "year")]
    assert dates and {c.number_format for c in dates} == {date_format("ja", ERA)}


def test_config_shows_the_output_style(styled: Path) -> None:
    printed = lgotp(styled, "config")
    assert "output:\n  dates: era\n  negative: triangle\n" in printed
    assert "# output: 日本語の出力（md、html、xlsx、サイト、様式）での日付" in printed  # --lang ja
    assert "# output: how Japanese outputs for people" in lgotp(styled, "config", lang="en")
