"""How a worksheet is laid out for people: column widths measured as Excel measures them, the
page set up to print (A4 landscape, one page wide, the header repeated on every page), and
number formats changed to those a reader expects (Japanese dates, △ for negatives).
Every workbook lgotp writes (reports, returns' lists, the export) uses these."""

from __future__ import annotations

import unicodedata


def cell_width(text: str) -> int:
    """``text``'s width in Excel's default font: East Asian wide characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def set_up_printing(
    sheet,
    *,
    title_rows: str,
    orientation: str = "landscape",
    title_columns: str | None = None,
) -> None:
    """A4 landscape (or ``orientation="portrait"``), ``title_rows`` (``"1:2"``) repeated at the
    top of every page, centred, with the page number in the footer; fitted to one page wide (as
    many pages tall as it takes) unless ``title_columns`` (``"A:B"``) are given: a sheet too wide
    for one page (the export's dozens of columns) prints at full size across pages instead, those
    columns repeated at the left of each, so that every page says whose row it is."""
    sheet.page_setup.paperSize = 9  # A4 (openpyxl's PAPERSIZE_A4)
    sheet.page_setup.orientation = orientation
    if title_columns is None:
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0  # as many pages tall as the rows need
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        sheet.print_title_cols = title_columns
    sheet.print_options.horizontalCentered = True
    sheet.print_title_rows = title_rows
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = "&P / &N"


def restyle_numbers(workbook, number_formats: dict[str, str]) -> None:
    """Give every cell whose number format is a key of ``number_formats`` that key's value (a
    return template's ``yyyy-mm-dd`` becomes ``[$-411]ggge"年"m"月"d"日"``, say)."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                wanted = number_formats.get(cell.number_format)
                if wanted is not None:
                    cell.number_format = wanted
