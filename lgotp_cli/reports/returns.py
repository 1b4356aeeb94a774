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
    day,
    duration,
    error_words,
    fiscal_year_label,
    host_type_label,
    record_words,
    report_words,
    return_words,
    tax_kind_label,
)
from lgotp_cli.i18n.formats import ISO, Style
from lgotp_cli.i18n.spoken import FiscalYear
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


def labels(lang: str, **extra: str) -> dict[str, str]:
    """Every label of the returns in ``lang``, with ``extra`` ones."""
    return return_words.LABEL.all_in(lang) | extra


def _join(items, lang: str) -> str:
    return report_words.LIST_SEPARATOR(lang).join(items)


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
            raise ReportError(error_words.NOT_A_KNOWN_HOST.of(host=host))
        raise ReportError(
            error_words.HOST_HAS_NO_TRAINEES_IN.of(host=host, year=FiscalYear(fiscal_year))
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
                "months": duration(measured, lang),
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
        rates_label = return_words.NO_RATES_CONFIGURED(lang)
    else:
        rates_label = fiscal_year_label(rates_year, lang)
    rates_note = ""
    if rates_year is not None and rates_year != fiscal_year:
        rates_note = report_words.RATES_BORROWED(
            lang,
            fiscal_year=fiscal_year_label(fiscal_year, lang),
            rates_year=fiscal_year_label(rates_year, lang),
        )
    missing = sum(1 for row in rows if row["costs_total"] is None)
    missing_note = ""
    if missing:
        missing_note = return_words.COSTS_MISSING(lang, count=missing)
    note_measure = return_words.MEASURE_NOTE(lang)
    title = return_words.REIMBURSEMENT_TITLE(lang)
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


def survey(
    records: ReportRecords, config: Config, *, fiscal_year: int, lang: str, style: Style = ISO
) -> dict:
    """The hosts' requests (Forms 1–3) for ``fiscal_year``, a row per host, late forms marked;
    the deadlines in the header as ``style`` writes dates."""
    requests = sorted(
        (r for r in records.requests if r.fiscal_year == fiscal_year), key=lambda r: r.host.code
    )
    if not requests:
        raise ReportError(error_words.NO_REQUESTS_IN.of(year=FiscalYear(fiscal_year)))
    deadlines = {
        form: config.form_deadline(fiscal_year, form) for form in ("form1", "form2", "form3")
    }
    rows = []
    for request in requests:
        late = [
            return_words.LABEL.label(form, lang)
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
                "intention": record_words.INTENTION.label(request.intention, lang),
                "method": record_words.SELECTION_METHOD.label(
                    selection.method if selection else None, lang
                ),
                "relationship": record_words.RELATIONSHIP.label(
                    selection.relationship if selection else None, lang
                ),
                "partner": (selection.partner if selection else None) or "",
                "trainees": request.trainees,
                "countries": _join((country_name(c, lang) for c in conditions.countries), lang)
                if conditions
                else "",
                "fields": _join((field_label(f, lang) for f in conditions.fields), lang)
                if conditions
                else "",
                "language": record_words.TRAINING_LANGUAGE.label(conditions.language, lang)
                if conditions
                else "",
                "months": conditions.months if conditions else None,
                "form1": request.submitted.form1,
                "form2": request.submitted.form2,
                "form3": request.submitted.form3,
                "late": _join(late, lang),
                "contact": " ".join(part for part in (contact.division, contact.email) if part)
                if contact
                else "",
            }
        )
    said = [
        f"{return_words.LABEL.label(form, lang)} {day(deadlines[form], lang, style)}"
        for form in deadlines
        if deadlines[form]
    ]
    # The deadlines are joined with a comma in both languages, as the survey's header has them.
    deadline_text = return_words.DEADLINES(lang, deadlines=", ".join(said)) if said else ""
    title = return_words.SURVEY_TITLE(lang, fiscal_year=fiscal_year_label(fiscal_year, lang))
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
