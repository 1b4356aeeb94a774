"""The catalogue's words for reports: titles, notes, totals and the sentences that reports,
timelines, what falls due and the Excel returns say. Column headings stay with their columns
(``reports.table.Column`` holds both languages), where the report defines each column once."""

from __future__ import annotations

from lgotp_cli.i18n.text import Counted, Terms, Words

TOTAL = Words("Total", "合計")
LIST_SEPARATOR = Words(", ", "、")  # between the items of a list in running text
NONE = Words("none", "なし")

# `lgotp list`
LIST_TITLE = Terms(
    {
        "trainee": Words(
            "LGOTP trainees, {fiscal_year}", "{fiscal_year} 自治体職員協力交流研修員一覧"
        ),
        "dispatch": Words(
            "Specialist dispatches, {fiscal_year}", "{fiscal_year} 自治体国際協力専門家派遣一覧"
        ),
    }
)

# `lgotp stats`
ACCEPTANCE_TITLE = Terms(
    {
        "countries": Words(
            "LGOTP acceptance by country, {span}", "LGOTP受入実績【国別】（{span}）"
        ),
        "hosts": Words("LGOTP acceptance by host, {span}", "LGOTP受入実績【受入団体別】（{span}）"),
        "fields": Words("LGOTP acceptance by field, {span}", "LGOTP受入実績【分野別】（{span}）"),
    }
)
HOST_TYPE_TOTAL = Words("{host_type} (total)", "{host_type}（計）")
ACCEPTANCE_NOTE = Words(
    "Trainees counted in the fiscal year of their arrival: those in training, completed "
    "or withdrawn (planned ones are not yet counted).",
    "来日年度ごとの受入人数（研修中・修了・中途帰国を含み、予定は含まない）。",
)

# `lgotp costs`
HOST_COSTS_TITLE = Words(
    "Cost reimbursement summary: host costs, allocation tax and net burden",
    "受入経費と交付税措置の状況",
)
CLAIR_COSTS_TITLE = Words(
    "Specialist dispatch costs borne by CLAIR", "専門家派遣経費（クレア負担分）"
)
YEAR_TOTAL = Words("{fiscal_year} total", "{fiscal_year} 計")
NO_RATES = Words("no rates", "単価なし")
RATES_OF = Words("{fiscal_year} rates", "{fiscal_year}単価")  # another year's rates were used
RATES_BORROWED = Words(
    "{fiscal_year} has no allocation-tax rates of its own: the {rates_year} rates are used.",
    "{fiscal_year}の単価は未設定のため、{rates_year}の単価で算定しています。",
)
RATES_MISSING = Words(
    "{fiscal_year}: no allocation-tax rates for this or an earlier year; the measure is not "
    "computed (add rates to lgotp.yaml).",
    "{fiscal_year}以前の単価がないため、交付税措置額は算定していません。",
)
# What people read of the host table: the costs by item, then the measure and the net burden,
# each a table of its own that fits a terminal 160 wide and an A4 landscape page.
HOST_COSTS_ITEMS_TITLE = Words(
    "Cost reimbursement summary: host costs by item", "受入経費と交付税措置の状況：経費内訳"
)
HOST_COSTS_TAX_TITLE = Words(
    "Cost reimbursement summary: allocation tax and net burden",
    "受入経費と交付税措置の状況：交付税措置額と実質負担額",
)
# The measure, a sentence a line (one line of all three is too long for a terminal).
MEASURE_ORDINARY = Words(
    "Prefectures: ordinary allocation tax, once per prefecture and year.",
    "都道府県は普通交付税（1団体あたり）。",
)
MEASURE_SPECIAL = Words(
    "Designated cities and municipalities: special allocation tax per trainee, on the lower "
    "base when the acceptance period is short.",
    "政令指定都市・市区町村は特別交付税（研修員1人あたり、受入期間が基準月数未満の場合は短期の"
    "基準額）。",
)
WITHOUT_COSTS_NOTE = Words(
    "Trainees without cost figures are counted but add nothing to the costs.",
    "経費未記入の研修員は経費に含めていません。",
)
HOST_WITHOUT_COSTS = Counted(
    one=Words(
        "{fiscal_year}, {host}: {count} trainee without cost figures.",
        "{fiscal_year} {host}：経費未記入の研修員が{count}人います。",
    ),
    other=Words(
        "{fiscal_year}, {host}: {count} trainees without cost figures.",
        "{fiscal_year} {host}：経費未記入の研修員が{count}人います。",
    ),
)

