"""`lgotp export --format xlsx` writes typed cells that Excel can sum and sort, and that
`lgotp import` reads back to the text the records hold."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from support.paths import SAMPLE

from lgotp_cli.sheets.export import to_xlsx
from lgotp_cli.sheets.typed_cells import typed_value
from lgotp_cli.source.records import load_records


@pytest.mark.parametrize(
    ("kind", "key", "text", "value", "number_format"),
    [
        ("trainee", "period.arrival", "2025-05-26", date(2025, 5, 26), "yyyy-mm-dd"),
        ("trainee", "costs.airfare", "850000", 850000, "#,##0"),
        ("trainee", "costs.airfare", "0", 0, "#,##0"),
        ("trainee", "fiscal_year", "2025", 2025, "0"),
        ("request", "trainees", "2", 2, "0"),
        ("dispatch", "specialist.retired", "TRUE", True, None),
        ("dispatch", "specialist.retired", "false", False, None),
        ("trainee", "host.code", "012025", "012025", "@"),
        ("trainee", "id", "LGOTP-2025-001", "LGOTP-2025-001", "@"),
        ("trainee", "nationality", "PH", "PH", None),
    ],
)
def test_a_value_becomes_a_cell_of_its_type(kind, key, text, value, number_format) -> None:
    typed = typed_value(kind, key, text)
    assert typed.value == value
    assert type(typed.value) is type(value)
    assert typed.number_format == number_format


@pytest.mark.parametrize(
    ("kind", "key", "text"),
    [
        ("trainee", "period.arrival", "2025/5/26"),  # not ISO: left as written
        ("trainee", "period.arrival", "2025-02-30"),  # no such day
        ("trainee", "costs.airfare", "120,000"),
        ("trainee", "costs.airfare", "0120000"),  # a leading zero would be lost as a number
        ("trainee", "costs.airfare", "１２００００"),  # full-width digits
        ("trainee", "costs.airfare", "1234567890123456"),  # beyond Excel's exact digits
        ("dispatch", "specialist.retired", "yes"),
        ("trainee", "no.such.key", "2025-05-26"),
    ],
)
def test_a_value_that_does_not_read_as_its_type_stays_text(kind, key, text) -> None:
    assert typed_value(kind, key, text).value == text


@pytest.fixture(scope="module")
def workbook():
    from openpyxl import load_workbook

    data = to_xlsx(load_records(SAMPLE).records)
    return load_workbook(io.BytesIO(data))


def _column(sheet, name: str) -> list:
    header = [cell.value for cell in sheet[1]]
    index = header.index(name)
    return [row[index] for row in sheet.iter_rows(min_row=2)]


def test_the_sheets_hold_dates_numbers_and_text_codes(workbook) -> None:
    trainees = workbook["trainee"]
    arrivals = _column(trainees, "period.arrival")
    assert all(isinstance(cell.value, datetime) for cell in arrivals if cell.value is not None)
    assert arrivals[0].number_format == "yyyy-mm-dd"
    airfares = [cell for cell in _column(trainees, "costs.airfare") if cell.value is not None]
    assert airfares and all(isinstance(cell.value, int) for cell in airfares)
    codes = [cell for cell in _column(trainees, "host.code") if cell.value is not None]
    assert all(cell.data_type == "s" and len(cell.value) == 6 for cell in codes)
    years = _column(workbook["dispatch"], "fiscal_year")
    assert all(isinstance(cell.value, int) for cell in years)


def test_each_sheet_is_filtered_frozen_and_prints_on_a4_with_its_header_and_ids(workbook) -> None:
    for name in ("trainee", "dispatch", "request"):
        sheet = workbook[name]
        assert sheet.freeze_panes == "B2"
        assert sheet.auto_filter.ref.startswith("A1:")
        assert sheet.auto_filter.ref.endswith(str(sheet.max_row))
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.paperSize == 9
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.print_title_cols == "$A:$B"  # who each printed page's rows are
        widths = [dimension.width for dimension in sheet.column_dimensions.values()]
        assert widths and all(3 <= width <= 42 for width in widths)
