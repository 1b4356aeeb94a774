"""`lgotp return survey --host CODE`: one host's survey forms (様式1–3) as a workbook to fill in.

A sheet per form, laid out by ``forms.layout``: the host's code and name, the fiscal year and
the form's deadline (from the programme calendar) filled in and locked; the cells to fill
unlocked, in Excel's Input style, with data validation (lists to choose from, whole numbers,
dates); sheet protection on, without a password. The lists live on a hidden sheet, and a
hidden marker sheet says which form, layout, host, fiscal year and language the workbook is,
so that `lgotp import` knows a filled form and refuses one whose layout was changed. When the
host has a request record for the year, its answers are filled in.

openpyxl is imported inside the functions: `lgotp --help` must not load it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from lgotp_cli.errors import UserError
from lgotp_cli.forms import choices
from lgotp_cli.forms.layout import (
    FORM_NAME,
    FORMS,
    GUIDANCE_ROW,
    GUIDE_COLUMN,
    HEADING_ROW,
    LABEL_COLUMN,
    LAYOUT,
    LAYOUT_VERSION,
    LISTS,
    LISTS_SHEET,
    MARKER_SHEET,
    TITLE_ROW,
    VALUE_COLUMN,
    Row,
    last_row,
    rows_of,
    sheet_name,
)
from lgotp_cli.i18n import fiscal_year_label, form_words
from lgotp_cli.models.request import HostRequest

if TYPE_CHECKING:
    from lgotp_cli.output.returns import ReturnAsked

HEAD_FILL = "DDE4EE"  # the returns' header fill
FIXED_FILL = "F2F2F2"  # what lgotp filled in: grey, and locked
DATE_FORMAT = "yyyy-mm-dd"
SLOTS = {"countries": "country", "fields": "field"}


def make_form(
    asked: ReturnAsked,
    *,
    root: Path,
    lang: str,
    output: Path | None,
    force: bool,
    read: Callable,
    config: Callable,
) -> Path:
    """Write the forms 1–3 of the host asked for, for the fiscal year asked for (default: the
    latest year with host requests), to ``output`` (default ``survey-<host>-FY<year>.xlsx``);
    returns the file."""
    from lgotp_cli.output.files import OutputError, check_file, write_atomic
    from lgotp_cli.output.returns import default_name
    from lgotp_cli.reference.codes import code_problem

    host, fiscal_year = asked.host, asked.fiscal_year
    effective = config()
    records = read()
    if fiscal_year is None:
        years = [request.fiscal_year for request in records.requests]
        if not years:
            raise UserError(form_words.NO_YEAR.of())
        fiscal_year = max(years)
    problem = code_problem(host, fiscal_year)
    if problem is not None:
        raise UserError(form_words.UNKNOWN_HOST.of(problem=problem))
    request = request_of(records.requests, host, fiscal_year)
    if output is None:
        output = default_name(replace(asked, fiscal_year=fiscal_year))
        check_file(output, root, force=force)
    try:
        data = form_workbook(
            host=host,
            fiscal_year=fiscal_year,
            lang=lang,
            deadlines={form: effective.form_deadline(fiscal_year, form) for form in FORMS},
            request=request,
            countries_first=countries_named(records),
        )
    except OutputError as error:  # while making the workbook: nothing is written yet
        from lgotp_cli.i18n import error_words

        raise OutputError(error_words.CANNOT_WRITE.of(path=output, reason=error)) from None
    write_atomic(output, data)
    return output


def request_of(requests, host: str, fiscal_year: int) -> HostRequest | None:
    """The host's request for ``fiscal_year`` (the first by id, should there be two)."""
    found = sorted(
        (r for r in requests if r.host.code == host and r.fiscal_year == fiscal_year),
        key=lambda r: r.id,
    )
    return found[0] if found else None


def countries_named(records) -> list[str]:
    """The countries the records name (trainees' nationalities, requests' countries wanted),
    the most named first: they head the form's list of countries."""
    counted = Counter(trainee.nationality for trainee in records.trainees)
    for request in records.requests:
        if request.conditions is not None:
            counted.update(request.conditions.countries)
    return [code for code, _ in sorted(counted.items(), key=lambda item: (-item[1], item[0]))]


