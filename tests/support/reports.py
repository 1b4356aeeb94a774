"""The report fixture (tests/fixtures/reports), `lgotp` run on it as a user would (a subprocess,
a fixed today), and the same reports built and rendered in-process, as the command does."""

from __future__ import annotations

import contextvars
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from support.golden import assert_golden_page
from support.paths import REPO, TESTS
from support.records import TRAINEE_COST_ITEMS
from support.run import Run, run_lgotp

FIXTURE = TESTS / "fixtures" / "reports"
FIXTURE_ARG = "tests/fixtures/reports"  # as a user in the checkout would type it
TODAY = "2025-06-01"
BROKEN = Path("trainees") / "2024" / "LGOTP-2024-006.yaml"  # arrival 2024-13-01: unreadable
LEFT_OUT_ONE = (
    "lgotp: left out 1 record or file that cannot be read (syntax or schema errors); "
    "run `lgotp validate` to see why."
)
LEFT_OUT_ONE_JA = (
    "lgotp: 読み込めない記録またはファイル 1 件（構文またはスキーマのエラー）を除きました。"
    "原因は `lgotp validate` で確認してください。"
)


def left_out_one(lang: str) -> str:
    """The note on standard error for the fixture's one unreadable record, in ``lang``."""
    return LEFT_OUT_ONE_JA if lang == "ja" else LEFT_OUT_ONE


# The ids of a `lgotp costs` JSON row, as the contract gives them.
COSTS_IDS = (
    "fiscal_year",
    "host_code",
    "host_name",
    "host_type",
    "trainees",
    *TRAINEE_COST_ITEMS,
    "costs_total",
    "tax_kind",
    "allocation_tax",
    "net_burden",
    "rates_year",
)

# The hostile text the fixture puts where people read.
HYPERLINK = '=HYPERLINK("http://evil.example","x")'
SCRIPT_NOTE = '<script>alert(1)</script> & "quotes" | pipe'
FAMILY = "-2+3"
GIVEN = "@SUM(A1)"


def lgotp(*args: str, records: str | Path = FIXTURE_ARG, cwd: Path = REPO) -> Run:
    """``python -m lgotp_cli --records RECORDS --today 2025-06-01 ARGS``."""
    return run_lgotp(["--records", str(records), "--today", TODAY, *args], cwd=cwd)


def copy_fixture(target: Path, *, broken: bool = True) -> Path:
    """A copy of the fixture repository at ``target`` (without the unreadable record unless
    ``broken``)."""
    shutil.copytree(FIXTURE, target)
    if not broken:
        (target / BROKEN).unlink()
    return target


@dataclass(frozen=True)
class Rendered:
    """A report rendered in-process: what the command would print on standard output, and the
    lines it would write to standard error (``lgotp: left out …``)."""

    stdout: str
    stderr_lines: list[str]

    def json(self) -> Any:
        return json.loads(self.stdout)


def in_process(root: Path, produce: Callable[[Any, Any], Any]) -> tuple[Any, list[str]]:
    """As the report commands do: read ``root``'s configuration, then its readable records, and
    give both to ``produce(records, config)``; returns its result and the standard-error lines
    the command would print. Run in a context of its own, so that the former host codes the
    configuration declares stay there."""
    from lgotp_cli.config import load_config
    from lgotp_cli.reports.common import read_records

    def work():
        config = load_config(root)
        records = read_records(root)
        note = records.left_out_note()
        return produce(records, config), [f"lgotp: {note}"] if note else []

    return contextvars.copy_context().run(work)


def render_report(root: Path, build: Callable[[Any, Any], Any], fmt: str, lang: str) -> Rendered:
    """The report ``build(records, config)`` (a table or a list of tables) rendered in ``fmt``
    as ``lgotp … -f FMT`` prints it on a pipe: the command's own renderer, the templates it
    would search, no colour."""
    from lgotp_cli.output.report import note_left_out, render, template_search
    from lgotp_cli.reports.table import Table

    def produce(records, config):
        report = note_left_out(build(records, config), records, fmt, lang)
        tables = [report] if isinstance(report, Table) else list(report)
        return render(tables, fmt, lang, template_search(None, root), colour=False)

    text, notes = in_process(root, produce)
    return Rendered(text, notes)


# What every report's web page has around its sections (the head and the stylesheet), kept once.
REPORT_CHROME = TESTS / "reports" / "golden" / "chrome.html"
SECTIONS = ('<section class="report">', "</section>\n")


def assert_golden_report_page(
    document: str, lang: str, sections: Path | str, *, writes_chrome: bool = False
) -> None:
    """A report as a web page (``-f html``): its sections are the golden file ``sections`` (or
    this text, where another golden file gives them), and the rest is the report chrome in
    ``lang``, titled by the first section's heading."""
    title = re.search(r"<h1>(.*?)</h1>", document)
    assert title is not None, "no heading"
    slots = (
        ('<html lang="{lang}">', f'<html lang="{lang}">'),
        ("<title>{title}</title>", f"<title>{title[1]}</title>"),
    )
    part = (sections, *SECTIONS)
    assert_golden_page(
        document, part=part, chrome=REPORT_CHROME, slots=slots, writes_chrome=writes_chrome
    )
