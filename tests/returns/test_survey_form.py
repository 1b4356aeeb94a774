"""`lgotp return survey --host CODE`: one host's Forms 1–3 to fill in, opened with openpyxl:
the prefilled and locked cells, the input cells, the lists and data validation, protection,
printing, the hidden marker; in Japanese (the default) and English; and bad input."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from support.forms import lgotp, row_of
from support.paths import SAMPLE
from support.records import copy_sample
from support.returns import files_in
from support.run import assert_one_sentence


@pytest.fixture(scope="module")
def forms(tmp_path_factory):
    """Okazaki's form for FY2026 (it has a request) in Japanese by default, and Toyohashi's
    (none) in English: (name) -> the workbook, made once."""
    folder = tmp_path_factory.mktemp("forms")
    okazaki = lgotp(SAMPLE, "return", "survey", "--host", "232025", "-y", "2026", cwd=folder)
    assert okazaki.returncode == 0, okazaki.stderr
    toyohashi = lgotp(SAMPLE, "--lang", "en", "return", "survey", "--host", "232017", cwd=folder)
    assert toyohashi.returncode == 0, toyohashi.stderr
    assert files_in(folder) == {"survey-232025-FY2026.xlsx", "survey-232017-FY2026.xlsx"}
    return {
        "ja": load_workbook(folder / "survey-232025-FY2026.xlsx"),
        "en": load_workbook(folder / "survey-232017-FY2026.xlsx"),
    }


def value(sheet, label: str):
    return sheet.cell(row_of(sheet, label), 2)


def as_date(cell_value) -> date:
    return cell_value.date() if isinstance(cell_value, datetime) else cell_value


def test_a_sheet_a_form_the_lists_and_the_marker_hidden(forms):
    book = forms["ja"]
    assert book.sheetnames == ["様式1", "様式2", "様式3", "lists", "lgotp"]
    states = [sheet.sheet_state for sheet in book.worksheets]
    assert states == ["visible", "visible", "visible", "hidden", "veryHidden"]
    marker = book["lgotp"]
    assert [[cell.value for cell in row] for row in marker.iter_rows()] == [
        ["form", "survey"],
        ["layout", 1],
        ["host", "232025"],
        ["fiscal_year", 2026],
        ["lang", "ja"],
    ]
    assert book.security.lockStructure
    assert [sheet.title for sheet in forms["en"].worksheets][:3] == ["Form 1", "Form 2", "Form 3"]


def test_the_japanese_form_is_prefilled_from_the_request(forms):
    form1, form2, form3 = forms["ja"]["様式1"], forms["ja"]["様式2"], forms["ja"]["様式3"]
    assert (
        form1["A1"].value == "令和8年度 自治体職員協力交流事業（LGOTP）利用要望調査 様式1 参加意向"
    )
    assert [form1.cell(4, column).value for column in (1, 2, 3)] == ["項目", "回答", "記入方法"]
    for sheet in (form1, form2, form3):
        code = value(sheet, "団体コード")
        assert code.value == "232025" and code.data_type == "s"  # the code stays text
        assert value(sheet, "団体名").value == "岡崎市"
        assert value(sheet, "受入年度").value == "令和8年度"
    assert as_date(value(form1, "提出期限").value) == date(2025, 10, 3)
    assert as_date(value(form3, "提出期限").value) == date(2025, 10, 31)
    assert value(form1, "参加意向").value == "参加検討"
    assert value(form1, "受入希望人数").value == 1
    assert value(form1, "担当部署").value == "Tourism Promotion Division"
    assert value(form1, "担当者").value is None
    assert as_date(value(form1, "提出日").value) == date(2025, 9, 30)
    assert value(form2, "選考方法").value == "クレア斡旋選考"
    countries = [value(form3, f"希望国（第{n}希望）").value for n in range(1, 6)]
    assert countries == ["ベトナム", "タイ", "フィリピン", None, None]
    assert value(form3, "希望分野（第1希望）").value == "観光"
    assert value(form3, "使用言語").value == "英語"
    assert value(form3, "希望期間（月数）").value == 10
    assert value(form1, "提出日").is_date


def test_the_english_form_of_a_host_without_a_request_is_blank(forms):
    form1, form3 = forms["en"]["Form 1"], forms["en"]["Form 3"]
    assert form1["A1"].value == "LGOTP host request survey for FY2026: Form 1, intention"
    assert value(form1, "Host").value == "Toyohashi City"
    assert value(form1, "Fiscal year of acceptance").value == "FY2026"
    assert value(form1, "Intention").value is None
    assert value(form3, "Country wanted (1)").value is None
    assert form1.cell(row_of(form1, "Intention"), 3).value == "Choose from the list (required)"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_only_the_cells_to_fill_are_unlocked_and_protection_has_no_password(forms, lang):
    book = forms[lang]
    for sheet in book.worksheets[:3]:
        assert sheet.protection.sheet and sheet.protection.password is None
        unlocked = {
            cell.coordinate
            for row in sheet.iter_rows()
            for cell in row
            if not cell.protection.locked
        }
        inputs = {f"B{row}" for row in range(9, sheet.max_row + 1) if sheet.cell(row, 1).value}
        assert unlocked == inputs, sheet.title
        assert all(sheet[coordinate].style == "Input" for coordinate in inputs)
        assert sheet["B5"].protection.locked  # the host code
        assert sheet.page_setup.paperSize == 9 and sheet.page_setup.orientation == "portrait"
        assert sheet.page_setup.fitToWidth == 1


def _validations(sheet) -> dict[str, object]:
    """Each validated cell's validation."""
    found = {}
    for validation in sheet.data_validations.dataValidation:
        for cell_range in validation.sqref.ranges:
            for row in range(cell_range.min_row, cell_range.max_row + 1):
                found[f"B{row}"] = validation
    return found


