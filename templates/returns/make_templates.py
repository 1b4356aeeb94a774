"""Make the built-in workbook templates of `lgotp return` (run once after changing this file):

    python templates/returns/make_templates.py

Each template is an ordinary workbook, styled as a staff member would style it in Excel; its
cells hold Jinja (see lgotp_cli/render/workbook.py). Labels come from `labels`, so one template
serves both languages. Users restyle their own copy in Excel and put it in records/templates/.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

HERE = Path(__file__).resolve().parent
TITLE = Font(bold=True, size=14)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDE4EE")
TOTAL_FILL = PatternFill("solid", fgColor="F3F5F9")
THIN = Side(style="thin", color="9AA5B1")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
YEN = "#,##0"
DATE = "yyyy-mm-dd"


def print_setup(sheet) -> None:
    """The page every built-in template prints on: A4 landscape, as wide as one page, narrow
    margins."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.5)


def _sheet(title: str, widths: list[int], *, merge_title: str | None = None):
    """The one sheet of a new workbook, named ``title``, its columns ``widths`` wide, printed
    as ``print_setup`` says; A1 holds the report's title (merged over ``merge_title``)."""
    sheet = Workbook().active
    sheet.title = title
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    print_setup(sheet)
    sheet["A1"] = "{{ labels.title }}"
    sheet["A1"].font = TITLE
    if merge_title:
        sheet.merge_cells(merge_title)
    return sheet


def _save(sheet, name: str, *, freeze: str, title_rows: str | None = None) -> None:
    """Freeze the panes at ``freeze``, repeat ``title_rows`` on every printed page, and save the
    workbook as ``name`` here."""
    sheet.freeze_panes = freeze
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.parent.save(HERE / name)


def _header(sheet, row: int, cells: list[str]) -> None:
    for column, text in enumerate(cells, start=1):
        cell = sheet.cell(row=row, column=column, value=text)
        cell.font, cell.fill, cell.border = BOLD, HEAD_FILL, BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _row(
    sheet, row: int, cells: list[str], formats: dict[int, str] | None = None, total: bool = False
) -> None:
    for column, text in enumerate(cells, start=1):
        cell = sheet.cell(row=row, column=column, value=text)
        cell.border = BOX
        if formats and column in formats:
            cell.number_format = formats[column]
        if total:
            cell.font, cell.fill = BOLD, TOTAL_FILL


def reimbursement() -> None:
    sheet = _sheet(
        "return",
        [6, 16, 22, 12, 12, 12, 14, 11, 12, 13, 12, 12, 11, 13, 16, 14, 10, 14],
        merge_title="A1:R1",
    )
    sheet["A2"] = "{{ labels.fiscal_year }}: {{ fiscal_year_label }}"
    sheet["A3"] = "{{ labels.host }}: {{ host.name }} ({{ host.code }}), {{ host.type }}"
    sheet["A4"] = "{{ labels.measure }}: {{ measure_label }}; {{ labels.rates }}: {{ rates_label }}"
    for cell in ("A2", "A3", "A4"):
        sheet[cell].font = BOLD
    sheet.merge_cells("A2:R2")
    sheet.merge_cells("A3:R3")
    sheet.merge_cells("A4:R4")
    _header(
        sheet,
        6,
        [
            "No.",
            "{{ labels.id }}",
            "{{ labels.name }}",
            "{{ labels.country }}",
            "{{ labels.arrival }}",
            "{{ labels.end }}",
            "{{ labels.months }}",
            "{{ labels.airfare }}",
            "{{ labels.accommodation }}",
            "{{ labels.living_allowance }}",
            "{{ labels.training }}",
            "{{ labels.domestic_travel }}",
            "{{ labels.other }}",
            "{{ labels.costs_total }}",
            "{{ labels.base }}",
            "{{ labels.amount }}",
            "{{ labels.ratio }}",
            "{{ labels.net_burden }}",
        ],
    )
    sheet.row_dimensions[6].height = 32
    money = {column: YEN for column in (8, 9, 10, 11, 12, 13, 14, 15, 16, 18)}
    _row(
        sheet,
        7,
        [
            "{% for t in trainees %}{{ loop.index }}",
            "{{ t.id }}",
            "{{ t.name }}",
            "{{ t.country }}",
            "{{ t.arrival }}",
            "{{ t.end }}",
            "{{ t.months }}",
            "{{ t.airfare }}",
            "{{ t.accommodation }}",
            "{{ t.living_allowance }}",
            "{{ t.training }}",
            "{{ t.domestic_travel }}",
            "{{ t.other }}",
            "{{ t.costs_total }}",
            "{{ t.base }}",
            "{{ t.amount }}",
            "{{ t.ratio }}",
            "{{ t.net_burden }}",
        ],
        {**money, 5: DATE, 6: DATE, 17: "0.00"},
    )
    _row(
        sheet,
        8,
        [
            "",
            "{{ labels.total }}",
            "",
            "",
            "",
            "",
            "",
            "=SUM(H{{ rows.t.first }}:H{{ rows.t.last }})",
            "=SUM(I{{ rows.t.first }}:I{{ rows.t.last }})",
            "=SUM(J{{ rows.t.first }}:J{{ rows.t.last }})",
            "=SUM(K{{ rows.t.first }}:K{{ rows.t.last }})",
            "=SUM(L{{ rows.t.first }}:L{{ rows.t.last }})",
            "=SUM(M{{ rows.t.first }}:M{{ rows.t.last }})",
            "=SUM(N{{ rows.t.first }}:N{{ rows.t.last }})",
            "",
            "{{ allocation_tax }}",
            "",
            "{{ net_burden }}",
        ],
        money,
        total=True,
    )
    sheet["A10"] = "{{ labels.note_measure }}"
    sheet["A11"] = "{{ rates_note }}"
    sheet["A12"] = "{{ missing_note }}"
    _save(sheet, "reimbursement.xlsx", freeze="C7", title_rows="6:6")


