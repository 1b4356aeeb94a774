"""MIC's local government codes (全国地方公共団体コード): check digit, names and host type.

The list ships inside the package (``lgotp_cli/data``) and is read on first use only, so that
start-up does not pay for it.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from importlib import resources

CODE_PATTERN = re.compile(r"\d{6}")
_WEIGHTS = (6, 5, 4, 3, 2)


class HostType(StrEnum):
    """What kind of Japanese local government a code names, for the allocation-tax measure."""

    PREFECTURE = "prefecture"
    DESIGNATED_CITY = "designated_city"
    MUNICIPALITY = "municipality"


@dataclass(frozen=True, slots=True)
class LocalGovernment:
    """One row of MIC's list."""

    code: str
    prefecture: str
    city: str  # empty for the prefecture itself
    prefecture_kana: str
    city_kana: str

    @property
    def name(self) -> str:
        """The name people write: the city's (岡崎市) or, for a prefecture, the prefecture's."""
        return self.city or self.prefecture

    @property
    def full_name(self) -> str:
        """Prefecture and city together (愛知県岡崎市)."""
        return self.prefecture + self.city


def check_digit(first_five: str) -> int:
    """The check digit of a local government code from its first five digits."""
    total = sum(int(d) * w for d, w in zip(first_five, _WEIGHTS, strict=True))
    return (11 - total % 11) % 10


def has_valid_check_digit(code: str) -> bool:
    """True when ``code`` is six digits whose last digit is the check digit of the first five."""
    return bool(CODE_PATTERN.fullmatch(code)) and check_digit(code[:5]) == int(code[5])


def with_check_digit(code: str) -> str:
    """``code`` with its last digit replaced by the right check digit."""
    return code[:5] + str(check_digit(code[:5]))


def _data_file(name: str):
    return resources.files("lgotp_cli").joinpath("data", name)


@cache
def _table() -> dict[str, LocalGovernment]:
    with _data_file("local-government-codes.csv").open(encoding="utf-8", newline="") as handle:
        return {
            row["code"]: LocalGovernment(
                row["code"],
                row["prefecture"],
                row["city"],
                row["prefecture_kana"],
                row["city_kana"],
            )
            for row in csv.DictReader(handle)
        }


@cache
def _designations() -> dict[str, date]:
    with _data_file("designated-cities.csv").open(encoding="utf-8", newline="") as handle:
        return {
            row["code"]: date.fromisoformat(row["designated"]) for row in csv.DictReader(handle)
        }


def lookup(code: str) -> LocalGovernment | None:
    """The local government ``code`` names in MIC's list, or None when it is not listed."""
    return _table().get(code)


def all_codes() -> dict[str, LocalGovernment]:
    """Every listed local government by code."""
    return _table()


def is_prefecture(code: str) -> bool:
    """Prefecture codes are ``xx000c``."""
    return code[2:5] == "000"


def host_type(code: str, fiscal_year: int | None = None) -> HostType:
    """The host type of ``code`` as of ``fiscal_year`` (today's status when None).

    A city counts as designated from the first fiscal year that begins on or after its
    designation date: Hamamatsu (designated 2007-04-01) is a municipality in FY2006 and a
    designated city in FY2007.
    """
    if is_prefecture(code):
        return HostType.PREFECTURE
    designated = _designations().get(code)
    if designated is not None and (fiscal_year is None or designated <= date(fiscal_year, 4, 1)):
        return HostType.DESIGNATED_CITY
    return HostType.MUNICIPALITY


def describe_code_problem(code: str) -> str | None:
    """Why ``code`` is not a usable local government code, or None when it is one.

    The message names the right check digit when only that is wrong.
    """
    if not CODE_PATTERN.fullmatch(code):
        return f"'{code}' is not a local government code: six digits, the last a check digit"
    if not has_valid_check_digit(code):
        right = with_check_digit(code)
        known = lookup(right)
        hint = f" ({known.full_name})" if known else ""
        return (
            f"local government code {code} has a wrong check digit: "
            f"the check digit of {code[:5]} is {right[5]}, so the code would be {right}{hint}"
        )
    if lookup(code) is None:
        return (
            f"local government code {code} is not in MIC's list of local governments; "
            "check the code (a municipality that has since merged keeps its code with a "
            "waiver naming the successor)"
        )
    return None
