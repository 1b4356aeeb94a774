"""`lgotp schema`: the JSON Schema of a record kind or of lgotp.yaml."""

from __future__ import annotations

from pathlib import Path

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import RecordsOption, SchemaKind, choice_argument, optional
from lgotp_cli.errors import UserError


def schema(
    ctx: typer.Context,
    kind: choice_argument(
        SchemaKind,
        "KIND",
        "trainee, dispatch, request or config (lgotp.yaml).",
        "NO_SCHEMA",  # error_words
    ) = SchemaKind.trainee,
    output: optional(Path, "--output", "-o", help_text="Write to this file.") = None,
    records: RecordsOption = None,
) -> None:
    """The JSON Schema (draft 2020-12) of a record kind or of lgotp.yaml, generated from the
    models `validate` uses, for editors (VS Code's YAML extension completes keys, shows their
    descriptions and flags unknown keys) and tools such as check-jsonschema.

    Example: lgotp schema trainee -o schemas/trainee.json
    """
    options = context.command_options(ctx, records=records)
    import json

    from lgotp_cli.output.files import check_file, write_output
    from lgotp_cli.schema import schema_for

    text = json.dumps(schema_for(kind), indent=2, ensure_ascii=False) + "\n"
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        root = context.records_root(options)
    except UserError:
        root = None  # no records root here: nothing to keep the file out of
    check_file(output, root)
    write_output(output, text)
