"""`lgotp costs`: the cost reimbursement summary."""

from __future__ import annotations

from lgotp_cli.commands.options import CostsKind, choice, fiscal_year_option, optional
from lgotp_cli.commands.report import Report, report_command
from lgotp_cli.errors import UserError


@report_command()
def costs(
    report: Report,
    fiscal_year: fiscal_year_option("Only this fiscal year (of arrival).") = None,
    host: optional(str, "--host", help_text="Only this host (local government code).") = None,
    kind: choice(
        CostsKind,
        "--kind",
        help_text="all (hosts, then CLAIR's dispatch costs), trainee or dispatch.",
        required=True,
    ) = CostsKind.all,
) -> None:
    """The cost reimbursement summary: per host and fiscal year the host's costs by item, the
    allocation-tax measure (ordinary for prefectures, once each; special for designated cities
    and municipalities, per trainee) and the net burden; then CLAIR's dispatch costs by item.
    The terminal, md and html show the host table in two (costs by item; the measure and the
    net burden); CSV and JSON hold it whole, a row per host (--kind dispatch: CLAIR's).

    Example: lgotp costs --fiscal-year 2024 --lang ja -o costs.xlsx
    """
    if host is not None:
        from lgotp_cli.reference.codes import code_problem

        problem = code_problem(host)
        if problem:
            from lgotp_cli.i18n import error_words

            raise UserError(error_words.HOST_OPTION.of(problem=problem))
    from lgotp_cli.reports.costs import clair_costs, host_costs

    report.plan()
    effective = report.config()
    found = report.records()
    tables = []
    if kind in ("all", "trainee"):
        tables.append(
            host_costs(found, effective, lang=report.lang, fiscal_year=fiscal_year, host=host)
        )
    if kind == "dispatch" or (kind == "all" and host is None):
        tables.append(clair_costs(found, lang=report.lang, fiscal_year=fiscal_year))
    report.write(tables)
