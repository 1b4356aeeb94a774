"""Writing a report's table: to the terminal or a file, in the format asked for. Where a file
may go and how it is written is ``output.files``'s to say."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lgotp_cli.errors import UserError
from lgotp_cli.i18n import error_words as said
from lgotp_cli.i18n.formats import ISO, Style
from lgotp_cli.i18n.spoken import Phrase
from lgotp_cli.output.files import OutputError, check_file, write_output
from lgotp_cli.output.terminal import terminal_width, use_colour
from lgotp_cli.reports.table import Table
from lgotp_cli.source.discover import is_inside


def render(
    tables: list[Table],
    fmt: str,
    lang: str,
    search: tuple[Path, ...],
    *,
    colour: bool,
    width: int | None = None,
    style: Style = ISO,
) -> bytes | str:
    """The report in ``fmt`` (see ``render.render``), a table fitted to ``width`` cells (a
    terminal's; None when piped); a template that fails is one sentence."""
    from lgotp_cli.render import RenderContext
    from lgotp_cli.render import render as render_tables
    from lgotp_cli.render.templates import TemplateError

    try:
        return render_tables(tables, fmt, RenderContext(lang, search, colour, width, style))
    except TemplateError as error:
        raise UserError(template_failed(error)) from None


def template_failed(error: Exception):
    """The sentence for a template that cannot be used: why (the error), then what to do."""
    return said.TEMPLATE_FAILED.of(reason=Phrase(error))


@dataclass(frozen=True)
class OutputPlan:
    """Where and how a report goes, checked before any record is read."""

    fmt: str
    output: Path | None
    search: tuple[Path, ...]


def plan_output(
    fmt: str | None,
    output: Path | None,
    *,
    records_root: Path,
    templates: Path | None,
    extra: tuple[str, ...] = (),
) -> OutputPlan:
    """Check the output options: the format, the file (not under the records root, in a folder
    that exists), the templates folder. Raises UserError with one sentence."""
    from lgotp_cli.render import format_for

    try:
        chosen = format_for(fmt, output, extra)
    except ValueError as error:  # format_for's one argument: a sentence (Said)
        raise UserError(error.args[0]) from None
    if output is not None:
        check_file(output, records_root)
    if chosen == "xlsx" and output is None:
        raise UserError(said.XLSX_TO_TERMINAL.of())
    return OutputPlan(chosen, output, template_search(templates, records_root))


def template_search(templates: Path | None, records_root: Path) -> tuple[Path, ...]:
    """Where templates are looked for before the built-in ones: ``--templates``, then the
    records repository's own folder. Raises UserError for a --templates that is not a folder."""
    if templates is not None and not templates.is_dir():
        raise UserError(said.TEMPLATES_NOT_A_FOLDER.of(templates=templates))
    return tuple(path for path in (templates, repository_templates(records_root)) if path)


def repository_templates(records_root: Path) -> Path | None:
    """The records repository's own templates folder, refused when it leads out of the root
    (a link there would let a template publish any file)."""
    folder = records_root / "templates"
    if not folder.exists():
        return None
    if not is_inside(folder, records_root):
        raise UserError(said.TEMPLATES_OUTSIDE.of(folder=folder))
    return folder


# Formats whose shape is a contract or a calendar: they say nothing of left-out records inside;
# standard error does.
_SHAPED = frozenset({"json", "csv", "ics"})


def note_left_out(report: Table | list[Table], records, fmt: str, lang: str):
    """``report`` as an output for people shows it (terminal, md, html, xlsx): each table says
    below its rows and totals which records could not be read and are not counted
    (``ReportRecords.left_out_said``). JSON, CSV and calendars are given back as they are."""
    said = records.left_out_said()
    if said is None or fmt in _SHAPED:
        return report
    from dataclasses import replace

    note = said.in_(lang)
    if isinstance(report, Table):
        return replace(report, notes=(*report.notes, note))
    return [replace(table, notes=(*table.notes, note)) for table in report]


def write_report(
    report: Table | list[Table], plan: OutputPlan, *, lang: str, style: Style = ISO
) -> None:
    """Render a table (or several: a report in sections) as planned and deliver it; ``style``
    is how a Japanese output for people writes dates and negative yen."""
    tables = [report] if isinstance(report, Table) else list(report)
    colour = plan.output is None and use_colour(sys.stdout)
    width = terminal_width(sys.stdout) if plan.output is None else None
    try:
        content = render(
            tables, plan.fmt, lang, plan.search, colour=colour, width=width, style=style
        )
    except OutputError as error:  # while making a workbook: the file is not written yet
        written = plan.output or said.THE_OUTPUT
        raise OutputError(said.CANNOT_WRITE.of(path=written, reason=error)) from None
    deliver(plan, content)


def deliver(plan: OutputPlan, content: str | bytes | Iterable[str]) -> None:
    """Write ``content`` to the planned file (whole or not at all) or to standard output.

    Text may come in chunks (an iterable of str), written as they come. A CSV file starts with
    a byte-order mark, so that Excel opens it as UTF-8 (its "CSV UTF-8")."""
    write_output(plan.output, content, bom=plan.fmt == "csv")
