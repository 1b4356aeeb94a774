"""The `lgotp` command: options in, one library call, output and exit code out.

Start-up is a feature: this module imports only typer and the standard library at the top;
each command imports the library it needs when it runs, so `lgotp --help` stays fast and
`lgotp validate` never loads pandas, openpyxl or jinja2.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated

import typer

from lgotp_cli import __version__
from lgotp_cli.errors import ConfigError, UserError
from lgotp_cli.render.workbook_safety import WorkbookLimits

WORKBOOK_LIMITS = WorkbookLimits()  # the defaults of `lgotp return`'s --max-* options

app = typer.Typer(
    name="lgotp",
    help=(
        "Keep the records of CLAIR's LGOTP and specialist dispatch programmes in git, and check "
        "them.\n\nExample: lgotp --records records validate"
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    # Plain help: typer's rich help imports rich and markdown-it, tripling start-up time.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

VALIDATE_FORMATS = ("text", "json", "github", "junit")


@dataclass(frozen=True)
class Options:
    """Options every command takes, globally (before the command) or after it."""

    records: Path | None = None
    today: str | None = None
    lang: str | None = None  # None: the command's default (en; ja for returns)
    quiet: bool = False
    verbose: bool = False


RecordsOption = Annotated[
    Path | None,
    typer.Option(
        "--records", help="Records root (else $LGOTP_RECORDS, else ./records).", show_default=False
    ),
]
TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today",
        help="Take this date (YYYY-MM-DD) as today (else $LGOTP_TODAY).",
        show_default=False,
    ),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print less.")]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Print more.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"lgotp {__version__}")
        raise typer.Exit()


@app.callback()
def global_options(
    ctx: typer.Context,
    records: RecordsOption = None,
    today: TodayOption = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help="Output language: en or ja (default en; returns: ja).",
            show_default=False,
        ),
    ] = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Options that apply to every command."""
    ctx.obj = Options(records, today, lang, quiet, verbose)


def _options(ctx: typer.Context, default_lang: str = "en", **given) -> Options:
    base = ctx.obj if isinstance(ctx.obj, Options) else Options()
    chosen = {key: value for key, value in given.items() if value not in (None, False)}
    options = replace(base, **chosen)
    if options.lang is None:
        options = replace(options, lang=default_lang)
    if options.lang not in ("en", "ja"):
        raise UserError(f"--lang must be en or ja, not '{options.lang}'.")
    return options


def _records_root(options: Options, paths: list[Path] | None = None) -> Path:
    from lgotp_cli.workspace import find_records_root

    explicit = options.records or (
        Path(os.environ["LGOTP_RECORDS"]) if os.environ.get("LGOTP_RECORDS") else None
    )
    return find_records_root(explicit, paths or [])


def _today(options: Options):
    from lgotp_cli.workspace import parse_today

    return parse_today(options.today or os.environ.get("LGOTP_TODAY"))


