"""`lgotp diff`: what a change does to the records."""

from __future__ import annotations

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import (
    DiffFormat,
    OutputOption,
    TodayOption,
    argument,
    choice,
    flag,
)
from lgotp_cli.commands.report import Report, report_command
from lgotp_cli.errors import UserError


@report_command(today=TodayOption)
def diff(
    report: Report,
    base: argument(str, "Base revision (default: the merge base with the default branch).") = None,
    head: argument(str, "Head revision (default: the work tree).") = None,
    # Declared here to come before --fail-on-new-errors in --help.
    output_format: choice(
        DiffFormat,
        "--format",
        "-f",
        help_text="text, md (a pull-request comment) or json.",
        required=True,
    ) = DiffFormat.text,
    output: OutputOption = None,
    fail_on_new_errors: flag(
        "--fail-on-new-errors", help_text="Exit 1 when the change adds errors."
    ) = False,
) -> None:
    """What a change does to the records: records added, removed and changed field by field,
    the lengths and allocation tax that follow, and the problems it adds or clears. Reads git
    revisions with git's plumbing; nothing is checked out.

    Example: lgotp diff origin/main -f md > comment.md
    """
    root = report.root
    # Whatever the format, the file's checks are a report's (no byte-order mark: "md").
    plan = context.plan(root, "md", output, report.templates)
    from lgotp_cli.diff import run_diff
    from lgotp_cli.diff.git import GitError
    from lgotp_cli.output import diff as diff_output
    from lgotp_cli.output.report import deliver

    try:
        result = run_diff(root, base, head, today=report.today(), lang=report.lang)
    except GitError as error:
        told = error.message  # git's own words (a str) end without a full stop
        raise UserError(told.rstrip(".") + "." if isinstance(told, str) else told) from None
    if output_format == "md":
        text = diff_output.to_markdown(result, report.lang, plan.search)
    elif output_format == "json":
        text = diff_output.to_json_text(result, report.lang)
    else:
        text = diff_output.to_text(result, report.lang)
    deliver(plan, text)
    if fail_on_new_errors and result.new_errors:
        raise typer.Exit(1)
