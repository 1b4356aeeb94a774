"""What `lgotp site` prints: a progress bar on a terminal while it reads and writes (nothing
when piped or in CI), then one line saying what it wrote."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from lgotp_cli.output.validation import _interactive
from lgotp_cli.site.build import Built, Progress


@contextlib.contextmanager
def site_progress(enabled: bool) -> Iterator[Progress]:
    """Progress callbacks that draw on a terminal, or do nothing."""
    if not (enabled and _interactive()):
        yield Progress()
        return
    from rich.progress import BarColumn, SpinnerColumn, TextColumn
    from rich.progress import Progress as Bar

    with Bar(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), transient=True) as bar:
        task = bar.add_task("Reading records…", total=None)
        files = 0

        def on_file(path: Path) -> None:
            nonlocal files
            files += 1
            if files % 200 == 0:
                bar.update(task, description=f"Reading records… {files:,} files")

        def on_page(done: int, total: int) -> None:
            if done == 1 or done % 50 == 0 or done == total:
                bar.update(task, description="Writing pages…", completed=done, total=total)

        yield Progress(on_file, on_page)


def summary(built: Built, output: Path) -> str:
    """``Wrote 1,234 pages to site/ (…)`` with what the records' check found."""
    checked = built.summary
    if checked.errors or checked.warnings:
        found = (
            f"the records have {checked.errors:,} error{'s' if checked.errors != 1 else ''} and "
            f"{checked.warnings:,} warning{'s' if checked.warnings != 1 else ''}, shown on the "
            "home page"
        )
    else:
        found = "no errors or warnings in the records"
    folder = output.as_posix().rstrip("/") + "/"
    return f"Wrote {built.pages:,} pages to {folder} ({found})."
