"""What the benchmarks share: their common options, the throwaway folder they work in, timing a
command as a fresh process, and the Markdown table they print.

Not a benchmark itself: bench.py, diff_bench.py and site_bench.py import it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

# What one run gave: wall seconds, peak resident MiB, exit code.
Timing = tuple[float, float, int]


def options(doc: str, *, repeat: int, keep: str) -> argparse.ArgumentParser:
    """The options every benchmark takes (--records, --repeat, --keep, with ``keep`` as the
    help of --keep), described by the first line of the script's ``doc``; a script adds its
    own before parsing."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--records", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=repeat)
    parser.add_argument("--keep", type=Path, help=keep)
    return parser


@contextmanager
def work_folder(keep: Path | None, prefix: str) -> Iterator[Path]:
    """The folder to work in: ``keep`` (left in place, so a second run reuses what it holds),
    or a new temporary one, removed at the end."""
    work = keep or Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield work
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


def run(command: list[str]) -> Timing:
    """Wall seconds, peak MiB and exit code of one run of ``command``."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def best(command: list[str], repeat: int, *, before: Callable[[], None] | None = None) -> Timing:
    """The best time and the highest peak of ``repeat`` runs of ``command`` (``before`` called
    before each one), with the last run's exit code."""
    runs = []
    for _ in range(repeat):
        if before is not None:
            before()
        runs.append(run(command))
    return min(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2]


def machine(repeat: int) -> str:
    """What the times were taken on: the Python, the cores this process may use, the runs."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"Python {sys.version.split()[0]} on {cores} cores; best of {repeat}"


def print_table(rows: list[tuple[str, Timing]]) -> None:
    """The timings as a Markdown table, then a blank line."""
    print("| what | seconds | peak MiB | exit |")
    print("| --- | ---: | ---: | ---: |")
    for name, (seconds, mib, code) in rows:
        print(f"| {name} | {seconds:.2f} | {mib:.0f} | {code} |")
    print()
