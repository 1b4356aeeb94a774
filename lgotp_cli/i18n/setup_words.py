"""The catalogue's words for the first ten minutes: what `lgotp init` says it made, and what
`lgotp new` asks and answers (its prompts, the problems with an answer, why a record was not
written)."""

from __future__ import annotations

from lgotp_cli.i18n.text import Terms, Words

# --- lgotp init ---------------------------------------------------------------------------------

MADE = Words("{path}: made", "{path}: 作成しました")
LEFT_AS_IT_IS = Words("{path}: exists, left as it is", "{path}: 既にあるため、そのままにしました")
INIT_DONE = Words(
    "A records repository in {folder}: add a trainee with `{new}`, and check the records with "
    "`{validate}`.",
    "{folder} に記録リポジトリを用意しました。研修員の記録は `{new}` で追加し、"
    "`{validate}` で検証してください。",
)
INIT_NOTHING = Words(
    "Nothing was made: {folder} already has everything lgotp init makes.",
    "{folder} には lgotp init が作るものが既にすべてあるため、何も作成しませんでした。",
)
INIT_NOT_A_FOLDER = Words(
    "{folder} is a file, not a folder; give lgotp init a folder to make the records repository in.",
    "{folder} はフォルダーではなくファイルです。記録リポジトリを作るフォルダーを指定してください。",
)

# --- lgotp new: the questions -------------------------------------------------------------------

# A record kind in a sentence ("a new trainee needs …").
KIND = Terms(
    {
        "trainee": Words("trainee", "研修員"),
        "dispatch": Words("dispatch", "専門家派遣"),
        "request": Words("request", "利用要望"),
    }
)
OPTIONAL = Words(", optional: Enter to skip", "、省略可: Enter で飛ばします")
CODE_FORM = Words("six digits, like 232025", "6桁の数字（例: 232025）")
MONEY_FORM = Words("whole yen, like 180000", "円、整数で（例: 180000）")
COUNTRY_FORM = Words(
    "a code or a name: BR, Brazil, ブラジル", "国コードか国名（BR、Brazil、ブラジル）"
)
COUNTRIES_FORM = Words("codes or names, separated by ;", "国コードか国名を ; で区切って")
ONE_OR_MORE = Words(
    "one or more of {choices}, separated by ;", "{choices} から1つ以上を ; で区切って"
)
ONE_OF_KEYS = Words("one of {count} keys: {choices}", "次の{count}個のいずれか: {choices}")
SEPARATED = Words("separated by ;", "; で区切って")
PHASE_START = Words("First day of {phase}", "{phase}の開始日")
PHASE_END = Words("Last day of {phase}", "{phase}の終了日")
# The kinds of overseas employer, and how a dispatch is arranged (the other choices have their
# words in record_words).
EMPLOYER_TYPE = Terms(
    {
        "local_government": Words("local government", "地方自治体"),
        "local_government_agency": Words("local government agency", "地方自治体の機関"),
        "other": Words("other", "その他"),
    }
)
ARRANGEMENT = Terms(
    {
        "business_trip": Words("business trip", "出張"),
        "temporary_staffing": Words("temporary staffing", "労働者派遣"),
    }
)
HOST_PROVIDES = Terms(
    {
        "local_travel": Words("local travel", "現地交通費"),
        "living": Words("living", "滞在費"),
        "commuting": Words("commuting", "通勤費"),
        "meals": Words("meals", "食費"),
        "transport": Words("transport", "交通手段"),
        "communication": Words("communication", "通信費"),
        "interpreting": Words("interpreting", "通訳"),
    }
)

# --- lgotp new: what is wrong with an answer ----------------------------------------------------

