"""A Table as a web page, from ``table.html.j2``, with an inline SVG bar chart
(``bar_chart.svg.j2``) when the report has one: no JavaScript, nothing fetched."""

from __future__ import annotations

from pathlib import Path

from lgotp_cli.i18n.formats import ISO, Style
from lgotp_cli.render import RenderContext
from lgotp_cli.render.gantt import to_svg
from lgotp_cli.render.templates import render as render_template
from lgotp_cli.render.to_markdown import table_context
from lgotp_cli.reports.table import Table, display

CHART_WIDTH = 760
BAR_HEIGHT = 18
BAR_GAP = 8
LABEL_WIDTH = 200
VALUE_WIDTH = 70


def bar_chart(
    table: Table, lang: str, search: tuple[Path, ...] = (), style: Style = ISO
) -> str | None:
    """The report's bar chart as SVG text, or None when it has none."""
    chart = table.chart
    if chart is None:
        return None
    label_index = table.column_index(chart.label_column)
    value_index = table.column_index(chart.value_column)
    value_column = table.columns[value_index]
    rows = [row for index, row in enumerate(table.rows) if not table.is_total(index)]
    largest = max((row[value_index] or 0 for row in rows), default=0) or 1
    plot_width = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH
    top = 34
    bars = []
    for position, row in enumerate(rows):
        value = row[value_index] or 0
        y = top + position * (BAR_HEIGHT + BAR_GAP)
        bars.append(
            {
                "label": display(row[label_index], table.columns[label_index], lang, style),
                "value": display(row[value_index], value_column, lang, style),
                "x": LABEL_WIDTH,
                "y": y,
                "width": round(plot_width * value / largest, 1),
                "height": BAR_HEIGHT,
                "text_y": y + BAR_HEIGHT - 5,
            }
        )
    height = top + len(rows) * (BAR_HEIGHT + BAR_GAP) + 10
    return render_template(
        "bar_chart.svg.j2",
        search,
        title=chart.title(lang),
        width=CHART_WIDTH,
        height=height,
        bars=bars,
        label_width=LABEL_WIDTH,
        plot_width=plot_width,
    )


def section_context(
    table: Table, lang: str, search: tuple[Path, ...] = (), style: Style = ISO
) -> dict:
    """What ``report_section.html.j2`` draws for one table: its cells, its bar chart or Gantt
    chart as SVG (rendered and escaped by their own templates, embedded as they are)."""
    from markupsafe import Markup

    context = table_context(table, lang, style)
    svg = bar_chart(table, lang, search, style)
    context["chart"] = Markup(svg) if svg else None
    gantt = table.gantt
    context["gantt"] = Markup(to_svg(gantt, lang, search, style)) if gantt is not None else None
    return context


def to_html(
    tables: list[Table], lang: str, search: tuple[Path, ...] = (), style: Style = ISO
) -> str:
    """The tables as one web page, from ``table.html.j2``."""
    contexts = [section_context(table, lang, search, style) for table in tables]
    return render_template("table.html.j2", search, **contexts[0], tables=contexts)


def render(tables: list[Table], context: RenderContext) -> str:
    """The renderer of the html format: every table as people see it."""
    shown = [table.shown() for table in tables]
    return to_html(shown, context.lang, context.search, context.style)
