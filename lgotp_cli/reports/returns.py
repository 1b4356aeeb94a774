"""`lgotp return`: what goes into each Excel return (the context its workbook template reads).

- ``reimbursement``: one host's costs and allocation-tax return for a fiscal year;
- ``survey``: the hosts' requests for a fiscal year (Forms 1–3), late forms marked;
- ``list`` and ``countries``: the annual list and acceptance by country, as workbooks.

Values stay typed (int yen, dates) so that the workbook holds numbers and dates; labels come
in the language asked for, so that one template serves Japanese and English.
"""

from __future__ import annotations

from lgotp_cli.config import Config
from lgotp_cli.i18n import (
    INTENTION,
    fiscal_year_label,
    host_type_label,
    pick,
    tax_kind_label,
)
from lgotp_cli.months import length
from lgotp_cli.reference.codes import describe_code_problem, host_type
from lgotp_cli.reference.countries import country_name
from lgotp_cli.reference.fields import field_label
from lgotp_cli.reports.allocation import acceptance_end, host_year_measure
from lgotp_cli.reports.common import ReportRecords, host_name, trainee_year
from lgotp_cli.reports.costs import TRAINEE_ITEMS
from lgotp_cli.reports.listing import ReportError
from lgotp_cli.reports.table import Table, display

RETURNS = ("reimbursement", "survey", "list", "countries")

_LABELS = {
    "fiscal_year": ("Fiscal year", "年度"),
    "host": ("Host", "受入団体"),
    "host_code": ("Host code", "団体コード"),
    "measure": ("Allocation-tax measure", "財源措置"),
    "rates": ("Rates", "適用単価"),
    "id": ("ID", "ID"),
    "name": ("Name", "氏名"),
    "country": ("Country", "国"),
    "arrival": ("Arrival", "来日日"),
    "departure": ("Departure", "離日日"),
    "end": ("End of acceptance", "受入終了日"),
    "months": ("Acceptance period", "受入期間"),
    "airfare": ("Airfare", "往復渡航費"),
    "accommodation": ("Accommodation", "宿泊費"),
    "living_allowance": ("Living allowance", "生活補助"),
    "training": ("Training", "研修費"),
    "domestic_travel": ("Domestic travel", "国内移動費"),
    "other": ("Other", "その他"),
    "costs_total": ("Costs", "経費計"),
    "base": ("Base", "基数"),
    "ratio": ("Ratio", "算入率"),
    "amount": ("Allocation tax", "交付税措置額"),
    "net_burden": ("Net burden", "実質負担額"),
    "total": ("Total", "合計"),
    "intention": ("Intention (Form 1)", "参加意向（様式1）"),
    "method": ("Selection (Form 2)", "選考方法（様式2）"),
    "relationship": ("Tie", "交流関係"),
    "partner": ("Partner", "相手団体"),
    "trainees": ("Trainees", "受入人数"),
    "countries": ("Countries wanted", "希望国"),
    "fields": ("Fields", "希望分野"),
    "language": ("Language", "使用言語"),
    "form1": ("Form 1", "様式1"),
    "form2": ("Form 2", "様式2"),
    "form3": ("Form 3", "様式3"),
    "late": ("Late", "期限後提出"),
    "contact": ("Contact", "連絡先"),
    "count": ("Requests", "件数"),
    "family_name": ("Family name", "姓"),
    "given_name": ("Given name", "名"),
    "employer": ("Sending organisation", "所属団体"),
    "field": ("Field", "研修分野"),
    "status": ("Status", "状況"),
}
_INTENTION = INTENTION
_METHOD = {
    "clair": ("CLAIR-mediated", "クレア斡旋選考"),
    "independent": ("Independent", "独自選考"),
    "undecided": ("Undecided", "未定"),
}
_RELATIONSHIP = {
    "sister_city": ("Sister city", "姉妹都市"),
    "friendship": ("Friendship", "友好都市"),
    "other": ("Other tie", "その他"),
}
_LANGUAGE = {
    "english": ("English", "英語"),
    "japanese": ("Japanese", "日本語"),
    "either": ("Either", "いずれも可"),
}


def labels(lang: str, **extra: str) -> dict[str, str]:
    """Every label of the returns in ``lang``, with ``extra`` ones."""
    return {key: pick(pair, lang) for key, pair in _LABELS.items()} | extra


def _words(table: dict, key: str | None, lang: str) -> str:
    return pick(table[key], lang) if key in table else (key or "")


