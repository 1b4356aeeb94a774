"""The reference pages of ``docs/`` that lgotp writes itself, so that they never disagree with
the code: the rules (``rules.md``, ``rules.ja.md``, from the rule registry) and the command line
(``cli.md``, ``cli.ja.md``, from the commands' declarations). ``records.md`` and
``records.ja.md`` are written by hand.

Regenerate them from the repository's top folder with ``python -m lgotp_cli.docgen``; the test
suite (``tests/test_docs.py``) fails when a page in ``docs/`` is not what this writes. The code
is in the package (not in ``tests/``) so that the test and the command share it and it can be
run wherever lgotp is installed; nothing here runs unless asked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lgotp_cli.docgen.cli_page import cli_page
from lgotp_cli.docgen.rules_page import rules_page

# Each generated page by its file name, and how it is made.
PAGES: dict[str, Callable[[], str]] = {
    "rules.md": lambda: rules_page("en", "rules.ja.md"),
    "rules.ja.md": lambda: rules_page("ja", "rules.md"),
    "cli.md": lambda: cli_page("en", "cli.ja.md"),
    "cli.ja.md": lambda: cli_page("ja", "cli.md"),
}
REGENERATE = "python -m lgotp_cli.docgen"


def generated() -> dict[str, str]:
    """Every generated page's text, by file name."""
    return {name: make() for name, make in PAGES.items()}


def stale(folder: Path) -> list[str]:
    """The pages in ``folder`` that are missing or differ from what would be generated."""
    return [
        name
        for name, text in generated().items()
        if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text
    ]


def write(folder: Path) -> list[str]:
    """Write every generated page into ``folder``; return the names of those that changed."""
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, text in generated().items():
        target = folder / name
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            changed.append(name)
    return changed
