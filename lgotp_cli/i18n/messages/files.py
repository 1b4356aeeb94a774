"""The messages of the L rules: what the loader finds while it reads a record file (L001–L006,
and X305's links it does not follow) and what is wrong with ``lgotp.yaml`` (L007).

The YAML parser's own words are kept in English output as they always were; in Japanese the
message says what they mean (``yaml_trouble``) and quotes them as a detail.
"""

from __future__ import annotations

from lgotp_cli.i18n.text import Said, Terms, Verbatim, Words

# --- reading the bytes (L002, L006) ----------------------------------------------------------

FILE_TOO_LARGE_SIZE = Words(
    "file is {size:.1f} MiB, larger than the 5 MiB limit for a record file; split it into "
    "smaller files",
    "ファイルが {size:.1f} MiB あり、記録ファイルの上限 5 MiB を超えています。"
    "小さなファイルに分けてください",
)
FILE_TOO_LARGE = Words(
    "file is larger than the 5 MiB limit for a record file; split it into smaller files",
    "ファイルが記録ファイルの上限 5 MiB を超えています。小さなファイルに分けてください",
)
NOT_UTF8 = Words(
    "file is not UTF-8 text: {guess}; re-save it as UTF-8",
    "ファイルが UTF-8 のテキストではありません（{guess}）。UTF-8 で保存し直してください",
)
LOOKS_UTF16 = Words("it looks like UTF-16", "UTF-16 で保存されているようです")
LOOKS_CP932 = Words(
    "it looks like Shift_JIS/CP932 (as Japanese Excel or Notepad saves it); save it as UTF-8 "
    "(in Excel: CSV UTF-8)",
    "日本語版の Excel やメモ帳が保存する Shift_JIS/CP932 のようです。Excel では"
    "「CSV UTF-8（コンマ区切り）」で保存します",
)
LONE_SURROGATE = Words(
    "bytes {bytes} encode the lone surrogate U+{code:04X}, which UTF-8 does not allow",
    "バイト {bytes} は UTF-8 では使えない単独のサロゲート U+{code:04X} を表しています",
)
BAD_BYTE = Words(
    "byte 0x{byte:02x} cannot be decoded",
    "バイト 0x{byte:02x} を文字として読めません",
)
CANNOT_READ = Words(
    "file cannot be read: {reason}",
    "ファイルを読み込めません（{reason}）。ファイルを開けるか、アクセス権を確認してください",
)

# --- YAML (L001, L003–L006) -------------------------------------------------------------------

