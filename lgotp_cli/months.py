"""The month arithmetic of RECORDS.md, in one place.

A stay from day A to day D (both counted) lasts at least N months when
``D >= add_months(A, N) - 1 day``; adding months keeps the day of the month and falls back to
the month's last day when the month is shorter. Everything that counts months calls this module.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from lgotp_cli.i18n.text import is_japanese

ONE_DAY = timedelta(days=1)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """28 to 31."""
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month - 1]


def add_months(day: date, months: int) -> date:
    """Return ``day`` moved by ``months`` calendar months, clamped to the target month's end."""
    years, month_index = divmod(day.month - 1 + months, 12)
    year = day.year + years
    month = month_index + 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def last_day_of(start: date, months: int) -> date:
    """The last day of a period of exactly ``months`` months beginning on ``start``."""
    return add_months(start, months) - ONE_DAY


def lasts_at_least(start: date, end: date, months: int) -> bool:
    """True when the period ``start``..``end`` (both counted) lasts ``months`` months or more."""
    return end >= last_day_of(start, months)


def lasts_more_than(start: date, end: date, months: int) -> bool:
    """True when the period ``start``..``end`` (both counted) is longer than ``months`` months."""
    return end > last_day_of(start, months)


def days_inclusive(start: date, end: date) -> int:
    """Days from ``start`` to ``end``, both counted (1 for a single day)."""
    return (end - start).days + 1


@dataclass(frozen=True, slots=True)
class Length:
    """A period's length as whole months and the days left over."""

    months: int
    days: int

    def __str__(self) -> str:
        return self.english()

    def english(self) -> str:
        """'11 months 3 days', '6 months', '1 month 1 day', '20 days'."""
        parts = []
        if self.months:
            parts.append(f"{self.months} month{'s' if self.months != 1 else ''}")
        if self.days or not self.months:
            parts.append(f"{self.days} day{'s' if self.days != 1 else ''}")
        return " ".join(parts)

    def in_(self, lang: str) -> str:
        """The length in ``lang`` (``ja`` or anything else for English)."""
        return self.japanese() if is_japanese(lang) else self.english()

    def japanese(self) -> str:
        """'11か月3日', '6か月', '20日'."""
        text = f"{self.months}か月" if self.months else ""
        if self.days or not self.months:
            text += f"{self.days}日"
        return text


def length(start: date, end: date) -> Length:
    """The length of ``start``..``end`` (both counted): the most whole months, then days.

    2024-04-01 → 2024-09-30 is 6 months; 2024-04-01 → 2025-04-01 is 12 months 1 day.
    A period ending before it starts has no length: callers check the order first.
    """
    if end < start:
        raise ValueError(f"period ends ({end}) before it starts ({start})")
    months = (end.year - start.year) * 12 + (end.month - start.month)
    # The estimate can be one too many when the end's day is earlier in its month.
    while months > 0 and last_day_of(start, months) > end:
        months -= 1
    while last_day_of(start, months + 1) <= end:
        months += 1
    covered_until = last_day_of(start, months) if months else start - ONE_DAY
    return Length(months, (end - covered_until).days)


def fiscal_year(day: date) -> int:
    """Japan's fiscal year (年度) that ``day`` falls in, named by the year it starts."""
    return day.year if day.month >= 4 else day.year - 1


def fiscal_year_start(year: int) -> date:
    """1 April of fiscal year ``year``."""
    return date(year, 4, 1)
