"""What every command needs when it runs: the global options merged with its own, the records
root, today, the configuration, the records for a report, and where a report goes.

Each helper imports the library it needs when called, so that importing the commands stays
cheap (`lgotp --help` and `lgotp validate` never load pandas, openpyxl or jinja2).
"""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import typer

from lgotp_cli.errors import LgotpError


@dataclass(frozen=True)
class Options:
    """Options every command takes, globally (before the command) or after it."""

    records: Path | None = None
    today: str | None = None
    lang: str | None = None  # None: the command's default (en; ja for returns)
    quiet: bool = False
    verbose: bool = False


def command_options(ctx: typer.Context, default_lang: str = "en", **given) -> Options:
    """The global options with those given after the command laid over them."""
    base = ctx.obj if isinstance(ctx.obj, Options) else Options()
    chosen = {key: value for key, value in given.items() if value not in (None, False)}
    options = replace(base, **chosen)
    from lgotp_cli.language import choose_language, configured_language

    def configured() -> str | None:
        try:
            return configured_language(records_root(options))
        except LgotpError:  # no records root yet: the command itself says so
            return None

    # Plain text from here on: the library compares and stores the language as a str.
    given = str(options.lang) if options.lang else None
    return replace(options, lang=choose_language(given, configured, default_lang))


def records_root(options: Options, paths: list[Path] | None = None) -> Path:
    """--records, else $LGOTP_RECORDS, else found from the paths given, else ./records."""
    from lgotp_cli.workspace import find_records_root

    explicit = options.records or (
        Path(os.environ["LGOTP_RECORDS"]) if os.environ.get("LGOTP_RECORDS") else None
    )
    return find_records_root(explicit, paths or [])


def today(options: Options):
    """--today, else $LGOTP_TODAY, else the real date."""
    from lgotp_cli.workspace import parse_today

    return parse_today(options.today or os.environ.get("LGOTP_TODAY"))


def split(values: list[str] | None) -> list[str]:
    """Repeated and comma-separated values as one list: ``--select T1,D201 --select S``."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


@functools.cache
def config(root: Path):
    """The effective configuration (read once); an invalid lgotp.yaml is a ConfigError, which
    main() reports as L007 (exit 2)."""
    from lgotp_cli.config import load_config

    return load_config(root)


def report_records(root: Path, options: Options):
    """The readable records; how many had to be left out goes to standard error. The
    configuration is read first: it declares the former host codes the reports name."""
    from lgotp_cli.reports.common import read_records

    config(root)
    records = read_records(root)
    note = records.left_out_note()
    if note and not options.quiet:
        print(f"lgotp: {note.in_(options.lang)}", file=sys.stderr)
    return records


def plan(root: Path, output_format, output, templates, extra: tuple[str, ...] = ()):
    """Check the output options before any record is read (a usage error is the only line)."""
    from lgotp_cli.output.report import plan_output

    return plan_output(output_format, output, records_root=root, templates=templates, extra=extra)


def write(report, output_plan, options: Options, style=None) -> None:
    """Render a report's table(s) as planned: to the terminal or the -o file; ``style`` (an
    ``i18n.formats.Style``, from lgotp.yaml's ``output:``) writes dates and negative yen."""
    from lgotp_cli.i18n.formats import ISO
    from lgotp_cli.output.report import write_report

    write_report(report, output_plan, lang=options.lang, style=style or ISO)
