"""Printing what ``validate`` found: text (coloured on a terminal), JSON, GitHub, JUnit."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from lgotp_cli.diagnostics import (
    Diagnostic,
    Severity,
    Summary,
    github_line,
    one_line,
    summary_line,
    text_line,
    to_json,
    to_junit,
)
from lgotp_cli.errors import ConfigError, UserError
from lgotp_cli.i18n import error_words, note_words
from lgotp_cli.i18n.messages.files import CONFIG_STOPS
from lgotp_cli.i18n.spoken import Listed
from lgotp_cli.i18n.text import Words
from lgotp_cli.output.terminal import use_colour
from lgotp_cli.rules.engine import Validation
from lgotp_cli.rules.registry import suggest, unknown_selectors


def check_selectors(selectors: list[str], option: str) -> None:
    """Refuse selectors that name no rule, with the closest codes."""
    unknown = unknown_selectors(selectors)
    if unknown:
        close = suggest(unknown[0])
        hint = (
            error_words.DID_YOU_MEAN.of(choices=Listed.of(close))
            if close
            else error_words.SEE_RULES.of()
        )
        raise UserError(error_words.NOT_A_RULE.of(option=option, code=unknown[0], hint=hint))


def _interactive() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


@contextlib.contextmanager
def progress_reporter(enabled: bool, lang: str = "en") -> Iterator[Callable[[Path], None] | None]:
    """A progress bar on a terminal for long runs, its words in ``lang``; nothing when piped
    or in CI."""
    if not (enabled and _interactive()):
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), transient=True) as bar:
        task = bar.add_task(note_words.READING_RECORDS(lang), total=None)

        def show(text: str) -> None:
            bar.update(task, description=text)

        yield file_counter(show, note_words.READING_FILES, lang)


def file_counter(
    show: Callable[[str], None],
    description: Words | str = note_words.READING_FILES,
    lang: str = "en",
) -> Callable[[Path], None]:
    """A progress bar's on_file callback: every 200 files read, ``show`` is given
    ``description`` with how many so far: a ``Words`` in ``lang`` (``{count}``), or text
    whose one ``{}`` takes the count."""
    if isinstance(description, str):
        said = description.format
    else:

        def said(count: int) -> str:
            return description(lang, count=count)

    count = 0

    def on_file(path: Path) -> None:
        nonlocal count
        count += 1
        if count % 200 == 0:
            show(said(count))

    return on_file


_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _shown(result: Validation, strict: bool, quiet: bool, verbose: bool) -> list[Diagnostic]:
    shown = []
    for diagnostic in result.diagnostics:
        if diagnostic.severity is Severity.INFO and not verbose:
            continue
        if (
            quiet
            and diagnostic.severity is not Severity.ERROR
            and not (strict and diagnostic.severity is Severity.WARNING)
        ):
            continue
        shown.append(diagnostic)
    return shown


def exit_code(result: Validation, strict: bool) -> int:
    """1 for errors, or warnings under --strict; else 0."""
    errors = result.count(Severity.ERROR)
    warnings = result.count(Severity.WARNING)
    return 1 if errors or (strict and warnings) else 0


def write_validation(
    result: Validation,
    output_format: str,
    *,
    strict: bool,
    quiet: bool,
    verbose: bool,
    lang: str = "en",
) -> int:
    """Print ``result`` in ``output_format`` to standard output, its words in ``lang``;
    return the exit code."""
    summary = Summary.of(result.diagnostics, result.records, result.files)
    out = sys.stdout
    if output_format == "json":
        out.write(to_json(result.diagnostics, summary) + "\n")
    elif output_format == "github":
        for diagnostic in _shown(result, strict, quiet, verbose):
            out.write(github_line(diagnostic, lang) + "\n")
        if not quiet:
            out.write(summary_line(summary, lang) + "\n")
    elif output_format == "junit":
        failing = [
            d
            for d in result.diagnostics
            if d.severity is Severity.ERROR or (strict and d.severity is Severity.WARNING)
        ]
        out.write(to_junit(failing, summary, result.paths, lang) + "\n")
    else:
        _write_text(result, summary, lang, strict=strict, quiet=quiet, verbose=verbose)
    return exit_code(result, strict)


def _write_text(result: Validation, summary: Summary, lang: str, *, strict, quiet, verbose) -> None:
    shown = _shown(result, strict, quiet, verbose)
    if use_colour():
        from rich.console import Console
        from rich.text import Text

        console = Console(highlight=False, soft_wrap=True)
        for diagnostic in shown:
            text = text_line(diagnostic)
            line = Text(text)
            head = len(text) - len(one_line(diagnostic.message))
            line.stylize(_STYLE[diagnostic.severity], 0, head)
            console.print(line)
        if not quiet:
            style = "bold red" if summary.errors else ("yellow" if summary.warnings else "green")
            console.print(Text(summary_line(summary, lang), style=style))
        return
    for diagnostic in shown:
        sys.stdout.write(text_line(diagnostic) + "\n")
    if not quiet:
        sys.stdout.write(summary_line(summary, lang) + "\n")


def config_error_output(error: ConfigError, output_format: str, lang: str = "en") -> None:
    """Report an invalid lgotp.yaml as L007 diagnostics in the chosen format and language
    (then exit 2)."""
    diagnostics = error.diagnostics(lang)
    summary = Summary.of(diagnostics, 0, 0)
    if output_format == "json":
        sys.stdout.write(to_json(diagnostics, summary) + "\n")
    elif output_format == "github":
        for diagnostic in diagnostics:
            sys.stdout.write(github_line(diagnostic, lang) + "\n")
    elif output_format == "junit":
        files = [d.file for d in diagnostics]
        sys.stdout.write(to_junit(diagnostics, summary, files, lang) + "\n")
    else:
        for diagnostic in diagnostics:
            sys.stdout.write(text_line(diagnostic) + "\n")
    sys.stderr.write(CONFIG_STOPS(lang) + "\n")