def answers(request: HostRequest | None) -> dict[tuple, object]:
    """The request's answers by the key path of each input row (a list item by its index)."""
    if request is None:
        return {}
    data = request.model_dump(mode="python", exclude_none=True)
    found: dict[tuple, object] = {}
    for row in LAYOUT:
        value = _at(data, row.key_path) if row.is_input else None
        if value is not None:
            found[row.key_path] = value
    return found


def _at(data, path: tuple):
    """The value at ``path`` in ``data`` (a list item by its index), or None."""
    for step in path:
        if isinstance(data, dict):
            data = data.get(step)
        elif isinstance(data, list) and isinstance(step, int) and step < len(data):
            data = data[step]
        else:
            return None
    return data


def _check_room(request: HostRequest | None) -> None:
    """Refuse a request with more countries or fields than the form has rows for."""
    if request is None or request.conditions is None:
        return
    for what, list_name in SLOTS.items():
        listed = getattr(request.conditions, what)
        most = sum(1 for row in rows_of("form3") if row.choices == list_name)
        if len(listed) > most:
            raise UserError(
                form_words.TOO_MANY.of(
                    id=request.id,
                    count=len(listed),
                    what=form_words.WHAT_IS_LISTED[what],
                    most=most,
                )
            )


def form_workbook(
    *,
    host: str,
    fiscal_year: int,
    lang: str,
    deadlines: dict[str, date | None],
    request: HostRequest | None,
    countries_first: list[str],
) -> bytes:
    """The workbook of ``host``'s Forms 1–3, as bytes."""
    from openpyxl import Workbook
    from openpyxl.workbook.protection import WorkbookProtection

    from lgotp_cli.render.workbook_bytes import workbook_bytes

    _check_room(request)
    workbook = Workbook()
    workbook.remove(workbook.active)
    lists = {name: choices.options(name, lang, countries_first) for name in LISTS}
    given = answers(request)
    for form in FORMS:
        sheet = workbook.create_sheet(sheet_name(form, lang))
        _form_sheet(sheet, form, lang, host, fiscal_year, deadlines[form], given, lists)
    _lists_sheet(workbook.create_sheet(LISTS_SHEET), lists)
    _marker_sheet(workbook.create_sheet(MARKER_SHEET), host, fiscal_year, lang)
    workbook.active = 0
    workbook.security = WorkbookProtection(lockStructure=True)  # no sheet renamed or unhidden
    workbook.properties.title = form_words.TITLE["form1"](
        lang, fiscal_year=fiscal_year_label(fiscal_year, lang)
    )
    return workbook_bytes(workbook)


def _form_sheet(sheet, form, lang, host, fiscal_year, deadline, given, lists) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    from lgotp_cli.forms.validation import add_validations
    from lgotp_cli.reference.host_names import display_name
    from lgotp_cli.render.sheet_layout import set_up_printing

    year = fiscal_year_label(fiscal_year, lang)
    last = last_row(form)
    sheet.cell(TITLE_ROW, 1, form_words.TITLE[form](lang, fiscal_year=year)).font = Font(
        bold=True, size=14
    )
    guidance = sheet.cell(GUIDANCE_ROW, 1, form_words.GUIDANCE[form].in_(lang))
    guidance.alignment = Alignment(wrap_text=True, vertical="top")
    for row in (TITLE_ROW, GUIDANCE_ROW):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=GUIDE_COLUMN)
    sheet.row_dimensions[GUIDANCE_ROW].height = 48
    for column, heading in zip(
        (LABEL_COLUMN, VALUE_COLUMN, GUIDE_COLUMN), ("item", "answer", "guide"), strict=True
    ):
        cell = sheet.cell(HEADING_ROW, column, form_words.HEADING[heading].in_(lang))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEAD_FILL)
        cell.border = _border()
    fixed = {
        "host_code": host,
        "host_name": display_name(host, None, lang, fiscal_year),
        "fiscal_year": year,
        "deadline": deadline or form_words.NO_DEADLINE.in_(lang),
    }
    for row in rows_of(form):
        label = sheet.cell(row.row, LABEL_COLUMN, row.label(lang))
        label.border = _border()
        guide = sheet.cell(row.row, GUIDE_COLUMN, _guide(row, lang))
        guide.border = _border()
        guide.font = Font(color="595959")
        value = sheet.cell(row.row, VALUE_COLUMN)
        if row.is_input:
            _input_cell(value, row, given.get(row.key_path), lang)
        else:
            value.value = fixed[row.name]
            value.fill = PatternFill("solid", fgColor=FIXED_FILL)
            value.border = _border()
            value.number_format = DATE_FORMAT if isinstance(value.value, date) else "@"
    add_validations(sheet, form, lang, fiscal_year, lists)
    _widths(sheet, form, lang, lists)
    sheet.protection.sheet = True  # only the input cells can be changed; no password
    sheet.protection.formatColumns = False  # widening a column is allowed
    sheet.protection.formatRows = False
    set_up_printing(sheet, title_rows=f"{TITLE_ROW}:{TITLE_ROW}", orientation="portrait")
    sheet.print_area = f"A1:C{last}"
    sheet.sheet_view.showGridLines = False


