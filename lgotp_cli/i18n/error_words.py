"""The catalogue's words for the errors that stop a command: the options, the records root,
output files and templates, reports and returns, git. Each is one sentence (Japanese: what is
wrong, then what to do), filled with ``Words.of(...)`` where the error is raised and said in the
chosen language when ``main()`` reports it. The errors of ``new``, ``import`` and ``export``
(the commands that read and write record files) are in ``record_file_words``.
"""

from __future__ import annotations

from lgotp_cli.i18n.text import Terms, Words

# --- the command line ----------------------------------------------------------------------

UNKNOWN_LANG = Words(
    "{where}={value} is not a language lgotp speaks; use en or ja.",
    "{where}={value} は lgotp が使える言語ではありません。en か ja を指定してください。",
)
MUST_BE_ONE_OF = Words(
    "{option} must be {choices}, not '{value}'.",
    "{option} に '{value}' は指定できません。{choices} のいずれかを指定してください。",
)
NOT_A_FISCAL_YEAR = Words(
    "{option} must be a fiscal year written as the year it starts (2024), not '{value}'.",
    "{option} の '{value}' は年度として読めません。年度は始まる年で書いてください（例: 2024）。",
)
NO_RECORD_KIND = Words(
    "there is no record kind '{value}'; give one of {choices}.",
    "記録の種類 '{value}' はありません。{choices} のいずれかを指定してください。",
)
NO_SCHEMA = Words(
    "there is no schema '{value}'; give one of {choices}.",
    "スキーマ '{value}' はありません。{choices} のいずれかを指定してください。",
)
NO_RETURN = Words(
    "there is no return '{value}'; the returns are {choices}.",
    "様式 '{value}' はありません。作れる様式は {choices} です。",
)
WITHIN_NOT_DAYS = Words(
    "--within must be a whole number of days, 0 or more, not '{value}'.",
    "--within の '{value}' は日数として読めません。0 以上の整数で指定してください。",
)
TIMELINE_ID_OR_YEAR = Words(
    "give a record id (lgotp timeline LGOTP-2024-007) or --fiscal-year YYYY, not both or neither.",
    "記録の ID（lgotp timeline LGOTP-2024-007）か --fiscal-year YYYY のどちらか一方を"
    "指定してください。",
)
HOST_OPTION = Words("--host: {problem}.", "--host: {problem}。")
FROM_AFTER_TO = Words(
    "--from {start} is after --to {end}; give the earlier year first.",
    "--from {start} が --to {end} より後です。早い年度を先に指定してください。",
)
NOT_A_RULE = Words(
    "{option} names '{code}', which is no rule.{hint}",
    "{option} に指定された '{code}' というルールはありません。{hint}",
)
DID_YOU_MEAN = Words(" Did you mean {choices}?", "{choices} のことですか。")
SEE_RULES = Words(" See `lgotp rules`.", "`lgotp rules` でルールの一覧を確認してください。")

# --- the records root and today ------------------------------------------------------------

NO_RECORDS_ROOT = Words(
    "records root '{root}' does not exist; run lgotp in the folder that holds records/, or "
    "pass --records DIR (or set LGOTP_RECORDS).",
    "記録フォルダ '{root}' がありません。records/ のあるフォルダで lgotp を実行するか、"
    "--records DIR を指定してください（LGOTP_RECORDS の設定でもかまいません）。",
)
ROOT_NOT_A_FOLDER = Words(
    "records root '{root}' is not a folder; pass --records DIR.",
    "記録フォルダ '{root}' はフォルダではありません。--records DIR でフォルダを指定してください。",
)
BAD_TODAY = Words(
    "--today (or LGOTP_TODAY) must be a date written YYYY-MM-DD, not '{value}'.",
    "--today（または LGOTP_TODAY）の '{value}' は日付として読めません。YYYY-MM-DD の形で"
    "書いてください。",
)
NO_SUCH_PATH = Words(
    "{path} does not exist; give a record file or folder under the records root.",
    "{path} がありません。記録フォルダの中の記録ファイルかフォルダを指定してください。",
)
PATH_UNREADABLE = Words(
    "{path} cannot be read; check its permissions.",
    "{path} を読めません。アクセス権を確認してください。",
)

# --- output files --------------------------------------------------------------------------

