"""`lgotp export`: every record as one csv, xlsx, json or sqlite file.

CSV and XLSX hold the sheet layout that `lgotp import` reads back (a `kind` column first; XLSX
a sheet per kind); values are the text of the records as written, so a round trip loses
nothing. JSON holds the records as typed objects; SQLite a table per kind for ad-hoc queries.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from lgotp_cli.errors import UserError
from lgotp_cli.i18n import error_words, record_file_words
from lgotp_cli.keys import flatten
from lgotp_cli.models.keys import ordered
from lgotp_cli.models.record import Record
from lgotp_cli.output.files import (
    OutputError,
    build_atomic,
    format_from_extension,
    write_atomic,
    write_output,
)
from lgotp_cli.render.guard import neutralise, spreadsheet_text
from lgotp_cli.render.sheet_layout import cell_width, set_up_printing
from lgotp_cli.render.workbook_bytes import making_workbook, workbook_bytes
from lgotp_cli.sheets.typed_cells import typed_value
from lgotp_cli.source.discover import KIND_FOLDERS

FORMATS = ("csv", "xlsx", "json", "sqlite")
FORMAT_OF_SUFFIX = {
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".json": "json",
    ".sqlite": "sqlite",
    ".db": "sqlite",
    ".sqlite3": "sqlite",
}
KINDS = tuple(KIND_FOLDERS.values())
CHUNK_ROWS = 1000  # rows of CSV text handed on at a time


def _columns(records: list[Record], kind: str) -> list[str]:
    """The columns of a sheet (or table) of ``kind``'s records: every dotted key any has."""
    keys = {"kind"}
    for record in records:
        keys.update(flatten(record.raw.data))
    return ordered(keys, [kind])


def to_csv(records: list[Record]) -> Iterator[str]:
    """One sheet of every record, a `kind` column first (the layout `lgotp import` reads), in
    chunks: the columns are found in a first pass, and rows are flattened again as written, so
    that no copy of every record is held at once."""
    keys = {"kind"}
    for record in records:
        keys.update(flatten(record.raw.data))
    kinds = sorted({r.kind for r in records}, key=KINDS.index)
    columns = ordered(keys, kinds)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for number, record in enumerate(records, start=1):
        row = {"kind": record.kind, **flatten(record.raw.data)}
        # Record text that a spreadsheet would run gets the apostrophe of the formula guard;
        # `lgotp import` takes it off again.
        writer.writerow([neutralise(row.get(column, "")) for column in columns])
        if number % CHUNK_ROWS == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def to_xlsx(records: list[Record]) -> bytes:
    """A sheet per kind (trainee, dispatch, request) that `lgotp import` reads back as it is:
    dates as date cells, amounts, counts and years as numbers, flags as booleans, codes and ids
    as text (leading zeros kept); the header frozen and filtered, widths fitted; printed on A4
    landscape at full size, the header and the kind and id columns on every page."""
    return making_workbook(lambda: _workbook(records))


