"""`lgotp stats`: acceptance by country, by host type and host, and by field, a column per fiscal
year (cf. "LGOTP受入実績【国別】(H8-R6)"), totals both ways, the total row last."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable

from lgotp_cli.i18n import (
    Words,
    error_words,
    fiscal_year_label,
    host_type_label,
    report_words,
    table_words,
)
from lgotp_cli.i18n.spoken import FiscalYear
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.reference.codes import HostType, host_type
from lgotp_cli.reference.countries import country_name
from lgotp_cli.reference.fields import FIELD_KEYS, field_label
from lgotp_cli.reports import columns
from lgotp_cli.reports.common import ReportRecords, host_name, trainee_year
from lgotp_cli.reports.listing import ReportError
from lgotp_cli.reports.table import BarChart, Column, Table, columns_named_by

COUNTED = ("in_training", "completed", "withdrawn")

acceptance_column = columns_named_by(table_words.ACCEPTANCE_COLUMNS)
TOTAL_COLUMN = acceptance_column("total", "int")
# Each report's own first columns, before a column per fiscal year and the total; the last is
# the name its bar chart draws the total by.
HEADS = {
    "countries": (columns.COUNTRY, columns.COUNTRY_NAME),
    "hosts": (columns.HOST_TYPE, columns.HOST_CODE, columns.shared_column("host_name")),
    "fields": (columns.FIELD, acceptance_column("field_name")),
}


def year_range(records: ReportRecords, start: int | None, end: int | None) -> list[int]:
    """The fiscal years to show: ``--from``..``--to``, by default all years with trainees."""
    years = [trainee_year(t) for t in records.trainees if t.status in COUNTED]
    if start is not None and end is not None and start > end:
        raise ReportError(error_words.FROM_AFTER_TO.of(start=start, end=end))
    if not years and (start is None or end is None):
        raise ReportError(error_words.NO_TRAINEES_TO_COUNT.of())
    first = start if start is not None else min(years)
    last = end if end is not None else max(years)
    if first > last:
        raise ReportError(
            error_words.NOTHING_BETWEEN.of(
                first=FiscalYear(first),
                last=FiscalYear(last),
                earliest=FiscalYear(min(years)),
                latest=FiscalYear(max(years)),
            )
        )
    return list(range(first, last + 1))


def _counts(records: ReportRecords, years: list[int], key: Callable[[Trainee, int], Hashable]):
    wanted = set(years)
    counts: dict[Hashable, Counter] = defaultdict(Counter)
    for trainee in records.trainees:
        year = trainee_year(trainee)
        if trainee.status in COUNTED and year in wanted:
            counts[key(trainee, year)][year] += 1
    return counts


def _year_columns(years: list[int]) -> tuple[Column, ...]:
    """A column per fiscal year, headed by the year (a name, not words of the catalogue)."""
    return tuple(
        Column(
            str(year), Words(fiscal_year_label(year, "en"), fiscal_year_label(year, "ja")), "int"
        )
        for year in years
    )


def _span(years: list[int], lang: str) -> str:
    return f"{fiscal_year_label(years[0], lang)}–{fiscal_year_label(years[-1], lang)}"


def _totals(rows: list[list], first_count: int, years: list[int]) -> list[int]:
    """Column sums of the counts (each year, then the total) from column ``first_count`` on."""
    width = len(years) + 1
    return [sum(row[first_count + i] for row in rows) for i in range(width)]


def _total_label(lang: str) -> str:
    return report_words.TOTAL(lang)


def _acceptance_table(
    which: str, years: list[int], rows: list[list], totals: list[list], lang: str
) -> Table:
    """The table of one `stats` report: its own first columns (``HEADS``), a count per fiscal
    year and the total, with a bar chart of the totals; ``totals`` (rows of the same shape)
    come last."""
    heads = HEADS[which]
    return Table(
        id=f"stats-{which}",
        heading=report_words.ACCEPTANCE_TITLE[which].filled(
            lambda each: {"span": _span(years, each)}
        ),
        columns=(*heads, *_year_columns(years), TOTAL_COLUMN),
        rows=tuple(tuple(row) for row in [*rows, *totals]),
        notes=(report_words.ACCEPTANCE_NOTE(lang),),
        total_rows=len(totals),
        chart=BarChart(heads[-1].id, TOTAL_COLUMN.id, table_words.CHART_TITLE[which]),
    )


def _by_key(records, years, key, order, name_of, lang) -> tuple[list[list], list[list]]:
    """A row per key (code, name, counts by year, total) in ``order``, and the total row."""
    counts = _counts(records, years, key)
    rows = [
        [code, name_of(code, lang), *(counts[code][y] for y in years), sum(counts[code].values())]
        for code in counts
    ]
    rows.sort(key=order)
    return rows, [["total", _total_label(lang), *_totals(rows, 2, years)]]


def countries(records: ReportRecords, *, start: int | None, end: int | None, lang: str) -> Table:
    """A row per country (the most trainees first), a column per fiscal year, the total row."""
    years = year_range(records, start, end)

    def most_first(row: list) -> tuple:
        return (-row[-1], row[1])

    rows, total = _by_key(
        records, years, lambda t, _: t.nationality, most_first, country_name, lang
    )
    return _acceptance_table("countries", years, rows, total, lang)


_TYPE_ORDER = {HostType.PREFECTURE: 0, HostType.DESIGNATED_CITY: 1, HostType.MUNICIPALITY: 2}


def hosts(records: ReportRecords, *, start: int | None, end: int | None, lang: str) -> Table:
    """A row per host (by its type in each year), then a total per host type, then the total."""
    years = year_range(records, start, end)
    names: dict[str, str | None] = {}
    name_years: dict[str, int] = {}  # a former code is named as it was in its latest year

    def key(trainee: Trainee, year: int):
        names.setdefault(trainee.host.code, trainee.host.name)
        name_years[trainee.host.code] = max(year, name_years.get(trainee.host.code, year))
        return host_type(trainee.host.code, year), trainee.host.code

    counts = _counts(records, years, key)
    rows = [
        [
            str(kind),
            code,
            host_name(code, names.get(code), lang, name_years.get(code)),
            *(counts[(kind, code)][y] for y in years),
            sum(counts[(kind, code)].values()),
        ]
        for kind, code in sorted(counts, key=lambda k: (_TYPE_ORDER[k[0]], k[1]))
    ]
    subtotals = []
    for kind in _TYPE_ORDER:
        of_kind = [row for row in rows if row[0] == kind]
        if of_kind:
            label = host_type_label(str(kind), lang)
            subtotals.append(
                [
                    str(kind),
                    "total",
                    report_words.HOST_TYPE_TOTAL(lang, host_type=label),
                    *_totals(of_kind, 3, years),
                ]
            )
    grand = ["total", "total", _total_label(lang), *_totals(rows, 3, years)]
    return _acceptance_table("hosts", years, rows, [*subtotals, grand], lang)


def fields(records: ReportRecords, *, start: int | None, end: int | None, lang: str) -> Table:
    """A row per field (in the fields' own order), a column per fiscal year, the total row."""
    years = year_range(records, start, end)
    rank = {key: index for index, key in enumerate(FIELD_KEYS)}

    def in_order(row: list) -> int:
        return rank.get(row[0], len(rank))

    rows, total = _by_key(records, years, lambda t, _: t.field, in_order, field_label, lang)
    return _acceptance_table("fields", years, rows, total, lang)
