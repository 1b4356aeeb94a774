"""`lgotp costs`: what each host spent on its trainees, what the allocation-tax measure gives
back and the net burden, per host and fiscal year; and CLAIR's dispatch costs by item.

The measure (交付税措置), per fiscal year of arrival: a prefecture gets ordinary allocation tax
(普通交付税) of ``prefecture_per_entity`` once, however many trainees it hosts; a designated city
or municipality gets special allocation tax (特別交付税) of ``municipality_base × ratio`` per
trainee, on ``municipality_base_short`` when the acceptance period (arrival to departure, or to
the withdrawal) is under ``short_months``; a host in ``non_grant_bodies`` that year gets none.
Money is int yen throughout; the ratio is an exact Decimal, and a product is rounded down.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from lgotp_cli.config import Config, Rates
from lgotp_cli.i18n import fiscal_year_label, report_words
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.months import lasts_at_least, length
from lgotp_cli.reference.codes import HostType, host_type
from lgotp_cli.reports.common import (
    ReportRecords,
    dispatch_year,
    host_name,
    trainee_year,
    withdrawal_day,
)
from lgotp_cli.reports.table import TOTAL, Column, Table

TRAINEE_ITEMS = (
    "airfare",
    "accommodation",
    "living_allowance",
    "training",
    "domestic_travel",
    "other",
)
CLAIR_ITEMS = (
    "shipping",
    "airfare",
    "domestic_travel",
    "daily_allowance",
    "insurance",
    "travel_expenses",
)


@dataclass(frozen=True, slots=True)
class TraineeMeasure:
    """The allocation tax one trainee's stay brings, and why."""

    kind: str  # ordinary | special | none
    base: int | None  # the special allocation tax base used (None for ordinary / none)
    ratio: Decimal | None
    amount: int | None  # None when no rates apply to the year
    short: bool  # the acceptance period is under short_months
    rates_year: int | None


def acceptance_end(trainee: Trainee):
    """The last day of the acceptance period: the departure, or the withdrawal date."""
    return withdrawal_day(trainee) or trainee.period.departure


def is_short(trainee: Trainee, rates: Rates) -> bool:
    """True when the acceptance period is under ``short_months`` (counted as RECORDS.md does)."""
    return not lasts_at_least(trainee.period.arrival, acceptance_end(trainee), rates.short_months)


def special_amount(base: int, ratio: Decimal) -> int:
    """base × ratio in whole yen, rounded down."""
    return int((Decimal(base) * ratio).to_integral_value(rounding=ROUND_DOWN))


def tax_kind(code: str, year: int, config: Config) -> str:
    """ordinary (prefectures), special (designated cities, municipalities) or none."""
    if code in config.non_grant_bodies.get(year, ()):
        return "none"
    return "ordinary" if host_type(code, year) is HostType.PREFECTURE else "special"


def trainee_measure(trainee: Trainee, config: Config) -> TraineeMeasure:
    """The special allocation tax a trainee brings (or the kind of measure that applies)."""
    year = trainee_year(trainee)
    kind = tax_kind(trainee.host.code, year, config)
    found = config.rates_for(year)
    if found is None:
        return TraineeMeasure(kind, None, None, None, False, None)
    rates_year, rates = found
    short = is_short(trainee, rates)
    if kind != "special":
        return TraineeMeasure(kind, None, None, 0 if kind == "none" else None, short, rates_year)
    base = rates.municipality_base_short if short else rates.municipality_base
    ratio = rates.municipality_ratio
    return TraineeMeasure(kind, base, ratio, special_amount(base, ratio), short, rates_year)


@dataclass
class _HostYear:
    code: str
    year: int
    name: str | None
    trainees: int = 0
    without_costs: int = 0
    items: dict | None = None
    special: int = 0

    def add_costs(self, trainee: Trainee) -> None:
        if trainee.costs is None:
            self.without_costs += 1
            return
        if self.items is None:
            self.items = dict.fromkeys(TRAINEE_ITEMS, 0)
        for item in TRAINEE_ITEMS:
            self.items[item] += getattr(trainee.costs, item)


