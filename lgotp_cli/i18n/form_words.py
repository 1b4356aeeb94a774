"""The catalogue's words for the host-request survey forms (様式1–3) that `lgotp return survey
--host` writes and `lgotp import` reads back: the sheets' names, titles, labels and guidance, the
messages of Excel's data validation, what the import says about a form, and its closing lines.

Problems found in a form are diagnostics, written like rule messages: no closing full stop.
"""

from __future__ import annotations

from lgotp_cli.i18n.text import Terms, Words

# --- the workbook -------------------------------------------------------------------------------

SHEET = Terms(  # a sheet per form; the names people see, and the reader looks for
    {
        "form1": Words("Form 1", "様式1"),
        "form2": Words("Form 2", "様式2"),
        "form3": Words("Form 3", "様式3"),
    }
)
TITLE = Terms(  # {fiscal_year}: 令和8年度 / FY2026
    {
        "form1": Words(
            "LGOTP host request survey for {fiscal_year}: Form 1, intention",
            "{fiscal_year} 自治体職員協力交流事業（LGOTP）利用要望調査 様式1 参加意向",
        ),
        "form2": Words(
            "LGOTP host request survey for {fiscal_year}: Form 2, selection of the trainee",
            "{fiscal_year} 自治体職員協力交流事業（LGOTP）利用要望調査 様式2 研修員の選考方法",
        ),
        "form3": Words(
            "LGOTP host request survey for {fiscal_year}: Form 3, the trainee wanted",
            "{fiscal_year} 自治体職員協力交流事業（LGOTP）利用要望調査 様式3 研修員の希望条件",
        ),
    }
)
GUIDANCE = Terms(  # the line under each form's title
    {
        "form1": Words(
            "Fill in the coloured cells and send the forms to CLAIR by the deadline. Hosts that "
            "answer Considering or Method undecided send Form 3 as well.",
            "色付きのセルに記入し、提出期限までにクレアへ提出してください。「参加検討」"
            "「選考方法未定」と回答した団体は様式3も提出してください。",
        ),
        "form2": Words(
            "Fill in the coloured cells. For an independent selection, give the tie and the "
            "partner government.",
            "色付きのセルに記入してください。独自選考の場合は、交流関係と相手団体を記入してください。",
        ),
        "form3": Words(
            "Only for hosts that answered Considering or Method undecided on Form 1. Give the "
            "countries and fields in order of preference.",
            "様式1で「参加検討」「選考方法未定」と回答した団体のみ提出してください。希望国と希望分野は"
            "希望順に記入してください。",
        ),
    }
)
HEADING = Terms(
    {
        "item": Words("Item", "項目"),
        "answer": Words("Answer", "回答"),
        "guide": Words("How to fill in", "記入方法"),
    }
)
# The label of each row of the forms (forms.layout says which row); {n}: a preference's number.
LABEL = Terms(
    {
        "host_code": Words("Host code", "団体コード"),
        "host_name": Words("Host", "団体名"),
        "fiscal_year": Words("Fiscal year of acceptance", "受入年度"),
        "deadline": Words("Deadline", "提出期限"),
        "intention": Words("Intention", "参加意向"),
        "trainees": Words("Trainees wanted", "受入希望人数"),
        "division": Words("Division", "担当部署"),
        "person": Words("Person in charge", "担当者"),
        "phone": Words("Phone", "電話番号"),
        "email": Words("E-mail", "メールアドレス"),
        "submitted": Words("Date submitted", "提出日"),
        "method": Words("Selection method", "選考方法"),
        "relationship": Words("Tie", "交流関係"),
        "partner": Words("Partner government", "相手団体"),
        "country": Words("Country wanted ({n})", "希望国（第{n}希望）"),
        "field": Words("Field wanted ({n})", "希望分野（第{n}希望）"),
        "language": Words("Language", "使用言語"),
        "months": Words("Months wanted", "希望期間（月数）"),
    }
)
GUIDE = Terms(  # the third column: how to fill in each kind of cell
    {
        "fixed": Words("Filled in already", "記入不要"),
        "choice": Words("Choose from the list", "リストから選択"),
        "count": Words("A whole number", "数字（整数）"),
        "date": Words("A date, e.g. 2025-09-30", "日付（例: 2025/9/30）"),
        "text": Words("Free text", "自由記入"),
    }
)
REQUIRED = Words("{guide} (required)", "{guide}（必須）")
NO_DEADLINE = Words("not in the programme calendar", "日程表に期限なし")

