"""Which files of a records root are record files, and of which kind; reading one of them."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from lgotp_cli.i18n.messages import files as said
from lgotp_cli.source.csv_sheet import load_csv
from lgotp_cli.source.loader import MAX_FILE_BYTES, FileProblem, decode, load_yaml, read_text
from lgotp_cli.source.model import Problem, RawFile

KIND_FOLDERS = {"trainees": "trainee", "dispatches": "dispatch", "requests": "request"}
FOLDER_OF_KIND = {kind: folder for folder, kind in KIND_FOLDERS.items()}
RECORD_SUFFIXES = frozenset((".yaml", ".yml", ".csv"))


class RecordFile(NamedTuple):
    """A record file found under the root: its path, its kind, and whether it is a link."""

    path: Path
    kind: str
    is_link: bool = False


def record_files(root: Path, submodules: list[Path] | None = None) -> Iterator[RecordFile]:
    """Every record file under ``root`` with the kind its folder gives, in a stable order.

    Files and folders whose name starts with ``.`` are skipped; linked folders are not followed.
    A folder that is a git submodule (it holds ``.git``) is another repository: its files are
    not part of the records repository (``git ls-tree`` does not list them either, so that
    `validate` and `diff` agree); it is added to ``submodules`` when a list is given, for a note.
    """
    for folder, kind in KIND_FOLDERS.items():
        top = root / folder
        if top.is_symlink() and not is_inside(top, root):
            # A kind folder linked elsewhere: reported (X305), never listed.
            yield RecordFile(top, kind, True)
        elif top.is_dir():
            for path, is_link in _walk(top, root, submodules):
                yield RecordFile(path, kind, is_link)


def _walk(
    directory: Path, root: Path, submodules: list[Path] | None
) -> Iterator[tuple[Path, bool]]:
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                if os.path.lexists(os.path.join(entry.path, ".git")):
                    if submodules is not None:
                        submodules.append(directory / name)
                    continue
                yield from _walk(directory / name, root, submodules)
            elif entry.is_symlink() and entry.is_dir() and not is_inside(directory / name, root):
                # A folder linked out of the root is reported (X305), not read; one linked
                # within the root is not followed (its files are read where they really are).
                yield directory / name, True
            elif name[name.rfind(".") :].lower() in RECORD_SUFFIXES:
                # scandir knows whether an entry is a link without another system call.
                yield directory / name, entry.is_symlink()
        except OSError:
            # A link that cannot be followed (a loop: ELOOP): reported, never read.
            yield directory / name, True


def submodule_note(relative: str, lang: str = "en") -> str:
    """The note for a git submodule among the record folders (the same for every command),
    in ``lang``."""
    from lgotp_cli.i18n import note_words

    return note_words.SUBMODULE(lang, folder=relative)


def is_inside(path: Path, root: Path) -> bool:
    """True when ``path`` (after following links) lies under ``root``."""
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a loop of links (Python 3.11)
        return False
    return True


def is_link_loop(path: Path) -> bool:
    """Whether following ``path`` goes round a loop of links."""
    try:
        os.stat(path)
    except OSError as error:
        return error.errno == errno.ELOOP
    return False


def read_record_file(path: Path, kind: str, root: Path, *, is_link: bool | None = None) -> RawFile:
    """Read one record file of ``kind``; a file that cannot be read yields problems, not errors.

    ``is_link`` says whether the file is a symbolic link, when the caller already knows.
    """
    if is_link is None:
        is_link = path.is_symlink()
    if is_link and is_link_loop(path):
        return link_loop(path, kind)
    if is_link and not is_inside(path, root):
        return link_out(path, kind)
    try:
        text = read_text(path)
    except FileProblem as stop:
        return RawFile(path, kind, problems=[stop.problem])
    except OSError as error:
        reason = error.strerror or error.__class__.__name__
        return RawFile(
            path, kind, problems=[Problem("L001", 1, 1, said.CANNOT_READ.of(reason=reason))]
        )
    return parse_text(path, kind, text, on_disk=True)


def link_out(path: Path, kind: str) -> RawFile:
    """A record file (or folder) that is a link out of the root: X305, and it is not read."""
    message = said.FOLDER_LINK_OUT if os.path.isdir(path) else said.LINK_OUT
    return RawFile(path, kind, problems=[Problem("X305", 1, 1, message.of())])


def link_loop(path: Path, kind: str) -> RawFile:
    """A record file that is a link round a loop of links: X305, and it is not read."""
    return RawFile(path, kind, problems=[Problem("X305", 1, 1, said.LINK_LOOP.of())])


def too_large(path: Path, kind: str) -> RawFile:
    """A record file over MAX_FILE_BYTES: L006, and it is not read."""
    return RawFile(path, kind, problems=[Problem("L006", 1, 1, said.FILE_TOO_LARGE.of())])


def parse_bytes(path: Path, kind: str, data: bytes) -> RawFile:
    """A record file's bytes (from git, say) read as a file on disk would be."""
    if len(data) > MAX_FILE_BYTES:
        return too_large(path, kind)
    try:
        text = decode(data)
    except FileProblem as stop:
        return RawFile(path, kind, problems=[stop.problem])
    return parse_text(path, kind, text)


def parse_text(path: Path, kind: str, text, *, on_disk: bool = False) -> RawFile:
    """A record file's decoded text as records: a CSV sheet or YAML, by the file's suffix."""
    if path.suffix.lower() == ".csv":
        return load_csv(path, kind, text)
    return load_yaml(path, kind, text, on_disk=on_disk)
