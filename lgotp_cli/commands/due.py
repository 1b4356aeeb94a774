"""`lgotp due`: what falls due, as a report or an iCalendar file."""

from __future__ import annotations

from typing import Annotated

import typer

from lgotp_cli.commands.options import DueFormat, TodayOption, choice, flag
from lgotp_cli.commands.report import Report, report_command
from lgotp_cli.errors import UserError


def _days(value) -> int:
    if isinstance(value, int):
        return value
    text = value.strip()
    if not text.isascii() or not text.isdigit():
        from lgotp_cli.i18n import error_words

        raise UserError(error_words.WITHIN_NOT_DAYS.of(value=value))
    return int(text)


@report_command(
    output_format=choice(
        DueFormat,
        "--format",
        "-f",
        help_text="table, csv, md, html, xlsx, json or ics (else from -o).",
    ),
    today=TodayOption,
)
def due(
    report: Report,
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
    fail_on_overdue: flag(
        "--fail-on-overdue", help_text="Exit 1 when anything is overdue (for CI)."
    ) = False,
) -> None:
    """What falls due from today to --within days on: calendar deadlines, arrivals, departures,
    phase starts, returns and dispatch reports; overdue reports first, whatever their date.
    --format ics writes an iCalendar file whose event UIDs stay the same from run to run, so
    that Outlook or Google Calendar updates its events instead of duplicating them.

    Example: lgotp due --within 60 --fail-on-overdue -o due.ics
    """
    the_day = report.today()
    from lgotp_cli.reports.due import due_items, due_table

    plan = report.plan(extra=("ics",))
    items = due_items(report.records(), report.config(), the_day, within, report.lang)
    if plan.fmt == "ics":
        from lgotp_cli.i18n.report_words import DUE_CALENDAR_NAME
        from lgotp_cli.output.report import deliver
        from lgotp_cli.render.to_ics import to_ics

        name = DUE_CALENDAR_NAME(report.lang)
        deliver(plan, to_ics(items, calendar_name=name, today=the_day, lang=report.lang))
    else:
        table = due_table(items, report.lang, today=the_day, within=within, style=report.style())
        report.write(table)
    if fail_on_overdue and any(item.overdue for item in items):
        raise typer.Exit(1)
