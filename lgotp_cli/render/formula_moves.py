"""Moving a workbook template's formulas, print area and conditional formats the way Excel
moves them when its row and column loops insert or delete rows and columns."""

from __future__ import annotations

import re
from typing import Any

_CELL_REF = re.compile(r"(?<![A-Za-z0-9_])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])")


def move_print_area(sheet, axis: str, at: int, count: int) -> None:
    """The sheet's print area, after ``count`` rows or columns were added (or removed) at ``at``."""
    from openpyxl.utils.cell import get_column_letter, range_boundaries

    area = sheet.print_area
    if not area:
        return
    text = area.split("!")[-1].replace("$", "") if isinstance(area, str) else None
    if not text or "," in text:
        return
    min_col, min_row, max_col, max_row = range_boundaries(text)
    if axis == "row" and max_row >= at:
        max_row = max(min_row, max_row + count)
    if axis == "col" and max_col >= at:
        max_col = max(min_col, max_col + count)
    sheet.print_area = (
        f"{get_column_letter(min_col)}{min_row}:{get_column_letter(max_col)}{max_row}"
    )


def move_conditional_formats(sheet, axis: str, at: int, count: int) -> None:
    """The sheet's conditional formats, moved and grown as Excel moves them."""
    from openpyxl.formatting.formatting import ConditionalFormattingList
    from openpyxl.worksheet.cell_range import CellRange

    old = sheet.conditional_formatting
    rules = [(str(entry.sqref), list(entry.rules)) for entry in old]
    if not rules:
        return
    fresh = ConditionalFormattingList()
    for sqref, entry_rules in rules:
        moved = []
        for part in sqref.split():
            area = CellRange(part)
            low, high = (
                (area.min_row, area.max_row) if axis == "row" else (area.min_col, area.max_col)
            )
            if low > at:
                low, high = low + count, high + count
            elif high >= at:
                high = max(low, high + count)
            if axis == "row":
                area = CellRange(
                    min_col=area.min_col, max_col=area.max_col, min_row=low, max_row=high
                )
            else:
                area = CellRange(
                    min_col=low, max_col=high, min_row=area.min_row, max_row=area.max_row
                )
            moved.append(area.coord)
        for rule in entry_rules:
            fresh.add(" ".join(moved), rule)
    sheet.conditional_formatting = fresh


_JINJA = re.compile(r"(\{\{.*?\}\}|\{%.*?%\})", re.DOTALL)


def outside_jinja(formula: str, change) -> str:
    """Apply ``change`` to the parts of a formula that are not Jinja (nor string literals)."""
    pieces = _JINJA.split(formula)
    out = []
    for index, piece in enumerate(pieces):
        if index % 2:
            out.append(piece)
            continue
        literals = re.split(r'("[^"]*")', piece)
        out.append(
            "".join(
                part if position % 2 else change(part) for position, part in enumerate(literals)
            )
        )
    return "".join(out)


def copied_formula(value: Any, axis: str, offset: int) -> Any:
    """A loop's own formula, copied ``offset`` rows down (or columns right) as Excel copies."""
    if isinstance(value, str) and value.startswith("="):
        return outside_jinja(
            value, lambda part: shift_references(part, axis, 0, offset, relative=True)
        )
    return value


_RANGE = re.compile(r"(\$?[A-Z]{1,3}\$?\d+):(\$?[A-Z]{1,3}\$?\d+)")


def shift_references(
    text: str, axis: str, at: int, count: int, *, relative: bool = False, grow: bool = True
) -> str:
    """Move references in ``text`` along ``axis``: positions after ``at`` by ``count``
    (``relative``: every relative position by ``count``). A range that ends on ``at`` grows
    (``grow``); a range only on a deleted row or column becomes 0."""
    from openpyxl.utils import column_index_from_string, get_column_letter

    def parts(match: re.Match) -> list:
        col_dollar, column, row_dollar, number = match.groups()
        return [col_dollar, column_index_from_string(column), row_dollar, int(number)]

    def build(p: list) -> str:
        return f"{p[0]}{get_column_letter(p[1])}{p[2]}{p[3]}"

    def moved(p: list) -> list:
        index, absolute = (3, p[2]) if axis == "row" else (1, p[0])
        if relative:
            if not absolute:
                p[index] += count
        elif p[index] > at:
            p[index] += count
        return p

    def one(match: re.Match) -> str:
        return build(moved(parts(match)))

    def whole(match: re.Match) -> str:
        start = parts(_CELL_REF.fullmatch(match.group(1)))
        end = parts(_CELL_REF.fullmatch(match.group(2)))
        index = 3 if axis == "row" else 1
        if not relative and count < 0 and start[index] == end[index] == at:
            return "0"  # the range was only the row that went away (a loop over nothing)
        if not relative and grow and count > 0 and end[index] == at and start[index] <= at:
            end[index] += count
            return f"{build(moved(start))}:{build(end)}"
        if not relative and count < 0 and end[index] == at:
            end[index] -= 1
            return f"{build(moved(start))}:{build(end)}"
        return f"{build(moved(start))}:{build(moved(end))}"

    pieces = _RANGE.split(text)
    # split with two groups gives: text, start, end, text, start, end, ...
    out = []
    index = 0
    while index < len(pieces):
        out.append(_CELL_REF.sub(one, pieces[index]))
        if index + 2 < len(pieces):
            out.append(whole(_RANGE.fullmatch(f"{pieces[index + 1]}:{pieces[index + 2]}")))
        index += 3
    return "".join(out)
