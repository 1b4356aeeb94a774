"""Bad options end in exit 2 and one sentence; records with problems are still reported when
they can be read, and standard error says how many could not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.reports import BROKEN, FIXTURE, LEFT_OUT_ONE, copy_fixture, lgotp
from support.run import assert_one_sentence


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    return copy_fixture(tmp_path / "records", broken=False)


COMMANDS = {
    "list": ("list",),
    "dispatch": ("list", "--kind", "dispatch"),
    "countries": ("stats", "countries"),
    "hosts": ("stats", "hosts"),
    "fields": ("stats", "fields"),
}


def test_clean_copy_is_clean(clean: Path, tmp_path: Path) -> None:
    run = lgotp("list", "-f", "json", records=clean, cwd=tmp_path)
    assert run.returncode == 0 and run.stderr == "", run.stderr
    assert len(json.loads(run.stdout)) == 5


@pytest.mark.parametrize("value", ["20x4", "24", "2024-25", "FY2024", "令和6", ""])
def test_fiscal_year_not_a_year(clean: Path, tmp_path: Path, value: str) -> None:
    run = lgotp("list", "--fiscal-year", value, records=clean, cwd=tmp_path)
    assert_one_sentence(run, "--fiscal-year", f"'{value}'")
    run = lgotp("list", "-y", value, records=clean, cwd=tmp_path)
    assert_one_sentence(run, "--fiscal-year")


@pytest.mark.parametrize("command", ["countries", "hosts", "fields"])
def test_from_after_to(clean: Path, tmp_path: Path, command: str) -> None:
    run = lgotp(*COMMANDS[command], "--from", "2024", "--to", "2023", records=clean, cwd=tmp_path)
    assert_one_sentence(run, "--from", "--to", "2024", "2023")


@pytest.mark.parametrize("option", ["--from", "--to"])
def test_from_or_to_not_a_year(clean: Path, tmp_path: Path, option: str) -> None:
    run = lgotp("stats", "countries", option, "2o24", records=clean, cwd=tmp_path)
    assert_one_sentence(run, option, "'2o24'")


def test_from_and_to_narrow_the_years(clean: Path, tmp_path: Path) -> None:
    run = lgotp(
        "stats",
        "countries",
        "--from",
        "2024",
        "--to",
        "2024",
        "-f",
        "json",
        records=clean,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert all(list(row) == ["country", "country_name", "2024", "total"] for row in rows)
    assert rows[-1] == {"country": "total", "country_name": "Total", "2024": 5, "total": 5}


SORTS = {
    "trainee": ("arrival", ["arrival", "country_name", "family_name", "host_code"]),
    "dispatch": ("departure", ["departure", "return", "destination_country"]),
}


@pytest.mark.parametrize("kind", SORTS)
@pytest.mark.parametrize("sort", ["nosuchkey", "{valid},nosuchkey", "-nosuchkey"])
def test_sort_by_an_unknown_key(clean: Path, tmp_path: Path, kind: str, sort: str) -> None:
    first, valid = SORTS[kind]
    sort = sort.format(valid=first)
    run = lgotp("list", "--kind", kind, "--sort", sort, records=clean, cwd=tmp_path)
    assert_one_sentence(run, "--sort", "'nosuchkey'", *valid)


def test_sort_descending(clean: Path, tmp_path: Path) -> None:
    run = lgotp("list", "--sort", "-id", "-f", "json", records=clean, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert [row["id"] for row in rows] == [f"LGOTP-2024-00{n}" for n in (5, 4, 3, 2, 1)]
    assert [row["no"] for row in rows] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("fmt", ["pdf", "CSV ", "docx"])
def test_unknown_format(clean: Path, tmp_path: Path, command: str, fmt: str) -> None:
    run = lgotp(*COMMANDS[command], "--format", fmt, records=clean, cwd=tmp_path)
    assert_one_sentence(run, "--format", "csv", "xlsx", "json")


def test_unknown_output_extension(clean: Path, tmp_path: Path) -> None:
    run = lgotp("list", "-o", str(tmp_path / "list.pdf"), records=clean, cwd=tmp_path)
    assert_one_sentence(run, "list.pdf")
    assert not (tmp_path / "list.pdf").exists()


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("where", ["global", "command"])
def test_unknown_language(clean: Path, tmp_path: Path, command: str, where: str) -> None:
    args = COMMANDS[command]
    if where == "global":
        run = lgotp("--lang", "fr", *args, records=clean, cwd=tmp_path)
    else:
        run = lgotp(*args, "--lang", "fr", records=clean, cwd=tmp_path)
    assert_one_sentence(run, "--lang", "fr")


@pytest.mark.parametrize("kind", ["teacher", "trainees", "Dispatch"])
def test_unknown_kind(clean: Path, tmp_path: Path, kind: str) -> None:
    run = lgotp("list", "--kind", kind, records=clean, cwd=tmp_path)
    assert_one_sentence(run, "--kind", kind)


def test_fiscal_year_without_records(clean: Path, tmp_path: Path) -> None:
    run = lgotp("list", "-y", "2019", "-f", "json", records=clean, cwd=tmp_path)
    # An empty list is a fine answer for a year without trainees; a crash is not.
    assert run.returncode in (0, 2), run.stderr
    assert "Traceback" not in run.stderr
    if run.returncode == 0:
        assert json.loads(run.stdout) == []


def test_missing_records_root(tmp_path: Path) -> None:
    run = lgotp("list", records=tmp_path / "nope", cwd=tmp_path)
    assert_one_sentence(run)


def test_records_with_errors_are_listed_and_unreadable_ones_counted(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path / "records")
    # A rule error (T110: the employer is not a local government) keeps the record readable.
    record = root / "trainees" / "2024" / "LGOTP-2024-004.yaml"
    record.write_text(record.read_text().replace("type: local_government", "type: other"))
    validate = lgotp("validate", records=root, cwd=tmp_path)
    assert validate.returncode == 1
    assert "T110 [LGOTP-2024-004]" in validate.stdout
    assert "S103 [LGOTP-2024-006]" in validate.stdout

    run = lgotp("list", "-f", "json", records=root, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "LGOTP-2024-004" in {row["id"] for row in json.loads(run.stdout)}
    assert "LGOTP-2024-006" not in run.stdout
    assert run.stderr_lines == [LEFT_OUT_ONE]

    # A second unreadable file: a YAML syntax error.
    (root / "trainees" / "2024" / "LGOTP-2024-007.yaml").write_text("id: [unclosed\n")
    for args in COMMANDS.values():
        run = lgotp(*args, "-f", "json", records=root, cwd=tmp_path)
        assert run.returncode == 0, run.stderr
        json.loads(run.stdout)
        assert len(run.stderr_lines) == 1, run.stderr
        assert "left out 2 records" in run.stderr_lines[0]


def test_quiet_leaves_out_the_note(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path / "records")
    assert (root / BROKEN).exists()
    run = lgotp("-q", "list", "-f", "json", records=root, cwd=tmp_path)
    assert run.returncode == 0
    assert run.stderr == ""


USAGE_ERRORS = {
    "fiscal-year": (("list", "--fiscal-year", "20x4"), "--fiscal-year"),
    "kind": (("list", "--kind", "teacher"), "--kind"),
    "lang": (("list", "--lang", "fr"), "--lang"),
    "format": (("list", "--format", "pdf"), "--format"),
    "sort": (("list", "--sort", "nosuchkey"), "--sort"),
    "from-to": (("stats", "countries", "--from", "2024", "--to", "2023"), "--from"),
    "xlsx-to-terminal": (("stats", "fields", "-f", "xlsx"), "-o"),
    "output-in-records": (("list", "-o", "tests/fixtures/reports/list.csv"), "records root"),
    "output-folder-missing": (("list", "-o", "no/such/folder/list.csv"), "does not exist"),
    "templates-not-a-folder": (("list", "-f", "md", "--templates", "no/such/dir"), "--templates"),
}


@pytest.mark.parametrize("case", USAGE_ERRORS)
def test_usage_error_is_the_only_line_even_with_unreadable_records(case: str) -> None:
    """On the fixture, which has an unreadable record: a command that cannot run says why in
    one sentence, not after a note about records it was never going to report."""
    args, word = USAGE_ERRORS[case]
    run = lgotp(*args)
    assert_one_sentence(run, word)
    assert not (FIXTURE / "list.csv").exists()