ANSWER_NEEDED = Words("an answer is needed", "回答が必要です")
IS_A_MAPPING = Words(
    "{key} is a mapping: give its keys ({key}.…)",
    "{key} はその下にキーを持つ項目です。{key}.… の形で指定してください",
)
NOT_ALLOWED_CLOSE = Words(
    "'{wrong}' is not allowed; did you mean '{close}'?",
    "'{wrong}' は指定できません。'{close}' のことですか",
)
NOT_ALLOWED = Words(
    "'{wrong}' is not allowed; expected {expected}",
    "'{wrong}' は指定できません。{expected} のいずれかを指定してください",
)
WRONG_CHECK_DIGIT_NAMED = Words(
    "{code} has a wrong check digit: {right} is {name}",
    "{code} は検査数字（末尾の桁）が誤っています。{right} なら{name}です",
)
WRONG_CHECK_DIGIT = Words(
    "{code} has a wrong check digit; the code would be {right}",
    "{code} は検査数字（末尾の桁）が誤っています。正しくは {right} です",
)
NOT_A_COUNTRY = Words(
    "'{text}' is not a country lgotp knows{hint}: give its code (BR) or its name in English or "
    "Japanese (Brazil, ブラジル)",
    "'{text}' はどの国か分かりません{hint}。国コード（BR）か、英語または日本語の国名（Brazil、"
    "ブラジル）を指定してください",
)
CLOSEST = Words(" (the closest: {names})", "（近いもの: {names}）")
UNKNOWN_KEY = Words(
    "a {kind} record has no key {key}{hint}", "{kind}の記録にキー {key} はありません{hint}"
)
DID_YOU_MEAN_KEY = Words("; did you mean {key}?", "。{key} のことですか")
SCHEMA_LISTS_KEYS = Words(
    "; `lgotp schema` lists the keys", "。キーの一覧は `lgotp schema` で確認できます"
)

# --- lgotp new: why nothing was written ---------------------------------------------------------

BAD_SET = Words("--set {key}={text}: {problem}.", "--set {key}={text}: {problem}。")
GAVE_UP = Words(
    "{key}: {problem}; nothing was written.", "{key}: {problem}。何も書き込んでいません。"
)
NEEDS_ONE = Words(
    "a new {kind} needs {keys}: give it with --set KEY=VALUE (e.g. --set {first}=…), or run on "
    "a terminal without --no-input.",
    "新しい{kind}の記録には {keys} が必要です。--set KEY=VALUE（例: --set {first}=…）で指定"
    "するか、--no-input を付けずに端末で実行してください。",
)
NEEDS_MANY = Words(
    "a new {kind} needs {keys}: give them with --set KEY=VALUE (e.g. --set {first}=…), or run "
    "on a terminal without --no-input.",
    "新しい{kind}の記録には {keys} が必要です。--set KEY=VALUE（例: --set {first}=…）で指定"
    "するか、--no-input を付けずに端末で実行してください。",
)
NOT_WRITTEN_ONE = Words(
    "{name} was not written: it would have {errors} error; fix it with --set KEY=VALUE.",
    "{name} は書き込んでいません。エラーが {errors} 件あります。--set KEY=VALUE で直してください。",
)
NOT_WRITTEN_MANY = Words(
    "{name} was not written: it would have {errors} errors; fix them with --set KEY=VALUE.",
    "{name} は書き込んでいません。エラーが {errors} 件あります。--set KEY=VALUE で直してください。",
)
FILE_TAKEN = Words(
    "{path} already exists; lgotp new never replaces a file: give another id with --set id=…, "
    "or edit that file.",
    "{path} は既にあります。lgotp new はファイルを置き換えません。--set id=… で別の ID を"
    "指定するか、そのファイルを編集してください。",
)
YEARS_DISAGREE = Words(
    "--fiscal-year {given} and --set fiscal_year={written} disagree; give one of them.",
    "--fiscal-year {given} と --set fiscal_year={written} が食い違っています。どちらか一方だけを"
    "指定してください。",
)
NO_SUCH_KIND = Words(
    "there is no record kind '{kind}'; the kinds are {kinds}.",
    "記録の種類 '{kind}' はありません。種類は {kinds} です。",
)
REQUEST_NEEDS_HOST = Words(
    "a request's id needs the host's code (host.code).",
    "利用要望の ID には受入団体のコード（host.code）が必要です。",
)
REQUEST_EXISTS = Words(
    "there is already a request of host {host} for fiscal year {year} ({id}); edit that record "
    "instead.",
    "受入団体 {host} の{year}の利用要望（{id}）は既にあります。その記録を編集してください。",
)
IDS_TAKEN = Words(
    "the ids up to {id} were all taken while lgotp new ran; try again, or give the id with "
    "--set id=….",
    "lgotp new の実行中に {id} までの ID がすべて使われました。もう一度実行するか、"
    "--set id=… で ID を指定してください。",
)
TRY_AGAIN = Words("to try again: {command}", "もう一度試すには: {command}")
SET_TAKES = Words(
    "--set takes KEY=VALUE (period.arrival=2025-05-26), not '{item}'.",
    "--set には KEY=VALUE（例: period.arrival=2025-05-26）を指定してください。'{item}' は"
    "この形ではありません。",
)
