"""`lgotp import --update`: export, edit in Excel, import back; only the edited values change."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from support.records import copy_sample
from support.run import Run, run_on

TRAINEE = Path("trainees/2024/LGOTP-2024-003.yaml")
REQUEST = Path("requests/2025/REQ-2025-230006.yaml")


@pytest.fixture
def root(tmp_path) -> Path:
    return copy_sample(tmp_path / "records")


def lgotp(root: Path, *args: str) -> Run:
    return run_on(root, *args, today="2026-11-30")


def _edited_export(root: Path, tmp_path: Path, edits: dict[tuple[str, str, str], object]) -> Path:
    """The records exported to a workbook, with ``edits`` ((sheet, id, column) → value) made
    as a person in Excel would make them."""
    from openpyxl import load_workbook

    book = tmp_path / "records.xlsx"
    assert lgotp(root, "export", "-o", str(book)).returncode == 0
    workbook = load_workbook(book)
    for (sheet_name, record_id, column), value in edits.items():
        sheet = workbook[sheet_name]
        header = [cell.value for cell in sheet[1]]
        for row in sheet.iter_rows(min_row=2):
            if row[header.index("id")].value == record_id:
                row[header.index(column)].value = value
    workbook.save(book)
    return book


EDITS = {
    ("trainee", "LGOTP-2024-003", "period.departure"): date(2025, 3, 18),
    ("trainee", "LGOTP-2024-003", "costs.airfare"): 155000,
    ("trainee", "LGOTP-2024-003", "status"): "withdrawn",
    ("request", "REQ-2025-230006", "trainees"): 2,
    ("request", "REQ-2025-230006", "contact.email"): None,
}


def test_update_changes_only_the_edited_values(root, tmp_path) -> None:
    trainee_before = (root / TRAINEE).read_text()
    request_before = (root / REQUEST).read_text()
    edits = dict(EDITS)
    del edits[("trainee", "LGOTP-2024-003", "status")]  # withdrawn needs a withdrawal: below
    book = _edited_export(root, tmp_path, edits)
    result = lgotp(root, "import", str(book), "--update")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 changed, 54 unchanged" in result.stdout
    assert (root / TRAINEE).read_text() == trainee_before.replace(
        "departure: 2025-03-19", "departure: 2025-03-18"
    ).replace("airfare: 102000", "airfare: 155000")
    assert (root / REQUEST).read_text() == request_before.replace(
        ', email: "kokusai-keizai@example.lg.jp"', ""
    ).replace("trainees: 1", "trainees: 2")
    assert lgotp(root, "validate").returncode == 0
    again = lgotp(root, "import", str(book), "--update")
    assert "0 changed, 56 unchanged" in again.stdout


def test_dry_run_shows_each_change_and_writes_nothing(root, tmp_path) -> None:
    before = (root / TRAINEE).read_bytes()
    edits = {key: value for key, value in EDITS.items() if key[2] != "status"}
    book = _edited_export(root, tmp_path, edits)
    result = lgotp(root, "import", str(book), "--update", "--dry-run")
    assert "LGOTP-2024-003: costs.airfare: 102000 → 155000" in result.stdout
    assert "REQ-2025-230006: contact.email: kokusai-keizai@example.lg.jp → (none)" in result.stdout
    assert (root / TRAINEE).read_bytes() == before


def test_an_update_that_breaks_a_rule_writes_nothing(root, tmp_path) -> None:
    before = {path: path.read_bytes() for path in root.rglob("*.yaml")}
    book = _edited_export(root, tmp_path, EDITS)  # withdrawn without a withdrawal date
    result = lgotp(root, "import", str(book), "--update")
    assert result.returncode == 1
    assert "T117" in result.stdout and "Nothing written" in result.stdout
    assert {path: path.read_bytes() for path in root.rglob("*.yaml")} == before


def test_without_update_a_changed_row_is_refused_and_an_identical_one_is_not(
    root, tmp_path
) -> None:
    book = tmp_path / "same.xlsx"
    assert lgotp(root, "export", "-o", str(book)).returncode == 0
    same = lgotp(root, "import", str(book))
    assert same.returncode == 0, same.stdout
    assert "0 changed, 56 unchanged" in same.stdout
    edited = _edited_export(root, tmp_path, {("request", "REQ-2025-230006", "trainees"): 3})
    refused = lgotp(root, "import", str(edited))
    assert refused.returncode == 1
    assert "X301" in refused.stdout and "pass --update" in refused.stdout


def test_a_row_whose_id_names_two_records_is_refused(root, tmp_path) -> None:
    twin = root / "requests/2025/REQ-2025-twin.yaml"
    twin.write_text((root / REQUEST).read_text())
    book = _edited_export(root, tmp_path, {("request", "REQ-2025-230006", "trainees"): 3})
    result = lgotp(root, "import", str(book), "--update", "--sheet", "request")
    assert result.returncode == 1
    assert "names 2 records" in result.stdout


def test_a_stopped_import_run_again_completes(root, tmp_path) -> None:
    source = root / TRAINEE
    text = source.read_text()
    # A new record whose file an earlier, interrupted import already wrote whole.
    new_id = "LGOTP-2024-903"
    book = _edited_export(root, tmp_path, {("trainee", "LGOTP-2024-003", "id"): new_id})
    first = lgotp(root, "import", str(book), "--sheet", "trainee")
    assert first.returncode == 0, first.stdout
    written = root / "trainees/2024" / f"{new_id}.yaml"
    assert written.is_file() and source.read_text() == text
    again = lgotp(root, "import", str(book), "--sheet", "trainee")
    assert again.returncode == 0, again.stdout
    assert "Imported 0 record(s)" in again.stdout


def _rows_of(root: Path, tmp_path: Path, record_id: str, *new_ids: str) -> Path:
    """A CSV sheet of the exported row of ``record_id``, once under each of ``new_ids``."""
    exported = tmp_path / "all.csv"
    assert lgotp(root, "export", "-o", str(exported)).returncode == 0
    header, *rows = exported.read_text(encoding="utf-8-sig").splitlines()
    row = next(line for line in rows if f",{record_id}," in line)
    sheet = tmp_path / "rows.csv"
    lines = [header, *(row.replace(record_id, new_id) for new_id in new_ids)]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sheet


def _contact_as_one_value(root: Path, tmp_path: Path) -> list[str]:
    sheet = tmp_path / "contact.csv"
    sheet.write_text("id,contact\nREQ-2025-230006,someone\n", encoding="utf-8")
    return [str(sheet), "--kind", "request", "--update"]


def _changed_without_update(root: Path, tmp_path: Path) -> list[str]:
    sheet = tmp_path / "trainees.csv"
    sheet.write_text("id,trainees\nREQ-2025-230006,3\n", encoding="utf-8")
    return [str(sheet), "--kind", "request"]


def _two_rows_one_file(root: Path, tmp_path: Path) -> list[str]:
    return [str(_rows_of(root, tmp_path, "LGOTP-2024-003", "LGOTP-2024-903", "LGOTP-2024-903"))]


def _file_taken(root: Path, tmp_path: Path) -> list[str]:
    (root / "trainees/2024/LGOTP-2024-903.yaml").write_text("# kept\n", encoding="utf-8")
    return [str(_rows_of(root, tmp_path, "LGOTP-2024-003", "LGOTP-2024-903"))]


def _id_names_two(root: Path, tmp_path: Path) -> list[str]:
    (root / "requests/2025/REQ-2025-twin.yaml").write_text((root / REQUEST).read_text())
    return _changed_without_update(root, tmp_path)


def _record_in_a_sheet(root: Path, tmp_path: Path) -> list[str]:
    header, row = (
        _rows_of(root, tmp_path, "REQ-2025-230006", "REQ-2025-230006").read_text().splitlines()
    )
    without_kind = [line.split(",", 1)[1] for line in (header, row)]
    (root / REQUEST).unlink()
    (root / REQUEST.with_name("requests.csv")).write_text("\n".join(without_kind) + "\n")
    return [*_changed_without_update(root, tmp_path), "--update"]


# Each: how to make the sheet (its import arguments), the English as it has always been, and
# what the Japanese says.
ROW_PROBLEMS = {
    "edit-cannot-be-made": (
        _contact_as_one_value,
        "REQ-2025-230006.yaml cannot be changed in place: a mapping cannot take a single value",
        "REQ-2025-230006.yaml はその場で変更できません: マッピング（キーの集まり）を一つの値に"
        "置き換えることはできません。記録ファイルを直接編集してください",
    ),
    "record-in-a-sheet": (
        _record_in_a_sheet,
        "requests.csv cannot be changed in place: requests.csv is a sheet, not a record file: "
        "change the row there",
        "requests.csv はその場で変更できません: requests.csv は記録ファイルではなくシートです。"
        "そのシートの行を変更してください",
    ),
    "changed-without-update": (
        _changed_without_update,
        "REQ-2025-230006.yaml holds record REQ-2025-230006 already and the row changes "
        "trainees; pass --update to change it, or change the row's id",
        "REQ-2025-230006.yaml に記録 REQ-2025-230006 が既にあり、この行は trainees を変更します。"
        "記録を変更するには --update を付けてください。",
    ),
    "two-rows-one-file": (
        _two_rows_one_file,
        "LGOTP-2024-903.yaml; give each its own id",
        "LGOTP-2024-903.yaml になります。行ごとに別の id を付けてください",
    ),
    "file-taken": (
        _file_taken,
        "LGOTP-2024-903.yaml exists already; import never replaces a record file (change the "
        "id, or remove the row)",
        "LGOTP-2024-903.yaml は既にあります。取り込みで記録ファイルを置き換えることはありません。"
        "id を変えるか、その行を削除してください",
    ),
    "id-names-two": (
        _id_names_two,
        "id REQ-2025-230006 names 2 records (",
        "id REQ-2025-230006 の記録が 2 件あります（",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("case", ROW_PROBLEMS)
def test_a_rows_problem_is_said_in_the_chosen_language(root, tmp_path, case, lang) -> None:
    make_sheet, english, japanese = ROW_PROBLEMS[case]
    arguments = make_sheet(root, tmp_path)
    result = lgotp(root, *(["--lang", "ja"] if lang == "ja" else []), "import", *arguments)
    assert result.returncode == 1, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if " X301 " in line]
    assert any((japanese if lang == "ja" else english) in line for line in problems), problems
    if lang == "ja":  # no English words left (the record's own values are not in these lines)
        for line in problems:
            assert not re.search(r"[A-Za-z]{4,} [A-Za-z]{3,}", line.split(" X301 ")[1]), line
