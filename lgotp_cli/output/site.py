"""What `lgotp site` prints: a progress bar on a terminal while it reads and writes (nothing
when piped or in CI), then one line saying what it wrote."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

from lgotp_cli.i18n import note_words
from lgotp_cli.output.validation import _interactive, file_counter
from lgotp_cli.site.build import Built, Progress


@contextlib.contextmanager
def site_progress(enabled: bool, lang: str = "en") -> Iterator[Progress]:
    """Progress callbacks that draw on a terminal, their words in ``lang``, or do nothing."""
    if not (enabled and _interactive()):
        yield Progress()
        return
    from rich.progress import BarColumn, SpinnerColumn, TextColumn
    from rich.progress import Progress as Bar

    # No refresh thread: the build may fork workers, and a fork should not copy a thread's
    # locks; the bar is redrawn from the callbacks instead (several times a second).
    with Bar(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        transient=True,
        auto_refresh=False,
    ) as bar:
        task = bar.add_task(note_words.READING_RECORDS(lang), total=None)

        def show(text: str) -> None:
            bar.update(task, description=text)
            bar.refresh()

        shown = 0.0

        def on_page(done: int, total: int) -> None:
            nonlocal shown
            now = time.monotonic()
            if now - shown >= 0.1 or done == total:  # drawing is slower than a page
                shown = now
                writing = note_words.WRITING_PAGES(lang)
                bar.update(task, description=writing, completed=done, total=total)
                bar.refresh()

        yield Progress(file_counter(show, note_words.READING_FILES_SITE, lang), on_page)


def summary(built: Built, output: Path, lang: str = "en") -> str:
    """``Wrote 1,234 pages to site/ (…)`` with what the records' check found, in ``lang``."""
    checked = built.summary
    if checked.errors or checked.warnings:
        found = note_words.SITE_FOUND(
            lang,
            errors=note_words.SITE_ERRORS(lang, checked.errors),
            warnings=note_words.SITE_WARNINGS(lang, checked.warnings),
        )
    else:
        found = note_words.SITE_CLEAN(lang)
    folder = output.as_posix().rstrip("/") + "/"
    return note_words.SITE_WROTE(lang, pages=built.pages, folder=folder, found=found)