def reimbursement(
    records: ReportRecords, config: Config, *, host: str, fiscal_year: int, lang: str
) -> dict:
    """One host's cost and allocation-tax return for ``fiscal_year``."""
    problem = describe_code_problem(host)
    trainees = [
        t for t in records.trainees if t.host.code == host and trainee_year(t) == fiscal_year
    ]
    if not trainees:
        if problem and "not in MIC's list" in problem:
            raise ReportError(f"--host {host} is not a known local government code; check it.")
        raise ReportError(
            f"host {host} has no trainees in {fiscal_year_label(fiscal_year, 'en')}; "
            "check --host and --fiscal-year (`lgotp costs` lists hosts by year)."
        )
    measured = host_year_measure(
        host, fiscal_year, sorted(trainees, key=lambda t: (t.period.arrival, t.id)), config
    )
    kind, allocation, rates_year = measured.kind, measured.amount, measured.rates_year
    rows = []
    for trainee, measure in measured.trainees:
        costs = trainee.costs
        items = {item: getattr(costs, item) if costs else None for item in TRAINEE_ITEMS}
        total = sum(items.values()) if costs else None
        end = acceptance_end(trainee)
        measured = length(trainee.period.arrival, end)
        rows.append(
            {
                "id": trainee.id,
                "name": f"{trainee.name.given} {trainee.name.family}",
                "country": country_name(trainee.nationality, lang),
                "arrival": trainee.period.arrival,
                "end": end,
                "months": measured.japanese() if lang == "ja" else measured.english(),
                **items,
                "costs_total": total,
                "base": measure.base,
                "ratio": float(measure.ratio) if measure.ratio is not None else None,
                "amount": measure.amount if kind == "special" else None,
                "net_burden": (total - measure.amount)
                if kind == "special" and total is not None and measure.amount is not None
                else None,
            }
        )
    costs_known = [row["costs_total"] for row in rows if row["costs_total"] is not None]
    costs_total = sum(costs_known) if len(costs_known) == len(rows) else None
    if rates_year is None:
        rates_label = "単価なし" if lang == "ja" else "none configured"
    else:
        rates_label = fiscal_year_label(rates_year, lang)
    rates_note = ""
    if rates_year is not None and rates_year != fiscal_year:
        rates_note = (
            f"{fiscal_year_label(fiscal_year, 'ja')}の単価は未設定のため、"
            f"{fiscal_year_label(rates_year, 'ja')}の単価で算定しています。"
            if lang == "ja"
            else f"FY{fiscal_year} has no allocation-tax rates of its own: the FY{rates_year} "
            "rates are used."
        )
    missing = sum(1 for row in rows if row["costs_total"] is None)
    missing_note = ""
    if missing:
        missing_note = (
            f"経費未記入の研修員が{missing}人います。"
            if lang == "ja"
            else f"{missing} trainee(s) without cost figures: the totals leave them out."
        )
    note_measure = (
        "都道府県: 普通交付税（1団体あたり）。政令指定都市・市区町村: 特別交付税（研修員1人あたり基数×算入率）。"
        if lang == "ja"
        else "Prefectures: ordinary allocation tax, once per prefecture. Designated cities and "
        "municipalities: special allocation tax, base × ratio per trainee."
    )
    title = (
        "自治体職員協力交流事業 受入経費・交付税措置 報告"
        if lang == "ja"
        else "LGOTP host cost and allocation-tax return"
    )
    return {
        "labels": labels(lang, title=title, note_measure=note_measure),
        "fiscal_year": fiscal_year,
        "fiscal_year_label": fiscal_year_label(fiscal_year, lang),
        "host": {
            "code": host,
            "name": host_name(host, trainees[0].host.name, lang, fiscal_year),
            "type": host_type_label(str(host_type(host, fiscal_year)), lang),
            "type_code": str(host_type(host, fiscal_year)),
        },
        "measure": kind,
        "measure_label": tax_kind_label(kind, lang),
        "trainees": rows,
        "allocation_tax": allocation,
        "costs_total": costs_total,
        "net_burden": costs_total - allocation
        if costs_total is not None and allocation is not None
        else None,
        "rates_year": rates_year,
        "rates_label": rates_label,
        "rates_note": rates_note,
        "missing_note": missing_note,
    }


