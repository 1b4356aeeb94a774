"""A filled survey form read back: its hidden marker (which form, layout, host, fiscal year and
language), the layout checked label by label, and each answer read by ``forms.layout`` into a
request's values: labels back to codes, dates, whole numbers, lists of countries and fields.

Every problem is a ``ReadProblem`` at its sheet and cell: the file is named ``form.xlsx[様式1]``
and the line and column are the cell's row and column. A form whose marker or layout was
changed beyond reading (L001) yields that one problem and no values; an answer that cannot be
read is S103 at its cell, a missing one S101.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from html import unescape
from pathlib import Path

from lgotp_cli.forms import choices
from lgotp_cli.forms.layout import (
    FORM_NAME,
    FORMS,
    GUIDE_COLUMN,
    LABEL_COLUMN,
    LAYOUT,
    LAYOUT_VERSION,
    MARKER_KEYS,
    MARKER_SHEET,
    VALUE_COLUMN,
    Row,
    last_row,
    rows_of,
    sheet_name,
)
from lgotp_cli.i18n import form_words
from lgotp_cli.i18n.text import LANGS, Said, Words
from lgotp_cli.source.model import Problem
from lgotp_cli.source.records import ReadProblem

_SHEET_NAMES = re.compile(r"<sheet\b[^>]*?\bname=\"([^\"]*)\"")
_WORKBOOK_PART = "xl/workbook.xml"
_MOST_WORKBOOK_PART = 1_000_000  # bytes: a workbook's list of sheets is far smaller
_SHORT_LIST = 12  # a list this long or shorter is spelt out in a problem's message


@dataclass
class FormRead:
    """What a form says: whose (``host``, ``fiscal_year``), in which language, its answers by
    dotted key (text, or a list of codes), where each answer stands, and the problems."""

    path: Path
    lang: str = "ja"
    host: str | None = None
    fiscal_year: int | None = None
    values: dict[str, str | list[str]] = field(default_factory=dict)
    cells: dict[tuple, tuple[str, int]] = field(default_factory=dict)  # key path → form, row
    unreadable: set[tuple[str, int]] = field(default_factory=set)  # (form, row) not read
    problems: list[ReadProblem] = field(default_factory=list)

    def label(self, sheet: str) -> Path:
        """The name a sheet's problems are reported under: ``form.xlsx[様式1]``."""
        return self.path.with_name(f"{self.path.name}[{sheet}]")

    def sheet_label(self, form: str) -> Path:
        return self.label(sheet_name(form, self.lang))

    def problem(self, code: str, form: str | None, row: int, column: int, said: Said) -> None:
        """Note a problem at ``form``'s cell (the marker sheet's when ``form`` is None)."""
        where = self.label(MARKER_SHEET) if form is None else self.sheet_label(form)
        self.problems.append(ReadProblem(where, Problem(code, row, column, said)))


def is_form(path: Path) -> bool:
    """Whether ``path`` looks like a survey form: an .xlsx with the marker sheet, or with a
    sheet named as a form is. Read from the workbook's list of sheets alone; a file that is
    not a readable workbook is not a form (the sheet import says what is wrong with it)."""
    if path.suffix.lower() != ".xlsx":
        return False
    try:
        with zipfile.ZipFile(path) as package:
            part = package.getinfo(_WORKBOOK_PART)
            if part.file_size > _MOST_WORKBOOK_PART:
                return False
            text = package.read(part).decode("utf-8", errors="replace")
    except (KeyError, OSError, ValueError, zipfile.BadZipFile):
        return False
    names = {unescape(name) for name in _SHEET_NAMES.findall(text)}
    form_sheets = {sheet_name(form, lang) for form in FORMS for lang in LANGS}
    return MARKER_SHEET in names or bool(names & form_sheets)


def read_form(path: Path) -> FormRead:
    """Read the filled form at ``path``. UnreadableSheet when the file is not a readable
    workbook (or is beyond the bounds of a sheet)."""
    from openpyxl import load_workbook

    from lgotp_cli.sheets.workbook_reader import (
        NOT_A_WORKBOOK,
        ReadLimits,
        UnreadableSheet,
        check_package,
    )

    check_package(path, ReadLimits())
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise UnreadableSheet(NOT_A_WORKBOOK.of(file=path.name, reason=error)) from None
    try:
        return _read(workbook, path)
    finally:
        workbook.close()


