"""The messages of keyboard and Excel mistakes: a character a Japanese keyboard (or Excel) puts
where YAML or a value needs ASCII, named in both languages with the corrected text; and what
``lgotp validate --fix`` and ``--diff`` say about the corrections they make.
"""

from __future__ import annotations

from lgotp_cli.i18n.text import Counted, Words

# --- the name of a value's mistake (readings) ---------------------------------------------------

ERA_DATE = Words("a Japanese era date", "和暦の日付")
ERA_YEAR = Words("a Japanese era year", "和暦の年度")
FULL_WIDTH_DIGITS = Words("full-width digits", "全角の数字")
FULL_WIDTH_SPACE = Words("a full-width space", "全角スペース")
FULL_WIDTH_CHARACTERS = Words("full-width characters", "全角の文字")
KANJI_DATE = Words("a date written with 年月日", "「年月日」で書いた日付")
KANJI_YEAR = Words("a year written with 年 or 年度", "「年」「年度」を付けた年")
SLASH_DATE = Words("a date written with slashes", "スラッシュ区切りの日付")
DOT_DATE = Words("a date written with dots", "ピリオド区切りの日付")
DASH = Words(
    "a date with a long-vowel mark or dash for '-'",
    "ハイフンの代わりに長音記号やダッシュを使った日付",
)
YEN = Words("an amount with a yen sign or 円", "円記号や「円」の付いた金額")
THOUSANDS = Words("a number with thousands separators", "桁区切りのカンマが入った数")
IDEOGRAPHIC_COMMA = Words("items separated by an ideographic comma", "読点「、」で区切った項目")
FULL_WIDTH_COMMA = Words(
    "items separated by a full-width comma", "全角のカンマ「，」で区切った項目"
)

# The form a value of each kind is written in, said after the correction.
DATE_FORM = Words("dates are written YYYY-MM-DD", "日付は YYYY-MM-DD の形で書きます")
MONEY_FORM = Words(
    "amounts of yen are whole numbers in ASCII digits, with no ¥, 円 or commas",
    "金額は ¥・円・カンマを付けず、半角数字の整数で書きます",
)
COUNT_FORM = Words("counts are whole numbers in ASCII digits", "数は半角数字の整数で書きます")
YEAR_FORM = Words(
    "a fiscal year is written as the year it starts, like 2024",
    "年度は始まる年を西暦で書きます（令和6年度は 2024）",
)
CODE_FORM = Words("codes are six ASCII digits", "団体コードは半角数字 6 桁です")
TEXT_FORM = Words("codes and ids are written in ASCII", "コードや ID は半角英数字で書きます")
FLOW_LIST_FORM = Words(
    "the items of a [list] are separated by ASCII commas",
    "[ ] の中の項目は半角のカンマで区切ります",
)
CELL_LIST_FORM = Words(
    "the items of a list in one cell are separated by ';'",
    "1 つのセルの中の項目は「;」で区切ります",
)

# A value so written: the name of the mistake, the value as written and as it should be
# written, and the form of its kind.
MISREAD = Words(
    "{what} '{written}': write {corrected} ({form})",
    "{what}「{written}」は使えません。{corrected} と書いてください（{form}）",
)
# S103 for a value so written, at its key.
MISREAD_VALUE = Words(
    "{key}: {what} '{written}': write {corrected} ({form})",
    "{key}: {what}「{written}」は使えません。{corrected} と書いてください（{form}）",
)

# --- L001: YAML's own characters ------------------------------------------------------------