def _list(book, formula: str) -> list[str]:
    """The labels a list validation's formula points at on the lists sheet."""
    sheet_name, cells = formula.split("!")
    assert sheet_name.strip("'") == "lists"
    first, last = cells.replace("$", "").split(":")
    return [cell.value for (cell,) in book["lists"][f"{first}:{last}"]]


@pytest.mark.parametrize(
    ("lang", "sheet", "label", "expected"),
    [
        ("ja", "様式1", "参加意向", ["参加", "参加検討", "選考方法未定", "不参加"]),
        ("ja", "様式2", "選考方法", ["クレア斡旋選考", "独自選考", "未定"]),
        ("ja", "様式2", "交流関係", ["姉妹都市", "友好都市", "その他"]),
        ("ja", "様式3", "使用言語", ["英語", "日本語", "いずれも可"]),
        (
            "en",
            "Form 1",
            "Intention",
            ["Participate", "Considering", "Method undecided", "Not participating"],
        ),
        ("en", "Form 2", "Tie", ["Sister city", "Friendship", "Other tie"]),
    ],
)
def test_lists_to_choose_from(forms, lang, sheet, label, expected):
    book = forms[lang]
    validation = _validations(book[sheet])[value(book[sheet], label).coordinate]
    assert validation.type == "list" and validation.showErrorMessage
    assert _list(book, validation.formula1) == expected


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_countries_and_fields_come_from_the_long_lists(forms, lang):
    book = forms[lang]
    form3 = book.worksheets[2]
    validations = _validations(form3)
    countries = _list(book, validations["B9"].formula1)
    fields = _list(book, validations["B14"].formula1)
    assert all(validations[f"B{row}"] is validations["B9"] for row in range(9, 14))
    assert len(countries) == 249 and len(set(countries)) == 249
    # The countries the records name most head the list: China, then Vietnam.
    named = {"ja": ["中国", "ベトナム"], "en": ["China", "Vietnam"]}[lang]
    assert countries[:2] == named
    assert ({"ja": "観光", "en": "Tourism"}[lang]) in fields and len(fields) == 35


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_numbers_and_dates_are_validated(forms, lang):
    sheets = forms[lang].worksheets
    trainees = _validations(sheets[0])["B10"]
    assert (trainees.type, trainees.operator, trainees.formula1, trainees.formula2) == (
        "whole",
        "between",
        "0",
        "99",
    )
    months = _validations(sheets[2])["B20"]
    assert (months.type, months.formula1, months.formula2) == ("whole", "1", "12")
    for sheet, cell in ((sheets[0], "B15"), (sheets[1], "B12"), (sheets[2], "B21")):
        submitted = _validations(sheet)[cell]
        assert submitted.type == "date"
        assert (submitted.formula1, submitted.formula2) == ("DATE(2024,4,1)", "DATE(2027,3,31)")


