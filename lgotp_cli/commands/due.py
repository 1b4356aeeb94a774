"""`lgotp due`: what falls due, as a report or an iCalendar file."""

from __future__ import annotations

from typing import Annotated

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import (
    DueFormat,
    LangOption,
    OutputOption,
    RecordsOption,
    TemplatesOption,
    TodayOption,
    one_of,
)
from lgotp_cli.errors import UserError


def _days(value) -> int:
    if isinstance(value, int):
        return value
    text = value.strip()
    if not text.isascii() or not text.isdigit():
        raise UserError(f"--within must be a whole number of days, 0 or more, not '{value}'.")
    return int(text)


def due(
    ctx: typer.Context,
    within: Annotated[
        int,
        typer.Option(
            "--within",
            "-w",
            help="Days after today to look ahead (0 or more).",
            parser=_days,
            metavar="DAYS",
        ),
    ] = 30,
    fail_on_overdue: Annotated[
        bool,
        typer.Option("--fail-on-overdue", help="Exit 1 when anything is overdue (for CI)."),
    ] = False,
    output_format: Annotated[
        DueFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="table, csv, md, html, xlsx, json or ics (else from -o).",
            show_default=False,
            parser=one_of(DueFormat, "--format"),
            metavar="FORMAT",
        ),
    ] = None,
    output: OutputOption = None,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    today: TodayOption = None,
    lang: LangOption = None,
) -> None:
    """What falls due from today to --within days on: calendar deadlines, arrivals, departures,
    phase starts, returns and dispatch reports; overdue reports first, whatever their date.
    --format ics writes an iCalendar file whose event UIDs stay the same from run to run, so
    that Outlook or Google Calendar updates its events instead of duplicating them.

    Example: lgotp due --within 60 --fail-on-overdue -o due.ics
    """
    options = context.command_options(ctx, records=records, today=today, lang=lang)
    the_day = context.today(options)
    from lgotp_cli.reports.due import due_items, due_table

    root = context.records_root(options)
    plan = context.plan(root, output_format, output, templates, extra=("ics",))
    effective = context.config(root)
    found = context.report_records(root, options)
    items = due_items(found, effective, the_day, within, options.lang)
    if plan.fmt == "ics":
        from lgotp_cli.output.report import deliver
        from lgotp_cli.render.to_ics import to_ics

        name = "LGOTP 期限一覧" if options.lang == "ja" else "LGOTP: what falls due"
        deliver(plan, to_ics(items, calendar_name=name, today=the_day, lang=options.lang))
    else:
        context.write(due_table(items, options.lang, today=the_day, within=within), plan, options)
    if fail_on_overdue and any(item.overdue for item in items):
        raise typer.Exit(1)
