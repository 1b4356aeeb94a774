"""The value of a record's key as a spreadsheet cell of the right type: a date cell for a date,
a number for an amount, a count or a year, a boolean for a flag, and text for codes, ids and
words (a code keeps its leading zeros). The kind's model says which key holds what
(``models.keys.leaf_of``); a value that does not read as its type stays text as written, so
that an export never loses or changes what a record says.

`lgotp import` reads every such cell back to the text the record had (``sheets.importer``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# ASCII digits, no leading zero (0120 would come back as 120), 15 digits at most: exact in Excel.
_WHOLE_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]{0,14})")
_FLAGS = {"true": True, "false": False}

# The Excel number format of each form of value that has one: ISO dates, yen with a thousands
# separator, years and counts plain, "@" (text) so that Excel never reads a code such as 012025
# as a number.
NUMBER_FORMATS = {"date": "yyyy-mm-dd", "money": "#,##0", "year": "0", "count": "0", "code": "@"}


@dataclass(frozen=True, slots=True)
class TypedValue:
    """A cell's value and its number format (None: the workbook's general format)."""

    value: object
    number_format: str | None = None


@functools.cache
def key_form(kind: str, key: str) -> str:
    """The form of ``key``'s value in a ``kind`` record: date, money, year, count, code, flag,
    text or list (``text`` for a key the model does not know)."""
    from lgotp_cli.models.keys import leaf_of, number_kind

    leaf = leaf_of(kind, key)
    if leaf is None:
        return "text"
    return (number_kind(leaf) or "count") if leaf.form == "int" else leaf.form


def typed_value(kind: str, key: str, text: str) -> TypedValue:
    """``text`` (a record's value as written under dotted ``key``) as a typed cell value."""
    form = key_form(kind, key)
    if form == "date" and _ISO_DATE.fullmatch(text):
        try:
            return TypedValue(date.fromisoformat(text), NUMBER_FORMATS[form])
        except ValueError:
            pass
    elif form in ("money", "year", "count") and _WHOLE_NUMBER.fullmatch(text):
        return TypedValue(int(text), NUMBER_FORMATS[form])
    elif form == "flag" and text.lower() in _FLAGS:
        return TypedValue(_FLAGS[text.lower()])
    if form == "code" or key == "id" or key.endswith(".code"):
        return TypedValue(text, NUMBER_FORMATS["code"])
    return TypedValue(text)
