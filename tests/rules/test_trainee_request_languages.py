"""The trainee (T) and host-request (R) rules in both languages: every message is a ``Said``
that the engine puts into the Context's language, the English of each is what it always was,
and every rule has its Japanese documentation.

Records are the valid ones of ``rules/examples.py`` with an overlay, as of its EXAMPLE_TODAY.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support.rules import kind_of

from lgotp_cli.config import load_config
from lgotp_cli.i18n.rule_docs import japanese
from lgotp_cli.i18n.text import Said
from lgotp_cli.rules.context import Context
from lgotp_cli.rules.engine import check
from lgotp_cli.rules.examples import EXAMPLE_TODAY, write_example
from lgotp_cli.rules.registry import all_rules
from lgotp_cli.source.records import load_records

RULES = [found for found in all_rules() if found.code[0] in "TR"]
EXAMPLES = [found for found in RULES if found.fires]

# Kana: the English messages hold kanji names (岡崎市), never kana, so kana means Japanese words.
KANA = re.compile("[\u3040-\u30ff]")
# A placeholder left unfilled ({arrival}); a YAML snippet in a message ({start, end}) is not one.
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# ``code`` and `code` markup in a rule's documentation.
MARKUP = re.compile(r"``[^`]+``|`[^`]+`")

# The English of each rule's `fires` example, as it was before the messages became templates.
ENGLISH = {
    "R301": "local government code 232026 has a wrong check digit: the check digit of 23202 is "
    "5, so the code would be 232025 (愛知県岡崎市)",
    "R302": "conditions (Form 3) are missing and required because the intention is considering: "
    "give countries, fields, language and months",
    "R303": "independent selection without partner: name the tie and the partner government",
    "R304": "Form 1 was submitted 2024-10-05, 1 day after its deadline 2024-10-04",
    "R305": "a second request from host 232025 for FY2025; the first is EX-R (EX-R.yaml:1)",
    "T101": "stay 2024-05-27 → 2024-11-25 lasts 5 months 30 days, shorter than the 6 months "
    "LGOTP requires; the departure must be on or after 2024-11-26 (or the trainee is withdrawn)",
    "T102": "stay 2024-05-27 → 2025-05-27 lasts 12 months 1 day, longer than the 12 months LGOTP "
    "allows; the departure must be on or before 2025-05-26",
    "T103": "departure 2024-05-26 is before arrival 2024-05-27; check both dates",
    "T104": "JIAM starts 2024-05-28, but Tokyo orientation runs until 2024-05-28; phases follow "
    "one another without overlapping",
    "T105": "JIAM training 2024-05-29 → 2024-06-17 lasts 20 days; about one month is 21–45 days",
    "T106": "specialised training 2024-07-01 → 2025-06-01 lasts 11 months 1 day, longer than 11 "
    "months; it must end on or before 2025-05-31",
    "T107": "no Tokyo orientation in period; add tokyo_orientation {start, end} (trainees begin "
    "with it, before JIAM)",
    "T110": "employer type 'other' is not eligible: LGOTP trainees work for an overseas local "
    "government or one of its agencies",
    "T111": "languages (English B1, Japanese N3) are below the programme's bar: spoken English B2 "
    "or better, or Japanese N2 or better",
    "T112": "leadership is empty: say why this person can become a leader in the field",
    "T113": "independent selection without relationship and partner: name the tie (sister_city, "
    "friendship or other) and the partner government",
    "T114": "local government code 232026 has a wrong check digit: the check digit of 23202 is "
    "5, so the code would be 232025 (愛知県岡崎市)",
    "T115": "host name '豊田市' is not the name of code 232025, which is 岡崎市 (愛知県); check the "
    "code or the name",
    "T116": "fiscal_year 2025 is not the fiscal year of the arrival 2024-05-27, which is 2024",
    "T117": "status is withdrawn but withdrawal.reason is missing; give the date and the reason",
    "T118": "status is planned but the trainee arrived on 2025-06-01; set in_training (today is "
    "2025-06-01)",
    "T119": "costs are missing: give the host's planned costs (airfare, accommodation, "
    "living_allowance, training, domestic_travel, other) in whole yen",
}

# Former host codes, as a records repository declares them (the T114/R301 messages about a
# code used outside its dates).
HOST_CODES = """\
host_codes:
  - {code: "222046", name: 清水市, type: municipality, valid_to: 2003-03-31, successor: "222011"}
  - {code: "222011", name: 静岡市, type: municipality, valid_from: 2003-04-01,
     valid_to: 2005-03-31, successor: "221007"}
  - {code: "999997", name: 未来市, type: municipality, valid_from: 2030-04-01}
