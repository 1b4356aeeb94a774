"""Every output file is written whole or not at all: a temporary file beside it, then a rename."""

from __future__ import annotations

import contextlib
import gc
import io
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


class OutputError(Exception):
    """The output file cannot be written; the message is one sentence for the user."""


def write_atomic(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    ``data`` may come in chunks (an iterable of bytes), so that a large output need not be
    held in memory whole."""
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
            _write_all(stream, data)
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


def _write_all(stream, data: bytes | Iterable[bytes]) -> None:
    if isinstance(data, bytes | bytearray):
        stream.write(data)
    else:
        for chunk in data:
            stream.write(chunk)


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
            _write_all(stream, data)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}.") from None


def making_workbook(make: Callable[[], bytes]) -> bytes:
    """``make()``: the bytes of an openpyxl workbook. openpyxl writes sheets to temporary files
    (a write-only sheet as rows are appended, any other when saved), so a full disk or a file
    size limit shows here: an OutputError naming the cause."""
    failure = None
    previous_hook = sys.unraisablehook
    # openpyxl's half-written sheet streams complain when they are freed after such a failure;
    # the failure itself is reported, once, as one sentence.
    sys.unraisablehook = _ignore
    try:
        try:
            return make()
        except OSError as error:
            failure = error.strerror or str(error)
        # Out of the handler the traceback is gone; what it held (the workbook and its streams,
        # in reference cycles) is freed here, while the hook is quiet.
        gc.collect()
    finally:
        sys.unraisablehook = previous_hook
    raise OutputError(f"{failure} (while making the workbook); free some space and run again")


def workbook_bytes(workbook) -> bytes:
    """An openpyxl workbook's bytes; a failure to write openpyxl's temporary files is an
    OutputError (see ``making_workbook``)."""

    def save() -> bytes:
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()

    return making_workbook(save)


def _ignore(unraisable) -> None:
    pass


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