# `lgotp timeline`
# Whom one record's timeline is of (its title, after the id).
TRAINEE_IN_TITLE = Words("{person} ({country}), {host}", "{person}（{country}）、{host}")
DISPATCH_IN_TITLE = Words("{person}, {country}", "{person}、{country}")
STAY = Words("Stay", "滞在期間")  # the row of a trainee's whole stay
YEAR_TIMELINE_TITLE = Words("Stays and dispatches, {fiscal_year}", "{fiscal_year} 研修・派遣日程")
TODAY = Words("Today", "今日")
TODAY_ON_A_LEGEND = Words("today", "今日")  # the terminal chart's legend: "│ today 2025-04-01"
CALENDAR = Words("Calendar", "日程")  # the chart's section of programme calendar events

# `lgotp due`
DUE_KIND = Terms(  # in the order the items of one day are listed
    {
        "calendar": Words("Calendar", "日程"),
        "arrival": Words("Arrival", "来日"),
        "phase_start": Words("Phase starts", "研修開始"),
        "departure": Words("Departure", "出発"),
        "return": Words("Return", "帰国"),
        "report_due": Words("Report due", "報告書期限"),
    }
)
# The built-in calendar's events, by their English text; events from a user's lgotp.yaml are
# shown as written.
BUILTIN_EVENT = Terms(
    {
        "Briefing registration closes": Words("Briefing registration closes", "説明会申込締切"),
        "Online briefing": Words("Online briefing", "オンライン説明会"),
        "Form 1 and Form 2 due": Words("Form 1 and Form 2 due", "様式1・様式2提出期限"),
        "Form 3 due": Words("Form 3 due", "様式3提出期限"),
    }
)
TRAINEE_ARRIVAL = Words("Arrival of {person} at {host}", "{host}に来日: {person}")
TRAINEE_DEPARTURE = Words("Departure of {person} from {host}", "{host}から離日: {person}")
PHASE_STARTS = Words("{phase} starts: {person}, {host}", "{phase}開始: {person}、{host}")
DISPATCH_DEPARTURE = Words("Departure of {person}", "派遣出国: {person}")
DISPATCH_DEPARTURE_TO = Words(
    "Departure of {person} for {local_government} ({country})",
    "派遣出国: {person} ({local_government}, {country})",
)
DISPATCH_RETURN = Words("Return of {person}", "派遣帰国: {person}")
DISPATCH_RETURN_FROM = Words(
    "Return of {person} from {local_government} ({country})",
    "派遣帰国: {person} ({local_government}, {country})",
)
REPORT_DUE = Words("Report due: {detail}", "報告書提出期限: {detail}")
DUE_TITLE = Words("What falls due", "期限一覧")
DUE_TITLE_WITHIN = Words("What falls due, {start} to {end}", "期限一覧（{start}〜{end}）")
NOTHING_DUE = Words("Nothing falls due.", "期限はありません。")
NOTHING_DUE_WITHIN = Words(
    "Nothing falls due from {start} to {end}.", "{start}〜{end}に期限はありません。"
)
OVERDUE_NOTE = Words(
    "{count} overdue: record report.submitted when a report arrives.",
    "期限超過 {count}件: 報告書を受け取ったら report.submitted を記録してください。",
)
# The calendar (`lgotp due -f ics`): its name, an overdue event's title and description.
DUE_CALENDAR_NAME = Words("LGOTP: what falls due", "LGOTP 期限一覧")
OVERDUE_PREFIX = Words("OVERDUE: ", "期限超過: ")
UNTIL = Words("Until {day}", "{day}まで")
OVERDUE_ADVICE = Words(
    "Overdue: record report.submitted when the report arrives",
    "期限超過: 受け取ったら report.submitted を記録してください",
)

# The home page's figures of the fiscal year.
GLANCE_TITLE = Words("{fiscal_year} at a glance", "{fiscal_year}の概況")
IN_TRAINING = Words("{count:,} in training", "研修中 {count:,}人")
REPORTS_OVERDUE = Counted(
    zero=Words("no report overdue", "報告書の期限超過 {count:,}件"),
    one=Words("{count:,} report overdue", "報告書の期限超過 {count:,}件"),
    other=Words("{count:,} reports overdue", "報告書の期限超過 {count:,}件"),
)
PARTICIPATING = Words("{count:,} participating", "うち参加 {count:,}件")

# Said inside an output for people (next to its totals) when records had to be left out.
LEFT_OUT_IN_OUTPUT = Counted(
    one=Words(
        "{count} record could not be read and is not counted: {files}{more}; run `lgotp "
        "validate` to see why.",
        "{count} 件の記録を読み取れなかったため、集計に含めていません: {files}{more}。理由は "
        "`lgotp validate` で確かめてください。",
    ),
    other=Words(
        "{count} records could not be read and are not counted: {files}{more}; run `lgotp "
        "validate` to see why.",
        "{count} 件の記録を読み取れなかったため、集計に含めていません: {files}{more}。理由は "
        "`lgotp validate` で確かめてください。",
    ),
)
LEFT_OUT_FILE = Words("{file} ({codes})", "{file}（{codes}）")
LEFT_OUT_MORE = Words(" and {count} more", " ほか {count} ファイル")
