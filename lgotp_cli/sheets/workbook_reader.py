"""Reading a workbook someone sent, within bounds: an .xlsx is a zip of XML that says how big it
is, and neither what it says nor what it holds can be trusted. A 1.6 KB file may declare
``A1:XFD1048576`` (17 billion cells) or unzip to gigabytes; read naively, either takes the
machine's memory. So the zip's members are measured before anything is unpacked, the sheet's
declared dimensions are ignored (rows are read as stored), and reading stops at the first row or
column past ``ReadLimits``, with one sentence saying which limit and how to go on.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from lgotp_cli.i18n.text import Said, Words


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """How much of a sheet `lgotp import` reads before it refuses the file."""

    rows: int = 100_000
    columns: int = 500
    unpacked_bytes: int = 256 * 1024 * 1024  # all the zip's members, uncompressed
    members: int = 10_000


class UnreadableSheet(ValueError):
    """The file cannot be read as a sheet (or is beyond the limits); the message is one
    sentence for the user (exit 2)."""

    def __init__(self, message: Said) -> None:
        super().__init__(str(message))
        self.message = message


NOT_A_WORKBOOK = Words(
    "{file} is not a readable .xlsx workbook ({reason}); save it again from Excel as .xlsx.",
    "{file} は読み取れる .xlsx ブックではありません（{reason}）。Excel で .xlsx として保存し直して"
    "ください。",
)
TOO_BIG_UNPACKED = Words(
    "{file} unpacks to more than {most:,} bytes; it cannot be a sheet of records: split it or "
    "remove what is not records.",
    "{file} は展開すると {most:,} バイトを超えます。記録のシートとしては大きすぎるので、分けるか、"
    "記録以外のものを取り除いてください。",
)
TOO_MANY_MEMBERS = Words(
    "{file} holds more than {most:,} parts; it cannot be a sheet of records: save it again "
    "from Excel as .xlsx.",
    "{file} は {most:,} 個を超える部品を含んでいます。記録のシートではありません。Excel で .xlsx "
    "として保存し直してください。",
)
TOO_MANY_ROWS = Words(
    "sheet '{sheet}' of {file} has more than {most:,} rows (row {row:,} is the first past "
    "them); split the sheet, or delete the empty rows below the records.",
    "{file} のシート「{sheet}」は {most:,} 行を超えています（{row:,} 行目が超えた最初の行）。"
    "シートを分けるか、記録の下の空の行を削除してください。",
)
TOO_MANY_COLUMNS = Words(
    "sheet '{sheet}' of {file} has a value in column {column:,}, past the {most:,} columns a "
    "sheet of records may have; delete the columns right of the records.",
    "{file} のシート「{sheet}」の {column:,} 列目に値があり、記録のシートの上限 {most:,} 列を"
    "超えています。記録より右の列を削除してください。",
)


def check_package(path: Path, limits: ReadLimits) -> None:
    """Refuse a file that is not a zip, or whose members would unpack beyond ``limits``,
    before openpyxl unpacks anything."""
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise UnreadableSheet(NOT_A_WORKBOOK.of(file=path.name, reason=error)) from None
    if len(members) > limits.members:
        raise UnreadableSheet(TOO_MANY_MEMBERS.of(file=path.name, most=limits.members))
    if sum(member.file_size for member in members) > limits.unpacked_bytes:
        raise UnreadableSheet(TOO_BIG_UNPACKED.of(file=path.name, most=limits.unpacked_bytes))


def sheet_rows(worksheet, file: str, limits: ReadLimits) -> Iterator[tuple]:
    """The values of ``worksheet``'s rows as stored (gaps as empty rows), trailing empty cells
    dropped; UnreadableSheet at the first row or column past ``limits``."""
    worksheet.reset_dimensions()  # what the file declares is not what it holds
    for number, row in enumerate(worksheet.iter_rows(values_only=True), start=1):
        if number > limits.rows:
            raise UnreadableSheet(
                TOO_MANY_ROWS.of(sheet=worksheet.title, file=file, most=limits.rows, row=number)
            )
        values = tuple(row)
        end = len(values)
        while end and values[end - 1] in (None, ""):
            end -= 1
        if end > limits.columns:
            raise UnreadableSheet(
                TOO_MANY_COLUMNS.of(
                    sheet=worksheet.title, file=file, column=end, most=limits.columns
                )
            )
        yield values[:end]


def cell_text(value) -> str:
    """A cell's value as the text a record holds: dates ISO, whole numbers without a decimal
    point, booleans ``true``/``false`` (as `lgotp export` writes them)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        midnight = value.time() == datetime.min.time()
        return value.date().isoformat() if midnight else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
