"""Output files: the one place that checks where a command may write, and writes there.

Every file lgotp writes goes through here: reports, `diff -o`, Excel returns, `export`,
`schema -o`, the site's folder checks, and the record files of `new` and `import`. The rules:

- never inside the records root (``refuse_inside_records``), record files apart;
- the format from the file's extension when ``--format`` is not given
  (``format_from_extension``; each command words its own refusal);
- the folder must exist, the name must not be a folder, and an existing file is replaced only
  with ``--force`` where a command has it (``check_file``);
- written whole or not at all: a temporary file beside it, fsync, then a rename
  (``write_atomic``, ``build_atomic``); a FIFO or a device (``/dev/stdout``) is written into,
  never replaced by a file;
- created exclusively where a file must never be replaced (``create_new``);
- a new file gets the permissions the umask allows; a replaced one keeps its mode.

Failures are ``OutputError``: one sentence, exit 2.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Literal

from lgotp_cli.errors import UserError
from lgotp_cli.i18n import error_words as said
from lgotp_cli.i18n.spoken import OsReason
from lgotp_cli.source.discover import is_inside


class OutputError(UserError):
    """The output cannot be written; the message is one sentence for the user (exit 2)."""


# --- checks, before any record is read ----------------------------------------------------------


def refuse_inside_records(
    output: Path, records_root: Path, *, what: Literal["file", "site"] = "file"
) -> None:
    """Refuse an output under the records root: only `new` and `import` write there."""
    if is_inside(output, records_root):
        words = said.SITE_INSIDE_RECORDS if what == "site" else said.INSIDE_RECORDS
        raise OutputError(words.of(output=output, root=records_root))


def check_file(output: Path, records_root: Path | None, *, force: bool | None = None) -> None:
    """Check an output file before anything is made: outside the records root (when there is
    one), in a folder that exists, not a folder itself, and, for a command with ``--force``
    (``force`` not None), not an existing file unless forced."""
    if records_root is not None:
        refuse_inside_records(output, records_root)
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(said.NO_SUCH_FOLDER.of(path=output, folder=folder))
    if output.is_dir():
        raise OutputError(said.IS_A_FOLDER.of(path=output))
    if force is False and output.exists():
        raise OutputError(said.EXISTS.of(output=output))


def format_from_extension(output: Path, by_suffix: Mapping[str, str]) -> str | None:
    """The format ``output``'s extension names in ``by_suffix`` (``.CSV`` as ``.csv``), or None."""
    return by_suffix.get(output.suffix.lower())


def is_regular_or_absent(path: Path) -> bool:
    """Whether ``path`` is a regular file (after links) or does not exist yet."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return True  # let the write itself say what is wrong


def cannot_write(path: Path | str, error: BaseException):
    """The sentence for an output the operating system refused: ``cannot write PATH: why.``"""
    return said.CANNOT_WRITE.of(path=path, reason=OsReason.of(error))


# --- writing ------------------------------------------------------------------------------------


def write_output(
    output: Path | None, content: str | bytes | Iterable[str], *, bom: bool = False
) -> None:
    """Write ``content`` to ``output`` (whole or not at all), or to standard output when
    ``output`` is None. Text may come in chunks (an iterable of str), written as they come;
    ``bom`` starts a file with a byte-order mark (Excel then opens a CSV file as UTF-8)."""
    if output is None:
        if isinstance(content, str):
            sys.stdout.write(content)
        elif isinstance(content, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(content)
        else:
            for chunk in content:
                sys.stdout.write(chunk)
        return
    mark = "\ufeff" if bom else ""
    if isinstance(content, str):
        data: bytes | Iterable[bytes] = (mark + content).encode("utf-8")
    elif isinstance(content, bytes):
        data = content
    else:
        data = (chunk.encode("utf-8") for chunk in itertools.chain((mark,), content))
    write_atomic(output, data)


def write_atomic(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    ``data`` may come in chunks (an iterable of bytes), so that a large output need not be
    held in memory whole. A FIFO or a device is written into instead."""
    directory = _folder_of(path)
    if path.is_dir():
        raise OutputError(said.IS_A_FOLDER.of(path=path))
    if not is_regular_or_absent(path):
        _write_into(path, data)
        return
    handle, temporary = _temporary_beside(path, directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            _write_all(stream, data)
            stream.flush()
            os.fsync(stream.fileno())
        _put_in_place(temporary, path)
    except BaseException as error:
        _discard(temporary)
        if isinstance(error, OSError):
            raise OutputError(cannot_write(path, error)) from None
        raise


def replace_unchanged(path: Path, expected: bytes | None, data: bytes) -> bool:
    """Put ``data`` in place of the file ``path`` atomically (its mode kept, as ``write_atomic``
    does), only while it still holds ``expected`` (None: whatever it holds); False, and nothing
    written, when it changed since it was read. `validate --fix` and `import --update` change
    record files this way."""
    if expected is not None:
        try:
            if path.read_bytes() != expected:
                return False
        except OSError:
            return False
    write_atomic(path, data)
    return True


def build_atomic(
    path: Path,
    build: Callable[[Path], None],
    *,
    what: object,
    errors: tuple[type[Exception], ...] = (),
) -> None:
    """Make ``path`` whole or not at all when a library writes the file by its name (SQLite):
    ``build(temporary)`` fills a temporary file beside it, which is then synced and renamed.
    ``what`` names the file for the refusal of a FIFO or device ("an SQLite database");
    ``errors``: what else ``build`` raises for a file that cannot be written."""
    directory = _folder_of(path)
    if not is_regular_or_absent(path):
        raise OutputError(said.NOT_A_REGULAR_FILE.of(path=path, what=what))
    handle, temporary = _temporary_beside(path, directory)
    os.close(handle)
    try:
        build(Path(temporary))
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())
        _put_in_place(temporary, path)
    except BaseException as error:
        _discard(temporary)
        if isinstance(error, (OSError, *errors)):
            raise OutputError(cannot_write(path, error)) from None
        raise


def create_new(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole, and only if no file is there: FileExistsError when
    the name is taken (nothing is ever replaced), OutputError when it cannot be written. The
    folder is made when missing."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(cannot_write(path, error)) from None
    handle, temporary = _temporary_beside(path, path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        try:
            os.link(temporary, path)  # fails if the name is taken: nothing is ever replaced
        except FileExistsError:
            raise
        except OSError:  # no hard links on this file system: create exclusively instead
            with open(path, "xb") as stream:
                stream.write(data)
    except FileExistsError:
        raise
    except OSError as error:
        raise OutputError(cannot_write(path, error)) from None
    finally:
        _discard(temporary)


def _folder_of(path: Path) -> Path:
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(said.NO_SUCH_FOLDER.of(path=path, folder=directory))
    return directory


def _temporary_beside(path: Path, directory: Path) -> tuple[int, str]:
    """A new hidden file in ``path``'s folder (so that the rename stays on one file system)."""
    try:
        return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise OutputError(cannot_write(path, error)) from None


def _put_in_place(temporary: str, path: Path) -> None:
    mode = os.stat(path).st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
    os.chmod(temporary, mode)
    os.replace(temporary, path)


def _discard(temporary: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temporary)


def _write_all(stream, data: bytes | Iterable[bytes]) -> None:
    if isinstance(data, bytes | bytearray):
        stream.write(data)
    else:
        for chunk in data:
            stream.write(chunk)


def _write_into(path: Path, data: bytes | Iterable[bytes]) -> None:
    try:
        with open(path, "wb") as stream:
            _write_all(stream, data)
    except OSError as error:
        raise OutputError(cannot_write(path, error)) from None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
