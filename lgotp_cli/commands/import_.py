"""`lgotp import`: a CSV or XLSX sheet as record files, all checked first."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import (
    RecordKind,
    RecordsOption,
    TodayOption,
    choice,
    flag,
    optional,
)
from lgotp_cli.errors import UserError


def import_records(
    ctx: typer.Context,
    sheets: Annotated[
        list[Path],
        typer.Argument(
            help="A .csv or .xlsx sheet, one row a record; or filled survey forms.",
            metavar="SHEET...",
        ),
    ],
    kind: choice(
        RecordKind, "--kind", help_text="trainee, dispatch or request (else the kind column)."
    ) = None,
    sheet_name: optional(str, "--sheet", help_text="The XLSX sheet (default: the first).") = None,
    update: flag(
        "--update", help_text="Change existing records (matched by id) to what the rows say."
    ) = False,
    dry_run: flag("--dry-run", help_text="Show what would be written.") = False,
    host: optional(
        str, "--host", help_text="Survey forms: only this host's may be imported."
    ) = None,
    records: RecordsOption = None,
    today: TodayOption = None,
) -> None:
    """Turn a CSV or XLSX sheet (one row a record, dotted column names like period.arrival) into
    record files, one YAML file each. Every row is checked first, with the records already
    there; a single error writes nothing (exit 1). A row identical to its record changes
    nothing; with --update, a row whose id names a record changes that record's file value by
    value (comments, order and quoting kept). A record is never deleted. Survey forms filled in
    (from `lgotp return survey --host`) are read cell by cell into request records, several at
    once.

    Example: lgotp import new-trainees.xlsx --dry-run
    """
    options = context.command_options(ctx, records=records, today=today)
    lang = options.lang
    from lgotp_cli.i18n import note_words
    from lgotp_cli.i18n import record_file_words as said

    for sheet in sheets:
        if not sheet.is_file():
            raise UserError(said.NO_SHEET.of(sheet=sheet))
    from lgotp_cli.commands.import_forms import forms_among, import_forms

    if forms_among(sheets, host=host):
        given = kind is not None or sheet_name is not None
        import_forms(
            sheets, options, host=host, update=update, dry_run=dry_run, sheet_options=given
        )
        return
    sheet = sheets[0]
    from lgotp_cli.diagnostics import text_line
    from lgotp_cli.rules.context import Context
    from lgotp_cli.sheets.importer import ImportError_, plan_import, write_all
    from lgotp_cli.sheets.workbook_reader import UnreadableSheet
    from lgotp_cli.source.records import load_records

    root = context.records_root(options)
    effective = context.config(root)
    existing = load_records(root).records
    try:
        planned = plan_import(
            sheet,
            root,
            existing,
            Context(context.today(options), effective, root, options.lang),
            kind=kind and str(kind),
            sheet_name=sheet_name,
            update=update,
        )
    except (ImportError_, UnreadableSheet) as error:
        raise UserError(error.message) from None
    if not options.quiet:
        for note in planned.notes:
            print(f"lgotp: {note_words.NOTE_AS_SAID.of(note=note).in_(lang)}", file=sys.stderr)
    for diagnostic in planned.diagnostics:
        print(text_line(diagnostic))
    if planned.errors:
        print(
            said.NOTHING_WRITTEN(
                lang, errors=planned.errors, rows=planned.records, sheet=sheet.name
            )
        )
        raise typer.Exit(1)
    if dry_run:
        for change in planned.updates:
            for value in change.changes:
                old, new = _shown(value.old, lang), _shown(value.new, lang)
                print(f"{change.record_id}: {value.key}: {old} → {new}")
        for path, _ in planned.files:
            print(said.WOULD_WRITE(lang, path=path))
        counts = {"changed": len(planned.updates), "unchanged": len(planned.unchanged)}
        print(said.DRY_RUN(lang, files=len(planned.files), **counts))
        return
    written = write_all(planned)
    for path in written:
        print(note_words.WROTE(lang, path=path))
    counts = {"changed": len(planned.updates), "unchanged": len(planned.unchanged)}
    print(said.IMPORTED(lang, records=len(planned.files), sheet=sheet.name, **counts))


def _shown(value: str | None, lang: str) -> str:
    """A value in a change line: as it is, or (none) when absent."""
    from lgotp_cli.i18n import record_file_words as said

    return said.NO_VALUE(lang) if value is None else value
