"""`lgotp diff`: what a change does to the records, for the reviewer of a pull request."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from lgotp_cli.diff.compare import Diff, compare
from lgotp_cli.diff.git import default_base, repository_top, resolve
from lgotp_cli.diff.sides import (
    Parser,
    load_side,
    read_side_config,
    revision_blobs,
    temporary_root,
    work_tree_blobs,
)
from lgotp_cli.i18n import diff_words
from lgotp_cli.i18n.text import Said


def run_diff(
    root: Path, base: str | None, head: str | None, *, today: date, lang: str = "en"
) -> Diff:
    """Compare the records at ``base`` (default: the merge base with the default branch) with
    ``head`` (default: the work tree). Raises GitError with a sentence for the user."""
    top = repository_top(root)
    base_commit = resolve(top, base) if base else default_base(top)
    head_commit = resolve(top, head) if head else None
    parser = Parser(root)
    with temporary_root() as folder:
        base_root, base_notes = Path(folder) / "base", []
        base_blobs = revision_blobs(top, base_commit, root, base_root, parser, base_notes)
        head_notes: list[Said] = []
        if head_commit is None:
            head_label = diff_words.WORK_TREE(lang)
            head_blobs, head_root = work_tree_blobs(root, head_notes), root
        else:
            head_label = head or head_commit[:12]
            head_root = Path(folder) / "head"
            head_blobs = revision_blobs(top, head_commit, root, head_root, parser, head_notes)
        # Both configurations first: a side whose lgotp.yaml is invalid borrows the other's.
        base_config, head_config = read_side_config(base_root), read_side_config(head_root)
        base_side = load_side(
            base or base_commit[:12],
            base_blobs,
            base_root,
            today,
            parser,
            base_config,
            head_config,
            base_notes,
            lang,
        )
        head_side = load_side(
            head_label,
            head_blobs,
            head_root,
            today,
            parser,
            head_config,
            base_config,
            head_notes,
            lang,
        )
        result = compare(base_side, head_side, lang=lang)
    # Problems name their files as `validate` does: from the current directory.
    result.diagnostics_added = [replace(d, file=root / d.file) for d in result.diagnostics_added]
    result.diagnostics_cleared = [
        replace(d, file=root / d.file) for d in result.diagnostics_cleared
    ]
    return result
