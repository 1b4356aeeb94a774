"""A Table as JSON: a list of objects, one per row, keyed by column id (CLI.md)."""

from __future__ import annotations

import json

from lgotp_cli.render import RenderContext
from lgotp_cli.reports.table import Table, plain


def to_json(table: Table) -> str:
    """Amounts stay integers of yen, dates become ISO text, codes stay codes."""
    ids = [column.id for column in table.columns]
    rows = [{key: plain(value) for key, value in zip(ids, row, strict=True)} for row in table.rows]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def render(tables: list[Table], context: RenderContext) -> str:
    """The renderer of the json format: the first (main) table's data."""
    return to_json(tables[0].data())
