"""`lgotp return`, end to end: the four Excel returns on the sample records in Japanese (the
default) and English, opened with openpyxl; the output file rules; repository templates that
override the built-in ones, hostile ones included; and bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook
from support.paths import SAMPLE
from support.records import copy_sample
from support.returns import (
    BUILTIN,
    HEAD_FILL,
    TOTAL_FILL,
    build_template,
    cells,
    files_in,
    fill_of,
    formulas_in_xml,
    lgotp,
    open_book,
    placeholders,
    row_values,
)
from support.run import assert_one_sentence

MONEY_COLUMNS = "HIJKLMN"  # airfare … costs total in the reimbursement return
ITEMS = ("airfare", "accommodation", "living_allowance", "training", "domestic_travel", "other")

RETURNS = {
    # name: (arguments, default file name)
    "reimbursement": (
        ["--host", "232025", "--fiscal-year", "2024"],
        "reimbursement-232025-FY2024.xlsx",
    ),
    "survey": ([], "survey-FY2026.xlsx"),
    "list": ([], "list-FY2026.xlsx"),
    "countries": ([], "countries-FY1996-FY2026.xlsx"),
}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """Each return on the sample records in each language, made once: (name, lang) -> path."""
    books: dict[tuple[str, str], Path] = {}

    def make(name: str, lang: str) -> Path:
        if (name, lang) not in books:
            folder = tmp_path_factory.mktemp(f"{name}-{lang}")
            arguments, file_name = RETURNS[name]
            language = [] if lang == "ja" else ["--lang", "en"]  # Japanese is the default
            run = lgotp("return", name, *arguments, *language, cwd=folder)
            assert run.returncode == 0, run.stderr
            assert "Traceback" not in run.stderr
            assert files_in(folder) == {file_name}  # the default name, and no temporary file
            books[(name, lang)] = folder / file_name
        return books[(name, lang)]

    return make


def sheet_of(path: Path):
    book = open_book(path)
    assert len(book.worksheets) == 1
    return book.worksheets[0]


def sample_json(*args: str, tmp_path: Path) -> list[dict]:
    run = lgotp(*args, "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def as_date(value) -> date:
    return value.date() if hasattr(value, "date") else value


# --- every return, both languages ---------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("name", list(RETURNS))
def test_no_placeholder_and_no_formula_from_records(made, name, lang):
    path = made(name, lang)
    book = open_book(path)
    assert placeholders(book) == []
    # The only formulas are the template author's (reimbursement's SUMs).
    for formula in formulas_in_xml(path.read_bytes()):
        assert formula.startswith("SUM("), formula


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("name", ["reimbursement", "survey", "list"])
def test_built_in_styles_widths_and_print_settings_are_kept(made, name, lang):
    sheet = sheet_of(made(name, lang))
    template = load_workbook(BUILTIN / f"{name}.xlsx").worksheets[0]
    header = {"reimbursement": 6, "survey": 4, "list": 3}[name]
    for cell in sheet[header]:
        if cell.value is not None:
            assert cell.font.bold, cell.coordinate
            assert fill_of(cell) == HEAD_FILL, cell.coordinate
            assert cell.border.left.style == "thin", cell.coordinate
    for row in range(header + 1, header + 3):  # repeated data rows keep the borders
        assert sheet.cell(row=row, column=2).border.left.style == "thin"
    assert sheet["A1"].font.bold and sheet["A1"].font.size == 14
    assert sheet.freeze_panes == template.freeze_panes
    assert sheet.print_title_rows == template.print_title_rows == f"${header}:${header}"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    for letter, dimension in template.column_dimensions.items():
        assert sheet.column_dimensions[letter].width == dimension.width, letter
    assert {str(r) for r in template.merged_cells.ranges} <= {
        str(r) for r in sheet.merged_cells.ranges
    }


# --- reimbursement ------------------------------------------------------------------------------


def _record_007() -> dict:
    return yaml.safe_load((SAMPLE / "trainees" / "2024" / "LGOTP-2024-007.yaml").read_text())


def _rates_2024() -> dict:
    return yaml.safe_load((SAMPLE / "lgotp.yaml").read_text())["allocation_tax"][2024]


def _expected_007() -> dict:
    record, rates = _record_007(), _rates_2024()
    costs = [record["costs"][item] for item in ITEMS]
    arrival, departure = record["period"]["arrival"], record["period"]["departure"]
    # 2024-05-27 + 10 months = 2025-03-27, after the departure: under short_months (10).
    assert rates["short_months"] == 10 and date(2025, 3, 27) > departure
    base = rates["municipality_base_short"]
    amount = int(base * rates["municipality_ratio"])
    total = sum(costs)
    return {
        "costs": costs,
        "total": total,
        "base": base,
        "ratio": rates["municipality_ratio"],
        "amount": amount,
        "net": total - amount,
        "arrival": arrival,
        "departure": departure,
    }


def test_reimbursement_by_hand():
    expected = _expected_007()
    assert expected["total"] == 3_884_000
    assert expected["base"] == 5_000_000 and expected["amount"] == 2_500_000
    assert expected["net"] == 1_384_000


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_reimbursement_values_and_types(made, lang):
    sheet = sheet_of(made("reimbursement", lang))
    expected = _expected_007()
    row = row_values(sheet, 7, "A", "R")
    assert row[0] == 1
    assert row[1] == "LGOTP-2024-007"
    assert "Mendoza" in row[2] and "Angelica Rose" in row[2]
    assert row[3] == {"ja": "フィリピン", "en": "Philippines"}[lang]
    assert sheet["E7"].is_date and as_date(row[4]) == expected["arrival"]
    assert sheet["F7"].is_date and as_date(row[5]) == expected["departure"]
    assert row[6] == {"ja": "9か月21日", "en": "9 months 21 days"}[lang]
    assert row[7:13] == expected["costs"]
    assert row[13] == expected["total"]
    assert row[14] == expected["base"]
    assert row[15] == expected["amount"]
    assert row[16] == expected["ratio"]
    assert row[17] == expected["net"]
    for value in [*row[7:16], row[17]]:
        assert type(value) is int, row  # yen are ints, never text
    for column in "HIJKLMNOPR":
        assert sheet[f"{column}7"].number_format == "#,##0", column
    # The total row, right below the single trainee row.
    assert sheet["B8"].value == {"ja": "合計", "en": "Total"}[lang]
    for column in MONEY_COLUMNS:
        assert sheet[f"{column}8"].value == f"=SUM({column}7:{column}7)"
        assert sheet[f"{column}8"].data_type == "f"
        assert sheet[f"{column}8"].font.bold and fill_of(sheet[f"{column}8"]) == TOTAL_FILL
    assert sheet["P8"].value == expected["amount"] and type(sheet["P8"].value) is int
    assert sheet["R8"].value == expected["net"] and type(sheet["R8"].value) is int


def test_reimbursement_labels_in_japanese(made):
    sheet = sheet_of(made("reimbursement", "ja"))
    assert sheet["A1"].value == "自治体職員協力交流事業 受入経費・交付税措置 報告"
    assert sheet["A2"].value == "年度: 令和6年度"
    assert "岡崎市" in sheet["A3"].value and "232025" in sheet["A3"].value
    assert "特別交付税" in sheet["A4"].value
    assert "令和6年度" in sheet["A4"].value  # the rates used
    assert row_values(sheet, 6, "A", "R") == [
        "No.",
        "ID",
        "氏名",
        "国",
        "来日日",
        "受入終了日",
        "受入期間",
        "往復渡航費",
        "宿泊費",
        "生活補助",
        "研修費",
        "国内移動費",
        "その他",
        "経費計",
        "基準額",
        "交付税措置額",
        "算入率",
        "実質負担額",
    ]
    assert sheet["A11"].value is None  # no note on the rates: FY2024 has its own


def test_reimbursement_labels_in_english(made):
    sheet = sheet_of(made("reimbursement", "en"))
    assert sheet["A1"].value == "LGOTP host cost and allocation-tax return"
    assert sheet["A2"].value == "Fiscal year: FY2024"
    assert sheet["A3"].value == "Host: Okazaki City (232025), Municipality"
    assert sheet["A4"].value == "Allocation-tax measure: Special allocation tax; Rates: FY2024"
    header = row_values(sheet, 6, "A", "R")
    assert header[:4] == ["No.", "ID", "Name", "Country"]
    assert {"Airfare", "Allocation tax", "Net burden", "Base", "Ratio"} <= set(header)
    assert all("令和" not in str(cell.value) for cell in cells(sheet.parent))


@pytest.mark.parametrize(
    ("lang", "rates", "note"),
    [
        ("ja", "令和6年度", "令和8年度の単価は未設定のため、令和6年度の単価で算定しています。"),
        (
            "en",
            "FY2024",
            "FY2026 has no allocation-tax rates of its own: the FY2024 rates are used.",
        ),
    ],
)
def test_reimbursement_says_which_years_rates_were_used(tmp_path, lang, rates, note):
    """FY2026 has no rates in lgotp.yaml: FY2024's are used, and the return says so."""
    run = lgotp(
        "return", "reimbursement", "--host", "232025", "-y", "2026", "--lang", lang, cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    sheet = sheet_of(tmp_path / "reimbursement-232025-FY2026.xlsx")
    assert sheet["A4"].value.endswith(rates)
    assert sheet["A11"].value == note
    assert sheet["P7"].value == 2_500_000  # LGOTP-2026-003: 9 months 19 days, short base


def test_reimbursement_of_a_prefecture_is_the_ordinary_allocation_tax(tmp_path):
    run = lgotp("return", "reimbursement", "--host", "010006", "-y", "2026", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    sheet = sheet_of(tmp_path / "reimbursement-010006-FY2026.xlsx")
    assert "北海道" in sheet["A3"].value and "都道府県" in sheet["A3"].value
    assert "普通交付税" in sheet["A4"].value
    assert sheet["O7"].value is None and sheet["P7"].value is None  # not per trainee
    prefecture = _rates_2024()["prefecture_per_entity"]
    assert sheet["P8"].value == prefecture
    assert sheet["R8"].value == sheet["N7"].value - prefecture


LGOTP_YAML = """\
allocation_tax:
  2024:
    prefecture_per_entity: 5700000
    municipality_base: 6000000
    municipality_base_short: 4000000
    municipality_ratio: 0.5
    short_months: 10
calendar:
  2025:
    - {date: 2024-10-04, event: Form 1 and Form 2 due, forms: [form1, form2]}
    - {date: 2024-11-01, event: Form 3 due, forms: [form3]}
"""
HYPERLINK = '=HYPERLINK("http://evil.example","x")'


@pytest.fixture
def two_trainees(root):
    """Host 232025 with two FY2024 trainees (one short stay, one long), rates of our own, and
    text that begins like a formula."""
    root.write("lgotp.yaml", LGOTP_YAML)
    root.record(
        "trainee",
        f"name: {{family: '-2+3', given: '@SUM(A1)'}}\nemployer: {{name: '{HYPERLINK}'}}\n",
    )
    root.record("trainee", "id: EX-T2\nperiod: {departure: 2025-05-20}")
    return root


def test_reimbursement_totals_cover_exactly_the_trainee_rows(two_trainees, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    run = lgotp("return", "reimbursement", "--host", "232025", cwd=out, records=two_trainees.path)
    assert run.returncode == 0, run.stderr
    sheet = sheet_of(out / "reimbursement-232025-FY2024.xlsx")
    assert [sheet["B7"].value, sheet["B8"].value] == ["EX-T", "EX-T2"]
    assert sheet["B9"].value == "合計"
    for column in MONEY_COLUMNS:
        assert sheet[f"{column}9"].value == f"=SUM({column}7:{column}8)"
    costs = 180_000 + 840_000 + 2_400_000 + 300_000 + 120_000 + 0  # the base trainee record
    assert sheet["N7"].value == sheet["N8"].value == costs
    # EX-T stays 9 months 21 days (short base 4,000,000); EX-T2 11 months 24 days (6,000,000).
    assert [sheet["O7"].value, sheet["O8"].value] == [4_000_000, 6_000_000]
    assert [sheet["P7"].value, sheet["P8"].value] == [2_000_000, 3_000_000]
    assert [sheet["R7"].value, sheet["R8"].value] == [costs - 2_000_000, costs - 3_000_000]
    assert sheet["P9"].value == 5_000_000
    assert sheet["R9"].value == 2 * costs - 5_000_000
    assert "令和6年度" in sheet["A4"].value
    # The name begins like a formula ("@SUM(A1) -2+3"): it lands as text.
    assert sheet["C7"].value == "@SUM(A1) -2+3" and sheet["C7"].data_type == "s"


# --- survey -------------------------------------------------------------------------------------


def test_survey_in_japanese(made):
    sheet = sheet_of(made("survey", "ja"))
    assert sheet["A1"].value == "令和8年度 自治体職員協力交流事業 利用要望調査 集計"
    assert sheet["A2"].value.startswith("提出期限: ")
    assert "2025-10-03" in sheet["A2"].value and "2025-10-31" in sheet["A2"].value
    header = row_values(sheet, 4, "A", "Q")
    assert header[:5] == ["No.", "団体コード", "受入団体", "参加意向（様式1）", "選考方法（様式2）"]
    assert header[12:16] == ["様式1", "様式2", "様式3", "期限後提出"]
    assert [sheet[f"B{r}"].value for r in (5, 6, 7)] == ["010006", "141003", "232025"]
    assert all(sheet[f"B{r}"].data_type == "s" for r in (5, 6, 7))  # codes stay text
    assert [sheet[f"C{r}"].value for r in (5, 6, 7)] == ["北海道", "横浜市", "岡崎市"]
    assert [sheet[f"D{r}"].value for r in (5, 6, 7)] == ["選考方法未定", "参加", "参加検討"]
    assert [sheet[f"H{r}"].value for r in (5, 6, 7)] == [2, 1, 1]  # counts are ints
    assert all(type(sheet[f"H{r}"].value) is int for r in (5, 6, 7))
    assert sheet["I5"].value == "タイ、ベトナム、中国"
    assert sheet["M7"].is_date and as_date(sheet["M7"].value) == date(2025, 9, 30)
    assert sheet["O7"].is_date and as_date(sheet["O7"].value) == date(2025, 10, 24)
    assert sheet["O6"].value is None  # Yokohama sent no Form 3
    assert all(sheet[f"P{r}"].value is None for r in (5, 6, 7))  # nobody late
    assert sheet["A9"].value == "件数: 3"
    assert sheet.freeze_panes == "D5"


def test_survey_in_english_for_another_year(tmp_path):
    run = lgotp("return", "survey", "--fiscal-year", "2025", "--lang", "en", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    sheet = sheet_of(tmp_path / "survey-FY2025.xlsx")
    assert sheet["A1"].value == "LGOTP host survey for FY2025"
    assert sheet["A2"].value.startswith("Deadlines: Form 1 2024-10-04")
    assert row_values(sheet, 4, "A", "D") == ["No.", "Host code", "Host", "Intention (Form 1)"]
    assert [sheet[f"C{r}"].value for r in (5, 6, 7)] == [
        "Aichi Prefecture",
        "Okazaki City",
        "Fukuoka City",
    ]
    assert sheet["E6"].value == "CLAIR-mediated"
    assert sheet["I6"].value == "Philippines, Vietnam"
    assert sheet["A9"].value == "Requests: 3"


@pytest.mark.parametrize(("lang", "late"), [("ja", "様式1、様式3"), ("en", "Form 1, Form 3")])
def test_survey_marks_late_forms(root, tmp_path, lang, late):
    root.write("lgotp.yaml", LGOTP_YAML)
    root.record("request", "submitted: {form1: 2024-10-10, form2: 2024-10-02, form3: 2024-11-05}")
    root.record(
        "request",
        "id: EX-R2\nhost: {code: '141003'}\nsubmitted: {form1: 2024-10-04, form2: 2024-10-01}",
    )
    out = tmp_path / "out"
    out.mkdir()
    run = lgotp("return", "survey", "--lang", lang, cwd=out, records=root.path)
    assert run.returncode == 0, run.stderr
    sheet = sheet_of(out / "survey-FY2025.xlsx")
    assert [sheet["B5"].value, sheet["B6"].value] == ["141003", "232025"]
    assert sheet["P5"].value is None  # on the deadline is not late
    assert sheet["P6"].value == late
    assert as_date(sheet["M6"].value) == date(2024, 10, 10)


# --- list ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_list_matches_lgotp_list(tmp_path, lang):
    run = lgotp("return", "list", "-y", "2024", "--lang", lang, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    sheet = sheet_of(tmp_path / "list-FY2024.xlsx")
    rows = sample_json("list", "-y", "2024", "--lang", lang, tmp_path=tmp_path)
    assert (
        sheet["A1"].value
        == {
            "ja": "令和6年度 自治体職員協力交流研修員一覧",
            "en": "LGOTP trainees, FY2024",
        }[lang]
    )
    assert (
        sheet["B3"].value == "ID" and sheet["J3"].value == {"ja": "来日日", "en": "Arrival"}[lang]
    )
    for offset, expected in enumerate(rows):
        r = 4 + offset
        assert sheet[f"A{r}"].value == expected["no"] and type(sheet[f"A{r}"].value) is int
        assert sheet[f"B{r}"].value == expected["id"]
        assert sheet[f"C{r}"].value == expected["country_name"]
        assert sheet[f"D{r}"].value == expected["family_name"]
        assert sheet[f"E{r}"].value == expected["given_name"]
        assert sheet[f"G{r}"].value == expected["host_code"]
        assert sheet[f"H{r}"].value == expected["host_name"]
        assert sheet[f"I{r}"].value == expected["field_name"]
        assert sheet[f"J{r}"].is_date
        assert as_date(sheet[f"J{r}"].value).isoformat() == expected["arrival"]
        assert as_date(sheet[f"K{r}"].value).isoformat() == expected["departure"]
        assert sheet[f"L{r}"].value
    assert sheet[f"A{4 + len(rows)}"].value is None  # nothing after the last trainee


def test_list_default_is_japanese_and_the_latest_year(made):
    sheet = sheet_of(made("list", "ja"))
    assert sheet["A1"].value == "令和8年度 自治体職員協力交流研修員一覧"
    assert row_values(sheet, 3, "A", "E") == ["No.", "ID", "国", "姓", "名"]
    assert [sheet[f"G{r}"].value for r in (4, 5, 6)] == ["141003", "010006", "232025"]


def test_record_text_that_begins_like_a_formula_lands_as_text(two_trainees, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    run = lgotp("return", "list", cwd=out, records=two_trainees.path)
    assert run.returncode == 0, run.stderr
    path = out / "list-FY2024.xlsx"
    sheet = sheet_of(path)
    assert sheet["D4"].value == "-2+3" and sheet["D4"].data_type == "s"
    assert sheet["E4"].value == "@SUM(A1)" and sheet["E4"].data_type == "s"
    assert sheet["F4"].value == HYPERLINK and sheet["F4"].data_type == "s"
    assert formulas_in_xml(path.read_bytes()) == []


# --- countries ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_countries_match_lgotp_stats_countries(made, tmp_path, lang):
    sheet = sheet_of(made("countries", lang))
    rows = sample_json("stats", "countries", "--lang", lang, tmp_path=tmp_path)
    years = [key for key in rows[0] if key.isdigit()]
    assert years[0] == "1996" and years[-1] == "2026"
    header = row_values(sheet, 3)
    first_label = {"ja": "平成8年度", "en": "FY1996"}[lang]
    last_label = {"ja": "令和8年度", "en": "FY2026"}[lang]
    assert header[1] == first_label and header[len(years)] == last_label
    assert header[0] == {"ja": "国", "en": "Country"}[lang]
    assert header[-1] == {"ja": "合計", "en": "Total"}[lang]
    assert len(header) == len(years) + 2
    for offset, expected in enumerate(rows):
        values = row_values(sheet, 4 + offset)
        name = expected["country_name"]
        if expected["country"] == "total":
            name = {"ja": "合計", "en": "Total"}[lang]
        assert values[0] == name
        assert values[1:-1] == [expected[year] for year in years], name
        assert values[-1] == expected["total"]
        assert all(type(v) is int for v in values[1:]), name
    total_row = 4 + len(rows) - 1
    assert sheet[f"A{total_row}"].font.bold and fill_of(sheet[f"B{total_row}"]) == TOTAL_FILL
    assert sheet["B3"].font.bold and fill_of(sheet["AF3"]) == HEAD_FILL
    assert sheet.freeze_panes == "B4"
    assert (
        sheet["A1"].value
        == {
            "ja": "LGOTP受入実績【国別】（平成8年度–令和8年度）",
            "en": "LGOTP acceptance by country, FY1996–FY2026",
        }[lang]
    )


def test_countries_total_column_keeps_the_template_width(made):
    template = load_workbook(BUILTIN / "countries.xlsx").worksheets[0]
    sheet = sheet_of(made("countries", "ja"))
    last = sheet.cell(row=3, column=sheet.max_column)
    assert last.value == "合計"
    assert sheet.column_dimensions[last.column_letter].width == (
        template.column_dimensions["C"].width
    )


def test_countries_from_to(tmp_path):
    run = lgotp(
        "return", "countries", "--from", "2023", "--to", "2025", "--lang", "en", cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    sheet = sheet_of(tmp_path / "countries-FY2023-FY2025.xlsx")
    assert row_values(sheet, 3) == ["Country", "FY2023", "FY2024", "FY2025", "Total"]


# --- the output file ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(RETURNS))
def test_existing_file_is_not_replaced_without_force(tmp_path, name):
    arguments, file_name = RETURNS[name]
    target = tmp_path / file_name
    target.write_bytes(b"keep me")
    run = lgotp("return", name, *arguments, cwd=tmp_path)
    assert_one_sentence(run, file_name, "--force")
    assert target.read_bytes() == b"keep me"
    assert files_in(tmp_path) == {file_name}


def test_force_replaces_the_file(tmp_path):
    target = tmp_path / "mine.xlsx"
    target.write_bytes(b"old")
    run = lgotp("return", "list", "-o", "mine.xlsx", cwd=tmp_path)
    assert_one_sentence(run, "mine.xlsx", "--force")
    assert target.read_bytes() == b"old"
    run = lgotp("return", "list", "-o", "mine.xlsx", "--force", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert sheet_of(target)["A1"].value == "令和8年度 自治体職員協力交流研修員一覧"
    assert files_in(tmp_path) == {"mine.xlsx"}  # no temporary file left beside it


def test_output_in_another_folder(tmp_path):
    (tmp_path / "out").mkdir()
    run = lgotp("return", "countries", "-o", str(tmp_path / "out" / "c.XLSX"), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert files_in(tmp_path) == {"out/c.XLSX"}
    assert sheet_of(tmp_path / "out" / "c.XLSX")["A3"].value == "国"


@pytest.mark.parametrize("output", ["records/out.xlsx", "records/trainees/out.xlsx", "ABS"])
def test_output_under_the_records_root_is_refused(tmp_path, output):
    records = copy_sample(tmp_path / "records")
    before = files_in(records)
    target = str(records / "x" / ".." / "out.xlsx") if output == "ABS" else output
    run = lgotp("return", "list", "-o", target, cwd=tmp_path, records=records)
    assert_one_sentence(run, "records root")
    assert files_in(records) == before


def test_default_name_in_the_records_root_is_refused(tmp_path):
    records = copy_sample(tmp_path / "records")
    before = files_in(records)
    run = lgotp("return", "list", cwd=records, records=".")
    assert_one_sentence(run, "records root")
    assert files_in(records) == before


@pytest.mark.parametrize("output", ["out.csv", "out", "out.xls", "out.xlsx.bak"])
def test_output_that_is_not_xlsx_is_refused(tmp_path, output):
    run = lgotp("return", "list", "-o", output, cwd=tmp_path)
    assert_one_sentence(run, ".xlsx")
    assert files_in(tmp_path) == set()


def test_output_in_a_missing_folder_is_refused(tmp_path):
    run = lgotp("return", "list", "-o", "nowhere/out.xlsx", cwd=tmp_path)
    assert_one_sentence(run, "nowhere")
    assert files_in(tmp_path) == set()


def test_success_prints_no_traceback_and_writes_only_the_return(tmp_path):
    run = lgotp("return", "survey", "--lang", "en", cwd=tmp_path)
    assert run.returncode == 0
    assert "Traceback" not in run.stderr
    assert files_in(tmp_path) == {"survey-FY2026.xlsx"}


# --- templates from the records repository ------------------------------------------------------


def list_template(path: Path, title: str, extra: dict | None = None) -> Path:
    """A list template of our own: a distinctive title and one row per trainee."""
    return build_template(
        path,
        {
            "A1": title,
            "A3": "{{ labels.id }}",
            "B3": "{{ labels.host }}",
            "A4": "{% for t in trainees %}{{ t.id }}",
            "B4": "{{ t.host }}",
            "C4": "{{ t.arrival }}",
            **(extra or {}),
        },
        title="mine",
    )


def with_list_template(tmp_path: Path, cells: dict) -> tuple[Path, Path]:
    """A copy of the sample records whose repository list template is ours with ``cells``, and
    an empty folder to run `lgotp return list` in."""
    records = copy_sample(tmp_path / "records")
    list_template(records / "templates" / "returns" / "list.xlsx", "T", cells)
    out = tmp_path / "out"
    out.mkdir()
    return records, out


@pytest.mark.parametrize("where", ["templates/returns/list.xlsx", "templates/list.xlsx"])
def test_a_repository_template_overrides_the_built_in_one(tmp_path, where):
    records = copy_sample(tmp_path / "records")
    list_template(records / where, "OUR LIST {{ labels.title }}")
    out = tmp_path / "out"
    out.mkdir()
    run = lgotp("return", "list", cwd=out, records=records)
    assert run.returncode == 0, run.stderr
    book = open_book(out / "list-FY2026.xlsx")
    sheet = book["mine"]
    assert sheet["A1"].value == "OUR LIST 令和8年度 自治体職員協力交流研修員一覧"
    assert [sheet[f"A{r}"].value for r in (4, 5, 6)] == [
        "LGOTP-2026-001",
        "LGOTP-2026-002",
        "LGOTP-2026-003",
    ]
    assert sheet["C4"].is_date
    assert placeholders(book) == []


def test_templates_option_wins_over_the_repository(tmp_path):
    records = copy_sample(tmp_path / "records")
    list_template(records / "templates" / "returns" / "list.xlsx", "FROM THE REPOSITORY")
    list_template(tmp_path / "mine" / "returns" / "list.xlsx", "FROM --templates")
    out = tmp_path / "out"
    out.mkdir()
    run = lgotp("return", "list", "--templates", str(tmp_path / "mine"), cwd=out, records=records)
    assert run.returncode == 0, run.stderr
    assert sheet_of(out / "list-FY2026.xlsx")["A1"].value == "FROM --templates"
    # A --templates folder without this return falls back to the repository's.
    run = lgotp("return", "survey", "--templates", str(tmp_path / "mine"), cwd=out, records=records)
    assert run.returncode == 0, run.stderr
    run = lgotp(
        "return",
        "list",
        "-o",
        "r.xlsx",
        "--templates",
        str(tmp_path / "mine" / "returns"),
        cwd=out,
        records=records,
    )
    assert run.returncode == 0, run.stderr
    assert sheet_of(out / "r.xlsx")["A1"].value == "FROM --templates"


def test_templates_option_that_is_not_a_folder(tmp_path):
    run = lgotp("return", "list", "--templates", "missing", cwd=tmp_path)
    assert_one_sentence(run, "--templates")
    assert files_in(tmp_path) == set()


HOSTILE_CELLS = [
    "{{ ''.__class__.__mro__ }}",
    "{{ cycler.__init__.__globals__.os.system('touch PWNED') }}",
    "Host: {{ lipsum.__globals__['os'].popen('touch PWNED').read() }}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{{ x }}",
    "=SUM({{ self.__init__.__globals__.__builtins__.__import__('os').system('touch PWNED') }})",
    "{{ ''.__class__ }}",
    "{{ joiner.__init__ }}",
]


@pytest.mark.parametrize("hostile", HOSTILE_CELLS)
def test_a_hostile_repository_template_is_stopped(tmp_path, hostile):
    records, out = with_list_template(tmp_path, {"D7": hostile})
    before = files_in(records)
    run = lgotp("return", "list", cwd=out, records=records)
    line = assert_one_sentence(run, "list.xlsx", "sheet 'mine'", "cell D")
    assert "unsafe" in line
    assert files_in(out) == set()
    assert files_in(records) == before
    assert not any(path.name == "PWNED" for path in tmp_path.rglob("*"))


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        pytest.param("E2", "{{ labels.title ", id="above the loop"),
        # The author looks for the cell in the template: D7 there, even though the three
        # trainee rows of FY2026 push it down to D9 in the return.
        pytest.param("D7", "{{ labels.x", id="below the loop"),
    ],
)
def test_a_template_syntax_error_names_the_templates_cell(tmp_path, cell, text):
    records, out = with_list_template(tmp_path, {cell: text})
    run = lgotp("return", "list", cwd=out, records=records)
    assert_one_sentence(run, "list.xlsx", "sheet 'mine'", f"cell {cell}", "syntax error")
    assert files_in(out) == set()


@pytest.mark.parametrize("cell", ["{{ labels.titel }}", "Title: {{ 1 / 0 }}", "{{ t.nmae }}"])
def test_a_template_that_fails_on_the_data_names_the_cell(tmp_path, cell):
    """A typo or an expression that fails: a sentence naming the cell, exit 2 (not exit 3)."""
    records, out = with_list_template(tmp_path, {"D4": cell})
    run = lgotp("return", "list", cwd=out, records=records)
    assert_one_sentence(run, "list.xlsx", "cell D4")
    assert files_in(out) == set()


def test_a_template_that_is_not_a_workbook(tmp_path):
    records = copy_sample(tmp_path / "records")
    (records / "templates" / "returns").mkdir(parents=True)
    (records / "templates" / "returns" / "list.xlsx").write_text("{{ not a workbook }}")
    out = tmp_path / "out"
    out.mkdir()
    run = lgotp("return", "list", cwd=out, records=records)
    assert_one_sentence(run, "list.xlsx")
    assert files_in(out) == set()


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["reimbursement", "--host", "232025", "-y", "2023"], ["232025", "FY2023"]),
        (["reimbursement", "--host", "232017", "-y", "2024"], ["232017"]),  # 豊橋市: none
        (["reimbursement", "--host", "999999", "-y", "2024"], ["999999", "check digit"]),
        (["reimbursement", "--host", "999999"], ["999999", "check digit"]),
        (["reimbursement", "--host", "999997", "-y", "2024"], ["999997", "not a known"]),
        (["reimbursement", "--host", "23202"], ["23202"]),
        (["reimbursement"], ["--host"]),
        (["reimbursement", "--host", "232025", "-y", "24"], ["--fiscal-year", "24"]),
        (["bogus"], ["bogus", "reimbursement, survey, list, countries"]),
        (["survey", "-y", "2019"], ["FY2019"]),
        (["countries", "--from", "2026", "--to", "2020"], ["--from"]),
        (["list", "--lang", "fr"], ["--lang"]),
    ],
)
def test_bad_input_is_one_sentence_exit_2_and_no_file(tmp_path, arguments, words):
    run = lgotp("return", *arguments, cwd=tmp_path)
    assert_one_sentence(run, *words)
    assert files_in(tmp_path) == set()


@pytest.mark.parametrize(
    ("host", "words"),
    [
        ("999997", ["999997", "not a known"]),  # valid check digit, not a local government
        ("232017", ["232017"]),  # 豊橋市: a real host code with no trainees at all
    ],
)
def test_a_host_without_trainees_is_named_when_no_year_is_given(tmp_path, host, words):
    """Without --fiscal-year the message must still be about the host, not claim that the
    records have no readable trainees."""
    run = lgotp("return", "reimbursement", "--host", host, cwd=tmp_path)
    line = assert_one_sentence(run, *words)
    assert "no readable" not in line
    assert files_in(tmp_path) == set()


@pytest.mark.parametrize("name", ["list"])
def test_host_option_on_a_return_for_every_host(tmp_path, name):
    """--host on a return that holds every host: either refused, or the return holds only that
    host. Never a file named after the host that holds every other host too. (The survey with
    --host is the host's own forms: tests/returns/test_survey_form.py.)"""
    run = lgotp("return", name, "--host", "232025", "-y", "2026", cwd=tmp_path)
    if run.returncode == 2:
        assert_one_sentence(run, "--host")
        assert files_in(tmp_path) == set()
        return
    assert run.returncode == 0, run.stderr
    (written,) = files_in(tmp_path)
    sheet = sheet_of(tmp_path / written)
    code_column = {"survey": "B", "list": "G"}[name]
    first = {"survey": 5, "list": 4}[name]
    codes = []
    for row in range(first, sheet.max_row + 1):
        value = sheet[f"{code_column}{row}"].value
        if isinstance(value, str) and value.isdigit():
            codes.append(value)
    assert codes and set(codes) == {"232025"}, (written, codes)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_return_says_below_its_rows_which_records_were_left_out(tmp_path, lang):
    root = copy_sample(tmp_path / "records")
    (root / "trainees" / "2024" / "broken.yaml").write_text("id: x\n  bad: [\n", encoding="utf-8")
    target = tmp_path / "list.xlsx"
    run = lgotp(
        "--lang",
        lang,
        "return",
        "list",
        "-y",
        "2024",
        "-o",
        str(target),
        cwd=tmp_path,
        records=root,
    )
    assert run.returncode == 0, run.stderr
    sheet = sheet_of(target)
    last = sheet.cell(row=sheet.max_row, column=1).value
    assert "trainees/2024/broken.yaml" in last and "L001" in last
    assert ("読み取れなかった" in last) if lang == "ja" else ("could not be read" in last)


def test_a_return_of_readable_records_has_no_such_note(made):
    sheet = sheet_of(made("list", "ja"))
    texts = [cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert not any("読み取れなかった" in text for text in texts)
