"""The pages of single records and files: a record's fields as written, its timeline (the
`lgotp timeline ID` table and chart), its problems and its report; a file's problems when they
belong to no one record; and the index of every record.

A record that cannot be read as a whole (a schema error) still gets its page: its fields as
written and its problems, from what the loader could read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lgotp_cli.diagnostics import Diagnostic, Severity
from lgotp_cli.i18n import (
    dispatch_status_label,
    fiscal_year_label,
    intention_label,
    site_words,
    status_label,
    table_words,
)
from lgotp_cli.models.dispatch import Dispatch
from lgotp_cli.models.request import HostRequest
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.reports.columns import FISCAL_YEAR, ID
from lgotp_cli.reports.common import dispatch_year, host_name, trainee_year
from lgotp_cli.reports.listing import ReportError
from lgotp_cli.reports.table import MISSING, Table, columns_named_by
from lgotp_cli.reports.timeline import record_timeline
from lgotp_cli.site import links, report_text
from lgotp_cli.site.content import FileEntry, RecordEntry
from lgotp_cli.site.record_layout import form
from lgotp_cli.site.words import kind_name, severity_name, words

if TYPE_CHECKING:
    from lgotp_cli.site.pages import Page, Site

problem_column = columns_named_by(table_words.PROBLEM_COLUMNS)
PROBLEM_COLUMNS = (
    problem_column("location"),
    problem_column("severity"),
    problem_column("code"),
    problem_column("record"),
    problem_column("message", wrap=True),
)
# Pages of records sit two folders down (en/records/…): the way back to the site's root.
RECORD_DEPTH = "../../"


def diagnostics_section(
    site: Site,
    lang: str,
    path: str,
    diagnostics: list[Diagnostic],
    targets: list[tuple[str, str]] | None = None,
) -> dict:
    """Problems as a table: where (file:line:column, linked to the page that shows the
    problem), severity, rule, record and message; a row's class is its severity."""
    root = site.content.root
    from lgotp_cli.site.content import relative

    rows = tuple(
        (
            f"{relative(d.file, root)}:{d.line}:{d.column}",
            severity_name(str(d.severity), lang),
            d.code,
            d.record,
            d.message_in(lang),
        )
        for d in diagnostics
    )
    columns = PROBLEM_COLUMNS if targets is not None else PROBLEM_COLUMNS[:3] + PROBLEM_COLUMNS[4:]
    if targets is None:
        rows = tuple(row[:3] + row[4:] for row in rows)
    table = Table("problems", site_words.PAGE["problems"], columns, rows)
    context = site.section(table, lang, path, link_column=None)
    for row, diagnostic in zip(context["rows"], diagnostics, strict=True):
        row["kind"] = str(diagnostic.severity)
    if targets is not None:
        for row, (kind, slug) in zip(context["rows"], targets, strict=True):
            if kind == "record":
                page = links.record_page(lang, slug)
                row["cells"][3]["href"] = links.href(path, page)
            else:
                page = links.file_page(lang, slug)
            row["cells"][0]["href"] = links.href(path, page, "problems")
    return context


def person(entry: RecordEntry, lang: str) -> str:
    """Whom or what a record is about, from what could be read."""
    data = entry.record.raw.data
    model = entry.model
    if isinstance(model, HostRequest):
        return host_name(model.host.code, model.host.name, lang, model.fiscal_year)
    if entry.record.kind == "request":
        host = data.get("host")
        code = host.get("code") if isinstance(host, dict) else None
        return str(code) if code is not None else ""
    name = data.get("name")
    if entry.record.kind == "dispatch":
        specialist = data.get("specialist")
        name = specialist.get("name") if isinstance(specialist, dict) else None
    if not isinstance(name, dict):
        return ""
    return " ".join(str(name[k]) for k in ("given", "family") if isinstance(name.get(k), str))


def record_year(entry: RecordEntry) -> int | None:
    model = entry.model
    if isinstance(model, Trainee):
        return trainee_year(model)
    if isinstance(model, Dispatch):
        return dispatch_year(model)
    if isinstance(model, HostRequest):
        return model.fiscal_year
    return None


def status_text(entry: RecordEntry, lang: str) -> str:
    """The record's status (a host request's intention) as people say it; a record that cannot
    be read is read from what was written (a code no one knows as written)."""
    model = entry.model
    if isinstance(model, Trainee):
        return status_label(model.status, lang)
    if isinstance(model, Dispatch):
        return dispatch_status_label(model.status, lang)
    if isinstance(model, HostRequest):
        return intention_label(model.intention, lang)
    data = entry.record.raw.data
    if entry.record.kind == "request":
        written = data.get("intention")
        return intention_label(written, lang) if isinstance(written, str) else ""
    written = data.get("status")
    if not isinstance(written, str):
        return ""
    if entry.record.kind == "dispatch":
        return dispatch_status_label(written, lang)
    return status_label(written, lang)


# What is not for publication (CLI.md's `list --public`): notes, withdrawal reasons, contact
# details, as dotted keys and the keys under them.
PRIVATE_FIELDS = ("notes", "withdrawal.reason", "contact")


def is_private(key: str) -> bool:
    """Whether a record's field (a dotted key) is left out of a public site."""
    return any(
        key == private or key.startswith((f"{private}.", f"{private}["))
        for private in PRIVATE_FIELDS
    )


def report_file(entry: RecordEntry) -> str | None:
    model = entry.model
    if isinstance(model, Trainee):
        return model.report
    if isinstance(model, Dispatch) and model.report is not None:
        return model.report.file
    return None


