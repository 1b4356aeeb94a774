"""What the site is built from, read once: every record (readable or not) with its diagnostics,
the readable records the reports take, and which page each problem belongs on.

Records are read and checked exactly as `lgotp validate` reads and checks them; the readable
ones go to the report builders exactly as the report commands hand them over.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from lgotp_cli.config import Config
from lgotp_cli.diagnostics import Diagnostic, Summary
from lgotp_cli.models.record import Record
from lgotp_cli.reports.common import ReportRecords, records_of
from lgotp_cli.rules.context import Context
from lgotp_cli.rules.engine import check
from lgotp_cli.site import links
from lgotp_cli.source.records import load_records


@dataclass(eq=False)
class RecordEntry:
    """A record and its page: ``slug`` names the page, ``file`` is the record's file relative
    to the records root (posix), ``diagnostics`` are the problems shown on its page."""

    record: Record
    slug: str
    file: str
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def model(self):
        return self.record.model


@dataclass(eq=False)
class FileEntry:
    """A record file with problems that belong to no one record (a syntax error, a sheet's
    header): it gets a page of its own, listing its records."""

    file: str
    slug: str
    records: list[RecordEntry] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass
class Content:
    root: Path
    config: Config
    today: date
    reports: ReportRecords
    diagnostics: list[Diagnostic]
    summary: Summary
    entries: list[RecordEntry]
    files: dict[str, FileEntry]  # only files that need a page of their own
    by_id: dict[str, RecordEntry]  # the first readable record of each id
    # Where each problem is shown: ("record", slug) or ("file", slug), in diagnostics' order.
    targets: list[tuple[str, str]]

    def record_for(self, record_id: str | None) -> RecordEntry | None:
        return self.by_id.get(record_id) if record_id else None


def relative(path: Path, root: Path) -> str:
    """A path under the records root as the site shows it: posix, relative to the root."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return Path(os.path.relpath(path, root)).as_posix()


def read_content(
    root: Path,
    config: Config,
    today: date,
    on_file: Callable[[Path], None] | None = None,
) -> Content:
    """Read and check every record under ``root`` (as `lgotp validate` does)."""
    loaded = load_records(root, on_file)
    diagnostics = check(loaded, Context(today=today, config=config, root=root))
    records = loaded.records
    files_of = [relative(record.path, root) for record in records]
    slugs = links.record_slugs(
        (record.id, file, record.raw.index or 0)
        for record, file in zip(records, files_of, strict=True)
    )
    entries = [
        RecordEntry(record, slug, file)
        for record, slug, file in zip(records, slugs, files_of, strict=True)
    ]
    by_file: dict[str, list[RecordEntry]] = defaultdict(list)
    by_key: dict[tuple[str, str], RecordEntry] = {}
    by_id: dict[str, RecordEntry] = {}
    for entry in entries:
        by_file[entry.file].append(entry)
        if entry.record.id is not None:
            by_key.setdefault((entry.file, entry.record.id), entry)
            if entry.model is not None:
                by_id.setdefault(entry.record.id, entry)
    files: dict[str, FileEntry] = {}
    targets: list[tuple[str, str]] = []
    for diagnostic in diagnostics:
        file = relative(diagnostic.file, root)
        entry = by_key.get((file, diagnostic.record)) if diagnostic.record else None
        if entry is None and diagnostic.record is None and len(by_file.get(file, ())) == 1:
            entry = by_file[file][0]  # a file's problem, and the file holds one record
        if entry is not None:
            entry.diagnostics.append(diagnostic)
            targets.append(("record", entry.slug))
            continue
        page = files.get(file)
        if page is None:
            page = files[file] = FileEntry(file, links.file_slug(file), by_file.get(file, []))
        page.diagnostics.append(diagnostic)
        targets.append(("file", page.slug))
    return Content(
        root=root,
        config=config,
        today=today,
        reports=records_of(loaded, root),
        diagnostics=diagnostics,
        summary=Summary.of(diagnostics, len(records), len(loaded.files)),
        entries=entries,
        files=files,
        by_id=by_id,
        targets=targets,
    )
