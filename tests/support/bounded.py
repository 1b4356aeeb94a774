"""Running lgotp on a hostile records repository within stated bounds: a wall-clock timeout, an
address-space limit (RLIMIT_AS, so that a runaway cannot take the machine down), and the
process's peak resident memory as the kernel counted it (``wait4``), for the test to assert on.

The process is started by a small launcher (``python -I -S``), not by the test process: Linux
counts in a process's peak the resident memory of the process it was forked from (the memory it
had when it replaced itself with ``exec``), so a process forked from pytest, grown by the tests
before, would be charged pytest's size, and the peak would say more about the tests that ran
before than about lgotp.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from support.run import Run, environment

MIB = 1024 * 1024
TODAY = "2025-06-01"

# Forks and runs ARGV with the limits, kills it past SECONDS, and writes what wait4 gave it
# (exit code, peak resident KiB, killed or not) on descriptor REPORT.
LAUNCHER = """
import os, resource, signal, sys

report, seconds, limit, *argv = sys.argv[1:]
os.set_inheritable(int(report), False)  # lgotp itself need not hold it
pid = os.fork()
if pid == 0:
    resource.setrlimit(resource.RLIMIT_AS, (int(limit), int(limit)))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.execv(argv[0], argv)
killed = []

def kill(*_):
    killed.append(True)
    os.kill(pid, signal.SIGKILL)

signal.signal(signal.SIGALRM, kill)
signal.setitimer(signal.ITIMER_REAL, float(seconds))
_, status, usage = os.wait4(pid, 0)
signal.setitimer(signal.ITIMER_REAL, 0)
code = os.waitstatus_to_exitcode(status)
os.write(int(report), f"{code} {usage.ru_maxrss} {int(bool(killed))}".encode())
"""


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
    command = [sys.executable, "-m", "lgotp_cli", "--today", TODAY, *arguments]
    limit = address_space_mib * MIB
    read_end, write_end = os.pipe()
    try:
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            launched = [str(write_end), str(seconds), str(limit), *command]
            launcher = subprocess.Popen(
                [sys.executable, "-I", "-S", "-c", LAUNCHER, *launched],
                cwd=cwd,
                env=env,
                stdout=out,
                stderr=err,
                pass_fds=[write_end],
            )
            os.close(write_end)
            write_end = -1
            with os.fdopen(read_end, "rb") as reports:
                read_end = -1
                report = reports.read().decode()
            launcher.wait()
            assert launcher.returncode == 0 and report, (launcher.returncode, report)
            returncode, peak_kib, killed = map(int, report.split())
            out.seek(0)
            err.seek(0)
            return BoundedRun(
                returncode,
                out.read().decode("utf-8", errors="replace"),
                err.read().decode("utf-8", errors="replace"),
                peak_mib=peak_kib / 1024,
                timed_out=bool(killed),
            )
    finally:
        for fd in (read_end, write_end):
            if fd >= 0:
                os.close(fd)


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