def _input_cell(cell, row: Row, value, lang: str) -> None:
    """A cell to fill in: unlocked, in Excel's Input style, typed, prefilled with ``value``."""
    from openpyxl.styles import Protection

    cell.style = "Input"
    cell.protection = Protection(locked=False)  # after the style, which locks
    if row.kind == "date":
        cell.number_format = DATE_FORMAT
    elif row.kind == "count":
        cell.number_format = "0"
    else:
        cell.number_format = "@"  # typed digits stay text (a phone number keeps its 0)
    if value is None:
        return
    if row.kind == "choice":
        cell.value = choices.label(row.choices, value, lang)
    else:
        cell.value = value


def _guide(row: Row, lang: str) -> str:
    guide = form_words.GUIDE[row.kind].in_(lang)
    if row.required and row.group is None:
        return form_words.REQUIRED(lang, guide=guide)
    return guide


def _border():
    from openpyxl.styles import Border, Side

    thin = Side(style="thin", color="7F7F7F")
    return Border(left=thin, right=thin, top=thin, bottom=thin)


def _widths(sheet, form: str, lang: str, lists: dict[str, list[tuple[str, str]]]) -> None:
    from openpyxl.utils import get_column_letter

    from lgotp_cli.render.sheet_layout import cell_width

    rows = list(rows_of(form))
    labels = max(cell_width(row.label(lang)) for row in rows)
    offered = [label for row in rows if row.choices for _, label in lists[row.choices]]
    answers_width = min(max([24, *(cell_width(text) for text in offered)]), 40)
    guides = max(cell_width(_guide(row, lang)) for row in rows)
    for column, width in zip(
        (LABEL_COLUMN, VALUE_COLUMN, GUIDE_COLUMN), (labels, answers_width, guides), strict=True
    ):
        sheet.column_dimensions[get_column_letter(column)].width = width + 3


def _lists_sheet(sheet, lists: dict[str, list[tuple[str, str]]]) -> None:
    """The hidden sheet of the lists the cells offer: a column each, named in row 1."""
    for column, name in enumerate(LISTS, start=1):
        sheet.cell(1, column, name)
        for offset, (_, label) in enumerate(lists[name], start=2):
            sheet.cell(offset, column, label).number_format = "@"
    sheet.sheet_state = "hidden"
    sheet.protection.sheet = True


def _marker_sheet(sheet, host: str, fiscal_year: int, lang: str) -> None:
    """The hidden sheet that says what the workbook is (``layout.MARKER_KEYS``, in order)."""
    values = {
        "form": FORM_NAME,
        "layout": LAYOUT_VERSION,
        "host": host,
        "fiscal_year": fiscal_year,
        "lang": lang,
    }
    for number, (key, value) in enumerate(values.items(), start=1):
        sheet.cell(number, 1, key)
        sheet.cell(number, 2, value).number_format = "@" if isinstance(value, str) else "0"
    sheet.sheet_state = "veryHidden"  # not even listed by Excel's Unhide
    sheet.protection.sheet = True
