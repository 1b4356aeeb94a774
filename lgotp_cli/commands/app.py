"""The Typer app: the global options, every command registered by name, and ``main()``, which
turns the errors lgotp expects into one sentence and an exit code.

Start-up is a feature: this module and the command modules import only typer and the
standard library at the top; each command imports the library it needs when it runs, so
`lgotp --help` stays fast and `lgotp validate` never loads pandas, openpyxl or jinja2.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer
import typer.main

from lgotp_cli import __version__
from lgotp_cli.commands import (
    config,
    costs,
    diff,
    due,
    export,
    import_,
    init,
    list_,
    new,
    return_,
    rules,
    schema,
    site,
    stats,
    timeline,
    validate,
)
from lgotp_cli.commands.context import Options
from lgotp_cli.commands.options import (
    Lang,
    QuietOption,
    RecordsOption,
    TodayOption,
    VerboseOption,
    choice,
)
from lgotp_cli.errors import LgotpError
from lgotp_cli.language import is_japanese

app = typer.Typer(
    name="lgotp",
    help=(
        "Keep the records of CLAIR's LGOTP and specialist dispatch programmes in git, and check "
        "them.\n\nColour only on a terminal, never with NO_COLOR set.\n\n"
        "Example: lgotp --records records validate"
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    # Plain help: typer's rich help imports rich and markdown-it, tripling start-up time.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"lgotp {__version__}")
        raise typer.Exit()


@app.callback()
def global_options(
    ctx: typer.Context,
    records: RecordsOption = None,
    today: TodayOption = None,
    lang: choice(
        Lang, "--lang", help_text="Output language: en or ja (default en; returns: ja)."
    ) = None,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Options that apply to every command."""
    ctx.obj = Options(records, today, lang, quiet, verbose)
    if lang is not None:  # before the command parses its own: its usage errors are said in it
        from lgotp_cli.language import choose_language

        choose_language(str(lang))


# Every command by its name, in the order `lgotp --help` lists them (the stats group last).
COMMANDS = {
    "init": init.init,
    "validate": validate.validate,
    "rules": rules.rules,
    "config": config.show_config,
    "list": list_.list_records,
    "costs": costs.costs,
    "timeline": timeline.timeline,
    "export": export.export_records,
    "import": import_.import_records,
    "schema": schema.schema,
    "new": new.new,
    "diff": diff.diff,
    "return": return_.make_return,
    "due": due.due,
    "site": site.site,
}
for _name, _command in COMMANDS.items():
    app.command(_name)(_command)
app.add_typer(stats.stats_app, name="stats")


def _help_language() -> str:
    """The language of `lgotp --help`, known before any command runs: ``--lang`` on the command
    line, else ``$LGOTP_LANG``, else the locale (an unknown value is English here: the command
    itself refuses it)."""
    from lgotp_cli.language import current_language

    arguments = sys.argv[1:]
    for index, argument in enumerate(arguments):
        if argument == "--lang" and index + 1 < len(arguments):
            return arguments[index + 1]
        if argument.startswith("--lang="):
            return argument.split("=", 1)[1]
    try:
        return current_language()
    except LgotpError:
        return "en"


def command_in(lang: str):
    """The app's click command, built afresh (as ``app()`` builds it), its help in ``lang``:
    Japanese from the catalogue (``commands.japanese_help``), English as Typer writes it
    (loading no part of the catalogue). The app itself is never changed, so that it is the
    same English whatever ran before in the process (the docs, the tests)."""
    command = typer.main.get_command(app)
    if is_japanese(lang):
        from lgotp_cli.commands.japanese_help import speak_japanese

        speak_japanese(command)
    return command


def command_for_this_run():
    """The click command this run parses, its help in the language the run asks for."""
    return command_in(_help_language())


try:  # Typer's own refusals (usage errors): Typer has carried its own copy of click since 0.16
    from typer._click.exceptions import ClickException
except ImportError:  # an older Typer, on click itself
    from click.exceptions import ClickException


def _say(name: str, *, prefix: str = "lgotp: ", **values) -> None:
    """One line on standard error, ``lgotp: …``, in the language the command chose: the
    ``note_words`` template ``name`` (imported only now: `lgotp --version` loads no
    catalogue)."""
    from lgotp_cli.i18n import note_words
    from lgotp_cli.language import current_language

    words = getattr(note_words, name)
    print(f"{prefix}{words(current_language(), **values)}", file=sys.stderr)


def main() -> None:
    """Entry point of the console script: an LgotpError is one sentence and its exit code (2),
    Ctrl-C exits 130, anything else is an internal error (exit 3, the trace in a file).

    Typer runs without its own handling of usage errors (``standalone_mode=False``), so that
    they are shown here in the chosen language; everything else ends as Typer would end it.
    """
    try:
        # The command itself rather than ``app()``: Typer's __call__ adds only its own
        # traceback printing (switched off here: every exception ends in this function).
        code = command_for_this_run()(standalone_mode=False)
    except SystemExit as done:
        if done.code == 130:  # Ctrl-C, as Typer ends it
            # Outputs are written to a temporary file and renamed: an interruption leaves the
            # old file whole.
            _say("INTERRUPTED")
        _exit_now(done.code)
    except ClickException as error:
        from lgotp_cli.language import current_language
        from lgotp_cli.output.usage import show_usage_error

        # Its usage line is in the help's language (``--lang ja`` where the command takes no
        # --lang still asked for Japanese): the rest is said in it too.
        japanese = is_japanese(_help_language())
        show_usage_error(error, "ja" if japanese else current_language())
        _exit_now(error.exit_code)
    except typer.Abort:  # end of input at a question
        _say("ABORTED", prefix="")  # as Typer says it: no "lgotp: "
        _exit_now(1)
    except LgotpError as error:
        error.report()
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        _say("INTERRUPTED")
        sys.exit(130)
    except Exception:
        from lgotp_cli.workspace import write_crash_report

        _say("INTERNAL_ERROR", where=write_crash_report())
        sys.exit(3)
    else:
        # Without standalone mode Typer returns the exit code (typer.Exit) or the command's
        # own return value (None).
        if code == 130:
            _say("INTERRUPTED")
        _exit_now(code if isinstance(code, int) else 0)


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
