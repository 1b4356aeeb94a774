"""Running `lgotp` on the report fixture, as a user would: a subprocess, no LGOTP_* variables,
no colour, a fixed today."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "fixtures" / "reports"
FIXTURE_ARG = "tests/fixtures/reports"  # as a user in the checkout would type it
TODAY = "2025-06-01"
BROKEN = Path("trainees") / "2024" / "LGOTP-2024-006.yaml"  # arrival 2024-13-01: unreadable
LEFT_OUT_ONE = (
    "lgotp: left out 1 record or file that cannot be read (syntax or schema errors); "
    "run `lgotp validate` to see why."
)

# The hostile text the fixture puts where people read.
HYPERLINK = '=HYPERLINK("http://evil.example","x")'
SCRIPT_NOTE = '<script>alert(1)</script> & "quotes" | pipe'
FAMILY = "-2+3"
GIVEN = "@SUM(A1)"


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str  # decoded as UTF-8, line ends untouched (CSV keeps its CRLF)
    stderr: str

    @property
    def stderr_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def lgotp(*args: str, records: str | Path = FIXTURE_ARG, cwd: Path = REPO) -> Run:
    """``python -m lgotp_cli --records RECORDS --today 2025-06-01 ARGS``."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LGOTP_")}
    environment.update({"NO_COLOR": "1", "PYTHONUTF8": "1", "COLUMNS": "120"})
    result = subprocess.run(
        [sys.executable, "-m", "lgotp_cli", "--records", str(records), "--today", TODAY, *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        timeout=120,
    )
    return Run(
        result.returncode,
        result.stdout.decode("utf-8"),
        result.stderr.decode("utf-8", errors="replace"),
    )


def copy_fixture(target: Path, *, broken: bool = True) -> Path:
    """A copy of the fixture repository at ``target`` (without the unreadable record unless
    ``broken``)."""
    shutil.copytree(FIXTURE, target)
    if not broken:
        (target / BROKEN).unlink()
    return target


def assert_usage_error(run: Run, *words: str) -> str:
    """Exit 2, exactly one line on stderr (``lgotp: …``, one sentence), no traceback, nothing on
    stdout; the line mentions every one of ``words``. Returns the line."""
    assert run.returncode == 2, (run.returncode, run.stdout, run.stderr)
    assert "Traceback" not in run.stderr, run.stderr
    lines = run.stderr_lines
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith("lgotp: "), line
    assert line.rstrip().endswith((".", ".)")), line
    for word in words:
        assert word in line, (word, line)
    assert run.stdout == "", run.stdout
    return line
