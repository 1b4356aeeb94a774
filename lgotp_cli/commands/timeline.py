"""`lgotp timeline`: one record's timeline, or a fiscal year's Gantt chart."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import (
    FormatOption,
    LangOption,
    OutputOption,
    RecordsOption,
    TemplatesOption,
    TodayOption,
    fiscal_year_option,
)
from lgotp_cli.errors import UserError


def timeline(
    ctx: typer.Context,
    record_id: Annotated[
        str | None, typer.Argument(help="A trainee's or dispatch's id.", show_default=False)
    ] = None,
    fiscal_year: fiscal_year_option("Every stay and dispatch of this fiscal year.") = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    today: TodayOption = None,
    lang: LangOption = None,
) -> None:
    """One trainee's stay or one dispatch as a timeline with lengths, or with --fiscal-year
    every stay and dispatch of that year as one Gantt chart with the programme calendar.
    md gives a Mermaid gantt block; html a page with an SVG chart.

    Example: lgotp timeline LGOTP-2024-007 -f html -o timeline.html
    """
    options = context.command_options(ctx, records=records, today=today, lang=lang)
    if (record_id is None) == (fiscal_year is None):
        raise UserError(
            "give a record id (lgotp timeline LGOTP-2024-007) or --fiscal-year YYYY, not both or neither."
        )
    from lgotp_cli.reports.listing import ReportError
    from lgotp_cli.reports.timeline import find, record_timeline, year_timeline

    the_day = context.today(options)
    root = context.records_root(options)
    plan = context.plan(root, output_format, output, templates)
    effective = context.config(root)
    found = context.report_records(root, options)
    try:
        if record_id is not None:
            table = record_timeline(
                find(found, record_id), effective, lang=options.lang, today=the_day
            )
        else:
            table, skipped = year_timeline(
                found, effective, fiscal_year=fiscal_year, lang=options.lang, today=the_day
            )
            for note in skipped:
                print(f"lgotp: left out of the chart: {note}", file=sys.stderr)
    except ReportError as error:
        raise UserError(str(error)) from None
    context.write(table, plan, options)