def _grid(worksheet, rows: int, columns: int) -> list[tuple]:
    """The first ``rows`` rows of ``columns`` values (the sheet's declared size ignored)."""
    grid = [
        tuple(row)
        for row in worksheet.iter_rows(min_row=1, max_row=rows, max_col=columns, values_only=True)
    ]
    return grid + [()] * (rows - len(grid))


def _at(grid: list[tuple], row: int, column: int):
    values = grid[row - 1] if row - 1 < len(grid) else ()
    return values[column - 1] if column - 1 < len(values) else None


def _read(workbook, path: Path) -> FormRead:
    form = FormRead(path)
    remedy = form_words.NEW_FORM_ANY.of()
    if MARKER_SHEET not in workbook.sheetnames:
        form.problems.append(
            ReadProblem(path, Problem("L001", 1, 1, form_words.MARKER_MISSING.of(remedy=remedy)))
        )
        return form
    if not _read_marker(workbook[MARKER_SHEET], form, remedy):
        return form
    remedy = form_words.NEW_FORM.of(host=form.host, fiscal_year=form.fiscal_year)
    grids = {}
    for name in FORMS:
        sheet = sheet_name(name, form.lang)
        if sheet not in workbook.sheetnames:
            problem = form_words.SHEET_MISSING.of(sheet=sheet, remedy=remedy)
            form.problems.append(ReadProblem(path, Problem("L001", 1, 1, problem)))
            return form
        grids[name] = _grid(workbook[sheet], last_row(name), GUIDE_COLUMN)
        if not _layout_holds(grids[name], name, form, remedy):
            return form
    for name in FORMS:
        for row in rows_of(name):
            if row.is_input:
                _read_answer(row, _at(grids[name], row.row, VALUE_COLUMN), form)
    _collect_lists(form)
    _check_answered(form)
    return form


def _read_marker(sheet, form: FormRead, remedy: Said) -> bool:
    """Read the marker into ``form``; False (with the problem noted) when it was changed."""
    grid = _grid(sheet, len(MARKER_KEYS), 2)
    values = {}
    for number, key in enumerate(MARKER_KEYS, start=1):
        found, value = _at(grid, number, 1), _at(grid, number, 2)
        if found != key:
            said = form_words.MARKER_CHANGED.of(key=key, value=_shown(found), remedy=remedy)
            form.problem("L001", None, number, 1, said)
            return False
        values[key] = value
    for number, key in enumerate(MARKER_KEYS, start=1):
        value = values[key]
        reading = _marker_value(key, value)
        if reading is None:
            said = form_words.MARKER_CHANGED.of(key=key, value=_shown(value), remedy=remedy)
            form.problem("L001", None, number, 2, said)
            return False
        values[key] = reading
    if values["layout"] != LAYOUT_VERSION:
        said = form_words.OTHER_LAYOUT.of(
            found=values["layout"], expected=LAYOUT_VERSION, remedy=remedy
        )
        form.problem("L001", None, MARKER_KEYS.index("layout") + 1, 2, said)
        return False
    form.host, form.fiscal_year, form.lang = values["host"], values["fiscal_year"], values["lang"]
    return True


def _marker_value(key: str, value):
    """A marker's value as lgotp wrote it, or None when it is not."""
    from lgotp_cli.reference.codes import CODE_PATTERN, has_valid_check_digit

    if key == "form":
        return value if value == FORM_NAME else None
    if key in ("layout", "fiscal_year"):
        number = _whole(value)
        if number is None or (key == "fiscal_year" and not 1000 <= number <= 9999):
            return None
        return number
    if key == "host":
        text = value if isinstance(value, str) else None
        return (
            text if text and CODE_PATTERN.fullmatch(text) and has_valid_check_digit(text) else None
        )
    return value if value in LANGS else None


def _layout_holds(grid: list[tuple], name: str, form: FormRead, remedy: Said) -> bool:
    """Whether every label of ``name`` stands where the layout puts it, and the host code is
    the marker's; False (with the first difference noted) when not."""
    for row in rows_of(name):
        expected = row.label(form.lang)
        found = _at(grid, row.row, LABEL_COLUMN)
        if not isinstance(found, str) or found.strip() != expected:
            said = form_words.LAYOUT_CHANGED.of(
                expected=expected, found=_shown(found), remedy=remedy
            )
            form.problem("L001", name, row.row, LABEL_COLUMN, said)
            return False
        if row.name == "host_code":
            code = _at(grid, row.row, VALUE_COLUMN)
            if _text(code) != form.host:
                said = form_words.HOST_CHANGED.of(found=_shown(code), host=form.host, remedy=remedy)
                form.problem("L001", name, row.row, VALUE_COLUMN, said)
                return False
    return True