HOST_COLUMNS = (
    Column("fiscal_year", "Fiscal year", "年度", "fiscal_year"),
    Column("host_code", "Host code", "団体コード", "code"),
    Column("host_name", "Host", "受入団体", wrap=True),
    Column("host_type", "Host type", "団体区分", "host_type"),
    Column("trainees", "Trainees", "人数", "int"),
    Column("airfare", "Airfare", "往復渡航費", "money"),
    Column("accommodation", "Accommodation", "宿泊費", "money"),
    Column("living_allowance", "Living allowance", "生活補助", "money"),
    Column("training", "Training", "研修費", "money"),
    Column("domestic_travel", "Domestic travel", "国内移動費", "money"),
    Column("other", "Other", "その他", "money"),
    Column("costs_total", "Costs", "経費計", "money"),
    Column("tax_kind", "Tax measure", "財源措置", "tax_kind"),
    Column("allocation_tax", "Allocation tax", "交付税措置額", "money"),
    Column("rates_note", "Rates", "単価", data=False),
    Column("net_burden", "Net burden", "実質負担額", "money"),
    Column("rates_year", "Rates of", "適用単価年度", "fiscal_year", shown=False),
    Column("trainees_without_costs", "Without cost figures", "経費未記入", "int", data=False),
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
        group.trainees += 1
        group.add_costs(trainee)
        measure = trainee_measure(trainee, config)
        if measure.kind == "special" and measure.amount is not None:
            group.special += measure.amount
    rows: list[tuple] = []
    totals: list[int] = []
    borrowed: dict[int, int] = {}
    missing_rates: set[int] = set()
    for year in sorted({year for year, _ in groups}):
        year_rows = []
        for (group_year, code), group in sorted(groups.items()):
            if group_year != year:
                continue
            kind = tax_kind(code, year, config)
            found = config.rates_for(year)
            rates_year = found[0] if found else None
            if found is None:
                missing_rates.add(year)
                allocation = 0 if kind == "none" else None
            elif kind == "ordinary":
                allocation = found[1].prefecture_per_entity
            elif kind == "special":
                allocation = group.special
            else:
                allocation = 0
            if rates_year is not None and rates_year != year:
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
                    group.trainees,
                    *((items[item] if items else None) for item in TRAINEE_ITEMS),
                    costs_total,
                    kind,
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
    notes = _notes(borrowed, missing_rates, lang)
    return Table(
        id="costs",
        title_en=report_words.HOST_COSTS_TITLE.en,
        title_ja=report_words.HOST_COSTS_TITLE.ja,
        columns=HOST_COLUMNS,
        rows=tuple(rows),
        notes=notes,
        total_indices=frozenset(totals),
    )


def _sum(values) -> int | None:
    known = [value for value in values if value is not None]
    return sum(known) if known else None


def _year_total(year: int, year_rows: list[tuple], lang: str) -> tuple:
    columns = list(zip(*year_rows, strict=True))
    label = report_words.YEAR_TOTAL(lang, fiscal_year=fiscal_year_label(year, lang))
    money = [_sum(columns[index]) for index in range(5, 12)]
    allocation, without = _sum(columns[13]), sum(columns[17])
    # A net burden is only as complete as its parts: unknown for the year if for any host.
    net = None if None in columns[15] else _sum(columns[15])
    return (
        year,
        TOTAL,
        label,
        TOTAL,
        sum(columns[4]),
        *money,
        TOTAL,
        allocation,
        "",
        net,
        None,
        without,
    )


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
    notes.append(report_words.MEASURE_NOTE(lang))
    return tuple(notes)


CLAIR_COLUMNS = (
    Column("fiscal_year", "Fiscal year", "年度", "fiscal_year"),
    Column("dispatches", "Dispatches", "派遣件数", "int"),
    Column("shipping", "Shipping", "輸送費", "money"),
    Column("airfare", "Airfare", "航空賃", "money"),
    Column("domestic_travel", "Domestic travel", "国内旅費", "money"),
    Column("daily_allowance", "Daily allowance", "日当", "money"),
    Column("insurance", "Insurance", "保険料", "money"),
    Column("travel_expenses", "Travel expenses", "渡航雑費", "money"),
    Column("costs_total", "Total", "計", "money"),
    Column("dispatches_without_costs", "Without cost figures", "経費未記入", "int"),
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
        columns = list(zip(*rows, strict=True))
        rows.append(
            (TOTAL, sum(columns[1]), *(_sum(columns[i]) for i in range(2, 9)), sum(columns[9]))
        )
    return Table(
        id="costs-dispatch",
        title_en=report_words.CLAIR_COSTS_TITLE.en,
        title_ja=report_words.CLAIR_COSTS_TITLE.ja,
        columns=CLAIR_COLUMNS,
        rows=tuple(rows),
        total_rows=1 if rows else 0,
    )


def stay_length(trainee: Trainee) -> str:
    """The acceptance period's length, for people ("9 months 24 days")."""
    return str(length(trainee.period.arrival, acceptance_end(trainee)))
