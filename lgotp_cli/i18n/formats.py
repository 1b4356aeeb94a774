"""Numbers and dates as people read them in English or Japanese: fiscal years in the era
(令和6年度), yen (¥2,850,000 / 2,850,000円), dates and lengths of time. Words live in the
catalogue (``record_words``, ``report_words`` …); these are the formats that are not words.

A Japanese output may write dates and negative amounts as a prefecture's papers do, when
``lgotp.yaml``'s ``output:`` says so (a ``Style``: ``2025年8月20日`` or ``令和7年8月20日``,
``△713,000円``); the default, and English always, is ISO dates and a minus sign. JSON and CSV
never come here: they keep ISO dates and plain integers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, Protocol

from lgotp_cli.i18n.text import is_japanese

# The first fiscal year of each era that LGOTP's history reaches (FY2019 = 令和元年度: the
# fiscal year that began in April 2019 is named after the era that began in May).
_ERAS = ((2019, "令和"), (1989, "平成"), (1926, "昭和"))


class Measured(Protocol):
    """A length of time that can say itself in both languages (``months.Length``)."""

    def english(self) -> str: ...

    def japanese(self) -> str: ...


# The first day of each era a record can reach, newest first (a date is in the first era that
# began on or before it).
_ERA_DAYS = ((date(2019, 5, 1), "令和"), (date(1989, 1, 8), "平成"), (date(1926, 12, 25), "昭和"))


@dataclass(frozen=True, slots=True)
class Style:
    """How a Japanese output for people writes dates and negative amounts (``lgotp.yaml``'s
    ``output:``): ``dates`` iso (2025-08-20), japanese (2025年8月20日) or era (令和7年8月20日);
    ``negative`` minus (-713,000円) or triangle (△713,000円). English ignores it."""

    dates: Literal["iso", "japanese", "era"] = "iso"
    negative: Literal["minus", "triangle"] = "minus"


ISO = Style()  # the default: ISO dates and a minus sign


def fiscal_year_label(year: int, lang: str) -> str:
    """``FY2024`` or ``令和6年度`` (``令和元年度`` for 2019, ``平成8年度`` for 1996)."""
    if not is_japanese(lang):
        return f"FY{year}"
    for first, era in _ERAS:
        if year >= first:
            number = year - first + 1
            return f"{era}{'元' if number == 1 else number}年度"
    return f"{year}年度"


def yen(amount: int, lang: str, style: Style = ISO) -> str:
    """``¥2,850,000`` or ``2,850,000円`` (``-¥713,000`` / ``-713,000円`` below zero, or
    ``△713,000円`` when the style asks for the triangle of Japanese accounts)."""
    if is_japanese(lang):
        if amount < 0 and style.negative == "triangle":
            return f"△{-amount:,}円"
        return f"{amount:,}円"
    return f"-¥{-amount:,}" if amount < 0 else f"¥{amount:,}"


def day(value: date, lang: str, style: Style = ISO) -> str:
    """A date: ISO by default in both languages (unambiguous, and sortable in a spreadsheet);
    in Japanese, ``2025年8月20日`` or ``令和7年8月20日`` when the style asks for it."""
    if not is_japanese(lang) or style.dates == "iso":
        return value.isoformat()
    if style.dates == "era":
        return f"{era_year(value)}{value.month}月{value.day}日"
    return f"{value.year}年{value.month}月{value.day}日"


def era_year(value: date) -> str:
    """The era and year of a date: ``令和7年``, ``令和元年`` (from 2019-05-01), ``平成31年``
    (2019-04-30); before 昭和, the Western year (``1925年``)."""
    for first, era in _ERA_DAYS:
        if value >= first:
            number = value.year - first.year + 1
            return f"{era}{'元' if number == 1 else number}年"
    return f"{value.year}年"


def duration(measured: Measured, lang: str) -> str:
    """A length of time: ``11 months 3 days`` or ``11か月3日``."""
    return measured.japanese() if is_japanese(lang) else measured.english()


def month_label(value: date, lang: str) -> str:
    """A month on a chart's axis: ``Apr`` or ``4月``."""
    return f"{value.month}月" if is_japanese(lang) else value.strftime("%b")


def year_label(value: date, lang: str) -> str:
    """A calendar year on a chart's axis: ``2024`` or ``2024年``."""
    return f"{value.year}年" if is_japanese(lang) else str(value.year)


def money_format(lang: str, style: Style = ISO) -> str:
    """The Excel number format of yen: ``"¥"#,##0`` or ``#,##0"円"`` (``#,##0"円";"△"#,##0"円"``
    with the triangle)."""
    if not is_japanese(lang):
        return '"¥"#,##0'
    if style.negative == "triangle":
        return '#,##0"円";"△"#,##0"円"'
    return '#,##0"円"'


def number_format(lang: str, style: Style = ISO) -> str:
    """The Excel number format of a whole number that may be negative (a workbook template's
    ``#,##0``): ``#,##0;"△"#,##0`` with the triangle, in Japanese."""
    if is_japanese(lang) and style.negative == "triangle":
        return '#,##0;"△"#,##0'
    return "#,##0"


def date_format(lang: str, style: Style = ISO) -> str:
    """The Excel number format of a date cell (the value stays a date, sortable):
    ``yyyy-mm-dd``, or in Japanese ``yyyy"年"m"月"d"日"`` or the era, ``[$-411]ggge"年"m"月"d"日"``
    (Excel's Japanese calendar; it writes the first year of an era as 1年, not 元年)."""
    if not is_japanese(lang) or style.dates == "iso":
        return "yyyy-mm-dd"
    if style.dates == "era":
        return '[$-411]ggge"年"m"月"d"日"'
    return 'yyyy"年"m"月"d"日"'


def fiscal_year_format(lang: str) -> str:
    """The Excel number format of a fiscal year kept as a number: ``"FY"0`` or ``0"年度"``."""
    return '0"年度"' if is_japanese(lang) else '"FY"0'
