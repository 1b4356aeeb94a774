"""The one shape every report hands to the renderers: columns with ids, labels and types, and
rows of typed values (int yen, dates, codes), with optional notes, total rows and a bar chart.

Every heading is a ``Words`` of the catalogue (``i18n.table_words`` for columns and charts): a
report declares a column by its id, which names its words (``columns_named_by``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from lgotp_cli.i18n import (
    day,
    dispatch_status_label,
    fiscal_year_label,
    host_type_label,
    is_japanese,
    report_words,
    status_label,
    tax_kind_label,
    yen,
)
from lgotp_cli.i18n.formats import ISO, Style

if TYPE_CHECKING:
    from lgotp_cli.i18n import Terms, Words
    from lgotp_cli.reports.chart import Gantt

NUMERIC_KINDS = frozenset(("int", "money"))


@dataclass(frozen=True, slots=True)
class Column:
    """A column: ``id`` keys JSON and CSV; ``words`` label it for people; ``kind`` says how
    its values are shown (text, int, money, date, fiscal_year, code)."""

    id: str
    words: Words
    kind: str = "text"
    shown: bool = True  # False: in json, csv and xlsx only (a code whose name has a column)
    wrap: bool = False  # long text (names of organisations, notes) that may wrap on a page
    data: bool = True  # False: for people only, not in json and csv (a remark, not a value)

    def label(self, lang: str) -> str:
        """The column's heading in ``lang``."""
        return self.words.in_(lang)

    def flag(self, lang: str) -> str:
        """What a yes in a flag column shows: its name, in capitals in English (OVERDUE)."""
        label = self.label(lang)
        return label if is_japanese(lang) else label.upper()

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS


def columns_named_by(words: Terms) -> Callable[..., Column]:
    """The maker of one family of tables' columns, headed by ``words`` (the catalogue's, keyed
    by column id): ``column("no", "int")`` is the column ``no`` headed by ``words["no"]``,
    ``column("country", "code", shown=False)`` a code for tools. An id that ``words`` lacks
    fails where the column is declared, when its module is imported."""

    def column(column_id: str, kind: str = "text", **options: bool) -> Column:
        if column_id not in words:
            known = ", ".join(words)
            raise LookupError(f"the catalogue has no words for the column {column_id!r} ({known})")
        return Column(column_id, words[column_id], kind, **options)

    return column


@dataclass(frozen=True, slots=True)
class BarChart:
    """A horizontal bar chart of one numeric column against one label column."""

    label_column: str
    value_column: str
    heading: Words

    def title(self, lang: str) -> str:
        """The title in ``lang``."""
        return self.heading.in_(lang)


@dataclass(frozen=True, slots=True)
class Part:
    """A table of its own that people read, cut from a table too wide to read whole (on a
    terminal, a screen or a printed page): some of its columns, every row, its own title and
    notes. Tools (json, csv, xlsx) keep the whole table; people's formats show its parts."""

    id: str
    heading: Words
    columns: tuple[str, ...]  # ids, in the order shown
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    """A report's table, titled by ``heading``. The last ``total_rows`` rows are totals;
    ``chart`` is a bar chart of two of its columns, ``gantt`` the timeline chart its rows are
    the table of; ``parts`` are the tables people read in its place (when it is too wide to
    read whole)."""

    id: str
    heading: Words
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    notes: tuple[str, ...] = ()
    total_rows: int = 0
    chart: BarChart | None = None
    subtitle: str = ""
    gantt: Gantt | None = None
    total_indices: frozenset[int] = frozenset()  # total rows inside the table (per-year totals)
    parts: tuple[Part, ...] = ()

    def title(self, lang: str) -> str:
        """The title in ``lang``."""
        return self.heading.in_(lang)

    def shown(self) -> Table:
        """The table as people see it: without the columns that are for tools only."""
        return self._keep([i for i, column in enumerate(self.columns) if column.shown])

    def data(self) -> Table:
        """The table for tools (json, csv): without the columns that are remarks for people."""
        return self._keep([i for i, column in enumerate(self.columns) if column.data])

    def for_people(self) -> list[Table]:
        """The table as people read it (terminal, md, html, the site): its parts, each a table
        of its own, or else the table itself; without the columns that are for tools only."""
        if not self.parts:
            return [self.shown()]
        return [
            replace(
                self._keep([self.column_index(column_id) for column_id in part.columns]),
                id=part.id,
                heading=part.heading,
                notes=part.notes,
                chart=None,
                gantt=None,
                parts=(),
            )
            for part in self.parts
        ]

    def _keep(self, keep: list[int]) -> Table:
        if keep == list(range(len(self.columns))):
            return self
        return replace(
            self,
            columns=tuple(self.columns[i] for i in keep),
            rows=tuple(tuple(row[i] for i in keep) for row in self.rows),
        )

    def column_index(self, column_id: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.id == column_id)

    def value(self, row: tuple[Any, ...], column_id: str) -> Any:
        """The value of column ``column_id`` in ``row`` (rows are read by id, never position)."""
        return row[self.column_index(column_id)]

    def is_total(self, row_index: int) -> bool:
        return row_index >= len(self.rows) - self.total_rows or row_index in self.total_indices


MISSING = "—"
TOTAL = "total"  # what a total row holds in its key columns (JSON: "country": "total")


def display(value: Any, column: Column, lang: str, style: Style = ISO) -> str:
    """A value as people read it in ``lang``: yen, era years, thousands separators; dates and
    negative yen as ``style`` writes them (Japanese only)."""
    if value is None:
        return MISSING
    if column.kind == "flag":
        # A yes/no column shows its own name when yes (OVERDUE / 期限超過), nothing when no.
        return column.flag(lang) if value else ""
    if value == TOTAL:
        # The marker of a total row: blank in a code column, "Total" where a year would be.
        return report_words.TOTAL(lang) if column.kind == "fiscal_year" else ""
    if column.kind == "money" and isinstance(value, int):
        return yen(value, lang, style)
    if column.kind == "fiscal_year" and isinstance(value, int):
        return fiscal_year_label(value, lang)
    if column.kind == "int" and isinstance(value, int):
        return f"{value:,}"
    if column.kind == "status" and isinstance(value, str):
        return status_label(value, lang)
    if column.kind == "dispatch_status" and isinstance(value, str):
        return dispatch_status_label(value, lang)
    if column.kind == "host_type" and isinstance(value, str):
        return host_type_label(value, lang)
    if column.kind == "tax_kind" and isinstance(value, str):
        return tax_kind_label(value, lang)
    if isinstance(value, date):
        return day(value, lang, style)
    return str(value)


def plain(value: Any) -> Any:
    """A value for JSON and CSV: dates as ISO text, everything else as it is."""
    if isinstance(value, date):
        return value.isoformat()
    return value
