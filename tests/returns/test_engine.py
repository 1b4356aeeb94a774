"""The workbook template engine (lgotp_cli/render/workbook.py) on small templates built here
with openpyxl: typed values, row and column loops, styles, merged cells, heights, widths, print
settings, formulas moved the way Excel moves them, and the sandbox."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from support.paths import load_script
from support.returns import build_template, cells, fill_of, formulas_in_xml, placeholders

from lgotp_cli.render.templates import environment
from lgotp_cli.render.workbook import WorkbookTemplateError, render_workbook

ITEMS3 = [{"n": 1, "x": 10}, {"n": 2, "x": 20}, {"n": 3, "x": 30}]


def render_bytes(tmp_path: Path, template: dict, context: dict, setup=None, **kw) -> bytes:
    path = build_template(tmp_path / "template.xlsx", template, setup=setup, **kw)
    return render_workbook(path, context, env=environment(()), name="template.xlsx")


def render(tmp_path: Path, template: dict, context: dict, setup=None, **kw):
    """The first sheet of ``template`` filled with ``context``, read back with openpyxl."""
    data = render_bytes(tmp_path, template, context, setup, **kw)
    return load_workbook(io.BytesIO(data)).worksheets[0]


def references(formula: str) -> set[str]:
    """Every cell a formula refers to, ranges expanded over rows (single-column ranges)."""
    found = set()
    for start_col, start_row, end_col, end_row in re.findall(
        r"\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)", formula
    ):
        if start_col == end_col:
            found |= {f"{start_col}{row}" for row in range(int(start_row), int(end_row) + 1)}
    without_ranges = re.sub(r"\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+", "", formula)
    found |= {f"{c}{r}" for c, r in re.findall(r"\$?([A-Z]{1,3})\$?(\d+)", without_ranges)}
    return found


# --- values keep their type ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected", "data_type"),
    [
        (42, 42, "n"),
        (-1_199_000, -1_199_000, "n"),
        (2.5, 2.5, "n"),
        (Decimal("2850000"), 2850000, "n"),
        (Decimal("0.25"), 0.25, "n"),
        ("Okazaki", "Okazaki", "s"),
        ("010006", "010006", "s"),  # a code stays text, leading zero and all
        ("岡崎市", "岡崎市", "s"),
    ],
)
def test_a_single_expression_keeps_the_type_of_its_value(tmp_path, value, expected, data_type):
    sheet = render(tmp_path, {"A1": "{{ v }}", "B1": "  {{ v }}  "}, {"v": value})
    for cell in (sheet["A1"], sheet["B1"]):
        assert cell.value == expected
        assert type(cell.value) is type(expected)
        assert cell.data_type == data_type


def test_decimal_whole_number_becomes_an_int(tmp_path):
    sheet = render(tmp_path, {"A1": "{{ v }}"}, {"v": Decimal("5000000.00")})
    assert sheet["A1"].value == 5_000_000
    assert isinstance(sheet["A1"].value, int)


def test_a_date_lands_as_a_date_cell(tmp_path):
    sheet = render(
        tmp_path,
        {"A1": "{{ d }}", "B1": "{{ d }}", "C1": "{{ t }}"},
        {"d": date(2024, 5, 27), "t": datetime(2025, 3, 19, 0, 0)},
        setup=lambda s: setattr(s["B1"], "number_format", "yyyy/m/d"),
    )
    assert sheet["A1"].is_date and sheet["A1"].data_type == "d"
    assert sheet["A1"].value.date() == date(2024, 5, 27)
    assert sheet["A1"].number_format == "yyyy-mm-dd"  # General becomes a date format
    assert sheet["B1"].is_date and sheet["B1"].number_format == "yyyy/m/d"  # author's kept
    assert sheet["C1"].is_date and sheet["C1"].value == datetime(2025, 3, 19)


def test_none_and_empty_text_leave_the_cell_empty_but_styled(tmp_path):
    def setup(sheet):
        sheet["A1"].font = Font(bold=True)
        sheet["A1"].number_format = "#,##0"

    sheet = render(tmp_path, {"A1": "{{ v }}", "B1": "{{ e }}"}, {"v": None, "e": ""}, setup)
    assert sheet["A1"].value is None
    assert sheet["B1"].value is None
    assert sheet["A1"].font.bold and sheet["A1"].number_format == "#,##0"


def test_text_with_two_expressions_is_rendered_as_text(tmp_path):
    sheet = render(
        tmp_path,
        {"A1": "{{ label }}: {{ name }} ({{ code }})", "B1": "{{ a }}{{ b }}", "C1": "{{ a }} 円"},
        {"label": "受入団体", "name": "岡崎市", "code": "232025", "a": 1, "b": 2},
    )
    assert sheet["A1"].value == "受入団体: 岡崎市 (232025)"
    assert sheet["B1"].value == "12" and sheet["B1"].data_type == "s"
    assert sheet["C1"].value == "1 円"


def test_text_is_not_html_escaped(tmp_path):
    name = 'Ayutthaya & "Sons" <Ltd>'
    sheet = render(tmp_path, {"A1": "{{ n }}", "B1": "Host: {{ n }}"}, {"n": name})
    assert sheet["A1"].value == name
    assert sheet["B1"].value == f"Host: {name}"


HOSTILE_TEXT = [
    '=HYPERLINK("http://evil.example","x")',
    "=1+1",
    "+81-3-1234",
    "-2+3",
    "@SUM(A1)",
    "=cmd|' /C calc'!A0",
]


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_record_text_that_looks_like_a_formula_stays_text(tmp_path, text):
    data = render_bytes(
        tmp_path,
        {
            "A1": "{{ v }}",
            "B1": "{{ v }}{{ empty }}",
            "A2": "{% for t in items %}{{ t }}",
            "B2": "{{ t }}",
        },
        {"v": text, "empty": "", "items": [text, text]},
    )
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    for coordinate in ("A1", "B1", "A2", "B2", "A3", "B3"):
        assert sheet[coordinate].value == text, coordinate
        assert sheet[coordinate].data_type == "s", coordinate
    assert formulas_in_xml(data) == []  # nothing a spreadsheet would run


# --- row loops ----------------------------------------------------------------------------------


def _list_template() -> dict:
    return {
        "A1": "No.",
        "B1": "Value",
        "A2": "{% for t in items %}{{ loop.index }}",
        "B2": "{{ t.x }}",
        "C2": "{{ t.n }} of {{ loop.length }}",
        "A3": "below",
        "B3": "{{ items | length }}",
        "A5": "further below",
    }


def test_row_loop_with_three_items_repeats_the_row(tmp_path):
    sheet = render(tmp_path, _list_template(), {"items": ITEMS3})
    assert [sheet[f"A{r}"].value for r in (2, 3, 4)] == [1, 2, 3]
    assert [sheet[f"B{r}"].value for r in (2, 3, 4)] == [10, 20, 30]
    assert [sheet[f"C{r}"].value for r in (2, 3, 4)] == ["1 of 3", "2 of 3", "3 of 3"]
    assert sheet["A5"].value == "below" and sheet["B5"].value == 3
    assert sheet["A7"].value == "further below"
    assert sheet["A1"].value == "No."


def test_row_loop_with_one_item_changes_nothing_around_it(tmp_path):
    sheet = render(tmp_path, _list_template(), {"items": ITEMS3[:1]})
    assert sheet["A2"].value == 1 and sheet["B2"].value == 10
    assert sheet["A3"].value == "below" and sheet["B3"].value == 1
    assert sheet["A5"].value == "further below"
    assert sheet.max_row == 5


def test_row_loop_with_no_items_deletes_the_row_and_moves_what_is_below_up(tmp_path):
    sheet = render(tmp_path, _list_template(), {"items": []})
    assert sheet["A1"].value == "No."
    assert sheet["A2"].value == "below" and sheet["B2"].value == 0
    assert sheet["A4"].value == "further below"
    assert sheet["A5"].value is None
    assert placeholders(sheet.parent) == []


def test_two_row_loops_each_get_their_rows(tmp_path):
    sheet = render(
        tmp_path,
        {
            "A1": "{% for a in xs %}{{ a }}",
            "A2": "=SUM(A{{ rows.a.first }}:A{{ rows.a.last }})",
            "A3": "{% for b in ys %}{{ b }}",
            "A4": "=SUM(A{{ rows.b.first }}:A{{ rows.b.last }})",
            "B4": "{{ rows.a.count }} and {{ rows.b.count }}",
        },
        {"xs": [1, 2, 3], "ys": [4, 5]},
    )
    assert [sheet[f"A{r}"].value for r in (1, 2, 3)] == [1, 2, 3]
    assert sheet["A4"].value == "=SUM(A1:A3)"
    assert [sheet[f"A{r}"].value for r in (5, 6)] == [4, 5]
    assert sheet["A7"].value == "=SUM(A5:A6)"
    assert sheet["B7"].value == "3 and 2"


def test_loop_over_something_that_is_not_a_list_is_an_error(tmp_path):
    with pytest.raises(WorkbookTemplateError, match=r"cell A2"):
        render(tmp_path, {"A2": "{% for t in n %}{{ t }}"}, {"n": 5})


# --- styles, heights, merged cells, widths, print settings --------------------------------------


def test_styles_are_kept_on_repeated_rows(tmp_path):
    thin = Side(style="thin", color="9AA5B1")

    def setup(sheet):
        for column in "AB":
            cell = sheet[f"{column}2"]
            cell.font = Font(bold=True, color="FF112233")
            cell.fill = PatternFill("solid", fgColor="DDE4EE")
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(horizontal="right")
        sheet["B2"].number_format = "#,##0"
        sheet["A3"].font = Font(italic=True)

    sheet = render(tmp_path, _list_template(), {"items": ITEMS3}, setup)
    for row in (2, 3, 4):
        cell = sheet[f"B{row}"]
        assert cell.font.bold, row
        assert fill_of(cell) == "DDE4EE", row
        assert cell.number_format == "#,##0", row
        assert cell.border.left.style == "thin" and cell.border.bottom.style == "thin", row
        assert cell.alignment.horizontal == "right", row
    assert sheet["A5"].font.italic  # the row below kept its own style when it moved
    assert not sheet["A5"].font.bold


def test_conditional_formatting_on_the_loop_row_covers_the_repeated_rows(tmp_path):
    """A user restyles a return in Excel, e.g. late dates in red: the rule on the loop row
    must apply to every row the loop fills (Excel extends it when rows are inserted)."""
    from openpyxl.formatting.rule import CellIsRule

    def setup(sheet):
        red = PatternFill("solid", fgColor="FFC7CE")
        rule = CellIsRule(operator="greaterThan", formula=["15"], fill=red)
        sheet.conditional_formatting.add("B2:B2", rule)

    sheet = render(tmp_path, _list_template(), {"items": ITEMS3}, setup)
    ranges = {str(area.sqref) for area in sheet.conditional_formatting}
    assert ranges == {"B2:B4"}


def _heights(sheet):
    sheet.row_dimensions[1].height = 20
    sheet.row_dimensions[2].height = 30
    sheet.row_dimensions[3].height = 40
    sheet.row_dimensions[5].height = 50


def heights_of(sheet) -> dict[int, float]:
    return {n: d.height for n, d in sheet.row_dimensions.items() if d.height is not None}


def test_row_heights_are_kept_and_moved_with_three_items(tmp_path):
    sheet = render(tmp_path, _list_template(), {"items": ITEMS3}, _heights)
    assert heights_of(sheet) == {1: 20, 2: 30, 3: 30, 4: 30, 5: 40, 7: 50}


def test_row_heights_move_up_when_the_loop_has_no_items(tmp_path):
    sheet = render(tmp_path, _list_template(), {"items": []}, _heights)
    # The loop row (30) is gone; "below" (40) is now row 2 and "further below" (50) row 4.
    assert heights_of(sheet) == {1: 20, 2: 40, 4: 50}


def _merges(sheet):
    sheet.merge_cells("A1:D1")  # above the loop
    sheet.merge_cells("C2:D2")  # on the loop row
    sheet.merge_cells("A5:D5")  # below the loop


def merged(sheet) -> set[str]:
    return {str(area) for area in sheet.merged_cells.ranges}


def test_merged_cells_below_a_loop_move_and_those_on_it_repeat(tmp_path):
    sheet = render(tmp_path, _list_template(), {"items": ITEMS3}, _merges)
    assert merged(sheet) == {"A1:D1", "C2:D2", "C3:D3", "C4:D4", "A7:D7"}
    assert sheet["A7"].value == "further below"


def test_merged_cells_below_an_empty_loop_move_up(tmp_path):
    sheet = render(tmp_path, _list_template(), {"items": []}, _merges)
    assert merged(sheet) == {"A1:D1", "A4:D4"}
    assert sheet["A4"].value == "further below"


def test_column_widths_are_kept(tmp_path):
    def setup(sheet):
        sheet.column_dimensions["A"].width = 6
        sheet.column_dimensions["B"].width = 22
        sheet.column_dimensions["C"].width = 13

    sheet = render(tmp_path, _list_template(), {"items": ITEMS3}, setup)
    assert sheet.column_dimensions["A"].width == 6
    assert sheet.column_dimensions["B"].width == 22
    assert sheet.column_dimensions["C"].width == 13


def _print_settings(sheet):
    # the page the built-in templates print on
    load_script("templates/returns/make_templates.py").print_setup(sheet)
    sheet.print_title_rows = "1:1"
    sheet.freeze_panes = "B2"


def test_print_settings_and_freeze_panes_are_kept(tmp_path):
    sheet = render(tmp_path, _list_template(), {"items": ITEMS3}, _print_settings)
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == str(sheet.PAPERSIZE_A4)
    assert int(sheet.page_setup.fitToWidth) == 1
    assert int(sheet.page_setup.fitToHeight) == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_margins.left == 0.4 and sheet.page_margins.top == 0.5
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.freeze_panes == "B2"


def test_a_print_area_over_the_loop_grows_with_it(tmp_path):
    """Excel grows a print area when rows are inserted inside it; otherwise the printed return
    stops in the middle of the list and leaves out what was below it."""

    def setup(sheet):
        sheet.print_area = "A1:C5"

    sheet = render(tmp_path, _list_template(), {"items": ITEMS3}, setup)
    assert sheet.print_area == "'Sheet'!$A$1:$C$7"


# --- formulas -----------------------------------------------------------------------------------


def _formula_template() -> dict:
    return {
        "A1": "Item",
        "A2": "{% for t in items %}{{ t.n }}",
        "B2": "{{ t.x }}",
        "C2": "{{ t.n }}",
        "D2": "=B2*C2",
        "E2": "=$B$1+B2",
        "A3": "Total",
        "B3": "=SUM(B2:B2)",
        "C3": "=SUM(B1:B3)",
        "B4": "=B2+B3",
        "B6": "=B3*2",
        "C6": '=IF(B3>0,"B3","none")',
        "D6": "=$B$3+B$3",
    }


def test_a_static_formula_below_the_loop_moves_and_its_range_grows(tmp_path):
    sheet = render(tmp_path, _formula_template(), {"items": ITEMS3})
    assert sheet["B5"].value == "=SUM(B2:B4)"  # the range ending on the loop row grows
    assert sheet["C5"].value == "=SUM(B1:B5)"  # a range across the loop takes in the new rows
    assert sheet["B6"].value == "=B2+B5"
    assert sheet["B8"].value == "=B5*2"  # "=B6*2" two rows further down in the template
    assert sheet["C8"].value == '=IF(B5>0,"B3","none")'  # a string literal is left alone
    assert sheet["D8"].value == "=$B$5+B$5"  # absolute rows move too, as in Excel
    assert sheet["B5"].data_type == "f"


def test_a_formula_on_the_loop_row_is_copied_relative(tmp_path):
    sheet = render(tmp_path, _formula_template(), {"items": ITEMS3})
    assert [sheet[f"D{r}"].value for r in (2, 3, 4)] == ["=B2*C2", "=B3*C3", "=B4*C4"]
    assert [sheet[f"E{r}"].value for r in (2, 3, 4)] == ["=$B$1+B2", "=$B$1+B3", "=$B$1+B4"]


def test_formulas_with_one_item_are_unchanged(tmp_path):
    sheet = render(tmp_path, _formula_template(), {"items": ITEMS3[:1]})
    assert sheet["D2"].value == "=B2*C2"
    assert sheet["B3"].value == "=SUM(B2:B2)"
    assert sheet["B6"].value == "=B3*2"


def test_a_loop_row_formula_pointing_below_the_loop_follows_what_it_points_at(tmp_path):
    """A share-of-total column: ``=B2/B$4`` with the total in row 4. With three items the total
    is in row 6, so every item row must divide by B$6 (Excel: insert rows, fill down)."""
    template = {
        "A2": "{% for t in items %}{{ t.n }}",
        "B2": "{{ t.x }}",
        "C2": "=B2/B$4",
        "A4": "Total",
        "B4": "=SUM(B2:B2)",
    }
    sheet = render(tmp_path, template, {"items": ITEMS3})
    assert sheet["B6"].value == "=SUM(B2:B4)"
    assert [sheet[f"C{r}"].value for r in (2, 3, 4)] == ["=B2/B$6", "=B3/B$6", "=B4/B$6"]


def test_a_loop_row_formula_with_jinja_refers_to_its_own_row(tmp_path):
    """``=B2*{{ t.rate }}`` on the loop row: the second item's row must multiply B3, not B2
    (a template has no other way to name the current row)."""
    template = {"A2": "{% for t in items %}{{ t.n }}", "B2": "{{ t.x }}", "C2": "=B2*{{ t.n }}"}
    sheet = render(tmp_path, template, {"items": ITEMS3})
    assert [sheet[f"C{r}"].value for r in (2, 3, 4)] == ["=B2*1", "=B3*2", "=B4*3"]


def test_an_author_formula_uses_the_rows_a_loop_filled(tmp_path):
    template = {
        "A1": "Item",
        "A2": "{% for t in items %}{{ t.n }}",
        "B2": "{{ t.x }}",
        "B3": "=SUM(B{{ rows.t.first }}:B{{ rows.t.last }})",
        "C3": "=COUNT(B{{ rows.t.first }}:B{{ rows.t.last }})+{{ rows.t.count }}",
    }
    sheet = render(tmp_path, template, {"items": ITEMS3})
    assert sheet["B5"].value == "=SUM(B2:B4)"
    assert sheet["B5"].data_type == "f"
    assert sheet["C5"].value == "=COUNT(B2:B4)+3"


def test_a_total_below_an_empty_loop_does_not_refer_to_itself(tmp_path):
    """With no items the loop row is deleted and the total row moves up into it; its sum must
    not become a circular reference to its own cell."""
    sheet = render(tmp_path, _formula_template(), {"items": []})
    assert sheet["A2"].value == "Total"
    assert "B2" not in references(sheet["B2"].value), sheet["B2"].value


def test_rows_of_an_empty_loop_do_not_make_a_circular_reference(tmp_path):
    template = {
        "A1": "Item",
        "A2": "{% for t in items %}{{ t.n }}",
        "B2": "{{ t.x }}",
        "B3": "=SUM(B{{ rows.t.first }}:B{{ rows.t.last }})",
    }
    sheet = render(tmp_path, template, {"items": []})
    assert sheet["B2"].data_type == "f"
    assert "B2" not in references(sheet["B2"].value), sheet["B2"].value


# --- column loops -------------------------------------------------------------------------------

YEARS = [{"year": 2022, "label": "FY2022"}, {"year": 2023, "label": "FY2023"}, {"year": 2024}]


def _country_template() -> dict:
    return {
        "A1": "{{ title }}",
        "A3": "Country",
        "B3": "{%col for y in years %}{{ y.year }}",
        "C3": "Total",
        "A4": "{% for c in countries %}{{ c.name }}",
        "B4": "{{ c.counts[y.year] }}",
        "C4": "{{ c.total }}",
        "A5": "Total",
        "B5": "{{ totals[y.year] }}",
        "C5": "{{ grand }}",
        "A7": "note",
    }


COUNTRIES = {
    "title": "By country",
    "years": YEARS,
    "countries": [
        {"name": "Philippines", "counts": {2022: 1, 2023: 0, 2024: 2}, "total": 3},
        {"name": "Vietnam", "counts": {2022: 0, 2023: 1, 2024: 1}, "total": 2},
    ],
    "totals": {2022: 1, 2023: 1, 2024: 3},
    "grand": 5,
}


def _country_styles(sheet):
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 11
    sheet.column_dimensions["C"].width = 15
    for column in "ABC":
        sheet[f"{column}3"].font = Font(bold=True)
        sheet[f"{column}3"].fill = PatternFill("solid", fgColor="DDE4EE")
        sheet[f"{column}4"].number_format = "#,##0"


def test_column_loop_repeats_its_column_for_every_row(tmp_path):
    sheet = render(tmp_path, _country_template(), COUNTRIES, _country_styles)
    assert [c.value for c in sheet["A3:E3"][0]] == ["Country", 2022, 2023, 2024, "Total"]
    assert [c.value for c in sheet["A4:E4"][0]] == ["Philippines", 1, 0, 2, 3]
    assert [c.value for c in sheet["A5:E5"][0]] == ["Vietnam", 0, 1, 1, 2]
    assert [c.value for c in sheet["A6:E6"][0]] == ["Total", 1, 1, 3, 5]
    assert sheet["A8"].value == "note"
    for column in "BCD":
        assert sheet[f"{column}3"].font.bold and fill_of(sheet[f"{column}3"]) == "DDE4EE"
        assert sheet[f"{column}4"].number_format == "#,##0"
        assert sheet[f"{column}5"].number_format == "#,##0"  # row loop inside column loop
        assert sheet.column_dimensions[column].width == 11  # the loop column's width, copied
    assert sheet.column_dimensions["A"].width == 22
    assert placeholders(sheet.parent) == []


def test_column_loop_keeps_the_width_of_the_columns_to_its_right(tmp_path):
    sheet = render(tmp_path, _country_template(), COUNTRIES, _country_styles)
    assert sheet["E3"].value == "Total"
    assert sheet.column_dimensions["E"].width == 15


def test_column_loop_grows_a_merged_title_across_it(tmp_path):
    def setup(sheet):
        _country_styles(sheet)
        sheet.merge_cells("A1:C1")

    sheet = render(tmp_path, _country_template(), COUNTRIES, setup)
    assert merged(sheet) == {"A1:E1"}


def test_column_loop_moves_formulas_like_excel(tmp_path):
    """A per-year sum copied across the years refers to its own year's column; the total
    column's formula follows the total column, which is now E."""
    template = _country_template() | {
        "B5": "=SUM(B4:B4)",
        "C5": "=SUM(C4:C4)",
        "D5": "=C5*2",
    }
    sheet = render(tmp_path, template, COUNTRIES)
    assert [sheet[f"{c}6"].value for c in "BCD"] == ["=SUM(B4:B5)", "=SUM(C4:C5)", "=SUM(D4:D5)"]
    assert sheet["E6"].value == "=SUM(E4:E5)"
    assert sheet["F6"].value == "=E6*2"