def survey() -> None:
    sheet = _sheet(
        "survey",
        [6, 11, 16, 14, 14, 13, 16, 8, 16, 20, 10, 8, 12, 12, 12, 22, 26],
        merge_title="A1:Q1",
    )
    sheet["A2"] = "{{ labels.deadlines }}"
    sheet.merge_cells("A2:Q2")
    _header(
        sheet,
        4,
        [
            "No.",
            "{{ labels.host_code }}",
            "{{ labels.host }}",
            "{{ labels.intention }}",
            "{{ labels.method }}",
            "{{ labels.relationship }}",
            "{{ labels.partner }}",
            "{{ labels.trainees }}",
            "{{ labels.countries }}",
            "{{ labels.fields }}",
            "{{ labels.language }}",
            "{{ labels.months }}",
            "{{ labels.form1 }}",
            "{{ labels.form2 }}",
            "{{ labels.form3 }}",
            "{{ labels.late }}",
            "{{ labels.contact }}",
        ],
    )
    sheet.row_dimensions[4].height = 32
    _row(
        sheet,
        5,
        [
            "{% for r in requests %}{{ loop.index }}",
            "{{ r.host_code }}",
            "{{ r.host_name }}",
            "{{ r.intention }}",
            "{{ r.method }}",
            "{{ r.relationship }}",
            "{{ r.partner }}",
            "{{ r.trainees }}",
            "{{ r.countries }}",
            "{{ r.fields }}",
            "{{ r.language }}",
            "{{ r.months }}",
            "{{ r.form1 }}",
            "{{ r.form2 }}",
            "{{ r.form3 }}",
            "{{ r.late }}",
            "{{ r.contact }}",
        ],
        {13: DATE, 14: DATE, 15: DATE},
    )
    sheet["A7"] = "{{ labels.count }}: {{ requests | length }}"
    _save(sheet, "survey.xlsx", freeze="D5", title_rows="4:4")


def listing() -> None:
    sheet = _sheet("list", [6, 17, 14, 14, 16, 28, 10, 18, 18, 12, 12, 12], merge_title="A1:L1")
    _header(
        sheet,
        3,
        [
            "No.",
            "{{ labels.id }}",
            "{{ labels.country }}",
            "{{ labels.family_name }}",
            "{{ labels.given_name }}",
            "{{ labels.employer }}",
            "{{ labels.host_code }}",
            "{{ labels.host }}",
            "{{ labels.field }}",
            "{{ labels.arrival }}",
            "{{ labels.departure }}",
            "{{ labels.status }}",
        ],
    )
    _row(
        sheet,
        4,
        [
            "{% for t in trainees %}{{ t.no }}",
            "{{ t.id }}",
            "{{ t.country }}",
            "{{ t.family_name }}",
            "{{ t.given_name }}",
            "{{ t.employer }}",
            "{{ t.host_code }}",
            "{{ t.host }}",
            "{{ t.field }}",
            "{{ t.arrival }}",
            "{{ t.departure }}",
            "{{ t.status }}",
        ],
        {10: DATE, 11: DATE},
    )
    _save(sheet, "list.xlsx", freeze="C4", title_rows="3:3")


def countries() -> None:
    sheet = _sheet("countries", [22, 11, 10])
    _header(
        sheet,
        3,
        ["{{ labels.country }}", "{%col for y in years %}{{ y.label }}", "{{ labels.total }}"],
    )
    _row(
        sheet,
        4,
        ["{% for c in countries %}{{ c.name }}", "{{ c.counts[y.year] }}", "{{ c.total }}"],
        {2: "#,##0", 3: "#,##0"},
    )
    _row(
        sheet,
        5,
        ["{{ labels.total }}", "{{ totals[y.year] }}", "{{ grand_total }}"],
        {2: "#,##0", 3: "#,##0"},
        total=True,
    )
    sheet["A7"] = "{{ labels.note }}"
    _save(sheet, "countries.xlsx", freeze="B4")


if __name__ == "__main__":
    reimbursement()
    survey()
    listing()
    countries()
    print(f"wrote the workbook templates in {HERE}")
