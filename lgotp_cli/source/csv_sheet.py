"""CSV sheets: one row a record, columns named by dotted keys, into the same raw records.

The header row names each column by the record's dotted key (``period.arrival``); a numbered
segment is a list position (``waivers.0.rule``). An empty cell means the key is absent. Every
value keeps the row's line and the cell's column (1-based, the header being line 1), and every
key points at its header cell, so a column that names no known key is reported there.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from lgotp_cli.i18n.messages import files as said
from lgotp_cli.keys import key_path, numbered_to_lists
from lgotp_cli.source.loader import NOT_PRINTABLE
from lgotp_cli.source.model import Problem, RawFile, RawRecord, SourceText, Spans, SpansLocator


def load_csv(path: Path, kind: str, text: SourceText) -> RawFile:
    """Read a CSV sheet of records; problems that stop the sheet are in ``problems``."""
    raw = RawFile(path=path, kind=kind)
    reader = csv.reader(io.StringIO(text.text, newline=""))
    try:
        header = next(reader, None)
        if header is None or not any(cell.strip() for cell in header):
            raw.problems.append(Problem("L005", 1, 1, said.SHEET_EMPTY.of()))
            return raw
        columns = _columns(header, raw)
        bad_cell = _not_printable(header)
        if bad_cell:
            raw.problems.append(_not_printable_problem(1, *bad_cell))
        if raw.problems:
            return raw
        spans = Spans()
        last_line = reader.line_num
        for row in reader:
            line = last_line + 1
            last_line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(columns) and any(cell.strip() for cell in row[len(columns) :]):
                message = said.TOO_MANY_CELLS.of(cells=len(row), columns=len(columns))
                raw.problems.append(Problem("L001", line, len(columns) + 1, message))
                continue
            bad_cell = _not_printable(row)
            if bad_cell:
                raw.problems.append(_not_printable_problem(line, *bad_cell))
                continue
            index = len(raw.records)
            data = _row_record(row, columns, line, (index,), spans)
            spans.values[(index,)] = (line, 1)
            raw.records.append(
                RawRecord(path, kind, data, SpansLocator(spans, (index,)), index, (line, 1))
            )
    except csv.Error as error:
        raw.problems.append(
            Problem("L001", reader.line_num or 1, 1, said.NOT_A_SHEET.of(error=error))
        )
    return raw


def _not_printable(row: list[str]) -> tuple[int, str] | None:
    """The first cell (1-based) holding a character no record may hold, and that character."""
    for number, cell in enumerate(row, start=1):
        found = NOT_PRINTABLE.search(cell)
        if found:
            return number, found.group()
    return None


def _not_printable_problem(line: int, column: int, character: str) -> Problem:
    return Problem("L001", line, column, said.CHARACTER_NOT_IN_SHEET.of(code=ord(character)))


def _columns(header: list[str], raw: RawFile) -> list[tuple]:
    columns: list[tuple] = []
    seen: dict[str, int] = {}
    for number, cell in enumerate(header, start=1):
        name = cell.strip()
        if name in seen:
            message = said.COLUMN_TWICE.of(name=name, first=seen[name], second=number)
            raw.problems.append(Problem("L003", 1, number, message))
        seen[name] = number
        if name:
            columns.append(key_path(name))
        else:
            columns.append(())
    return columns


def _row_record(row: list[str], columns: list[tuple], line: int, prefix: tuple, spans: Spans):
    tree: dict = {}
    for number, (steps, cell) in enumerate(zip(columns, row, strict=False), start=1):
        value = cell.strip()
        if not value or not steps:
            continue
        node = tree
        for depth, step in enumerate(steps[:-1]):
            child = node.get(step)
            if not isinstance(child, dict):
                child = {}
                node[step] = child
                spans.values.setdefault(prefix + steps[: depth + 1], (line, number))
            # Every part of a dotted name is named by the header: an unknown first part
            # (`perod.arrival`) is reported on the header cell too.
            spans.keys.setdefault(prefix + steps[: depth + 1], (1, number))
            node = child
        node[steps[-1]] = value
        spans.values[prefix + steps] = (line, number)
        spans.keys[prefix + steps] = (1, number)
    return numbered_to_lists(tree)
