"""A sheet's values as Japanese Excel writes them, read as the records write them, each reading
said as a note at its row and column.

A clerk's sheet is not a record: Excel shows dates as ``2025/5/26`` and saves them so (or as its
date numbers), writes ``1,200,000`` and ``¥120,000``, drops the leading zero of ``010006``, and a
Japanese keyboard types full-width digits. `lgotp validate` reports each of these in a record
file (``validate --fix`` corrects them); `lgotp import` reads them as the value meant, with the
same readings (``source.readings``), and says so: nothing is converted silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from lgotp_cli.i18n.messages import excel as words
from lgotp_cli.i18n.text import Said
from lgotp_cli.reference.codes import CODE_PATTERN, has_valid_check_digit
from lgotp_cli.sheets.typed_cells import key_form
from lgotp_cli.source.model import RawRecord
from lgotp_cli.source.readings import list_reading, reading

# Excel's date numbers count days from 1899-12-30 (its 1900 leap-year bug folded in). Only a
# five-digit number is taken for one (1927-05-18 to 2173-10-14): a shorter one is more likely a
# year or a mistake than a date.
_EXCEL_EPOCH = date(1899, 12, 30)
_FIRST_SERIAL, _LAST_SERIAL = 10_000, 99_999
_NUMBER_FORMS = ("money", "count", "year")


def read_as_excel_wrote(record: RawRecord, where: str) -> list[Said]:
    """Change ``record``'s values written as Excel or a Japanese keyboard writes them into the
    record's form, in place; a note for each, at ``where:line:column``."""
    notes = []
    for path, text in list(_leaves(record.data, ())):
        key = ".".join(str(step) for step in path)
        found = read_cell(record.kind, key, text)
        if found is None:
            continue
        corrected, what = found
        _put(record.data, path, corrected)
        line, column = record.value_position(path) or record.start
        notes.append(
            words.READ_AS.of(
                where=f"{where}:{line}:{column}",
                key=key,
                what=what,
                written=text,
                corrected=corrected,
            )
        )
    return notes


def _leaves(node, path: tuple) -> Iterator[tuple[tuple, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _leaves(value, (*path, index))
    elif isinstance(node, str):
        yield path, node


def _put(data, path: tuple, value: str) -> None:
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value


def read_cell(kind: str, key: str, text: str):
    """The value ``text`` stands for at ``key`` and the name of how it was written; None when
    it is written as the record writes it (or is no known spelling)."""
    form = key_form(kind, key)
    if form == "date":
        serial = _serial_date(text)
        if serial is not None:
            return serial, words.EXCEL_SERIAL_DATE
    if form == "code" and len(text) == 5 and text.isdigit():
        padded = "0" + text
        if CODE_PATTERN.fullmatch(padded) and has_valid_check_digit(padded):
            return padded, words.LEADING_ZERO_LOST
    if form == "list":
        found = list_reading(text, "; ")
    elif form in ("date", "code", *_NUMBER_FORMS):
        found = reading(text, form)
    else:
        return None
    return (found.corrected, found.mistake) if found is not None else None


def _serial_date(text: str) -> str | None:
    if not text.isdigit() or not _FIRST_SERIAL <= int(text) <= _LAST_SERIAL:
        return None
    return (_EXCEL_EPOCH + timedelta(days=int(text))).isoformat()
