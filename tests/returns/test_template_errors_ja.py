"""A workbook template that cannot be filled, said in Japanese: the place (template, sheet,
cell), what is wrong with it, and the limits a return may not pass; the English as it always
was. Jinja's own words (``'nosuch' is undefined``) stay as Jinja wrote them, in brackets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support.records import copy_sample
from support.returns import build_template
from support.run import run_on

from lgotp_cli.render.templates import TemplateError, environment, render
from lgotp_cli.render.workbook import WorkbookTemplateError, render_workbook
from lgotp_cli.render.workbook_limits import WorkbookLimits

# English words in a row: what a Japanese message must not hold (but for Jinja's, in brackets).
ENGLISH = re.compile(r"[A-Za-z]{4,} [A-Za-z]{3,}")


def _defined_name(sheet) -> None:
    from openpyxl.workbook.defined_name import DefinedName

    sheet.parent.defined_names["leak"] = DefinedName("leak", attr_text='WEBSERVICE("http://x/")')


def _validation(sheet) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(type="custom", formula1='LEN(WEBSERVICE("http://x/"))>0')
    sheet.add_data_validation(validation)
    validation.add("D1")


def _hyperlink(sheet) -> None:
    sheet["C1"].hyperlink = "file://///evil-share/share/x"


# Each: the template's cells (and what else it holds), the context, the English as it always
# was, and the Japanese.
CASES = {
    "undefined": (
        {"C4": "{{ nosuch.x }}"},
        None,
        {},
        "template.xlsx, sheet 'Sheet', cell C4 uses something that does not exist: 'nosuch' is "
        "undefined",
        "template.xlsx のシート「Sheet」のセル C4: 存在しないものを使っています"
        "（'nosuch' is undefined）",
    ),
    "not-a-list": (
        {"A2": "{% for t in n %}{{ t }}"},
        None,
        {"n": 5},
        "template.xlsx, sheet 'Sheet', cell A2 loops over something that is not a list",
        "template.xlsx のシート「Sheet」のセル A2: リストではないものを繰り返そうとしています",
    ),
    "moved-cell": (
        {"A1": "{% for t in items %}{{ t }}", "A5": "{{ 1 / 0 }}"},
        None,
        {"items": [1, 2, 3]},
        "template.xlsx, sheet 'Sheet', cell A5 (now A7) could not be filled: division by zero",
        "template.xlsx のシート「Sheet」のセル A5（出力では A7）: 値を入れられませんでした"
        "（division by zero）",
    ),
    "syntax": (
        {"B2": "{{ x }"},
        None,
        {"x": 1},
        "template.xlsx, sheet 'Sheet', cell B2 has a template syntax error: unexpected '}'",
        "template.xlsx のシート「Sheet」のセル B2: テンプレートの構文に誤りがあります（unexpected '}'）",
    ),
    "unsafe": (
        {"C4": "{{ v.__class__ }}"},
        None,
        {"v": None},
        "template.xlsx, sheet 'Sheet', cell C4 tried something unsafe and was stopped: ",
        "template.xlsx のシート「Sheet」のセル C4: 安全でない処理をしようとしたので止めました（",
    ),
    "cell-too-long": (
        {"A1": "{{ 'a'.ljust(100000) }}"},
        None,
        {},
        "template.xlsx, sheet 'Sheet', cell A1 would hold 100,000 characters, more than the "
        "32,767 Excel allows in a cell",
        "template.xlsx のシート「Sheet」のセル A1: 100,000 文字になり、Excel の1セルの上限 "
        "32,767 文字を超えます",
    ),
    "function": (
        {"A2": '=HYPERLINK("http://x")'},
        None,
        {},
        "template.xlsx, sheet 'Sheet', cell A2 uses the function HYPERLINK, which a records "
        "repository's template may not: returns must not reach outside the workbook",
        "template.xlsx のシート「Sheet」のセル A2: 関数 HYPERLINK を使っています。記録リポジトリの"
        "テンプレートでは、ワークブックの外を参照するものは使えません",
    ),
    "other-file": (
        {"A2": "=[1]Sheet1!A1"},
        None,
        {},
        "cell A2 uses a reference to another file, which",
        "セル A2: 別のファイルへの参照を使っています。",
    ),
    "dde": (
        {"A2": "=cmd|' /C calc'!A0"},
        None,
        {},
        "cell A2 uses a DDE link (program|topic!item) that runs a program, which",
        "セル A2: プログラムを実行する DDE リンク（program|topic!item）を使っています。",
    ),
    "add-in": (
        {"A2": "=_xludf.STEAL(A1)"},
        None,
        {},
        "cell A2 uses the add-in or macro function STEAL, which",
        "セル A2: アドインまたはマクロの関数 STEAL を使っています。",
    ),
    "long-formula": (
        {"A2": "=" + "+".join(["1"] * 4200)},
        None,
        {},
        "cell A2 uses more than the 8,192 characters Excel allows in a formula, which",
        "セル A2: Excel の数式の上限 8,192 文字を超える数式を使っています。",
    ),
    "hyperlink": (
        {"A1": "x"},
        _hyperlink,
        {},
        "cell C1 uses a hyperlink to file://///evil-share/share/x, which",
        "セル C1: file://///evil-share/share/x へのハイパーリンクを使っています。",
    ),
    "defined-name": (
        {"A1": "x"},
        _defined_name,
        {},
        "template.xlsx, the defined name leak uses the function WEBSERVICE, which a records "
        "repository's template may not: returns must not reach outside the workbook",
        "template.xlsx の名前の定義 leak: 関数 WEBSERVICE を使っています。",
    ),
    "data-validation": (
        {"A1": "x"},
        _validation,
        {},
        "template.xlsx, sheet 'Sheet', the data validation of D1 uses the function WEBSERVICE",
        "template.xlsx のシート「Sheet」の D1 のデータの入力規則: 関数 WEBSERVICE を使っています。",
    ),
    "rows": (
        {"A1": "{% for t in range(2000) %}{{ t }}"},
        None,
        {},
        "template.xlsx, sheet 'Sheet', cell A1 repeats its row 1,999 more times, which would "
        "make 2,000 rows, more than the 1,000 a return may have (--max-rows)",
        "template.xlsx のシート「Sheet」のセル A1: 行をさらに 1,999 回繰り返すと、2,000 行になり、"
        "様式の上限 1,000 行を超えます（上限は --max-rows で変えられます）",
    ),
    "columns": (
        {"A1": "{%col for t in range(2000) %}{{ t }}"},
        None,
        {},
        "cell A1 repeats its column 1,999 more times, which would make 2,000 columns, more "
        "than the 1,000 a return may have (--max-columns)",
        "セル A1: 列をさらに 1,999 回繰り返すと、2,000 列になり、様式の上限 1,000 列を超えます"
        "（上限は --max-columns で変えられます）",
    ),
    "cells": (
        {"A1": "{% for t in range(900) %}{{ t }}", "ALL1": "x"},
        None,
        {},
        "cell A1 repeats its row 899 more times, which would make 900,000 cells, more than the "
        "500,000 a return may have (--max-cells)",
        "セル A1: 行をさらに 899 回繰り返すと、900,000 セルになり、様式の上限 500,000 セルを"
        "超えます（上限は --max-cells で変えられます）",
    ),
    "far-cell": (
        {"A1": "x", "A2000": "y"},
        None,
        {},
        "template.xlsx, sheet 'Sheet', cell A2000 is so far out that the sheet would have 2,000 "
        "rows, more than the 1,000 a return may have (--max-rows)",
        "template.xlsx のシート「Sheet」のセル A2000: セルの位置が遠すぎて、シートが 2,000 行になり、"
        "様式の上限 1,000 行を超えます",
    ),
    "huge-number": (
        {"A1": "{{ (10**50000000) % 7 }}"},
        None,
        {},
        "template.xlsx, sheet 'Sheet', cell A1 computes a number of more than 10,000 digits "
        "and was stopped",
        "template.xlsx のシート「Sheet」のセル A1: 10,000 桁を超える数を計算しようとしたため止めました",
    ),
}

LIMITS = WorkbookLimits(rows=1_000, columns=1_000, cells=500_000)


@pytest.mark.parametrize("case", CASES)
def test_a_template_that_cannot_be_filled_is_said_in_either_language(tmp_path, case) -> None:
    template, setup, context, english, japanese = CASES[case]
    path = build_template(tmp_path / "template.xlsx", template, setup=setup)
    with pytest.raises(WorkbookTemplateError) as caught:
        render_workbook(path, context, env=environment(()), name=path.name, limits=LIMITS)
    assert english in str(caught.value)
    said = caught.value.said_in("ja")
    assert japanese in said
    assert not ENGLISH.search(re.sub(r"（[^（）]*）$", "", said)), said


@pytest.mark.parametrize(
    ("template", "english", "japanese"),
    [
        (
            "{{ (10**50000000) % 7 }}",
            "template table.md.j2 computes a number of more than 10,000 digits and was stopped",
            "テンプレート table.md.j2: 10,000 桁を超える数を計算しようとしたため止めました",
        ),
        (
            "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}",
            "template table.md.j2 would write more than 33,554,432 characters and was stopped "
            "(a loop that never ends, or text repeated)",
            "テンプレート table.md.j2: 33,554,432 文字を超えて書き出そうとしたため止めました"
            "（終わらない繰り返しか、文字列の繰り返しがあります）",
        ),
    ],
    ids=["number", "output"],
)
def test_a_text_template_past_a_limit_is_said_in_either_language(
    tmp_path: Path, template: str, english: str, japanese: str
) -> None:
    (tmp_path / "table.md.j2").write_text(template + "\n", encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        render("table.md.j2", (tmp_path,))
    assert str(caught.value) == english
    assert caught.value.said_in("ja") == japanese


def test_lgotp_return_says_a_broken_template_in_japanese(tmp_path: Path) -> None:
    root = copy_sample(tmp_path / "records")
    build_template(root / "templates/returns/list.xlsx", {"A1": "{% for t in 5 %}x"}, title="list")
    out = tmp_path / "out.xlsx"
    english = run_on(root, "return", "list", "-o", str(out), today="2026-11-30")
    japanese = run_on(root, "--lang", "ja", "return", "list", "-o", str(out), today="2026-11-30")
    assert english.stderr == (
        "lgotp: list.xlsx, sheet 'list', cell A1 loops over something that is not a list; fix "
        "the template or remove it to use the built-in one.\n"
    )
    assert japanese.stderr == (
        "lgotp: list.xlsx のシート「list」のセル A1: リストではないものを繰り返そうとしています。"
        "テンプレートを直すか、削除して組み込みのテンプレートを使ってください。\n"
    )
    assert english.returncode == japanese.returncode == 2
    assert not out.exists()