FILE_EMPTY = Words(
    "file is empty: it holds no record",
    "ファイルが空で、記録がありません。記録を書くか、ファイルを削除してください",
)
NOT_A_RECORD = Words(
    "the document is not a record (a mapping of keys) or a list of records; a record file holds "
    "`key: value` lines",
    "内容が記録（キーと値の組）でも記録のリストでもありません。記録ファイルには "
    "`key: value` の形の行を書いてください",
)
CHARACTER_NOT_ALLOWED = Words(
    "not valid YAML: the character U+{code:04X} is not allowed in a YAML file; remove it",
    "YAML として正しくありません。文字 U+{code:04X} は YAML ファイルに使えません。削除してください",
)
NOT_READABLE_YAML = Words(
    "not valid YAML: {error}",
    "YAML として読めません（{error}）。ファイルの内容を確認してください",
)
KEY_NOT_TEXT = Words(
    "not valid YAML for a record: a key must be plain text, not a list or mapping",
    "記録の YAML として正しくありません。キーにリストやマッピングは使えません。"
    "キーは文字だけで書いてください",
)
DUPLICATE_KEY = Words(
    "key '{key}' is given twice in one mapping: on line {first} and on line {line}; keep one "
    "(the first is used)",
    "キー '{key}' が同じマッピングに2回あります（{first} 行目と {line} 行目）。"
    "どちらか一方を残してください（今は最初の値が使われます）",
)
SYNTAX = Words(
    "not valid YAML: {detail} (the parser stopped at line {line}, column {column})",
    "YAML として正しくありません。{detail}。{line} 行 {column} 列で読み取りが止まりました。"
    "その位置かすぐ前の書き方を直してください",
)
# The Japanese of a parser's message: what is wrong, then the parser's words as a detail.
PARSER_SAYS = Words(
    "{what} (the parser says: {parser})",
    "{what}（パーサーの説明: {parser}）",
)
# What the YAML parser's messages mean, by what the parser says (``yaml_trouble``).
YAML_TROUBLE = Terms(
    {
        "colon": Words(
            "a colon and a space where no key can start: the indentation is off, or a value "
            "holds ': ' and needs quotes",
            "キーを書けない位置に「: 」があります。字下げがずれているか、値の中に「: 」が"
            "あるので値を引用符で囲む必要があります",
        ),
        "token": Words(
            "a character that cannot start a value here: a tab used for indentation, or a "
            "value starting with @, ` or %",
            "ここでは使えない文字で始まっています。字下げにタブを使っているか、値が @、`、% "
            "で始まっています（字下げは半角スペース、値は引用符で囲みます）",
        ),
        "bracket": Words(
            "a [ without its closing ]",
            "角かっこ [ に対応する閉じかっこ ] がありません",
        ),
        # Braces cannot be written in a template's text: they are said in words.
        "brace": Words(
            "a curly bracket left open",
            "波かっこが閉じていません（開きかっこに対応する閉じかっこがありません）",
        ),
        "quote": Words(
            "a quote without its closing quote",
            "引用符が閉じていません",
        ),
        "escape": Words(
            "a backslash in double quotes followed by a character that is no escape",
            "二重引用符の中の \\ の後に使えない文字があります（\\ を使わないか、単一引用符で"
            "囲んでください）",
        ),
        "dash": Words(
            "a line that is not a list item among list items: the indentation is off",
            "リストの項目（- で始まる行）の並びに項目でない行があります。字下げがずれています",
        ),
        "key": Words(
            "something after a value where the next key should be: text after a closing quote "
            "or bracket, or the indentation is off",
            "次のキーがあるべき位置に別のものがあります。閉じた引用符やかっこの後に文字が"
            "あるか、字下げがずれています",
        ),
        "node": Words(
            "no value where a value should be: a stray bracket or comma",
            "値があるべき位置に値がありません。余分なかっこやカンマがあります",
        ),
        "simple_key": Words(
            "a line that is neither a key with its colon nor part of a value",
            "キーの後のコロン（:）がない行があります",
        ),
        "anchor": Words(
            "an anchor, alias or tag written incompletely",
            "アンカー（&）、エイリアス（*）またはタグ（!）の書き方が不完全です",
        ),
        "other": Words(
            "the YAML is written wrongly here",
            "YAML の書き方に誤りがあります",
        ),
    }
)
# The parser's words (its ``problem``, or its ``context``) that name each trouble.
_TROUBLE_WORDS = (
    ("mapping values are not allowed", "colon"),
    ("cannot start any token", "token"),
    ("expected ',' or ']'", "bracket"),
    ("expected ',' or '}'", "brace"),
    ("scanning a quoted scalar", "quote"),
    ("unknown escape character", "escape"),
    ("expected '-' indicator", "dash"),
    ("did not find expected key", "key"),
    ("expected node content", "node"),
    ("could not find expected ':'", "simple_key"),
    ("scanning an anchor", "anchor"),
    ("scanning an alias", "anchor"),
    ("scanning a tag", "anchor"),
)


def yaml_trouble(parser: str) -> Verbatim:
    """The parser's words (``context; problem``): as they are in English, and in Japanese what
    they mean with the words quoted."""
    cause = next((cause for words, cause in _TROUBLE_WORDS if words in parser), "other")
    return Verbatim(parser, PARSER_SAYS.of(what=YAML_TROUBLE[cause].of(), parser=parser))


