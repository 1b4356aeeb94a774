"""Measure `lgotp site` on a generated repository; prints a Markdown table.

    python bench/site_bench.py [--records 10000] [--repeat 3] [--keep DIR]

Generates N records (bench/generate.py: 80% trainees over FY1996–FY2025, 15% dispatches, 5%
host requests) and times, as fresh processes (best of --repeat), `lgotp site -o DIR --force`
into a fresh folder, and `lgotp validate` over the same records for comparison. The site has two
pages per record (Japanese and English) and a list, costs and timeline page per fiscal year.

The goal: the site of 10,000 records in under 30 s. Record pages are rendered by one worker
per processor; `--workers 1` (the library's option, not the command's) shows the time on one.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate
from timing import Timing, best, machine, options, print_table, work_folder

TODAY = "2026-11-23"
GOAL_SECONDS = 30.0

ONE_WORKER = """
import sys
from datetime import date
from pathlib import Path
from lgotp_cli.config import load_config
from lgotp_cli.site.build import build_site
root, out = Path(sys.argv[1]), Path(sys.argv[2])
build_site(root, out, config=load_config(root), today=date.fromisoformat(sys.argv[3]),
           lang="en", force=True, workers=1)
"""


def timed_site(command: list[str], out: Path, repeat: int) -> Timing:
    """Best wall time, peak MiB and exit code of ``command`` writing a new site to ``out``."""
    return best(command, repeat, before=lambda: shutil.rmtree(out, ignore_errors=True))


def main() -> None:
    parser = options(__doc__, repeat=3, keep="generate into this folder and keep it")
    parser.add_argument("--one-worker", action="store_true", help="also time one worker")
    args = parser.parse_args()

    python = sys.executable
    lgotp = [python, "-m", "lgotp_cli", "--today", TODAY]
    with work_folder(args.keep, "lgotp-site-bench-") as work:
        root = work / "records"
        out = work / "site"
        if not root.exists():
            generate(root, args.records)
        rows = []
        start = time.perf_counter()
        site = timed_site(
            [*lgotp, "--records", str(root), "site", "-o", str(out)], out, args.repeat
        )
        rows.append((f"lgotp site, {args.records:,} records", site))
        pages = sum(1 for _ in out.rglob("*.html"))
        if args.one_worker:
            one = timed_site([python, "-c", ONE_WORKER, str(root), str(out), TODAY], out, 1)
            rows.append((f"the same with one worker, {args.records:,} records", one))
        validate = timed_site(
            [*lgotp, "--records", str(root), "validate", "-q"], work / "none", args.repeat
        )
        rows.append((f"lgotp validate, {args.records:,} records", validate))
        elapsed = time.perf_counter() - start

        print(f"{machine(args.repeat)}; {pages:,} pages; {elapsed:.0f} s in all\n")
        print_table(rows)
        verdict = "ok" if site[0] < GOAL_SECONDS and site[2] == 0 else "TOO SLOW OR FAILED"
        print(f"lgotp site: {site[0]:.1f} s (goal: under {GOAL_SECONDS:.0f} s): {verdict}")


if __name__ == "__main__":
    main()
