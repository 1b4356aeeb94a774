"""The catalogue's words for a record's page on the site, read as a form: the sections, the label of each
field (by its dotted key in the record: ``period.arrival`` is 来日日 / Arrival) and the few
templates that put a field's parts together (a phase's dates and length, a waiver)."""

from __future__ import annotations

from lgotp_cli.i18n.text import Terms, Words

# The form's sections, in the order a page shows them: who, where, when, costs, report, the rest.
SECTION = Terms(
    {
        "trainee": Words("Trainee", "研修員"),
        "specialist": Words("Specialist", "専門家"),
        "host": Words("Host", "受入団体"),
        "host_and_field": Words("Host and field", "受入団体・研修分野"),
        "request": Words("Request and destination", "要請・派遣先"),
        "wishes": Words(
            "Intention and selection (Forms 1 and 2)", "参加意向・選考方法（様式1・2）"
        ),
        "conditions": Words("Trainee wanted (Form 3)", "希望する研修員（様式3）"),
        "stay": Words("Dates of the stay", "研修日程"),
        "dispatch": Words("Dates of the dispatch", "派遣日程"),
        "submitted": Words("Forms submitted", "提出日"),
        "trainee_costs": Words("Costs borne by the host", "受入団体負担経費"),
        "dispatch_costs": Words("Costs", "経費"),
        "contact": Words("Contact", "連絡先"),
        "report": Words("Report", "報告書"),
        "notes": Words("Notes and waivers", "備考・適用除外"),
        "other": Words("Other fields as written", "その他の記載事項"),
    }
)

_NOTES = {
    "notes": Words("Notes", "備考"),
    "waivers": Words("Waivers", "適用除外"),
}

TRAINEE = Terms(
    {
        "name": Words("Name", "氏名"),
        "name.native": Words("Name in own script", "氏名（現地表記）"),
        "nationality": Words("Nationality", "国籍"),
        "employer.name": Words("Employer", "所属団体"),
        "employer.country": Words("Employer's country", "所属団体の国"),
        "employer.type": Words("Type of employer", "所属団体の種別"),
        "employer.position": Words("Position", "役職"),
        "languages.english": Words("English", "英語力"),
        "languages.japanese": Words("Japanese", "日本語力"),
        "leadership": Words("Leadership", "指導者としての資質"),
        "selection.method": Words("Selection", "選考方法"),
        "selection.relationship": Words("Tie", "交流関係"),
        "selection.partner": Words("Partner", "相手団体"),
        "host.code": Words("Host", "受入団体"),
        "host.division": Words("Host division", "受入担当課"),
        "field": Words("Field", "研修分野"),
        "period.arrival": Words("Arrival", "来日日"),
        "period.departure": Words("Departure", "離日日"),
        "period.length": Words("Length of stay", "滞在期間"),
        "period.tokyo_orientation": Words("Tokyo orientation", "東京研修"),
        "period.jiam": Words("JIAM", "JIAM研修"),
        "period.specialized": Words("Specialised training", "専門研修"),
        "withdrawal.date": Words("Withdrawal date", "中途帰国日"),
        "withdrawal.reason": Words("Reason for withdrawal", "中途帰国理由"),
        "costs.airfare": Words("Airfare", "往復渡航費"),
        "costs.accommodation": Words("Accommodation", "宿泊費"),
        "costs.living_allowance": Words("Living allowance", "生活補助"),
        "costs.training": Words("Training", "研修費"),
        "costs.domestic_travel": Words("Domestic travel", "国内移動費"),
        "costs.other": Words("Other", "その他"),
        "costs.total": Words("Total", "合計"),
        "report": Words("Report file", "報告書ファイル"),
        **_NOTES,
    }
)

DISPATCH = Terms(
    {
        "specialist.name": Words("Name", "氏名"),
        "specialist.name.native": Words("Name in Japanese", "氏名（日本語表記）"),
        "specialist.employer.code": Words("Local government", "所属団体"),
        "specialist.employer.division": Words("Division", "所属課"),
        "specialist.position": Words("Position", "役職"),
        "specialist.retired": Words("Retired", "退職者"),
        "specialist.database_id": Words("Database registration", "データベース登録番号"),
        "specialist.arrangement": Words("Arrangement", "派遣形態"),
        "request.date": Words("Date of the request", "要請日"),
        "request.local_government": Words("Requesting local government", "要請団体"),
        "request.country": Words("Country", "派遣先国"),
        "request.purpose": Words("Purpose", "目的"),
        "field": Words("Field", "分野"),
        "period.departure": Words("Departure from Japan", "出国日"),
        "period.return": Words("Return to Japan", "帰国日"),
        "period.length": Words("Length of the dispatch", "派遣期間"),
        "costs.clair.shipping": Words("Shipping (CLAIR)", "輸送費（クレア負担）"),
        "costs.clair.airfare": Words("Airfare (CLAIR)", "航空賃（クレア負担）"),
        "costs.clair.domestic_travel": Words("Domestic travel (CLAIR)", "国内旅費（クレア負担）"),
        "costs.clair.daily_allowance": Words("Daily allowance (CLAIR)", "日当（クレア負担）"),
        "costs.clair.insurance": Words("Insurance (CLAIR)", "保険料（クレア負担）"),
        "costs.clair.travel_expenses": Words("Travel expenses (CLAIR)", "渡航雑費（クレア負担）"),
        "costs.clair.total": Words("Borne by CLAIR, total", "クレア負担 計"),
        "costs.host_provides": Words("Borne by the host abroad", "派遣先負担"),
        "costs.workplace": Words("Borne by the workplace", "所属先負担"),
        "report.file": Words("Report file", "報告書ファイル"),
        "report.submitted": Words("Report submitted", "報告書提出日"),
        **_NOTES,
    }
)

REQUEST = Terms(
    {
        "host.code": Words("Host", "受入団体"),
        "host.division": Words("Division", "担当課"),
        "intention": Words("Intention (Form 1)", "参加意向（様式1）"),
        "trainees": Words("Trainees wanted", "受入希望人数"),
        "selection.method": Words("Selection (Form 2)", "選考方法（様式2）"),
        "selection.relationship": Words("Tie", "交流関係"),
        "selection.partner": Words("Partner", "相手団体"),
        "conditions.countries": Words("Countries wanted", "希望国"),
        "conditions.fields": Words("Fields wanted", "希望分野"),
        "conditions.language": Words("Language", "使用言語"),
        "conditions.months": Words("Length wanted", "希望期間"),
        "submitted.form1": Words("Form 1", "様式1"),
        "submitted.form2": Words("Form 2", "様式2"),
        "submitted.form3": Words("Form 3", "様式3"),
        "contact.division": Words("Division", "担当課"),
        "contact.person": Words("Person", "担当者"),
        "contact.email": Words("E-mail", "メールアドレス"),
        "contact.phone": Words("Telephone", "電話番号"),
        **_NOTES,
    }
)

# How some fields read: a host with its code, a phase's dates and length, a head count.
WITH_CODE = Words("{name} ({code})", "{name}（{code}）")
SPAN = Words("{start} to {end} ({length})", "{start}〜{end}（{length}）")
PEOPLE = Words("{count:,}", "{count:,}人")
WAIVER = Words("Waiver of {rule}", "{rule}の適用除外")
APPROVED = Words("{reason} (approved by {who} on {day})", "{reason}（{day} {who}承認）")
APPROVED_BY = Words("{reason} (approved by {who})", "{reason}（{who}承認）")
APPROVED_ON = Words("{reason} (approved on {day})", "{reason}（{day}承認）")
