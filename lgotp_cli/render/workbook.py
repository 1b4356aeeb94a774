"""Excel returns from workbook templates: cells hold Jinja, rows and columns repeat per item.

A template is an ordinary ``.xlsx`` that someone styled in Excel. In its cells:

- ``{{ expression }}`` alone in a cell puts the value there as it is: a number stays a number, a
  date a date; anything else is text (text that begins like a formula stays text).
- Other text with ``{{ … }}`` or ``{% … %}`` in it is rendered as text.
- ``{% for t in trainees %}`` at the start of a cell repeats that cell's row once per item
  (``t`` and ``loop`` are defined in the row); ``{%col for y in years %}`` at the start of a
  cell repeats its column once per item, for every row of the sheet.
- A cell whose text begins with ``=`` is the template author's formula; Jinja in it is
  rendered first, and ``rows.t.first`` / ``rows.t.last`` give the rows a loop filled
  (``=SUM(F{{ rows.t.first }}:F{{ rows.t.last }})``). Otherwise formulas are moved the way Excel
  moves them when rows are inserted, and a range that ends on a repeated row grows with it.

Styles, merged cells, number formats, widths, heights and print settings of the template stay.
Expressions are evaluated in Jinja's sandbox, and filling is bounded in time and memory
(``render.limits``) and in rows, columns and cells; a records repository's templates are
untrusted and their formulas may not reach outside the workbook (``render.workbook_safety``).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from lgotp_cli.errors import Sentence
from lgotp_cli.i18n import error_words
from lgotp_cli.i18n import return_words as said
from lgotp_cli.i18n.text import Said
from lgotp_cli.render.guard import is_formula_like, spreadsheet_text
from lgotp_cli.render.limits import RenderLimitError, bounded
from lgotp_cli.render.sheet_edits import SheetEdits
from lgotp_cli.render.sheet_layout import restyle_numbers
from lgotp_cli.render.workbook_bytes import workbook_bytes
from lgotp_cli.render.workbook_limits import WorkbookLimits
from lgotp_cli.render.workbook_safety import (
    EXCEL_CELL_CHARACTERS,
    drop_external_links,
    external_hyperlink,
    formula_environment,
    formula_text,
    outside_reach,
    workbook_formulas,
)

_ROW_LOOP = re.compile(r"^\s*\{%-?\s*for\s+(\w+)\s+in\s+(.+?)\s*-?%\}")
_COLUMN_LOOP = re.compile(r"^\s*\{%-?col\s+for\s+(\w+)\s+in\s+(.+?)\s*-?%\}")
_SINGLE = re.compile(r"^\s*\{\{((?:(?!\}\}|\{\{).)+)\}\}\s*$", re.DOTALL)


class WorkbookTemplateError(Sentence):
    """A template cannot be filled: the message names the template, sheet and cell."""


def render_workbook(
    template: Path,
    context: dict,
    *,
    env,
    name: str | None = None,
    trusted: bool = False,
    limits: WorkbookLimits = WorkbookLimits(),
    notes: tuple[str, ...] = (),
    number_formats: dict[str, str] | None = None,
) -> bytes:
    """Fill ``template`` with ``context`` and return the workbook's bytes. Only ``trusted``
    templates (the packaged ones) may hold formulas that reach outside the workbook. ``notes``
    are written below what the first sheet holds (records left out, say), whatever the
    template. ``number_formats`` replaces a cell's number format by another once filled (the
    template's ``yyyy-mm-dd`` by a Japanese date's, ``#,##0`` by one with △ for negatives)."""
    name = name or template.name
    sheets: list[_Sheet] = []
    try:
        with bounded():
            return _filled(
                template, context, env, name, trusted, limits, sheets, notes, number_formats or {}
            )
    except RenderLimitError as error:
        place = sheets[-1].at(error) if sheets else said.AT_WORKBOOK.of(name=name, what=error)
        raise WorkbookTemplateError(place) from None


