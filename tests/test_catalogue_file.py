"""The catalogue's YAML files (lgotp_cli/i18n/*.yaml): read strictly, so that a slip in a
translation fails here rather than in a user's command."""

from __future__ import annotations

from pathlib import Path

import pytest

from lgotp_cli.i18n import Counted, Terms, Texts, Words, catalogue_modules
from lgotp_cli.i18n.catalogue_file import (
    CatalogueFileError,
    read_words,
    words_file,
)
from lgotp_cli.i18n.rule_docs import KINDS, RuleText, rule_texts


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "some_words.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_each_kind_of_entry_is_read(tmp_path: Path) -> None:
    read = read_words(
        write(
            tmp_path,
            "# a comment\n"
            "TOTAL:\n  en: Total\n  ja: 合計\n"
            "STATUS: !terms\n  planned: {en: Planned, ja: 予定}\n  'no': {en: 'No', ja: いいえ}\n"
            "OVERDUE: !counted\n"
            "  one: {en: '{count} report', ja: '{count}件'}\n"
            "  other: {en: '{count} reports', ja: '{count}件'}\n"
            "HELP: !texts\n  - {en: Print less., ja: 表示を少なくします。}\n"
            "  - en: Print more.\n    ja: 詳しく表示します。\n",
        )
    )
    assert list(read) == ["TOTAL", "STATUS", "OVERDUE", "HELP"]
    assert read["TOTAL"] == Words("Total", "合計")
    assert isinstance(read["STATUS"], Terms)
    assert list(read["STATUS"]) == ["planned", "no"]
    assert read["STATUS"].label("no", "ja") == "いいえ"
    assert isinstance(read["OVERDUE"], Counted)
    assert read["OVERDUE"]("en", 2) == "2 reports"
    assert read["OVERDUE"].zero is None
    assert isinstance(read["HELP"], Texts)
    assert list(read["HELP"]) == ["Print less.", "Print more."]
    assert read["HELP"].label("Print more.", "ja") == "詳しく表示します。"
    assert read["HELP"].label("Print all.", "ja") == "Print all."  # not known: as it is


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("TOTAL:\n  en: Total\n", "TOTAL must have exactly an en and a ja text"),
        ("TOTAL:\n  en: Total\n  ja: 合計\n  fr: Total\n", "TOTAL must have exactly an en"),
        ("TOTAL: Total\n", "TOTAL must have exactly an en and a ja text"),
        ("TOTAL:\n  en: 1\n  ja: 合計\n", "TOTAL: en and ja must be text"),
        ("A:\n  en: a\n  ja: あ\nA:\n  en: b\n  ja: い\n", "line 4: 'A' is written twice"),
        ("S: !terms\n  no: {en: No, ja: いいえ}\n", "line 2: the key False is not text"),
        ("S: !terms\n  x: {en: X}\n", "S[x] must have exactly an en and a ja text"),
        ("C: !counted\n  one: {en: a, ja: あ}\n", "C must give the forms one and other"),
        ("- a\n- b\n", "the file must be a mapping of names to words"),
        (
            "H: !texts\n  - {en: a, ja: あ}\n  - {en: b, ja: い}\n  - {en: a, ja: う}\n",
            "H: line 4: the English 'a' is written twice (first on line 2)",
        ),
        ("H: !texts\n  - {en: a, ja: あ}\n  - {en: b}\n", "H[1] (line 3) must have exactly an en"),
        ("H: !texts\n  a: {en: a, ja: あ}\n", "line 1: !texts must be a list of en and ja texts"),
        ("H: !texts\n  - {en: a, ja: あ, en: b}\n", "line 2: 'en' is written twice"),
    ],
    ids=[
        "no-ja",
        "a-third-language",
        "not-a-mapping",
        "not-text",
        "written-twice",
        "key-read-as-false",
        "term-without-ja",
        "count-without-other",
        "a-list",
        "text-english-twice",
        "text-without-ja",
        "texts-not-a-list",
        "text-key-twice",
    ],
)
def test_a_slip_is_an_error_naming_file_and_entry(tmp_path: Path, text: str, said: str) -> None:
    with pytest.raises(CatalogueFileError) as raised:
        read_words(write(tmp_path, text))
    assert str(raised.value).startswith("some_words.yaml: ")
    assert said in str(raised.value)


def test_every_module_of_the_catalogue_has_its_file_and_nothing_else_is_one() -> None:
    modules = catalogue_modules()
    files = {words_file(module.__name__) for module in modules}
    assert all(path.is_file() for path in files)
    package = Path(modules[0].__file__).parent
    rule_docs = {package / "rule_docs" / f"{kind}.yaml" for kind in KINDS}
    assert set(package.rglob("*.yaml")) == files | rule_docs


def test_every_name_in_a_file_is_a_name_of_its_module() -> None:
    for module in catalogue_modules():
        for name, entry in read_words(words_file(module.__name__)).items():
            assert getattr(module, name) == entry, f"{module.__name__}.{name}"


def test_a_rules_japanese_is_read_with_its_parts(tmp_path: Path) -> None:
    path = write(tmp_path, "T101:\n  summary: 短い\n  what: 何\n  why: なぜ\n  fix: 直す\n")
    assert rule_texts(path) == {"T101": RuleText("短い", "何", "なぜ", "直す")}


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("T101:\n  summary: 短い\n  what: 何\n  why: なぜ\n", "T101 must give summary, what"),
        (
            "T101:\n  summary: s\n  what: w\n  why: y\n  fix: f\n  how: h\n",
            "T101 may give only",
        ),
        ("T101:\n  summary: 1\n  what: w\n  why: y\n  fix: f\n", "T101 may give only"),
        ("T101:\n  summary: s\n  what: w\n  why: y\n  fix: f\nT101: {}\n", "written twice"),
        ("- T101\n", "the file must be a mapping of rule codes"),
    ],
    ids=["no-fix", "an-unknown-part", "not-text", "written-twice", "a-list"],
)
def test_a_slip_in_a_rules_japanese_is_an_error(tmp_path: Path, text: str, said: str) -> None:
    with pytest.raises(CatalogueFileError) as raised:
        rule_texts(write(tmp_path, text))
    assert str(raised.value).startswith("some_words.yaml: ")
    assert said in str(raised.value)