def test_column_loop_over_nothing_leaves_its_column_empty(tmp_path):
    sheet = render(tmp_path, _country_template(), COUNTRIES | {"years": []})
    assert sheet["B3"].value is None and sheet["B4"].value is None
    assert sheet["C3"].value == "Total" and sheet["C4"].value == 3
    assert placeholders(sheet.parent) == []


def test_no_placeholder_is_left_anywhere(tmp_path):
    template = _country_template() | {
        "E1": "{{ title }} / {{ grand }}",
        "E2": "{% if grand > 3 %}many{% else %}few{% endif %}",
        "A9": "=COUNTA(A{{ rows.c.first }}:A{{ rows.c.last }})",
    }
    data = render_bytes(tmp_path, template, COUNTRIES)
    book = load_workbook(io.BytesIO(data))
    assert placeholders(book) == []
    assert all("{{" not in f and "{%" not in f for f in formulas_in_xml(data))
    assert book.worksheets[0]["G2"].value == "many"  # E moved to G by the two new columns
    assert book.worksheets[0]["A10"].value == "=COUNTA(A4:A5)"  # the countries' rows


def test_every_sheet_is_filled(tmp_path):
    def setup(sheet):
        second = sheet.parent.create_sheet("Notes")
        second["A1"] = "{{ title }}"
        second["A2"] = "{% for t in items %}{{ t.n }}"

    sheet = render(tmp_path, {"A1": "{{ title }}"}, {"title": "T", "items": ITEMS3}, setup)
    notes = sheet.parent["Notes"]
    assert sheet["A1"].value == "T" and notes["A1"].value == "T"
    assert [notes[f"A{r}"].value for r in (2, 3, 4)] == [1, 2, 3]
    assert placeholders(sheet.parent) == []


