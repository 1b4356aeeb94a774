"""`lgotp export`: every record as one csv, xlsx, json or sqlite file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import (
    ExportFormat,
    ForceOption,
    RecordsOption,
    choice,
)


def export_records(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write.")],
    output_format: choice(
        ExportFormat, "--format", "-f", help_text="csv, xlsx, json or sqlite (else from -o)."
    ) = None,
    force: ForceOption = False,
    records: RecordsOption = None,
) -> None:
    """Every record as one csv, xlsx, json or sqlite file. CSV and XLSX hold the sheet layout
    that `lgotp import` reads back (dotted columns), so a sheet can go to Excel and return.

    Example: lgotp export -o records.xlsx
    """
    options = context.command_options(ctx, records=records)
    from lgotp_cli.output.files import check_file
    from lgotp_cli.sheets import export

    chosen = export.choose_format(output_format, output)
    root = context.records_root(options)
    check_file(output, root, force=force)
    from lgotp_cli.i18n import record_file_words as said
    from lgotp_cli.source.records import load_records

    loaded = load_records(root)
    if loaded.file_problems or any(r.model is None for r in loaded.records):
        print(f"lgotp: {said.EXPORTED_AS_WRITTEN(options.lang)}", file=sys.stderr)
    export.write_export(loaded.records, root, output, chosen)
    exported = said.EXPORTED(options.lang, count=len(loaded.records), output=output)
    print(f"lgotp: {exported}", file=sys.stderr)
