"""Making an Excel return: find its workbook template, fill it, write it whole, never over an
existing file without --force and never under the records root."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lgotp_cli.errors import UserError
from lgotp_cli.output.report import check_output, template_search


def template_for(name: str, search: tuple[Path, ...]) -> Path:
    """The workbook template of return ``name``: an override in ``search`` first."""
    from lgotp_cli.render.templates import builtin_templates

    for folder in search:
        for candidate in (folder / "returns" / f"{name}.xlsx", folder / f"{name}.xlsx"):
            if candidate.is_file():
                return candidate
    return builtin_templates() / "returns" / f"{name}.xlsx"


def default_name(
    name: str, *, fiscal_year: int | None, host: str | None, start: int | None, end: int | None
) -> Path:
    """A file name that says what the return holds, in the current directory."""
    parts = [name]
    if host:
        parts.append(host)
    if name == "countries":
        parts.append(f"FY{start}-FY{end}")
    elif fiscal_year:
        parts.append(f"FY{fiscal_year}")
    return Path("-".join(parts) + ".xlsx")


def make(
    name: str,
    *,
    root: Path,
    options_lang: str,
    fiscal_year: int | None,
    host: str | None,
    start: int | None,
    end: int | None,
    output: Path | None,
    force: bool,
    templates: Path | None,
    read: Callable,
    config: Callable,
    limits=None,
) -> Path:
    """Build return ``name`` and write it; returns the file written. ``limits`` (a
    WorkbookLimits) bound the rows, columns and cells the template may make."""
    from lgotp_cli.render.atomic import OutputError, write_atomic
    from lgotp_cli.render.templates import builtin_templates, environment
    from lgotp_cli.render.workbook import WorkbookTemplateError, render_workbook
    from lgotp_cli.render.workbook_safety import WorkbookLimits
    from lgotp_cli.reports import returns
    from lgotp_cli.reports.listing import ReportError, latest_year, trainee_list
    from lgotp_cli.reports.stats import countries, year_range

    limits = limits or WorkbookLimits()
    if limits.problem():
        raise UserError(f"{limits.problem()}.")
    search = template_search(templates, root)
    if output is not None and output.suffix.lower() != ".xlsx":
        raise UserError(f"a return is an Excel workbook: name the file .xlsx, not '{output.name}'.")
    if output is not None:
        _check_target(output, root, force)
    lang = options_lang
    effective = config()
    records = read()
    try:
        if name in ("reimbursement", "survey", "list"):
            if name == "survey":
                years = [r.fiscal_year for r in records.requests]
                fiscal_year = fiscal_year or latest_year(years, "host request")
            elif name == "reimbursement" and fiscal_year is None:
                from lgotp_cli.months import fiscal_year as year_of
                from lgotp_cli.reference.codes import lookup

                years = [year_of(t.period.arrival) for t in records.trainees if t.host.code == host]
                if not years:
                    known = "" if lookup(host) else " (it is not a known local government code)"
                    raise ReportError(
                        f"host {host}{known} has no trainees in the records; check --host."
                    )
                fiscal_year = max(years)
        if name == "reimbursement":
            context = returns.reimbursement(
                records, effective, host=host, fiscal_year=fiscal_year, lang=lang
            )
        elif name == "survey":
            context = returns.survey(records, effective, fiscal_year=fiscal_year, lang=lang)
        elif name == "list":
            table = trainee_list(records, fiscal_year=fiscal_year, lang=lang)
            fiscal_year = table.rows[0][2] if table.rows else fiscal_year
            context = returns.list_workbook(table, lang)
        else:
            years = year_range(records, start, end)
            start, end = years[0], years[-1]
            context = returns.countries_workbook(
                countries(records, start=start, end=end, lang=lang), lang
            )
    except ReportError as error:
        raise UserError(str(error)) from None
    if output is None:
        output = default_name(name, fiscal_year=fiscal_year, host=host, start=start, end=end)
        _check_target(output, root, force)
    template = template_for(name, search)
    trusted = template == builtin_templates() / "returns" / f"{name}.xlsx"
    try:
        data = render_workbook(
            template,
            context,
            env=environment(search),
            name=template.name,
            trusted=trusted,
            limits=limits,
        )
    except WorkbookTemplateError as error:
        raise UserError(
            f"{str(error).rstrip('. ')}; fix the template or remove it to use the built-in one."
        ) from None
    except OutputError as error:
        raise UserError(f"cannot write {output}: {error}.") from None
    try:
        write_atomic(output, data)
    except OutputError as error:
        raise UserError(str(error)) from None
    return output


def _check_target(output: Path, root: Path, force: bool) -> None:
    check_output(output, root)
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"cannot write {output}: the folder {folder} does not exist.")
    if output.exists() and not force:
        raise UserError(f"{output} exists; pass --force to replace it, or give another -o.")