# --- untrusted templates: the sandbox and clear errors ------------------------------------------

HOSTILE = [
    "''.__class__.__mro__",
    "''.__class__.__mro__[1].__subclasses__()",
    "cycler.__init__.__globals__.os",
    "cycler.__init__.__globals__.os.system('touch PWNED')",
    "joiner.__init__.__globals__.os.popen('touch PWNED').read()",
    "lipsum.__globals__['os'].system('touch PWNED')",
    "self.__init__.__globals__.__builtins__.__import__('os').system('touch PWNED')",
    "__import__('os').system('touch PWNED')",
    "range.__self__.__import__('os').system('touch PWNED')",
]


def _place(expression: str, placement: str) -> dict:
    if placement == "alone":
        return {"C4": f"{{{{ {expression} }}}}"}
    if placement == "in text":
        return {"C4": f"Host: {{{{ {expression} }}}}"}
    if placement == "loop":
        return {"C4": f"{{% for x in {expression} %}}{{{{ x }}}}"}
    return {"C4": f"=SUM({{{{ {expression} }}}})"}  # an author's formula


@pytest.mark.parametrize("placement", ["alone", "in text", "loop", "formula"])
@pytest.mark.parametrize("expression", HOSTILE)
def test_hostile_template_is_stopped_with_a_clear_error(
    tmp_path, monkeypatch, expression, placement
):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(WorkbookTemplateError) as caught:
        render(tmp_path, _place(expression, placement), {"items": []})
    message = str(caught.value)
    assert "template.xlsx" in message and "sheet 'Sheet'" in message and "cell C4" in message
    assert "\n" not in message
    assert not (tmp_path / "PWNED").exists()


