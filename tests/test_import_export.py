"""`lgotp export` and `lgotp import`: the sheet layout out and back without loss, every problem
with its row and column, all or nothing, never over an existing file."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from support.paths import SAMPLE
from support.run import Run, run_lgotp

from lgotp_cli.source.records import load_records


def lgotp(*args: str, cwd: Path | None = None) -> Run:
    return run_lgotp(["--today", "2026-11-23", *args], cwd=cwd or Path.cwd())


def models(root: Path) -> dict:
    return {r.id: r.model.model_dump() for r in load_records(root).records}


@pytest.fixture
def empty(tmp_path) -> Path:
    """An empty records repository with the sample's lgotp.yaml and reports."""
    root = tmp_path / "repo"
    root.mkdir()
    shutil.copy(SAMPLE / "lgotp.yaml", root / "lgotp.yaml")
    shutil.copytree(SAMPLE / "reports", root / "reports")
    return root


def test_csv_round_trip_loses_nothing(tmp_path, empty):
    sheet = tmp_path / "all.csv"
    assert lgotp("--records", str(SAMPLE), "export", "-o", str(sheet)).returncode == 0
    result = lgotp("--records", str(empty), "import", str(sheet))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Imported 56 record(s)" in result.stdout
    assert models(empty) == models(SAMPLE)
    assert lgotp("--records", str(empty), "validate").returncode == 0


def test_xlsx_round_trip_sheet_by_sheet(tmp_path, empty):
    book = tmp_path / "all.xlsx"
    assert lgotp("--records", str(SAMPLE), "export", "-o", str(book)).returncode == 0
    for sheet in ("trainee", "dispatch", "request"):
        result = lgotp("--records", str(empty), "import", str(book), "--sheet", sheet)
        assert result.returncode == 0, result.stdout + result.stderr
    assert models(empty) == models(SAMPLE)


def test_excel_dates_and_numbers_arrive_as_text_the_records_read(tmp_path, empty):
    from openpyxl import load_workbook

    book = tmp_path / "all.xlsx"
    lgotp("--records", str(SAMPLE), "export", "-o", str(book))
    workbook = load_workbook(book)
    sheet = workbook["trainee"]
    header = [cell.value for cell in sheet[1]]
    # As a person editing in Excel would leave them: a real date cell and a real number.
    sheet.cell(row=2, column=header.index("period.arrival") + 1).value = date(1996, 5, 27)
    sheet.cell(row=2, column=header.index("costs.airfare") + 1).value = 152000.0
    workbook.save(book)
    result = lgotp("--records", str(empty), "import", str(book), "--sheet", "trainee")
    assert result.returncode == 0, result.stdout
    first = load_records(empty).records
    assert any(r.model.period.arrival == date(1996, 5, 27) for r in first)


def test_problems_are_listed_with_row_and_column_and_nothing_is_written(tmp_path, empty):
    sheet = tmp_path / "new.csv"
    lgotp("--records", str(SAMPLE), "export", "-o", str(sheet))
    lines = sheet.read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    header[header.index("period.arrival")] = "period.arival"
    lines[0] = ",".join(header)
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = lgotp("--records", str(empty), "import", str(sheet))
    assert result.returncode == 1
    column = header.index("period.arival") + 1
    assert f"new.csv:1:{column}: error S102" in result.stdout
    assert "did you mean 'arrival'" in result.stdout
    assert "Nothing written" in result.stdout
    assert not (empty / "trainees").exists()


def test_a_bad_date_and_a_duplicate_id(tmp_path, empty):
    sheet = tmp_path / "two.csv"
    sheet.write_text("kind,id,status\ntrainee,X-1,completed\ntrainee,X-1,done\n", encoding="utf-8")
    result = lgotp("--records", str(empty), "import", str(sheet))
    assert result.returncode == 1
    assert "two.csv:3:3: error S103" in result.stdout  # status 'done', row 3, column 3
    assert "X301" in result.stdout
    assert not (empty / "trainees").exists()


def test_dry_run_writes_nothing(tmp_path, empty):
    sheet = tmp_path / "all.csv"
    lgotp("--records", str(SAMPLE), "export", "-o", str(sheet))
    result = lgotp("--records", str(empty), "import", str(sheet), "--dry-run")
    assert result.returncode == 0 and "would write" in result.stdout
    assert not (empty / "trainees").exists()


