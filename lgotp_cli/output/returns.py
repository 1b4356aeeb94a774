"""Making an Excel return: which options each return takes, find its workbook template, fill
it, write it whole (``output.files``: never over an existing file without --force, never under
the records root)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from lgotp_cli.errors import UserError
from lgotp_cli.i18n import error_words as said
from lgotp_cli.output.files import OutputError, check_file, write_atomic
from lgotp_cli.output.report import template_failed, template_search

# The options each return takes besides -o, --force and --templates: the reimbursement return is
# one host's for one fiscal year; the survey and list are a fiscal year's, every host (the
# survey with --host is that host's forms to fill in: forms.survey); the countries return spans
# fiscal years.
RETURN_OPTIONS: dict[str, tuple[str, ...]] = {
    "reimbursement": ("--host", "--fiscal-year"),
    "survey": ("--fiscal-year", "--host"),
    "list": ("--fiscal-year",),
    "countries": ("--from", "--to"),
}


@dataclass(frozen=True, slots=True)
class ReturnAsked:
    """A return as the command asks for it: which one, and what it is made for (--fiscal-year,
    --host, --from and --to; None where not given)."""

    name: str
    fiscal_year: int | None = None
    host: str | None = None
    start: int | None = None
    end: int | None = None


def check_options(asked: ReturnAsked) -> None:
    """Refuse options the return does not take (see RETURN_OPTIONS), and a reimbursement
    return without a valid --host; one sentence each (UserError)."""
    name, host = asked.name, asked.host
    takes = RETURN_OPTIONS[name]
    if host is not None and "--host" not in takes:
        raise UserError(said.HOST_ONLY_FOR_REIMBURSEMENT.of(name=name))
    if (asked.start is not None or asked.end is not None) and "--from" not in takes:
        raise UserError(said.FROM_TO_ONLY_FOR_COUNTRIES.of(name=name))
    if asked.fiscal_year is not None and "--fiscal-year" not in takes:
        raise UserError(said.COUNTRIES_SPAN_YEARS.of())
    if name == "reimbursement" and host is None:
        raise UserError(said.REIMBURSEMENT_NEEDS_HOST.of())
    if host is not None:
        from lgotp_cli.reference.codes import CODE_PATTERN, code_problem, has_valid_check_digit

        if not CODE_PATTERN.fullmatch(host) or not has_valid_check_digit(host):
            raise UserError(said.HOST_OPTION.of(problem=code_problem(host)))


def _left_out(records, lang: str) -> tuple[str, ...]:
    """The return's note that records were left out of it, in its language (none if none)."""
    said = records.left_out_said()
    return (said.in_(lang),) if said is not None else ()


def template_for(name: str, search: tuple[Path, ...]) -> Path:
    """The workbook template of return ``name``: an override in ``search`` first."""
    from lgotp_cli.render.templates import builtin_templates

    for folder in search:
        for candidate in (folder / "returns" / f"{name}.xlsx", folder / f"{name}.xlsx"):
            if candidate.is_file():
                return candidate
    return builtin_templates() / "returns" / f"{name}.xlsx"


def default_name(asked: ReturnAsked) -> Path:
    """A file name that says what the return holds, in the current directory."""
    parts = [asked.name]
    if asked.host:
        parts.append(asked.host)
    if asked.name == "countries":
        parts.append(f"FY{asked.start}-FY{asked.end}")
    elif asked.fiscal_year:
        parts.append(f"FY{asked.fiscal_year}")
    return Path("-".join(parts) + ".xlsx")


def styled_formats(lang: str, style) -> dict[str, str]:
    """The built-in templates' number formats of dates and of yen, and what ``style`` (from
    lgotp.yaml's ``output:``) makes of them in ``lang``; empty when nothing changes."""
    from lgotp_cli.i18n.formats import date_format, number_format

    wanted = {"yyyy-mm-dd": date_format(lang, style), "#,##0": number_format(lang, style)}
    return {given: made for given, made in wanted.items() if given != made}


def make(
    asked: ReturnAsked,
    *,
    root: Path,
    options_lang: str,
    output: Path | None,
    force: bool,
    templates: Path | None,
    read: Callable,
    config: Callable,
    limits=None,
) -> Path:
    """Build the return asked for and write it; returns the file written. ``limits`` (a
    WorkbookLimits) bound the rows, columns and cells the template may make."""
    from lgotp_cli.render.templates import builtin_templates, environment
    from lgotp_cli.render.workbook import WorkbookTemplateError, render_workbook
    from lgotp_cli.render.workbook_limits import WorkbookLimits
    from lgotp_cli.reports import returns
    from lgotp_cli.reports.listing import ReportError, latest_year, trainee_list
    from lgotp_cli.reports.stats import countries, year_range

    name, host = asked.name, asked.host
    fiscal_year, start, end = (
        asked.fiscal_year,
        asked.start,
        asked.end,
    )  # settled below if not given
    limits = limits or WorkbookLimits()
    if limits.problem():
        raise UserError(said.SENTENCE.of(text=limits.problem()))
    search = template_search(templates, root)
    if output is not None and output.suffix.lower() != ".xlsx":
        raise UserError(said.RETURN_NOT_XLSX.of(name=output.name))
    if output is not None:
        check_file(output, root, force=force)
    if name == "survey" and host is not None:  # the host's own forms, made by openpyxl
        from lgotp_cli.forms.survey import make_form

        return make_form(
            asked,
            root=root,
            lang=options_lang,
            output=output,
            force=force,
            read=read,
            config=config,
        )
    lang = options_lang
    effective = config()
    style = effective.output.style()
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
                    known = "" if lookup(host) else said.NOT_A_KNOWN_CODE
                    raise ReportError(said.HOST_HAS_NO_TRAINEES.of(host=host, known=known))
                fiscal_year = max(years)
        if name == "reimbursement":
            context = returns.reimbursement(
                records, effective, host=host, fiscal_year=fiscal_year, lang=lang
            )
        elif name == "survey":
            context = returns.survey(
                records, effective, fiscal_year=fiscal_year, lang=lang, style=style
            )
        elif name == "list":
            table = trainee_list(records, fiscal_year=fiscal_year, lang=lang)
            fiscal_year = table.value(table.rows[0], "fiscal_year") if table.rows else fiscal_year
            context = returns.list_workbook(table, lang)
        else:
            years = year_range(records, start, end)
            start, end = years[0], years[-1]
            context = returns.countries_workbook(
                countries(records, start=start, end=end, lang=lang), lang
            )
    except ReportError as error:
        raise UserError(error.message) from None
    if output is None:
        output = default_name(replace(asked, fiscal_year=fiscal_year, start=start, end=end))
        check_file(output, root, force=force)
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
            notes=_left_out(records, lang),
            number_formats=styled_formats(lang, style),
        )
    except WorkbookTemplateError as error:
        raise UserError(template_failed(error)) from None
    except OutputError as error:  # while making the workbook: nothing is written yet
        raise OutputError(said.CANNOT_WRITE.of(path=output, reason=error)) from None
    write_atomic(output, data)
    return output