def test_the_fiscal_year_defaults_to_the_latest_with_requests(tmp_path):
    run = lgotp(SAMPLE, "return", "survey", "--host", "401307", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "wrote survey-401307-FY2026.xlsx\n"


def test_the_summary_without_host_is_as_it_was(tmp_path):
    run = lgotp(SAMPLE, "return", "survey", "-y", "2026", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert load_workbook(tmp_path / "survey-FY2026.xlsx").sheetnames == ["survey"]


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["--host", "999997", "-y", "2026"], ["999997", "MIC"]),  # not a local government
        (["--host", "232026", "-y", "2026"], ["232026", "check digit"]),
        (["--host", "232025", "-y", "2026", "-o", "form.csv"], ["form.csv"]),
    ],
)
def test_bad_input_is_one_sentence_and_no_file(tmp_path, arguments, words):
    run = lgotp(SAMPLE, "--lang", "en", "return", "survey", *arguments, cwd=tmp_path)
    assert_one_sentence(run, *words)
    assert files_in(tmp_path) == set()


def test_an_unknown_host_is_said_in_the_language_asked_for(tmp_path):
    # The forms are Japanese by default; what the command says is in the language asked for
    # (--lang, $LGOTP_LANG, lgotp.yaml, the locale), else English, as every command's.
    arguments = ("return", "survey", "--host", "999997", "-y", "2026")
    run = lgotp(SAMPLE, "--lang", "ja", *arguments, cwd=tmp_path)
    assert_one_sentence(run, "--host: ", "999997", "総務省", ends="。")
    run = lgotp(SAMPLE, *arguments, cwd=tmp_path)
    assert_one_sentence(run, "--host: ", "999997", "MIC")
    assert files_in(tmp_path) == set()


def test_a_request_with_more_countries_than_the_form_has_rows_for(tmp_path):
    root = copy_sample(tmp_path / "records")
    path = root / "requests/2026/REQ-2026-232025.yaml"
    path.write_text(path.read_text().replace("[VN, TH, PH]", "[VN, TH, PH, ID, MY, KH]"))
    out = tmp_path / "out"
    out.mkdir()
    run = lgotp(root, "--lang", "en", "return", "survey", "--host", "232025", "-y", "2026", cwd=out)
    line = assert_one_sentence(run, "REQ-2026-232025", "6")
    assert "5" in line
    assert files_in(out) == set()


def test_an_existing_file_is_kept_without_force(tmp_path):
    (tmp_path / "mine.xlsx").write_bytes(b"mine")
    run = lgotp(SAMPLE, "return", "survey", "--host", "232025", "-o", "mine.xlsx", cwd=tmp_path)
    assert_one_sentence(run, "--force", "mine.xlsx")
    assert (tmp_path / "mine.xlsx").read_bytes() == b"mine"
    forced = lgotp(
        SAMPLE, "return", "survey", "--host", "232025", "-o", "mine.xlsx", "--force", cwd=tmp_path
    )
    assert forced.returncode == 0, forced.stderr
    assert load_workbook(Path(tmp_path / "mine.xlsx")).sheetnames[0] == "様式1"
