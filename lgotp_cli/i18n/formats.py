"""Numbers and dates as people read them in English or Japanese: fiscal years in the era
(令和6年度), yen (¥2,850,000 / 2,850,000円), dates and lengths of time. Words live in the
catalogue (``record_words``, ``report_words`` …); these are the formats that are not words."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from lgotp_cli.i18n.text import is_japanese

# The first fiscal year of each era that LGOTP's history reaches (FY2019 = 令和元年度: the
# fiscal year that began in April 2019 is named after the era that began in May).
_ERAS = ((2019, "令和"), (1989, "平成"), (1926, "昭和"))


class Measured(Protocol):
    """A length of time that can say itself in both languages (``months.Length``)."""

    def english(self) -> str: ...

    def japanese(self) -> str: ...


def fiscal_year_label(year: int, lang: str) -> str:
    """``FY2024`` or ``令和6年度`` (``令和元年度`` for 2019, ``平成8年度`` for 1996)."""
    if not is_japanese(lang):
        return f"FY{year}"
    for first, era in _ERAS:
        if year >= first:
            number = year - first + 1
            return f"{era}{'元' if number == 1 else number}年度"
    return f"{year}年度"


def yen(amount: int, lang: str) -> str:
    """``¥2,850,000`` or ``2,850,000円`` (``-¥713,000`` / ``-713,000円`` below zero)."""
    if is_japanese(lang):
        return f"{amount:,}円"
    return f"-¥{-amount:,}" if amount < 0 else f"¥{amount:,}"


def day(value: date, lang: str) -> str:
    """Dates stay ISO in both languages: unambiguous, and sortable in a spreadsheet."""
    return value.isoformat()


def duration(measured: Measured, lang: str) -> str:
    """A length of time: ``11 months 3 days`` or ``11か月3日``."""
    return measured.japanese() if is_japanese(lang) else measured.english()


def month_label(value: date, lang: str) -> str:
    """A month on a chart's axis: ``Apr`` or ``4月``."""
    return f"{value.month}月" if is_japanese(lang) else value.strftime("%b")


def year_label(value: date, lang: str) -> str:
    """A calendar year on a chart's axis: ``2024`` or ``2024年``."""
    return f"{value.year}年" if is_japanese(lang) else str(value.year)


def money_format(lang: str) -> str:
    """The Excel number format of yen: ``"¥"#,##0`` or ``#,##0"円"``."""
    return '#,##0"円"' if is_japanese(lang) else '"¥"#,##0'


def fiscal_year_format(lang: str) -> str:
    """The Excel number format of a fiscal year kept as a number: ``"FY"0`` or ``0"年度"``."""
    return '0"年度"' if is_japanese(lang) else '"FY"0'
