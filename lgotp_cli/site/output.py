"""Where the site goes: the output folder is checked before anything is read, the site is built
in a temporary folder beside it and then moved into place, and a folder that holds other files
is used only with ``--force`` (its other files are then kept: lgotp removes only what an
earlier `lgotp site` wrote there, as listed in the site's manifest). The rules every output
shares (never inside the records root) are ``output.files``'s.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import tempfile
from pathlib import Path, PurePosixPath

from lgotp_cli.errors import UserError
from lgotp_cli.i18n import error_words as said
from lgotp_cli.i18n.spoken import Listed
from lgotp_cli.output.files import cannot_write, refuse_inside_records
from lgotp_cli.site.links import MANIFEST
from lgotp_cli.source.discover import is_inside


def previous_files(output: Path) -> list[str]:
    """What an earlier `lgotp site` wrote to ``output`` (its manifest): only files reached
    without a link and without leaving the folder. The manifest can be hand-made: a link it
    lists, or a file behind a link, is somebody else's."""
    try:
        listed = json.loads((output / MANIFEST).read_text(encoding="utf-8")).get("files", [])
    except (OSError, ValueError, AttributeError):
        return []
    files = []
    for name in listed if isinstance(listed, list) else []:
        if not isinstance(name, str) or not name or name.startswith(("/", "\\")):
            continue
        parts = PurePosixPath(name).parts
        if ".." in parts or "\\" in name or ":" in name:
            continue
        if _plain_file_or_absent(output, parts):
            files.append(name)
    return files


def _plain_file_or_absent(output: Path, parts: tuple[str, ...]) -> bool:
    """Whether ``output/parts…`` is a regular file (or nothing) reached through real folders:
    no part of it is a link."""
    path = output
    for index, part in enumerate(parts):
        path = path / part
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            return True
        except OSError:
            return False
        last = index == len(parts) - 1
        if not (stat.S_ISREG(mode) if last else stat.S_ISDIR(mode)):
            return False
    return True


def _remove_without_links(output: Path, name: str) -> bool:
    """Remove the file ``output/name`` without following any link on the way (each folder is
    opened with O_NOFOLLOW, so a folder swapped for a link meanwhile is not entered either);
    whether it was removed."""
    *folders, last = PurePosixPath(name).parts
    flags = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW
    try:
        descriptor = os.open(output, flags)
    except OSError:
        return False
    try:
        for folder in folders:
            inner = os.open(folder, flags, dir_fd=descriptor)
            os.close(descriptor)
            descriptor = inner
        if not stat.S_ISREG(os.stat(last, dir_fd=descriptor, follow_symlinks=False).st_mode):
            return False  # a link or anything else put there since: not ours
        os.unlink(last, dir_fd=descriptor)
        return True
    except OSError:
        return False
    finally:
        os.close(descriptor)


def _others(output: Path) -> list[str]:
    """Files in ``output`` that no earlier `lgotp site` wrote (first few, sorted)."""
    ours = set(previous_files(output)) | {MANIFEST}
    found = []
    for folder, directories, names in os.walk(output):
        directories.sort()
        here = Path(folder)
        if not directories and not names and here != output:
            found.append(here.relative_to(output).as_posix() + "/")  # an empty folder
        links = [name for name in directories if (here / name).is_symlink()]
        for name in sorted(names + links):
            relative = (here / name).relative_to(output).as_posix()
            if relative not in ours:
                found.append(relative)
        if len(found) >= 3:
            return found[:3]
    return found


def check_output(output: Path, root: Path, *, force: bool) -> None:
    """Refuse an output folder the site must not be written to; one sentence each."""
    refuse_inside_records(output, root, what="site")
    if is_inside(root, output):
        raise UserError(said.ROOT_INSIDE_SITE.of(root=root, output=output))
    if output.is_symlink():
        raise UserError(said.SITE_IS_A_LINK.of(output=output))
    if output.exists() and not output.is_dir():
        raise UserError(said.SITE_IS_A_FILE.of(output=output))
    parent = output.absolute().parent
    if not parent.is_dir():
        raise UserError(said.NO_SUCH_FOLDER.of(path=output, folder=parent))
    if output.is_dir() and not force:
        others = _others(output)
        if others:
            listed = Listed.of(others)
            raise UserError(said.SITE_HOLDS_OTHER_FILES.of(output=output, files=listed))


def staging_folder(output: Path) -> Path:
    """A new, private folder beside ``output`` (same file system) to build the site in."""
    parent = output.absolute().parent
    try:
        return Path(tempfile.mkdtemp(prefix=f".{output.absolute().name}.lgotp-", dir=parent))
    except OSError as error:
        raise UserError(cannot_write(output, error)) from None


def discard(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def commit(staging: Path, output: Path, files: list[str]) -> None:
    """Put the site built in ``staging`` (``files``, its manifest written last) at ``output``:
    by renaming the folder when ``output`` is new or empty, else file by file (each replaced
    atomically), then removing what an earlier build wrote and this one did not."""
    manifest = json.dumps({"generator": "lgotp site", "files": files}, indent=0)
    (staging / MANIFEST).write_text(manifest + "\n", encoding="utf-8")
    try:
        if not output.exists() or (output.is_dir() and not any(output.iterdir())):
            if output.exists():
                output.rmdir()
            staging.rename(output)
            return
        _merge(staging, output, files)
    except OSError as error:
        raise UserError(cannot_write(output, error)) from None
    finally:
        discard(staging)


def _merge(staging: Path, output: Path, files: list[str]) -> None:
    old = previous_files(output)
    folders = sorted({str(PurePosixPath(name).parent) for name in files} - {"."})
    for folder in folders:
        path = output
        for part in PurePosixPath(folder).parts:
            path = path / part
            if path.is_symlink() or (path.exists() and not path.is_dir()):
                raise UserError(said.SITE_NEEDS_A_FOLDER.of(path=path))
    for name in files:
        target = output / name
        if target.is_dir() and not target.is_symlink():
            raise UserError(said.SITE_PAGE_IS_A_FOLDER.of(path=target))
    for name in [*files, MANIFEST]:
        target = output / name
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / name, target)
    keep = set(files) | {MANIFEST}
    emptied = set()
    for name in old:
        if name in keep:
            continue
        if _remove_without_links(output, name):
            emptied.update((output / name).parents)
    for folder in sorted(emptied, key=lambda p: len(p.parts), reverse=True):
        if folder != output and is_inside(folder, output):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty
