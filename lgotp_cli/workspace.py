"""Where the records are, what day it is, and where an internal error's trace goes."""

from __future__ import annotations

import re
import tempfile
import traceback
from datetime import date
from pathlib import Path

from lgotp_cli.errors import UserError
from lgotp_cli.i18n import error_words
from lgotp_cli.source.discover import KIND_FOLDERS


def looks_like_records_root(path: Path) -> bool:
    """A folder with ``lgotp.yaml`` or one of the kind folders."""
    return path.is_dir() and (
        (path / "lgotp.yaml").is_file() or any((path / name).is_dir() for name in KIND_FOLDERS)
    )


def find_records_root(explicit: Path | None, paths: list[Path]) -> Path:
    """The records root: ``explicit`` (--records or $LGOTP_RECORDS); else the nearest folder
    at or above the first PATH that looks like a records root; else ``./records``; else, when
    there is no ``./records``, the current folder when it looks like a records root itself (a
    repository made by `lgotp init`, where the record folders stand at the top)."""
    if explicit is not None:
        root = explicit
    else:
        root = Path("records")
        if not paths and not root.exists() and looks_like_records_root(Path(".")):
            root = Path(".")
        for path in paths[:1]:
            start = path if path.is_dir() else path.parent
            for candidate in (start, *start.resolve().parents):
                if looks_like_records_root(candidate):
                    root = candidate
                    break
    if not root.exists():
        raise UserError(error_words.NO_RECORDS_ROOT.of(root=root))
    if not root.is_dir():
        raise UserError(error_words.ROOT_NOT_A_FOLDER.of(root=root))
    return root


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_today(text: str | None) -> date:
    """``--today``/``LGOTP_TODAY`` as a date, or the real date when neither is set."""
    if not text:
        return date.today()
    if _ISO_DATE.fullmatch(text.strip()):
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            pass
    raise UserError(error_words.BAD_TODAY.of(value=text))


def write_crash_report() -> Path:
    """Write the current exception's trace to a file and return its path."""
    with tempfile.NamedTemporaryFile(
        "w", prefix="lgotp-crash-", suffix=".txt", delete=False, encoding="utf-8"
    ) as handle:
        handle.write(traceback.format_exc())
        return Path(handle.name)
