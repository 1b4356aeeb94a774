"""`lgotp timeline`: one record's timeline, or a fiscal year's Gantt chart."""

from __future__ import annotations

import sys

from lgotp_cli.commands.options import TodayOption, argument, fiscal_year_option
from lgotp_cli.commands.report import Report, report_command
from lgotp_cli.errors import UserError


@report_command(today=TodayOption)
def timeline(
    report: Report,
    record_id: argument(str, "A trainee's or dispatch's id.") = None,
    fiscal_year: fiscal_year_option("Every stay and dispatch of this fiscal year.") = None,
) -> None:
    """One trainee's stay or one dispatch as a timeline with lengths, or with --fiscal-year
    every stay and dispatch of that year as one Gantt chart with the programme calendar.
    md gives a Mermaid gantt block; html a page with an SVG chart.

    Example: lgotp timeline LGOTP-2024-007 -f html -o timeline.html
    """
    if (record_id is None) == (fiscal_year is None):
        from lgotp_cli.i18n import error_words

        raise UserError(error_words.TIMELINE_ID_OR_YEAR.of())
    from lgotp_cli.reports.timeline import find, record_timeline, year_timeline

    the_day = report.today()

    def build():
        effective, found = report.config(), report.records()
        if record_id is not None:
            return record_timeline(
                find(found, record_id), effective, lang=report.lang, today=the_day
            )
        table, skipped = year_timeline(
            found, effective, fiscal_year=fiscal_year, lang=report.lang, today=the_day
        )
        for note in skipped:
            from lgotp_cli.i18n import note_words

            said = note_words.LEFT_OUT_OF_CHART(report.lang, note=note)
            print(f"lgotp: {said}", file=sys.stderr)
        return table

    report.run(build)
