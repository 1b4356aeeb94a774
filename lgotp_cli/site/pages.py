"""The site's pages as data: for each page its path, its template and what the template sees.

Report pages take their tables from the report builders exactly as the commands do (`list`,
`costs`, `stats`, `timeline --fiscal-year`, `due`) and draw them with the same section
renderer (``render.to_html.section_context``: table, bar chart, Gantt); this module only adds
links (an id leads to its record's page) and the frame every page shares.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lgotp_cli import __version__
from lgotp_cli.i18n import day, fiscal_year_label, site_words, table_words
from lgotp_cli.render.to_html import section_context
from lgotp_cli.reports import stats
from lgotp_cli.reports.columns import FISCAL_YEAR
from lgotp_cli.reports.common import ReportRecords, dispatch_year, trainee_year
from lgotp_cli.reports.costs import clair_costs, host_costs
from lgotp_cli.reports.listing import ReportError, dispatch_list, trainee_list
from lgotp_cli.reports.table import Table, columns_named_by
from lgotp_cli.reports.timeline import year_timeline
from lgotp_cli.site import links, report_text
from lgotp_cli.site.content import Content
from lgotp_cli.site.words import words

# The site's own tables: each fiscal year's trainees (drawn as a bar chart), and the years
# with their counts and links to their pages.
BY_YEAR_COLUMNS = (FISCAL_YEAR, stats.acceptance_column("trainees", "int"))
years_column = columns_named_by(table_words.YEARS_COLUMNS)
YEARS_COLUMNS = (
    FISCAL_YEAR,
    years_column("trainees", "int"),
    years_column("dispatches", "int"),
    years_column("costs"),
    years_column("timeline"),
)


@dataclass(frozen=True)
class Page:
    """One page to write: its path in the site, its template and the template's context."""

    path: str
    template: str
    context: dict