@pytest.mark.parametrize(
    "expression",
    [
        "''.__class__",
        "lipsum.__globals__",
        "cycler.__init__",
        "v.__class__",
    ],
)
@pytest.mark.parametrize("placement", ["alone", "in text"])
def test_unsafe_attribute_alone_in_a_cell_is_a_template_error(tmp_path, expression, placement):
    """Even without a further step, reaching for a dunder attribute is stopped with
    WorkbookTemplateError naming the cell (not a bare jinja2 SecurityError)."""
    with pytest.raises(WorkbookTemplateError, match=r"sheet 'Sheet', cell C4"):
        render(tmp_path, _place(expression, placement), {"v": None})


@pytest.mark.parametrize("placement", ["alone", "in text", "formula"])
def test_something_that_does_not_exist_is_a_template_error(tmp_path, placement):
    """A typo in a repository template (``host.nmae``) names the cell."""
    with pytest.raises(WorkbookTemplateError, match=r"cell C4 uses something that does not exist"):
        render(tmp_path, _place("host.nmae", placement), {"host": {"name": "Okazaki"}})


@pytest.mark.parametrize("placement", ["alone", "in text", "formula"])
@pytest.mark.parametrize("expression", ["1 / 0", "v + 1", "v.x()"])
def test_an_expression_failing_on_the_data_is_a_template_error(tmp_path, expression, placement):
    with pytest.raises(WorkbookTemplateError, match=r"sheet 'Sheet', cell C4"):
        render(tmp_path, _place(expression, placement), {"v": None})


