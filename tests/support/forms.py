"""Helpers for the tests of the survey forms: make a host's form with `lgotp return survey
--host`, and fill it in with openpyxl as a clerk would (the answer beside its label, a label
chosen from the list, dates and numbers typed)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from support.run import Run, run_on

TODAY = "2025-11-30"

# A clerk's answers to Forms 1–3 of a host without a request yet, by sheet and label, in each
# language, and what the request record then holds.
ANSWERS = {
    "ja": {
        "様式1": {
            "参加意向": "参加検討",
            "受入希望人数": 2,
            "担当部署": "国際課",
            "担当者": "豊橋 花子",
            "電話番号": "0532-51-2111",
            "メールアドレス": "kokusai@example.lg.jp",
            "提出日": date(2025, 10, 1),
        },
        "様式2": {
            "選考方法": "独自選考",
            "交流関係": "姉妹都市",
            "相手団体": "Toowoomba",
            "提出日": date(2025, 10, 1),
        },
        "様式3": {
            "希望国（第1希望）": "ベトナム",
            "希望国（第2希望）": "フィリピン",
            "希望分野（第1希望）": "観光",
            "希望分野（第2希望）": "教育",
            "使用言語": "英語",
            "希望期間（月数）": 10,
            "提出日": date(2025, 10, 30),
        },
    },
    "en": {
        "Form 1": {
            "Intention": "Considering",
            "Trainees wanted": 2,
            "Division": "国際課",
            "Person in charge": "豊橋 花子",
            "Phone": "0532-51-2111",
            "E-mail": "kokusai@example.lg.jp",
            "Date submitted": date(2025, 10, 1),
        },
        "Form 2": {
            "Selection method": "Independent",
            "Tie": "Sister city",
            "Partner government": "Toowoomba",
            "Date submitted": date(2025, 10, 1),
        },
        "Form 3": {
            "Country wanted (1)": "Vietnam",
            "Country wanted (2)": "Philippines",
            "Field wanted (1)": "Tourism",
            "Field wanted (2)": "Education",
            "Language": "English",
            "Months wanted": 10,
            "Date submitted": date(2025, 10, 30),
        },
    },
}
RECORD = {
    "id": "REQ-2026-232017",
    "fiscal_year": 2026,
    "host": {"code": "232017"},
    "intention": "considering",
    "trainees": 2,
    "selection": {"method": "independent", "relationship": "sister_city", "partner": "Toowoomba"},
    "conditions": {
        "countries": ["VN", "PH"],
        "fields": ["tourism", "education"],
        "language": "english",
        "months": 10,
    },
    "submitted": {
        "form1": date(2025, 10, 1),
        "form2": date(2025, 10, 1),
        "form3": date(2025, 10, 30),
    },
    "contact": {
        "division": "国際課",
        "email": "kokusai@example.lg.jp",
        "phone": "0532-51-2111",
        "person": "豊橋 花子",
    },
}
NEW_FILE = Path("requests/2026/REQ-2026-232017.yaml")


def lgotp(root: Path, *args: str, cwd: Path | None = None) -> Run:
    """``lgotp --today … --records ROOT ARGS`` in ``cwd`` (default: beside the root)."""
    return run_on(root, *args, today=TODAY, cwd=cwd)


def make_form(root: Path, out: Path, host: str, fiscal_year: int = 2026, lang: str = "ja") -> Path:
    """``host``'s form for ``fiscal_year`` in ``lang``, written at ``out``."""
    run = lgotp(
        root,
        "--lang",
        lang,
        "return",
        "survey",
        "--host",
        host,
        "-y",
        str(fiscal_year),
        "-o",
        str(out),
    )
    assert run.returncode == 0, run.stderr
    return out


def row_of(sheet, label: str) -> int:
    """The row whose label (column A) is ``label``."""
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row, 1).value == label:
            return row
    raise AssertionError(f"no row labelled {label!r} on {sheet.title}")


def fill(form: Path, answers: dict[str, dict[str, object]], out: Path | None = None) -> Path:
    """Type ``answers`` (sheet → label → value; None empties the cell) into ``form``, saved at
    ``out`` (default: over it)."""
    workbook = load_workbook(form)
    for sheet_name, by_label in answers.items():
        sheet = workbook[sheet_name]
        for label, value in by_label.items():
            sheet.cell(row_of(sheet, label), 2).value = value
    target = out or form
    workbook.save(target)
    return target


def answer(form: Path, sheet_name: str, label: str):
    """The answer beside ``label`` on ``sheet_name``."""
    sheet = load_workbook(form)[sheet_name]
    return sheet.cell(row_of(sheet, label), 2).value


def files_of(root: Path) -> dict[Path, bytes]:
    """Every file under ``root`` and its bytes (to see that nothing changed)."""
    return {path: path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}