def _filled(
    template, context, env, name, trusted, limits, sheets, notes=(), number_formats=None
) -> bytes:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(template)
    except MemoryError:
        raise
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise WorkbookTemplateError(
            error_words.WORKBOOK_UNREADABLE.of(name=name, error=error)
        ) from None
    drop_external_links(workbook)
    for sheet in workbook.worksheets:
        sheets.append(_Sheet(sheet, context, env, name, limits))
        sheets[-1].fill()
        if not trusted:
            sheets[-1].check_reach()
    if not trusted:
        for where, formula in workbook_formulas(workbook):
            reach = outside_reach(formula)
            if reach:
                raise WorkbookTemplateError(_reaching(name, where, reach))
    if notes and workbook.worksheets:
        _write_notes(workbook.worksheets[0], notes)
    if number_formats:
        restyle_numbers(workbook, number_formats)
    return workbook_bytes(workbook)


def _write_notes(sheet, notes: tuple[str, ...]) -> None:
    """Each note as text in column A, a blank row below what the sheet holds."""
    from openpyxl.styles import Font

    from lgotp_cli.render.guard import spreadsheet_text

    for offset, note in enumerate(notes, start=sheet.max_row + 2):
        cell = sheet.cell(row=offset, column=1, value=spreadsheet_text(note))
        cell.data_type = "s"
        cell.font = Font(bold=True, color="9C0006")


def _reaching(name: str, where: Said, reach: Said) -> Said:
    return said.AT_PLACE.of(name=name, where=where, what=said.REACHES_OUTSIDE.of(reach=reach))


