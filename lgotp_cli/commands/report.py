"""What every report command shares: its output and records options, declared once by
``@report_command``, and the steps from those options to the written report (``Report``).

A report command is written as ``def costs(report: Report, <its own options>)``; the decorator
gives Typer that signature with ``ctx`` first and the shared options after the command's own,
in the order ``--help`` lists them, and hands the command one ``Report`` built from them.
Like the other helpers of ``context``, ``Report`` imports what it needs when it is used.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from pathlib import Path

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import (
    FormatOption,
    LangOption,
    OutputOption,
    RecordsOption,
    TemplatesOption,
)
from lgotp_cli.errors import UserError


class Report:
    """A report command's options merged with the global ones, and where its output goes."""

    def __init__(self, options: context.Options, output_format=None, output=None, templates=None):
        self.options = options
        self.output_format: str | None = output_format
        self.output: Path | None = output
        self.templates: Path | None = templates
        self.output_plan = None  # set by plan()
        self.read = None  # the ReportRecords read, set by records()

    @property
    def lang(self) -> str:
        return self.options.lang

    @functools.cached_property
    def root(self) -> Path:
        return context.records_root(self.options)

    def today(self):
        return context.today(self.options)

    def config(self):
        return context.config(self.root)

    def records(self):
        self.read = context.report_records(self.root, self.options)
        return self.read

    def plan(self, extra: tuple[str, ...] = ()):
        """Check the output options before any record is read (context.plan)."""
        self.output_plan = context.plan(
            self.root, self.output_format, self.output, self.templates, extra
        )
        return self.output_plan

    def style(self):
        """How Japanese outputs for people write dates and negative yen (lgotp.yaml's
        ``output:``)."""
        return self.config().output.style()

    def write(self, tables) -> None:
        """Write the tables as planned; an output for people says inside itself which records
        were left out (``output.report.note_left_out``)."""
        if self.read is not None:
            from lgotp_cli.output.report import note_left_out

            tables = note_left_out(tables, self.read, self.output_plan.fmt, self.lang)
        context.write(tables, self.output_plan, self.options, self.style())

    def run(self, build: Callable[[], object]) -> None:
        """Plan the output, build the report (which reads the records it needs) and write it;
        a ReportError (no such year, record or column) is the user's, one sentence."""
        from lgotp_cli.reports.listing import ReportError

        self.plan()
        try:
            tables = build()
        except ReportError as error:
            raise UserError(error.message) from None
        self.write(tables)


# The shared options, in the order --help lists them after the command's own, each with the
# declaration (an ``Annotated`` type) a command gets unless it gives another; None: only a
# command that asks for it has it (--today).
SHARED = {
    "output_format": FormatOption,
    "output": OutputOption,
    "templates": TemplatesOption,
    "records": RecordsOption,
    "today": None,
    "lang": LangOption,
}
_PARAMETER = inspect.Parameter.POSITIONAL_OR_KEYWORD


def report_command(*, default_lang: str = "en", **declared) -> Callable[[Callable], Callable]:
    """Add the shared options to a command whose first parameter is ``report: Report``.

    Each keyword names a shared option (``SHARED``) and gives its declaration (an ``Annotated``
    type): another one for a command whose option says something else, None for a command
    without it, the declaration for a command that takes --today. A command that declares a
    shared option itself, to list it elsewhere in --help, keeps it where it is and is given its
    value, which the Report holds too.
    """
    unknown = sorted(declared.keys() - SHARED.keys())
    if unknown:
        raise TypeError(f"report_command: no shared option {', '.join(unknown)}")
    shared = SHARED | declared

    def decorate(func: Callable) -> Callable:
        own = list(inspect.signature(func, eval_str=True).parameters.values())[1:]
        taken = {parameter.name for parameter in own}
        parameters = [
            inspect.Parameter("ctx", _PARAMETER, annotation=typer.Context),
            *own,
            *(
                inspect.Parameter(name, _PARAMETER, annotation=declared, default=None)
                for name, declared in shared.items()
                if declared is not None and name not in taken
            ),
        ]

        @functools.wraps(func)
        def command(ctx: typer.Context, **given) -> None:
            options = context.command_options(
                ctx,
                default_lang,
                records=given.get("records"),
                today=given.get("today"),
                lang=given.get("lang"),
            )
            report = Report(
                options, given.get("output_format"), given.get("output"), given.get("templates")
            )
            return func(report, **{name: given[name] for name in taken})

        # What Typer reads (inspect.signature stops at __signature__; typing.get_type_hints
        # reads __annotations__): real objects, nothing left to evaluate.
        command.__signature__ = inspect.Signature(parameters, return_annotation=None)
        command.__annotations__ = {p.name: p.annotation for p in parameters} | {"return": None}
        return command

    return decorate
