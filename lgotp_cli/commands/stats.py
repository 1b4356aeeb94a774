"""`lgotp stats countries|hosts|fields`: acceptance results, a column per fiscal year."""

from __future__ import annotations

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import (
    FormatOption,
    FromOption,
    LangOption,
    OutputOption,
    RecordsOption,
    TemplatesOption,
    ToOption,
)
from lgotp_cli.errors import UserError

stats_app = typer.Typer(
    help="Acceptance results: by country, by host, by field, a column per fiscal year.\n\n"
    "Example: lgotp stats countries --from 1996 --to 2024 --lang ja -o countries.xlsx",
    no_args_is_help=True,
    rich_markup_mode=None,
)


def _stats(ctx, which: str, first, last, output_format, output, templates, records, lang) -> None:
    options = context.command_options(ctx, records=records, lang=lang)
    from lgotp_cli.reports import stats
    from lgotp_cli.reports.listing import ReportError

    if first is not None and last is not None and first > last:
        raise UserError(f"--from {first} is after --to {last}; give the earlier year first.")
    root = context.records_root(options)
    plan = context.plan(root, output_format, output, templates)
    try:
        found = context.report_records(root, options)
        table = getattr(stats, which)(found, start=first, end=last, lang=options.lang)
    except ReportError as error:
        raise UserError(str(error)) from None
    context.write(table, plan, options)


@stats_app.command("countries")
def stats_countries(
    ctx: typer.Context,
    start: FromOption = None,
    end: ToOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """Trainees by country and fiscal year, totals both ways (受入実績【国別】).

    Example: lgotp stats countries --from 1996 --to 2024 --lang ja -o countries.html
    """
    _stats(ctx, "countries", start, end, output_format, output, templates, records, lang)


@stats_app.command("hosts")
def stats_hosts(
    ctx: typer.Context,
    start: FromOption = None,
    end: ToOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """Trainees by host type and host and fiscal year, with totals.

    Example: lgotp stats hosts --from 2019 -f md
    """
    _stats(ctx, "hosts", start, end, output_format, output, templates, records, lang)


@stats_app.command("fields")
def stats_fields(
    ctx: typer.Context,
    start: FromOption = None,
    end: ToOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """Trainees by field and fiscal year, with totals.

    Example: lgotp stats fields -f csv -o fields.csv
    """
    _stats(ctx, "fields", start, end, output_format, output, templates, records, lang)
