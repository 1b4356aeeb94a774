"""`lgotp return NAME`: an Excel return from a workbook template."""

from __future__ import annotations

from typing import Annotated

import typer

from lgotp_cli.commands.options import (
    ForceOption,
    FromOption,
    OutputOption,
    ReturnName,
    ToOption,
    choice_argument,
    fiscal_year_option,
    optional,
)
from lgotp_cli.commands.report import Report, report_command
from lgotp_cli.render.workbook_limits import WorkbookLimits

WORKBOOK_LIMITS = WorkbookLimits()  # the defaults of the --max-* options


@report_command(output_format=None, default_lang="ja")
def make_return(
    report: Report,
    name: choice_argument(
        ReturnName,
        "NAME",
        "reimbursement, survey, list or countries.",
        "NO_RETURN",  # error_words
    ),
    fiscal_year: fiscal_year_option("The fiscal year (default: the latest with records).") = None,
    host: optional(str, "--host", help_text="The host's code (reimbursement).") = None,
    start: FromOption = None,
    end: ToOption = None,
    output: OutputOption = None,  # declared here to come before --force in --help
    force: ForceOption = False,
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
) -> None:
    """An Excel return from a workbook template (Japanese unless --lang en): reimbursement (one
    host's costs and allocation tax for a year), survey (the hosts' Forms 1–3), list, countries.
    A records repository restyles a return by putting its own copy of the template in
    records/templates/ (e.g. records/templates/returns/reimbursement.xlsx).

    Example: lgotp return reimbursement --host 232025 --fiscal-year 2024 -o okazaki-2024.xlsx
    """
    from lgotp_cli.output.returns import ReturnAsked, check_options, make

    asked = ReturnAsked(str(name), fiscal_year, host, start, end)
    check_options(asked)
    written = make(
        asked,
        root=report.root,
        options_lang=report.lang,
        output=output,
        force=force,
        templates=report.templates,
        read=report.records,
        config=report.config,
        limits=WorkbookLimits(rows=max_rows, columns=max_columns, cells=max_cells),
    )
    # Said in the language asked for (the return itself is Japanese unless --lang en).
    from lgotp_cli.i18n import note_words
    from lgotp_cli.language import current_language

    print(note_words.WROTE(current_language(), path=written))
