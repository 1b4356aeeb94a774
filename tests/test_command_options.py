"""The options the report commands share (``@report_command``): every report command lists
them in --help, after its own, and hands them to the command as one Report."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import pytest
import typer
from typer.testing import CliRunner

from lgotp_cli.commands.app import app
from lgotp_cli.commands.options import TodayOption, flag
from lgotp_cli.commands.report import Report, report_command
from lgotp_cli.output.validation import file_counter

SHARED = ["--format", "--output", "--templates", "--records", "--lang"]
WITH_TODAY = ["--format", "--output", "--templates", "--records", "--today", "--lang"]

# Each report command: the options its --help lists, in order (--help itself left out).
REPORT_COMMANDS = {
    ("list",): ["--fiscal-year", "--kind", "--public", "--sort", *SHARED],
    ("costs",): ["--fiscal-year", "--host", "--kind", *SHARED],
    ("stats", "countries"): ["--from", "--to", *SHARED],
    ("stats", "hosts"): ["--from", "--to", *SHARED],
    ("stats", "fields"): ["--from", "--to", *SHARED],
    ("timeline",): ["--fiscal-year", *WITH_TODAY],
    ("due",): ["--within", "--fail-on-overdue", *WITH_TODAY],
    ("diff",): [
        "--format",
        "--output",
        "--fail-on-new-errors",
        "--templates",
        "--records",
        "--today",
        "--lang",
    ],
    ("return",): [
        "--fiscal-year",
        "--host",
        "--from",
        "--to",
        "--output",
        "--force",
        "--max-rows",
        "--max-columns",
        "--max-cells",
        "--templates",
        "--records",
        "--lang",
    ],
    ("site",): ["--output", "--title", "--force", "--public", *WITH_TODAY[2:]],
}


def help_options(*command: str) -> list[str]:
    """The long option names of a command's --help, in the order it lists them."""
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    options = result.output.split("\nOptions:\n", 1)[1]
    names = re.findall(r"^  (?:-\w, )?(--[\w-]+)", options, flags=re.MULTILINE)
    return [name for name in names if name != "--help"]


@pytest.mark.parametrize("command", REPORT_COMMANDS, ids=" ".join)
def test_every_report_command_takes_the_shared_options_after_its_own(command):
    assert help_options(*command) == REPORT_COMMANDS[command]


def test_the_decorator_hands_the_command_one_report_and_its_own_options(tmp_path):
    seen = {}

    @report_command(today=TodayOption)
    def sample(
        report: Report,
        name: Annotated[str, typer.Argument(help="A name.")],
        loud: flag("--loud", help_text="Shout.") = False,
    ) -> None:
        """A sample report."""
        seen.update(report=report, name=name, loud=loud)

    sample_app = typer.Typer()
    sample_app.command("sample")(sample)
    sample_app.command("other")(lambda: None)
    args = ["sample", "x", "--loud", "-f", "csv", "-o", str(tmp_path / "a.csv"), "--lang", "ja"]
    result = CliRunner().invoke(sample_app, [*args, "--today", "2025-04-01"])
    assert result.exit_code == 0, result.output
    report = seen["report"]
    assert (seen["name"], seen["loud"]) == ("x", True)
    assert (report.output_format, report.output, report.templates) == (
        "csv",
        tmp_path / "a.csv",
        None,
    )
    assert (report.lang, report.options.today) == ("ja", "2025-04-01")
    assert isinstance(report.lang, str)

    help_text = CliRunner().invoke(sample_app, ["sample", "--help"]).output
    assert "A sample report." in help_text
    assert "--today" in help_text and "--templates" in help_text


def test_a_command_without_an_option_leaves_it_out():
    options = help_options("return")
    assert "--format" not in options and "--today" not in options
    assert "--format" not in help_options("site")


def test_file_counter_says_how_many_every_200_files():
    shown = []
    on_file = file_counter(shown.append, "Reading records… {:,} files")
    for _ in range(1200):
        on_file(Path("a.yaml"))
    assert shown == [f"Reading records… {n:,} files" for n in range(200, 1201, 200)]
    shown.clear()
    on_file = file_counter(shown.append)
    for _ in range(1000):
        on_file(Path("a.yaml"))
    assert shown[-1] == "Reading records… 1000 files"
