"""The D and X rules say their messages in both languages: each rule's ``fires`` example (and
the other messages each rule has) in Japanese when the Context asks for it, and in the same
English as ever otherwise; every finding is a ``Said``, so that any page can show it in its
own language."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from lgotp_cli.config import load_config
from lgotp_cli.i18n.text import Said
from lgotp_cli.rules.context import Context
from lgotp_cli.rules.engine import check
from lgotp_cli.rules.examples import EXAMPLE_TODAY, write_example
from lgotp_cli.rules.registry import all_rules
from lgotp_cli.source.records import load_records

# Hiragana, katakana, kanji, CJK punctuation and full-width forms.
JAPANESE = re.compile("[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")

RULES = [r for r in all_rules() if r.code[0] in "DX" and r.fires]

# The English of every fires example, as lgotp has always written it.
FIRES_ENGLISH = {
    "D201": [
        "dispatch 2024-07-01 → 2024-10-01 lasts 3 months 1 day, longer than 3 months; return by "
        "2024-09-30, or add a waiver with the reason if the longer dispatch was agreed"
    ],
    "D202": ["dispatch 2024-07-01 → 2024-07-09 lasts 9 days; most last 10–31 days"],
    "D203": [
        "destination KR is not one of the programme's countries "
        "(CN BN KH ID LA MY MM PH SG TH TL VN IN)"
    ],
    "D204": [
        "specialist.database_id is missing: give the specialist's registration in the "
        "International Cooperation Database"
    ],
    "D205": ["return 2024-06-30 is before departure 2024-07-01"],
    "D206": ["request dated 2024-07-02, after the departure 2024-07-01"],
    "D207": [
        "the specialist's workplace bears 1 yen; it must bear nothing (CLAIR and the overseas "
        "local government cover the costs)"
    ],
    "D208": [
        "host_provides leaves out local_travel, commuting, transport, communication, "
        "interpreting; the overseas local government should bear these"
    ],
    "D209": [
        "the report was due 2024-08-19 (30 days after the return on 2024-07-20) and is 286 days "
        "overdue; record report.submitted when it arrives"
    ],
    "D210": [
        "report reports/EX-D-draft.md has 65 characters (markup and spaces not counted); the "
        "programme asks for at least 3,000",
        "report reports/EX-D-draft.md has 0 photographs; it needs at least 1 "
        "(![caption](photo.jpg))",
    ],
    "D211": ["daily allowance 144400 is not 7600 × 20 days = 152000"],
    "D212": [
        "local government code 272036 has a wrong check digit: the check digit of 27203 is 5, so "
        "the code would be 272035 (大阪府豊中市)"
    ],
    "D213": ["status is planned but the departure was 2025-06-01 (today is 2025-06-01)"],
    "X301": [
        "id EX-T is also the id of the record at trainees/EX-T.yaml:1; every record needs an id "
        "of its own"
    ],
    "X302": [
        "Maria Santos (PH) is also in EX-T (EX-T.yaml:1) for an overlapping stay "
        "2024-05-27 → 2025-03-19"
    ],
    "X303": [
        "specialist ICD-00123 is also on EX-D (EX-D.yaml:1), 2024-07-01 → 2024-07-20, which "
        "overlaps this dispatch"
    ],
    "X305": [
        "report file ../reports/EX-T.md leads outside the records root; keep referenced files "
        "inside it"
    ],
    "X306": ["waiver for T101 is stale: T101 no longer fires for this record; remove it"],
}

# The rules' other messages: (code, scope, example, today), each laid over the valid record of
# its scope as the fires examples are.
OTHER_MESSAGES = {
    "D202-long": ("D202", "dispatch", "period: {return: 2024-09-01}\n", EXAMPLE_TODAY),
    "D204-blank": ("D204", "dispatch", "specialist: {database_id: ' '}\n", EXAMPLE_TODAY),
    "D206-missing": ("D206", "dispatch", "request: null\n", EXAMPLE_TODAY),
    "D209-one-day": ("D209", "dispatch", "report: {submitted: null}\n", date(2024, 8, 20)),
    "D212-unlisted": ("D212", "dispatch", "specialist: {employer: {code: '272990'}}\n", None),
    "D213-not-yet-gone": (
        "D213",
        "dispatch",
        "status: dispatched\nperiod: {departure: 2025-07-01, return: 2025-07-20}\n",
        EXAMPLE_TODAY,
    ),
    "D213-back": ("D213", "dispatch", "status: dispatched\n", EXAMPLE_TODAY),
    "D213-not-yet-back": (
        "D213",
        "dispatch",
        "status: completed\nperiod: {departure: 2025-05-20, return: 2025-06-20}\n",
        EXAMPLE_TODAY,
    ),
    "X305-absolute": ("X305", "record", "report: /srv/reports/EX-T.md\n", EXAMPLE_TODAY),
    "X305-missing": ("X305", "record", "report: reports/none.md\n", EXAMPLE_TODAY),
    "X306-unknown": ("X306", "waivers", "waivers: [{rule: T1, reason: typo}]\n", EXAMPLE_TODAY),
    "X306-no-such": ("X306", "waivers", "waivers: [{rule: Q999, reason: typo}]\n", EXAMPLE_TODAY),
    "X306-unwaivable": ("X306", "waivers", "waivers: [{rule: X301, reason: x}]\n", EXAMPLE_TODAY),
}


def said(root: Path, code: str, lang: str, today: date | None = None):
    """The diagnostics of ``code`` for the records under ``root``, checked in ``lang``."""
    ctx = Context(today=today or EXAMPLE_TODAY, config=load_config(root), root=root, lang=lang)
    found = check(load_records(root), ctx, select=[code])
    assert found and all(d.code == code for d in found)
    return found


def assert_japanese(found) -> None:
    for diagnostic in found:
        assert isinstance(diagnostic.said, Said), "a finding of a D or X rule is a Said"
        assert JAPANESE.search(diagnostic.message), diagnostic.message
        assert "{" not in diagnostic.message, diagnostic.message
        assert diagnostic.message == diagnostic.message_in("ja")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_the_fires_example_is_said_in_japanese(rule, tmp_path):
    write_example(tmp_path, rule.scope, rule.fires)
    assert_japanese(said(tmp_path, rule.code, "ja"))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_the_fires_example_in_english_is_unchanged(rule, tmp_path):
    write_example(tmp_path, rule.scope, rule.fires)
    found = said(tmp_path, rule.code, "en")
    assert [d.message for d in found] == FIRES_ENGLISH[rule.code]
    assert all(isinstance(d.said, Said) and str(d.said) == d.message for d in found)
    # The Japanese run keeps the English at hand (a site's English page).
    in_japanese = said(tmp_path, rule.code, "ja")
    assert [d.message_in("en") for d in in_japanese] == FIRES_ENGLISH[rule.code]


def test_every_d_and_x_rule_with_an_example_is_covered():
    assert {r.code for r in RULES} == set(FIRES_ENGLISH)


@pytest.mark.parametrize("case", OTHER_MESSAGES.values(), ids=list(OTHER_MESSAGES))
def test_the_other_messages_are_said_in_japanese(case, tmp_path):
    code, scope, example, today = case
    write_example(tmp_path, scope, example)
    found = said(tmp_path, code, "ja", today)
    assert_japanese(found)
    assert all(JAPANESE.search(d.message_in("en")) is None for d in found)


def test_x304_file_named_after_another_id(root):
    root.record("trainee", name="EX-T2.yaml")
    found = said(root.path, "X304", "ja")
    assert [d.message for d in found] == [
        "ファイル EX-T2.yaml には記録 EX-T が入っています。ファイル名を EX-T.yaml にしてください"
    ]
    assert [d.message_in("en") for d in found] == [
        "file EX-T2.yaml holds record EX-T; name it EX-T.yaml"
    ]
    assert_japanese(found)


def test_x305_a_photo_of_a_report(tmp_path):
    write_example(tmp_path, "record", "report: reports/P.md\n")
    (tmp_path / "reports" / "P.md").write_text("![a](/abs.png) ![b](img/none.png)\n")
    found = said(tmp_path, "X305", "ja")
    assert [d.message for d in found] == [
        "reports/P.md の写真: /abs.png は絶対パスです。記録フォルダからのパスを書いてください",
        "reports/P.md の写真: img/none.png がありません。ファイルを置くか、パスを訂正してください",
    ]
    assert [d.message_in("en") for d in found] == [
        "photo in reports/P.md: /abs.png is an absolute path; give the path from the records root",
        "photo in reports/P.md: img/none.png does not exist",
    ]


# --- the exact Japanese of a few ----------------------------------------------------------------


def ja_of(tmp_path: Path, code: str, example: str, scope: str = "dispatch", today=None):
    write_example(tmp_path, scope, example)
    return [d.message for d in said(tmp_path, code, "ja", today)]


def test_d201_says_the_length_in_japanese(tmp_path):
    example = "period: {departure: 2024-07-01, return: 2024-10-01}\n"
    assert ja_of(tmp_path, "D201", example) == [
        "派遣期間 2024-07-01 → 2024-10-01 は3か月1日で、上限の 3 か月を超えています。帰国日を "
        "2024-09-30 以前にしてください（長い派遣が合意済みの場合は、理由を書いて D201 の waiver "
        "を追加してください）"
    ]


def test_d209_says_the_days_overdue_in_japanese(tmp_path):
    found = ja_of(tmp_path, "D209", "report: {submitted: null}\n", today=date(2024, 8, 20))
    assert found == [
        "報告書の提出期限は 2024-08-19（帰国日 2024-07-20 の30日後）で、1日過ぎています。"
        "報告書が届いたら report.submitted を記録してください"
    ]


def test_d212_wrong_check_digit_in_japanese(tmp_path):
    assert ja_of(tmp_path, "D212", "specialist: {employer: {code: '272036'}}\n") == [
        "地方公共団体コード 272036 の検査数字が誤っています。27203 の検査数字は 5 なので、"
        "コードは 大阪府豊中市の 272035 になります"
    ]


def test_d213_names_the_status_in_japanese(tmp_path):
    example = "status: dispatched\n"
    assert ja_of(tmp_path, "D213", example) == [
        "status が dispatched（派遣中）ですが、専門家は 2024-07-20 に帰国しています"
        "（今日は 2025-06-01）。status を completed（派遣終了）にしてください"
    ]


def test_x301_names_the_other_place_in_japanese(tmp_path):
    example = "- {id: EX-T}\n- {kind: dispatch, id: EX-T}\n"
    assert ja_of(tmp_path, "X301", example, scope="all") == [
        "id EX-T は trainees/EX-T.yaml:1 の記録の id と同じです。記録ごとに別の id を付けてください"
    ]


def test_x306_suggests_a_rule_in_japanese(tmp_path):
    example = "waivers: [{rule: T1, reason: typo}]\n"
    assert ja_of(tmp_path, "X306", example, scope="waivers") == [
        "waiver に書かれた T1 というルールはありません（T101 ではありませんか）。コードを訂正するか、"
        "waiver を削除してください"
    ]


# --- the rules' documentation in Japanese -------------------------------------------------------

CODE_MARKUP = re.compile(r"``[^`]+``|`[^`]+`")


@pytest.mark.parametrize(
    "rule", [r for r in all_rules() if r.code[0] in "DX"], ids=lambda r: r.code
)
def test_every_d_and_x_rule_is_documented_in_japanese(rule):
    from lgotp_cli.i18n.rule_docs import japanese

    assert rule.code in japanese()
    english, text = rule.explanation, rule.explanation_in("ja")
    assert JAPANESE.search(rule.summary_in("ja"))
    assert sorted(CODE_MARKUP.findall(rule.summary_in("ja"))) == sorted(
        CODE_MARKUP.findall(rule.summary)
    )
    for part in ("what", "why", "fix", "example"):
        written, translated = getattr(english, part), getattr(text, part)
        # an example only where the English has one
        assert bool(written) == bool(translated), part
        if written:
            assert JAPANESE.search(translated), part
            # the same ``code`` markup: keys, values and commands as they are
            assert sorted(CODE_MARKUP.findall(translated)) == sorted(
                CODE_MARKUP.findall(written)
            ), part
