"""One side of a diff: the records at a revision (or in the work tree), checked by every rule.

Record files are read from their bytes through the same loader as `validate`; files the rules
look at (reports, lgotp.yaml) are written to a temporary folder for a revision, never into the
work tree. A file that cannot be read at a revision is a diagnostic of that revision.
"""

from __future__ import annotations

import posixpath
import tempfile
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path, PurePosixPath

from lgotp_cli.config import Config, default_config, load_config
from lgotp_cli.diagnostics import Diagnostic
from lgotp_cli.diff.git import (
    Blob,
    copy_blob,
    link_stays_inside,
    links_to_itself,
    list_tree,
    read_blobs,
)
from lgotp_cli.errors import ConfigError
from lgotp_cli.i18n import diff_words, note_words
from lgotp_cli.i18n.text import Said
from lgotp_cli.models.record import Record, build_record
from lgotp_cli.reference.codes import former_codes
from lgotp_cli.rules.context import Context
from lgotp_cli.rules.cross_record import files_referenced
from lgotp_cli.rules.engine import check
from lgotp_cli.source.discover import (
    KIND_FOLDERS,
    RECORD_SUFFIXES,
    link_loop,
    link_out,
    parse_bytes,
    record_files,
    too_large,
)
from lgotp_cli.source.loader import MAX_FILE_BYTES
from lgotp_cli.source.model import RawFile
from lgotp_cli.source.records import Loaded, ReadProblem


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


def work_tree_blobs(root: Path, notes: list[Said] | None = None) -> list[Blob]:
    """The record files of the work tree, as bytes (other files are read where they are); a
    note for each git submodule among the record folders goes to ``notes``."""
    blobs = []
    submodules: list[Path] = []
    for path, _, is_link in record_files(root, submodules):
        relative = path.relative_to(root).as_posix()
        try:
            if is_link:
                data = str(path.readlink()).encode()
            else:
                with open(path, "rb") as stream:  # never more than a record file may hold
                    data = stream.read(MAX_FILE_BYTES + 1)
        except OSError:
            data = b""
        blobs.append(Blob(relative, data, is_link))
    if notes is not None:
        notes.extend(_submodule_note(folder.relative_to(root).as_posix()) for folder in submodules)
    return blobs


def _submodule_note(folder: str) -> Said:
    """The note for a git submodule among the record folders, as every command says it."""
    return note_words.SUBMODULE.of(folder=folder)


def revision_blobs(
    top: Path, commit: str, root: Path, into: Path, parser: Parser, notes: list[Said]
) -> list[Blob]:
    """The record files of ``root`` at ``commit``, and under ``into`` the other files the rules
    read there: ``lgotp.yaml`` and the reports records point to, streamed by git; every other
    file is an empty stand-in (the rules only ask whether a photograph is there), so a large
    file that no record refers to is never read. Submodules get a note in ``notes``."""
    entries, submodules = list_tree(top, commit, root)
    notes.extend(_submodule_note(path) for path in submodules if _in_kind_folder(path))
    wanted = [e for e in entries if _record_kind(e.path) is not None or e.is_link]
    small = [e for e in wanted if e.is_link or e.size <= MAX_FILE_BYTES]
    blobs = [Blob(entry.path, data, entry.is_link) for entry, data in read_blobs(top, small)]
    blobs += [
        Blob(e.path, b"", too_large=True)
        for e in wanted
        if not e.is_link and e.size > MAX_FILE_BYTES
    ]
    referenced = {"lgotp.yaml"}
    for blob in blobs:
        kind = _record_kind(blob.path)
        if kind is not None:
            for record in parser.parse(blob, kind)[1]:
                referenced.update(
                    posixpath.normpath(target) for _, target in files_referenced(record)
                )
    for entry in entries:
        relative = PurePosixPath(entry.path)
        if _record_kind(entry.path) is not None or entry.is_link:
            continue
        if ".." in relative.parts or relative.is_absolute():
            continue
        target = into.joinpath(*relative.parts)
        if entry.path in referenced:
            copy_blob(top, entry, target)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.touch()
    into.mkdir(parents=True, exist_ok=True)
    return blobs


def _in_kind_folder(path: str) -> bool:
    return PurePosixPath(path).parts[0] in KIND_FOLDERS


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
            if blob.too_large:
                raw = too_large(path, kind)
            elif blob.is_link and not link_stays_inside(blob.path, blob.data):
                raw = link_out(path, kind)
            elif blob.is_link and links_to_itself(blob.path, blob.data):
                raw = link_loop(path, kind)
            elif blob.is_link:
                raw = RawFile(path, kind)  # a link inside the root: its target is read as itself
            else:
                raw = parse_bytes(path, kind, blob.data)
            self._cache[key] = (raw, [build_record(r) for r in raw.records])
        return self._cache[key]


@dataclass(frozen=True)
class SideConfig:
    """A side's ``lgotp.yaml``: its configuration, or the L007 problems that make it unusable."""

    config: Config | None
    problems: list[Diagnostic]


def read_side_config(rules_root: Path) -> SideConfig:
    """The configuration at ``rules_root``, or its problems (L007) when it is invalid."""
    try:
        return SideConfig(load_config(rules_root), [])
    except ConfigError as error:
        # Said in English here, and in the chosen language when the side is made (load_side).
        problems = [replace(d, file=Path("lgotp.yaml")) for d in error.diagnostics()]
        return SideConfig(None, problems)


def load_side(
    label: str,
    blobs: list[Blob],
    rules_root: Path,
    today: date,
    parser: Parser,
    own: SideConfig,
    other: SideConfig,
    notes: list[Said] | None = None,
    lang: str = "en",
) -> Side:
    """Check the records of ``blobs`` with every rule; ``rules_root`` holds the side's other
    files (reports, lgotp.yaml); ``notes`` say what was left out. A side whose lgotp.yaml is
    invalid is checked with the other side's (else the built-in one), so that the diff shows
    the broken file and nothing it did not change."""
    said_notes = [note.in_(lang) for note in notes or []]
    config = own.config
    if config is None:
        config = other.config or default_config()
        borrowed = diff_words.CONFIG_BUILT_IN
        if other.config is not None:
            borrowed = diff_words.CONFIG_OF_OTHER_SIDE
        said_notes.append(borrowed(lang, side=label))
    records: list[Record] = []
    problems: list[ReadProblem] = []
    files: list[Path] = []
    for blob in sorted(blobs, key=lambda b: b.path):
        kind = _record_kind(blob.path)
        if kind is None:
            continue
        raw, built = parser.parse(blob, kind)
        files.append(raw.path)
        problems.extend(ReadProblem(raw.path, problem) for problem in raw.problems)
        records.extend(built)
    with former_codes(entry.as_former_code() for entry in config.host_codes):
        diagnostics = check(
            Loaded(records, problems, files), Context(today, config, rules_root, lang)
        )
    said_problems = [replace(d, message=d.message_in(lang)) for d in own.problems]
    return Side(label, records, said_problems + diagnostics, config, len(files), said_notes)


def temporary_root() -> tempfile.TemporaryDirectory:
    """A folder outside the work tree for a revision's files."""
    return tempfile.TemporaryDirectory(prefix="lgotp-diff-")
