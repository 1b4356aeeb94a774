"""The catalogue of words (lgotp_cli/i18n): every entry says itself in both languages."""

from __future__ import annotations

import re

import pytest

from lgotp_cli.i18n import Counted, Terms, Words, catalogue

ENTRIES = list(catalogue())

# Hiragana, katakana, kanji, CJK punctuation (、。「」) and full-width forms (（）).
JAPANESE = re.compile("[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")

# Entries that are the same in both languages on purpose: codes and names, not words.
NOT_WORDS = frozenset(
    {"return_words.LABEL[id]", "table_words.COLUMNS[no]", "table_words.COLUMNS[id]"}
)


def test_the_catalogue_is_not_empty() -> None:
    assert len(ENTRIES) > 200
    assert len({entry.name for entry in ENTRIES}) == len(ENTRIES)
    assert {entry.name for entry in ENTRIES} >= NOT_WORDS  # no stale exception


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.name)
def test_every_entry_has_both_languages(entry) -> None:
    assert entry.words.en.strip(), "no English"
    assert entry.words.ja.strip(), "no Japanese"
    if entry.name not in NOT_WORDS:
        assert JAPANESE.search(entry.words.ja), f"no Japanese in {entry.words.ja!r}"


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.name)
def test_both_languages_have_the_same_placeholders(entry) -> None:
    english, japanese = entry.words.placeholders("en"), entry.words.placeholders("ja")
    if entry.counted:
        # A form of a count may leave the count out ("no report overdue"), nothing else.
        english, japanese = english - {"count"}, japanese - {"count"}
    assert english == japanese


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.name)
def test_every_template_fills_in_both_languages(entry) -> None:
    """Braces are placeholders or doubled: filling each one never raises."""
    names = entry.words.placeholders("en") | entry.words.placeholders("ja")
    values = {name: 1 for name in names}
    for lang in ("en", "ja"):
        assert "{" not in entry.words(lang, **values).replace("{{", "")


def test_words_fill_their_placeholders() -> None:
    arrival = Words("Arrival of {person} at {host}", "{host}に来日: {person}")
    assert arrival("en", person="A B", host="Okazaki") == "Arrival of A B at Okazaki"
    assert arrival("ja", person="A B", host="岡崎市") == "岡崎市に来日: A B"
    assert arrival.in_("ja") == "{host}に来日: {person}"
    with pytest.raises(KeyError):
        arrival("en", person="A B")


def test_any_language_but_japanese_is_english() -> None:
    assert Words("Total", "合計")("fr") == "Total"


def test_counted_picks_the_form() -> None:
    overdue = Counted(
        one=Words("{count} report overdue", "期限超過 {count}件"),
        other=Words("{count} reports overdue", "期限超過 {count}件"),
        zero=Words("no report overdue", "期限超過 {count}件"),
    )
    assert [overdue("en", n) for n in (0, 1, 2)] == [
        "no report overdue",
        "1 report overdue",
        "2 reports overdue",
    ]
    assert overdue("ja", 0) == "期限超過 0件"


def test_terms_show_an_unknown_code_as_it_is() -> None:
    terms = Terms({"planned": Words("Planned", "予定")})
    assert terms.label("planned", "ja") == "予定"
    assert terms.label("someday", "ja") == "someday"
    assert terms.label(None, "en") == ""
    assert list(terms) == ["planned"]


def test_rule_messages_are_in_the_catalogue() -> None:
    names = {entry.name for entry in ENTRIES}
    assert "messages.trainee.STAY_TOO_SHORT" in names


def test_every_japanese_rule_text_names_a_rule_and_has_every_part() -> None:
    from lgotp_cli.i18n.rule_docs import japanese
    from lgotp_cli.rules.registry import all_rules

    codes = {found.code for found in all_rules()}
    for code, text in japanese().items():
        assert code in codes, f"{code}: Japanese for no rule"
        for part in ("summary", "what", "why", "fix"):
            assert JAPANESE.search(getattr(text, part)), f"{code}.{part}: no Japanese"
