"""The home page: what someone opening the site wants first. The validation summary and every
problem, this fiscal year's numbers (each from the report table of the page it links to), what
falls due, and the latest years' lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lgotp_cli.i18n import fiscal_year_label, report_words
from lgotp_cli.months import fiscal_year
from lgotp_cli.reports.common import ReportRecords
from lgotp_cli.reports.costs import host_costs
from lgotp_cli.reports.due import due_items, due_table
from lgotp_cli.reports.listing import dispatch_list, trainee_list
from lgotp_cli.reports.table import display
from lgotp_cli.site import links
from lgotp_cli.site.pages import Page
from lgotp_cli.site.record_pages import diagnostics_section
from lgotp_cli.site.words import summary_sentence, words

if TYPE_CHECKING:
    from lgotp_cli.site.pages import Site

DUE_WITHIN = 30  # days of what falls due on the home page (as `lgotp due`'s default)


def home_page(site: Site, lang: str, path: str) -> Page:
    """The validation summary and every problem (linked to the page that shows it), this
    fiscal year at a glance, and what falls due in the next 30 days."""
    content = site.content
    said = words(lang)
    summary = content.summary
    counts = [
        {"label": said["errors"], "value": f"{summary.errors:,}", "kind": "error"},
        {"label": said["warnings"], "value": f"{summary.warnings:,}", "kind": "warning"},
        {"label": said["infos"], "value": f"{summary.infos:,}", "kind": "info"},
        {"label": said["records_count"], "value": f"{summary.records:,}", "kind": ""},
        {"label": said["files_count"], "value": f"{summary.files:,}", "kind": ""},
    ]
    items = due_items(content.reports, content.config, content.today, DUE_WITHIN, lang)
    due_soon = due_table(items, lang, today=content.today, within=DUE_WITHIN, style=site.style)
    due = site.section(due_soon, lang, path)
    problems = (
        diagnostics_section(site, lang, path, content.diagnostics, content.targets)
        if content.diagnostics
        else None
    )
    context = site.frame(
        path,
        lang,
        site.title or said["site_title"],
        "home",
        summary={"sentence": summary_sentence(summary, lang), "counts": counts},
        glance=glance(site, lang, path, sum(1 for item in items if item.overdue)),
        due=due,
        problems=problems,
        recent=[
            {
                "label": fiscal_year_label(year, lang),
                "href": links.href(path, links.list_page(lang, year)),
            }
            for year in sorted(site.years, reverse=True)[:6]
        ],
    )
    return Page(path, "site/home.html.j2", context)


def glance(site: Site, lang: str, path: str, overdue: int) -> dict:
    """This fiscal year's numbers, each from the table of the page it links to."""
    content = site.content
    said = words(lang)
    year = fiscal_year(content.today)
    has_page = year in site.years
    link: Callable[[Callable[[str, int], str]], str | None] = lambda page: (  # noqa: E731
        links.href(path, page(lang, year)) if has_page else None
    )
    reports = content.reports
    of_year = site.of_year.get(year, ReportRecords((), (), (), 0))
    trainees = trainee_list(of_year, fiscal_year=year, lang=lang)
    dispatches = dispatch_list(of_year, fiscal_year=year, lang=lang)
    status = trainees.column_index("status")
    in_training = sum(1 for row in trainees.rows if row[status] == "in_training")
    figures = [
        {
            "label": said["trainees"],
            "value": f"{len(trainees.rows):,}",
            "detail": report_words.IN_TRAINING(lang, count=in_training),
            "href": link(links.list_page),
        },
        {
            "label": said["dispatches"],
            "value": f"{len(dispatches.rows):,}",
            "detail": report_words.REPORTS_OVERDUE(lang, overdue),
            "href": link(links.list_page),
        },
    ]  # fmt: skip
    costs = host_costs(of_year, content.config, lang=lang, fiscal_year=year)
    if costs.rows:
        total = costs.rows[-1]
        for column_id in ("costs_total", "allocation_tax", "net_burden"):
            index = costs.column_index(column_id)
            column = costs.columns[index]
            figures.append(
                {
                    "label": column.label(lang),
                    "value": display(total[index], column, lang, site.style),
                    "detail": "",
                    "href": link(links.costs_page),
                }
            )
    requests = [r for r in reports.requests if r.fiscal_year == year + 1]
    wanting = sum(1 for r in requests if r.intention == "participate")
    figures.append(
        {
            "label": f"{said['requests']} ({fiscal_year_label(year + 1, lang)})",
            "value": f"{len(requests):,}",
            "detail": report_words.PARTICIPATING(lang, count=wanting),
            "href": links.href(path, links.records_index(lang), "requests"),
        }
    )  # fmt: skip
    title = report_words.GLANCE_TITLE(lang, fiscal_year=fiscal_year_label(year, lang))
    return {"title": title, "figures": figures}
