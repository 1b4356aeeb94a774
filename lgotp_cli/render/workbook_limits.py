"""How big a filled workbook may grow: its own module, light enough for the command line to
read the defaults of `lgotp return --max-rows/--max-columns/--max-cells` at start-up."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lgotp_cli.i18n.text import Said

EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384


@dataclass(frozen=True, slots=True)
class WorkbookLimits:
    """How big a filled workbook may grow (all its sheets' areas together for ``cells``)."""

    rows: int = 100_000
    columns: int = 1_000
    cells: int = 1_000_000

    def problem(self) -> Said | None:
        """Why these limits cannot be used (past Excel's own), or None: a phrase, said in the
        language of the error it goes into."""
        for value, most, option in (
            (self.rows, EXCEL_ROWS, "--max-rows"),
            (self.columns, EXCEL_COLUMNS, "--max-columns"),
            (self.cells, EXCEL_ROWS * EXCEL_COLUMNS, "--max-cells"),
        ):
            if not 1 <= value <= most:
                from lgotp_cli.i18n import error_words

                return error_words.LIMIT_OUT_OF_RANGE.of(option=option, most=most, value=value)
        return None

    def room(self, rows: int, columns: int, elsewhere: int) -> Said | None:
        """What is wrong with a sheet of ``rows`` × ``columns`` when the workbook's other
        sheets take ``elsewhere`` cells, as a phrase; None when it fits."""
        from lgotp_cli.i18n import return_words as said

        if rows > self.rows:
            return said.ROOM_ROWS.of(rows=rows, most=self.rows)
        if columns > self.columns:
            return said.ROOM_COLUMNS.of(columns=columns, most=self.columns)
        cells = rows * columns + elsewhere
        if cells > self.cells:
            return said.ROOM_CELLS.of(cells=cells, most=self.cells)
        return None