class _Sheet(SheetEdits):
    def __init__(self, sheet, context: dict, env, name: str, limits: WorkbookLimits) -> None:
        self.sheet = sheet
        self.context = context
        self.env = env
        self.name = name
        self.limits = limits
        self.current = None  # the cell being filled, for a limit reached in the middle
        self.rows: dict[str, dict] = {}
        self.row_blocks: list[tuple[int, int, str, list]] = []  # first row, count, name, items
        self.column_blocks: list[tuple[int, int, str, list]] = []
        self.moves: list[tuple[str, int, int]] = []  # (axis, at, count), in the order applied

    # --- where a cell came from ------------------------------------------------------------------
    def _origin(self, cell) -> str | Said:
        """The template's coordinate of an output cell (loops moved it), for messages."""
        from openpyxl.utils import get_column_letter

        row, column = cell.row, cell.column
        for axis, at, count in reversed(self.moves):
            position = row if axis == "row" else column
            if count > 0 and position > at + count:
                position -= count
            elif count > 0 and position > at:
                position = at
            elif count < 0 and position >= at:
                position += 1
            if axis == "row":
                row = position
            else:
                column = position
        origin = f"{get_column_letter(column)}{row}"
        if origin == cell.coordinate:
            return origin
        return said.CELL_MOVED.of(origin=origin, now=cell.coordinate)

    def _fail(self, cell, what: Said | Sentence) -> WorkbookTemplateError:
        """The error of ``cell``: ``what`` (a phrase) after the template, sheet and cell."""
        sheet = self.sheet.title
        origin = self._origin(cell)
        return WorkbookTemplateError(
            said.AT_CELL.of(name=self.name, sheet=sheet, cell=origin, what=what)
        )

    def at(self, what: Sentence) -> Said:
        """``what`` (a limit reached) at the cell being filled, or at the sheet."""
        if self.current is not None:
            return self._fail(self.current, what).message
        return said.AT_SHEET.of(name=self.name, sheet=self.sheet.title, what=what)

    # --- size ---------------------------------------------------------------------------------
    def _check_room(self, cell, rows: int = 0, columns: int = 0) -> None:
        """Refuse to grow the sheet by ``rows`` or ``columns`` past the limits, before anything
        is inserted (openpyxl fills every cell of the area it walks)."""
        sheet = self.sheet
        elsewhere = sum(
            other.max_row * other.max_column
            for other in sheet.parent.worksheets
            if other is not sheet
        )
        problem = self.limits.room(sheet.max_row + rows, sheet.max_column + columns, elsewhere)
        if problem is None:
            return
        if rows or columns:
            repeats = said.CELL_REPEATS_ROW if rows else said.CELL_REPEATS_COLUMN
            raise self._fail(cell, repeats.of(times=rows or columns, problem=problem))
        raise self._fail(cell, said.CELL_TOO_FAR.of(problem=problem))

    def check_reach(self) -> None:
        """Refuse formulas and hyperlinks that reach outside the workbook."""
        for sheet_row in self.sheet.iter_rows():
            for cell in sheet_row:
                formula = formula_text(cell.value) if cell.data_type == "f" else None
                reach = outside_reach(formula) if formula else None
                if reach is None and external_hyperlink(cell):
                    reach = said.REACH_HYPERLINK.of(target=external_hyperlink(cell))
                if reach:
                    raise self._fail(cell, said.REACHES_OUTSIDE.of(reach=reach))

    # --- evaluation -------------------------------------------------------------------------------
    def _guarded(self, cell, action):
        from jinja2 import TemplateSyntaxError, Undefined
        from jinja2.exceptions import SecurityError, UndefinedError

        self.current = cell
        try:
            value = action()
            if isinstance(value, Undefined):
                str(value)  # a strict undefined says what is missing when it is used
            return value
        except MemoryError:
            raise  # the whole rendering's limit (``bounded``) says so
        except RenderLimitError as error:
            raise self._fail(cell, error) from None
        except TemplateSyntaxError as error:
            raise self._fail(cell, said.CELL_SYNTAX.of(error=error.message)) from None
        except SecurityError as error:
            raise self._fail(cell, said.CELL_UNSAFE.of(error=str(error))) from None
        except UndefinedError as error:
            raise self._fail(cell, said.CELL_UNDEFINED.of(error=str(error))) from None
        except Exception as error:  # an expression failing on the data (1 / 0, None + 1)
            raise self._fail(cell, said.CELL_NOT_FILLED.of(error=str(error))) from None

    def _evaluate(self, expression: str, scope: dict, cell) -> Any:
        return self._guarded(
            cell,
            lambda: self.env.compile_expression(expression.strip(), undefined_to_none=False)(
                **scope
            ),
        )

    def _render_text(self, text: str, scope: dict, cell, *, formula: bool = False) -> str:
        env = formula_environment(self.env) if formula else self.env
        return self._guarded(cell, lambda: env.from_string(text).render(**scope))

    def _items(self, expression: str, cell) -> list:
        value = self._evaluate(expression, self.context, cell)
        try:
            return list(value or ())
        except TypeError:
            raise self._fail(cell, said.CELL_LOOPS_OVER_NO_LIST.of()) from None

    def _check_syntax(self) -> None:
        """Parse every cell's Jinja before anything moves, so that a mistake names its cell."""
        for sheet_row in self.sheet.iter_rows():
            for cell in sheet_row:
                value = cell.value
                if isinstance(value, str) and ("{{" in value or "{%" in value):
                    text = _COLUMN_LOOP.sub("", _ROW_LOOP.sub("", value, count=1), count=1)
                    self._guarded(cell, lambda text=text: self.env.parse(text))

    # --- structure ----------------------------------------------------------------------------
    def fill(self) -> None:
        corner = self.sheet.cell(row=self.sheet.max_row, column=self.sheet.max_column)
        self._check_room(corner)
        self._check_syntax()
        self._expand_columns()
        self._expand_rows()
        self._render_cells()

    def _loops(self, pattern, by_column: bool) -> list[tuple[int, str, str, Any]]:
        found: dict[int, tuple[int, str, str, Any]] = {}
        for row in self.sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    match = pattern.match(cell.value)
                    if match:
                        key = cell.column if by_column else cell.row
                        found.setdefault(key, (key, match.group(1), match.group(2), cell))
        return [found[key] for key in sorted(found)]

    def _expand_columns(self) -> None:
        for column, variable, expression, cell in reversed(self._loops(_COLUMN_LOOP, True)):
            items = self._items(expression, cell)
            count = max(len(items), 1)
            if count > 1:
                self._check_room(cell, columns=count - 1)
                self._insert_columns(column, count - 1)
            self.column_blocks = [
                (first + (count - 1 if first > column else 0), n, var, its)
                for first, n, var, its in self.column_blocks
            ]
            self.column_blocks.append((column, count, variable, items))

    def _expand_rows(self) -> None:
        for row, variable, expression, cell in reversed(self._loops(_ROW_LOOP, False)):
            items = self._items(expression, cell)
            count = len(items)
            if count == 0:
                self._delete_row(row)
            elif count > 1:
                self._check_room(cell, rows=count - 1)
                self._insert_rows(row, count - 1)
            shift = count - 1
            self.row_blocks = [
                (first + (shift if first > row else 0), n, var, its)
                for first, n, var, its in self.row_blocks
            ]
            if count:
                self.row_blocks.append((row, count, variable, items))
            else:
                # No rows: a range first..last is empty, and never the formula's own cell.
                self.rows[variable] = {"first": row, "last": row - 1, "count": 0}
        # Rows of upper loops moved when lower ones grew; the blocks hold the final rows.
        for first, n, variable, _ in self.row_blocks:
            self.rows[variable] = {"first": first, "last": first + n - 1, "count": n}

    # --- values ---------------------------------------------------------------------------------
    def _scope(self, row: int, column: int) -> dict:
        scope = dict(self.context)
        scope["rows"] = self.rows
        for first, n, variable, items in self.column_blocks:
            if first <= column < first + n and items:
                index = column - first
                scope[variable] = items[index]
                scope["col_loop"] = _loop(index, n)
        for first, n, variable, items in self.row_blocks:
            if first <= row < first + n:
                index = row - first
                scope[variable] = items[index]
                scope["loop"] = _loop(index, n)
        return scope

    def _render_cells(self) -> None:
        for sheet_row in self.sheet.iter_rows():
            for cell in sheet_row:
                value = cell.value
                if not isinstance(value, str) or ("{{" not in value and "{%" not in value):
                    continue
                text = _COLUMN_LOOP.sub("", _ROW_LOOP.sub("", value, count=1), count=1)
                scope = self._scope(cell.row, cell.column)
                if self.column_blocks and any(
                    first <= cell.column < first + n and not items
                    for first, n, _, items in self.column_blocks
                ):
                    cell.value = None  # a column loop over nothing leaves its column empty
                    continue
                single = _SINGLE.match(text)
                if single and not text.lstrip().startswith("="):
                    value = self._evaluate(single.group(1), scope, cell)
                elif text.lstrip().startswith("="):
                    # The author's formula; what Jinja puts in it is formula syntax, record
                    # text a string literal.
                    value = self._render_text(text, scope, cell, formula=True)
                else:
                    value = self._render_text(text, scope, cell)
                if isinstance(value, str) and len(value) > EXCEL_CELL_CHARACTERS:
                    too_long = said.CELL_TOO_LONG.of(count=len(value), most=EXCEL_CELL_CHARACTERS)
                    raise self._fail(cell, too_long)
                if text.lstrip().startswith("="):
                    cell.value = value
                else:
                    _put(cell, value)


def _loop(index: int, length: int) -> dict:
    return {
        "index": index + 1,
        "index0": index,
        "first": index == 0,
        "last": index == length - 1,
        "length": length,
    }


def _put(cell, value: Any) -> None:
    """Store a value with its type: numbers and dates as such, everything else as text."""
    if value is None or (isinstance(value, str) and value == ""):
        cell.value = None
    elif isinstance(value, bool):
        cell.value = "✓" if value else ""
    elif isinstance(value, int | float):
        cell.value = value
    elif isinstance(value, Decimal):
        cell.value = int(value) if value == value.to_integral_value() else float(value)
    elif isinstance(value, datetime | date):
        cell.value = value
        if not cell.number_format or cell.number_format == "General":
            cell.number_format = "yyyy-mm-dd"
    else:
        text = spreadsheet_text(str(value))
        cell.value = text
        if is_formula_like(text):
            cell.data_type = "s"  # text from records never becomes a formula
