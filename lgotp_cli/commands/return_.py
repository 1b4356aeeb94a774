"""`lgotp return NAME`: an Excel return from a workbook template."""

from __future__ import annotations

from typing import Annotated

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import (
    ForceOption,
    FromOption,
    LangOption,
    OutputOption,
    RecordsOption,
    ReturnName,
    TemplatesOption,
    ToOption,
    fiscal_year_option,
    one_of,
)
from lgotp_cli.render.workbook_safety import WorkbookLimits

WORKBOOK_LIMITS = WorkbookLimits()  # the defaults of the --max-* options


def make_return(
    ctx: typer.Context,
    name: Annotated[
        ReturnName,
        typer.Argument(
            help="reimbursement, survey, list or countries.",
            parser=one_of(
                ReturnName, "NAME", "there is no return '{value}'; the returns are {choices}."
            ),
        ),
    ],
    fiscal_year: fiscal_year_option("The fiscal year (default: the latest with records).") = None,
    host: Annotated[
        str | None,
        typer.Option("--host", help="The host's code (reimbursement).", show_default=False),
    ] = None,
    start: FromOption = None,
    end: ToOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    templates: TemplatesOption = None,
    max_rows: Annotated[
        int,
        typer.Option("--max-rows", help="The most rows the return may have (at most 1,048,576)."),
    ] = WORKBOOK_LIMITS.rows,
    max_columns: Annotated[
        int,
        typer.Option(
            "--max-columns", help="The most columns the return may have (at most 16,384)."
        ),
    ] = WORKBOOK_LIMITS.columns,
    max_cells: Annotated[
        int, typer.Option("--max-cells", help="The most cells, all sheets together.")
    ] = WORKBOOK_LIMITS.cells,
    records: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """An Excel return from a workbook template (Japanese unless --lang en): reimbursement (one
    host's costs and allocation tax for a year), survey (the hosts' Forms 1–3), list, countries.
    A records repository restyles a return by putting its own copy of the template in
    records/templates/ (e.g. records/templates/returns/reimbursement.xlsx).

    Example: lgotp return reimbursement --host 232025 --fiscal-year 2024 -o okazaki-2024.xlsx
    """
    options = context.command_options(ctx, default_lang="ja", records=records, lang=lang)
    from lgotp_cli.output.returns import check_options, make

    name = str(name)
    check_options(name, fiscal_year=fiscal_year, host=host, start=start, end=end)
    root = context.records_root(options)
    written = make(
        name,
        root=root,
        options_lang=options.lang,
        fiscal_year=fiscal_year,
        host=host,
        start=start,
        end=end,
        output=output,
        force=force,
        templates=templates,
        read=lambda: context.report_records(root, options),
        config=lambda: context.config(root),
        limits=WorkbookLimits(rows=max_rows, columns=max_columns, cells=max_cells),
    )
    print(f"wrote {written}")
