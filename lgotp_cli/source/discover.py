"""Which files of a records root are record files, and of which kind; reading one of them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from lgotp_cli.source.csv_sheet import load_csv
from lgotp_cli.source.loader import FileProblem, load_yaml, read_text
from lgotp_cli.source.model import Problem, RawFile

KIND_FOLDERS = {"trainees": "trainee", "dispatches": "dispatch", "requests": "request"}
RECORD_SUFFIXES = frozenset((".yaml", ".yml", ".csv"))


def record_files(root: Path) -> Iterator[tuple[Path, str]]:
    """Every record file under ``root`` with the kind its folder gives, in a stable order.

    Files and folders whose name starts with ``.`` are skipped.
    """
    for folder, kind in KIND_FOLDERS.items():
        top = root / folder
        if not top.is_dir():
            continue
        for directory, subdirs, files in os.walk(top, followlinks=False):
            subdirs[:] = sorted(name for name in subdirs if not name.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                path = Path(directory, name)
                if path.suffix.lower() in RECORD_SUFFIXES:
                    yield path, kind


def is_inside(path: Path, root: Path) -> bool:
    """True when ``path`` (after following links) lies under ``root``."""
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError):
        return False
    return True


def read_record_file(path: Path, kind: str, root: Path) -> RawFile:
    """Read one record file of ``kind``; a file that cannot be read yields problems, not errors."""
    if path.is_symlink() and not is_inside(path, root):
        return RawFile(
            path,
            kind,
            problems=[
                Problem(
                    "X305",
                    1,
                    1,
                    "record file is a link that leads outside the "
                    "records root; it is not read; replace it with the file itself",
                )
            ],
        )
    try:
        text = read_text(path)
    except FileProblem as stop:
        return RawFile(path, kind, problems=[stop.problem])
    except OSError as error:
        reason = error.strerror or error.__class__.__name__
        return RawFile(
            path, kind, problems=[Problem("L001", 1, 1, f"file cannot be read: {reason}")]
        )
    if path.suffix.lower() == ".csv":
        return load_csv(path, kind, text)
    return load_yaml(path, kind, text)