# Each names where the character stands, as the parser's own messages do.
COLON_AFTER_KEY = Words(
    "not valid YAML: a full-width colon '：' after the key '{key}' (line {line}, column "
    "{column}); YAML needs an ASCII colon and a space: write `{fixed}`",
    "YAML として読めません: キー {key} の後ろ（{line} 行 {column} 列目）に全角のコロン「：」が"
    "あります。半角のコロンと空白で `{fixed}` と書いてください",
)
SPACE_AFTER_COLON = Words(
    "not valid YAML: a full-width space '　' after the colon of the key '{key}' (line {line}, "
    "column {column}); YAML needs an ASCII space: write `{fixed}`",
    "YAML として読めません: キー {key} のコロンの後ろ（{line} 行 {column} 列目）に全角スペース"
    "「　」があります。半角スペースで `{fixed}` と書いてください",
)
SPACE_AFTER_DASH = Words(
    "not valid YAML: a full-width space '　' after the '-' of a list item (line {line}, column "
    "{column}); YAML needs an ASCII space: write `{fixed}`",
    "YAML として読めません: リストの「-」の後ろ（{line} 行 {column} 列目）に全角スペース「　」が"
    "あります。半角スペースで `{fixed}` と書いてください",
)
TAB_INDENT = Words(
    "not valid YAML: a tab in the indentation (line {line}, column {column}); YAML indents "
    "with spaces only: write `{fixed}`",
    "YAML として読めません: 字下げ（{line} 行 {column} 列目）にタブが使われています。字下げは"
    "半角スペースだけで `{fixed}` と書いてください",
)
SPACE_INDENT = Words(
    "not valid YAML: a full-width space '　' in the indentation (line {line}, column {column}); "
    "YAML indents with ASCII spaces only: write `{fixed}`",
    "YAML として読めません: 字下げ（{line} 行 {column} 列目）に全角スペース「　」が使われて"
    "います。字下げは半角スペースだけで `{fixed}` と書いてください",
)
SPACE_ON_BLANK_LINE = Words(
    "not valid YAML: a full-width space '　' on a blank line (line {line}, column {column}); "
    "delete it",
    "YAML として読めません: 空行（{line} 行 {column} 列目）に全角スペース「　」があります。"
    "削除してください",
)

# The short names of those mistakes, for what --fix says it changed.
FULL_WIDTH_COLON_FIXED = Words("full-width colon", "全角のコロン")
FULL_WIDTH_SPACE_FIXED = Words("full-width space", "全角スペース")
TAB_FIXED = Words("tab", "タブ")

# --- lgotp validate --fix / --diff ----------------------------------------------------------

FIXED = Words("{where}: fixed: {what} → '{to}'", "{where}: 修正: {what} → '{to}'")
VALUE_FIXED = Words("{what} '{written}'", "{what}「{written}」")
FIXED_COUNT = Counted(
    one=Words("Fixed {count} mistake in {files}.", "{files}の {count} か所を修正しました。"),
    other=Words("Fixed {count} mistakes in {files}.", "{files}の {count} か所を修正しました。"),
)
WOULD_FIX_COUNT = Counted(
    one=Words(
        "Would fix {count} mistake in {files} (--diff writes nothing).",
        "{files}の {count} か所を修正できます（--diff では書き込みません）。",
    ),
    other=Words(
        "Would fix {count} mistakes in {files} (--diff writes nothing).",
        "{files}の {count} か所を修正できます（--diff では書き込みません）。",
    ),
    zero=Words("Nothing to fix.", "修正するものはありません。"),
)
NOT_FIXED_UNPARSED = Words(
    "{where}: not fixed: the file is not valid YAML even after the corrections.",
    "{where}: 修正していません: 修正しても YAML として読めません。",
)
NOT_FIXED_LINK = Words(
    "{where}: not fixed: the file is reached through a link; fix the file it leads to.",
    "{where}: 修正していません: リンクを通して読んでいるファイルです。リンク先のファイルを"
    "修正してください。",
)
NOT_FIXED_CHANGED = Words(
    "{where}: not fixed: the file changed while it was being fixed; run lgotp validate --fix again.",
    "{where}: 修正していません: 修正中にファイルが変更されました。lgotp validate --fix を"
    "もう一度実行してください。",
)
