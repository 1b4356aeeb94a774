"""The catalogue's words for the Excel returns (`lgotp return`): the labels every workbook
template reads, and the returns' titles and notes."""

from __future__ import annotations

from lgotp_cli.i18n.text import Terms, Words

LABEL = Terms(
    {
        "fiscal_year": Words("Fiscal year", "年度"),
        "host": Words("Host", "受入団体"),
        "host_code": Words("Host code", "団体コード"),
        "measure": Words("Allocation-tax measure", "財源措置"),
        "rates": Words("Rates", "適用単価"),
        "id": Words("ID", "ID"),
        "name": Words("Name", "氏名"),
        "country": Words("Country", "国"),
        "arrival": Words("Arrival", "来日日"),
        "departure": Words("Departure", "離日日"),
        "end": Words("End of acceptance", "受入終了日"),
        "months": Words("Acceptance period", "受入期間"),
        "airfare": Words("Airfare", "往復渡航費"),
        "accommodation": Words("Accommodation", "宿泊費"),
        "living_allowance": Words("Living allowance", "生活補助"),
        "training": Words("Training", "研修費"),
        "domestic_travel": Words("Domestic travel", "国内移動費"),
        "other": Words("Other", "その他"),
        "costs_total": Words("Costs", "経費計"),
        "base": Words("Base", "基準額"),
        "ratio": Words("Ratio", "算入率"),
        "amount": Words("Allocation tax", "交付税措置額"),
        "net_burden": Words("Net burden", "実質負担額"),
        "total": Words("Total", "合計"),
        "intention": Words("Intention (Form 1)", "参加意向（様式1）"),
        "method": Words("Selection (Form 2)", "選考方法（様式2）"),
        "relationship": Words("Tie", "交流関係"),
        "partner": Words("Partner", "相手団体"),
        "trainees": Words("Trainees", "受入人数"),
        "countries": Words("Countries wanted", "希望国"),
        "fields": Words("Fields", "希望分野"),
        "language": Words("Language", "使用言語"),
        "form1": Words("Form 1", "様式1"),
        "form2": Words("Form 2", "様式2"),
        "form3": Words("Form 3", "様式3"),
        "late": Words("Late", "期限後提出"),
        "contact": Words("Contact", "連絡先"),
        "count": Words("Requests", "件数"),
        "family_name": Words("Family name", "姓"),
        "given_name": Words("Given name", "名"),
        "employer": Words("Sending organisation", "所属団体"),
        "field": Words("Field", "研修分野"),
        "status": Words("Status", "状況"),
    }
)

REIMBURSEMENT_TITLE = Words(
    "LGOTP host cost and allocation-tax return", "自治体職員協力交流事業 受入経費・交付税措置 報告"
)
NO_RATES_CONFIGURED = Words("none configured", "単価なし")
COSTS_MISSING = Words(
    "{count} trainee(s) without cost figures: the totals leave them out.",
    "経費未記入の研修員が{count}人います。",
)
MEASURE_NOTE = Words(
    "Prefectures: ordinary allocation tax, once per prefecture. Designated cities and "
    "municipalities: special allocation tax, base × ratio per trainee.",
    "都道府県: 普通交付税（1団体あたり）。政令指定都市・市区町村: 特別交付税（研修員1人あたり基準額×算入率）。",
)
SURVEY_TITLE = Words(
    "LGOTP host survey for {fiscal_year}", "{fiscal_year} 自治体職員協力交流事業 利用要望調査 集計"
)
DEADLINES = Words("Deadlines: {deadlines}", "提出期限: {deadlines}")
