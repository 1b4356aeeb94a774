"""`lgotp list`: the annual list of trainees or dispatches."""

from __future__ import annotations

from typing import Annotated

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import (
    FormatOption,
    LangOption,
    ListKind,
    OutputOption,
    RecordsOption,
    TemplatesOption,
    fiscal_year_option,
    one_of,
)
from lgotp_cli.errors import UserError


def list_records(
    ctx: typer.Context,
    fiscal_year: fiscal_year_option("The fiscal year (default: the latest with records).") = None,
    kind: Annotated[
        ListKind,
        typer.Option(
            "--kind",
            help="trainee or dispatch.",
            parser=one_of(ListKind, "--kind"),
            metavar="KIND",
        ),
    ] = ListKind.trainee,
    public: Annotated[
        bool, typer.Option("--public", help="Leave out notes and withdrawal reasons.")
    ] = False,
    sort: Annotated[
        str | None,
        typer.Option(
            "--sort",
            help="Column ids to sort by, -id for descending: country_name,arrival.",
            show_default=False,
        ),
    ] = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """The annual list of LGOTP trainees (or specialist dispatches) of a fiscal year.

    Example: lgotp list --fiscal-year 2024 --lang ja -o list.xlsx
    """
    options = context.command_options(ctx, records=records, lang=lang)
    from lgotp_cli.reports.listing import (
        DISPATCH_COLUMNS,
        TRAINEE_COLUMNS,
        ReportError,
        dispatch_list,
        sort_keys,
        trainee_list,
    )

    root = context.records_root(options)
    plan = context.plan(root, output_format, output, templates)
    try:
        sort_keys(TRAINEE_COLUMNS if kind == "trainee" else DISPATCH_COLUMNS, sort, "id")
        build = trainee_list if kind == "trainee" else dispatch_list
        table = build(
            context.report_records(root, options),
            fiscal_year=fiscal_year,
            lang=options.lang,
            public=public,
            sort=sort,
        )
    except ReportError as error:
        raise UserError(str(error)) from None
    context.write(table, plan, options)