# Excel's messages when a cell's value breaks its data validation.
INVALID_TITLE = Words("Not accepted", "入力できない値です")
CHOOSE_FROM_LIST = Words("Choose a value from the cell's list.", "セルのリストから選んでください。")
WHOLE_BETWEEN = Words(
    "Enter a whole number from {low} to {high}.", "{low}から{high}までの整数を入力してください。"
)
DATE_BETWEEN = Words(
    "Enter a date from {first} to {last}.", "{first}から{last}までの日付を入力してください。"
)

# --- making a form (one sentence, exit 2) -------------------------------------------------------

NO_YEAR = Words(
    "there are no host requests to take the fiscal year from; give --fiscal-year.",
    "年度を決める利用要望の記録がありません。--fiscal-year を指定してください。",
)
UNKNOWN_HOST = Words("--host: {problem}.", "--host: {problem}。")
TOO_MANY = Words(
    "{id} lists {count} {what}, and the form has room for {most}; shorten the list in the "
    "record, then make the form again.",
    "{id} には{what}が{count}件ありますが、様式に記入できるのは{most}件までです。記録の一覧を"
    "短くしてから、様式を作り直してください。",
)
WHAT_IS_LISTED = Terms(
    {
        "countries": Words("countries wanted", "希望国"),
        "fields": Words("fields wanted", "希望分野"),
    }
)

# --- reading a form back (diagnostics: no closing full stop) ------------------------------------

NEW_FORM = Words(
    "make a new form with `lgotp return survey --host {host} --fiscal-year {fiscal_year}` and "
    "copy the answers into it",
    "`lgotp return survey --host {host} --fiscal-year {fiscal_year}` で様式を作り直し、回答を"
    "写してください",
)
NEW_FORM_ANY = Words(
    "make a new form with `lgotp return survey --host CODE` and copy the answers into it",
    "`lgotp return survey --host 団体コード` で様式を作り直し、回答を写してください",
)
MARKER_MISSING = Words(
    "this looks like a survey form, but its hidden sheet `lgotp` that says whose form it is "
    "has gone; {remedy}",
    "利用要望調査の様式のようですが、どの団体の様式かを示す非表示シート `lgotp` がありません。"
    "{remedy}",
)
MARKER_CHANGED = Words(
    "the form's hidden sheet `lgotp` was changed ({key}: '{value}'), so whose form it is cannot "
    "be known; {remedy}",
    "様式の非表示シート `lgotp` が変更されているため（{key}: 「{value}」）、どの団体の様式か"
    "分かりません。{remedy}",
)
OTHER_LAYOUT = Words(
    "the form was made with layout {found}, and this lgotp reads layout {expected}; {remedy}",
    "この様式はレイアウト {found} で作られていますが、この lgotp が読めるのはレイアウト "
    "{expected} です。{remedy}",
)
SHEET_MISSING = Words(
    "the form's sheet '{sheet}' has gone; {remedy}",
    "様式のシート「{sheet}」がありません。{remedy}",
)
LAYOUT_CHANGED = Words(
    "this cell should read '{expected}' but reads '{found}': rows or cells of the form were "
    "moved, so its answers cannot be read; {remedy}",
    "このセルは「{expected}」のはずですが「{found}」になっています。様式の行やセルが動かされて"
    "いるため回答を読み取れません。{remedy}",
)
HOST_CHANGED = Words(
    "the host code was changed to '{found}' on a form made for {host}; {remedy}",
    "{host} の様式ですが、団体コードが「{found}」に変更されています。{remedy}",
)
NOT_IN_LIST = Words(
    "'{value}' is not in the list of {label} ({form}); choose one from the cell's list: {choices}",
    "「{value}」は{form}「{label}」の選択肢にありません。セルのリストから選んでください"
    "（{choices}）",
)
NOT_IN_LONG_LIST = Words(
    "'{value}' is not in the list of {label} ({form}); choose one from the cell's list",
    "「{value}」は{form}「{label}」の選択肢にありません。セルのリストから選んでください",
)
NOT_WHOLE = Words(
    "'{value}' in {label} ({form}) is not a whole number; write a number such as 1",
    "{form}「{label}」の「{value}」は整数ではありません。1 のように数字で記入してください",
)
NOT_A_DATE = Words(
    "'{value}' in {label} ({form}) is not a date; write a date such as 2025-09-30",
    "{form}「{label}」の「{value}」は日付ではありません。2025/9/30 のように日付で記入してください",
)
NOT_ANSWERED = Words(
    "{label} ({form}) is not answered; fill it in",
    "{form}「{label}」が未記入です。記入してください",
)
NOT_ANSWERED_WITH = Words(
    "{label} ({form}) is not answered, though {other} is; fill it in, or clear {other}",
    "{form}「{other}」は記入されていますが「{label}」が未記入です。記入するか、「{other}」を"
    "消してください",
)
OTHER_HOST = Words(
    "this is the form of {host}, not of --host {wanted}; import {wanted}'s forms only, or "
    "check --host",
    "この様式は {host} のもので、--host {wanted} のものではありません。{wanted} の様式だけを"
    "取り込むか、--host を確認してください",
)
TWO_FORMS = Words(
    "{other} is a form of the same host and fiscal year ({host}, {fiscal_year}); import one "
    "of them",
    "{other} も同じ団体・年度（{host}、{fiscal_year}）の様式です。どちらか一方を取り込んでください",
)
TWO_RECORDS = Words(
    "{count} records hold the request of {host} for {fiscal_year} ({files}); make them one "
    "record, then import the form",
    "{host} の {fiscal_year} の利用要望の記録が{count}件あります（{files}）。1件にまとめてから"
    "様式を取り込んでください",
)
CHANGES_WITHOUT_UPDATE = Words(
    "{path} holds this request already and the form changes {keys}; pass --update to change it",
    "{path} にこの利用要望の記録が既にあり、様式は {keys} を変更します。変更するには --update を"
    "付けてください",
)
CANNOT_UPDATE = Words(
    "{path} cannot be changed in place: {reason}",
    "{path} をその場で変更できません: {reason}",
)
FILE_EXISTS = Words(
    "{path} exists already and holds no readable request of this host; import never replaces "
    "a record file: correct or remove that file first",
    "{path} が既にありますが、この団体の利用要望として読めません。取り込みで記録ファイルを置き"
    "換えることはないので、先にそのファイルを直すか削除してください",
)

