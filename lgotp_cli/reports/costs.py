"""`lgotp costs`: what each host spent on its trainees, what the allocation-tax measure gives
back and the net burden, per host and fiscal year; and CLAIR's dispatch costs by item.

The measure itself (交付税措置) is worked out in ``reports.allocation``. Money is int yen.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from lgotp_cli.config import Config
from lgotp_cli.i18n import fiscal_year_label, report_words, table_words
from lgotp_cli.models.dispatch import CLAIR_ITEMS
from lgotp_cli.models.trainee import COST_ITEMS as TRAINEE_ITEMS
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.reference.codes import host_type
from lgotp_cli.reports.allocation import host_year_measure
from lgotp_cli.reports.columns import FISCAL_YEAR, HOST_CODE, HOST_NAME, HOST_TYPE
from lgotp_cli.reports.common import (
    ReportRecords,
    dispatch_year,
    host_name,
    trainee_year,
)
from lgotp_cli.reports.table import TOTAL, Column, Part, Table, columns_named_by


@dataclass
class _HostYear:
    code: str
    year: int
    name: str | None
    trainees: list[Trainee] = field(default_factory=list)
    without_costs: int = 0
    items: dict | None = None

    def add(self, trainee: Trainee) -> None:
        self.trainees.append(trainee)
        if trainee.costs is None:
            self.without_costs += 1
            return
        if self.items is None:
            self.items = dict.fromkeys(TRAINEE_ITEMS, 0)
        for item in TRAINEE_ITEMS:
            self.items[item] += getattr(trainee.costs, item)


host_column = columns_named_by(table_words.HOST_COSTS_COLUMNS)
HOST_COLUMNS = (
    FISCAL_YEAR,
    HOST_CODE,
    HOST_NAME,
    HOST_TYPE,
    host_column("trainees", "int"),
    *(host_column(item, "money") for item in TRAINEE_ITEMS),
    host_column("costs_total", "money"),
    host_column("tax_kind", "tax_kind"),
    host_column("allocation_tax", "money"),
    host_column("rates_note", data=False),
    host_column("net_burden", "money"),
    host_column("rates_year", "fiscal_year", shown=False),
    host_column("trainees_without_costs", "int", data=False),
)


# What people read in place of the host table's 17 columns (too wide for a terminal 160 wide,
# a 1280-pixel window or an A4 landscape page): the costs by item, then the measure and the net
# burden, each row naming its year and host. The host type is told by the measure; the trainees
# without cost figures are said in a note under the costs. Tools get every column.
ITEMS_PART = ("fiscal_year", "host_code", "host_name", *TRAINEE_ITEMS, "costs_total")
TAX_PART = (
    "fiscal_year",
    "host_code",
    "host_name",
    "trainees",
    "costs_total",
    "tax_kind",
    "allocation_tax",
    "rates_note",
    "net_burden",
)


def host_costs(
    records: ReportRecords,
    config: Config,
    *,
    lang: str,
    fiscal_year: int | None = None,
    host: str | None = None,
) -> Table:
    """Per host and fiscal year: costs by item, the measure, the net burden; a total per year."""
    groups: dict[tuple[int, str], _HostYear] = {}
    for trainee in records.trainees:
        year = trainee_year(trainee)
        if (fiscal_year is not None and year != fiscal_year) or (
            host and trainee.host.code != host
        ):
            continue
        key = (year, trainee.host.code)
        group = groups.get(key) or groups.setdefault(
            key, _HostYear(trainee.host.code, year, trainee.host.name)
        )
        group.add(trainee)
    rows: list[tuple] = []
    totals: list[int] = []
    borrowed: dict[int, int] = {}
    missing_rates: set[int] = set()
    for year in sorted({year for year, _ in groups}):
        year_rows = []
        for (group_year, code), group in sorted(groups.items()):
            if group_year != year:
                continue
            measure = host_year_measure(code, year, group.trainees, config)
            rates_year, allocation = measure.rates_year, measure.amount
            if rates_year is None:
                missing_rates.add(year)
            elif rates_year != year:
                borrowed[year] = rates_year
            items = group.items
            costs_total = sum(items.values()) if items is not None else None
            net = (
                costs_total - allocation
                if costs_total is not None and allocation is not None
                else None
            )
            year_rows.append(
                (
                    year,
                    code,
                    host_name(code, group.name, lang, year),
                    str(host_type(code, year)),
                    len(group.trainees),
                    *((items[item] if items else None) for item in TRAINEE_ITEMS),
                    costs_total,
                    measure.kind,
                    allocation,
                    _rates_note(year, rates_year, lang),
                    net,
                    rates_year,
                    group.without_costs,
                )
            )
        rows.extend(year_rows)
        rows.append(_year_total(year, year_rows, lang))
        totals.append(len(rows) - 1)
    tax_notes = _notes(borrowed, missing_rates, lang)
    items_notes = _without_costs_notes(groups, lang)
    return Table(
        "costs",
        report_words.HOST_COSTS_TITLE,
        HOST_COLUMNS,
        tuple(rows),
        notes=tax_notes + items_notes,
        total_indices=frozenset(totals),
        parts=(
            Part("costs-items", report_words.HOST_COSTS_ITEMS_TITLE, ITEMS_PART, items_notes),
            Part("costs-tax", report_words.HOST_COSTS_TAX_TITLE, TAX_PART, tax_notes),
        ),
    )


def _sum(values) -> int | None:
    known = [value for value in values if value is not None]
    return sum(known) if known else None


def _by_column(columns: tuple[Column, ...], rows: list[tuple]) -> dict[str, list]:
    """The values of ``rows`` column by column, by column id (a total is never built by
    position)."""
    return {column.id: [row[index] for row in rows] for index, column in enumerate(columns)}


_MONEY_COLUMNS = (*TRAINEE_ITEMS, "costs_total")


def _year_total(year: int, year_rows: list[tuple], lang: str) -> tuple:
    """The total row of a year, built and read by column id (never by position)."""
    values = _by_column(HOST_COLUMNS, year_rows)
    # A net burden is only as complete as its parts: unknown for the year if for any host.
    net = None if None in values["net_burden"] else _sum(values["net_burden"])
    total = {
        "fiscal_year": year,
        "host_code": TOTAL,
        "host_name": report_words.YEAR_TOTAL(lang, fiscal_year=fiscal_year_label(year, lang)),
        "host_type": TOTAL,
        "trainees": sum(values["trainees"]),
        **{column_id: _sum(values[column_id]) for column_id in _MONEY_COLUMNS},
        "tax_kind": TOTAL,
        "allocation_tax": _sum(values["allocation_tax"]),
        "rates_note": "",
        "net_burden": net,
        "rates_year": None,
        "trainees_without_costs": sum(values["trainees_without_costs"]),
    }
    return tuple(total[column.id] for column in HOST_COLUMNS)


def _rates_note(year: int, rates_year: int | None, lang: str) -> str:
    """Said next to the figure: which year's rates, when not the year's own (or none at all)."""
    if rates_year is None:
        return report_words.NO_RATES(lang)
    if rates_year == year:
        return ""
    return report_words.RATES_OF(lang, fiscal_year=fiscal_year_label(rates_year, lang))


def _notes(borrowed: dict[int, int], missing: set[int], lang: str) -> tuple[str, ...]:
    notes = []
    for year, rates_year in sorted(borrowed.items()):
        notes.append(
            report_words.RATES_BORROWED(
                lang,
                fiscal_year=fiscal_year_label(year, lang),
                rates_year=fiscal_year_label(rates_year, lang),
            )
        )
    for year in sorted(missing):
        notes.append(report_words.RATES_MISSING(lang, fiscal_year=fiscal_year_label(year, lang)))
    notes.append(report_words.MEASURE_ORDINARY(lang))
    notes.append(report_words.MEASURE_SPECIAL(lang))
    return tuple(notes)


def _without_costs_notes(groups: dict[tuple[int, str], _HostYear], lang: str) -> tuple[str, ...]:
    """The hosts with trainees who have no cost figures, a note each (people's tables have no
    column for a count that is nearly always 0), then what such a trainee adds: nothing."""
    notes = [
        report_words.HOST_WITHOUT_COSTS(
            lang,
            group.without_costs,
            fiscal_year=fiscal_year_label(year, lang),
            host=host_name(code, group.name, lang, year),
        )
        for (year, code), group in sorted(groups.items())
        if group.without_costs
    ]
    notes.append(report_words.WITHOUT_COSTS_NOTE(lang))
    return tuple(notes)


clair_column = columns_named_by(table_words.DISPATCH_COSTS_COLUMNS)
CLAIR_COLUMNS = (
    FISCAL_YEAR,
    clair_column("dispatches", "int"),
    *(clair_column(item, "money") for item in CLAIR_ITEMS),
    clair_column("costs_total", "money"),
    clair_column("dispatches_without_costs", "int"),
)


def clair_costs(records: ReportRecords, *, lang: str, fiscal_year: int | None = None) -> Table:
    """Per fiscal year, the dispatch costs CLAIR bears, by item (cancelled dispatches left out)."""
    by_year: dict[int, list] = defaultdict(list)
    for dispatch in records.dispatches:
        year = dispatch_year(dispatch)
        if dispatch.status != "cancelled" and (fiscal_year is None or year == fiscal_year):
            by_year[year].append(dispatch)
    rows = []
    for year in sorted(by_year):
        with_costs = [d for d in by_year[year] if d.costs is not None]
        items = [
            sum(getattr(d.costs.clair, item) for d in with_costs) if with_costs else None
            for item in CLAIR_ITEMS
        ]
        rows.append(
            (year, len(by_year[year]), *items, _sum(items), len(by_year[year]) - len(with_costs))
        )
    if rows:
        values = _by_column(CLAIR_COLUMNS, rows)
        counts = ("dispatches", "dispatches_without_costs")
        total = [
            sum(values[column.id]) if column.id in counts else _sum(values[column.id])
            for column in CLAIR_COLUMNS[1:]
        ]
        rows.append((TOTAL, *total))
    return Table(
        "costs-dispatch",
        report_words.CLAIR_COSTS_TITLE,
        CLAIR_COLUMNS,
        tuple(rows),
        total_rows=1 if rows else 0,
    )