class Site:
    """Builds the context of every page from the content, in one language at a time."""

    def __init__(
        self,
        content: Content,
        *,
        title: str | None,
        search: tuple[Path, ...],
        public: bool = False,
    ):
        self.content = content
        self.title = title
        self.search = search
        # For a site anyone may read: what `list --public` leaves out is left out everywhere.
        self.public = public
        # How the Japanese pages write dates and negative yen (lgotp.yaml's output:).
        self.style = content.config.output.style()
        # What is the same in both languages, worked out once: reports (by file).
        self.reports_cache: dict[str, report_text.Report] = {}
        reports = content.reports
        # Each fiscal year's trainees and dispatches: a year's report is the same from these
        # as from every record (the builders keep that year's), and 30 years of pages need not
        # go through every record 30 times.
        trainees: dict[int, list] = defaultdict(list)
        dispatches: dict[int, list] = defaultdict(list)
        for t in reports.trainees:
            trainees[trainee_year(t)].append(t)
        for d in reports.dispatches:
            dispatches[dispatch_year(d)].append(d)
        self.years = sorted(set(trainees) | set(dispatches))
        self.of_year = {
            year: ReportRecords(tuple(trainees[year]), tuple(dispatches[year]), (), 0)
            for year in self.years
        }

    # --- what every page shares ------------------------------------------------------------

    def frame(self, path: str, lang: str, heading: str, section: str, **more) -> dict:
        said = words(lang)
        other = links.other_lang(lang)
        nav = [
            ("home", links.home(lang)),
            ("years", links.years_index(lang)),
            ("acceptance", links.stats_page(lang, "countries")),
            ("records", links.records_index(lang)),
        ]
        site_title = self.title or said["site_title"]
        return {
            "lang": lang,
            "words": said,
            "site_title": site_title,
            "page_title": heading if heading == site_title else f"{heading} | {site_title}",
            "heading": heading,
            "stylesheet": links.href(path, links.STYLESHEET),
            "home": links.href(path, links.home(lang)),
            "nav": [
                {"label": said[key], "href": links.href(path, target), "current": key == section}
                for key, target in nav
            ],
            "switch": {
                "lang": other,
                "label": links.LANG_NAMES[other],
                "href": links.href(path, links.in_lang(path, other)),
            },
            "built": said["built"].format(
                today=day(self.content.today, lang, self.style), version=__version__
            ),
            "subnav": [],
            "lead": "",
            "notes": [],
            "charts": [],
            **more,
        }

    def section(
        self,
        table: Table,
        lang: str,
        path: str,
        *,
        link_column: str | None = "id",
    ) -> dict:
        """A report table drawn as the commands draw it, its ids linked to record pages."""
        context = section_context(table.shown(), lang, self.search, self.style)
        if link_column is not None:
            self.link_ids(context, link_column, lang, path)
        return context

    def link_ids(self, context: dict, column_id: str, lang: str, path: str) -> None:
        index = next((i for i, c in enumerate(context["columns"]) if c["id"] == column_id), None)
        if index is None:
            return
        for row in context["rows"]:
            cell = row["cells"][index]
            entry = self.content.record_for(cell["text"])
            if entry is not None:
                cell["href"] = links.href(path, links.record_page(lang, entry.slug))

    def year_subnav(self, path: str, lang: str, year: int, current: str) -> list[dict]:
        said = words(lang)
        items = [
            {
                "label": said[key],
                "href": links.href(path, page(lang, year)),
                "current": key == current,
            }
            for key, page in links.YEAR_PAGES.items()
        ]
        position = self.years.index(year)
        pager = {
            "previous": self.years[position - 1] if position > 0 else None,
            "next": self.years[position + 1] if position + 1 < len(self.years) else None,
        }
        page_of = links.YEAR_PAGES[current]
        for key, other in pager.items():
            if other is not None:
                label = f"{said[key]}: {fiscal_year_label(other, lang)}"
                items.append({"label": label, "href": links.href(path, page_of(lang, other))})
        return items

    # --- pages -------------------------------------------------------------------------------

    def pages(self, lang: str) -> Iterator[Page]:
        yield self.home(lang, links.home(lang))
        yield self.years_page(lang)
        for year in self.years:
            yield self.list_page(lang, year)
            yield self.costs_page(lang, year)
            yield self.timeline_page(lang, year)
        for which in links.STATS:
            yield self.stats_page(lang, which)

    def report_page(
        self, path: str, lang: str, heading: str, section: str, tables: list[dict], **more
    ) -> Page:
        # The records that could not be read are in no table: every report page says so.
        said = self.content.reports.left_out_said()
        if said is not None:
            more["notes"] = [*more.get("notes", ()), said.in_(lang)]
        context = self.frame(path, lang, heading, section, sections=tables, **more)
        return Page(path, "site/report.html.j2", context)

    def year_page(
        self, path: str, lang: str, year: int, which: str, tables: list[dict], **more
    ) -> Page:
        """A page of one fiscal year's reports (``which``: lists, costs or timeline), headed by
        the year and what it shows, with links to the year's other pages and to the years
        before and after."""
        heading = f"{fiscal_year_label(year, lang)} {words(lang)[which]}"
        subnav = self.year_subnav(path, lang, year, which)
        return self.report_page(path, lang, heading, "years", tables, subnav=subnav, **more)

    def list_page(self, lang: str, year: int) -> Page:
        path = links.list_page(lang, year)
        reports = self.of_year[year]
        tables = [
            build(reports, fiscal_year=year, lang=lang, public=self.public)
            for build in (trainee_list, dispatch_list)
        ]
        sections = [self.section(table, lang, path) for table in tables if table.rows]
        return self.year_page(path, lang, year, "lists", sections)

    def costs_page(self, lang: str, year: int) -> Page:
        path = links.costs_page(lang, year)
        reports, config = self.of_year[year], self.content.config
        tables = [
            host_costs(reports, config, lang=lang, fiscal_year=year),
            clair_costs(reports, lang=lang, fiscal_year=year),
        ]
        # As the command shows them to people: the hosts' table in its parts (costs by item;
        # the measure and the net burden), each fitting a window or a printed page.
        sections = [
            self.section(part, lang, path, link_column=None)
            for table in tables
            if table.rows
            for part in table.for_people()
        ]
        return self.year_page(path, lang, year, "costs", sections)

    def timeline_page(self, lang: str, year: int) -> Page:
        path = links.timeline_page(lang, year)
        notes: list[str] = []
        sections = []
        try:
            table, skipped = year_timeline(
                self.of_year[year],
                self.content.config,
                fiscal_year=year,
                lang=lang,
                today=self.content.today,
            )
            sections.append(self.section(table, lang, path))
            notes = skipped
        except ReportError as error:
            notes = [str(error)]
        return self.year_page(path, lang, year, "timeline", sections, notes=notes)

    def stats_page(self, lang: str, which: str) -> Page:
        path = links.stats_page(lang, which)
        said = words(lang)
        sections, notes, charts = [], [], []
        try:
            table = getattr(stats, which)(self.content.reports, start=None, end=None, lang=lang)
            sections.append(self.section(table, lang, path, link_column=None))
            charts.append(self.years_chart(table, lang))
        except ReportError:  # no trainee counted yet
            notes.append(said["no_data"])
        subnav = [
            {
                "label": said[key],
                "href": links.href(path, links.stats_page(lang, key)),
                "current": key == which,
            }
            for key in links.STATS
        ]
        heading = f"{said['acceptance']}: {said[which]}"
        return self.report_page(
            path, lang, heading, "acceptance", sections, notes=notes, subnav=subnav, charts=charts
        )

    def years_chart(self, table: Table, lang: str):
        """The acceptance table's total row as a bar chart, a bar per fiscal year (drawn by the
        reports' bar chart renderer)."""
        from markupsafe import Markup

        from lgotp_cli.render.to_html import bar_chart
        from lgotp_cli.reports.table import BarChart

        total = table.rows[-1]
        counts = tuple(
            (int(column.id), value)
            for column, value in zip(table.columns, total, strict=True)
            if column.id.isdigit()
        )
        title = table_words.CHART_TITLE["years"]
        by_year = Table(
            "acceptance-by-year",
            title,
            BY_YEAR_COLUMNS,
            counts,
            chart=BarChart("fiscal_year", "trainees", title),
        )
        return Markup(bar_chart(by_year, lang, self.search))

    def years_page(self, lang: str) -> Page:
        path = links.years_index(lang)
        said = words(lang)
        trainees = {year: len(self.of_year[year].trainees) for year in self.years}
        dispatches = {year: len(self.of_year[year].dispatches) for year in self.years}
        ordered = sorted(self.years, reverse=True)
        rows = tuple(
            (y, trainees.get(y, 0), dispatches.get(y, 0), said["costs"], said["timeline"])
            for y in ordered
        )
        table = Table("years", site_words.PAGE["years"], YEARS_COLUMNS, rows)
        context = self.section(table, lang, path, link_column=None)
        targets = (links.list_page, None, None, links.costs_page, links.timeline_page)
        for row, year in zip(context["rows"], ordered, strict=True):
            for cell, target in zip(row["cells"], targets, strict=True):
                if target is not None:
                    cell["href"] = links.href(path, target(lang, year))
        notes = [] if rows else [said["no_data"]]
        return self.report_page(path, lang, said["years"], "years", [context], notes=notes)

    def home(self, lang: str, path: str) -> Page:
        """The home page, at ``path`` (its language's, or the site's root index)."""
        from lgotp_cli.site.home import home_page

        return home_page(self, lang, path)