"""

# Overlays that reach each of the other messages (rule, overlay; the kind is the rule's).
BRANCHES = [
    ("T104", "period: {tokyo_orientation: {start: 2024-05-26, end: 2024-05-28}}\n"),
    ("T104", "period: {specialized: {start: 2024-07-01, end: 2025-03-20}}\n"),
    ("T106", "period: {specialized: {start: 2024-07-01, end: 2024-11-01}}\n"),
    (
        "T107",
        "period: {tokyo_orientation: {start: 2024-05-29, end: 2024-05-29}, "
        "jiam: {start: 2024-05-29, end: 2024-06-28}}\n",
    ),
    ("T110", "employer: {country: JP}\n"),
    ("T111", "languages: {english: null}\n"),
    ("T112", "leadership: null\n"),
    ("T113", "selection: {method: independent, partner: Cebu City}\n"),
    ("T114", "host: {code: '999997'}\n"),
    ("T117", "status: withdrawn\n"),
    ("T117", "withdrawal: {date: 2025-05-01, reason: family reasons}\n"),
    ("T118", "status: planned\n"),
    ("T118", "status: in_training\nperiod: {arrival: 2025-06-02, departure: 2026-03-19}\n"),
    ("T118", "status: in_training\n"),
    ("T118", "status: completed\nperiod: {arrival: 2025-01-02, departure: 2025-07-01}\n"),
    (
        "T118",
        "status: withdrawn\nperiod: {arrival: 2025-01-02, departure: 2025-07-19}\n"
        "withdrawal: {date: 2025-06-05, reason: family reasons}\n",
    ),
    ("R302", "intention: method_undecided\n"),
    ("R303", "selection: {method: independent, relationship: null, partner: null}\n"),
    ("R304", "submitted: {form1: 2024-10-06}\n"),
]
FORMER_CODES = [
    ("T114", 'host: {code: "222011"}\nperiod: {arrival: 2005-04-01}\n'),
    ("T114", 'host: {code: "222046"}\nperiod: {arrival: 2004-05-27}\n'),
    ("T114", "host: {code: '999997'}\n"),
    ("T115", 'host: {code: "222011", name: 清水市}\nperiod: {arrival: 2004-05-27}\n'),
    ("R301", 'fiscal_year: 2005\nhost: {code: "222011"}\n'),
]


def diagnostics(root: Path, scope: str, example: str, code: str, lang: str, config: str = ""):
    """The diagnostics of rule ``code`` for ``example`` laid over a valid record, with ``lang``
    in the Context the rules run in."""
    if not root.exists():
        write_example(root, scope, example)
        if config:
            (root / "lgotp.yaml").write_text(config, encoding="utf-8")
    ctx = Context(today=EXAMPLE_TODAY, config=load_config(root), root=root, lang=lang)
    found = check(load_records(root), ctx, select=[code])
    assert found and all(d.code == code for d in found)
    return found


def assert_said_in_both(root: Path, scope: str, example: str, code: str, config: str = ""):
    """Each message is a Said, Japanese in a Japanese Context, English in an English one."""
    in_japanese = diagnostics(root, scope, example, code, "ja", config)
    in_english = diagnostics(root, scope, example, code, "en", config)
    for ja, en in zip(in_japanese, in_english, strict=True):
        assert isinstance(ja.said, Said) and isinstance(en.said, Said)
        assert KANA.search(ja.message), ja.message
        assert not PLACEHOLDER.search(ja.message), ja.message
        assert ja.message != en.message
        assert ja.message_in("en") == en.message and en.message_in("ja") == ja.message
    return in_japanese, in_english


# --- every rule's fires example, in both languages -------------------------------------------


def test_every_t_and_r_rule_has_a_fires_example_to_check():
    assert {found.code for found in EXAMPLES} == set(ENGLISH)


@pytest.mark.parametrize("rule", EXAMPLES, ids=lambda found: found.code)
def test_fires_example_is_said_in_japanese_and_its_english_is_unchanged(rule, tmp_path):
    _, in_english = assert_said_in_both(tmp_path / "records", rule.scope, rule.fires, rule.code)
    assert [d.message for d in in_english] == [ENGLISH[rule.code]]


@pytest.mark.parametrize(
    ("code", "overlay"), BRANCHES, ids=[f"{c}-{i}" for i, (c, *_) in enumerate(BRANCHES)]
)
def test_every_other_message_is_a_said_in_both_languages(code, overlay, tmp_path):
    assert_said_in_both(tmp_path / "records", kind_of(code), overlay, code)


@pytest.mark.parametrize(
    ("code", "overlay"),
    FORMER_CODES,
    ids=[f"{c}-{i}" for i, (c, *_) in enumerate(FORMER_CODES)],
)
def test_former_code_messages_are_said_in_both_languages(code, overlay, tmp_path):
    assert_said_in_both(tmp_path / "records", kind_of(code), overlay, code, HOST_CODES)


# --- some messages word for word ---------------------------------------------------------------


# (rule, overlay, lgotp.yaml, the Japanese messages; the kind is the rule's)
WORD_FOR_WORD = {
    "T104 overlapping phases": (
        "T104",
        "period: {jiam: {start: 2024-05-28, end: 2024-06-28}}\n",
        "",
        [
            "JIAM研修が 2024-05-28 に始まりますが、東京研修は 2024-05-28 まで続きます。"
            "研修は重ならずに順に行われるので、日付を直してください"
        ],
    ),
    "T111 joins the levels as Japanese lists them": (
        "T111",
        "languages: {english: B1, japanese: N3}\n",
        "",
        [
            "語学力（英語 B1、日本語 N3）がプログラムの要件に達していません。"
            "要件は英語（会話）B2 以上、または日本語 N2 以上です"
        ],
    ),
    "T118 names the statuses with their words": (
        "T118",
        "status: in_training\n",
        "",
        [
            "status が in_training（研修中）ですが、研修員は 2025-03-19 に離日しています。"
            "status を completed（修了）にしてください（本日: 2025-06-01）"
        ],
    ),
    "T114 a former code outside its dates": (
        "T114",
        'host: {code: "222011"}\nperiod: {arrival: 2005-04-01}\n',
        HOST_CODES,
        [
            "静岡市の地方公共団体コード 222011 は、lgotp.yaml の host_codes で 2003-04-01 から "
            "2005-03-31 まで有効なコードとされており、2005年度には使えません。その後の承継先は "
            "221007 です。2005年度当時のコードにしてください"
        ],
    ),
    "R302 names the intention with its word": (
        "R302",
        "intention: considering\n",
        "",
        [
            "intention が considering（参加検討）のため様式3（conditions）が必要ですが、ありません。"
            "countries、fields、language、months を記入してください"
        ],
    ),
    "R304 late forms": (
        "R304",
        "submitted: {form1: 2024-10-06, form2: 2024-10-05}\n",
        "",
        [
            "様式1は期限 2024-10-04 を 2 日過ぎて 2024-10-06 に提出されています",
            "様式2は期限 2024-10-04 を 1 日過ぎて 2024-10-05 に提出されています",
        ],
    ),
    "R303 joins two missing keys": (
        "R303",
        "selection: {method: independent, relationship: null, partner: null}\n",
        "",
        [
            "独自選考ですが relationship と partner がありません。交流関係と相手団体を記入してください"
        ],
    ),
}


@pytest.mark.parametrize(
    ("code", "overlay", "config", "messages"),
    WORD_FOR_WORD.values(),
    ids=WORD_FOR_WORD.keys(),
)
def test_messages_in_japanese_word_for_word(code, overlay, config, messages, tmp_path):
    found = diagnostics(tmp_path / "records", kind_of(code), overlay, code, "ja", config)
    assert [d.message for d in found] == messages


def test_t106_warning_in_japanese_says_the_length_in_japanese(tmp_path):
    overlay = "period: {specialized: {start: 2024-07-01, end: 2024-11-01}}\n"
    found = diagnostics(tmp_path / "records", "trainee", overlay, "T106", "ja")
    assert [(d.severity, d.message) for d in found] == [
        (
            "warning",
            "専門研修 2024-07-01 → 2024-11-01 は4か月1日で、通常の 5 か月より短くなっています"
            "（5 か月なら終了日は 2024-11-30 以降）。滞在期間が6か月ならこのままで構いません。"
            "そうでなければ日付を確認してください",
        )
    ]


# --- the rules' documentation in Japanese ------------------------------------------------------


@pytest.mark.parametrize("rule", RULES, ids=lambda found: found.code)
def test_every_t_and_r_rule_has_its_japanese_documentation(rule):
    text = japanese()[rule.code]
    english = rule.explanation
    parts = [
        (rule.summary, text.summary),
        (english.what, text.what),
        (english.why, text.why),
        (english.fix, text.fix),
        (english.example, text.example),
    ]
    for en, ja in parts:
        assert bool(en) == bool(ja), "a part in one language only"
        assert not ja or KANA.search(ja), ja
        assert sorted(MARKUP.findall(ja)) == sorted(MARKUP.findall(en)), "code markup differs"
    assert rule.explanation_in("ja").what == text.what
    assert rule.summary_in("ja") == text.summary
