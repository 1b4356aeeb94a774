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
Expressions are evaluated in Jinja's sandbox: a records repository's templates are untrusted.
"""

from __future__ import annotations

import io
import re
from copy import copy
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from lgotp_cli.render.guard import is_formula_like

_ROW_LOOP = re.compile(r"^\s*\{%-?\s*for\s+(\w+)\s+in\s+(.+?)\s*-?%\}")
_COLUMN_LOOP = re.compile(r"^\s*\{%-?col\s+for\s+(\w+)\s+in\s+(.+?)\s*-?%\}")
_SINGLE = re.compile(r"^\s*\{\{((?:(?!\}\}|\{\{).)+)\}\}\s*$", re.DOTALL)
_CELL_REF = re.compile(r"(?<![A-Za-z0-9_])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])")


class WorkbookTemplateError(Exception):
    """A template cannot be filled: the message names the template, sheet and cell."""


def _where(name: str, sheet, cell) -> str:
    return f"{name}, sheet '{sheet.title}', cell {cell.coordinate}"


def render_workbook(template: Path, context: dict, *, env, name: str | None = None) -> bytes:
    """Fill ``template`` with ``context`` and return the workbook's bytes."""
    from openpyxl import load_workbook

    name = name or template.name
    try:
        workbook = load_workbook(template)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise WorkbookTemplateError(f"{name} is not a readable .xlsx workbook ({error})") from None
    for sheet in workbook.worksheets:
        _Sheet(sheet, context, env, name).fill()
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


class _Sheet:
    def __init__(self, sheet, context: dict, env, name: str) -> None:
        self.sheet = sheet
        self.context = context
        self.env = env
        self.name = name
        self.rows: dict[str, dict] = {}
        self.row_blocks: list[tuple[int, int, str, list]] = []  # first row, count, name, items
        self.column_blocks: list[tuple[int, int, str, list]] = []

    # --- evaluation -------------------------------------------------------------------------
    def _evaluate(self, expression: str, scope: dict, cell) -> Any:
        from jinja2 import TemplateSyntaxError
        from jinja2.exceptions import SecurityError, UndefinedError

        try:
            return self.env.compile_expression(expression.strip(), undefined_to_none=False)(**scope)
        except TemplateSyntaxError as error:
            raise WorkbookTemplateError(
                f"{_where(self.name, self.sheet, cell)} has a template syntax error: {error.message}"
            ) from None
        except SecurityError as error:
            raise WorkbookTemplateError(
                f"{_where(self.name, self.sheet, cell)} tried something unsafe and was stopped: {error}"
            ) from None
        except UndefinedError as error:
            raise WorkbookTemplateError(
                f"{_where(self.name, self.sheet, cell)} uses something that does not exist: {error}"
            ) from None
        except Exception as error:  # an expression failing on the data (e.g. a None + 1)
            raise WorkbookTemplateError(
                f"{_where(self.name, self.sheet, cell)} could not be evaluated: {error}"
            ) from None

    def _render_text(self, text: str, scope: dict, cell) -> str:
        from jinja2 import TemplateSyntaxError
        from jinja2.exceptions import SecurityError, UndefinedError

        try:
            return self.env.from_string(text).render(**scope)
        except TemplateSyntaxError as error:
            raise WorkbookTemplateError(
                f"{_where(self.name, self.sheet, cell)} has a template syntax error: {error.message}"
            ) from None
        except SecurityError as error:
            raise WorkbookTemplateError(
                f"{_where(self.name, self.sheet, cell)} tried something unsafe and was stopped: {error}"
            ) from None
        except UndefinedError as error:
            raise WorkbookTemplateError(
                f"{_where(self.name, self.sheet, cell)} uses something that does not exist: {error}"
            ) from None

    def _items(self, expression: str, cell) -> list:
        value = self._evaluate(expression, self.context, cell)
        try:
            return list(value or ())
        except TypeError:
            raise WorkbookTemplateError(
                f"{_where(self.name, self.sheet, cell)} loops over something that is not a list"
            ) from None

    # --- structure ----------------------------------------------------------------------------
    def fill(self) -> None:
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
                self.sheet.insert_cols(column + 1, count - 1)
                self._copy_column(column, count - 1)
            self.column_blocks = [
                (first + (count - 1 if first > column else 0), n, var, its)
                for first, n, var, its in self.column_blocks
            ]
            self.column_blocks.append((column, count, variable, items))

    def _copy_column(self, column: int, copies: int) -> None:
        from openpyxl.utils import get_column_letter

        sheet = self.sheet
        source_letter = get_column_letter(column)
        width = sheet.column_dimensions[source_letter].width
        for row in range(1, sheet.max_row + 1):
            source = sheet.cell(row=row, column=column)
            for offset in range(1, copies + 1):
                target = sheet.cell(row=row, column=column + offset)
                target.value = source.value
                target._style = copy(source._style)
        for offset in range(1, copies + 1):
            if width:
                sheet.column_dimensions[get_column_letter(column + offset)].width = width

    def _expand_rows(self) -> None:
        for row, variable, expression, cell in reversed(self._loops(_ROW_LOOP, False)):
            items = self._items(expression, cell)
            count = len(items)
            if count == 0:
                self._delete_row(row)
            elif count > 1:
                self._insert_rows(row, count - 1)
            shift = count - 1
            self.row_blocks = [
                (first + (shift if first > row else 0), n, var, its)
                for first, n, var, its in self.row_blocks
            ]
            if count:
                self.row_blocks.append((row, count, variable, items))
            self.rows[variable] = {"first": row, "last": row + max(count, 1) - 1, "count": count}
        # Rows of upper loops moved when lower ones grew; the blocks hold the final rows.
        for first, n, variable, _ in self.row_blocks:
            self.rows[variable] = {"first": first, "last": first + n - 1, "count": n}

    def _insert_rows(self, row: int, copies: int) -> None:
        sheet = self.sheet
        self._move_formulas(row, copies)
        merged = list(sheet.merged_cells.ranges)
        for area in merged:
            sheet.merged_cells.remove(area)
        heights = {
            number: dimension.height
            for number, dimension in list(sheet.row_dimensions.items())
            if number > row and dimension.height is not None
        }
        sheet.insert_rows(row + 1, copies)
        # openpyxl moves cells but not row heights: move those below the loop ourselves.
        for number in sorted(heights, reverse=True):
            sheet.row_dimensions[number].height = None
        for number, value in heights.items():
            sheet.row_dimensions[number + copies].height = value
        height = sheet.row_dimensions[row].height
        for column in range(1, sheet.max_column + 1):
            source = sheet.cell(row=row, column=column)
            for offset in range(1, copies + 1):
                target = sheet.cell(row=row + offset, column=column)
                target.value = _moved_formula(source.value, offset)
                target._style = copy(source._style)
        for offset in range(1, copies + 1):
            if height is not None:
                sheet.row_dimensions[row + offset].height = height
        for area in merged:
            if area.min_row > row:
                area.shift(0, copies)
                sheet.merged_cells.add(area)
            elif area.min_row == area.max_row == row:
                sheet.merged_cells.add(area)
                for offset in range(1, copies + 1):
                    copy_area = copy(area)
                    copy_area.shift(0, offset)
                    sheet.merged_cells.add(copy_area)
            else:
                if area.min_row <= row < area.max_row:
                    area.expand(down=copies)
                sheet.merged_cells.add(area)

    def _delete_row(self, row: int) -> None:
        sheet = self.sheet
        self._move_formulas(row, -1)
        merged = list(sheet.merged_cells.ranges)
        for area in merged:
            sheet.merged_cells.remove(area)
        sheet.delete_rows(row, 1)
        for area in merged:
            if area.min_row > row:
                area.shift(0, -1)
                sheet.merged_cells.add(area)
            elif area.max_row < row:
                sheet.merged_cells.add(area)

    def _move_formulas(self, row: int, count: int) -> None:
        """References below ``row`` move by ``count``; a range ending on ``row`` grows."""
        for sheet_row in self.sheet.iter_rows():
            for cell in sheet_row:
                value = cell.value
                if isinstance(value, str) and value.startswith("=") and cell.row != row:
                    cell.value = _shift_references(value, row, count)

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
                    _put(cell, self._evaluate(single.group(1), scope, cell))
                elif text.lstrip().startswith("="):
                    cell.value = self._render_text(text, scope, cell)  # the author's formula
                else:
                    _put(cell, self._render_text(text, scope, cell))


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
    if value is None or value == "":
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
        text = str(value)
        cell.value = text
        if is_formula_like(text):
            cell.data_type = "s"  # text from records never becomes a formula


