"""The catalogue's words for what the commands say on the side: notes on standard error, the
progress text on a terminal, the line a command ends with, the sentence for an invalid
lgotp.yaml, an interruption and an internal error."""

from __future__ import annotations

from lgotp_cli.i18n.text import Counted, Words

# Every line lgotp writes on standard error starts "lgotp: " in both languages (the name of
# the command, which scripts and people look for).
NOTE = Words("note: {note}.", "注意: {note}。")
NOTE_AS_SAID = Words("note: {note}", "注意: {note}")  # a note that ends as it ends
LEFT_OUT = Counted(
    one=Words(
        "left out {count} record or file that cannot be read (syntax or schema errors); run "
        "`lgotp validate` to see why.",
        "読み込めない記録またはファイル {count} 件（構文またはスキーマのエラー）を除きました。"
        "原因は `lgotp validate` で確認してください。",
    ),
    other=Words(
        "left out {count} records or files that cannot be read (syntax or schema errors); run "
        "`lgotp validate` to see why.",
        "読み込めない記録またはファイル {count} 件（構文またはスキーマのエラー）を除きました。"
        "原因は `lgotp validate` で確認してください。",
    ),
)
SUBMODULE = Words(
    "{folder} is a git submodule: its files are not part of the records repository and are "
    "not read; copy the records into the repository to have them checked",
    "{folder} は git のサブモジュールです。そのファイルは記録リポジトリの一部ではないので"
    "読みません。検証するには記録をリポジトリにコピーしてください",
)
LEFT_OUT_OF_CHART = Words("left out of the chart: {note}", "チャートから除きました: {note}")

# --- progress on a terminal ----------------------------------------------------------------

READING_RECORDS = Words("Reading records…", "記録を読んでいます…")
READING_FILES = Words("Reading records… {count} files", "記録を読んでいます… {count:,} ファイル")
READING_FILES_SITE = Words(
    "Reading records… {count:,} files", "記録を読んでいます… {count:,} ファイル"
)
WRITING_PAGES = Words("Writing pages…", "ページを書いています…")

# --- what a command ends with --------------------------------------------------------------

WROTE = Words("wrote {path}", "書き込み: {path}")
SITE_WROTE = Words(
    "Wrote {pages:,} pages to {folder} ({found}).",
    "{folder} に {pages:,} ページを書きました（{found}）。",
)
SITE_CLEAN = Words("no errors or warnings in the records", "記録にエラーも警告もありません")
SITE_FOUND = Words(
    "the records have {errors} and {warnings}, shown on the home page",
    "記録に{errors}、{warnings}があり、ホームページに表示しています",
)
SITE_ERRORS = Counted(
    one=Words("{count:,} error", "エラー {count:,} 件"),
    other=Words("{count:,} errors", "エラー {count:,} 件"),
)
SITE_WARNINGS = Counted(
    one=Words("{count:,} warning", "警告 {count:,} 件"),
    other=Words("{count:,} warnings", "警告 {count:,} 件"),
)

# --- lgotp config --------------------------------------------------------------------------

CONFIG_HEADING = Words("# effective configuration: {source}", "# 実際に使われる設定: {source}")
BUILT_IN_DEFAULTS = Words("built-in defaults (no lgotp.yaml)", "組込みの既定値（lgotp.yaml なし）")
# What the output keys mean, above them in `lgotp config` (lgotp.yaml may say the same).
CONFIG_OUTPUT_KEYS = Words(
    "# output: how Japanese outputs for people (md, html, xlsx, the site, the returns) write\n"
    "#   dates: iso (2025-08-20) | japanese (2025年8月20日) | era (令和7年8月20日)\n"
    "#   negative: minus (-713,000円) | triangle (△713,000円)\n"
    "#   English outputs, JSON and CSV always write ISO dates and a minus sign.\n",
    "# output: 日本語の出力（md、html、xlsx、サイト、様式）での日付と負の金額の書き方\n"
    "#   dates: iso（2025-08-20）| japanese（2025年8月20日）| era（令和7年8月20日）\n"
    "#   negative: minus（-713,000円）| triangle（△713,000円）\n"
    "#   英語の出力、JSON、CSV は常に ISO の日付とマイナス記号で書きます。\n",
)

# --- interruptions and bugs ---------------------------------------------------------------

ABORTED = Words("Aborted!", "中止しました。")  # end of input at a question, as Typer says it
INTERRUPTED = Words(
    "interrupted; nothing was left half written.",
    "中断しました。書きかけのファイルは残っていません。",
)
INTERNAL_ERROR = Words(
    "internal error (a bug in lgotp, not in your records); the full trace is in {where}. "
    "Please report it with that file.",
    "内部エラーです（記録ではなく lgotp の不具合です）。詳しい記録は {where} にあります。"
    "このファイルを添えて報告してください。",
)