def test_the_same_import_again_changes_nothing_and_is_no_error(tmp_path, empty):
    sheet = tmp_path / "all.csv"
    lgotp("--records", str(SAMPLE), "export", "-o", str(sheet))
    assert lgotp("--records", str(empty), "import", str(sheet)).returncode == 0
    before = {path: path.read_bytes() for path in empty.rglob("*.yaml")}
    again = lgotp("--records", str(empty), "import", str(sheet))
    assert again.returncode == 0, again.stdout
    assert "Imported 0 record(s)" in again.stdout and "56 unchanged" in again.stdout
    assert {path: path.read_bytes() for path in empty.rglob("*.yaml")} == before


def test_export_formats(tmp_path):
    for name in ("all.json", "all.sqlite"):
        assert lgotp("--records", str(SAMPLE), "export", "-o", str(tmp_path / name)).returncode == 0
    items = json.loads((tmp_path / "all.json").read_text())
    assert len(items) == 56 and {"kind", "file", "id"} <= set(items[0])
    trainee = next(i for i in items if i["id"] == "LGOTP-2024-007")
    assert trainee["costs"]["airfare"] == 118000 and trainee["host"]["code"] == "232025"
    connection = sqlite3.connect(tmp_path / "all.sqlite")
    assert connection.execute("SELECT count(*) FROM trainee").fetchone() == (40,)
    assert connection.execute("SELECT count(*) FROM dispatch").fetchone() == (10,)


def test_export_refuses_the_records_root_and_an_existing_file(tmp_path):
    inside = lgotp("--records", str(SAMPLE), "export", "-o", str(SAMPLE / "all.csv"))
    assert inside.returncode == 2 and not (SAMPLE / "all.csv").exists()
    existing = tmp_path / "all.csv"
    existing.write_text("keep")
    refused = lgotp("--records", str(SAMPLE), "export", "-o", str(existing))
    assert refused.returncode == 2 and existing.read_text() == "keep"
    assert lgotp("--records", str(SAMPLE), "export", "-o", str(existing), "--force").returncode == 0
    assert lgotp("--records", str(SAMPLE), "export", "-o", str(tmp_path / "x.pdf")).returncode == 2


def test_formula_text_survives_the_round_trip(tmp_path, root):
    root.record("trainee", "notes: '=HYPERLINK(\"http://evil.example\")'\n")
    sheet = tmp_path / "t.csv"
    lgotp("--records", str(root.path), "export", "-o", str(sheet))
    assert "'=HYPERLINK" in sheet.read_text(encoding="utf-8-sig")  # guarded in the sheet
    target = tmp_path / "back"
    target.mkdir()
    assert lgotp("--records", str(target), "import", str(sheet)).returncode == 0
    back = load_records(target).records[0].model
    assert back.notes == '=HYPERLINK("http://evil.example")'


def test_streamed_json_and_csv_are_the_documents_written_whole(monkeypatch):
    """export writes JSON and CSV in chunks, to hold no second copy of every record; the text
    must be what one json.dumps of the list (and one csv.writer over every row) gives."""
    import csv
    import io

    from lgotp_cli.keys import flatten
    from lgotp_cli.models.keys import ordered
    from lgotp_cli.sheets import export
    from lgotp_cli.sheets.export import KINDS

    records = load_records(SAMPLE).records
    chunks = list(export.to_json(records, SAMPLE))
    assert len(chunks) == len(records) + 1
    text = "".join(chunks)
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
    assert [item["id"] for item in json.loads(text)] == [r.id for r in records]
    assert "".join(export.to_json([], SAMPLE)) == "[]\n"

    rows = [{"kind": r.kind, **flatten(r.raw.data)} for r in records]
    kinds = sorted({r.kind for r in records}, key=KINDS.index)
    columns = ordered({key for row in rows for key in row}, kinds)
    whole = io.StringIO(newline="")
    writer = csv.writer(whole, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([export.neutralise(row.get(column, "")) for column in columns])
    monkeypatch.setattr(export, "CHUNK_ROWS", 7)  # several chunks of the 56 sample records
    chunks = list(export.to_csv(records))
    assert len(chunks) == len(records) // 7 + 1
    assert "".join(chunks) == whole.getvalue()
