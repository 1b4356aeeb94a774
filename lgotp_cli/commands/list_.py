"""`lgotp list`: the annual list of trainees or dispatches."""

from __future__ import annotations

from lgotp_cli.commands.options import ListKind, choice, fiscal_year_option, flag, optional
from lgotp_cli.commands.report import Report, report_command


@report_command()
def list_records(
    report: Report,
    fiscal_year: fiscal_year_option("The fiscal year (default: the latest with records).") = None,
    kind: choice(ListKind, "--kind", help_text="trainee or dispatch.", required=True) = (
        ListKind.trainee
    ),
    public: flag("--public", help_text="Leave out notes and withdrawal reasons.") = False,
    sort: optional(
        str,
        "--sort",
        help_text="Column ids to sort by, -id for descending: country_name,arrival.",
    ) = None,
) -> None:
    """The annual list of LGOTP trainees (or specialist dispatches) of a fiscal year.

    Example: lgotp list --fiscal-year 2024 --lang ja -o list.xlsx
    """
    from lgotp_cli.reports.listing import (
        DISPATCH_COLUMNS,
        TRAINEE_COLUMNS,
        dispatch_list,
        sort_keys,
        trainee_list,
    )

    def build():
        sort_keys(TRAINEE_COLUMNS if kind == "trainee" else DISPATCH_COLUMNS, sort, "id")
        listed = trainee_list if kind == "trainee" else dispatch_list
        return listed(
            report.records(), fiscal_year=fiscal_year, lang=report.lang, public=public, sort=sort
        )

    report.run(build)
