"""MIC's local government codes (全国地方公共団体コード): check digit, names and host type.

The list ships inside the package (``lgotp_cli/data``) and is read on first use only, so that
start-up does not pay for it. It is today's list: a code that a merger or a town becoming a city
retired (平成の大合併 retired over a thousand) is known only when the records repository declares
it in ``lgotp.yaml`` ``host_codes`` (no public history of retired codes that may be
redistributed ships with the package). Loading the configuration declares them here
(``declare_former_codes``); every question below (is the code valid in a fiscal year, its host
type, its name) then answers for them within their dates.
"""

from __future__ import annotations

import contextlib
import csv
import re
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from importlib import resources

from lgotp_cli.i18n.messages import codes as said
from lgotp_cli.i18n.text import Said

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


@dataclass(frozen=True, slots=True)
class FormerCode:
    """A code that MIC's list no longer has, as ``lgotp.yaml`` ``host_codes`` declares it."""

    code: str
    name: str
    type: HostType
    valid_from: date | None = None
    valid_to: date | None = None
    successor: str | None = None
    name_en: str | None = None

    def valid_in(self, fiscal_year: int | None) -> bool:
        """Whether the code named a local government on some day of ``fiscal_year`` (any
        fiscal year when None)."""
        if fiscal_year is None:
            return True
        starts, ends = date(fiscal_year, 4, 1), date(fiscal_year + 1, 3, 31)
        return (self.valid_from is None or self.valid_from <= ends) and (
            self.valid_to is None or self.valid_to >= starts
        )

    @property
    def dates(self) -> Said:
        """The validity in words, in either language: "until 2005-03-31", "from 2001-04-01 to
        2005-03-31"."""
        if self.valid_from and self.valid_to:
            return said.VALID_FROM_TO.of(start=self.valid_from, end=self.valid_to)
        if self.valid_to:
            return said.VALID_UNTIL.of(end=self.valid_to)
        if self.valid_from:
            return said.VALID_FROM.of(start=self.valid_from)
        return said.VALID_ALWAYS.of()


_DECLARED: ContextVar[dict[str, tuple[FormerCode, ...]] | None] = ContextVar(
    "declared", default=None
)


def declare_former_codes(entries: Iterable[FormerCode]) -> None:
    """Make ``entries`` the former codes every lookup here knows (the configuration's)."""
    _DECLARED.set(_by_code(entries))


@contextlib.contextmanager
def former_codes(entries: Iterable[FormerCode]) -> Iterator[None]:
    """Within the block, ``entries`` are the former codes known (one side of a diff)."""
    token = _DECLARED.set(_by_code(entries))
    try:
        yield
    finally:
        _DECLARED.reset(token)


def _by_code(entries: Iterable[FormerCode]) -> dict[str, tuple[FormerCode, ...]]:
    found: dict[str, list[FormerCode]] = {}
    for entry in entries:
        found.setdefault(entry.code, []).append(entry)
    return {code: tuple(listed) for code, listed in found.items()}


def former(code: str, fiscal_year: int | None = None) -> FormerCode | None:
    """The declared former code ``code`` valid in ``fiscal_year`` (the first declared when
    None), or None."""
    for entry in declared(code):
        if entry.valid_in(fiscal_year):
            return entry
    return None


def declared_in(code: str, fiscal_year: int | None) -> FormerCode | None:
    """The declaration that decides what ``code`` was in ``fiscal_year``: one valid that year
    (a declaration wins over MIC's list, which is today's), or for no year given, one of a code
    that MIC's list does not have."""
    if fiscal_year is None and code in _table():
        return None
    return former(code, fiscal_year)


def declared(code: str) -> tuple[FormerCode, ...]:
    """Every declaration of ``code`` in ``lgotp.yaml`` ``host_codes``."""
    return (_DECLARED.get() or {}).get(code, ())


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
    designated city in FY2007. A declared former code has the type its declaration gives.
    """
    entry = declared_in(code, fiscal_year)
    if entry is not None:
        return entry.type
    if is_prefecture(code):
        return HostType.PREFECTURE
    designated = _designations().get(code)
    if designated is not None and (fiscal_year is None or designated <= date(fiscal_year, 4, 1)):
        return HostType.DESIGNATED_CITY
    return HostType.MUNICIPALITY


def describe_code_problem(
    code: str, fiscal_year: int | None = None, *, former_ok: bool = False
) -> str | None:
    """Why ``code`` is not a usable local government code in ``fiscal_year``, in English, or
    None when it is one (``code_problem`` says it in either language)."""
    problem = code_problem(code, fiscal_year, former_ok=former_ok)
    return None if problem is None else str(problem)


def code_problem(
    code: str, fiscal_year: int | None = None, *, former_ok: bool = False
) -> Said | None:
    """Why ``code`` is not a usable local government code in ``fiscal_year``, or None when it
    is one: in MIC's list, or declared in ``lgotp.yaml`` ``host_codes`` and valid in that year
    (at any time with ``former_ok``: a retired specialist's former employer).

    The message names the right check digit when only that is wrong.
    """
    if not CODE_PATTERN.fullmatch(code):
        return said.NOT_A_CODE.of(code=code)
    if not has_valid_check_digit(code):
        right = with_check_digit(code)
        known = lookup(right) or former(right)
        return said.WRONG_CHECK_DIGIT.of(
            code=code,
            first_five=code[:5],
            digit=right[5],
            right=said.NAMED.of(code=right, name=_full_name(known)) if known else right,
        )
    if lookup(code) is not None:
        return None
    entries = declared(code)
    if not entries:
        return said.NOT_LISTED.of(code=code)
    if former_ok or former(code, fiscal_year) is not None:
        return None
    entry = entries[0]
    return said.FORMER_CODE_OTHER_YEAR.of(
        code=code,
        name=entry.name,
        dates=entry.dates,
        year=fiscal_year,
        successor=said.SUCCESSOR.of(code=entry.successor) if entry.successor else "",
    )


def _full_name(government: LocalGovernment | FormerCode) -> str:
    return government.full_name if isinstance(government, LocalGovernment) else government.name