ALIAS = Words(
    "an alias (*{anchor}) is not allowed in records; write the value out in full",
    "エイリアス（*{anchor}）は記録に使えません。値をそのまま書いてください",
)
ANCHOR = Words(
    "an anchor (&{anchor}) is not allowed in records; remove it and write values out in full",
    "アンカー（&{anchor}）は記録に使えません。削除して、値をそのまま書いてください",
)
TAG = Words(
    "a tag ({tag}) on {what} is not allowed in records; remove it (the schema decides what each "
    "value means)",
    "{what}に付いたタグ（{tag}）は記録に使えません。削除してください（値の意味はスキーマが"
    "決めます）",
)
TAGGED = Terms(
    {
        "value": Words("a value", "値"),
        "mapping": Words("a mapping", "マッピング"),
        "list": Words("a list", "リスト"),
    }
)
SECOND_DOCUMENT = Words(
    "more than one YAML document (`---`) in one file; put each record in a file of its own or "
    "in one list",
    "1つのファイルに YAML の文書（`---`）が複数あります。記録ごとにファイルを分けるか、"
    "1つのリストにまとめてください",
)
TOO_DEEP = Words(
    "nested deeper than {levels} levels; records are never that deep",
    "入れ子が {levels} 段を超えています。記録がそこまで深くなることはないので、入れ子を"
    "減らしてください",
)

# --- CSV sheets (L001, L003, L005) ------------------------------------------------------------

SHEET_EMPTY = Words(
    "sheet is empty: no header row naming columns",
    "シートが空です。1行目に列の名前（見出し行）を書いてください",
)
TOO_MANY_CELLS = Words(
    "row has {cells} cells but the header names {columns} columns; give the extra cells a "
    "header or remove them",
    "この行には {cells} 個のセルがありますが、見出し行の列は {columns} 個です。余分なセルに"
    "見出しを付けるか、削除してください",
)
CHARACTER_NOT_IN_SHEET = Words(
    "the character U+{code:04X} is not allowed in a record sheet (it is not text); remove it",
    "文字 U+{code:04X} は記録のシートに使えません（文字ではありません）。削除してください",
)
NOT_A_SHEET = Words(
    "not a valid CSV sheet: {error}",
    "CSV のシートとして読めません（{error}）。ファイルを確認してください",
)
COLUMN_TWICE = Words(
    "column '{name}' is named twice in the header: columns {first} and {second}; keep one",
    "列 '{name}' が見出し行に2回あります（{first} 列目と {second} 列目）。一方だけにしてください",
)

# --- links the loader does not follow (X305) -------------------------------------------------

LINK_OUT = Words(
    "record file is a link that leads outside the records root; it is not read; replace it "
    "with the file itself",
    "記録ファイルが記録フォルダーの外を指すリンクなので、読み込んでいません。"
    "リンクではなくファイルそのものを置いてください",
)
FOLDER_LINK_OUT = Words(
    "folder is a link that leads outside the records root; nothing in it is read; replace it "
    "with the folder itself",
    "フォルダーが記録フォルダーの外を指すリンクなので、中身を読み込んでいません。"
    "リンクではなくフォルダーそのものを置いてください",
)
LINK_LOOP = Words(
    "record file is a link that leads back to itself (a loop of links); it is not read; remove "
    "it or replace it with the file itself",
    "記録ファイルが自分自身に戻るリンク（リンクの循環）なので、読み込んでいません。"
    "削除するか、ファイルそのものに置き換えてください",
)

# --- lgotp.yaml (L007) -----------------------------------------------------------------------

