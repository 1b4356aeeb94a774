"""One rendering layer: any Table as table (rich), csv, md, html, xlsx or json, with the same
escaping, formula guard and atomic write for every report."""

from __future__ import annotations

from pathlib import Path

FORMATS = ("table", "csv", "md", "html", "xlsx", "json")
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


def format_for(explicit: str | None, output: Path | None) -> str:
    """The format to write: ``--format`` if given, else the output file's extension, else the
    terminal table. Raises ValueError with a sentence for the user."""
    if explicit is not None:
        if explicit not in FORMATS:
            raise ValueError(f"--format must be one of {', '.join(FORMATS)}, not '{explicit}'.")
        return explicit
    if output is not None:
        chosen = _BY_SUFFIX.get(output.suffix.lower())
        if chosen is None:
            raise ValueError(
                f"cannot tell the format from '{output.name}'; end it in .csv, .md, .html, "
                ".xlsx or .json, or pass --format."
            )
        return chosen
    return "table"
