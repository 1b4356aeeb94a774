"""`lgotp config`: the effective configuration."""

from __future__ import annotations

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import ConfigFormat, RecordsOption, choice


def show_config(
    ctx: typer.Context,
    output_format: choice(
        ConfigFormat, "--format", "-f", help_text="yaml or json.", required=True
    ) = ConfigFormat.yaml,
    records: RecordsOption = None,
) -> None:
    """Print the effective configuration: the built-in defaults with lgotp.yaml laid over them.

    Example: lgotp config --format json
    """
    options = context.command_options(ctx, records=records)
    from lgotp_cli.config import load_config
    from lgotp_cli.output.config_doc import dump_config

    effective = load_config(context.records_root(options))  # invalid: L007 from main(), exit 2
    typer.echo(dump_config(effective, output_format, options.lang), nl=False)