# --- the import command's words about forms (one sentence, exit 2) ------------------------------

NOT_A_FORM = Words(
    "{file} is not a survey form; import a sheet of records on its own, or survey forms together.",
    "{file} は利用要望調査の様式ではありません。記録のシートは1つずつ、様式はまとめて取り込んで"
    "ください。",
)
HOST_IS_FOR_FORMS = Words(
    "--host is for survey forms, and {file} is a sheet of records; leave --host out.",
    "--host は利用要望調査の様式のためのものですが、{file} は記録のシートです。--host を外して"
    "ください。",
)
SHEET_OPTIONS_NOT_FOR_FORMS = Words(
    "--sheet and --kind are for sheets of records, not survey forms; leave them out.",
    "--sheet と --kind は記録のシートのためのもので、様式には使えません。外してください。",
)

# --- the import's closing lines -----------------------------------------------------------------

NONE = Words("(none)", "（なし）")
NOTHING_WRITTEN = Words(
    "Nothing written: {errors} error(s) in {forms} form(s); fix them and import again.",
    "何も書き込んでいません: {forms}件の様式にエラーが{errors}件あります。修正してからもう一度"
    "取り込んでください。",
)
WOULD_WRITE = Words("would write {path}", "{path} を書き込みます（予行）")
DRY_RUN = Words(
    "Dry run: {written} record file(s) would be written, {changed} changed, {unchanged} unchanged.",
    "予行: 記録ファイルの新規作成 {written}件、変更 {changed}件、変更なし {unchanged}件"
    "（何も書き込んでいません）。",
)
WROTE = Words("wrote {path}", "{path} を書き込みました")
IMPORTED = Words(
    "Imported {forms} form(s): {written} record file(s) written, {changed} changed, "
    "{unchanged} unchanged.",
    "{forms}件の様式を取り込みました: 記録ファイルの新規作成 {written}件、変更 {changed}件、"
    "変更なし {unchanged}件。",
)
