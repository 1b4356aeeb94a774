"""A CSV sheet as Japanese Excel saves it imports: CP932, yyyy/m/d and date numbers, amounts with
commas and 円, full-width digits, codes that lost their leading zero; each reading is said."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from support.records import copy_sample
from support.run import Run, run_on

from lgotp_cli.sheets.excel_readings import read_cell as excel_reading

HEADER = [
    "kind", "id", "fiscal_year", "host.code", "intention", "trainees", "selection.method",
    "submitted.form1", "contact.email",
]  # fmt: skip
ROW = [
    "request", "REQ-2027-010006", "令和9年度", "10006", "participate", "２", "clair",
    "2026/10/2", "kokusai@example.lg.jp",
]  # fmt: skip


@pytest.fixture
def root(tmp_path) -> Path:
    return copy_sample(tmp_path / "records")


def lgotp(root: Path, *args: str) -> Run:
    return run_on(root, *args, today="2026-11-30")


def _sheet(path: Path, rows: list[list[str]], encoding: str = "cp932") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def test_a_japanese_excel_csv_imports_and_says_each_reading(root, tmp_path) -> None:
    sheet = _sheet(tmp_path / "要望.csv", [HEADER, ROW])
    result = lgotp(root, "import", str(sheet))
    assert result.returncode == 0, result.stdout + result.stderr
    written = root / "requests/2027/REQ-2027-010006.yaml"
    text = written.read_text(encoding="utf-8")
    assert "fiscal_year: 2027" in text and "010006" in text
    assert "trainees: 2" in text and "form1: 2026-10-02" in text
    notes = result.stderr
    assert "read as Shift_JIS (CP932)" in notes
    assert "host.code: read a code whose leading zero Excel dropped '10006' as 010006" in notes
    assert "trainees: read full-width digits '２' as 2" in notes
    assert "submitted.form1: read a date written with slashes '2026/10/2' as 2026-10-02" in notes
    assert "fiscal_year: read a Japanese era year '令和9年度' as 2027" in notes
    assert lgotp(root, "validate").returncode == 0


def test_the_notes_are_in_japanese_too(root, tmp_path) -> None:
    sheet = _sheet(tmp_path / "要望.csv", [HEADER, ROW])
    result = lgotp(root, "--lang", "ja", "import", str(sheet), "--dry-run")
    assert "日本語版 Excel の CSV と同じ Shift_JIS（CP932）として読みました" in result.stderr
    assert "スラッシュ区切りの日付「2026/10/2」を 2026-10-02 として読みました" in result.stderr


@pytest.mark.parametrize(
    ("kind", "key", "written", "read"),
    [
        ("trainee", "period.arrival", "45803", "2025-05-26"),  # Excel's date number
        ("trainee", "period.arrival", "2025/5/26", "2025-05-26"),
        ("trainee", "period.arrival", "令和7年5月26日", "2025-05-26"),
        ("trainee", "costs.airfare", "1,200,000", "1200000"),
        ("trainee", "costs.airfare", "120,000円", "120000"),
        ("trainee", "costs.airfare", "¥120,000", "120000"),
        ("trainee", "costs.airfare", "１２０,０００", "120000"),
        ("trainee", "host.code", "10006", "010006"),  # 010006 has a valid check digit
        ("request", "conditions.countries", "PH、VN", "PH; VN"),
    ],
)
def test_what_excel_writes_is_read_as_the_record_writes_it(kind, key, written, read) -> None:
    found = excel_reading(kind, key, written)
    assert found is not None and found[0] == read


@pytest.mark.parametrize(
    ("kind", "key", "written"),
    [
        ("trainee", "period.arrival", "2025-05-26"),  # already right
        ("trainee", "period.arrival", "2025"),  # too short for a date number: left as written
        ("trainee", "host.code", "10005"),  # 010005's check digit is wrong: no guess
        ("trainee", "costs.airfare", "120000"),
        ("trainee", "name.family", "１２"),  # a name is text: never read as digits
    ],
)
def test_what_is_right_or_not_certain_is_left_as_written(kind, key, written) -> None:
    assert excel_reading(kind, key, written) is None


def test_a_file_neither_utf8_nor_cp932_is_one_sentence(root, tmp_path) -> None:
    sheet = tmp_path / "bad.csv"
    sheet.write_bytes(b"kind,id\n\x81\x00\xff\n")
    result = lgotp(root, "import", str(sheet))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
