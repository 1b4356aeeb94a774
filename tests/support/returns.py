"""Helpers for the tests of `lgotp return`: running the CLI as a user would, building workbook
templates with openpyxl, and looking into the workbooks that come out."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from support.paths import REPO, SAMPLE
from support.run import Run, run_lgotp

BUILTIN = REPO / "templates" / "returns"

HEAD_FILL = "DDE4EE"  # the built-in templates' header fill (templates/returns/make_templates.py)
TOTAL_FILL = "F3F5F9"


def lgotp(*args: str, cwd: Path, records: Path | str | None = SAMPLE) -> Run:
    """``python -m lgotp_cli [--records RECORDS] ARGS`` in ``cwd``, without LGOTP_* variables."""
    prefix = ["--records", str(records)] if records is not None else []
    return run_lgotp([*prefix, *args], cwd=cwd)


def files_in(folder: Path) -> set[str]:
    """Every file under ``folder``, relative, as text (to see that nothing was written)."""
    return {str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file()}


def build_template(
    path: Path,
    cells: dict[str, Any],
    *,
    title: str = "Sheet",
    setup: Callable | None = None,
) -> Path:
    """An .xlsx at ``path`` whose first sheet holds ``cells``; ``setup(sheet)`` styles it."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for coordinate, value in cells.items():
        sheet[coordinate] = value
    if setup is not None:
        setup(sheet)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def open_book(path: Path):
    assert path.is_file(), f"{path} was not written"
    return load_workbook(path)


def cells(workbook) -> Iterator:
    """Every cell that holds something, in every sheet."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield cell


def placeholders(workbook) -> list[str]:
    """Cells still holding Jinja: ``sheet!A1: text``."""
    return [
        f"{cell.parent.title}!{cell.coordinate}: {cell.value}"
        for cell in cells(workbook)
        if isinstance(cell.value, str) and ("{{" in cell.value or "{%" in cell.value)
    ]


def formulas_in_xml(path_or_bytes: Path | bytes) -> list[str]:
    """The raw ``<f>`` elements of every worksheet of an .xlsx (what a spreadsheet would run)."""
    import io
    import re

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    found = []
    with zipfile.ZipFile(source) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name).decode("utf-8")
                found += re.findall(r"<f(?:\s[^>]*)?>(.*?)</f>", xml)
    return found


def fill_of(cell) -> str:
    """The cell's solid fill colour as RRGGBB (empty when none)."""
    colour = cell.fill.fgColor.rgb if cell.fill and cell.fill.fill_type == "solid" else ""
    return str(colour)[-6:] if colour else ""


def row_values(sheet, row: int, first: str = "A", last: str | None = None) -> list:
    last = last or sheet.cell(row=row, column=sheet.max_column).column_letter
    return [cell.value for cell in sheet[f"{first}{row}:{last}{row}"][0]]
