"""The messages of the S rules: a record against its kind's model (S101 a required key missing,
S102 an unknown key, S103 a value of the wrong type or form, S104 a kind that disagrees with
the folder), and what each form of value must be (``models.types``), which S103's messages and
lgotp.yaml's (L007) are made of.

Keys, codes and values are quoted as they are in both languages (``'2024-4-1'``,
``period.arrival``); the name of a kind of value that is not text (a list) is said in the
message's language.
"""

from __future__ import annotations

from lgotp_cli.i18n.text import Terms, Words

# --- S101: a required key missing -------------------------------------------------------------

MISSING = Words(
    "required key '{key}' is missing",
    "必須のキー '{key}' がありません。書き加えてください",
)
EMPTY = Words(
    "'{key}' is empty; give it a value",
    "'{key}' に値がありません。値を書いてください",
)
SPECIALIST_KEY_MISSING = Words(
    "required key 'specialist.{key}' is missing: {what} (for a retired specialist, write "
    "retired: true)",
    "必須のキー 'specialist.{key}' がありません。{what}を書いてください（退職した専門家の場合は "
    "retired: true と書きます）",
)
SPECIALIST_KEY = Terms(
    {
        "employer": Words(
            "the local government the specialist works for", "専門家が勤める地方公共団体"
        ),
        "arrangement": Words(
            "business_trip or temporary_staffing",
            "派遣の形態（business_trip か temporary_staffing）",
        ),
    }
)
WORKPLACE_MISSING = Words(
    "required key 'costs.workplace' is missing: what the specialist's workplace bears (0)",
    "必須のキー 'costs.workplace' がありません。専門家の所属先が負担する額（0）を書いてください",
)
COSTS_MISSING = Words(
    "required key 'costs' is missing: a {status} dispatch needs the costs borne by CLAIR, the "
    "items the host provides and the workplace's share (0)",
    "必須のキー 'costs' がありません。status: {status} の派遣には、CLAIR が負担する経費、"
    "受入側が提供するもの、所属先の負担額（0）が必要です。書き加えてください",
)
SELECTION_MISSING = Words(
    "required key 'selection' is missing: Form 2's selection method (clair, independent or "
    "undecided) is needed unless the host is not participating",
    "必須のキー 'selection' がありません。参加しない場合を除き、様式2の選考方法（clair、"
    "independent、undecided のいずれか）を書いてください",
)

# --- S102: an unknown key ---------------------------------------------------------------------

UNKNOWN_KEY_CLOSE = Words(
    "unknown key '{key}'{place}; did you mean '{close}'?",
    "{place}キー '{key}' はありません。'{close}' の誤りではありませんか（正しいキーに直すか、"
    "削除してください）",
)
UNKNOWN_KEY = Words(
    "unknown key '{key}'{place}; the keys here are: {keys}",
    "{place}キー '{key}' はありません。ここで使えるキーは {keys} です。どれかに直すか、削除して"
    "ください",
)
IN_PLACE = Words(" in {where}", "{where} に")

# --- S103: a value of the wrong type or form ----------------------------------------------------

WRONG_FORM = Words("{key}: {problem}", "{key} の値が正しくありません。{problem}")
NOT_ALLOWED = Words(
    "{value} is not allowed here: expected one of {choices}{hint}",
    "{value} はここでは使えません。{choices} のいずれかを書いてください{hint}",
)
DID_YOU_MEAN = Words("; did you mean '{close}'?", "（'{close}' の誤りではありませんか）")
EXPECTED_MAPPING = Words(
    "expected a mapping of keys, not {value}",
    "{value}ではなく、キーと値の組（マッピング）を書いてください",
)
EXPECTED_LIST = Words("expected a list, not {value}", "{value}ではなく、リストを書いてください")
EXPECTED_TEXT = Words("expected text, not {value}", "{value}ではなく、文字で書いてください")
# What a value is, as S103 describes it: "not a list", "not the text 'Maria'".
DESCRIBED = Terms(
    {
        "mapping": Words("a mapping", "マッピング"),
        "list": Words("a list", "リスト"),
    }
)
THE_TEXT = Words("the text '{value}'", "「{value}」という文字列")
# A value that is not text, by the name of its type ("list is not an amount of yen").
VALUE_TYPE = Terms(
    {
        "list": Words("list", "リスト"),
        "dict": Words("dict", "マッピング"),
        "bool": Words("bool", "真偽値"),
        "int": Words("int", "整数"),
        "float": Words("float", "小数"),
    }
)
OTHER_FORM = Words(
    "the value is not of its form ({detail})",
    "値の形が正しくありません（{detail}）",
)
ARRANGEMENT_RETIRED = Words(
    "specialist.arrangement does not apply to a retired specialist (retired: true), who is "
    "neither on a business trip nor temporary staff; remove it",
    "退職した専門家（retired: true）は出張でも派遣職員でもないので、specialist.arrangement は"
    "当てはまりません。削除してください",
)
WORKPLACE_RETIRED = Words(
    "costs.workplace does not apply to a retired specialist (retired: true), who has no "
    "workplace; remove it",
    "退職した専門家（retired: true）には所属先がないので、costs.workplace は当てはまりません。"
    "削除してください",
)
KIND_NOT_ONE_WORD = Words(
    "kind must be one word (trainee, dispatch or request), not a {what}",
    "kind は trainee、dispatch、request のいずれか1語で書いてください（{what}は使えません）",
)
KIND_SHAPE = Terms(
    {
        "list": Words("list", "リスト"),
        "mapping": Words("mapping", "マッピング"),
    }
)
NOT_A_KIND = Words(
    "kind: '{kind}' is not a record kind (trainee, dispatch or request)",
    "kind: '{kind}' は記録の種類ではありません。trainee、dispatch、request のいずれかを"
    "書いてください",
)

