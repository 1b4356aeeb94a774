"""A Table as an Excel workbook (openpyxl): a header row, real number and date cells, frozen
panes, column widths; text that begins like a formula is stored as text."""

from __future__ import annotations

import unicodedata
from datetime import date

from lgotp_cli.i18n import is_japanese
from lgotp_cli.i18n.formats import fiscal_year_format, money_format
from lgotp_cli.render import RenderContext
from lgotp_cli.render.guard import is_formula_like, spreadsheet_text
from lgotp_cli.render.workbook_bytes import workbook_bytes
from lgotp_cli.reports.table import Table, display

_WORDS = frozenset(("status", "dispatch_status", "host_type", "tax_kind"))


def _width(text: str) -> int:
    # East Asian wide characters take two columns in Excel's default fonts.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def to_xlsx(tables: list[Table], lang: str) -> bytes:
    """The workbook's bytes: a sheet per table."""
    from openpyxl import Workbook

    workbook = Workbook()
    for index, table in enumerate(tables):
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        _fill(sheet, table, lang)
    return workbook_bytes(workbook)


def _fill(sheet, table: Table, lang: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    sheet.title = _sheet_title(table.title(lang))
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE4EE")
    widths = []
    for number, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=1, column=number, value=column.label(lang))
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=False)
        widths.append(_width(column.label(lang)))
    for row_index, row in enumerate(table.rows):
        total = table.is_total(row_index)
        for number, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
            cell = sheet.cell(row=row_index + 2, column=number)
            _set(cell, value, column, lang)
            if total:
                cell.font = header_font
            widths[number - 1] = max(widths[number - 1], _width(display(value, column, lang)))
    for number, width in enumerate(widths, start=1):
        letter = sheet.cell(row=1, column=number).column_letter
        sheet.column_dimensions[letter].width = min(60, width + 2)
    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = sheet.dimensions
    for offset, note in enumerate(table.notes, start=len(table.rows) + 3):
        sheet.cell(row=offset, column=1, value=note).data_type = "s"


def _set(cell, value, column, lang: str) -> None:
    if value is None:
        return
    if isinstance(value, bool) or column.kind in _WORDS:
        # Words people read (Completed / 修了), not the codes behind them.
        cell.value = display(value, column, lang)
    elif column.kind == "fiscal_year" and isinstance(value, int) and is_japanese(lang):
        cell.value = display(value, column, lang)  # 令和6年度: an era year is text
    elif isinstance(value, int):
        cell.value = value
        if column.kind == "money":
            cell.number_format = money_format(lang)
        elif column.kind == "int":
            cell.number_format = "#,##0"
        elif column.kind == "fiscal_year":
            # The value stays a number; the format shows it as people write it.
            cell.number_format = fiscal_year_format(lang)
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
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
    return to_xlsx(tables, context.lang)
