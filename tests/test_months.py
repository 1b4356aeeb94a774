"""The month arithmetic of RECORDS.md: clamping to the month's end, both days counted."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from lgotp_cli.months import (
    Length,
    add_months,
    fiscal_year,
    last_day_of,
    lasts_at_least,
    lasts_more_than,
    length,
)

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))


def test_spec_examples():
    assert lasts_at_least(date(2024, 4, 1), date(2024, 9, 30), 6)
    assert not lasts_at_least(date(2024, 4, 1), date(2024, 9, 29), 6)
    assert length(date(2024, 4, 1), date(2024, 9, 30)) == Length(6, 0)
    assert length(date(2024, 4, 1), date(2025, 3, 31)) == Length(12, 0)
    assert not lasts_more_than(date(2024, 4, 1), date(2025, 3, 31), 12)
    assert lasts_more_than(date(2024, 4, 1), date(2025, 4, 1), 12)
    assert length(date(2024, 4, 1), date(2025, 4, 1)) == Length(12, 1)


def test_month_end_clamping():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert last_day_of(date(2024, 8, 31), 6) == date(2025, 2, 27)
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)


def test_lengths_read_as_people_write_them():
    assert length(date(2024, 9, 30), date(2025, 8, 31)).english() == "11 months 2 days"
    assert length(date(2024, 9, 30), date(2025, 8, 31)).japanese() == "11か月2日"
    assert length(date(2024, 7, 1), date(2024, 7, 1)).english() == "1 day"
    assert length(date(2024, 7, 1), date(2024, 7, 20)).japanese() == "20日"
    assert length(date(2024, 7, 1), date(2024, 7, 31)).english() == "1 month"
    assert Length(1, 1).english() == "1 month 1 day"


def test_fiscal_year():
    assert fiscal_year(date(2024, 4, 1)) == 2024
    assert fiscal_year(date(2024, 3, 31)) == 2023
    assert fiscal_year(date(2025, 3, 31)) == 2024


@given(days, st.integers(min_value=0, max_value=400), st.integers(min_value=0, max_value=24))
def test_length_agrees_with_the_threshold(start, extra, months):
    end = start + timedelta(days=extra)
    measured = length(start, end)
    assert lasts_at_least(start, end, months) == (measured.months >= months)
    assert lasts_more_than(start, end, months) == (
        measured.months > months or (measured.months == months and measured.days > 0)
    )


@given(days, st.integers(min_value=0, max_value=400))
def test_length_adds_back_up(start, extra):
    end = start + timedelta(days=extra)
    measured = length(start, end)
    covered = last_day_of(start, measured.months) if measured.months else start - timedelta(1)
    assert covered + timedelta(days=measured.days) == end
    assert measured.days < 31