@pytest.mark.parametrize(
    "text",
    ["{{ host.name ", "Host: {{ host.name }", "{% if x %}yes", "=SUM({{ a b }})", "{{ a b }}"],
)
def test_a_syntax_error_names_template_sheet_and_cell(tmp_path, text):
    def setup(sheet):
        notes = sheet.parent.create_sheet("Notes")
        notes["C5"] = text

    with pytest.raises(WorkbookTemplateError) as caught:
        render(tmp_path, {"A1": "{{ 1 }}"}, {"host": {"name": "x"}, "x": 1, "a": 1}, setup)
    message = str(caught.value)
    assert message.startswith("template.xlsx, sheet 'Notes', cell C5 has a template syntax error")
    assert "\n" not in message


def test_an_error_below_a_loop_names_the_cell_of_the_template(tmp_path):
    """The author fixes the template, so the message names the template's cell (B6), not
    where the cell landed after a loop above it grew (B8)."""
    template = _list_template() | {"B6": "Total: {{ items | sum(attribute='x' }}"}
    with pytest.raises(WorkbookTemplateError, match=r"cell B6 has a template syntax error"):
        render(tmp_path, template, {"items": ITEMS3})


def test_a_file_that_is_not_a_workbook_is_a_template_error(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_text("not a workbook")
    with pytest.raises(WorkbookTemplateError, match=r"broken.xlsx is not a readable .xlsx"):
        render_workbook(path, {}, env=environment(()))


def test_cells_without_jinja_are_left_alone(tmp_path):
    template = {"A1": "plain", "B1": 3, "C1": "=1+2", "D1": "50% {not jinja}", "E1": "{ {x} }"}
    sheet = render(tmp_path, template, {})
    assert [c.value for c in cells(sheet.parent)] == [
        "plain",
        3,
        "=1+2",
        "50% {not jinja}",
        "{ {x} }",
    ]
