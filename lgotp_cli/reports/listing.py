"""`lgotp list`: the annual list of trainees (cf. "2019 LGOTP list.pdf") or of dispatches."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from operator import attrgetter

from lgotp_cli.errors import Sentence
from lgotp_cli.i18n import (
    error_words,
    fiscal_year_label,
    record_words,
    report_words,
    table_words,
)
from lgotp_cli.i18n.spoken import Listed
from lgotp_cli.models.dispatch import Dispatch
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.reference.countries import country_name
from lgotp_cli.reference.fields import field_label
from lgotp_cli.reports.columns import (
    COUNTRY,
    COUNTRY_NAME,
    FAMILY_NAME,
    FIELD,
    FISCAL_YEAR,
    GIVEN_NAME,
    HOST_CODE,
    HOST_NAME,
    ID,
    NO,
    NOTES,
)
from lgotp_cli.reports.common import ReportRecords, dispatch_year, host_name, trainee_year
from lgotp_cli.reports.table import Column, Table, columns_named_by


class ReportError(Sentence, ValueError):
    """A report cannot be built as asked; the message is one sentence for the user."""


trainee_column = columns_named_by(table_words.TRAINEE_LIST_COLUMNS)
dispatch_column = columns_named_by(table_words.DISPATCH_LIST_COLUMNS)
TRAINEE_COLUMNS = (
    NO,
    ID,
    FISCAL_YEAR,
    COUNTRY,
    COUNTRY_NAME,
    FAMILY_NAME,
    GIVEN_NAME,
    trainee_column("employer", wrap=True),
    HOST_CODE,
    HOST_NAME,
    FIELD,
    trainee_column("field_name", wrap=True),
    trainee_column("arrival", "date"),
    trainee_column("departure", "date"),
    trainee_column("status", "status"),
    trainee_column("withdrawal_date", "date"),
    trainee_column("withdrawal_reason", wrap=True),
    NOTES,
)
DISPATCH_COLUMNS = (
    NO,
    ID,
    FISCAL_YEAR,
    FAMILY_NAME,
    GIVEN_NAME,
    dispatch_column("employer_code", "code"),
    dispatch_column("employer", wrap=True),
    dispatch_column("destination_country", "code", shown=False),
    dispatch_column("destination_country_name"),
    dispatch_column("local_government", wrap=True),
    FIELD,
    dispatch_column("field_name", wrap=True),
    dispatch_column("departure", "date"),
    dispatch_column("return", "date"),
    dispatch_column("status", "dispatch_status"),
    dispatch_column("report_submitted", "date"),
    NOTES,
)
PRIVATE = frozenset(("notes", "withdrawal_reason"))


def latest_year(years: list[int], kind: str) -> int:
    """The latest fiscal year that has records of ``kind``."""
    if not years:
        said_kind = error_words.READABLE_KIND.get(kind, kind)
        raise ReportError(error_words.NO_READABLE_RECORDS.of(kind=said_kind))
    return max(years)


def sort_keys(
    columns: tuple[Column, ...], sort: str | None, default: str
) -> list[tuple[int, bool]]:
    """(column index, descending) for each key of ``--sort`` (``-key`` sorts descending)."""
    ids = [column.id for column in columns]
    keys = []
    for part in (sort or default).split(","):
        part = part.strip()
        if not part:
            continue
        descending = part.startswith("-")
        key = part.lstrip("-")
        if key not in ids:
            sortable = Listed.of(i for i in ids if i != "no")
            raise ReportError(error_words.CANNOT_SORT_BY.of(key=key, keys=sortable))
        keys.append((ids.index(key), descending))
    return keys


def _sorted(rows: list[list], keys: list[tuple[int, bool]]) -> list[list]:
    for index, descending in reversed(keys):
        present = [row for row in rows if row[index] is not None]
        missing = [row for row in rows if row[index] is None]
        rows = sorted(present, key=lambda row, i=index: row[i], reverse=descending) + missing
    return rows


def _table(kind, columns, rows, year, lang, public, sort, default_sort) -> Table:
    keys = sort_keys(columns, sort, default_sort)
    rows = _sorted(rows, keys)
    for number, row in enumerate(rows, start=1):
        row[0] = number
    if public:
        keep = [i for i, column in enumerate(columns) if column.id not in PRIVATE]
        columns = tuple(columns[i] for i in keep)
        rows = [[row[i] for i in keep] for row in rows]
    return Table(
        id=f"list-{kind}",
        heading=report_words.LIST_TITLE[kind].filled(
            lambda each: {"fiscal_year": fiscal_year_label(year, each)}
        ),
        columns=columns,
        rows=tuple(tuple(row) for row in rows),
    )


@dataclass(frozen=True, slots=True)
class _ListKind:
    """What differs between the annual lists of trainees and of dispatches."""

    kind: str
    columns: tuple[Column, ...]
    records_of: Callable[[ReportRecords], Iterable]
    year_of: Callable
    row_of: Callable  # (record, fiscal year, lang) -> the row's values after "no"
    default_sort: str


def _trainee_row(t: Trainee, year: int, lang: str) -> list:
    withdrawal = t.withdrawal
    return [
        t.id,
        year,
        t.nationality,
        country_name(t.nationality, lang),
        t.name.family,
        t.name.given,
        t.employer.name,
        t.host.code,
        host_name(t.host.code, t.host.name, lang, year),
        t.field,
        field_label(t.field, lang),
        t.period.arrival,
        t.period.departure,
        t.status,
        withdrawal.date if withdrawal else None,
        withdrawal.reason if withdrawal else None,
        t.notes,
    ]


def _dispatch_row(d: Dispatch, year: int, lang: str) -> list:
    request, employer = d.request, d.specialist.employer  # a retired one's may be absent
    return [
        d.id,
        year,
        d.specialist.name.family,
        d.specialist.name.given,
        employer.code if employer else None,
        _specialist_employer(d, lang, year),
        request.country if request else None,
        country_name(request.country, lang) if request else None,
        request.local_government if request else None,
        d.field,
        field_label(d.field, lang),
        d.period.departure,
        d.period.return_,
        d.status,
        d.report.submitted if d.report else None,
        d.notes,
    ]


_LISTS = {
    "trainee": _ListKind(
        "trainee",
        TRAINEE_COLUMNS,
        attrgetter("trainees"),
        trainee_year,
        _trainee_row,
        "arrival,country,family_name,id",
    ),
    "dispatch": _ListKind(
        "dispatch",
        DISPATCH_COLUMNS,
        attrgetter("dispatches"),
        dispatch_year,
        _dispatch_row,
        "departure,id",
    ),
}


def annual_list(
    kind: str,
    records: ReportRecords,
    *,
    fiscal_year: int | None,
    lang: str,
    public: bool = False,
    sort: str | None = None,
) -> Table:
    """The annual list of LGOTP trainees (``kind`` trainee) or of specialist dispatches
    (``dispatch``) of ``fiscal_year`` (default: the latest)."""
    of = _LISTS[kind]
    chosen = list(of.records_of(records))
    year = fiscal_year or latest_year([of.year_of(record) for record in chosen], kind)
    rows = [[None, *of.row_of(r, year, lang)] for r in chosen if of.year_of(r) == year]
    return _table(kind, of.columns, rows, year, lang, public, sort, of.default_sort)


trainee_list = partial(annual_list, "trainee")
dispatch_list = partial(annual_list, "dispatch")


def _specialist_employer(d: Dispatch, lang: str, year: int) -> str | None:
    """The specialist's local government; a retired specialist's former one, marked so."""
    employer, retired = d.specialist.employer, d.specialist.retired
    name = host_name(employer.code, None, lang, year) if employer else None
    if not retired:
        return name
    word = record_words.RETIRED(lang)
    if name is None:
        return word.capitalize()
    return record_words.FORMER_EMPLOYER(lang, name=name, retired=word)
