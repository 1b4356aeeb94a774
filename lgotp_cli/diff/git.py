"""Reading a records root at a git revision with git's plumbing: `ls-tree` for the files,
one `cat-file --batch` for their contents. Nothing is checked out; the work tree is untouched."""

from __future__ import annotations

import os
import posixpath
import subprocess
from dataclasses import dataclass
from pathlib import Path


class GitError(Exception):
    """git cannot give what was asked; the message is one sentence saying what to do."""


@dataclass(frozen=True, slots=True)
class Blob:
    """A file at a revision: its path relative to the records root, and its bytes."""

    path: str
    data: bytes
    is_link: bool = False


def _git(top: Path, *args: str, input_bytes: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(
            ["git", *args], cwd=top, input=input_bytes, capture_output=True, check=False
        )
    except FileNotFoundError:
        raise GitError("git is not installed; lgotp diff needs git to read revisions.") from None
    if done.returncode != 0:
        raise GitError(done.stderr.decode("utf-8", "replace").strip() or f"git {args[0]} failed")
    return done.stdout


def repository_top(root: Path) -> Path:
    """The top of the git work tree holding ``root``."""
    try:
        out = _git(root.resolve(), "rev-parse", "--show-toplevel")
    except GitError:
        raise GitError(
            f"{root} is not inside a git repository; lgotp diff compares git revisions of the "
            "records (run it in a clone)."
        ) from None
    return Path(out.decode().strip())


def resolve(top: Path, revision: str) -> str:
    """The commit a revision names; GitError says what to do when it names none."""
    try:
        return (
            _git(top, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").decode().strip()
        )
    except GitError:
        shallow = (top / ".git" / "shallow").exists() or _is_shallow(top)
        hint = (
            " This clone is shallow: run `git fetch --unshallow` (or fetch with more depth) "
            "so that the revision is there."
            if shallow
            else " Check the name with `git log --oneline` or `git branch -a`."
        )
        raise GitError(f"unknown revision '{revision}'.{hint}") from None


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
            raise GitError(
                f"HEAD and {branch} have no merge base here; if this is a shallow clone, run "
                "`git fetch --unshallow`, or name the base revision: lgotp diff BASE."
            ) from None
    raise GitError(
        "no default branch (main or master) to compare with; name the base: lgotp diff BASE."
    )


def read_tree(top: Path, revision: str, root: Path) -> list[Blob]:
    """Every file under ``root`` at ``revision``, read in one `git cat-file --batch`."""
    prefix = os.path.relpath(root.resolve(), top).replace(os.sep, "/")
    prefix = "" if prefix == "." else prefix + "/"
    listing = _git(top, "ls-tree", "-r", "-z", "--full-tree", revision, "--", prefix or ".")
    entries = []
    for item in listing.split(b"\0"):
        if not item:
            continue
        meta, _, path = item.partition(b"\t")
        mode, kind, sha = meta.decode().split()
        if kind != "blob":
            continue
        entries.append((path.decode("utf-8", "surrogateescape"), sha, mode == "120000"))
    if not entries:
        return []
    request = "".join(f"{sha}\n" for _, sha, _ in entries).encode()
    output = _git(top, "cat-file", "--batch", input_bytes=request)
    blobs = []
    position = 0
    for path, _, is_link in entries:
        header_end = output.index(b"\n", position)
        size = int(output[position:header_end].split()[2])
        start = header_end + 1
        data = output[start : start + size]
        position = start + size + 1
        blobs.append(Blob(path[len(prefix) :], data, is_link))
    return blobs


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
