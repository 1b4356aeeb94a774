"""What `lgotp import` says when it reads a sheet as Japanese Excel wrote it: the encoding, and
each value it read as the record's form (a note, not a problem: the sheet is not a record)."""

from __future__ import annotations

from lgotp_cli.i18n.text import Words

READ_AS_CP932 = Words(
    "{file} is not UTF-8: it was read as Shift_JIS (CP932), as Japanese Excel saves CSV",
    "{file} は UTF-8 ではないため、日本語版 Excel の CSV と同じ Shift_JIS（CP932）として読みました",
)
READ_AS = Words(
    "{where}: {key}: read {what} '{written}' as {corrected}",
    "{where}: {key}: {what}「{written}」を {corrected} として読みました",
)
EXCEL_SERIAL_DATE = Words("an Excel date number", "Excel の日付シリアル値")
LEADING_ZERO_LOST = Words(
    "a code whose leading zero Excel dropped", "Excel が先頭の 0 を落とした団体コード"
)