def _split(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


@app.command()
def validate(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Report only on these files or folders (all records are checked).",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="text, json, github or junit.")
    ] = "text",
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail too (exit 1).")] = False,
    select: Annotated[
        list[str] | None,
        typer.Option("--select", help="Only these rules or prefixes: T1,D201.", show_default=False),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore", help="Leave out these rules or prefixes: D202.", show_default=False
        ),
    ] = None,
    records: RecordsOption = None,
    today: TodayOption = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Check the records: every rule of `lgotp rules`, then a one-line summary.

    Exit 0 when there are no errors (warnings allowed), 1 when there are errors (or warnings
    with --strict), 2 when the command cannot run.

    Example: lgotp validate --format github records/trainees
    """
    options = _options(ctx, records=records, today=today, quiet=quiet, verbose=verbose)
    if output_format not in VALIDATE_FORMATS:
        raise UserError(
            f"--format must be one of {', '.join(VALIDATE_FORMATS)}, not '{output_format}'."
        )
    from lgotp_cli.config import load_config
    from lgotp_cli.output.validation import (
        check_selectors,
        config_error_output,
        progress_reporter,
        write_validation,
    )
    from lgotp_cli.rules.engine import validate as run_validation

    root = _records_root(options, paths)
    checked_paths = [_existing(path) for path in paths or []]
    select_codes, ignore_codes = _split(select), _split(ignore)
    check_selectors(select_codes, "--select")
    check_selectors(ignore_codes, "--ignore")
    the_day = _today(options)
    try:
        config = load_config(root)
    except ConfigError as error:
        config_error_output(error, output_format)
        raise typer.Exit(2) from None
    with progress_reporter(enabled=output_format == "text" and not options.quiet) as on_file:
        result = run_validation(
            root,
            config,
            the_day,
            select=select_codes or None,
            ignore=ignore_codes or None,
            only=checked_paths or None,
            on_file=on_file,
        )
    if not options.quiet:
        from lgotp_cli.source.discover import submodule_note

        for folder in result.submodules:
            print(
                f"lgotp: note: {submodule_note(folder.relative_to(root).as_posix())}.",
                file=sys.stderr,
            )
    code = write_validation(
        result, output_format, strict=strict, quiet=options.quiet, verbose=options.verbose
    )
    raise typer.Exit(code)


def _existing(path: Path) -> Path:
    if not path.exists():
        raise UserError(
            f"{path} does not exist; give a record file or folder under the records root."
        )
    if not os.access(path, os.R_OK):
        raise UserError(f"{path} cannot be read; check its permissions.")
    return path


@app.command()
def rules(
    code: Annotated[
        str | None, typer.Argument(help="A rule code (T101) or prefix (T1).", show_default=False)
    ] = None,
) -> None:
    """List every rule, or explain one with an example that fires and one that does not.

    Example: lgotp rules T101
    """
    from lgotp_cli.output.rules_doc import explain_rule, rule_table

    typer.echo(rule_table() if code is None else explain_rule(code), nl=False)


@app.command()
def config(
    ctx: typer.Context,
    output_format: Annotated[str, typer.Option("--format", "-f", help="yaml or json.")] = "yaml",
    records: RecordsOption = None,
) -> None:
    """Print the effective configuration: the built-in defaults with lgotp.yaml laid over them.

    Example: lgotp config --format json
    """
    options = _options(ctx, records=records)
    if output_format not in ("yaml", "json"):
        raise UserError(f"--format must be yaml or json, not '{output_format}'.")
    from lgotp_cli.config import load_config
    from lgotp_cli.output.config_doc import dump_config
    from lgotp_cli.output.validation import config_error_output

    root = _records_root(options)
    try:
        effective = load_config(root)
    except ConfigError as error:
        config_error_output(error, "text")
        raise typer.Exit(2) from None
    typer.echo(dump_config(effective, output_format), nl=False)


FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="table, csv, md, html, xlsx or json (else from -o).",
        show_default=False,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file (its extension gives the format).",
        show_default=False,
    ),
]
TemplatesOption = Annotated[
    Path | None,
    typer.Option(
        "--templates",
        help="Templates that override the built-in ones (md, html).",
        show_default=False,
    ),
]
LangOption = Annotated[str | None, typer.Option("--lang", help="en or ja.", show_default=False)]


FromOption = Annotated[
    str | None,
    typer.Option(
        "--from", help="First fiscal year (default: the first with trainees).", show_default=False
    ),
]
ToOption = Annotated[
    str | None,
    typer.Option(
        "--to", help="Last fiscal year (default: the latest with trainees).", show_default=False
    ),
]


def _year(value: str | None, option: str) -> int | None:
    if value is None:
        return None
    text = value.strip()
    if len(text) == 4 and text.isdigit():
        return int(text)
    raise UserError(
        f"{option} must be a fiscal year written as the year it starts (2024), not '{value}'."
    )


def _report_records(root: Path, options: Options):
    """The readable records; how many had to be left out goes to standard error."""
    from lgotp_cli.reports.common import read_records

    records = read_records(root)
    note = records.left_out_note()
    if note and not options.quiet:
        print(f"lgotp: {note}", file=sys.stderr)
    return records


def _plan(root: Path, output_format, output, templates, extra: tuple[str, ...] = ()):
    """Check the output options before any record is read (a usage error is the only line)."""
    from lgotp_cli.output.report import plan_output

    return plan_output(output_format, output, records_root=root, templates=templates, extra=extra)


def _write(report, plan, options: Options) -> None:
    from lgotp_cli.output.report import write_report

    write_report(report, plan, lang=options.lang)


@app.command("list")
def list_records(
    ctx: typer.Context,
    fiscal_year: Annotated[
        str | None,
        typer.Option(
            "--fiscal-year",
            "-y",
            help="The fiscal year (default: the latest with records).",
            show_default=False,
        ),
    ] = None,
    kind: Annotated[str, typer.Option("--kind", help="trainee or dispatch.")] = "trainee",
    public: Annotated[
        bool, typer.Option("--public", help="Leave out notes and withdrawal reasons.")
    ] = False,
    sort: Annotated[
        str | None,
        typer.Option(
            "--sort",
            help="Column ids to sort by, -id for descending: country_name,arrival.",
            show_default=False,
        ),
    ] = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """The annual list of LGOTP trainees (or specialist dispatches) of a fiscal year.

    Example: lgotp list --fiscal-year 2024 --lang ja -o list.xlsx
    """
    options = _options(ctx, records=records, lang=lang)
    year = _year(fiscal_year, "--fiscal-year")
    if kind not in ("trainee", "dispatch"):
        raise UserError(f"--kind must be trainee or dispatch, not '{kind}'.")
    from lgotp_cli.reports.listing import (
        DISPATCH_COLUMNS,
        TRAINEE_COLUMNS,
        ReportError,
        dispatch_list,
        sort_keys,
        trainee_list,
    )

    root = _records_root(options)
    plan = _plan(root, output_format, output, templates)
    try:
        sort_keys(TRAINEE_COLUMNS if kind == "trainee" else DISPATCH_COLUMNS, sort, "id")
        build = trainee_list if kind == "trainee" else dispatch_list
        table = build(
            _report_records(root, options),
            fiscal_year=year,
            lang=options.lang,
            public=public,
            sort=sort,
        )
    except ReportError as error:
        raise UserError(str(error)) from None
    _write(table, plan, options)


@app.command()
def costs(
    ctx: typer.Context,
    fiscal_year: Annotated[
        str | None,
        typer.Option(
            "--fiscal-year", "-y", help="Only this fiscal year (of arrival).", show_default=False
        ),
    ] = None,
    host: Annotated[
        str | None,
        typer.Option("--host", help="Only this host (local government code).", show_default=False),
    ] = None,
    kind: Annotated[
        str,
        typer.Option(
            "--kind", help="all (hosts, then CLAIR's dispatch costs), trainee or dispatch."
        ),
    ] = "all",
    output_format: FormatOption = None,
    output: OutputOption = None,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """The cost reimbursement summary: per host and fiscal year the host's costs by item, the
    allocation-tax measure (ordinary for prefectures, once each; special for designated cities
    and municipalities, per trainee) and the net burden; then CLAIR's dispatch costs by item.
    CSV and JSON hold the host table (--kind dispatch: CLAIR's).

    Example: lgotp costs --fiscal-year 2024 --lang ja -o costs.xlsx
    """
    options = _options(ctx, records=records, lang=lang)
    year = _year(fiscal_year, "--fiscal-year")
    if kind not in ("all", "trainee", "dispatch"):
        raise UserError(f"--kind must be all, trainee or dispatch, not '{kind}'.")
    if host is not None:
        from lgotp_cli.reference.codes import describe_code_problem

        problem = describe_code_problem(host)
        if problem:
            raise UserError(f"--host: {problem}.")
    from lgotp_cli.reports.costs import clair_costs, host_costs

    root = _records_root(options)
    plan = _plan(root, output_format, output, templates)
    effective = _config(root)
    found = _report_records(root, options)
    tables = []
    if kind in ("all", "trainee"):
        tables.append(host_costs(found, effective, lang=options.lang, fiscal_year=year, host=host))
    if kind == "dispatch" or (kind == "all" and host is None):
        tables.append(clair_costs(found, lang=options.lang, fiscal_year=year))
    _write(tables, plan, options)


def _config(root: Path):
    """The effective configuration; an invalid lgotp.yaml is reported as L007 and exit 2."""
    from lgotp_cli.config import load_config
    from lgotp_cli.output.validation import config_error_output

    try:
        return load_config(root)
    except ConfigError as error:
        config_error_output(error, "text")
        raise typer.Exit(2) from None


@app.command()
def timeline(
    ctx: typer.Context,
    record_id: Annotated[
        str | None, typer.Argument(help="A trainee's or dispatch's id.", show_default=False)
    ] = None,
    fiscal_year: Annotated[
        str | None,
        typer.Option(
            "--fiscal-year",
            "-y",
            help="Every stay and dispatch of this fiscal year.",
            show_default=False,
        ),
    ] = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    today: TodayOption = None,
    lang: LangOption = None,
) -> None:
    """One trainee's stay or one dispatch as a timeline with lengths, or with --fiscal-year
    every stay and dispatch of that year as one Gantt chart with the programme calendar.
    md gives a Mermaid gantt block; html a page with an SVG chart.

    Example: lgotp timeline LGOTP-2024-007 -f html -o timeline.html
    """
    options = _options(ctx, records=records, today=today, lang=lang)
    year = _year(fiscal_year, "--fiscal-year")
    if (record_id is None) == (year is None):
        raise UserError(
            "give a record id (lgotp timeline LGOTP-2024-007) or --fiscal-year YYYY, not both or neither."
        )
    from lgotp_cli.reports.listing import ReportError
    from lgotp_cli.reports.timeline import find, record_timeline, year_timeline

    the_day = _today(options)
    root = _records_root(options)
    plan = _plan(root, output_format, output, templates)
    effective = _config(root)
    found = _report_records(root, options)
    try:
        if record_id is not None:
            table = record_timeline(
                find(found, record_id), effective, lang=options.lang, today=the_day
            )
        else:
            table, skipped = year_timeline(
                found, effective, fiscal_year=year, lang=options.lang, today=the_day
            )
            for note in skipped:
                print(f"lgotp: left out of the chart: {note}", file=sys.stderr)
    except ReportError as error:
        raise UserError(str(error)) from None
    _write(table, plan, options)


@app.command("export")
def export_records(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write.")],
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help="csv, xlsx, json or sqlite (else from -o).", show_default=False
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
    records: RecordsOption = None,
) -> None:
    """Every record as one csv, xlsx, json or sqlite file. CSV and XLSX hold the sheet layout
    that `lgotp import` reads back (dotted columns), so a sheet can go to Excel and return.

    Example: lgotp export -o records.xlsx
    """
    options = _options(ctx, records=records)
    from lgotp_cli.sheets import export

    chosen = output_format or {
        ".csv": "csv",
        ".xlsx": "xlsx",
        ".json": "json",
        ".sqlite": "sqlite",
        ".db": "sqlite",
        ".sqlite3": "sqlite",
    }.get(output.suffix.lower())
    if chosen not in export.FORMATS:
        raise UserError(
            f"export writes csv, xlsx, json or sqlite; name the file so (.csv, .xlsx, .json, "
            f".sqlite) or pass --format, not '{output_format or output.name}'."
        )
    root = _records_root(options)
    plan = _plan(root, "json", output, None)  # the checks every output gets
    if output.exists() and not force:
        raise UserError(f"{output} exists; pass --force to replace it, or give another -o.")
    from lgotp_cli.rules.engine import load_records

    loaded = load_records(root)
    if loaded.file_diagnostics or any(r.model is None for r in loaded.records):
        print(
            "lgotp: some records cannot be read and are exported as written; run `lgotp "
            "validate` to see why.",
            file=sys.stderr,
        )
    from lgotp_cli.output.report import deliver
    from lgotp_cli.render.atomic import OutputError

    try:
        if chosen == "sqlite":
            export.write_sqlite(loaded.records, output)
        elif chosen == "xlsx":
            deliver(plan, export.to_xlsx(loaded.records))
        elif chosen == "csv":
            deliver(replace(plan, fmt="csv"), export.to_csv(loaded.records))
        else:
            deliver(plan, export.to_json(loaded.records, root))
    except OutputError as error:  # raised while making the file, before it is written
        raise UserError(f"cannot write {output}: {error}.") from None
    print(f"lgotp: wrote {len(loaded.records)} records to {output}", file=sys.stderr)


@app.command("import")
def import_records(
    ctx: typer.Context,
    sheet: Annotated[Path, typer.Argument(help="A .csv or .xlsx sheet, one row a record.")],
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            help="trainee, dispatch or request (else the kind column).",
            show_default=False,
        ),
    ] = None,
    sheet_name: Annotated[
        str | None,
        typer.Option("--sheet", help="The XLSX sheet (default: the first).", show_default=False),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be written.")] = False,
    records: RecordsOption = None,
    today: TodayOption = None,
) -> None:
    """Turn a CSV or XLSX sheet (one row a record, dotted column names like period.arrival) into
    record files, one YAML file each. Every row is checked first, with the records already
    there; a single error writes nothing (exit 1). Never replaces a file.

    Example: lgotp import new-trainees.xlsx --dry-run
    """
    options = _options(ctx, records=records, today=today)
    if kind is not None and kind not in ("trainee", "dispatch", "request"):
        raise UserError(f"--kind must be trainee, dispatch or request, not '{kind}'.")
    if not sheet.is_file():
        raise UserError(f"{sheet} does not exist; give a .csv or .xlsx sheet.")
    from lgotp_cli.diagnostics import text_line
    from lgotp_cli.rules.context import Context
    from lgotp_cli.rules.engine import load_records
    from lgotp_cli.sheets.importer import ImportError_, plan_import, write_all

    root = _records_root(options)
    effective = _config(root)
    existing = load_records(root).records
    try:
        planned = plan_import(
            sheet,
            root,
            existing,
            Context(_today(options), effective, root),
            kind=kind,
            sheet_name=sheet_name,
        )
    except ImportError_ as error:
        raise UserError(str(error)) from None
    for diagnostic in planned.diagnostics:
        print(text_line(diagnostic))
    if planned.errors:
        print(
            f"Nothing written: {planned.errors} error(s) in {planned.records} row(s) of "
            f"{sheet.name}; fix them and import again."
        )
        raise typer.Exit(1)
    if dry_run:
        for path, _ in planned.files:
            print(f"would write {path}")
        print(f"Dry run: {len(planned.files)} record file(s) would be written.")
        return
    written = write_all(planned)
    for path in written:
        print(f"wrote {path}")
    print(f"Imported {len(written)} record(s) from {sheet.name}.")


@app.command()
def schema(
    ctx: typer.Context,
    kind: Annotated[
        str, typer.Argument(help="trainee, dispatch, request or config (lgotp.yaml).")
    ] = "trainee",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file.", show_default=False),
    ] = None,
    records: RecordsOption = None,
) -> None:
    """The JSON Schema (draft 2020-12) of a record kind or of lgotp.yaml, generated from the
    models `validate` uses, for editors (VS Code's YAML extension completes keys, shows their
    descriptions and flags unknown keys) and tools such as check-jsonschema.

    Example: lgotp schema trainee -o schemas/trainee.json
    """
    options = _options(ctx, records=records)
    import json

    from lgotp_cli.schema import SCHEMA_KINDS, UnknownSchema, schema_for

    try:
        document = schema_for(kind)
    except UnknownSchema:
        raise UserError(
            f"there is no schema '{kind}'; give one of {', '.join(SCHEMA_KINDS)}."
        ) from None
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        typer.echo(text, nl=False)
        return
    from lgotp_cli.output.report import check_output
    from lgotp_cli.render.atomic import OutputError, write_atomic

    try:
        root = _records_root(options)
    except UserError:
        root = None  # no records root here: nothing to keep the file out of
    if root is not None:
        check_output(output, root)
    try:
        write_atomic(output, text.encode("utf-8"))
    except OutputError as error:
        raise UserError(str(error)) from None


@app.command()
def new(
    ctx: typer.Context,
    kind: Annotated[str, typer.Argument(help="trainee, dispatch or request.")],
    values: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            "-s",
            help="A value by its dotted key: --set period.arrival=2025-05-26 (repeatable).",
            show_default=False,
        ),
    ] = None,
    fiscal_year: Annotated[
        str | None,
        typer.Option(
            "--fiscal-year",
            "-y",
            help="The record's fiscal year (default: of the arrival or departure; a "
            "request's: the one after today's).",
            show_default=False,
        ),
    ] = None,
    no_input: Annotated[
        bool,
        typer.Option("--no-input", help="Never ask: fail naming the keys still missing."),
    ] = False,
    records: RecordsOption = None,
    today: TodayOption = None,
) -> None:
    """Write a new record file with the next free id (LGOTP-2025-004, DISP-2025-002,
    REQ-2026-232025) under <kind folder>/<fiscal year>/. Infers what it can (status planned,
    the fiscal year, CLAIR selection, a business trip, participation, Form 1 today), asks on a
    terminal for the rest, checks the record with every rule and writes it only if it has no
    errors. Never replaces a file. Prints the path written.

    Example: lgotp new trainee --set name.family=Santos --set name.given=Maria --no-input ...
    """
    options = _options(ctx, records=records, today=today)
    from lgotp_cli import newrecord
    from lgotp_cli.diagnostics import display_path, text_line

    if kind not in newrecord.KINDS:
        raise UserError(
            f"there is no record kind '{kind}'; give one of {', '.join(newrecord.KINDS)}."
        )
    given: dict[str, str] = {}
    for item in values or []:
        key, equals, value = item.partition("=")
        if not equals or not key.strip():
            raise UserError(f"--set takes KEY=VALUE (period.arrival=2025-05-26), not '{item}'.")
        given[key.strip()] = value.strip()
    year = _year(fiscal_year, "--fiscal-year")
    the_day = _today(options)
    root = _records_root(options)
    effective = _config(root)

    def ask(question) -> str:
        if question.problem:
            typer.echo(f"  {question.problem}", err=True)
        default = None if question.required else ""
        return typer.prompt(question.prompt, default=default, show_default=False)

    interactive = not no_input and newrecord.stdin_is_terminal()
    try:
        created = newrecord.create(
            root,
            kind,
            given,
            today=the_day,
            config=effective,
            fiscal_year=year,
            ask=ask if interactive else None,
        )
    except newrecord.InvalidRecord as refused:
        for diagnostic in refused.diagnostics:
            print(text_line(diagnostic), file=sys.stderr)
        print(f"lgotp: {refused}", file=sys.stderr)
        if interactive:  # the answers typed are not lost: they make the next command
            import shlex

            again = [f"{key}={value}" for key, value in refused.answers.items() if key != "id"]
            line = " ".join(shlex.quote(part) for item in again for part in ("--set", item))
            print(f"lgotp: to try again: lgotp new {kind} {line}", file=sys.stderr)
        raise typer.Exit(1) from None
    except newrecord.NewRecordError as error:
        raise UserError(str(error)) from None
    for diagnostic in created.diagnostics:
        print(text_line(diagnostic), file=sys.stderr)
    typer.echo(display_path(created.path))


@app.command()
def diff(
    ctx: typer.Context,
    base: Annotated[
        str | None,
        typer.Argument(
            help="Base revision (default: the merge base with the default branch).",
            show_default=False,
        ),
    ] = None,
    head: Annotated[
        str | None,
        typer.Argument(help="Head revision (default: the work tree).", show_default=False),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="text, md (a pull-request comment) or json.")
    ] = "text",
    output: OutputOption = None,
    fail_on_new_errors: Annotated[
        bool, typer.Option("--fail-on-new-errors", help="Exit 1 when the change adds errors.")
    ] = False,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    today: TodayOption = None,
    lang: LangOption = None,
) -> None:
    """What a change does to the records: records added, removed and changed field by field,
    the lengths and allocation tax that follow, and the problems it adds or clears. Reads git
    revisions with git's plumbing; nothing is checked out.

    Example: lgotp diff origin/main -f md > comment.md
    """
    options = _options(ctx, records=records, today=today, lang=lang)
    if output_format not in ("text", "md", "json"):
        raise UserError(f"--format must be text, md or json, not '{output_format}'.")
    root = _records_root(options)
    plan = _plan(root, "md", output, templates)
    from lgotp_cli.diff import run_diff
    from lgotp_cli.diff.git import GitError
    from lgotp_cli.output import diff as diff_output
    from lgotp_cli.output.report import deliver

    try:
        result = run_diff(root, base, head, today=_today(options), lang=options.lang)
    except GitError as error:
        raise UserError(str(error).rstrip(".") + ".") from None
    if output_format == "md":
        text = diff_output.to_markdown(result, options.lang, plan.search)
    elif output_format == "json":
        text = diff_output.to_json_text(result, options.lang)
    else:
        text = diff_output.to_text(result, options.lang)
    deliver(plan, text)
    if fail_on_new_errors and result.new_errors:
        raise typer.Exit(1)


@app.command("return")
def make_return(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="reimbursement, survey, list or countries.")],
    fiscal_year: Annotated[
        str | None,
        typer.Option(
            "--fiscal-year",
            "-y",
            help="The fiscal year (default: the latest with records).",
            show_default=False,
        ),
    ] = None,
    host: Annotated[
        str | None,
        typer.Option("--host", help="The host's code (reimbursement).", show_default=False),
    ] = None,
    start: FromOption = None,
    end: ToOption = None,
    output: OutputOption = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
    templates: TemplatesOption = None,
    max_rows: Annotated[
        int,
        typer.Option("--max-rows", help="The most rows the return may have (at most 1,048,576)."),
    ] = WORKBOOK_LIMITS.rows,
    max_columns: Annotated[
        int,
        typer.Option(
            "--max-columns", help="The most columns the return may have (at most 16,384)."
        ),
    ] = WORKBOOK_LIMITS.columns,
    max_cells: Annotated[
        int, typer.Option("--max-cells", help="The most cells, all sheets together.")
    ] = WORKBOOK_LIMITS.cells,
    records: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """An Excel return from a workbook template (Japanese unless --lang en): reimbursement (one
    host's costs and allocation tax for a year), survey (the hosts' Forms 1–3), list, countries.
    A records repository restyles a return by putting its own copy of the template in
    records/templates/ (e.g. records/templates/returns/reimbursement.xlsx).

    Example: lgotp return reimbursement --host 232025 --fiscal-year 2024 -o okazaki-2024.xlsx
    """
    options = _options(ctx, default_lang="ja", records=records, lang=lang)
    from lgotp_cli.reports.returns import RETURNS

    if name not in RETURNS:
        raise UserError(f"there is no return '{name}'; the returns are {', '.join(RETURNS)}.")
    year = _year(fiscal_year, "--fiscal-year")
    first, last = _year(start, "--from"), _year(end, "--to")
    if host is not None and name != "reimbursement":
        raise UserError(
            f"--host is for the reimbursement return; the {name} return holds every host."
        )
    if (start is not None or end is not None) and name != "countries":
        raise UserError(
            f"--from and --to are for the countries return; give the {name} return --fiscal-year."
        )
    if fiscal_year is not None and name == "countries":
        raise UserError(
            "the countries return spans years: give --from and --to, not --fiscal-year."
        )
    if name == "reimbursement" and host is None:
        raise UserError(
            "the reimbursement return is one host's: give --host CODE (and --fiscal-year)."
        )
    if host is not None:
        from lgotp_cli.reference.codes import CODE_PATTERN, has_valid_check_digit

        if not CODE_PATTERN.fullmatch(host) or not has_valid_check_digit(host):
            from lgotp_cli.reference.codes import describe_code_problem

            raise UserError(f"--host: {describe_code_problem(host)}.")
    root = _records_root(options)
    from lgotp_cli.output.returns import make

    written = make(
        name,
        root=root,
        options_lang=options.lang,
        fiscal_year=year,
        host=host,
        start=first,
        end=last,
        output=output,
        force=force,
        templates=templates,
        read=lambda: _report_records(root, options),
        config=lambda: _config(root),
        limits=WorkbookLimits(rows=max_rows, columns=max_columns, cells=max_cells),
    )
    print(f"wrote {written}")


stats_app = typer.Typer(
    help="Acceptance results: by country, by host, by field, a column per fiscal year.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(stats_app, name="stats")


def _stats(ctx, which: str, start, end, output_format, output, templates, records, lang) -> None:
    options = _options(ctx, records=records, lang=lang)
    first, last = _year(start, "--from"), _year(end, "--to")
    from lgotp_cli.reports import stats
    from lgotp_cli.reports.listing import ReportError

    if first is not None and last is not None and first > last:
        raise UserError(f"--from {first} is after --to {last}; give the earlier year first.")
    root = _records_root(options)
    plan = _plan(root, output_format, output, templates)
    try:
        found = _report_records(root, options)
        table = getattr(stats, which)(found, start=first, end=last, lang=options.lang)
    except ReportError as error:
        raise UserError(str(error)) from None
    _write(table, plan, options)


@stats_app.command("countries")
def stats_countries(
    ctx: typer.Context,
    start: FromOption = None,
    end: ToOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """Trainees by country and fiscal year, totals both ways (受入実績【国別】).

    Example: lgotp stats countries --from 1996 --to 2024 --lang ja -o countries.html
    """
    _stats(ctx, "countries", start, end, output_format, output, templates, records, lang)


@stats_app.command("hosts")
def stats_hosts(
    ctx: typer.Context,
    start: FromOption = None,
    end: ToOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """Trainees by host type and host and fiscal year, with totals.

    Example: lgotp stats hosts --from 2019 -f md
    """
    _stats(ctx, "hosts", start, end, output_format, output, templates, records, lang)


@stats_app.command("fields")
def stats_fields(
    ctx: typer.Context,
    start: FromOption = None,
    end: ToOption = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    lang: LangOption = None,
) -> None:
    """Trainees by field and fiscal year, with totals.

    Example: lgotp stats fields -f csv -o fields.csv
    """
    _stats(ctx, "fields", start, end, output_format, output, templates, records, lang)


@app.command()
def due(
    ctx: typer.Context,
    within: Annotated[
        str, typer.Option("--within", "-w", help="Days after today to look ahead (0 or more).")
    ] = "30",
    fail_on_overdue: Annotated[
        bool,
        typer.Option("--fail-on-overdue", help="Exit 1 when anything is overdue (for CI)."),
    ] = False,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="table, csv, md, html, xlsx, json or ics (else from -o).",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    today: TodayOption = None,
    lang: LangOption = None,
) -> None:
    """What falls due from today to --within days on: calendar deadlines, arrivals, departures,
    phase starts, returns and dispatch reports; overdue reports first, whatever their date.
    --format ics writes an iCalendar file whose event UIDs stay the same from run to run, so
    that Outlook or Google Calendar updates its events instead of duplicating them.

    Example: lgotp due --within 60 --fail-on-overdue -o due.ics
    """
    options = _options(ctx, records=records, today=today, lang=lang)
    text = within.strip()
    if not text.isascii() or not text.isdigit():
        raise UserError(f"--within must be a whole number of days, 0 or more, not '{within}'.")
    days = int(text)
    the_day = _today(options)
    from lgotp_cli.reports.due import due_items, due_table

    root = _records_root(options)
    plan = _plan(root, output_format, output, templates, extra=("ics",))
    effective = _config(root)
    items = due_items(_report_records(root, options), effective, the_day, days, options.lang)
    if plan.fmt == "ics":
        from lgotp_cli.output.report import deliver
        from lgotp_cli.render.to_ics import to_ics

        name = "LGOTP 期限一覧" if options.lang == "ja" else "LGOTP: what falls due"
        deliver(plan, to_ics(items, calendar_name=name, today=the_day, lang=options.lang))
    else:
        _write(due_table(items, options.lang, today=the_day, within=days), plan, options)
    if fail_on_overdue and any(item.overdue for item in items):
        raise typer.Exit(1)


@app.command()
def site(
    ctx: typer.Context,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The folder to write the site to.")
    ],
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            help="The site's title (default: LGOTP records / LGOTP 記録).",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Write into a folder that holds other files (they are kept)."),
    ] = False,
    public: Annotated[
        bool,
        typer.Option(
            "--public",
            help="Leave out what is not for publication (notes, withdrawal reasons, contact "
            "details), as `list --public` does: for a site anyone can read.",
        ),
    ] = False,
    templates: TemplatesOption = None,
    records: RecordsOption = None,
    today: TodayOption = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", help="Language of the top index.html: en or ja.", show_default=False
        ),
    ] = None,
) -> None:
    """The records as a static web site to publish (GitHub or GitLab Pages) and open in a
    browser: a home page with the validation summary, every problem, what falls due and the
    year at a glance; the annual list, costs and Gantt chart of each fiscal year; acceptance
    by country, field and host; a page per record (fields, timeline, problems, report with
    photographs). Every page in Japanese (ja/) and English (en/); index.html is the --lang
    home. Plain HTML, inline SVG and one stylesheet: no JavaScript, nothing fetched. Records
    with errors still get their pages. Exit 0 once the site is written, whatever the records'
    problems (validate fails the build).

    Example: lgotp site -o public --lang ja --title "LGOTP 記録（クレア）"
    """
    options = _options(ctx, records=records, today=today, lang=lang)
    the_day = _today(options)
    root = _records_root(options)
    from lgotp_cli.output.report import template_search
    from lgotp_cli.output.site import site_progress, summary
    from lgotp_cli.site.build import build_site
    from lgotp_cli.site.output import check_output

    search = template_search(templates, root)
    check_output(output, root, force=force)
    effective = _config(root)
    with site_progress(enabled=not options.quiet) as progress:
        built = build_site(
            root,
            output,
            config=effective,
            today=the_day,
            lang=options.lang,
            title=title,
            public=public,
            search=search,
            force=force,
            progress=progress,
        )
    if not options.quiet:
        print(summary(built, output))


# Outputs are written to a temporary file and renamed: an interruption leaves the old file whole.
_INTERRUPTED = "lgotp: interrupted; nothing was left half written."


def main() -> None:
    """Entry point of the console script: user errors exit 2, internal errors exit 3."""
    try:
        app()
    except SystemExit as done:
        if done.code == 130:  # Typer turns Ctrl-C into exit 130 without a word
            print(_INTERRUPTED, file=sys.stderr)
        _exit_now(done.code)
    except UserError as error:
        print(f"lgotp: {error}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print(_INTERRUPTED, file=sys.stderr)
        sys.exit(130)
    except Exception:
        from lgotp_cli.workspace import write_crash_report

        where = write_crash_report()
        print(
            f"lgotp: internal error (a bug in lgotp, not in your records); the full trace is in "
            f"{where}. Please report it with that file.",
            file=sys.stderr,
        )
        sys.exit(3)


def _exit_now(code) -> None:
    """Exit without tearing the interpreter down: freeing every record object one by one only
    costs time (a tenth of `validate` on 10,000 files), and nothing is left to write once the
    output streams are flushed."""
    status = code if isinstance(code, int) else (0 if code is None else 1)
    if not isinstance(code, int | None):
        print(code, file=sys.stderr)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader went away (`lgotp validate | head`)
        pass
    os._exit(status)
