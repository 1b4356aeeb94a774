"""The catalogue's words for the commands that read and write sheets of records: ``import``
and ``export``: their errors (one sentence each) and what they print when they are done
(``lgotp new`` says its own in ``setup_words``)."""

from __future__ import annotations

from lgotp_cli.i18n.text import Words

# --- lgotp import --------------------------------------------------------------------------

NO_SHEET = Words(
    "{sheet} does not exist; give a .csv or .xlsx sheet.",
    "{sheet} がありません。.csv か .xlsx のシートを指定してください。",
)
SHEET_UNREADABLE = Words("{path}: {problem}", "{path} を読めません: {problem}")
NOT_A_SHEET = Words(
    "{name} is neither a .csv nor an .xlsx sheet.",
    "{name} は .csv でも .xlsx でもありません。CSV か XLSX のシートを指定してください。",
)
WORKBOOK_UNREADABLE = Words(
    "{path} is not a readable .xlsx workbook ({error}).",
    "{path} は読める .xlsx のワークブックではありません（{error}）。",
)
NO_SUCH_SHEET = Words(
    "{name} has no sheet '{sheet}'; its sheets are {sheets}.",
    "{name} にシート '{sheet}' はありません。シートは {sheets} です。",
)
NO_KIND_COLUMN = Words(
    "the sheet has no `kind` column: say which records it holds with --kind trainee, dispatch "
    "or request.",
    "シートに `kind` の列がありません。--kind trainee、dispatch、request のいずれかで記録の"
    "種類を指定してください。",
)
UNKNOWN_KIND_IN_COLUMN = Words(
    "the `kind` column holds '{kind}'; kinds are trainee, dispatch and request.",
    "`kind` の列に '{kind}' があります。種類は trainee、dispatch、request のいずれかです。",
)
IMPORT_FILE_TAKEN = Words(
    "{path} already exists; lgotp import never replaces a file: nothing was imported.",
    "{path} はすでにあります。lgotp import はファイルを置き換えないので、何も取り込みません"
    "でした。",
)
UPDATE_THROUGH_LINK = Words(
    "{path} is a link; lgotp changes no record through a link.",
    "{path} はリンクです。lgotp はリンクを通して記録を変更しません。リンクではなく記録"
    "ファイルそのものを置いてください。",
)
CHANGED_MEANWHILE = Words(
    "{path} changed while the import was being checked; nothing was imported: run it again.",
    "取り込みの検査中に {path} が変更されたため、何も取り込みませんでした。もう一度実行して"
    "ください。",
)
NOTHING_WRITTEN = Words(
    "Nothing written: {errors} error(s) in {rows} row(s) of {sheet}; fix them and import again.",
    "何も書きませんでした: {sheet} の {rows} 行にエラーが {errors} 件あります。直してから"
    "もう一度取り込んでください。",
)
WOULD_WRITE = Words("would write {path}", "書き込み予定: {path}")
DRY_RUN = Words(
    "Dry run: {files} record file(s) would be written, {changed} changed, {unchanged} unchanged.",
    "試行のみ: 記録ファイル {files} 件を書き、{changed} 件を変更する予定です（変更なし "
    "{unchanged} 件）。",
)
NO_VALUE = Words("(none)", "（なし）")  # a value a change adds or removes
IMPORTED = Words(
    "Imported {records} record(s) from {sheet}; {changed} changed, {unchanged} unchanged.",
    "{sheet} から記録 {records} 件を取り込み、{changed} 件を変更しました（変更なし "
    "{unchanged} 件）。",
)

# --- lgotp export --------------------------------------------------------------------------

EXPORT_FORMAT = Words(
    "export writes csv, xlsx, json or sqlite; name the file so (.csv, .xlsx, .json, .sqlite) "
    "or pass --format, not '{given}'.",
    "'{given}' には書き出せません。書き出せる形式は csv、xlsx、json、sqlite です。ファイル名の"
    "末尾を .csv、.xlsx、.json、.sqlite のいずれかにするか、--format を指定してください。",
)
EXPORTED_AS_WRITTEN = Words(
    "some records cannot be read and are exported as written; run `lgotp validate` to see why.",
    "読み込めない記録があり、それらは書かれたとおりに書き出しました。原因は `lgotp validate` で"
    "確認してください。",
)
EXPORTED = Words(
    "wrote {count} records to {output}", "{count} 件の記録を {output} に書き出しました"
)
