"""One rendering layer: any Table as table (rich), csv, md, html, xlsx or json, with the same
escaping and formula guard for every report (``output.files`` writes them)."""

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


_EXTRA_SUFFIXES = {".ics": "ics"}


def format_for(explicit: str | None, output: Path | None, extra: tuple[str, ...] = ()) -> str:
    """The format to write: ``--format`` if given, else the output file's extension, else the
    terminal table. ``extra`` names formats only some reports have (``ics`` for `due`).
    Raises ValueError with a sentence for the user."""
    formats = (*FORMATS, *extra)
    if explicit is not None:
        if explicit not in formats:
            raise ValueError(f"--format must be one of {', '.join(formats)}, not '{explicit}'")
        return explicit
    if output is not None:
        suffixes = {**_BY_SUFFIX, **{k: v for k, v in _EXTRA_SUFFIXES.items() if v in extra}}
        from lgotp_cli.output.files import format_from_extension

        chosen = format_from_extension(output, suffixes)
        if chosen is None:
            endings = ", ".join(sorted({k for k, v in suffixes.items() if k != ".txt"}))
            raise ValueError(
                f"cannot tell the format from '{output.name}'; end it in {endings}, "
                "or pass --format"
            )
        return chosen
    return "table"
