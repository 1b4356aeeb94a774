"""The catalogue's words for what `lgotp validate` says: the summary that ends its output (and
heads the site). Rule messages move here next, as templates with named placeholders."""

from __future__ import annotations

from lgotp_cli.i18n.text import Counted, Words

# English counts as _plural always did (no thousands separator); Japanese with one.
RECORDS = Counted(
    one=Words("{count} record", "{count:,} 件の記録"),
    other=Words("{count} records", "{count:,} 件の記録"),
)
FILES = Counted(
    one=Words("{count} file", "{count:,} ファイル"),
    other=Words("{count} files", "{count:,} ファイル"),
)
ERRORS = Counted(
    one=Words("{count} error", "エラー {count:,} 件"),
    other=Words("{count} errors", "エラー {count:,} 件"),
)
WARNINGS = Counted(
    one=Words("{count} warning", "警告 {count:,} 件"),
    other=Words("{count} warnings", "警告 {count:,} 件"),
)
NOTES = Counted(
    one=Words("{count} note", "注意 {count:,} 件"),
    other=Words("{count} notes", "注意 {count:,} 件"),
)
CHECKED = Words("{records} in {files}", "{files}の {records}")
WITH_NOTES = Words(" ({notes})", "（{notes}）")
ALL_GOOD = Words(
    "All good: {checked} checked, no errors or warnings{notes}.",
    "問題なし: {checked}を検証し、エラーも警告もありません{notes}。",
)
# A JUnit failure's count of problems in one file.
PROBLEMS = Counted(
    one=Words("{count} problem", "問題 {count:,} 件"),
    other=Words("{count} problems", "問題 {count:,} 件"),
)
FOUND = Words(
    "Found {errors} and {warnings} in {checked}.", "{checked}に、{errors}と{warnings}があります。"
)