INSIDE_RECORDS = Words(
    "{output} is inside the records root {root}; reports are never written there: give a path "
    "outside it.",
    "{output} は記録フォルダ {root} の中です。レポートはそこには書きません。記録フォルダの外の"
    "パスを指定してください。",
)
SITE_INSIDE_RECORDS = Words(
    "{output} is inside the records root {root}; the site is never written there: give a "
    "folder outside it.",
    "{output} は記録フォルダ {root} の中です。サイトはそこには書きません。記録フォルダの外の"
    "フォルダを指定してください。",
)
NO_SUCH_FOLDER = Words(
    "cannot write {path}: the folder {folder} does not exist.",
    "{path} に書けません。フォルダ {folder} がありません。先にフォルダを作ってください。",
)
IS_A_FOLDER = Words(
    "cannot write {path}: it is a folder; give a file name.",
    "{path} はフォルダなので書けません。ファイル名を指定してください。",
)
EXISTS = Words(
    "{output} exists; pass --force to replace it, or give another -o.",
    "{output} はすでにあります。置き換えるときは --force を付け、そうでなければ別の -o を"
    "指定してください。",
)
CANNOT_WRITE = Words("cannot write {path}: {reason}.", "{path} に書けません: {reason}。")
CANNOT_MAKE = Words("cannot make {path}: {reason}.", "{path} を作れません: {reason}。")
THE_OUTPUT = Words("the output", "出力")
NOT_A_REGULAR_FILE = Words(
    "cannot write {path}: it is not a regular file, and {what} must be one; give a file name.",
    "{path} は通常のファイルではないので、{what}を書けません。ファイル名を指定してください。",
)
AN_SQLITE_DATABASE = Words("an SQLite database", "SQLite データベース")
WORKBOOK_NO_SPACE = Words(
    "{reason} (while making the workbook); free some space and run again",
    "ワークブックを作っている間に失敗しました（{reason}）。空き容量を増やしてもう一度実行して"
    "ください",
)

# --- reports: formats and templates --------------------------------------------------------

FORMAT_NOT_KNOWN = Words(
    "--format must be one of {formats}, not '{value}'.",
    "--format に '{value}' は指定できません。{formats} のいずれかを指定してください。",
)
FORMAT_FROM_NAME = Words(
    "cannot tell the format from '{name}'; end it in {endings}, or pass --format.",
    "'{name}' からは出力の形式がわかりません。ファイル名の末尾を {endings} のいずれかにするか、"
    "--format を指定してください。",
)
XLSX_TO_TERMINAL = Words(
    "an Excel workbook cannot go to the terminal; write it with -o FILE.xlsx.",
    "Excel のワークブックは端末には出せません。-o FILE.xlsx でファイルに書いてください。",
)
TEMPLATES_NOT_A_FOLDER = Words(
    "--templates {templates} is not a folder of templates.",
    "--templates {templates} はテンプレートのフォルダではありません。テンプレートのある"
    "フォルダを指定してください。",
)
TEMPLATES_OUTSIDE = Words(
    "{folder} leads outside the records root; templates are read only from inside it.",
    "{folder} は記録フォルダの外を指しています。テンプレートは記録フォルダの中からしか読みません。",
)
TEMPLATE_FAILED = Words(
    "{reason}; fix the template or remove it to use the built-in one.",
    "{reason}。テンプレートを直すか、削除して組み込みのテンプレートを使ってください。",
)
TEMPLATE_NOT_FOUND = Words("template {name} was not found", "テンプレート {name} が見つかりません")
TEMPLATE_INCLUDES_MISSING = Words(
    "template {name} includes '{missing}', which is not a template here",
    "テンプレート {name} が読み込む '{missing}' は、ここにはテンプレートとしてありません",
)
TEMPLATE_SYNTAX = Words(
    "template {where} has a syntax error: {error}",
    "テンプレート {where} に構文の誤りがあります: {error}",
)
TEMPLATE_UNSAFE = Words(
    "template {name} tried something unsafe and was stopped: {error}",
    "テンプレート {name} が安全でない処理をしようとしたので止めました: {error}",
)
TEMPLATE_UNDEFINED = Words(
    "template {name} uses something that does not exist: {error}",
    "テンプレート {name} が存在しないものを使っています: {error}",
)
TEMPLATE_FAILED_RENDERING = Words(
    "template {name} failed while rendering: {error}",
    "テンプレート {name} の出力中に失敗しました: {error}",
)
TEMPLATE_OVER_LIMIT = Words("template {name} {error}", "テンプレート {name}: {error}")
WORKBOOK_UNREADABLE = Words(
    "{name} is not a readable .xlsx workbook ({error})",
    "{name} は読める .xlsx のワークブックではありません（{error}）",
)

# --- returns -------------------------------------------------------------------------------

