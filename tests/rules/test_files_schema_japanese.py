"""The L and S rules speak Japanese: every message of the loader, of lgotp.yaml and of the
schema check in the chosen language, English unchanged, and every rule's documentation."""

from __future__ import annotations

import re

import pytest
from support.rules import TODAY

from lgotp_cli.config import load_config
from lgotp_cli.errors import ConfigError
from lgotp_cli.i18n.rule_docs import japanese
from lgotp_cli.rules.engine import validate
from lgotp_cli.rules.examples import EXAMPLE_TODAY, write_example
from lgotp_cli.rules.registry import all_rules

JAPANESE = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
FILE_AND_SCHEMA = [rule for rule in all_rules() if rule.code[0] in "LS"]
WITH_EXAMPLES = [rule for rule in FILE_AND_SCHEMA if rule.fires]


def _both(root_path, code: str):
    config = load_config(root_path)
    english = validate(root_path, config, EXAMPLE_TODAY, select=[code]).diagnostics
    japanese_ = validate(root_path, config, EXAMPLE_TODAY, select=[code], lang="ja").diagnostics
    return english, japanese_


@pytest.mark.parametrize("rule", WITH_EXAMPLES, ids=lambda r: r.code)
def test_every_fires_example_is_said_in_japanese_and_english_is_unchanged(rule, tmp_path):
    write_example(tmp_path, rule.scope, rule.fires)
    english, in_japanese = _both(tmp_path, rule.code)
    assert [d.code for d in english] == [d.code for d in in_japanese] and english
    for en, ja in zip(english, in_japanese, strict=True):
        assert (en.line, en.column) == (ja.line, ja.column)
        assert not JAPANESE.search(en.message), en.message
        assert JAPANESE.search(ja.message), ja.message
        # One message, two languages: the Japanese run's English is the English run's.
        assert ja.message_in("en") == en.message


@pytest.mark.parametrize("rule", FILE_AND_SCHEMA, ids=lambda r: r.code)
def test_every_file_and_schema_rule_is_documented_in_japanese(rule):
    text = japanese()[rule.code]
    for part in ("summary", "what", "why", "fix"):
        assert JAPANESE.search(getattr(text, part)), f"{rule.code}.{part}"
    assert bool(text.example) == bool(rule.explanation.example), rule.code
    assert rule.summary_in("ja") == text.summary
    assert rule.explanation_in("ja").fix == text.fix
    assert rule.explanation_in("en") == rule.explanation


def _said(root, text: str, code: str, lang: str = "ja") -> list[str]:
    root.write("trainees/EX-T.yaml", text)
    found = root.validate(TODAY, select=[code], lang=lang)
    return [d.message for d in found]


TRAINEE = (
    "id: EX-T\nstatus: completed\nname: {family: Santos, given: Maria}\nnationality: PH\n"
    "employer: {name: Cebu City Government, country: PH, type: local_government}\n"
    "languages: {english: B2}\nleadership: Leads.\nselection: {method: clair}\n"
    'host: {code: "232025"}\nfield: tourism\n'
    "period: {arrival: 2024-05-27, departure: 2025-03-19}\n"
)


@pytest.mark.parametrize(
    ("code", "old", "new", "japanese", "english"),
    [
        (
            "S101",
            "nationality: PH\n",
            "",
            "必須のキー 'nationality' がありません。書き加えてください",
            "required key 'nationality' is missing",
        ),
        (
            "S102",
            "arrival:",
            "arival:",
            "period にキー 'arival' はありません。'arrival' の誤りではありませんか"
            "（正しいキーに直すか、削除してください）",
            "unknown key 'arival' in period; did you mean 'arrival'?",
        ),
        (
            "S103",
            "arrival: 2024-05-27",
            "arrival: 2024-5-27",
            "period.arrival の値が正しくありません。'2024-5-27' は YYYY-MM-DD 形式の日付では"
            "ありません。2024-04-01 のように書いてください",
            "period.arrival: '2024-5-27' is not a date written YYYY-MM-DD, like 2024-04-01",
        ),
        (
            "S103",
            "nationality: PH",
            "nationality: [PH]",
            "nationality の値が正しくありません。リスト は ISO 3166-1 alpha-2 の国コードでは"
            "ありません。PH、VN、NO のような2文字で書いてください",
            "nationality: list is not an ISO 3166-1 alpha-2 country code (like PH, VN, NO)",
        ),
    ],
    ids=["S101", "S102", "S103-date", "S103-list"],
)
def test_schema_messages_in_japanese_and_english(root, code, old, new, japanese, english):
    text = TRAINEE.replace(old, new)
    assert _said(root, text, code) == [japanese]
    assert _said(root, text, code, "en") == [english]


def test_l003_in_japanese(root):
    assert _said(root, "id: A\nid: B\n", "L003") == [
        "キー 'id' が同じマッピングに2回あります（1 行目と 2 行目）。どちらか一方を"
        "残してください（今は最初の値が使われます）"
    ]


def test_l001_says_what_is_wrong_in_japanese_and_quotes_the_parser(root):
    (message,) = _said(root, "id: [LGOTP-1\n", "L001")
    assert message.startswith("YAML として正しくありません。角かっこ [ に対応する閉じかっこ ]")
    assert "（パーサーの説明: while parsing a flow sequence;" in message
    assert "2 行 1 列で読み取りが止まりました" in message
    (english,) = _said(root, "id: [LGOTP-1\n", "L001", "en")
    assert english == (
        "not valid YAML: while parsing a flow sequence; did not find expected ',' or ']' "
        "(the parser stopped at line 2, column 1)"
    )


def test_l002_names_cp932_in_japanese(root):
    root.write("trainees/EX-T.yaml", "id: 佐藤\n".encode("cp932"))
    (found,) = root.validate(TODAY, select=["L002"], lang="ja")
    assert "Shift_JIS/CP932" in found.message and "UTF-8 で保存し直してください" in found.message


def test_l007_problems_say_themselves_in_japanese(root):
    root.write("lgotp.yaml", "policy:\n  report_due_days: soon\n")
    with pytest.raises(ConfigError) as raised:
        load_config(root.path)
    (found,) = raised.value.problems
    problem = found.problem
    assert str(problem.message) == "policy.report_due_days: 'soon' is not a whole number"
    assert problem.message.in_("ja") == (
        "policy.report_due_days の誤り: 'soon' は整数ではありません。0 以上の整数を数字だけで"
        "書いてください"
    )


def test_validate_reports_lgotp_yaml_in_the_chosen_language(root):
    from typer.testing import CliRunner

    from lgotp_cli.cli import app

    root.record("trainee")
    root.write("lgotp.yaml", "polcy: {}\n")
    base = ["validate", "--records", str(root.path), "--today", "2025-06-01"]
    english = CliRunner().invoke(app, ["--lang", "en", *base])
    assert english.exit_code == 2
    assert "L007 lgotp.yaml is invalid: unknown key 'polcy'; the keys are policy," in (
        english.stdout
    )
    assert "lgotp: lgotp.yaml is invalid, so no record can be checked" in english.stderr
    in_japanese = CliRunner().invoke(app, ["--lang", "ja", *base])
    assert in_japanese.exit_code == 2
    assert "L007 lgotp.yaml に誤りがあります: 'polcy' というキーはありません。" in (
        in_japanese.stdout
    )
    assert "lgotp: lgotp.yaml に誤りがあるため、記録を検証できません。" in in_japanese.stderr
