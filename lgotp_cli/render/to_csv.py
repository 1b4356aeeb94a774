"""A Table as CSV (the csv module): a header of column ids, then typed values; text that a
spreadsheet would take for a formula is neutralised, numbers stay numbers."""

from __future__ import annotations

import csv
import io

from lgotp_cli.render import RenderContext
from lgotp_cli.render.guard import neutralise
from lgotp_cli.reports.table import Table, plain


def to_csv(table: Table) -> str:
    """UTF-8 text; the command adds a BOM when writing a file, so that Excel reads it as UTF-8."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([column.id for column in table.columns])
    for row in table.rows:
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()


def _cell(value):
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    return value


def render(tables: list[Table], context: RenderContext) -> str:
    """The renderer of the csv format: the first (main) table's data."""
    return to_csv(tables[0].data())