def survey(records: ReportRecords, config: Config, *, fiscal_year: int, lang: str) -> dict:
    """The hosts' requests (Forms 1–3) for ``fiscal_year``, a row per host, late forms marked."""
    requests = sorted(
        (r for r in records.requests if r.fiscal_year == fiscal_year), key=lambda r: r.host.code
    )
    if not requests:
        raise ReportError(
            f"there are no host requests for {fiscal_year_label(fiscal_year, 'en')}; "
            "requests are records under requests/."
        )
    deadlines = {
        form: config.form_deadline(fiscal_year, form) for form in ("form1", "form2", "form3")
    }
    rows = []
    for request in requests:
        late = [
            pick(_LABELS[form], lang)
            for form in ("form1", "form2", "form3")
            if getattr(request.submitted, form)
            and deadlines[form]
            and getattr(request.submitted, form) > deadlines[form]
        ]
        selection, conditions = request.selection, request.conditions
        contact = request.contact
        rows.append(
            {
                "host_code": request.host.code,
                "host_name": host_name(
                    request.host.code, request.host.name, lang, request.fiscal_year
                ),
                "intention": _words(_INTENTION, request.intention, lang),
                "method": _words(_METHOD, selection.method if selection else None, lang),
                "relationship": _words(
                    _RELATIONSHIP, selection.relationship if selection else None, lang
                ),
                "partner": (selection.partner if selection else None) or "",
                "trainees": request.trainees,
                "countries": "、".join(country_name(c, lang) for c in conditions.countries)
                if conditions and lang == "ja"
                else ", ".join(country_name(c, lang) for c in conditions.countries)
                if conditions
                else "",
                "fields": ("、" if lang == "ja" else ", ").join(
                    field_label(f, lang) for f in conditions.fields
                )
                if conditions
                else "",
                "language": _words(_LANGUAGE, conditions.language, lang) if conditions else "",
                "months": conditions.months if conditions else None,
                "form1": request.submitted.form1,
                "form2": request.submitted.form2,
                "form3": request.submitted.form3,
                "late": ("、" if lang == "ja" else ", ").join(late),
                "contact": " ".join(part for part in (contact.division, contact.email) if part)
                if contact
                else "",
            }
        )
    said = [
        f"{pick(_LABELS[form], lang)} {deadlines[form]}" for form in deadlines if deadlines[form]
    ]
    deadline_text = (
        (("提出期限: " if lang == "ja" else "Deadlines: ") + ", ".join(said)) if said else ""
    )
    title = (
        f"{fiscal_year_label(fiscal_year, 'ja')} 自治体職員協力交流事業 利用要望調査 集計"
        if lang == "ja"
        else f"LGOTP host survey for {fiscal_year_label(fiscal_year, 'en')}"
    )
    return {
        "labels": labels(lang, title=title, deadlines=deadline_text),
        "requests": rows,
        "fiscal_year": fiscal_year,
    }


def list_workbook(table: Table, lang: str) -> dict:
    """The annual list (a `lgotp list` table) for the list template."""
    ids = [column.id for column in table.columns]
    rows = []
    for row in table.rows:
        values = dict(zip(ids, row, strict=True))
        column = {c.id: c for c in table.columns}
        rows.append(
            {
                "no": values["no"],
                "id": values["id"],
                "country": values["country_name"],
                "family_name": values["family_name"],
                "given_name": values["given_name"],
                "employer": values["employer"],
                "host_code": values["host_code"],
                "host": values["host_name"],
                "field": values["field_name"],
                "arrival": values["arrival"],
                "departure": values["departure"],
                "status": display(values["status"], column["status"], lang),
            }
        )
    return {"labels": labels(lang, title=table.title(lang)), "trainees": rows}


def countries_workbook(table: Table, lang: str) -> dict:
    """Acceptance by country (a `lgotp stats countries` table) for the countries template."""
    years = [int(c.id) for c in table.columns if c.id.isdigit()]
    ids = [column.id for column in table.columns]
    countries, totals, grand = [], {}, 0
    for index, row in enumerate(table.rows):
        values = dict(zip(ids, row, strict=True))
        counts = {year: values[str(year)] for year in years}
        if table.is_total(index):
            totals, grand = counts, values["total"]
        else:
            countries.append(
                {"name": values["country_name"], "counts": counts, "total": values["total"]}
            )
    return {
        "labels": labels(lang, title=table.title(lang), note=" ".join(table.notes)),
        "years": [{"year": year, "label": fiscal_year_label(year, lang)} for year in years],
        "countries": countries,
        "totals": totals,
        "grand_total": grand,
    }
