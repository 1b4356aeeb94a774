"""One side of a diff: the records at a revision (or in the work tree), checked by every rule.

Record files are read from their bytes through the same loader as `validate`; files the rules
look at (reports, lgotp.yaml) are written to a temporary folder for a revision, never into the
work tree. A file that cannot be read at a revision is a diagnostic of that revision.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath

from lgotp_cli.config import Config, default_config, load_config
from lgotp_cli.diagnostics import Diagnostic, Severity
from lgotp_cli.diff.git import Blob, link_stays_inside, links_to_itself
from lgotp_cli.errors import ConfigError
from lgotp_cli.models.record import Record, build_record
from lgotp_cli.rules.context import Context
from lgotp_cli.rules.engine import Loaded, check_records, problem_diagnostic
from lgotp_cli.source.discover import (
    KIND_FOLDERS,
    RECORD_SUFFIXES,
    link_loop,
    link_out,
    parse_bytes,
    record_files,
)
from lgotp_cli.source.model import RawFile


@dataclass
class Side:
    """The records of one revision, their diagnostics and configuration."""

    label: str
    records: list[Record]
    diagnostics: list[Diagnostic]
    config: Config
    files: int = 0
    notes: list[str] = field(default_factory=list)


def _record_kind(relative: str) -> str | None:
    parts = PurePosixPath(relative).parts
    if len(parts) < 2 or parts[0] not in KIND_FOLDERS or any(p.startswith(".") for p in parts):
        return None
    if PurePosixPath(relative).suffix.lower() not in RECORD_SUFFIXES:
        return None
    return KIND_FOLDERS[parts[0]]


def work_tree_blobs(root: Path) -> list[Blob]:
    """The record files of the work tree, as bytes (other files are read where they are)."""
    blobs = []
    for path, _, is_link in record_files(root):
        relative = path.relative_to(root).as_posix()
        try:
            data = path.read_bytes() if not is_link else str(path.readlink()).encode()
        except OSError:
            data = b""
        blobs.append(Blob(relative, data, is_link))
    return blobs


class Parser:
    """Parses record files once: the same file with the same bytes on both sides is shared."""

    def __init__(self, root: Path) -> None:
        # Record files are named from the records root (as in a pull request's file list);
        # diagnostics are named as `validate` names them (see ``lgotp_cli.diff.run_diff``).
        self.root = root
        self._cache: dict[tuple[str, bytes, bool], tuple[RawFile, list[Record]]] = {}

    def parse(self, blob: Blob, kind: str) -> tuple[RawFile, list[Record]]:
        key = (blob.path, blob.data, blob.is_link)
        if key not in self._cache:
            path = Path(blob.path)
            if blob.is_link and not link_stays_inside(blob.path, blob.data):
                raw = link_out(path, kind)
            elif blob.is_link and links_to_itself(blob.path, blob.data):
                raw = link_loop(path, kind)
            elif blob.is_link:
                raw = RawFile(path, kind)  # a link inside the root: its target is read as itself
            else:
                raw = parse_bytes(path, kind, blob.data)
            self._cache[key] = (raw, [build_record(r) for r in raw.records])
        return self._cache[key]


def load_side(label: str, blobs: list[Blob], rules_root: Path, today: date, parser: Parser) -> Side:
    """Check the records of ``blobs`` with every rule; ``rules_root`` holds the side's other
    files (reports, lgotp.yaml)."""
    notes: list[str] = []
    try:
        config = load_config(rules_root)
        config_problems: list[Diagnostic] = []
    except ConfigError as error:
        config = default_config()
        config_problems = [
            Diagnostic(
                Path("lgotp.yaml"),
                p.line,
                p.column,
                Severity.ERROR,
                "L007",
                None,
                f"lgotp.yaml is invalid: {p.message}",
            )
            for p in error.problems
        ]
        notes.append(f"lgotp.yaml is invalid at {label}; the built-in configuration was used there")
    records: list[Record] = []
    problems: list[Diagnostic] = []
    files: list[Path] = []
    for blob in sorted(blobs, key=lambda b: b.path):
        kind = _record_kind(blob.path)
        if kind is None:
            continue
        raw, built = parser.parse(blob, kind)
        files.append(raw.path)
        problems.extend(problem_diagnostic(raw.path, problem) for problem in raw.problems)
        records.extend(built)
    diagnostics = check_records(
        Loaded(records, problems, files), Context(today, config, rules_root)
    )
    return Side(label, records, config_problems + diagnostics, config, len(files), notes)


def materialise(blobs: list[Blob], into: Path) -> Path:
    """Write a revision's non-record files (reports, lgotp.yaml) under ``into``; returns it."""
    for blob in blobs:
        if _record_kind(blob.path) is not None or blob.is_link:
            continue
        relative = PurePosixPath(blob.path)
        if ".." in relative.parts or relative.is_absolute():
            continue
        target = into.joinpath(*relative.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob.data)
    return into


def temporary_root() -> tempfile.TemporaryDirectory:
    """A folder outside the work tree for a revision's files."""
    return tempfile.TemporaryDirectory(prefix="lgotp-diff-")
