"""Readings (source/readings.py): the keyboard and Excel spellings of a value, the ASCII text
they stand for and the name of the mistake; never a "correction" of a value already right."""

from __future__ import annotations

import string
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lgotp_cli.source.readings import list_reading, reading

NARROW_TO_WIDE = {code: code + 0xFEE0 for code in range(0x21, 0x7F)}


@pytest.mark.parametrize(
    ("text", "expected", "corrected", "mistake"),
    [
        ("２０２５－０５－２６", "date", "2025-05-26", "full-width digits"),
        ("2025/5/26", "date", "2025-05-26", "a date written with slashes"),
        ("2025.5.26", "date", "2025-05-26", "a date written with dots"),
        ("2025年8月20日", "date", "2025-08-20", "a date written with 年月日"),
        ("2025ー08ー20", "date", "2025-08-20", "a date with a long-vowel mark or dash for '-'"),
        ("令和7年8月20日", "date", "2025-08-20", "a Japanese era date"),
        ("R7.8.20", "date", "2025-08-20", "a Japanese era date"),
        ("Ｒ７．８．２０", "date", "2025-08-20", "a Japanese era date"),
        ("令和元年5月1日", "date", "2019-05-01", "a Japanese era date"),
        ("平成31年4月30日", "date", "2019-04-30", "a Japanese era date"),
        ("H8.5.27", "date", "1996-05-27", "a Japanese era date"),
        ("　2025-05-26", "date", "2025-05-26", "a full-width space"),
        ("１２０,０００", "money", "120000", "full-width digits"),
        ("120,000", "money", "120000", "a number with thousands separators"),
        ("120,000円", "money", "120000", "an amount with a yen sign or 円"),
        ("¥120,000", "money", "120000", "an amount with a yen sign or 円"),
        ("￥１２０，０００", "money", "120000", "full-width digits"),
        ("１２", "count", "12", "full-width digits"),
        ("令和7年度", "year", "2025", "a Japanese era year"),
        ("R7", "year", "2025", "a Japanese era year"),
        ("令和元年度", "year", "2019", "a Japanese era year"),
        ("2025年度", "year", "2025", "a year written with 年 or 年度"),
        ("０１１００２", "code", "011002", "full-width digits"),
        ("ＰＨ", "text", "PH", "full-width characters"),
    ],
)
def test_a_known_spelling_reads_as_the_ascii_text_meant(text, expected, corrected, mistake):
    found = reading(text, expected)
    assert found is not None
    assert (found.written, found.corrected, found.mistake.en) == (text, corrected, mistake)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和元年4月30日", "date"),  # Reiwa began on 1 May 2019
        ("平成31年5月1日", "date"),  # Heisei ended on 30 April 2019
        ("令和0年5月1日", "date"),
        ("2025/2/29", "date"),  # no such day
        ("R7.13.1", "date"),
        ("2025-5-26", "date"),  # not a keyboard's spelling: the form's own error
        ("2025/5/26 10:00", "date"),
        ("平成32年度", "year"),  # Heisei had no 32nd fiscal year
        ("1,20,000", "money"),
        ("120,000円", "count"),  # yen is for money
        ("-120000", "money"),
        ("１２３４５", "code"),
        ("ｐｈ値", "text"),
    ],
)
def test_no_reading_for_what_is_no_certain_value(text, expected):
    assert reading(text, expected) is None


def test_a_list_written_with_ideographic_or_full_width_commas():
    ideographic = list_reading("PH、VN", ", ")
    assert (ideographic.corrected, ideographic.mistake.ja) == ("PH, VN", "読点「、」で区切った項目")
    full_width = list_reading("tourism，ｅｃｏｎｏｍｙ", "; ")
    assert full_width.corrected == "tourism; economy"
    assert list_reading("PH, VN", ", ") is None
    assert list_reading("PH、", ", ") is None  # an empty item: not certain


def test_the_message_names_the_mistake_and_the_text_to_write_in_both_languages():
    said = reading("１２０,０００", "money").said()
    assert said.in_("en") == (
        "full-width digits '１２０,０００': write 120000 (amounts of yen are whole numbers in "
        "ASCII digits, with no ¥, 円 or commas)"
    )
    assert said.in_("ja") == (
        "全角の数字「１２０,０００」は使えません。120000 と書いてください（金額は ¥・円・カンマを"
        "付けず、半角数字の整数で書きます）"
    )


# --- properties ------------------------------------------------------------------------------

iso_dates = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))


@given(iso_dates)
def test_a_date_written_right_has_no_reading(day):
    assert reading(day.isoformat(), "date") is None


@given(st.integers(min_value=0, max_value=10**12))
def test_an_amount_written_right_has_no_reading(amount):
    for expected in ("money", "count"):
        assert reading(str(amount), expected) is None


@given(st.from_regex(r"[0-9]{6}", fullmatch=True), st.from_regex(r"[0-9]{4}", fullmatch=True))
def test_a_code_or_year_written_right_has_no_reading(code, year):
    assert reading(code, "code") is None
    assert reading(year, "year") is None


@given(st.text(alphabet=string.ascii_letters + string.digits + "._-", min_size=1))
def test_ascii_text_has_no_reading(text):
    assert reading(text, "text") is None
    assert list_reading(text, ", ") is None


@given(st.text())
def test_a_reading_never_returns_the_text_it_was_given(text):
    for expected in ("date", "money", "count", "year", "code", "text"):
        found = reading(text, expected)
        assert found is None or (found.corrected != text and found.corrected.isascii())


@given(iso_dates, st.integers(min_value=0, max_value=10**9))
def test_full_width_values_read_as_the_ascii_ones(day, amount):
    wide_day = day.isoformat().translate(NARROW_TO_WIDE)
    assert reading(wide_day, "date").corrected == day.isoformat()
    wide_amount = f"{amount:,}".translate(NARROW_TO_WIDE)
    assert reading(wide_amount, "money").corrected == str(amount)
