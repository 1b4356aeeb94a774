"""One rendering layer: any Table as table (rich), csv, md, html, xlsx or json, with the same
escaping and formula guard for every report (``output.files`` writes them).

Every format has one renderer with one signature, ``render(tables, context)``, in a module of its
own (``to_csv``, ``to_html`` …) that is imported only when that format is asked for, so that
start-up never pays for jinja2 or openpyxl. ``RENDERERS`` maps each format to its module.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lgotp_cli.i18n.formats import Style
    from lgotp_cli.reports.table import Table

FORMATS = ("table", "csv", "md", "html", "xlsx", "json")
# The module of each format's renderer (a ``render(tables, context)`` function).
RENDERERS = {
    "table": "lgotp_cli.render.to_terminal",
    "csv": "lgotp_cli.render.to_csv",
    "md": "lgotp_cli.render.to_markdown",
    "html": "lgotp_cli.render.to_html",
    "xlsx": "lgotp_cli.render.to_xlsx",
    "json": "lgotp_cli.render.to_json",
}


@dataclass(frozen=True, slots=True)
class RenderContext:
    """What a renderer needs besides the tables: the language, where templates are looked for
    before the built-in ones, whether the terminal takes colour, how many cells wide it is
    (None when the output is piped or goes to a file), and how a Japanese output for people
    writes dates and negative amounts (``lgotp.yaml``'s ``output:``; md, html and xlsx follow
    it, csv and json never do)."""

    lang: str
    search: tuple[Path, ...] = ()
    colour: bool = False
    width: int | None = None
    style: Style = field(default_factory=lambda: _iso())


def _iso() -> Style:
    # Imported when a context is made, not with the package: the --max-* options' defaults
    # (``render.workbook_limits``) are read at start-up, the formats of numbers are not.
    from lgotp_cli.i18n.formats import ISO

    return ISO


# The formats people read as they are laid out (a terminal, a page): a table too wide for them
# is shown in its parts. The others keep each table whole, every column in one row per record.
FOR_PEOPLE = frozenset(("table", "md", "html"))


def render(tables: list[Table], fmt: str, context: RenderContext) -> str | bytes:
    """The report in ``fmt``: text for every format but xlsx, which is bytes. CSV and JSON hold
    the first (main) table; the others show every table (xlsx: a sheet each), and the formats
    for people show a table that has parts as those parts (``Table.for_people``)."""
    if fmt in FOR_PEOPLE:
        tables = [shown for table in tables for shown in table.for_people()]
    return importlib.import_module(RENDERERS[fmt]).render(tables, context)


_BY_SUFFIX = {
    ".csv": "csv",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xlsx": "xlsx",
    ".json": "json",
    ".txt": "table",
}


_EXTRA_SUFFIXES = {".ics": "ics"}


def format_for(explicit: str | None, output: Path | None, extra: tuple[str, ...] = ()) -> str:
    """The format to write: ``--format`` if given, else the output file's extension, else the
    terminal table. ``extra`` names formats only some reports have (``ics`` for `due`).
    Raises ValueError with a sentence for the user (a ``Said``, its only argument)."""
    from lgotp_cli.i18n import error_words
    from lgotp_cli.i18n.spoken import Listed

    formats = (*FORMATS, *extra)
    if explicit is not None:
        if explicit not in formats:
            raise ValueError(
                error_words.FORMAT_NOT_KNOWN.of(formats=Listed.of(formats), value=explicit)
            )
        return explicit
    if output is not None:
        suffixes = {**_BY_SUFFIX, **{k: v for k, v in _EXTRA_SUFFIXES.items() if v in extra}}
        from lgotp_cli.output.files import format_from_extension

        chosen = format_from_extension(output, suffixes)
        if chosen is None:
            endings = Listed.of(sorted({k for k, v in suffixes.items() if k != ".txt"}))
            raise ValueError(error_words.FORMAT_FROM_NAME.of(name=output.name, endings=endings))
        return chosen
    return "table"
