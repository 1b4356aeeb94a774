"""How lgotp's time and memory grow with the number of records; prints a Markdown table.

    python bench/scale.py [--sizes 1000,10000,100000] [--work DIR] [--limit-mib 1430]

For each size, bench/generate.py writes that many records (one file each: 80% trainees, 15%
dispatches, 5% host requests), then `lgotp validate` and every report run on them as fresh
processes, one at a time: `list`, `stats countries`, `stats hosts`, `stats fields`, `costs`,
`timeline --fiscal-year 2024` (the Gantt chart, as HTML), `due`, the `list` and `countries`
Excel returns, and `export` to json, csv, xlsx and sqlite. Each is
timed (wall seconds) and its peak resident memory read from the kernel (`os.wait4`'s
`ru_maxrss`). A peak over --limit-mib (default 1430 MiB = 1.5 GB) is reported; exit status 1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate

TODAY = "2026-11-23"
COMMANDS = [
    ("validate", ["validate", "-q"]),
    ("list", ["list", "-f", "csv"]),
    ("stats countries", ["stats", "countries", "-f", "csv"]),
    ("stats hosts", ["stats", "hosts", "-f", "csv"]),
    ("stats fields", ["stats", "fields", "-f", "csv"]),
    ("costs", ["costs", "-f", "csv"]),
    ("timeline --fiscal-year 2024 (html)", ["timeline", "--fiscal-year", "2024", "-f", "html"]),
    ("due", ["due", "-f", "csv"]),
    ("return list (xlsx)", ["return", "list", "--force", "-o", "{work}/list.xlsx"]),
    ("return countries (xlsx)", ["return", "countries", "--force", "-o", "{work}/countries.xlsx"]),
    ("export -o x.json", ["export", "--force", "-o", "{work}/x.json"]),
    ("export -o x.csv", ["export", "--force", "-o", "{work}/x.csv"]),
    ("export -o x.xlsx", ["export", "--force", "-o", "{work}/x.xlsx"]),
    ("export -o x.sqlite", ["export", "--force", "-o", "{work}/x.sqlite"]),
]


def run(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak MiB and exit code of one run of ``command``."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # Read standard error as it comes (a full pipe would stall the child), then reap it with
    # wait4 for its resource usage.
    assert process.stderr is not None
    errors = process.stderr.read()
    process.stderr.close()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    if process.returncode not in (0, 1):
        print(errors.decode(errors="replace"), file=sys.stderr)
    return elapsed, usage.ru_maxrss / 1024, process.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--work", type=Path, help="generate here and keep (reused if present)")
    parser.add_argument("--limit-mib", type=float, default=1.5e9 / 2**20)
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]

    work = args.work or Path(tempfile.mkdtemp(prefix="lgotp-scale-"))
    lgotp = [sys.executable, "-m", "lgotp_cli"]
    results: dict[tuple[str, int], tuple[float, float, int]] = {}
    generated: dict[int, float] = {}
    try:
        for size in sizes:
            root = work / str(size) / "records"
            if not root.exists():
                start = time.perf_counter()
                generate(root, size)
                generated[size] = time.perf_counter() - start
            for name, command in COMMANDS:
                arguments = [part.format(work=work / str(size)) for part in command]
                results[(name, size)] = run(
                    [*lgotp, "--records", str(root), "--today", TODAY, *arguments]
                )
                seconds, mib, code = results[(name, size)]
                print(f"{size:>7,} {name}: {seconds:.2f} s, {mib:.0f} MiB, exit {code}", flush=True)
            for name in ("x.json", "x.csv", "x.xlsx", "x.sqlite", "list.xlsx", "countries.xlsx"):
                (work / str(size) / name).unlink(missing_ok=True)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)

    print(f"\nPython {sys.version.split()[0]} on {os.cpu_count()} cores; one run each.\n")
    header = " | ".join(f"{size:,} records" for size in sizes)
    print(f"| command | {header} | time ×, memory × ({sizes[0]:,} → {sizes[-1]:,}) |")
    print("| --- |" + " ---: |" * len(sizes) + " ---: |")
    over = []
    for name, _ in COMMANDS:
        cells = []
        for size in sizes:
            seconds, mib, code = results[(name, size)]
            flag = "" if code in (0, 1) else f" (exit {code})"
            cells.append(f"{seconds:.2f} s, {mib:.0f} MiB{flag}")
            if mib > args.limit_mib:
                over.append((name, size, mib))
        first, last = results[(name, sizes[0])], results[(name, sizes[-1])]
        growth = f"{last[0] / first[0]:.1f}×, {last[1] / first[1]:.1f}×"
        print(f"| `lgotp {name}` | " + " | ".join(cells) + f" | {growth} |")
    if generated:
        print(
            "\ngenerating: "
            + ", ".join(f"{size:,} in {seconds:.1f} s" for size, seconds in generated.items())
        )
    for name, size, mib in over:
        print(
            f"over the limit: lgotp {name} on {size:,} records peaked at {mib:.0f} MiB, "
            f"{mib - args.limit_mib:.0f} MiB over {args.limit_mib:.0f} MiB"
        )
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