HOST_ONLY_FOR_REIMBURSEMENT = Words(
    "--host is for the reimbursement return and the survey forms; the {name} return holds every "
    "host.",
    "--host は reimbursement の様式と survey の様式（受入団体ごとの様式1〜3）にだけ使います。"
    "{name} の様式にはすべての受入団体が入ります。",
)
FROM_TO_ONLY_FOR_COUNTRIES = Words(
    "--from and --to are for the countries return; give the {name} return --fiscal-year.",
    "--from と --to は countries の様式にだけ使います。{name} の様式には --fiscal-year を"
    "指定してください。",
)
COUNTRIES_SPAN_YEARS = Words(
    "the countries return spans years: give --from and --to, not --fiscal-year.",
    "countries の様式は複数の年度にわたります。--fiscal-year ではなく --from と --to を"
    "指定してください。",
)
REIMBURSEMENT_NEEDS_HOST = Words(
    "the reimbursement return is one host's: give --host CODE (and --fiscal-year).",
    "reimbursement の様式は1つの受入団体のものです。--host CODE（と --fiscal-year）を"
    "指定してください。",
)
LIMIT_OUT_OF_RANGE = Words(
    "{option} must be from 1 to {most:,} (Excel's limit), not {value:,}",
    "{option} は 1 から {most:,}（Excel の上限）までで指定してください（{value:,} は指定"
    "できません）",
)
SENTENCE = Words("{text}.", "{text}。")
RETURN_NOT_XLSX = Words(
    "a return is an Excel workbook: name the file .xlsx, not '{name}'.",
    "様式は Excel のワークブックです。ファイル名を '{name}' ではなく .xlsx で終わる名前に"
    "してください。",
)
HOST_HAS_NO_TRAINEES = Words(
    "host {host}{known} has no trainees in the records; check --host.",
    "受入団体 {host}{known}の研修員は記録にありません。--host を確認してください。",
)
NOT_A_KNOWN_CODE = Words(
    " (it is not a known local government code)", "（既知の地方公共団体コードではありません）"
)

# --- reports -------------------------------------------------------------------------------

# What latest_year() found none of, by the kind its caller names.
READABLE_KIND = Terms(
    {
        "trainee": Words("trainee", "研修員"),
        "dispatch": Words("dispatch", "専門家派遣"),
        "host request": Words("host request", "利用要望"),
    }
)
NO_READABLE_RECORDS = Words(
    "there are no readable {kind} records; run `lgotp validate`.",
    "読み込める{kind}の記録がありません。`lgotp validate` で原因を確認してください。",
)
NO_TRAINEES_TO_COUNT = Words(
    "there are no readable trainee records to count; run `lgotp validate`.",
    "数えられる研修員の記録がありません。`lgotp validate` で原因を確認してください。",
)
NOTHING_BETWEEN = Words(
    "there is nothing between {first} and {last}: the records run from {earliest} to {latest}.",
    "{first}から{last}までの記録はありません。記録があるのは{earliest}から{latest}までです。",
)
NOT_A_KNOWN_HOST = Words(
    "--host {host} is not a known local government code; check it.",
    "--host {host} は既知の地方公共団体コードではありません。確認してください。",
)
HOST_HAS_NO_TRAINEES_IN = Words(
    "host {host} has no trainees in {year}; check --host and --fiscal-year (`lgotp costs` "
    "lists hosts by year).",
    "受入団体 {host} には{year}の研修員がいません。--host と --fiscal-year を確認してください"
    "（`lgotp costs` で年度ごとの受入団体がわかります）。",
)
NO_REQUESTS_IN = Words(
    "there are no host requests for {year}; requests are records under requests/.",
    "{year}の利用要望の記録がありません。利用要望は requests/ の下に置く記録です。",
)
CANNOT_SORT_BY = Words(
    "--sort cannot sort by '{key}'; sort by one of: {keys}.",
    "--sort の '{key}' では並べ替えられません。次のいずれかを指定してください: {keys}。",
)
IS_A_REQUEST = Words(
    "{id} is a host request; timelines are of trainees and dispatches.",
    "{id} は利用要望の記録です。タイムラインを作れるのは研修員と専門家派遣の記録です。",
)
NO_SUCH_RECORD = Words(
    "there is no trainee or dispatch with the id '{id}'.{hint}",
    "ID が '{id}' の研修員も専門家派遣もありません。{hint}",
)
LIST_SHOWS_IDS = Words(" `lgotp list` shows the ids.", "`lgotp list` で ID を確認できます。")
NO_STAY_TO_DRAW = Words(
    "{id}: the departure {departure} is before the arrival {arrival}, so there is no stay to "
    "draw; run `lgotp validate`.",
    "{id}: 離日日 {departure} が来日日 {arrival} より前なので、滞在期間を描けません。"
    "`lgotp validate` で確認してください。",
)
NO_DISPATCH_TO_DRAW = Words(
    "{id}: the return {back} is before the departure {departure}, so there is no dispatch to "
    "draw; run `lgotp validate`.",
    "{id}: 帰国日 {back} が出発日 {departure} より前なので、派遣期間を描けません。"
    "`lgotp validate` で確認してください。",
)
NOTHING_IN_YEAR = Words(
    "there are no trainees or dispatches in {year}; `lgotp list` shows the years that have "
    "records.",
    "{year}の研修員も専門家派遣もありません。記録のある年度は `lgotp list` で確認できます。",
)

