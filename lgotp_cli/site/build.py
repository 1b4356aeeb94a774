"""`lgotp site`: build the records site, start to finish.

The output folder is checked first; the records are read and checked once; every page is
rendered (Japanese and English) through the sandboxed template environment and written to a
temporary folder beside the output, with the stylesheet and the reports' photographs; then the
folder is moved into place (see ``site.output``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lgotp_cli.config import Config
from lgotp_cli.diagnostics import Summary
from lgotp_cli.errors import UserError
from lgotp_cli.site import links, output
from lgotp_cli.site.content import read_content
from lgotp_cli.site.pages import Page, Site
from lgotp_cli.site.record_pages import record_pages


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
    search: tuple[Path, ...] = (),
    force: bool = False,
    progress: Progress | None = None,
) -> Built:
    """Build the site of the records under ``root`` at ``out``. ``lang`` is the language of
    the root ``index.html``; every page exists in both languages."""
    output.check_output(out, root, force=force)
    progress = progress or Progress()
    content = read_content(root, config, today, progress.on_file)
    site = Site(content, title=title, search=search)
    staging = output.staging_folder(out)
    try:
        written = _write_all(site, staging, lang, progress.on_page)
    except BaseException:
        output.discard(staging)
        raise
    output.commit(staging, out, written.files)
    return Built(written.pages, len(written.files), content.summary)


@dataclass
class _Written:
    pages: int
    files: list[str]


def _write_all(
    site: Site, staging: Path, lang: str, on_page: Callable[[int, int], None] | None
) -> _Written:
    content = site.content
    per_lang = 2 + 3 * len(site.years) + len(links.STATS)
    per_lang += len(content.entries) + len(content.files) + 1
    total = 2 * per_lang + 1
    files: list[str] = []
    reports: dict = {}
    made: set[Path] = set()

    def write(path: str, data: bytes) -> None:
        target = staging / path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        target.write_bytes(data)
        files.append(path)

    count = 0
    for each in (links.LANGS[0], links.LANGS[1]):
        for page in (*site.pages(each), *record_pages(site, each, reports)):
            write(page.path, _render(page, site.search))
            count += 1
            if on_page is not None:
                on_page(count, total)
    root_page = site.home(lang, links.ROOT_INDEX)
    write(root_page.path, _render(root_page, site.search))
    count += 1
    write(links.STYLESHEET, _render(Page(links.STYLESHEET, "site/style.css.j2", {}), site.search))
    photos = {name: path for report in reports.values() for name, path in report.photos.items()}
    for name, source in sorted(photos.items()):
        target = staging / name
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            shutil.copyfile(source, target, follow_symlinks=True)
        except OSError as error:
            raise UserError(f"cannot copy the photograph {source}: {error.strerror}.") from None
        files.append(name)
    if on_page is not None:
        on_page(total, total)
    return _Written(count, files)


def _render(page: Page, search: tuple[Path, ...]) -> bytes:
    from lgotp_cli.render.templates import TemplateError, render

    try:
        return render(page.template, search, **page.context).encode("utf-8")
    except TemplateError as error:
        reason = str(error).rstrip(". ")
        raise UserError(
            f"{reason}; fix the template or remove it to use the built-in one."
        ) from None
