"""Measure lgotp's speed and memory on a generated repository; prints a Markdown table.

    python bench/bench.py [--records 10000] [--repeat 5]

- validate: `lgotp validate` over N one-record files against a bare loop of
  `yaml.load(f, Loader=yaml.CSafeLoader)` over the same files; both run as fresh processes, so
  both pay for starting Python. The ratio must stay at or below 1.0.
- start-up: `lgotp --version` and `lgotp --help` against `python -c "import typer"`; the
  ratio must stay within 1.5.
- reports: `lgotp list` and `lgotp stats countries` over the same records (under 2 s each).
Times are the best of --repeat runs; memory is the peak resident size of the process.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate
from timing import best, machine, options, print_table, work_folder

BARE_LOOP = """
import sys, yaml
from pathlib import Path
count = 0
for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    with open(path, "rb") as handle:
        yaml.load(handle, Loader=yaml.CSafeLoader)
    count += 1
print(count)
"""


def main() -> None:
    parser = options(__doc__, repeat=5, keep="generate into this folder and keep it")
    args = parser.parse_args()

    python = sys.executable
    lgotp = [python, "-m", "lgotp_cli"]
    with work_folder(args.keep, "lgotp-bench-") as work:
        root = work / "records"
        if not root.exists():
            generate(root, args.records)
        rows = []
        validate = best(
            [*lgotp, "--records", str(root), "--today", "2026-11-23", "validate", "-q"], args.repeat
        )
        bare = best([python, "-c", BARE_LOOP, str(root)], args.repeat)
        rows.append((f"lgotp validate, {args.records:,} files", validate))
        rows.append((f"bare yaml.load(CSafeLoader) loop, {args.records:,} files", bare))
        for name, command in (
            ("lgotp list", ["list", "--fiscal-year", "2010"]),
            ("lgotp stats countries", ["stats", "countries"]),
        ):
            timed = best([*lgotp, "--records", str(root), *command, "-f", "csv"], args.repeat)
            rows.append((f"{name}, {args.records:,} records", timed))
        typer_import = best([python, "-c", "import typer"], args.repeat * 3)
        version = best([*lgotp, "--version"], args.repeat * 3)
        help_ = best([*lgotp, "--help"], args.repeat * 3)
        rows += [
            ("python -c 'import typer'", typer_import),
            ("lgotp --version", version),
            ("lgotp --help", help_),
        ]

        print(machine(args.repeat) + "\n")
        print_table(rows)
        print(f"validate / bare loop: {validate[0] / bare[0]:.2f} (must be <= 1.0)")
        print(f"--version / import typer: {version[0] / typer_import[0]:.2f} (must be <= 1.5)")
        print(f"--help / import typer: {help_[0] / typer_import[0]:.2f} (must be <= 1.5)")
        if validate[2] != 0:
            print(f"warning: lgotp validate exited {validate[2]} on the generated records")


if __name__ == "__main__":
    main()
