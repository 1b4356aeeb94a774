"""Options the commands share, declared once, and the allowed values of each as an enum.

Typer checks every value while it parses the command line (``parser=``): a value outside an
enum, a fiscal year that is not a year, is a UserError, so that the user reads one sentence and
the command exits 2 before anything is read. Start-up is a feature: this module imports only
typer and the standard library.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from lgotp_cli.errors import UserError


class Lang(StrEnum):
    en = "en"
    ja = "ja"


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    junit = "junit"


class ConfigFormat(StrEnum):
    yaml = "yaml"
    json = "json"


class ReportFormat(StrEnum):
    """The formats of every report (render.FORMATS)."""

    table = "table"
    csv = "csv"
    md = "md"
    html = "html"
    xlsx = "xlsx"
    json = "json"


class DueFormat(StrEnum):
    """The report formats and iCalendar."""

    table = "table"
    csv = "csv"
    md = "md"
    html = "html"
    xlsx = "xlsx"
    json = "json"
    ics = "ics"


class DiffFormat(StrEnum):
    text = "text"
    md = "md"
    json = "json"


class ExportFormat(StrEnum):
    """sheets.export.FORMATS."""

    csv = "csv"
    xlsx = "xlsx"
    json = "json"
    sqlite = "sqlite"


class ListKind(StrEnum):
    trainee = "trainee"
    dispatch = "dispatch"


class CostsKind(StrEnum):
    all = "all"
    trainee = "trainee"
    dispatch = "dispatch"


class RecordKind(StrEnum):
    """newrecord.KINDS: what `new` makes and `import --kind` reads."""

    trainee = "trainee"
    dispatch = "dispatch"
    request = "request"


class SchemaKind(StrEnum):
    """schema.SCHEMA_KINDS."""

    trainee = "trainee"
    dispatch = "dispatch"
    request = "request"
    config = "config"


class ReturnName(StrEnum):
    """reports.returns.RETURNS."""

    reimbursement = "reimbursement"
    survey = "survey"
    list = "list"
    countries = "countries"


def spoken(values, last: str = "or") -> str:
    """``a, b or c``."""
    values = list(values)
    return values[0] if len(values) == 1 else f"{', '.join(values[:-1])} {last} {values[-1]}"


def one_of(choices: type[StrEnum], option: str, refusal: str | None = None) -> Callable:
    """A Typer parser that takes only ``choices``' values. Anything else is one sentence:
    ``refusal`` with ``{value}`` and ``{choices}`` (a comma list), or by default
    "--option must be a, b or c, not 'value'."."""

    def parse(value) -> StrEnum:
        if isinstance(value, choices):
            return value
        try:
            return choices(value)
        except ValueError:
            if refusal is not None:
                listed = ", ".join(choices)
                raise UserError(refusal.format(value=value, choices=listed)) from None
            raise UserError(f"{option} must be {spoken(choices)}, not '{value}'.") from None

    return parse


def fiscal_year_parser(option: str) -> Callable[[str], int]:
    """A Typer parser for a fiscal year written as the year it starts (2024)."""

    def parse(value) -> int:
        if isinstance(value, int):
            return value
        text = value.strip()
        if len(text) == 4 and text.isdigit():
            return int(text)
        raise UserError(
            f"{option} must be a fiscal year written as the year it starts (2024), not '{value}'."
        )

    return parse


def fiscal_year_option(help_text: str):
    """``--fiscal-year/-y YYYY`` with the help a command gives it."""
    return Annotated[
        int | None,
        typer.Option(
            "--fiscal-year",
            "-y",
            help=help_text,
            show_default=False,
            parser=fiscal_year_parser("--fiscal-year"),
            metavar="YYYY",
        ),
    ]


RecordsOption = Annotated[
    Path | None,
    typer.Option(
        "--records", help="Records root (else $LGOTP_RECORDS, else ./records).", show_default=False
    ),
]
TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today",
        help="Take this date (YYYY-MM-DD) as today (else $LGOTP_TODAY).",
        show_default=False,
    ),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print less.")]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Print more.")]
LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        help="en or ja.",
        show_default=False,
        parser=one_of(Lang, "--lang"),
        metavar="LANG",
    ),
]
FormatOption = Annotated[
    ReportFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="table, csv, md, html, xlsx or json (else from -o).",
        show_default=False,
        parser=one_of(ReportFormat, "--format"),
        metavar="FORMAT",
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file (its extension gives the format).",
        show_default=False,
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace an existing file.")]
TemplatesOption = Annotated[
    Path | None,
    typer.Option(
        "--templates",
        help="Templates that override the built-in ones (md, html).",
        show_default=False,
    ),
]
FromOption = Annotated[
    int | None,
    typer.Option(
        "--from",
        help="First fiscal year (default: the first with trainees).",
        show_default=False,
        parser=fiscal_year_parser("--from"),
        metavar="YYYY",
    ),
]
ToOption = Annotated[
    int | None,
    typer.Option(
        "--to",
        help="Last fiscal year (default: the latest with trainees).",
        show_default=False,
        parser=fiscal_year_parser("--to"),
        metavar="YYYY",
    ),
]
