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
    for sheet in sheets:
        if not sheet.is_file():
            raise UserError(f"{sheet} does not exist; give a .csv or .xlsx sheet.")
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
    except ImportError_ as error:
        raise UserError(str(error)) from None
    except UnreadableSheet as error:
        raise UserError(error.message) from None
    if not options.quiet:
        for note in planned.notes:
            print(f"lgotp: note: {note.in_(options.lang)}", file=sys.stderr)
    for diagnostic in planned.diagnostics:
        print(text_line(diagnostic))
    if planned.errors:
        print(
            f"Nothing written: {planned.errors} error(s) in {planned.records} row(s) of "
            f"{sheet.name}; fix them and import again."
        )
        raise typer.Exit(1)
    if dry_run:
        for change in planned.updates:
            for value in change.changes:
                print(f"{change.record_id}: {value.key}: {_shown(value.old)} → {_shown(value.new)}")
        for path, _ in planned.files:
            print(f"would write {path}")
        print(
            f"Dry run: {len(planned.files)} record file(s) would be written, "
            f"{len(planned.updates)} changed, {len(planned.unchanged)} unchanged."
        )
        return
    written = write_all(planned)
    for path in written:
        print(f"wrote {path}")
    print(
        f"Imported {len(planned.files)} record(s) from {sheet.name}; "
        f"{len(planned.updates)} changed, {len(planned.unchanged)} unchanged."
    )


def _shown(value: str | None) -> str:
    """A value in a change line: as it is, or (none) when absent."""
    return "(none)" if value is None else value
