"""`lgotp export`: every record as one csv, xlsx, json or sqlite file.

CSV and XLSX hold the sheet layout that `lgotp import` reads back (a `kind` column first; XLSX
a sheet per kind); values are the text of the records as written, so a round trip loses
nothing. JSON holds the records as typed objects; SQLite a table per kind for ad-hoc queries.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import tempfile
from pathlib import Path

from lgotp_cli.models.record import Record
from lgotp_cli.render.atomic import OutputError, is_regular_or_absent, workbook_bytes
from lgotp_cli.render.guard import is_formula_like, neutralise, spreadsheet_text
from lgotp_cli.sheets import flatten, ordered_columns
from lgotp_cli.source.discover import KIND_FOLDERS

FORMATS = ("csv", "xlsx", "json", "sqlite")
KINDS = tuple(KIND_FOLDERS.values())


def _rows(records: list[Record], kind: str | None = None) -> tuple[list[str], list[dict]]:
    chosen = [r for r in records if kind is None or r.kind == kind]
    rows = [{"kind": r.kind, **flatten(r.raw.data)} for r in chosen]
    kinds = [kind] if kind else sorted({r.kind for r in chosen}, key=KINDS.index)
    columns = ordered_columns(kinds, {key for row in rows for key in row})
    return columns, rows


def to_csv(records: list[Record]) -> str:
    """One sheet of every record, a `kind` column first (the layout `lgotp import` reads)."""
    columns, rows = _rows(records)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        # Record text that a spreadsheet would run gets the apostrophe of the formula guard;
        # `lgotp import` takes it off again.
        writer.writerow([neutralise(row.get(column, "")) for column in columns])
    return buffer.getvalue()


def to_xlsx(records: list[Record]) -> bytes:
    """A sheet per kind (trainee, dispatch, request), text cells, the header frozen."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for kind in KINDS:
        columns, rows = _rows(records, kind)
        if not rows:
            continue
        sheet = workbook.create_sheet(kind)
        sheet.append(columns)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(
                [spreadsheet_text(row[column]) if row.get(column) else None for column in columns]
            )
        for sheet_row in sheet.iter_rows(min_row=2):
            for cell in sheet_row:
                if isinstance(cell.value, str) and is_formula_like(cell.value):
                    cell.data_type = "s"  # stays text, never a formula
        sheet.freeze_panes = "B2"
        for column_cells in sheet.columns:
            width = max(len(str(cell.value or "")) for cell in column_cells)
            sheet.column_dimensions[column_cells[0].column_letter].width = min(40, width + 2)
    if not workbook.worksheets:
        workbook.create_sheet("trainee")
    return workbook_bytes(workbook)


def to_json(records: list[Record], root: Path) -> str:
    """Every record as a typed object (dates as ISO text, yen as integers), with its kind and
    file; a record that does not fit its model is given as written."""
    items = []
    for record in records:
        if record.model is not None:
            data = record.model.model_dump(mode="json", by_alias=True, exclude_none=True)
        else:
            data = record.raw.data
        try:
            file = record.path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            file = str(record.path)
        items.append({"kind": record.kind, "file": file, **data})
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def write_sqlite(records: list[Record], path: Path) -> None:
    """A table per kind, a column per dotted key (text), written whole or not at all; a file
    that cannot be written is an OutputError giving the reason."""
    directory = path.parent if str(path.parent) else Path(".")
    if not is_regular_or_absent(path):
        raise OutputError(
            "it is not a regular file, and an SQLite database must be one; give a file name"
        )
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise OutputError(error.strerror or str(error)) from None
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        with connection:
            for kind in KINDS:
                columns, rows = _rows(records, kind)
                if not rows:
                    continue
                quoted = ", ".join(f'"{column}" TEXT' for column in columns)
                connection.execute(f'CREATE TABLE "{kind}" ({quoted})')
                marks = ", ".join("?" for _ in columns)
                connection.executemany(
                    f'INSERT INTO "{kind}" VALUES ({marks})',
                    [[row.get(column) for column in columns] for row in rows],
                )
        connection.close()
        current = os.umask(0)
        os.umask(current)
        os.chmod(temporary, 0o666 & ~current)
        os.replace(temporary, path)
    except (OSError, sqlite3.Error) as error:
        Path(temporary).unlink(missing_ok=True)
        reason = getattr(error, "strerror", None) or str(error)
        raise OutputError(reason) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
