"""`lgotp site`: build the records site, start to finish.

The output folder is checked first; the records are read and checked once; every page is
rendered (Japanese and English) through the sandboxed template environment and written to a
temporary folder beside the output, with the stylesheet and the reports' photographs; then the
folder is moved into place (see ``site.output``).

Record pages are most of a site (two per record); with many records and more than one
processor they are rendered by worker processes forked after the records are read, so that they
share what was read rather than read it again.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lgotp_cli.config import Config
from lgotp_cli.diagnostics import Summary
from lgotp_cli.errors import UserError
from lgotp_cli.i18n import error_words
from lgotp_cli.i18n.spoken import OsReason
from lgotp_cli.site import links, output, record_pages
from lgotp_cli.site.content import read_content
from lgotp_cli.site.pages import Page, Site

# Below this many records a site takes a second or two: not worth starting workers.
PARALLEL_FROM = 1000


@dataclass(frozen=True)
class Built:
    """What was written: pages, every file (pages, stylesheet, photographs), and the records'
    validation summary."""

    pages: int
    files: int
    summary: Summary


@dataclass(frozen=True)
class Progress:
    """Callbacks for a progress display: each record file read, each page written."""

    on_file: Callable[[Path], None] | None = None
    on_page: Callable[[int, int], None] | None = None


def build_site(
    root: Path,
    out: Path,
    *,
    config: Config,
    today: date,
    lang: str,
    title: str | None = None,
    public: bool = False,
    search: tuple[Path, ...] = (),
    force: bool = False,
    progress: Progress | None = None,
    workers: int | None = None,
) -> Built:
    """Build the site of the records under ``root`` at ``out``. ``lang`` is the language of
    the root ``index.html``; every page exists in both languages. ``workers``: processes that
    render record pages (default: one per processor for large sites, else none)."""
    output.check_output(out, root, force=force)
    progress = progress or Progress()
    content = read_content(root, config, today, progress.on_file)
    site = Site(content, title=title, search=search, public=public)
    if workers is None:
        workers = _processors() if len(content.entries) >= PARALLEL_FROM else 1
    staging = output.staging_folder(out)
    try:
        pages, files = _write_all(site, staging, lang, progress.on_page, workers)
    except BaseException:
        output.discard(staging)
        raise
    output.commit(staging, out, files)
    return Built(pages, len(files), content.summary)


def _processors() -> int:
    """Workers to fork: one per processor this process may use, on Linux (elsewhere forking a
    process that has loaded system libraries is not safe, or not possible: one process)."""
    if not sys.platform.startswith("linux"):
        return 1
    return max(1, len(os.sched_getaffinity(0)))


def _write_all(
    site: Site,
    staging: Path,
    lang: str,
    on_page: Callable[[int, int], None] | None,
    workers: int,
) -> tuple[int, list[str]]:
    per_lang = 2 + 3 * len(site.years) + len(links.STATS) + record_pages.count(site)
    total = 2 * per_lang + 1
    done = 0  # pages written by this process
    elsewhere = 0  # pages written by workers, as last heard

    def tell() -> None:
        if on_page is not None:
            on_page(done + elsewhere, total)

    def counted(pages: Iterable[Page]) -> Iterable[Page]:
        nonlocal done
        for page in pages:
            yield page
            done += 1
            tell()

    def heard(finished: int) -> None:
        nonlocal elsewhere
        elsewhere = finished
        tell()

    crew = _Workers(site, staging, workers) if workers > 1 else None
    try:
        main = (page for each in links.LANGS for page in site.pages(each))
        files = _write_pages(staging, counted(main), site.search)
        root_index = site.home(lang, links.ROOT_INDEX)
        files += _write_pages(staging, counted([root_index]), site.search)
        style = Page(links.STYLESHEET, "site/style.css.j2", {})
        files += _write_pages(staging, [style], site.search)
        if crew is None:
            more, photos = _record_shard(site, staging, 0, 1, counted)
        else:
            more, photos = crew.results(heard)
    finally:
        if crew is not None:
            crew.stop()
    files += more
    for name, source in sorted(photos.items()):
        target = staging / name
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            shutil.copyfile(source, target, follow_symlinks=True)
        except OSError as error:
            reason = OsReason(error.errno, error.strerror)
            raise UserError(
                error_words.CANNOT_COPY_PHOTO.of(source=source, reason=reason)
            ) from None
        files.append(name)
    if on_page is not None:
        on_page(total, total)
    return total, sorted(files)


def _record_shard(site: Site, staging: Path, shard: int, shards: int, counted=None):
    """Write worker ``shard``'s record pages in both languages: (files, photos)."""
    pages = (
        page
        for each in links.LANGS
        for page in record_pages.record_pages(site, each, shard, shards)
    )
    files = _write_pages(staging, counted(pages) if counted else pages, site.search)
    photos = {n: p for report in site.reports_cache.values() for n, p in report.photos.items()}
    return files, photos


class _Workers:
    """Processes forked to write the record pages (each a share of the records, in both
    languages) while this process writes the others."""

    def __init__(self, site: Site, staging: Path, count: int) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self.finished = context.Value("i", 0)
        self.queue = context.Queue()
        self.processes = [
            context.Process(
                target=_worker,
                args=(site, staging, shard, count, self.queue, self.finished),
                daemon=True,
            )
            for shard in range(count)
        ]
        for process in self.processes:
            process.start()

    def results(self, heard: Callable[[int], None]) -> tuple[list[str], dict[str, Path]]:
        """Every worker's files and photographs, once all are done; ``heard`` is told how many
        pages they have written, now and then. A worker's user error is raised here."""
        import queue as queues

        files: list[str] = []
        photos: dict[str, Path] = {}
        for _ in self.processes:
            while True:
                try:
                    outcome, value, more = self.queue.get(timeout=0.25)
                    break
                except queues.Empty:
                    heard(self.finished.value)
                    if any(p.exitcode not in (None, 0) for p in self.processes):
                        raise RuntimeError("a worker writing record pages stopped") from None
            if outcome == "user":
                raise UserError(value)
            if outcome == "crash":
                raise RuntimeError(f"a worker writing record pages failed:\n{value}")
            files += value
            photos.update(more)
        return files, photos

    def stop(self) -> None:
        for process in self.processes:
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()
                process.join()


def _worker(site: Site, staging: Path, shard: int, shards: int, results, finished) -> None:
    """A forked worker's life: its share of the record pages, then what it wrote (or why it
    could not) on the results queue."""
    import traceback

    def counted(pages: Iterable[Page]) -> Iterable[Page]:
        for page in pages:
            yield page
            with finished.get_lock():
                finished.value += 1

    try:
        files, photos = _record_shard(site, staging, shard, shards, counted)
        results.put(("ok", files, photos))
    except UserError as error:
        results.put(("user", error.message, None))  # a Said crosses as it is (pickled)
    except BaseException:
        results.put(("crash", traceback.format_exc(), None))


def _write_pages(staging: Path, pages: Iterable[Page], search: tuple[Path, ...]) -> list[str]:
    written = []
    made: set[Path] = set()
    for page in pages:
        target = staging / page.path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        target.write_bytes(_render(page, search))
        written.append(page.path)
    return written


def _render(page: Page, search: tuple[Path, ...]) -> bytes:
    from lgotp_cli.output.report import template_failed
    from lgotp_cli.render.templates import TemplateError, render

    try:
        return render(page.template, search, **page.context).encode("utf-8")
    except TemplateError as error:
        raise UserError(template_failed(error)) from None
