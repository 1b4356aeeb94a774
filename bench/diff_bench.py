"""Measure `lgotp diff` on a generated git repository; prints a Markdown table.

    python bench/diff_bench.py [--records 10000] [--repeat 3] [--keep DIR]

Builds a throwaway repository with N records (bench/generate.py) under ``records/``, commits
them, changes about 50 records (departures moved, costs changed, files renamed, records deleted
and added), commits again, then times as fresh processes (best of --repeat):

- `lgotp diff HEAD~1 HEAD`: two revisions, read with git's plumbing;
- `lgotp diff HEAD~1`: a revision and the work tree;
- the same two with `--format md`, and `lgotp validate` over the work tree for comparison.

The goal: a diff between two revisions of a 10,000-record repository in under 5 s.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate
from timing import best, machine, options, print_table, work_folder

TODAY = "2026-11-23"
GOAL_SECONDS = 5.0
DEPARTURE = re.compile(r"^  departure: (\d{4}-\d{2}-\d{2})$", re.MULTILINE)
AIRFARE = re.compile(r"^  airfare: (\d+)$", re.MULTILINE)


def git_environment() -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "LGOTP_"))}
    environment.update(
        {
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_AUTHOR_NAME": "Bench",
            "GIT_AUTHOR_EMAIL": "bench@example.org",
            "GIT_COMMITTER_NAME": "Bench",
            "GIT_COMMITTER_EMAIL": "bench@example.org",
        }
    )
    return environment


def git(top: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=top, env=git_environment(), capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def change_records(root: Path, count: int) -> dict[str, int]:
    """Change about ``count`` trainee records of the generated root; returns what was done."""
    trainees = sorted((root / "trainees").rglob("*.yaml"))
    step = max(1, len(trainees) // count)
    chosen = trainees[::step][:count]
    done = {"departure moved": 0, "costs changed": 0, "renamed": 0, "deleted": 0, "added": 0}
    renamed = chosen[: max(1, count // 10)]
    deleted = chosen[len(renamed) : len(renamed) + max(1, count // 25)]
    edited = chosen[len(renamed) + len(deleted) :]
    for number, path in enumerate(edited):
        text = path.read_text(encoding="utf-8")
        if number % 2 == 0:
            departure = date.fromisoformat(DEPARTURE.search(text)[1])
            moved = departure + timedelta(days=7 + number % 20)
            text = DEPARTURE.sub(f"  departure: {moved}", text, count=1)
            done["departure moved"] += 1
        else:
            text = AIRFARE.sub(lambda m: f"  airfare: {int(m[1]) + 1000}", text, count=1)
            done["costs changed"] += 1
        path.write_text(text, encoding="utf-8")
    for path in renamed:
        target = path.parent / "moved" / path.name
        target.parent.mkdir(exist_ok=True)
        git(root, "mv", str(path), str(target))
        done["renamed"] += 1
    for path in deleted:
        path.unlink()
        done["deleted"] += 1
    for number, path in enumerate(deleted):  # as many new records as were deleted
        old_id = path.stem
        new_id = f"{old_id}-NEW{number}"
        source = git(root, "show", f"HEAD:./{path.relative_to(root).as_posix()}")
        new = path.parent / f"{new_id}.yaml"
        new.write_text(source.replace(old_id, new_id), encoding="utf-8")
        done["added"] += 1
    return done


def main() -> None:
    parser = options(__doc__, repeat=3, keep="build the repository here and keep it")
    parser.add_argument("--changes", type=int, default=50)
    args = parser.parse_args()

    python = sys.executable
    with work_folder(args.keep, "lgotp-diff-bench-") as work:
        top = work / "repository"
        root = top / "records"
        if not (top / ".git").exists():
            generate(root, args.records)
            git(top, "init", "-q", "-b", "main")
            git(top, "add", "-A")
            git(top, "commit", "-q", "-m", f"{args.records} generated records")
            done = change_records(root, args.changes)
            git(top, "add", "-A")
            git(top, "commit", "-q", "-m", "About 50 changes")
        else:
            done = {}
        environment = {**git_environment(), "NO_COLOR": "1"}
        lgotp = [python, "-m", "lgotp_cli", "--records", str(root), "--today", TODAY]

        check = subprocess.run(
            [*lgotp, "diff", "HEAD~1", "HEAD", "--format", "json"],
            cwd=top,
            env=environment,
            capture_output=True,
            text=True,
        )
        if check.returncode != 0:
            raise SystemExit(f"lgotp diff failed ({check.returncode}): {check.stderr.strip()}")
        found = json.loads(check.stdout)

        os.environ.update(environment)  # for the timed processes
        os.chdir(top)
        rows = [
            (
                f"lgotp diff HEAD~1 HEAD, {args.records:,} records",
                best([*lgotp, "diff", "HEAD~1", "HEAD"], args.repeat),
            ),
            (
                f"lgotp diff HEAD~1 (work tree), {args.records:,} records",
                best([*lgotp, "diff", "HEAD~1"], args.repeat),
            ),
            (
                "lgotp diff HEAD~1 HEAD --format md",
                best([*lgotp, "diff", "HEAD~1", "HEAD", "--format", "md"], args.repeat),
            ),
            (
                "lgotp diff HEAD~1 --format md (work tree)",
                best([*lgotp, "diff", "HEAD~1", "--format", "md"], args.repeat),
            ),
            (
                f"lgotp validate -q (for comparison), {args.records:,} records",
                best([*lgotp, "validate", "-q"], args.repeat),
            ),
        ]

        print(machine(args.repeat))
        if done:
            print("Changes committed: " + ", ".join(f"{n} {what}" for what, n in done.items()))
        print(
            f"lgotp diff reports: {len(found['added'])} added, {len(found['removed'])} removed, "
            f"{len(found['changed'])} changed, {len(found['allocation_tax'])} allocation-tax "
            f"lines, {len(found['diagnostics']['added'])} new problems, "
            f"{len(found['diagnostics']['cleared'])} cleared\n"
        )
        print_table(rows)
        slowest = max(seconds for name, (seconds, _, _) in rows if name.startswith("lgotp diff"))
        verdict = "within" if slowest < GOAL_SECONDS else "OVER"
        print(f"slowest diff: {slowest:.2f} s ({verdict} the {GOAL_SECONDS:.0f} s goal)")


if __name__ == "__main__":
    main()
