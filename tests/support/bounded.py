"""Running lgotp on a hostile records repository within stated bounds: a wall-clock timeout, an
address-space limit (RLIMIT_AS, so that a runaway cannot take the machine down), and the
process's peak resident memory as the kernel counted it (``wait4``), for the test to assert on.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from support.run import Run, environment

MIB = 1024 * 1024
TODAY = "2025-06-01"


@dataclass(frozen=True)
class BoundedRun(Run):
    peak_mib: float = 0.0
    timed_out: bool = False


def run_bounded(
    arguments: list[str],
    *,
    cwd: Path,
    seconds: float = 60,
    address_space_mib: int = 2048,
    extra: dict[str, str] | None = None,
) -> BoundedRun:
    """``python -m lgotp_cli --today 2025-06-01 ARGUMENTS`` in ``cwd`` (no LGOTP_* variables,
    no colour), killed after ``seconds``, with at most ``address_space_mib`` of address space."""
    env = environment(extra)
    limit = address_space_mib * MIB

    def bound() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "lgotp_cli", "--today", TODAY, *arguments],
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=err,
            preexec_fn=bound,
        )
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            os.kill(process.pid, signal.SIGKILL)

        timer = threading.Timer(seconds, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)  # Popen must not wait again
        out.seek(0)
        err.seek(0)
        return BoundedRun(
            process.returncode,
            out.read().decode("utf-8", errors="replace"),
            err.read().decode("utf-8", errors="replace"),
            peak_mib=usage.ru_maxrss / 1024,
            timed_out=killed.is_set(),
        )


def assert_one_sentence(run: BoundedRun, *words: str, code: int = 2) -> str:
    """Not killed, exit ``code``, no traceback, and standard error ends in one line
    (``lgotp: …``, one sentence) that mentions each of ``words``; returns the line."""
    assert not run.timed_out, f"killed after the timeout: {run.stderr[-500:]}"
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    assert run.returncode == code, (run.returncode, run.stdout[-500:], run.stderr[-2000:])
    lines = run.stderr_lines
    assert lines, run.stderr
    line = lines[-1]
    assert line.startswith("lgotp: ") and line.rstrip().endswith("."), line
    assert line.count(". ") == 0, line  # one sentence
    for word in words:
        assert word in line, (word, line)
    return line
