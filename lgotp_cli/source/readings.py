"""Known keyboard and Excel spellings of a value, and the ASCII text they stand for.

A Japanese keyboard in full-width mode types ``２０２５－０５－２６`` and ``１２０,０００``; Excel
writes dates ``2025/5/26`` and money ``¥120,000``; forms ask for ``令和7年8月20日``. Each is
certainly one value, but a record is read as written and nothing is converted silently: the
value's type asks here only when the text is not of its form, and reports the mistake by name
with the text to write instead (S103); ``lgotp validate --fix`` writes that text.

Plain Python, and independent of YAML: the text may be a YAML scalar or a CSV cell, so that the
import of a sheet reads values exactly as ``validate --fix`` corrects them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from lgotp_cli.i18n.messages import keyboard as words
from lgotp_cli.i18n.text import Said, Words

# What a value is expected to be: ``code`` is a local government code (six digits), ``text``
# any ASCII word (a country code, an id).
Expected = Literal["date", "money", "count", "year", "code", "text"]

# Full-width ASCII (U+FF01..U+FF5E) is ASCII moved by 0xFEE0; the ideographic space and the
# full-width yen sign have their own places.
_NARROW = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0xFFE5: 0xA5}
_FULL_WIDTH_DIGIT = re.compile("[\uff10-\uff19]")
_FULL_WIDTH_OTHER = re.compile("[\uff01-\uff0f\uff1a-\uff5e\uffe5]")
# What an IME or a word processor puts for the hyphen of a date: dashes, the minus sign, the
# katakana long-vowel mark ー (full- and half-width), the small hyphen.
_DASHES = re.compile("[\u2010-\u2015\u2212\u30fc\uff70\ufe63]")

_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_SEPARATED = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})")
_KANJI_DATE = re.compile(r"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日")
_ERA_DATE = re.compile(r"(昭和|平成|令和)([0-9]{1,2}|元)年([0-9]{1,2})月([0-9]{1,2})日")
_ERA_LETTER_DATE = re.compile(r"([SHRshr])([0-9]{1,2})([-/.])([0-9]{1,2})\3([0-9]{1,2})")
_YEAR = re.compile(r"([0-9]{4})(年度|年)?")
_ERA_YEAR = re.compile(r"(?:(昭和|平成|令和)([0-9]{1,2}|元)(?:年度|年)?|([SHRshr])([0-9]{1,2}))")
_DIGITS = re.compile(r"[0-9]+")
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")
_CODE = re.compile(r"[0-9]{6}")
_LIST_COMMAS = re.compile("[、，,]")

# Each era: the year it began (its year 1), its first and last days.
_ERAS = {
    "昭和": (1926, date(1926, 12, 25), date(1989, 1, 7)),
    "平成": (1989, date(1989, 1, 8), date(2019, 4, 30)),
    "令和": (2019, date(2019, 5, 1), date.max),
}
_ERA_LETTERS = {"S": "昭和", "H": "平成", "R": "令和"}
_FORMS = {
    "date": words.DATE_FORM,
    "money": words.MONEY_FORM,
    "count": words.COUNT_FORM,
    "year": words.YEAR_FORM,
    "code": words.CODE_FORM,
    "text": words.TEXT_FORM,
}

# When a text has several mistakes, the message names the one people notice first.
_PRIORITY = (
    words.ERA_DATE,
    words.ERA_YEAR,
    words.FULL_WIDTH_DIGITS,
    words.FULL_WIDTH_SPACE,
    words.FULL_WIDTH_CHARACTERS,
    words.KANJI_DATE,
    words.KANJI_YEAR,
    words.SLASH_DATE,
    words.DOT_DATE,
    words.DASH,
    words.YEN,
    words.THOUSANDS,
)


@dataclass(frozen=True, slots=True)
class Reading:
    """A value written in a known wrong way: as written, as it should be written, and the name
    of the mistake."""

    written: str
    corrected: str
    mistake: Words
    form: Words  # how a value of its kind is written

    def said(self, key: str | None = None) -> Said:
        """The message for this value (at ``key``, a dotted key path, when given)."""
        values = {
            "what": self.mistake,
            "written": self.written,
            "corrected": self.corrected,
            "form": self.form,
        }
        if key is None:
            return words.MISREAD.of(**values)
        return words.MISREAD_VALUE.of(key=key, **values)


class Misread(ValueError):
    """A value's type refusing a known keyboard or Excel spelling (a ``ValueError``, as
    pydantic expects of a validator), with the reading that names it and corrects it."""

    def __init__(self, reading: Reading) -> None:
        super().__init__(str(reading.said()))
        self.reading = reading


def reading(text: str, expected: Expected) -> Reading | None:
    """The known mistake in ``text`` for a value of the ``expected`` kind, and the ASCII text
    meant; None when ``text`` is no known spelling (or already right). The corrected text is
    of the expected form (a date that exists, digits only …); whether the value is allowed
    (a country that exists) is for the caller to check."""
    narrowed, found = _narrow(text)
    if expected == "date":
        corrected = _date(narrowed, found)
    elif expected in ("money", "count"):
        corrected = _amount(narrowed, found, money=expected == "money")
    elif expected == "year":
        corrected = _year(narrowed, found)
    elif expected == "code":
        corrected = narrowed if _CODE.fullmatch(narrowed) else None
    else:
        corrected = narrowed if narrowed.isascii() and narrowed.strip() else None
    if corrected is None or corrected == text or not found:
        return None
    return Reading(text, corrected, min(found, key=_PRIORITY.index), _FORMS[expected])


def list_reading(text: str, separator: str) -> Reading | None:
    """A list written with an ideographic comma ``、`` or a full-width comma ``，`` between its
    items (``PH、VN``), as the items joined by ``separator`` (``PH, VN`` in a YAML flow list,
    ``PH; VN`` in one cell); None when ``text`` has neither."""
    if "、" in text:
        mistake = words.IDEOGRAPHIC_COMMA
    elif "，" in text:
        mistake = words.FULL_WIDTH_COMMA
    else:
        return None
    items = [_narrow(item)[0].strip() for item in _LIST_COMMAS.split(text)]
    if not all(items):
        return None
    form = words.CELL_LIST_FORM if separator.strip() == ";" else words.FLOW_LIST_FORM
    return Reading(text, separator.join(items), mistake, form)


def _narrow(text: str) -> tuple[str, set[Words]]:
    """``text`` with full-width characters made ASCII and surrounding spaces dropped, and the
    mistakes that took."""
    found: set[Words] = set()
    if _FULL_WIDTH_DIGIT.search(text):
        found.add(words.FULL_WIDTH_DIGITS)
    if "\u3000" in text:
        found.add(words.FULL_WIDTH_SPACE)
    if _FULL_WIDTH_OTHER.search(text):
        found.add(words.FULL_WIDTH_CHARACTERS)
    return (text.translate(_NARROW).strip(" ") if found else text.strip(" ")), found


def _date(text: str, found: set[Words]) -> str | None:
    if _DASHES.search(text):
        text = _DASHES.sub("-", text)
        found.add(words.DASH)
    if match := _ISO.fullmatch(text):
        return _iso(int(match[1]), int(match[2]), int(match[3]))
    if match := _SEPARATED.fullmatch(text):
        if match[2] == "/":
            found.add(words.SLASH_DATE)
        elif match[2] == ".":
            found.add(words.DOT_DATE)
        return _iso(int(match[1]), int(match[3]), int(match[4]))
    if match := _KANJI_DATE.fullmatch(text):
        found.add(words.KANJI_DATE)
        return _iso(int(match[1]), int(match[2]), int(match[3]))
    if match := _ERA_DATE.fullmatch(text):
        era, year, month, day = match[1], match[2], match[3], match[4]
    elif match := _ERA_LETTER_DATE.fullmatch(text):
        era, year, month, day = _ERA_LETTERS[match[1].upper()], match[2], match[4], match[5]
    else:
        return None
    found.add(words.ERA_DATE)
    return _era_date(era, 1 if year == "元" else int(year), int(month), int(day))


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None  # not a day that exists: no reading makes it one


def _era_date(era: str, year: int, month: int, day: int) -> str | None:
    """The ISO date of the era's ``year``/``month``/``day``, if it lies within the era."""
    first_year, first, last = _ERAS[era]
    if year < 1:
        return None
    try:
        found = date(first_year + year - 1, month, day)
    except ValueError:
        return None
    return found.isoformat() if first <= found <= last else None


def _amount(text: str, found: set[Words], *, money: bool) -> str | None:
    if money and (text.startswith(("¥", "\\")) or text.endswith("円")):
        text = text.removeprefix("¥").removeprefix("\\").removesuffix("円").strip(" ")
        found.add(words.YEN)
    if _THOUSANDS.fullmatch(text):
        text = text.replace(",", "")
        found.add(words.THOUSANDS)
    return text if _DIGITS.fullmatch(text) else None


def _year(text: str, found: set[Words]) -> str | None:
    if match := _YEAR.fullmatch(text):
        if match[2]:
            found.add(words.KANJI_YEAR)
        return match[1]
    match = _ERA_YEAR.fullmatch(text)
    if match is None:
        return None
    era = match[1] or _ERA_LETTERS[match[3].upper()]
    number = match[2] or match[4]
    year = 1 if number == "元" else int(number)
    first_year, _, last = _ERAS[era]
    # A fiscal year of the era: one that begins (1 April) before the era's last day.
    if year < 1 or date(first_year + year - 1, 4, 1) > last:
        return None
    found.add(words.ERA_YEAR)
    return str(first_year + year - 1)
