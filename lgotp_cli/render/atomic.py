"""Every output file is written whole or not at all: a temporary file beside it, then a rename."""

from __future__ import annotations

import contextlib
import gc
import io
import os
import stat
import sys
import tempfile
from pathlib import Path


class OutputError(Exception):
    """The output file cannot be written; the message is one sentence for the user."""


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"cannot write {path}: the folder {directory} does not exist.")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder; give a file name.")
    if not is_regular_or_absent(path):
        # A FIFO or a device (/dev/null, /dev/stdout): written into, never replaced by a file.
        _write_into(path, data)
        return
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}.") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        mode = os.stat(path).st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise OutputError(f"cannot write {path}: {error.strerror or error}.") from None
        raise


def is_regular_or_absent(path: Path) -> bool:
    """Whether ``path`` is a regular file (after links) or does not exist yet."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return True  # let the write itself say what is wrong


def _write_into(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb") as stream:
            stream.write(data)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}.") from None


def workbook_bytes(workbook) -> bytes:
    """An openpyxl workbook's bytes. openpyxl writes each sheet to a temporary file first, so a
    full disk (or a file size limit) shows here: an OutputError naming the cause."""
    buffer = io.BytesIO()
    failure = None
    previous_hook = sys.unraisablehook
    # openpyxl's half-written sheet streams complain when they are freed after such a failure;
    # the failure itself is reported, once, as one sentence.
    sys.unraisablehook = _ignore
    try:
        try:
            workbook.save(buffer)
        except OSError as error:
            failure = error.strerror or str(error)
        if failure is not None:
            gc.collect()  # the streams sit in reference cycles: freed here, while quiet
    finally:
        sys.unraisablehook = previous_hook
    if failure is not None:
        raise OutputError(f"{failure} (while making the workbook); free some space and run again")
    return buffer.getvalue()


def _ignore(unraisable) -> None:
    pass


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
