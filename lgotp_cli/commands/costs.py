"""`lgotp costs`: the cost reimbursement summary."""

from __future__ import annotations

from typing import Annotated

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import (
    CostsKind,
    FormatOption,
    LangOption,
    OutputOption,
    RecordsOption,
    TemplatesOption,
    fiscal_year_option,
    one_of,
)
from lgotp_cli.errors import UserError


def costs(
    ctx: typer.Context,
    fiscal_year: fiscal_year_option("Only this fiscal year (of arrival).") = None,
    host: Annotated[
        str | None,
        typer.Option("--host", help="Only this host (local government code).", show_default=False),
    ] = None,
    kind: Annotated[
        CostsKind,
        typer.Option(
            "--kind",
            help="all (hosts, then CLAIR's dispatch costs), trainee or dispatch.",
            parser=one_of(CostsKind, "--kind"),
            metavar="KIND",
        ),
    ] = CostsKind.all,
    output_format: FormatOption = None,
    output: OutputOption = None,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """The cost reimbursement summary: per host and fiscal year the host's costs by item, the
    allocation-tax measure (ordinary for prefectures, once each; special for designated cities
    and municipalities, per trainee) and the net burden; then CLAIR's dispatch costs by item.
    CSV and JSON hold the host table (--kind dispatch: CLAIR's).

    Example: lgotp costs --fiscal-year 2024 --lang ja -o costs.xlsx
    """
    options = context.command_options(ctx, records=records, lang=lang)
    if host is not None:
        from lgotp_cli.reference.codes import describe_code_problem

        problem = describe_code_problem(host)
        if problem:
            raise UserError(f"--host: {problem}.")
    from lgotp_cli.reports.costs import clair_costs, host_costs

    root = context.records_root(options)
    plan = context.plan(root, output_format, output, templates)
    effective = context.config(root)
    found = context.report_records(root, options)
    tables = []
    if kind in ("all", "trainee"):
        tables.append(
            host_costs(found, effective, lang=options.lang, fiscal_year=fiscal_year, host=host)
        )
    if kind == "dispatch" or (kind == "all" and host is None):
        tables.append(clair_costs(found, lang=options.lang, fiscal_year=fiscal_year))
    context.write(tables, plan, options)
