"""`lgotp site`: the records as a static web site."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from lgotp_cli.commands.options import Lang, TodayOption, choice, flag, optional
from lgotp_cli.commands.report import Report, report_command


@report_command(
    output_format=None,
    today=TodayOption,
    lang=choice(Lang, "--lang", help_text="Language of the top index.html: en or ja."),
)
def site(
    report: Report,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The folder to write the site to.")
    ],
    title: optional(
        str, "--title", help_text="The site's title (default: LGOTP records / LGOTP 記録)."
    ) = None,
    force: flag(
        "--force", help_text="Write into a folder that holds other files (they are kept)."
    ) = False,
    public: flag(
        "--public",
        help_text="Leave out what is not for publication (notes, withdrawal reasons, contact "
        "details), as `list --public` does: for a site anyone can read.",
    ) = False,
) -> None:
    """The records as a static web site to publish (GitHub or GitLab Pages) and open in a
    browser: a home page with the validation summary, every problem, what falls due and the
    year at a glance; the annual list, costs and Gantt chart of each fiscal year; acceptance
    by country, field and host; a page per record (fields, timeline, problems, report with
    photographs). Every page in Japanese (ja/) and English (en/); index.html is the --lang
    home. Plain HTML, inline SVG and one stylesheet: no JavaScript, nothing fetched. Records
    with errors still get their pages. Exit 0 once the site is written, whatever the records'
    problems (validate fails the build).

    Example: lgotp site -o public --lang ja --title "LGOTP 記録（クレア）"
    """
    the_day = report.today()
    root = report.root
    from lgotp_cli.output.report import template_search
    from lgotp_cli.output.site import site_progress, summary
    from lgotp_cli.site.build import build_site
    from lgotp_cli.site.output import check_output

    search = template_search(report.templates, root)
    check_output(output, root, force=force)
    effective = report.config()
    with site_progress(enabled=not report.options.quiet, lang=report.lang) as progress:
        built = build_site(
            root,
            output,
            config=effective,
            today=the_day,
            lang=report.lang,
            title=title,
            public=public,
            search=search,
            force=force,
            progress=progress,
        )
    if not report.options.quiet:
        print(summary(built, output, report.lang))
