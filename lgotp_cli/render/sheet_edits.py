"""Rows and columns a workbook template's loops add or remove, with everything that hangs on
them moved along: formulas' references, row heights and column widths, merged cells, the print
area and conditional formats. ``workbook._Sheet`` fills a sheet with these."""

from __future__ import annotations

from copy import copy

from lgotp_cli.render.formula_moves import (
    copied_formula,
    move_conditional_formats,
    move_print_area,
    outside_jinja,
    shift_references,
)


class SheetEdits:
    """Inserting and deleting rows and columns of ``self.sheet`` (an openpyxl worksheet); each
    move is recorded in ``self.moves`` (axis, at, count) for what is filled afterwards."""

    sheet: object
    moves: list

    def _insert_columns(self, column: int, copies: int) -> None:
        from openpyxl.utils import get_column_letter

        sheet = self.sheet
        self._move_formulas("col", column, copies)
        widths = {
            index: sheet.column_dimensions[get_column_letter(index)].width
            for index in range(column + 1, sheet.max_column + 1)
        }
        merged = self._take_merged()
        sheet.insert_cols(column + 1, copies)
        for index, width in widths.items():
            if width:
                sheet.column_dimensions[get_column_letter(index + copies)].width = width
        width = sheet.column_dimensions[get_column_letter(column)].width
        for row in range(1, sheet.max_row + 1):
            source = sheet.cell(row=row, column=column)
            for offset in range(1, copies + 1):
                target = sheet.cell(row=row, column=column + offset)
                target.value = copied_formula(source.value, "col", offset)
                target._style = copy(source._style)
        for offset in range(1, copies + 1):
            if width:
                sheet.column_dimensions[get_column_letter(column + offset)].width = width
        for area in merged:
            if area.min_col > column:
                area.shift(copies, 0)
            elif area.min_col <= column <= area.max_col and area.max_col > area.min_col:
                area.expand(right=copies)
            elif area.min_col <= column <= area.max_col:
                area.expand(right=copies) if area.max_row == area.min_row else None
            sheet.merged_cells.add(area)
        move_print_area(self.sheet, "col", column, copies)
        move_conditional_formats(self.sheet, "col", column, copies)
        self.moves.append(("col", column, copies))

    def _take_merged(self) -> list:
        merged = list(self.sheet.merged_cells.ranges)
        for area in merged:
            self.sheet.merged_cells.remove(area)
        return merged

    def _insert_rows(self, row: int, copies: int) -> None:
        sheet = self.sheet
        self._move_formulas("row", row, copies)
        heights = {
            number: dimension.height
            for number, dimension in list(sheet.row_dimensions.items())
            if number > row and dimension.height is not None
        }
        merged = self._take_merged()
        sheet.insert_rows(row + 1, copies)
        # openpyxl moves cells but not row heights: move those below the loop ourselves.
        for number in heights:
            sheet.row_dimensions[number].height = None
        for number, value in heights.items():
            sheet.row_dimensions[number + copies].height = value
        height = sheet.row_dimensions[row].height
        for column in range(1, sheet.max_column + 1):
            source = sheet.cell(row=row, column=column)
            for offset in range(1, copies + 1):
                target = sheet.cell(row=row + offset, column=column)
                target.value = copied_formula(source.value, "row", offset)
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
        move_print_area(self.sheet, "row", row, copies)
        move_conditional_formats(self.sheet, "row", row, copies)
        self.moves.append(("row", row, copies))

    def _delete_row(self, row: int) -> None:
        sheet = self.sheet
        self._move_formulas("row", row, -1)
        heights = {
            number: dimension.height
            for number, dimension in list(sheet.row_dimensions.items())
            if number > row and dimension.height is not None
        }
        merged = self._take_merged()
        sheet.delete_rows(row, 1)
        for number in heights:
            sheet.row_dimensions[number].height = None
        for number, value in sorted(heights.items()):
            sheet.row_dimensions[number - 1].height = value
        for area in merged:
            if area.min_row > row:
                area.shift(0, -1)
                sheet.merged_cells.add(area)
            elif area.max_row < row:
                sheet.merged_cells.add(area)
        move_print_area(self.sheet, "row", row, -1)
        move_conditional_formats(self.sheet, "row", row, -1)
        self.moves.append(("row", row, -1))

    def _move_formulas(self, axis: str, at: int, count: int) -> None:
        """References after ``at`` move by ``count``; a range ending on ``at`` grows. The loop's
        own cells only follow what moved after them."""
        for sheet_row in self.sheet.iter_rows():
            for cell in sheet_row:
                value = cell.value
                if isinstance(value, str) and value.startswith("="):
                    own = (cell.row if axis == "row" else cell.column) == at
                    cell.value = outside_jinja(
                        value,
                        lambda part, own=own: shift_references(part, axis, at, count, grow=not own),
                    )