# --- S104: kind and folder --------------------------------------------------------------------

KIND_NOT_FOLDER = Words(
    "kind: {kind} disagrees with the folder: this file is under {folder}/; move it to {target}/ "
    "or fix `kind`",
    "kind: {kind} がフォルダーと合いません。このファイルは {folder}/ にあります。{target}/ に"
    "移すか、kind を直してください",
)

# --- what a value must be (models.types) --------------------------------------------------------

DATE_NOT_EXISTS = Words(
    "'{value}' is not a date that exists",
    "'{value}' は存在しない日付です。暦にある日付を書いてください",
)
NOT_A_DATE = Words(
    "{value} is not a date written YYYY-MM-DD, like 2024-04-01",
    "{value} は YYYY-MM-DD 形式の日付ではありません。2024-04-01 のように書いてください",
)
EXPECTED_DATE = Words(
    "expected a date written YYYY-MM-DD, not {value}",
    "{value}ではなく、2024-04-01 のように YYYY-MM-DD 形式の日付を書いてください",
)
NOT_MONEY = Words(
    "{value} is not an amount of yen: write a whole number with digits only, like 1200000 (no "
    "¥, commas or decimals)",
    "{value} は円の金額として読めません。1200000 のように数字だけの整数で書いてください"
    "（¥、カンマ、小数点は使えません）",
)
NOT_A_COUNT = Words(
    "{value} is not a whole number",
    "{value} は整数ではありません。0 以上の整数を数字だけで書いてください",
)
NOT_A_YEAR = Words(
    "{value} is not a fiscal year: write the year it starts, like 2024",
    "{value} は年度として読めません。2024 のように年度が始まる年を書いてください",
)
COUNTRY_CASE = Words(
    "'{value}': write country codes in upper case ('{upper}')",
    "'{value}': 国コードは大文字で書いてください（'{upper}'）",
)
NOT_A_COUNTRY = Words(
    "{value} is not an ISO 3166-1 alpha-2 country code (like PH, VN, NO)",
    "{value} は ISO 3166-1 alpha-2 の国コードではありません。PH、VN、NO のような2文字で"
    "書いてください",
)
NOT_A_CODE = Words(
    "{value} is not a local government code: six digits, the last a check digit, written in "
    'quotes if it starts with 0 ("011002")',
    "{value} は地方公共団体コードではありません。最後の1桁が検査数字の6桁の数字で書き、0 で"
    '始まるときは引用符で囲んでください（"011002"）',
)
NOT_AN_ID = Words(
    "{value} is not an id: use letters, digits, '-', '_' and '.'",
    "{value} は ID に使えません。英字、数字、'-'、'_'、'.' だけで書いてください",
)
TEXT_EMPTY = Words("is empty: write some text", "空です。文字を書いてください")
NOT_A_FLAG = Words(
    "{value} is not true or false",
    "{value} は true でも false でもありません。true か false を書いてください",
)
NOT_A_DISPATCH_FIELD = Words(
    "'{value}' is a field of LGOTP trainees, not one of the dispatch programme's 32 fields; "
    "choose one of those (other when none fits)",
    "'{value}' は LGOTP 研修員の分野で、専門家派遣の32分野にはありません。32分野から選んで"
    "ください（当てはまるものがなければ other）",
)


def shown(value: object) -> str | Words:
    """A value as a message quotes it: text in quotes, anything else by its type's name."""
    if isinstance(value, str):
        return f"'{value}'"
    name = type(value).__name__
    return VALUE_TYPE.get(name) or name


def described(value: object) -> str | Words:
    """A value as S103 describes what it is instead: a mapping, a list, the text '…'."""
    if isinstance(value, dict):
        return DESCRIBED["mapping"]
    if isinstance(value, list):
        return DESCRIBED["list"]
    if isinstance(value, str):
        return THE_TEXT.of(value=value)
    return type(value).__name__
