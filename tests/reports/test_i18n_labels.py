"""Fiscal years and yen as people read them (lgotp_cli/i18n/formats.py)."""

from __future__ import annotations

import pytest

from lgotp_cli.i18n import fiscal_year_label, yen


@pytest.mark.parametrize(
    ("year", "label"),
    [
        (1988, "昭和63年度"),
        (1989, "平成元年度"),
        (1990, "平成2年度"),
        (1996, "平成8年度"),
        (2018, "平成30年度"),
        (2019, "令和元年度"),
        (2020, "令和2年度"),
        (2023, "令和5年度"),
        (2024, "令和6年度"),
    ],
)
def test_fiscal_year_in_the_era(year: int, label: str) -> None:
    assert fiscal_year_label(year, "ja") == label


@pytest.mark.parametrize("year", [1988, 1996, 2019, 2024])
def test_fiscal_year_in_english(year: int) -> None:
    assert fiscal_year_label(year, "en") == f"FY{year}"


@pytest.mark.parametrize(
    ("amount", "en", "ja"),
    [
        (2850000, "¥2,850,000", "2,850,000円"),
        (0, "¥0", "0円"),
        (999, "¥999", "999円"),
        (1000, "¥1,000", "1,000円"),
        (12345678901, "¥12,345,678,901", "12,345,678,901円"),
    ],
)
def test_yen(amount: int, en: str, ja: str) -> None:
    assert yen(amount, "en") == en
    assert yen(amount, "ja") == ja
