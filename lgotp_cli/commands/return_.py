"""`lgotp return NAME`: an Excel return from a workbook template."""

from __future__ import annotations

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


@report_command(output_format=None, default_lang="ja")
def make_return(
    report: Report,
    name: choice_argument(
        ReturnName,
        "NAME",
        "reimbursement, survey, list or countries.",
        "there is no return '{value}'; the returns are {choices}.",
    ),
    fiscal_year: fiscal_year_option("The fiscal year (default: the latest with records).") = None,
    host: optional(str, "--host", help_text="The host's code (reimbursement).") = None,
    start: FromOption = None,
    end: ToOption = None,
    output: OutputOption = None,  # declared here to come before --force in --help
    force: ForceOption = False,
) -> None:
    """An Excel return from a workbook template (Japanese unless --lang en): reimbursement (one
    host's costs and allocation tax for a year), survey (the hosts' Forms 1–3), list, countries.
    A records repository restyles a return by putting its own copy of the template in
    records/templates/ (e.g. records/templates/returns/reimbursement.xlsx).

    Example: lgotp return reimbursement --host 232025 --fiscal-year 2024 -o okazaki-2024.xlsx
    """
    from lgotp_cli.output.returns import check_options, make

    name = str(name)
    asked = {"fiscal_year": fiscal_year, "host": host, "start": start, "end": end}
    check_options(name, **asked)
    written = make(
        name,
        **asked,
        root=report.root,
        options_lang=report.lang,
        output=output,
        force=force,
        templates=report.templates,
        read=report.records,
        config=report.config,
    )
    print(f"wrote {written}")
