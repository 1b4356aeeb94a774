"""A Table on the terminal with rich: aligned, totals in bold; plain text when piped."""

from __future__ import annotations

import io

from lgotp_cli.diagnostics import visible
from lgotp_cli.render import RenderContext
from lgotp_cli.reports.table import Table, display


def to_terminal(tables: list[Table], lang: str, *, colour: bool, width: int | None = None) -> str:
    """The tables as text for the terminal (with colour codes only when ``colour``)."""
    return "\n".join(_one(table, lang, colour=colour, width=width) for table in tables)


def _one(table: Table, lang: str, *, colour: bool, width: int | None) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table as RichTable

    rich_table = RichTable(box=box.SIMPLE_HEAD, show_lines=False)
    for column in table.columns:
        # Ids, codes, dates and numbers never wrap; names and notes wrap when space runs out.
        short = column.kind != "text" or column.id == "id"
        rich_table.add_column(
            column.label(lang),
            justify="right" if column.numeric else "left",
            no_wrap=short,
            overflow="ellipsis" if short else "fold",
        )
    for index, row in enumerate(table.rows):
        cells = [
            visible(display(value, column, lang))
            for value, column in zip(row, table.columns, strict=True)
        ]
        rich_table.add_row(
            *cells,
            style="bold" if table.is_total(index) else None,
            end_section=index == len(table.rows) - table.total_rows - 1,
        )
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=colour,
        no_color=not colour,
        width=1000,
        highlight=False,
        emoji=False,
    )
    if width is None:
        import shutil

        # As wide as the table wants (so that no column is squeezed out of sight), and at
        # least the terminal's width; long text columns still wrap on a narrow terminal.
        from rich.measure import Measurement

        natural = min(Measurement.get(console, console.options, rich_table).maximum, 400)
        terminal = shutil.get_terminal_size((120, 40)).columns if colour else 0
        width = max(natural, terminal)
    console.width = width
    gantt = table.gantt
    if gantt is not None:
        import shutil

        from lgotp_cli.render.gantt import to_text

        chart_width = shutil.get_terminal_size((100, 40)).columns if colour else 100
        buffer.write(to_text(gantt, lang, colour=colour, width=chart_width - 2) + "\n")
    else:
        # The title on its own line, at full length (a table's title wraps at its width).
        console.print(visible(table.title(lang)), style="bold", markup=False, soft_wrap=True)
    if table.subtitle:
        console.print(visible(table.subtitle), markup=False, soft_wrap=True)
    console.print(rich_table)
    for note in table.notes:
        console.print(visible(note), markup=False, soft_wrap=True)
    # rich pads every line to the table's width; trailing spaces help nobody.
    return "\n".join(line.rstrip() for line in buffer.getvalue().split("\n"))


def render(tables: list[Table], context: RenderContext) -> str:
    """The renderer of the table format: every table as people see it, on the terminal."""
    return to_terminal([table.shown() for table in tables], context.lang, colour=context.colour)
