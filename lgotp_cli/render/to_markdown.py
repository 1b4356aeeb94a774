"""A Table as Markdown, from the template ``table.md.j2``."""

from __future__ import annotations

from pathlib import Path

from lgotp_cli.render.templates import render
from lgotp_cli.reports.table import Table, display


def table_context(table: Table, lang: str) -> dict:
    """What the md and html templates see: title, columns, rows of display text, notes."""
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
                    "text": display(value, column, lang),
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


def report_context(tables: list[Table], lang: str) -> dict:
    """The context of a whole report: every table under ``tables``, and the first table's
    fields at the top level too, so that a simple one-table template needs no loop."""
    contexts = [table_context(table, lang) for table in tables]
    return {**contexts[0], "tables": contexts}


def to_markdown(tables: list[Table], lang: str, search: tuple[Path, ...] = ()) -> str:
    return render("table.md.j2", search, **report_context(tables, lang))