# --- git (lgotp diff) ----------------------------------------------------------------------

GIT_MISSING = Words(
    "git is not installed; lgotp diff needs git to read revisions.",
    "git がインストールされていません。lgotp diff はリビジョンを読むのに git を使います。"
    "git をインストールしてください。",
)
NOT_A_REPOSITORY = Words(
    "{root} is not inside a git repository; lgotp diff compares git revisions of the records "
    "(run it in a clone).",
    "{root} は git リポジトリの中にありません。lgotp diff は記録の git リビジョンを比べるので、"
    "クローンの中で実行してください。",
)
UNKNOWN_REVISION = Words(
    "unknown revision '{revision}'.{hint}", "リビジョン '{revision}' が見つかりません。{hint}"
)
SHALLOW_CLONE = Words(
    " This clone is shallow: run `git fetch --unshallow` (or fetch with more depth) so that "
    "the revision is there.",
    "このクローンは shallow です。`git fetch --unshallow`（またはより深い fetch）で"
    "リビジョンを取得してください。",
)
CHECK_REVISION = Words(
    " Check the name with `git log --oneline` or `git branch -a`.",
    "`git log --oneline` か `git branch -a` で名前を確認してください。",
)
NO_MERGE_BASE = Words(
    "HEAD and {branch} have no merge base here; if this is a shallow clone, run `git fetch "
    "--unshallow`, or name the base revision: lgotp diff BASE.",
    "HEAD と {branch} の共通の祖先（merge base）が見つかりません。shallow クローンなら "
    "`git fetch --unshallow` を実行するか、比べる元のリビジョンを lgotp diff BASE と指定して"
    "ください。",
)
NO_DEFAULT_BRANCH = Words(
    "no default branch (main or master) to compare with; name the base: lgotp diff BASE.",
    "比べる既定のブランチ（main または master）がありません。比べる元を lgotp diff BASE と"
    "指定してください。",
)
GIT_FAILED = Words("git {command} failed", "git {command} が失敗しました")

# --- the site's output folder ----------------------------------------------------------------

ROOT_INSIDE_SITE = Words(
    "the records root {root} is inside {output}; give the site a folder of its own.",
    "記録フォルダ {root} が {output} の中にあります。サイトには専用のフォルダを指定してください。",
)
SITE_IS_A_LINK = Words(
    "{output} is a link; give the folder itself (or a new one).",
    "{output} はリンクです。リンク先のフォルダそのもの（または新しいフォルダ）を指定してください。",
)
SITE_IS_A_FILE = Words(
    "{output} is a file; give a folder for the site.",
    "{output} はファイルです。サイト用のフォルダを指定してください。",
)
SITE_HOLDS_OTHER_FILES = Words(
    "{output} holds files that lgotp did not write ({files}); give an empty or new folder, or "
    "pass --force to write the site among them.",
    "{output} には lgotp が書いていないファイルがあります（{files}）。空のフォルダか新しい"
    "フォルダを指定するか、それらと一緒にサイトを書くときは --force を付けてください。",
)
SITE_NEEDS_A_FOLDER = Words(
    "{path} is a link or a file where the site needs a folder; remove it or give another folder.",
    "サイトがフォルダを置く場所に {path} というリンクかファイルがあります。それを削除するか、"
    "別のフォルダを指定してください。",
)
SITE_PAGE_IS_A_FOLDER = Words(
    "{path} is a folder where the site writes a page; remove it.",
    "サイトがページを書く場所に {path} というフォルダがあります。削除してください。",
)
CANNOT_COPY_PHOTO = Words(
    "cannot copy the photograph {source}: {reason}.",
    "写真 {source} をコピーできません: {reason}。",
)