def _read_answer(row: Row, value, form: FormRead) -> None:
    """Read one input cell into ``form.values`` (a list's item by its slot, for now), or note
    why it cannot be read."""
    text = _text(value)
    if not text:
        return
    read, unreadable = _reading(row, value, text, form.lang)
    if read is None:
        form.problem("S103", row.form, row.row, VALUE_COLUMN, unreadable)
        form.unreadable.add((row.form, row.row))
    elif row.slot is None:
        form.values[row.key] = read
        form.cells[row.key_path] = (row.form, row.row)
    else:  # made a list by _collect_lists
        form.values.setdefault(row.key, {})[row.slot] = (read, row.row)


def _reading(row: Row, value, text: str, lang: str) -> tuple[str | None, Said | None]:
    """The value a cell holds as a record holds it, or None and why it cannot be read."""
    words = {"label": row.label(lang), "form": sheet_name(row.form, lang)}
    if row.kind == "choice":
        code = choices.code_of(row.choices, text)
        if code is not None:
            return code, None
        offered = choices.options(row.choices, lang)
        if len(offered) > _SHORT_LIST:
            return None, form_words.NOT_IN_LONG_LIST.of(value=text, **words)
        # The form's own labels, listed as the message's language lists things.
        listed = [Words(label, label) for _, label in offered]
        return None, form_words.NOT_IN_LIST.of(value=text, choices=listed, **words)
    if row.kind == "count":
        number = _whole(value)
        if number is None or number < 0:
            return None, form_words.NOT_WHOLE.of(value=text, **words)
        return str(number), None
    if row.kind == "date":
        day = _date(value)
        if day is None:
            return None, form_words.NOT_A_DATE.of(value=text, **words)
        return day.isoformat(), None
    return text, None


def _collect_lists(form: FormRead) -> None:
    """Each list answered slot by slot (countries, fields) as a list in order of preference,
    without gaps or repeats; each item's cell noted."""
    from lgotp_cli.keys import key_path

    for name in FORMS:
        for row in rows_of(name):
            if row.slot != 0 or not isinstance(form.values.get(row.key), dict):
                continue
            by_slot = form.values[row.key]
            items: list[str] = []
            for slot in sorted(by_slot):
                item, number = by_slot[slot]
                if item not in items:
                    form.cells[(*key_path(row.key), len(items))] = (name, number)
                    items.append(item)
            form.values[row.key] = items
            form.cells[key_path(row.key)] = form.cells[(*key_path(row.key), 0)]


def _check_answered(form: FormRead) -> None:
    """S101 for a required answer left empty: on every form (Form 1's intention and date), or
    on a form that answers something of the same group (Form 2's method, Form 3's conditions)."""
    tried = {row.key for row in LAYOUT if (row.form, row.row) in form.unreadable}
    tried |= set(form.values)  # keys answered, if not always readably
    for name in FORMS:
        rows = list(rows_of(name))
        for row in rows:
            if not row.required or row.key in tried:
                continue
            words = {"label": row.label(form.lang), "form": sheet_name(name, form.lang)}
            if row.group is None:
                form.problem(
                    "S101", name, row.row, VALUE_COLUMN, form_words.NOT_ANSWERED.of(**words)
                )
                continue
            answered = [
                other
                for other in rows
                if other.group == row.group
                and (other.key in form.values or (name, other.row) in form.unreadable)
            ]
            if answered:
                said = form_words.NOT_ANSWERED_WITH.of(other=answered[0].label(form.lang), **words)
                form.problem("S101", name, row.row, VALUE_COLUMN, said)


def _text(value) -> str:
    """A cell's value as text, without the spaces around it."""
    from lgotp_cli.sheets.workbook_reader import cell_text

    return cell_text(value).strip()


def _shown(value) -> str:
    return _text(value) if value is not None else ""


def _whole(value) -> int | None:
    """A whole number written as a number or as digits (full-width too), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        return int(text) if re.fullmatch(r"\d{1,9}", text) else None
    return None


_DATE_TEXT = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def _date(value) -> date | None:
    """A date cell, or a date typed as text (2025-09-30, 2025/9/30, 2025年9月30日), or None."""
    if isinstance(value, datetime):
        return value.date() if value.time() == datetime.min.time() else None
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    match = _DATE_TEXT.fullmatch(unicodedata.normalize("NFKC", value).strip())
    if match is None:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
