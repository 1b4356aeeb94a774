"""A Table as Markdown, from the template ``table.md.j2``."""

from __future__ import annotations

from pathlib import Path

from lgotp_cli.i18n.formats import ISO, Style
from lgotp_cli.render import RenderContext
from lgotp_cli.render.gantt import to_mermaid
from lgotp_cli.render.templates import render as render_template
from lgotp_cli.reports.table import Table, display


def table_context(table: Table, lang: str, style: Style = ISO) -> dict:
    """What the md and html templates see: title, columns, rows of display text (dates and
    yen as ``style`` writes them), notes."""
    columns = [
        {
            "id": column.id,
            "label": column.label(lang),
            "numeric": column.numeric,
            "wrap": column.wrap,
        }
        for column in table.columns
    ]
    rows = [
        {
            "total": table.is_total(index),
            "cells": [
                {
                    "text": display(value, column, lang, style),
                    "numeric": column.numeric,
                    "id": column.id,
                    "wrap": column.wrap,
                }
                for value, column in zip(row, table.columns, strict=True)
            ],
        }
        for index, row in enumerate(table.rows)
    ]
    return {
        "lang": lang,
        "title": table.title(lang),
        "subtitle": table.subtitle,
        "columns": columns,
        "rows": rows,
        "notes": list(table.notes),
        "report": table.id,
    }


def report_context(
    tables: list[Table], lang: str, search: tuple[Path, ...] = (), style: Style = ISO
) -> dict:
    """The context of a whole report: every table under ``tables``, and the first table's
    fields at the top level too, so that a simple one-table template needs no loop."""
    contexts = []
    for table in tables:
        context = table_context(table, lang, style)
        gantt = table.gantt
        context["mermaid"] = (
            to_mermaid(gantt, lang, search, year_view=table.id == "timeline-year")
            if gantt is not None
            else None
        )
        contexts.append(context)
    return {**contexts[0], "tables": contexts}


def to_markdown(
    tables: list[Table], lang: str, search: tuple[Path, ...] = (), style: Style = ISO
) -> str:
    """The tables as one Markdown document, from ``table.md.j2``."""
    context = report_context(tables, lang, search, style)
    return render_template("table.md.j2", search, **context)


def render(tables: list[Table], context: RenderContext) -> str:
    """The renderer of the md format: every table as people see it."""
    shown = [table.shown() for table in tables]
    return to_markdown(shown, context.lang, context.search, context.style)
