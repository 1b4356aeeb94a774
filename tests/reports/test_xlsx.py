"""The reports as Excel workbooks: written by the command with -o, read back with openpyxl
(header labels, number and date cells, formula-like text kept as text, the page setup)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from support.reports import FAMILY, GIVEN, HYPERLINK, SCRIPT_NOTE, left_out_one, lgotp
from support.tables import column

LANGS = ("en", "ja")
# The commands of the reports written as workbooks here (as in test_golden.REPORTS).
COMMANDS = {"list": ("list",), "stats-countries": ("stats", "countries")}

XLSX_HEADERS = {
    ("list", "en"): ["No.", "ID", "Fiscal year", "Country code", "Country", "Family name"],
    ("list", "ja"): ["No.", "ID", "年度", "国コード", "国", "姓"],
    ("stats-countries", "en"): ["Country code", "Country", "FY2023", "FY2024", "Total"],
    ("stats-countries", "ja"): ["国コード", "国", "令和5年度", "令和6年度", "合計"],
}


def workbook(tmp_path: Path, name: str, lang: str):
    from openpyxl import load_workbook

    target = tmp_path / f"{name}.{lang}.xlsx"
    run = lgotp("--lang", lang, *COMMANDS[name], "-o", str(target))
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    assert run.stderr_lines == [left_out_one(lang)]
    return load_workbook(target).active


def header(sheet) -> dict[str, int]:
    return {cell.value: cell.column for cell in sheet[2] if cell.value is not None}


@pytest.mark.parametrize("lang", LANGS)
def test_xlsx_list(tmp_path: Path, lang: str) -> None:
    sheet = workbook(tmp_path, "list", lang)
    labels = [cell.value for cell in sheet[2]]
    assert labels[:6] == XLSX_HEADERS[("list", lang)]
    assert sheet.freeze_panes == "A3"
    columns = header(sheet)
    rows = list(sheet.iter_rows(min_row=3, values_only=False))
    data = [row for row in rows if row[columns["ID"] - 1].value]
    assert len(data) == 5
    arrival = "Arrival" if lang == "en" else "来日日"
    fiscal = "Fiscal year" if lang == "en" else "年度"
    for number, row in enumerate(data, start=1):
        no = row[columns["No."] - 1]
        assert no.value == number and type(no.value) is int and no.data_type == "n"
        year = row[columns[fiscal] - 1]
        if lang == "en":  # a number shown as FY2024
            assert year.value == 2024 and type(year.value) is int
            assert year.number_format == '"FY"0'
        else:  # an era year is text
            assert year.value == "令和6年度"
        cell = row[columns[arrival] - 1]
        assert cell.is_date, (cell.value, cell.number_format)
        value = cell.value.date() if isinstance(cell.value, datetime) else cell.value
        assert value == date(2024, 5, 27)
    hostile = {HYPERLINK, FAMILY, GIVEN, SCRIPT_NOTE}
    found = {}
    for row in data:
        for cell in row:
            if cell.value in hostile:
                found[cell.value] = cell
    assert set(found) == hostile
    for text, cell in found.items():
        assert cell.data_type == "s", (text, cell.data_type)
        assert cell.value == text  # unchanged: no apostrophe, not a formula


@pytest.mark.parametrize("lang", LANGS)
def test_xlsx_list_status_is_written_for_people(tmp_path: Path, lang: str) -> None:
    """The status column is labelled for people (Status / 状況): its cells are too, as in every
    other format for people (Completed / 修了, Withdrawn / 中途帰国)."""
    sheet = workbook(tmp_path, "list", lang)
    columns = header(sheet)
    status = columns["Status" if lang == "en" else "状況"]
    values = {row[status - 1] for row in sheet.iter_rows(min_row=3, values_only=True) if row[1]}
    assert values == ({"Completed", "Withdrawn"} if lang == "en" else {"修了", "中途帰国"})


@pytest.mark.parametrize("lang", LANGS)
def test_xlsx_stats_countries(tmp_path: Path, lang: str) -> None:
    sheet = workbook(tmp_path, "stats-countries", lang)
    assert [cell.value for cell in sheet[2]][:5] == XLSX_HEADERS[("stats-countries", lang)]
    assert sheet.freeze_panes == "A3"
    rows = [[cell for cell in row] for row in sheet.iter_rows(min_row=3) if row[0].value]
    codes = [row[0].value for row in rows if row[0].value in ("PH", "CN", "VN", "NO", "total")]
    # By total, then by the name in the language shown (ベトナム sorts before 中国).
    expected = {"en": ["PH", "CN", "VN", "NO"], "ja": ["PH", "VN", "CN", "NO"]}[lang]
    assert codes == [*expected, "total"]
    table = {row[0].value: row for row in rows if row[0].value in codes}
    for row in table.values():
        for cell in row[2:5]:
            assert type(cell.value) is int, (cell.coordinate, cell.value)
            assert cell.data_type == "n"
    assert [cell.value for cell in table["PH"][2:5]] == [1, 2, 3]
    assert [cell.value for cell in table["total"][2:5]] == [3, 5, 8]


@pytest.mark.parametrize("lang", LANGS)
def test_xlsx_money_and_formula_like_text(tmp_path: Path, lang: str) -> None:
    """No report of this fixture has yen: render a table with a money column directly."""
    from openpyxl import load_workbook

    from lgotp_cli.i18n import Words
    from lgotp_cli.render.to_xlsx import to_xlsx
    from lgotp_cli.reports.table import Table

    table = Table(
        id="t",
        heading=Words("Costs, FY2024", "令和6年度 経費"),
        columns=(
            column("host_name", "Host", "受入団体"),
            column("airfare", "Airfare", "渡航費", "money"),
            column("trainees", "Trainees", "人数", "int"),
            column("arrival", "Arrival", "来日日", "date"),
        ),
        rows=(
            ("=1+1", 2850000, 3, date(2024, 5, 27)),
            ("\tTab", 0, -1, None),
            ("\rCR", 120000, 0, date(2025, 3, 19)),
        ),
    )
    path = tmp_path / "money.xlsx"
    path.write_bytes(to_xlsx([table], lang))
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A3"
    assert [cell.value for cell in sheet[2]] == (
        ["Host", "Airfare", "Trainees", "Arrival"]
        if lang == "en"
        else ["受入団体", "渡航費", "人数", "来日日"]
    )
    amount = sheet["B3"]
    assert amount.value == 2850000 and type(amount.value) is int and amount.data_type == "n"
    assert ("¥" if lang == "en" else "円") in amount.number_format
    assert sheet["C4"].value == -1 and sheet["C4"].data_type == "n"
    assert sheet["D3"].is_date
    for coordinate, text in (("A3", "=1+1"), ("A4", "\tTab")):
        assert sheet[coordinate].data_type == "s", coordinate
        assert sheet[coordinate].value == text
    # XML reads a raw carriage return back as a line feed; it stays text all the same.
    assert sheet["A5"].data_type == "s"
    assert sheet["A5"].value in ("\rCR", "\nCR")


@pytest.mark.parametrize("lang", LANGS)
def test_xlsx_has_a_title_and_prints_on_a4_landscape_one_page_wide(
    tmp_path: Path, lang: str
) -> None:
    sheet = workbook(tmp_path, "list", lang)
    assert sheet["A1"].value and sheet["A1"].font.bold
    assert sheet["A1"].value != sheet["A2"].value
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9
    assert int(sheet.page_setup.fitToWidth) == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$2"
    assert sheet.auto_filter.ref.startswith("A2:")
