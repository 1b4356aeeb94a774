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


def choices(name: str, *values: str) -> type[StrEnum]:
    """An enum whose members are named as their values: ``choices("Lang", "en", "ja")``."""
    return StrEnum(name, [(value, value) for value in values], module=__name__)


REPORT_FORMATS = ("table", "csv", "md", "html", "xlsx", "json")  # render.FORMATS

Lang = choices("Lang", "en", "ja")
ValidateFormat = choices("ValidateFormat", "text", "json", "github", "junit")
ConfigFormat = choices("ConfigFormat", "yaml", "json")
ReportFormat = choices("ReportFormat", *REPORT_FORMATS)
DueFormat = choices("DueFormat", *REPORT_FORMATS, "ics")  # the report formats and iCalendar
DiffFormat = choices("DiffFormat", "text", "md", "json")
ExportFormat = choices("ExportFormat", "csv", "xlsx", "json", "sqlite")  # sheets.export.FORMATS
ListKind = choices("ListKind", "trainee", "dispatch")
CostsKind = choices("CostsKind", "all", "trainee", "dispatch")
# newrecord.KINDS: what `new` makes and `import --kind` reads; schema.SCHEMA_KINDS adds config.
RecordKind = choices("RecordKind", "trainee", "dispatch", "request")
SchemaKind = choices("SchemaKind", *RecordKind, "config")
ReturnName = choices("ReturnName", "reimbursement", "survey", "list", "countries")


def one_of(choices: type[StrEnum], option: str, refusal: str | None = None) -> Callable:
    """A Typer parser that takes only ``choices``' values. Anything else is one sentence:
    ``refusal`` (the name of a template in ``i18n.error_words``, looked up only when it is
    needed: `lgotp --version` loads no catalogue) filled with ``{value}`` and ``{choices}``
    (a list), or by default "--option must be a, b or c, not 'value'."."""

    def parse(value) -> StrEnum:
        if isinstance(value, choices):
            return value
        try:
            return choices(value)
        except ValueError:
            from lgotp_cli.i18n import error_words
            from lgotp_cli.i18n.spoken import Listed, OneOf

            if refusal is not None:
                words = getattr(error_words, refusal)
                raise UserError(words.of(value=value, choices=Listed.of(choices))) from None
            said = error_words.MUST_BE_ONE_OF.of(
                option=option, choices=OneOf.of(choices), value=value
            )
            raise UserError(said) from None

    return parse


def fiscal_year_parser(option: str) -> Callable[[str], int]:
    """A Typer parser for a fiscal year written as the year it starts (2024)."""

    def parse(value) -> int:
        if isinstance(value, int):
            return value
        text = value.strip()
        if len(text) == 4 and text.isdigit():
            return int(text)
        from lgotp_cli.i18n import error_words

        raise UserError(error_words.NOT_A_FISCAL_YEAR.of(option=option, value=value))

    return parse


def optional(kind, *names: str, help_text: str, **settings):
    """An option that may be left out (None), its default not shown in --help."""
    return Annotated[
        kind | None, typer.Option(*names, help=help_text, show_default=False, **settings)
    ]


def choice(kind: type[StrEnum], *names: str, help_text: str, required: bool = False):
    """An option taking one of ``kind``'s values, its metavar the long name in capitals
    (FORMAT, KIND, LANG). ``required``: never None, the default (set by ``=``) shown."""
    checked = {"parser": one_of(kind, names[0]), "metavar": names[0].lstrip("-").upper()}
    if required:
        return Annotated[kind, typer.Option(*names, help=help_text, **checked)]
    return optional(kind, *names, help_text=help_text, **checked)


def year(*names: str, help_text: str):
    """A fiscal year written as the year it starts (metavar YYYY)."""
    return optional(
        int, *names, help_text=help_text, parser=fiscal_year_parser(names[0]), metavar="YYYY"
    )


def fiscal_year_option(help_text: str):
    """``--fiscal-year/-y YYYY`` with the help a command gives it."""
    return year("--fiscal-year", "-y", help_text=help_text)


def argument(kind, help_text: str, **settings):
    """An argument that may be left out (None), its default not shown in --help."""
    return Annotated[kind | None, typer.Argument(help=help_text, show_default=False, **settings)]


def choice_argument(kind: type[StrEnum], name: str, help_text: str, refusal: str):
    """An argument taking one of ``kind``'s values; anything else is ``refusal`` (one_of)."""
    return Annotated[kind, typer.Argument(help=help_text, parser=one_of(kind, name, refusal))]


def flag(*names: str, help_text: str):
    """An on/off option, off unless given."""
    return Annotated[bool, typer.Option(*names, help=help_text)]


RecordsOption = optional(
    Path, "--records", help_text="Records root (else $LGOTP_RECORDS, else ./records)."
)
TodayOption = optional(
    str, "--today", help_text="Take this date (YYYY-MM-DD) as today (else $LGOTP_TODAY)."
)
QuietOption = flag("--quiet", "-q", help_text="Print less.")
VerboseOption = flag("--verbose", "-v", help_text="Print more.")
LangOption = choice(Lang, "--lang", help_text="en or ja.")
FormatOption = choice(
    ReportFormat, "--format", "-f", help_text="table, csv, md, html, xlsx or json (else from -o)."
)
OutputOption = optional(
    Path, "--output", "-o", help_text="Write to this file (its extension gives the format)."
)
ForceOption = flag("--force", help_text="Replace an existing file.")
TemplatesOption = optional(
    Path, "--templates", help_text="Templates that override the built-in ones (md, html)."
)
FromOption = year("--from", help_text="First fiscal year (default: the first with trainees).")
ToOption = year("--to", help_text="Last fiscal year (default: the latest with trainees).")
