"""``python -m lgotp_cli.docgen [DIR]``: write the generated reference pages into DIR (default:
``docs`` in the current folder, the repository's top) and say which changed."""

from __future__ import annotations

import sys
from pathlib import Path

from lgotp_cli.docgen import write


def main(argv: list[str]) -> int:
    """Write the pages; 0, or 2 when asked for more than one folder."""
    if len(argv) > 1:
        print("usage: python -m lgotp_cli.docgen [DIR]", file=sys.stderr)
        return 2
    folder = Path(argv[0] if argv else "docs")
    changed = write(folder)
    for name in changed:
        print(f"wrote {folder / name}")
    if not changed:
        print(f"{folder}: every generated page is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