def record_pages(site: Site, lang: str, shard: int = 0, shards: int = 1) -> Iterator[Page]:
    """A page for every record and for every file with problems of its own, and the index;
    or, of ``shards`` workers, the share of worker ``shard``."""
    for entry in site.content.entries[shard::shards]:
        yield record_page(site, lang, entry)
    if shard == 0:
        for file in site.content.files.values():
            yield file_page(site, lang, file)
        yield records_index(site, lang)


def count(site: Site) -> int:
    """How many pages ``record_pages`` yields in one language."""
    return len(site.content.entries) + len(site.content.files) + 1


def record_page(site: Site, lang: str, entry: RecordEntry) -> Page:
    from lgotp_cli.site.pages import Page

    content = site.content
    said = words(lang)
    path = links.record_page(lang, entry.slug)
    model = entry.model
    year = record_year(entry)
    facts = [
        {"label": said["file"], "value": f"{entry.file}:{entry.record.raw.start[0]}"},
        {"label": kind_name(entry.record.kind, lang), "value": status_text(entry, lang)},
    ]
    if year is not None:
        facts.append(
            {
                "label": site_words.FISCAL_YEAR(lang),
                "value": fiscal_year_label(year, lang),
            }
        )
    timeline, timeline_note = None, ""
    if isinstance(model, Trainee | Dispatch):
        try:
            table = record_timeline(model, content.config, lang=lang, today=content.today)
            timeline = site.section(table, lang, path, link_column=None)
        except ReportError as error:
            timeline_note = str(error)
    report = None
    source = report_file(entry)
    if source is not None:
        report = site.reports_cache.get(source)
        if report is None:  # the same in both languages: read and rendered once
            report = site.reports_cache[source] = report_text.read(
                source, content.root, RECORD_DEPTH
            )
    record_id = entry.record.id or ""
    who = person(entry, lang)
    heading = f"{record_id} {who}".strip() or entry.file
    sections = form(
        entry.record.kind,
        _data_of(entry),
        lang=lang,
        style=site.style,
        fiscal_year=year,
        private=is_private if site.public else _nothing_private,
        timeline=timeline is not None or bool(timeline_note),
        as_written=model is None,
    )
    context = site.frame(
        path,
        lang,
        heading,
        "records",
        facts=facts,
        unreadable=model is None,
        problems=diagnostics_section(site, lang, path, entry.diagnostics)
        if entry.diagnostics
        else None,
        timeline=timeline,
        timeline_note=timeline_note,
        sections=sections,
        report=_report_context(report),
    )  # fmt: skip
    return Page(path, "site/record.html.j2", context)


def _data_of(entry: RecordEntry) -> dict:
    """The record as the form reads it: its model's values (dates, yen, lists) when it could
    be read, else what the loader read, as written."""
    model = entry.model
    if model is None:
        data = entry.record.raw.data
        return data if isinstance(data, dict) else {}
    return model.model_dump(mode="python", by_alias=True, exclude_none=True)


def _nothing_private(key: str) -> bool:
    return False


def _report_context(report: report_text.Report | None) -> dict | None:
    if report is None:
        return None
    from markupsafe import Markup

    # The HTML is built by report_text from escaped record text: it is embedded as it is.
    return {"source": report.source, "problem": report.problem, "html": Markup(report.html)}


def file_page(site: Site, lang: str, file: FileEntry) -> Page:
    from lgotp_cli.site.pages import Page

    path = links.file_page(lang, file.slug)
    records = [
        {
            "label": f"{entry.record.id or '?'} {person(entry, lang)}".strip(),
            "href": links.href(path, links.record_page(lang, entry.slug)),
        }
        for entry in file.records
    ]
    context = site.frame(
        path,
        lang,
        file.file,
        "records",
        problems=diagnostics_section(site, lang, path, file.diagnostics),
        records=records,
    )
    return Page(path, "site/file.html.j2", context)


index_column = columns_named_by(table_words.RECORD_INDEX_COLUMNS)
INDEX_COLUMNS = (
    ID,
    FISCAL_YEAR,
    index_column("name"),
    index_column("status"),
    index_column("errors", "int"),
    index_column("warnings", "int"),
)


def records_index(site: Site, lang: str) -> Page:
    """Every record by kind, newest fiscal year first, and the files with problems of their
    own."""
    from lgotp_cli.site.pages import Page

    path = links.records_index(lang)
    said = words(lang)
    sections = []
    for kind, anchor in (
        ("trainee", "trainees"),
        ("dispatch", "dispatches"),
        ("request", "requests"),
    ):
        entries = [e for e in site.content.entries if e.record.kind == kind]
        entries.sort(key=lambda e: (-(record_year(e) or 0), e.record.id or "", e.file))
        rows = tuple(
            (
                e.record.id or MISSING,
                record_year(e),
                person(e, lang),
                status_text(e, lang),
                sum(1 for d in e.diagnostics if d.severity is Severity.ERROR),
                sum(1 for d in e.diagnostics if d.severity is Severity.WARNING),
            )
            for e in entries
        )
        table = Table(kind, table_words.RECORD_INDEX_TITLE[kind], INDEX_COLUMNS, rows)
        context = site.section(table, lang, path, link_column=None)
        for row, entry in zip(context["rows"], entries, strict=True):
            row["cells"][0]["href"] = links.href(path, links.record_page(lang, entry.slug))
            if entry.model is None or any(d.severity is Severity.ERROR for d in entry.diagnostics):
                row["kind"] = "error"
        sections.append({"anchor": anchor, "table": context})
    files = [
        {"label": file.file, "href": links.href(path, links.file_page(lang, file.slug))}
        for file in site.content.files.values()
    ]
    context = site.frame(path, lang, said["records"], "records", kinds=sections, files=files)
    return Page(path, "site/records.html.j2", context)
