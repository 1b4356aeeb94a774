"""A Table on the terminal with rich: aligned, totals in bold; plain text when piped.

On a terminal the table fits its width, measured in cells (a Japanese character takes two):
text columns (names, notes) wrap, and when even wrapped columns cannot all fit, the table is
shown in panels of columns one under the other, each repeating the columns that name the row
(its id, or its country or host), so that no column is ever cut off or left out. Piped or
written to a file, the table keeps its natural width, up to ``PIPED_WIDTH``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from lgotp_cli.diagnostics import visible
from lgotp_cli.output.terminal import cell_width
from lgotp_cli.render import RenderContext
from lgotp_cli.reports.table import Table, display

PIPED_WIDTH = 400  # the widest a piped table gets; wider ones are fitted as on a terminal
PIPED_CHART_WIDTH = 100
TEXT_FLOOR = 12  # the fewest cells a wrapping column is given, however narrow the terminal
# What rich's SIMPLE_HEAD box adds to its columns' contents: a cell of padding either side of
# each column, a cell between columns and one at each edge.
_PER_COLUMN = 3
_EDGES = 1


def to_terminal(tables: list[Table], lang: str, *, colour: bool, width: int | None = None) -> str:
    """The tables as text for the terminal (with colour codes only when ``colour``), fitted to
    ``width`` cells: the terminal's width, or None on a pipe or in a file."""
    return "\n".join(_one(table, lang, colour=colour, width=width) for table in tables)


@dataclass(frozen=True, slots=True)
class _Cells:
    """A table's text as people read it: headings, rows of cells, and how each column may be
    laid out (``short``: ids, codes, dates and numbers, which never wrap)."""

    headings: list[str]
    rows: list[list[str]]
    numeric: list[bool]
    short: list[bool]

    def natural(self, index: int) -> int:
        """The cells column ``index`` takes unwrapped: its widest line."""
        texts = [self.headings[index], *(row[index] for row in self.rows)]
        return max(cell_width(line) for text in texts for line in text.split("\n") or [""])

    def floor(self, index: int) -> int:
        """The fewest cells column ``index`` may have: all of it when it never wraps."""
        natural = self.natural(index)
        return natural if self.short[index] else min(natural, TEXT_FLOOR)


def _cells(table: Table, lang: str) -> _Cells:
    # Ids, codes, dates and numbers never wrap; names and notes wrap when space runs out.
    return _Cells(
        [column.label(lang) for column in table.columns],
        [
            [
                visible(display(value, column, lang))
                for value, column in zip(row, table.columns, strict=True)
            ]
            for row in table.rows
        ],
        [column.numeric for column in table.columns],
        [column.kind != "text" or column.id == "id" for column in table.columns],
    )


def _rich_table(table: Table, cells: _Cells, indices: list[int]):
    from rich import box
    from rich.table import Table as RichTable
    from rich.text import Text

    rich_table = RichTable(box=box.SIMPLE_HEAD, show_lines=False)
    for index in indices:
        short = cells.short[index]
        rich_table.add_column(
            cells.headings[index],
            justify="right" if cells.numeric[index] else "left",
            no_wrap=short,
            overflow="ellipsis" if short else "fold",
        )
    last_body_row = len(table.rows) - table.total_rows - 1
    for number, row in enumerate(cells.rows):
        rich_table.add_row(
            # Text, never markup: a record's "[/]" or "[bold]" is shown as it is written.
            *(Text(row[index]) for index in indices),
            style="bold" if table.is_total(number) else None,
            end_section=number == last_body_row,
        )
    return rich_table


def _fits(cells: _Cells, indices: list[int], width: int) -> bool:
    """Whether these columns fit ``width`` cells with every text column at its floor."""
    return _width_of([cells.floor(i) for i in indices]) <= width


def _width_of(contents: list[int]) -> int:
    return sum(contents) + _PER_COLUMN * len(contents) + _EDGES


def _key_columns(table: Table, cells: _Cells, width: int) -> list[int]:
    """The columns that name a row, repeated in every panel: those up to the id when there is
    one, else the leading columns before the first number (a country, a host); no more than
    half the width."""
    ids = [i for i, column in enumerate(table.columns) if column.id == "id"]
    if ids:
        keys = list(range(ids[0] + 1))
    else:
        keys = []
        for index, numeric in enumerate(cells.numeric):
            if numeric:
                break
            keys.append(index)
    while keys and _width_of([cells.floor(i) for i in keys]) > width // 2:
        keys.pop()
    return keys


def panels(table: Table, cells: _Cells, width: int) -> list[list[int]]:
    """The columns of each panel, in order, so that each fits ``width`` with its text columns
    at their floors (one panel when the whole table does); every column is in one of them."""
    everything = list(range(len(cells.headings)))
    if _fits(cells, everything, width):
        return [everything]
    keys = _key_columns(table, cells, width)
    groups: list[list[int]] = []
    group: list[int] = []
    for index in everything:
        if index in keys:
            continue
        if group and not _fits(cells, [*keys, *group, index], width):
            groups.append(group)
            group = []
        group.append(index)
    if group:
        groups.append(group)
    return [[*keys, *group] for group in groups] or [everything]


def _one(table: Table, lang: str, *, colour: bool, width: int | None) -> str:
    from rich.console import Console
    from rich.measure import Measurement

    cells = _cells(table, lang)
    whole = _rich_table(table, cells, list(range(len(cells.headings))))
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=colour,
        no_color=not colour,
        width=1000,
        highlight=False,
        emoji=False,
    )
    natural = Measurement.get(console, console.options, whole).maximum
    # Piped, a table is as wide as it wants (so that nothing is wrapped needlessly in a file),
    # up to PIPED_WIDTH; on a terminal, as wide as the terminal. Either way it fits.
    limit = PIPED_WIDTH if width is None else width
    console.width = max(min(natural, limit), limit if width is not None else 0)
    if natural > limit:
        groups = panels(table, cells, limit)
        shown = [whole] if len(groups) == 1 else [_rich_table(table, cells, g) for g in groups]
    else:
        shown = [whole]
    # On a terminal every line fits: titles and notes wrap too. Piped, they stay one line.
    unwrapped = width is None
    gantt = table.gantt
    if gantt is not None:
        from lgotp_cli.render.gantt import to_text

        chart_width = PIPED_CHART_WIDTH if width is None else width
        buffer.write(to_text(gantt, lang, colour=colour, width=chart_width - 2) + "\n")
    else:
        # The title on its own line, at full length (a table's title wraps at its width).
        console.print(visible(table.title(lang)), style="bold", markup=False, soft_wrap=unwrapped)
    if table.subtitle:
        console.print(visible(table.subtitle), markup=False, soft_wrap=unwrapped)
    for rich_table in shown:
        console.print(rich_table)
    for note in table.notes:
        console.print(visible(note), markup=False, soft_wrap=unwrapped)
    # rich pads every line to the table's width; trailing spaces help nobody.
    return "\n".join(line.rstrip() for line in buffer.getvalue().split("\n"))


def render(tables: list[Table], context: RenderContext) -> str:
    """The renderer of the table format: every table as people see it, on the terminal."""
    return to_terminal(
        [table.shown() for table in tables],
        context.lang,
        colour=context.colour,
        width=context.width,
    )
