"""`lgotp stats countries|hosts|fields`: acceptance results, a column per fiscal year."""

from __future__ import annotations

import typer

from lgotp_cli.commands.options import FromOption, ToOption
from lgotp_cli.commands.report import Report, report_command
from lgotp_cli.errors import UserError

stats_app = typer.Typer(
    help="Acceptance results: by country, by host, by field, a column per fiscal year.\n\n"
    "Example: lgotp stats countries --from 1996 --to 2024 --lang ja -o countries.xlsx",
    no_args_is_help=True,
    rich_markup_mode=None,
)

# Each subcommand: the reports.stats function it runs, and its help.
STATS = {
    "countries": "Trainees by country and fiscal year, totals both ways (受入実績【国別】).\n\n"
    "Example: lgotp stats countries --from 1996 --to 2024 --lang ja -o countries.html",
    "hosts": "Trainees by host type and host and fiscal year, with totals.\n\n"
    "Example: lgotp stats hosts --from 2019 -f md",
    "fields": "Trainees by field and fiscal year, with totals.\n\n"
    "Example: lgotp stats fields -f csv -o fields.csv",
}


def stats_command(which: str):
    """`lgotp stats WHICH`."""

    @report_command()
    def stats_table(report: Report, start: FromOption = None, end: ToOption = None) -> None:
        from lgotp_cli.reports import stats

        if start is not None and end is not None and start > end:
            from lgotp_cli.i18n import error_words

            raise UserError(error_words.FROM_AFTER_TO.of(start=start, end=end))
        report.run(
            lambda: getattr(stats, which)(report.records(), start=start, end=end, lang=report.lang)
        )

    return stats_table


for _which, _help in STATS.items():
    stats_app.command(_which, help=_help)(stats_command(_which))