def _workbook(records: list[Record]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    # Write-only: rows go to the file as they are appended, not held as cell objects (a
    # workbook of 100,000 records would otherwise take gigabytes). Columns and their widths
    # come from a first pass, since a write-only sheet cannot be changed once rows are in it.
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for kind in KINDS:
        chosen = [record for record in records if record.kind == kind]
        if not chosen:
            continue
        widths = {"kind": cell_width(kind)}
        for record in chosen:
            for key, value in flatten(record.raw.data).items():
                widths[key] = max(widths.get(key, 0), cell_width(spreadsheet_text(value)))
        columns = ordered(set(widths), [kind])
        sheet = workbook.create_sheet(kind)
        sheet.freeze_panes = "B2"
        last = get_column_letter(len(columns))
        sheet.auto_filter.ref = f"A1:{last}{len(chosen) + 1}"
        set_up_printing(sheet, title_rows="1:1", title_columns="A:B")
        for number, column in enumerate(columns, start=1):
            width = max(cell_width(column), widths[column])
            sheet.column_dimensions[get_column_letter(number)].width = min(40, width + 2)
        header = [WriteOnlyCell(sheet, value=column) for column in columns]
        for cell in header:
            cell.font = bold
        sheet.append(header)
        for record in chosen:
            row = {"kind": kind, **flatten(record.raw.data)}
            sheet.append([_typed_cell(sheet, kind, column, row.get(column)) for column in columns])
    if not workbook.worksheets:
        workbook.create_sheet("trainee")
    return workbook_bytes(workbook)


def _typed_cell(sheet, kind: str, key: str, value: str | None):
    from openpyxl.cell import WriteOnlyCell

    if not value:
        return None
    if key == "kind":
        return value
    typed = typed_value(kind, key, spreadsheet_text(value))
    cell = WriteOnlyCell(sheet, value=typed.value)
    if isinstance(typed.value, str):
        cell.data_type = "s"  # text stays text: never a formula, never a number
    if typed.number_format:
        cell.number_format = typed.number_format
    return cell


def to_json(records: list[Record], root: Path) -> Iterator[str]:
    """Every record as a typed object (dates as ISO text, yen as integers), with its kind and
    file; a record that does not fit its model is given as written. In chunks, a record each:
    the same text as one ``json.dumps(…, indent=2)`` of the list, without holding it whole."""
    if not records:
        yield "[]\n"
        return
    resolved_root = root.resolve()
    for number, record in enumerate(records):
        if record.model is not None:
            data = record.model.model_dump(mode="json", by_alias=True, exclude_none=True)
        else:
            data = record.raw.data
        item = {"kind": record.kind, "file": _relative(record.path, root, resolved_root), **data}
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        yield ("[\n  " if number == 0 else ",\n  ") + text
    yield "\n]\n"


def _relative(path: Path, root: Path, resolved_root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()  # found under the root: no system call
    except ValueError:
        pass
    try:
        return path.resolve().relative_to(resolved_root).as_posix()
    except ValueError:
        return str(path)


def choose_format(explicit: str | None, output: Path) -> str:
    """``--format`` if given, else the one ``output``'s extension names; UserError otherwise."""
    chosen = explicit or format_from_extension(output, FORMAT_OF_SUFFIX)
    if chosen not in FORMATS:
        raise UserError(record_file_words.EXPORT_FORMAT.of(given=explicit or output.name))
    return chosen


def write_export(records: list[Record], root: Path, output: Path, fmt: str) -> None:
    """Write every record to ``output`` in ``fmt`` (one of FORMATS), whole or not at all; a
    file that cannot be written is an OutputError (one sentence)."""
    if fmt == "sqlite":
        write_sqlite(records, output)
    elif fmt == "xlsx":
        try:
            data = to_xlsx(records)
        except OutputError as error:  # while making the workbook: nothing is written yet
            raise OutputError(error_words.CANNOT_WRITE.of(path=output, reason=error)) from None
        write_atomic(output, data)
    elif fmt == "csv":
        write_output(output, to_csv(records), bom=True)  # Excel's "CSV UTF-8"
    else:
        write_output(output, to_json(records, root))


def write_sqlite(records: list[Record], path: Path) -> None:
    """A table per kind, a column per dotted key (text), written whole or not at all; a file
    that cannot be written is an OutputError giving the reason."""

    def build(temporary: Path) -> None:
        connection = sqlite3.connect(temporary)
        try:
            with connection:
                for kind in KINDS:
                    chosen = [record for record in records if record.kind == kind]
                    if not chosen:
                        continue
                    columns = _columns(chosen, kind)
                    quoted = ", ".join(f'"{column}" TEXT' for column in columns)
                    connection.execute(f'CREATE TABLE "{kind}" ({quoted})')
                    marks = ", ".join("?" for _ in columns)
                    rows = ({"kind": kind, **flatten(r.raw.data)} for r in chosen)
                    connection.executemany(
                        f'INSERT INTO "{kind}" VALUES ({marks})',
                        ([row.get(column) for column in columns] for row in rows),
                    )
        finally:
            connection.close()

    what = error_words.AN_SQLITE_DATABASE
    build_atomic(path, build, what=what, errors=(sqlite3.Error,))
