"""`lgotp new`: a new record file with the next free id."""

from __future__ import annotations

import sys

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import (
    RecordKind,
    RecordsOption,
    TodayOption,
    choice_argument,
    fiscal_year_option,
    flag,
    optional,
)
from lgotp_cli.errors import UserError


def new(
    ctx: typer.Context,
    kind: choice_argument(
        RecordKind,
        "KIND",
        "trainee, dispatch or request.",
        "NO_RECORD_KIND",  # error_words
    ),
    values: optional(
        list[str],
        "--set",
        "-s",
        help_text="A value by its dotted key: --set period.arrival=2025-05-26 (repeatable).",
    ) = None,
    fiscal_year: fiscal_year_option(
        "The record's fiscal year (default: of the arrival or departure; a request's: the one "
        "after today's)."
    ) = None,
    no_input: flag(
        "--no-input", help_text="Never ask: fail naming the keys still missing."
    ) = False,
    records: RecordsOption = None,
    today: TodayOption = None,
) -> None:
    """Write a new record file with the next free id (LGOTP-2025-004, DISP-2025-002,
    REQ-2026-232025) under <kind folder>/<fiscal year>/. Infers what it can (status planned,
    the fiscal year, CLAIR selection, a business trip, participation, Form 1 today, a
    trainee's Tokyo orientation, JIAM and specialised training from the arrival and the
    programme calendar), asks on a terminal for the rest (a trainee's planned costs too), in
    the chosen language; a country may be given by its code or its English or Japanese name.
    Checks the record with every rule and writes it only if it has no errors. Never replaces a
    file. Prints the path written.

    Example: lgotp new trainee --set name.family=Santos --set name.given=Maria --no-input ...
    """
    options = context.command_options(ctx, records=records, today=today)
    from lgotp_cli import newrecord
    from lgotp_cli.diagnostics import display_path, text_line
    from lgotp_cli.i18n import setup_words

    lang = options.lang
    given: dict[str, str] = {}
    for item in values or []:
        key, equals, value = item.partition("=")
        if not equals or not key.strip():
            raise UserError(setup_words.SET_TAKES.of(item=item))
        given[key.strip()] = value.strip()
    the_day = context.today(options)
    root = context.records_root(options)
    effective = context.config(root)

    def ask(question) -> str:
        if question.problem:
            typer.echo(f"  {question.problem}", err=True)
        if question.default:  # a proposed date: Enter takes it
            return typer.prompt(question.prompt, default=question.default)
        default = None if question.required else ""
        return typer.prompt(question.prompt, default=default, show_default=False)

    interactive = not no_input and newrecord.stdin_is_terminal()
    asking = newrecord.Asking(
        the_day, fiscal_year, ask=ask if interactive else None, config=effective, lang=lang
    )
    try:
        created = newrecord.create(root, str(kind), given, asking)
    except newrecord.InvalidRecord as refused:
        for diagnostic in refused.diagnostics:
            print(text_line(diagnostic), file=sys.stderr)
        print(f"lgotp: {refused.message.in_(lang)}", file=sys.stderr)
        if interactive:  # the answers typed are not lost: they make the next command
            import shlex

            again = [f"{key}={value}" for key, value in refused.answers.items() if key != "id"]
            line = " ".join(shlex.quote(part) for item in again for part in ("--set", item))
            command = f"lgotp new {kind} {line}"
            print(f"lgotp: {setup_words.TRY_AGAIN(lang, command=command)}", file=sys.stderr)
        raise typer.Exit(1) from None
    except newrecord.NewRecordError as error:
        raise UserError(error.message) from None
    for diagnostic in created.diagnostics:
        print(text_line(diagnostic), file=sys.stderr)
    typer.echo(display_path(created.path))
