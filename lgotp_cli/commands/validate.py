"""`lgotp validate`: check the records, print what was found, exit 0, 1 or 2."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import (
    QuietOption,
    RecordsOption,
    TodayOption,
    ValidateFormat,
    VerboseOption,
    argument,
    choice,
    flag,
    optional,
)
from lgotp_cli.errors import ConfigError, UserError


def default_format() -> ValidateFormat:
    """``github`` inside GitHub Actions (GITHUB_ACTIONS=true), as yamllint does; else text."""
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return ValidateFormat.github
    return ValidateFormat.text


def validate(
    ctx: typer.Context,
    paths: argument(
        list[Path], "Report only on these files or folders (all records are checked)."
    ) = None,
    output_format: choice(
        ValidateFormat,
        "--format",
        "-f",
        help_text="text, json, github or junit (default: github when GITHUB_ACTIONS=true, "
        "as in GitHub Actions; else text).",
    ) = None,
    strict: flag("--strict", help_text="Warnings fail too (exit 1).") = False,
    select: optional(
        list[str], "--select", help_text="Only these rules or prefixes: T1,D201."
    ) = None,
    ignore: optional(
        list[str], "--ignore", help_text="Leave out these rules or prefixes: D202."
    ) = None,
    fix: flag(
        "--fix",
        help_text="First correct, in the record files, what is certain: full-width characters "
        "where ASCII is needed, tabs in indentation, 2025/5/26 and era dates (令和7年8月20日). "
        "Says what it changed; every other byte of a file is kept.",
    ) = False,
    diff: flag(
        "--diff",
        help_text="Print what --fix would change as a unified diff and write nothing (exit 1 "
        "when there is something to fix).",
    ) = False,
    records: RecordsOption = None,
    today: TodayOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Check the records: every rule of `lgotp rules`, then a one-line summary.

    Exit 0 when there are no errors (warnings allowed), 1 when there are errors (or warnings
    with --strict), 2 when the command cannot run. Text is coloured on a terminal unless
    NO_COLOR is set.

    --fix corrects what a Japanese keyboard or Excel typed where ASCII is needed (the
    corrections validate reports by name), then checks the corrected records as usual.

    Example: lgotp validate --format github records/trainees

    Example: lgotp validate --fix
    """
    options = context.command_options(
        ctx, records=records, today=today, quiet=quiet, verbose=verbose
    )
    chosen = output_format or default_format()
    from lgotp_cli.config import load_config
    from lgotp_cli.output.validation import (
        check_selectors,
        config_error_output,
        progress_reporter,
        write_validation,
    )
    from lgotp_cli.rules.engine import validate as run_validation

    root = context.records_root(options, paths)
    checked_paths = [_existing(path) for path in paths or []]
    select_codes, ignore_codes = context.split(select), context.split(ignore)
    check_selectors(select_codes, "--select")
    check_selectors(ignore_codes, "--ignore")
    the_day = context.today(options)
    try:
        config = load_config(root)
    except ConfigError as error:  # as L007 diagnostics in the format asked for
        config_error_output(error, chosen, options.lang)
        raise typer.Exit(2) from None
    if diff:
        from lgotp_cli.output.fixes import show_diff

        raise typer.Exit(show_diff(root, checked_paths or None, options.lang))
    if fix:
        from lgotp_cli.output.fixes import fix_records

        # The list of corrections goes where the report goes, unless it would spoil a format
        # that machines read.
        out = sys.stdout if chosen == "text" else sys.stderr
        fix_records(root, checked_paths or None, options.lang, out=out, quiet=options.quiet)
    showing = chosen == "text" and not options.quiet
    with progress_reporter(enabled=showing, lang=options.lang) as on_file:
        result = run_validation(
            root,
            config,
            the_day,
            select=select_codes or None,
            ignore=ignore_codes or None,
            only=checked_paths or None,
            on_file=on_file,
            lang=options.lang,
        )
    if not options.quiet:
        from lgotp_cli.source.discover import submodule_note

        for folder in result.submodules:
            note = submodule_note(folder.relative_to(root).as_posix(), options.lang)
            from lgotp_cli.i18n import note_words

            print(f"lgotp: {note_words.NOTE(options.lang, note=note)}", file=sys.stderr)
    code = write_validation(
        result,
        chosen,
        strict=strict,
        quiet=options.quiet,
        verbose=options.verbose,
        lang=options.lang,
    )
    raise typer.Exit(code)


def _existing(path: Path) -> Path:
    from lgotp_cli.i18n import error_words

    if not path.exists():
        raise UserError(error_words.NO_SUCH_PATH.of(path=path))
    if not os.access(path, os.R_OK):
        raise UserError(error_words.PATH_UNREADABLE.of(path=path))
    return path
