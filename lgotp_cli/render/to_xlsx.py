"""A Table as an Excel workbook (openpyxl): a title row, a header row, real number and date
cells, frozen panes, filters, fitted widths (long text wrapped), A4 landscape one page wide with
the title and header on every page; text that begins like a formula is stored as text."""

from __future__ import annotations

from datetime import date

from lgotp_cli.i18n import is_japanese
from lgotp_cli.i18n.formats import ISO, Style, date_format, fiscal_year_format, money_format
from lgotp_cli.render import RenderContext
from lgotp_cli.render.guard import is_formula_like, spreadsheet_text
from lgotp_cli.render.sheet_layout import cell_width, set_up_printing
from lgotp_cli.render.workbook_bytes import workbook_bytes
from lgotp_cli.reports.table import TOTAL, Table, display

_WORDS = frozenset(("status", "dispatch_status", "host_type", "tax_kind"))


def to_xlsx(tables: list[Table], lang: str, style: Style = ISO) -> bytes:
    """The workbook's bytes: a sheet per table; dates and negative yen formatted as ``style``
    writes them (the cells keep real dates and numbers)."""
    from openpyxl import Workbook

    workbook = Workbook()
    for index, table in enumerate(tables):
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        _fill(sheet, table, lang, style)
    return workbook_bytes(workbook)


# The table's title stands in row 1, its header in row 2 and its rows from row 3.
TITLE_ROW, HEADER_ROW, FIRST_ROW = 1, 2, 3
_WIDEST = 40  # characters; a longer text wraps within its cell


def _fill(sheet, table: Table, lang: str, style: Style) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    sheet.title = _sheet_title(table.title(lang))
    title = sheet.cell(row=TITLE_ROW, column=1, value=spreadsheet_text(table.title(lang)))
    title.font = Font(bold=True, size=14)
    title.data_type = "s"
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE4EE")
    wrapped = Alignment(vertical="top", wrap_text=True)
    widths = []
    for number, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=number, value=column.label(lang))
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        widths.append(min(_WIDEST, cell_width(column.label(lang))))
    for row_index, row in enumerate(table.rows):
        total = table.is_total(row_index)
        for number, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
            cell = sheet.cell(row=row_index + FIRST_ROW, column=number)
            _set(cell, value, column, lang, style)
            if total:
                cell.font = header_font
            shown = cell_width(display(value, column, lang, style))
            if shown > _WIDEST:
                cell.alignment = wrapped
            widths[number - 1] = max(widths[number - 1], min(_WIDEST, shown))
    for number, width in enumerate(widths, start=1):
        letter = sheet.cell(row=HEADER_ROW, column=number).column_letter
        sheet.column_dimensions[letter].width = width + 2
    sheet.freeze_panes = sheet.cell(row=FIRST_ROW, column=1).coordinate
    if table.rows:
        last = sheet.cell(row=HEADER_ROW + len(table.rows), column=len(table.columns))
        sheet.auto_filter.ref = f"A{HEADER_ROW}:{last.coordinate}"
    set_up_printing(sheet, title_rows=f"{TITLE_ROW}:{HEADER_ROW}")
    for offset, note in enumerate(table.notes, start=len(table.rows) + FIRST_ROW + 1):
        sheet.cell(row=offset, column=1, value=note).data_type = "s"


def _set(cell, value, column, lang: str, style: Style) -> None:
    if value is None:
        return
    if value == TOTAL and column.kind != "code" and is_japanese(lang):
        # A total row's marker outside a column of codes (where it is the code JSON has): 合計
        # where a year would be, else blank, as md and html show it. An English workbook
        # keeps the marker, an English word, as it always has.
        cell.value = display(value, column, lang) or None
        return
    if isinstance(value, bool) or column.kind in _WORDS:
        # Words people read (Completed / 修了), not the codes behind them.
        cell.value = display(value, column, lang)
    elif column.kind == "fiscal_year" and isinstance(value, int) and is_japanese(lang):
        cell.value = display(value, column, lang)  # 令和6年度: an era year is text
    elif isinstance(value, int):
        cell.value = value
        if column.kind == "money":
            cell.number_format = money_format(lang, style)
        elif column.kind == "int":
            cell.number_format = "#,##0"
        elif column.kind == "fiscal_year":
            # The value stays a number; the format shows it as people write it.
            cell.number_format = fiscal_year_format(lang)
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = date_format(lang, style)
    else:
        text = spreadsheet_text(str(value))
        cell.value = text
        if is_formula_like(text):
            cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula


def _sheet_title(title: str) -> str:
    for character in "[]:*?/\\":
        title = title.replace(character, " ")
    return title[:31] or "Sheet"


def render(tables: list[Table], context: RenderContext) -> bytes:
    """The renderer of the xlsx format: a sheet each table."""
    return to_xlsx(tables, context.lang, context.style)
