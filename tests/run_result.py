"""What a run of the ``lgotp`` command gave, for the tests that run it as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str

    @property
    def stderr_lines(self) -> list[str]:
        """Standard error's lines that are not blank."""
        return [line for line in self.stderr.splitlines() if line.strip()]


def run_lgotp(
    arguments: list[str], *, cwd: Path, timeout: float = 120, columns: bool = True
) -> Run:
    """``python -m lgotp_cli ARGUMENTS`` in ``cwd`` with no LGOTP_* variables, no colour and
    UTF-8 (and, with ``columns``, a terminal 120 wide for help text); output decoded."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LGOTP_")}
    environment.update({"NO_COLOR": "1", "PYTHONUTF8": "1"})
    if columns:
        environment["COLUMNS"] = "120"
    result = subprocess.run(
        [sys.executable, "-m", "lgotp_cli", *arguments],
        cwd=cwd,
        env=environment,
        capture_output=True,
        timeout=timeout,
    )
    return Run(
        result.returncode,
        result.stdout.decode("utf-8", errors="replace"),
        result.stderr.decode("utf-8", errors="replace"),
    )
