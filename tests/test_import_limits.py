"""`lgotp import` reads a workbook within bounds: declared dimensions, far cells, zip bombs and
broken packages are one sentence and exit 2, in bounded time and memory."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from support.run import assert_one_sentence, run_lgotp

from lgotp_cli.sheets.workbook_reader import ReadLimits, UnreadableSheet, check_package, sheet_rows

SHEET = "xl/worksheets/sheet1.xml"


def _workbook(path: Path, rows: str = "", dimension: str = "A1:B1") -> Path:
    """A workbook whose first sheet holds a header row (kind, id) and then ``rows`` (XML)."""
    from openpyxl import Workbook

    plain = path.with_suffix(".plain.xlsx")
    book = Workbook()
    book.active.title = "trainee"
    book.active.append(["kind", "id"])
    book.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist():
            data = source.read(name)
            if name == SHEET:
                data = data.replace(
                    b'<dimension ref="A1:B1"/>', f'<dimension ref="{dimension}"/>'.encode()
                )
                data = data.replace(b"</sheetData>", rows.encode() + b"</sheetData>")
            out.writestr(name, data)
    return path


def _cell(reference: str, row: int) -> str:
    return f'<row r="{row}"><c r="{reference}" t="inlineStr"><is><t>x</t></is></c></row>'


def _rows(path: Path, limits: ReadLimits) -> list[tuple]:
    from openpyxl import load_workbook

    check_package(path, limits)
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return list(sheet_rows(book.worksheets[0], path.name, limits))
    finally:
        book.close()


def test_a_declared_area_of_the_whole_sheet_reads_only_what_is_stored(tmp_path) -> None:
    path = _workbook(tmp_path / "declared.xlsx", dimension="A1:XFD1048576")
    assert _rows(path, ReadLimits()) == [("kind", "id")]


def test_rows_up_to_the_limit_are_read_and_one_past_it_is_refused(tmp_path) -> None:
    limits = ReadLimits(rows=3)
    at_limit = _workbook(tmp_path / "three.xlsx", _cell("A3", 3))
    assert len(_rows(at_limit, limits)) == 3
    past = _workbook(tmp_path / "four.xlsx", _cell("A4", 4))
    with pytest.raises(UnreadableSheet, match="row 4 is the first past them"):
        _rows(past, limits)


def test_a_value_past_the_column_limit_is_refused(tmp_path) -> None:
    limits = ReadLimits(columns=5)
    assert _rows(_workbook(tmp_path / "e.xlsx", _cell("E2", 2)), limits)[1][-1] == "x"
    with pytest.raises(UnreadableSheet, match="column 6"):
        _rows(_workbook(tmp_path / "f.xlsx", _cell("F2", 2)), limits)


def test_a_package_that_unpacks_too_big_is_refused_before_it_is_unpacked(tmp_path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("xl/big.bin", b"\0" * 2_000_000)
    with pytest.raises(UnreadableSheet, match="unpacks to more than"):
        check_package(path, ReadLimits(unpacked_bytes=1_000_000))
    check_package(path, ReadLimits(unpacked_bytes=2_000_000))


def test_not_a_zip_is_one_sentence(tmp_path) -> None:
    path = tmp_path / "text.xlsx"
    path.write_text("kind,id\n")
    with pytest.raises(UnreadableSheet, match=r"not a readable \.xlsx workbook"):
        check_package(path, ReadLimits())


def test_the_command_refuses_a_far_cell_in_bounded_time(tmp_path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    path = _workbook(tmp_path / "far.xlsx", _cell("XFD1048576", 1048576), "A1:XFD1048576")
    result = run_lgotp(["--records", str(root), "import", str(path), "--dry-run"], cwd=tmp_path)
    assert_one_sentence(result, "more than 100,000 rows")
    assert sorted(path.name for path in root.iterdir()) == []