CONFIG_INVALID = Words(
    "lgotp.yaml is invalid: {problem}",
    "lgotp.yaml に誤りがあります: {problem}",
)
CONFIG_STOPS = Words(
    "lgotp: lgotp.yaml is invalid, so no record can be checked; fix it first (`lgotp config` "
    "shows the defaults).",
    "lgotp: lgotp.yaml に誤りがあるため、記録を検証できません。先に lgotp.yaml を直してください"
    "（`lgotp config` で既定値を確認できます）。",
)
CONFIG_CANNOT_READ = Words(
    "cannot be read: {reason}",
    "読み込めません（{reason}）。ファイルを開けるか、アクセス権を確認してください",
)
CONFIG_NOT_A_MAPPING = Words(
    "lgotp.yaml must be a mapping with policy, allocation_tax, calendar",
    "lgotp.yaml は policy、allocation_tax、calendar などのキーと値の組（マッピング）で"
    "書いてください",
)
CONFIG_UNKNOWN_TOP_KEY = Words(
    "unknown key '{key}'; the keys are {keys}",
    "'{key}' というキーはありません。使えるキーは {keys} です",
)
CONFIG_NOT_A_MAPPING_SECTION = Words(
    "{section} must be a mapping",
    "{section} はキーと値の組（マッピング）で書いてください",
)
CONFIG_AT = Words("{where}: {problem}", "{where} の誤り: {problem}")
CONFIG_MISSING = Words("required key is missing", "必須のキーがありません。書き加えてください")
CONFIG_UNKNOWN = Words(
    "unknown key", "このキーはありません。削除するか、正しいキーに直してください"
)
CONFIG_CHOOSE = Words(
    "expected one of {choices}",
    "{choices} のいずれかを書いてください",
)
CONFIG_NOT_A_CODE = Words("not a code", "団体コードではありません")
RATIO_FORM = Words(
    "'{value}' is not a ratio: write a decimal from 0 to 1, like 0.5",
    "'{value}' は割合として読めません。0.5 のように 0 から 1 までの小数で書いてください",
)
NOT_A_RATIO = Words("'{value}' is not a ratio", "'{value}' は割合として読めません")
RATIO_OUTSIDE = Words(
    "ratio {value} is outside 0–1",
    "割合 {value} が 0〜1 の範囲外です。0 から 1 までの小数で書いてください",
)
HOST_CODE_PREFECTURE = Words(
    "code {code} is a prefecture's code (xx000c), so its type cannot be {type}",
    "コード {code} は都道府県のコード（xx000c）なので、type を {type} にはできません",
)
HOST_CODE_NOT_PREFECTURE = Words(
    "code {code} is not a prefecture's code (xx000c), so its type cannot be {type}",
    "コード {code} は都道府県のコード（xx000c）ではないので、type を {type} にはできません",
)
HOST_CODE_DATES = Words(
    "valid_to {valid_to} is before valid_from {valid_from}",
    "valid_to {valid_to} が valid_from {valid_from} より前です。日付を確認してください",
)
HOST_CODE_TWICE = Words(
    "code {code} is declared twice for the same days (also host_codes entry {other}); give each "
    "declaration dates that do not overlap",
    "コード {code} が同じ期間について2回宣言されています（host_codes の {other} 番目にも"
    "あります）。期間が重ならないように日付を付けてください",
)
HOST_CODE_OWN_SUCCESSOR = Words(
    "code {code} cannot be its own successor",
    "コード {code} を自分自身の承継団体にはできません。successor を直してください",
)
HOST_CODE_NO_SUCCESSOR = Words(
    "successor {successor} does not exist: {why}; give a code in MIC's list or declare it in "
    "host_codes too",
    "承継団体 {successor} がありません（{why}）。総務省の一覧にあるコードを書くか、"
    "host_codes にも宣言してください",
)
UNKNOWN_CODE = Words("it is not known", "知られていないコードです")


def config_invalid(problem: str | Said) -> Said:
    """An L007 diagnostic's message: lgotp.yaml is invalid, and why."""
    return CONFIG_INVALID.of(problem=problem)