def _moved_formula(value: Any, offset: int) -> Any:
    """A loop row's own formula, moved down ``offset`` rows as Excel moves a copied formula."""
    if isinstance(value, str) and value.startswith("=") and "{{" not in value:
        return _shift_references(value, 0, offset, relative=True)
    return value


def _shift_references(formula: str, row: int, count: int, *, relative: bool = False) -> str:
    """Move the row numbers of references in ``formula``: rows after ``row`` by ``count``
    (``relative``: every relative row by ``count``); a range ending on ``row`` grows."""

    def move(match: re.Match) -> str:
        col_dollar, column, row_dollar, number = match.groups()
        number = int(number)
        if relative:
            if not row_dollar:
                number += count
        elif number > row:
            number += count
        return f"{col_dollar}{column}{row_dollar}{number}"

    def move_range(match: re.Match) -> str:
        start, end = match.group(1), match.group(2)
        end_match = _CELL_REF.fullmatch(end)
        if not relative and end_match and int(end_match.group(4)) == row and count > 0:
            grown = f"{end_match.group(1)}{end_match.group(2)}{end_match.group(3)}{row + count}"
            return f"{_CELL_REF.sub(move, start)}:{grown}"
        return f"{_CELL_REF.sub(move, start)}:{_CELL_REF.sub(move, end)}"

    parts = re.split(r'("[^"]*")', formula)  # leave string literals alone
    for index in range(0, len(parts), 2):
        ranged = re.sub(r"(\$?[A-Z]{1,3}\$?\d+):(\$?[A-Z]{1,3}\$?\d+)", move_range, parts[index])
        # Single references outside ranges (ranges were handled as a whole above).
        pieces = re.split(r"(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)", ranged)
        parts[index] = "".join(
            piece if position % 2 else _CELL_REF.sub(move, piece)
            for position, piece in enumerate(pieces)
        )
    return "".join(parts)
