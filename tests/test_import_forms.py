"""`lgotp import FORM.xlsx …`: survey forms from `lgotp return survey --host`, filled in with
openpyxl as a clerk would, back into request records: a new record that validates clean, a
second import that changes nothing, --update that changes only what the form changed, a
prefilled form that round-trips unchanged; and every bad input at its sheet and cell, with
nothing written."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook
from support.forms import (
    ANSWERS,
    NEW_FILE,
    RECORD,
    files_of,
    fill,
    lgotp,
    make_form,
)
from support.paths import SAMPLE
from support.records import copy_sample
from support.run import assert_one_sentence

OKAZAKI = Path("requests/2026/REQ-2026-232025.yaml")
SAMPLE_REQUESTS = [
    ("232025", 2026),
    ("141003", 2026),
    ("010006", 2026),
    ("232025", 2025),
    ("230006", 2025),
    ("401307", 2025),
]


@pytest.fixture(scope="module")
def blank(tmp_path_factory):
    """Forms made once from the sample records: (host, year, lang) -> a path to copy."""
    folder = tmp_path_factory.mktemp("blank")
    made: dict[tuple, Path] = {}

    def form(host: str, year: int = 2026, lang: str = "ja") -> Path:
        if (host, year, lang) not in made:
            out = folder / f"{host}-{year}-{lang}.xlsx"
            made[(host, year, lang)] = make_form(SAMPLE, out, host, year, lang)
        return made[(host, year, lang)]

    return form


@pytest.fixture
def root(tmp_path) -> Path:
    return copy_sample(tmp_path / "records")


def copied(form: Path, target: Path) -> Path:
    shutil.copy(form, target)
    return target


def filled(blank, tmp_path: Path, lang: str, changes=None, name: str = "form.xlsx") -> Path:
    """Toyohashi's blank form in ``lang`` with the clerk's answers, and ``changes`` over them."""
    answers = {sheet: dict(by_label) for sheet, by_label in ANSWERS[lang].items()}
    for sheet, by_label in (changes or {}).items():
        answers[sheet].update(by_label)
    return fill(blank("232017", lang=lang), answers, tmp_path / name)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_filled_form_becomes_a_valid_request_and_a_second_import_changes_nothing(
    blank, root, tmp_path, lang
):
    form = filled(blank, tmp_path, lang)
    result = lgotp(root, "import", str(form))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"wrote {root / NEW_FILE}" in result.stdout
    assert "Imported 1 form(s): 1 record file(s) written, 0 changed, 0 unchanged." in result.stdout
    assert yaml.safe_load((root / NEW_FILE).read_text(encoding="utf-8")) == RECORD
    check = lgotp(root, "validate", str(root / NEW_FILE))
    assert check.returncode == 0 and check.stdout.startswith("All good"), check.stdout
    before = files_of(root)
    again = lgotp(root, "import", str(form))
    assert again.returncode == 0, again.stdout
    assert "0 record file(s) written, 0 changed, 1 unchanged" in again.stdout
    assert files_of(root) == before


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_prefilled_form_round_trips_unchanged(blank, root, tmp_path, lang):
    forms = [
        copied(blank(host, year, lang), tmp_path / f"{host}-{year}.xlsx")
        for host, year in SAMPLE_REQUESTS
    ]
    before = files_of(root)
    result = lgotp(root, "import", *map(str, forms), "--update")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Imported 6 form(s): 0 record file(s) written, 0 changed, 6 unchanged." in result.stdout
    assert files_of(root) == before


def test_update_changes_only_the_value_the_form_changed(blank, root, tmp_path):
    before = (root / OKAZAKI).read_text()
    form = fill(blank("232025"), {"様式1": {"受入希望人数": 3}}, tmp_path / "okazaki.xlsx")
    refused = lgotp(root, "import", str(form))
    assert refused.returncode == 1
    assert refused.stdout.splitlines()[0].startswith(
        "okazaki.xlsx[様式1]:10:2: error X301 [REQ-2026-232025] "
    )
    assert "changes trainees; pass --update" in refused.stdout
    assert (root / OKAZAKI).read_text() == before
    dry = lgotp(root, "import", str(form), "--update", "--dry-run")
    assert "REQ-2026-232025: trainees: 1 → 3" in dry.stdout
    assert (root / OKAZAKI).read_text() == before
    done = lgotp(root, "import", str(form), "--update")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 record file(s) written, 1 changed, 0 unchanged" in done.stdout
    assert (root / OKAZAKI).read_text() == before.replace("trainees: 1", "trainees: 3")


def test_update_adds_and_clears_answers_in_place(blank, root, tmp_path):
    before = (root / OKAZAKI).read_text()
    changes = {
        "様式1": {"担当者": "岡崎 太郎", "メールアドレス": None},
        "様式3": {"希望国（第3希望）": None, "希望国（第4希望）": "インドネシア"},
    }
    form = fill(blank("232025"), changes, tmp_path / "okazaki.xlsx")
    done = lgotp(root, "import", str(form), "--update")
    assert done.returncode == 0, done.stdout + done.stderr
    after = yaml.safe_load((root / OKAZAKI).read_text())
    assert after["contact"] == {"division": "Tourism Promotion Division", "person": "岡崎 太郎"}
    assert after["conditions"]["countries"] == ["VN", "TH", "ID"]
    assert after["intention"] == "considering" and after["trainees"] == 1
    assert (root / OKAZAKI).read_text().splitlines()[:5] == before.splitlines()[:5]


def test_several_forms_at_once(blank, root, tmp_path):
    okazaki = copied(blank("232025"), tmp_path / "okazaki.xlsx")
    toyohashi = filled(blank, tmp_path, "en", name="toyohashi.xlsx")
    result = lgotp(root, "import", str(okazaki), str(toyohashi), "--host", "232017")
    assert result.returncode == 1  # Okazaki's form is not 232017's
    assert result.stdout.splitlines()[0].startswith("okazaki.xlsx[様式1]:5:2: error X301 ")
    assert not (root / NEW_FILE).exists()
    result = lgotp(root, "import", str(okazaki), str(toyohashi))
    assert result.returncode == 0, result.stdout
    assert "Imported 2 form(s): 1 record file(s) written, 0 changed, 1 unchanged." in result.stdout


def _one_problem(root: Path, form: Path, *args: str) -> str:
    """The one problem an import of ``form`` finds; nothing written, exit 1."""
    before = files_of(root)
    result = lgotp(root, "import", str(form), *args)
    assert result.returncode == 1, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if ": error " in line]
    assert len(problems) == 1, result.stdout
    assert result.stdout.splitlines()[-1].startswith("Nothing written: 1 error(s) in 1 form(s)")
    assert files_of(root) == before
    return problems[0]


@pytest.mark.parametrize(
    ("lang", "changes", "where", "words"),
    [
        ("ja", {"様式1": {"参加意向": "参加したい"}}, "[様式1]:9:2: error S103", "参加, 参加検討,"),
        ("en", {"Form 1": {"Intention": "Maybe"}}, "[Form 1]:9:2: error S103", "Considering"),
        ("ja", {"様式3": {"希望国（第2希望）": "Atlantis"}}, "[様式3]:10:2: error S103", "list"),
        (  # the only country is unreadable: not also unanswered
            "ja",
            {"様式3": {"希望国（第1希望）": None, "希望国（第2希望）": "Atlantis"}},
            "[様式3]:10:2: error S103",
            "Atlantis",
        ),
        ("ja", {"様式1": {"参加意向": None}}, "[様式1]:9:2: error S101", "参加意向 (様式1)"),
        ("ja", {"様式1": {"提出日": None}}, "[様式1]:15:2: error S101", "提出日"),
        ("ja", {"様式1": {"提出日": "来週"}}, "[様式1]:15:2: error S103", "not a date"),
        ("ja", {"様式1": {"受入希望人数": "二人"}}, "[様式1]:10:2: error S103", "whole number"),
        ("ja", {"様式3": {"使用言語": None}}, "[様式3]:19:2: error S101", "though"),
        ("ja", {"様式2": {"選考方法": None}}, "[様式2]:9:2: error S101", "交流関係"),
    ],
)
def test_an_answer_that_cannot_be_read(blank, root, tmp_path, lang, changes, where, words):
    problem = _one_problem(root, filled(blank, tmp_path, lang, changes))
    assert problem.startswith(f"form.xlsx{where}"), problem
    assert words in problem


def test_a_rule_finding_is_at_the_forms_cell(blank, root, tmp_path):
    empty_form3 = {label: None for label in ANSWERS["ja"]["様式3"]}
    form = filled(blank, tmp_path, "ja", {"様式3": empty_form3})
    problem = _one_problem(root, form)
    assert problem.startswith("form.xlsx[様式1]:9:2: error R302 [REQ-2026-232017] "), problem


def test_problems_are_said_in_the_chosen_language(blank, root, tmp_path):
    form = filled(blank, tmp_path, "ja", {"様式1": {"参加意向": "参加したい"}})
    result = lgotp(root, "--lang", "ja", "import", str(form))
    assert result.returncode == 1
    assert "「参加したい」は様式1「参加意向」の選択肢にありません" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("何も書き込んでいません")


def _edited(form: Path, target: Path, edit) -> Path:
    workbook = load_workbook(form)
    edit(workbook)
    workbook.save(target)
    return target


@pytest.mark.parametrize(
    ("edit", "where", "words"),
    [
        (lambda book: book.remove(book["lgotp"]), "form.xlsx:1:1: error L001", "`lgotp`"),
        (lambda book: book["lgotp"].cell(2, 2, 7), "form.xlsx[lgotp]:2:2: error L001", "layout 7"),
        (lambda book: book["lgotp"].cell(3, 2, "232026"), "[lgotp]:3:2: error L001", "232026"),
        (lambda book: book["lgotp"].cell(5, 2, "fr"), "[lgotp]:5:2: error L001", "'fr'"),
        (lambda book: book["様式1"].insert_rows(7), "[様式1]:7:1: error L001", "受入年度"),
        (lambda book: book["様式3"].cell(5, 2, "232017"), "[様式3]:5:2: error L001", "232017"),
        (lambda book: setattr(book["様式2"], "title", "Form 2"), "form.xlsx:1:1: error", "様式2"),
    ],
)
def test_a_form_changed_beyond_reading(blank, root, tmp_path, edit, where, words):
    form = _edited(blank("232025"), tmp_path / "form.xlsx", edit)
    problem = _one_problem(root, form)
    assert where in problem and words in problem, problem


def test_a_form_for_another_host_than_host(blank, root, tmp_path):
    form = filled(blank, tmp_path, "ja")
    problem = _one_problem(root, form, "--host", "232025")
    assert problem.startswith("form.xlsx[様式1]:5:2: error X301 "), problem
    assert "232017" in problem and "--host 232025" in problem


@pytest.mark.parametrize(
    ("files", "words"),
    [
        ({"form.xlsx": b"PK\x03\x04 not really"}, ["not a readable"]),
        ({"form.xlsx": None, "other.csv": b"id\n"}, ["other.csv", "not a survey form"]),
        ({"form.xlsx": None, "broken.xlsx": b"not a zip"}, ["broken.xlsx", "not a survey form"]),
    ],
)
def test_an_unreadable_file_is_one_sentence_exit_2(blank, root, tmp_path, files, words):
    paths = []
    for name, data in files.items():
        path = tmp_path / name
        if data is None:
            shutil.copy(blank("232025"), path)
        else:
            path.write_bytes(data)
        paths.append(str(path))
    before = files_of(root)
    assert_one_sentence(lgotp(root, "import", *paths), *words)
    assert files_of(root) == before


def test_host_is_refused_for_a_sheet_of_records(root, tmp_path):
    sheet = tmp_path / "rows.csv"
    sheet.write_text("id,fiscal_year\n")
    assert_one_sentence(lgotp(root, "import", str(sheet), "--host", "232025"), "--host")


def test_a_damaged_form_is_one_sentence_exit_2(root, tmp_path):
    """A zip that names the marker sheet but holds no workbook: a form that cannot be read."""
    path = tmp_path / "form.xlsx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(
            "xl/workbook.xml", '<workbook><sheets><sheet name="lgotp"/></sheets></workbook>'
        )
    before = files_of(root)
    assert_one_sentence(lgotp(root, "import", str(path)), "form.xlsx", "not a readable")
    assert files_of(root) == before


def test_sheet_options_are_refused_for_forms_and_a_dry_run_writes_nothing(blank, root, tmp_path):
    form = filled(blank, tmp_path, "ja")
    assert_one_sentence(lgotp(root, "import", str(form), "--sheet", "様式1"), "--sheet")
    before = files_of(root)
    dry = lgotp(root, "import", str(form), "--dry-run")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert f"would write {root / NEW_FILE}" in dry.stdout
    assert "Dry run: 1 record file(s) would be written, 0 changed, 0 unchanged." in dry.stdout
    assert files_of(root) == before
