"""Reading a records root at a git revision with git's plumbing: `ls-tree -l` for the files
and their sizes, one `cat-file --batch` streamed for the record files, `cat-file blob` into a
file for the few others the rules read. Nothing is checked out; the work tree is untouched."""

from __future__ import annotations

import os
import posixpath
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lgotp_cli.errors import Sentence
from lgotp_cli.i18n import error_words as said


class GitError(Sentence):
    """git cannot give what was asked; the message is one sentence saying what to do."""


@dataclass(frozen=True, slots=True)
class Blob:
    """A record file at a revision (or in the work tree): its path relative to the records
    root, and its bytes (none when it is over the size a record file may have)."""

    path: str
    data: bytes
    is_link: bool = False
    too_large: bool = False


def _git(top: Path, *args: str, input_bytes: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(
            ["git", *args], cwd=top, input=input_bytes, capture_output=True, check=False
        )
    except FileNotFoundError:
        raise GitError(said.GIT_MISSING.of()) from None
    if done.returncode != 0:
        told = done.stderr.decode("utf-8", "replace").strip()
        raise GitError(told or said.SENTENCE.of(text=said.GIT_FAILED.of(command=args[0])))
    return done.stdout


def repository_top(root: Path) -> Path:
    """The top of the git work tree holding ``root``."""
    try:
        out = _git(root.resolve(), "rev-parse", "--show-toplevel")
    except GitError:
        raise GitError(said.NOT_A_REPOSITORY.of(root=root)) from None
    return Path(out.decode().strip())


def resolve(top: Path, revision: str) -> str:
    """The commit a revision names; GitError says what to do when it names none."""
    try:
        return (
            _git(top, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").decode().strip()
        )
    except GitError:
        shallow = (top / ".git" / "shallow").exists() or _is_shallow(top)
        hint = said.SHALLOW_CLONE if shallow else said.CHECK_REVISION
        raise GitError(said.UNKNOWN_REVISION.of(revision=revision, hint=hint)) from None


def _is_shallow(top: Path) -> bool:
    try:
        return _git(top, "rev-parse", "--is-shallow-repository").decode().strip() == "true"
    except GitError:
        return False


def default_base(top: Path) -> str:
    """The merge base of HEAD with the default branch (origin's HEAD, else main or master)."""
    candidates = []
    try:
        symbolic = _git(top, "symbolic-ref", "--quiet", "refs/remotes/origin/HEAD").decode().strip()
        candidates.append(symbolic)
    except GitError:
        pass
    candidates += ["origin/main", "origin/master", "main", "master"]
    for branch in candidates:
        try:
            _git(top, "rev-parse", "--verify", "--quiet", branch)
        except GitError:
            continue
        try:
            return _git(top, "merge-base", "HEAD", branch).decode().strip()
        except GitError:
            raise GitError(said.NO_MERGE_BASE.of(branch=branch)) from None
    raise GitError(said.NO_DEFAULT_BRANCH.of())


@dataclass(frozen=True, slots=True)
class Entry:
    """A file listed at a revision (not read): its path relative to the records root, its
    object, its size, and whether it is a symbolic link."""

    path: str
    sha: str
    size: int
    is_link: bool = False


def list_tree(top: Path, revision: str, root: Path) -> tuple[list[Entry], list[str]]:
    """Every file under ``root`` at ``revision`` with its size (nothing is read), and the
    submodules there (their paths): their files are another repository's."""
    prefix = os.path.relpath(root.resolve(), top).replace(os.sep, "/")
    prefix = "" if prefix == "." else prefix + "/"
    listing = _git(top, "ls-tree", "-r", "-l", "-z", "--full-tree", revision, "--", prefix or ".")
    entries, submodules = [], []
    for item in listing.split(b"\0"):
        if not item:
            continue
        meta, _, raw_path = item.partition(b"\t")
        mode, kind, sha, size = meta.decode().split()
        path = raw_path.decode("utf-8", "surrogateescape")[len(prefix) :]
        if kind == "commit":
            submodules.append(path)
        elif kind == "blob":
            entries.append(Entry(path, sha, int(size), mode == "120000"))
    return entries, submodules


def read_blobs(top: Path, entries: list[Entry]) -> Iterator[tuple[Entry, bytes]]:
    """The contents of ``entries``, streamed from one `git cat-file --batch`: one blob in
    memory at a time (the caller keeps what it needs)."""
    if not entries:
        return
    try:
        process = subprocess.Popen(
            ["git", "cat-file", "--batch"],
            cwd=top,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        raise GitError(said.GIT_MISSING.of()) from None
    # Requests are written by a thread so that git never waits on a full pipe either way.
    request = "".join(f"{entry.sha}\n" for entry in entries).encode()
    writer = threading.Thread(target=_write_and_close, args=(process.stdin, request))
    writer.start()
    try:
        for entry in entries:
            header = process.stdout.readline()
            size = int(header.split()[2])
            data = process.stdout.read(size)
            process.stdout.read(1)  # the line feed after the contents
            yield entry, data
    finally:
        writer.join()
        process.stdout.close()
        process.wait()


def _write_and_close(stream, data: bytes) -> None:
    try:
        stream.write(data)
        stream.close()
    except OSError:
        pass


def copy_blob(top: Path, entry: Entry, target: Path) -> None:
    """Write one file of a revision to ``target``, streamed by git (never held in memory)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as stream:
        done = subprocess.run(
            ["git", "cat-file", "blob", entry.sha], cwd=top, stdout=stream, stderr=subprocess.PIPE
        )
    if done.returncode != 0:
        told = done.stderr.decode("utf-8", "replace").strip()
        raise GitError(told or said.SENTENCE.of(text=said.GIT_FAILED.of(command="cat-file")))


def link_stays_inside(link_path: str, target: bytes) -> bool:
    """Whether a symbolic link at ``link_path`` (relative to the root) points inside the root."""
    text = target.decode("utf-8", "replace")
    if text.startswith("/"):
        return False
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(link_path), text))
    return not (joined == ".." or joined.startswith("../"))


def links_to_itself(link_path: str, target: bytes) -> bool:
    """Whether a symbolic link at ``link_path`` points at itself (a loop of one link)."""
    text = target.decode("utf-8", "replace")
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(link_path), text))
    return joined == link_path
