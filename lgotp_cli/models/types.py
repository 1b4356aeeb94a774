"""Value types of records: each reads the text the user wrote, never what YAML 1.1 guesses.

A YAML scalar and a CSV cell arrive here as the same text (``"2024-04-01"``, ``"011002"``,
``"NO"``); these types decide what it means, and say plainly when it is not of their form.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from lgotp_cli.i18n.messages import schema as said
from lgotp_cli.i18n.messages.schema import shown
from lgotp_cli.i18n.text import Said, Words
from lgotp_cli.reference.countries import is_country
from lgotp_cli.reference.fields import DISPATCH_FIELD_KEYS, FIELD_KEYS, LGOTP_ONLY_FIELDS
from lgotp_cli.source.readings import Expected, Misread, list_reading, reading

# ASCII digits only: ``\d`` would take full-width ones (１２０) as they are, unnoticed.
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DIGITS = re.compile(r"[0-9]+")
_ID = re.compile(r"[A-Za-z0-9._-]+")
_YEAR = re.compile(r"[0-9]{4}")
_CODE = re.compile(r"[0-9]{6}")


class FormError(ValueError):
    """A value not of its form: ``str()`` is the English, ``said`` the message in any language
    (S103 and L007 say it in the language the command chose)."""

    def __init__(self, said: Said) -> None:
        super().__init__(str(said))
        self.said = said


def refuse_misread(
    value: Any, expected: Expected, allowed: Callable[[str], Any] | None = None
) -> None:
    """Raise ``Misread`` when ``value``, not of its form, is a known keyboard or Excel spelling
    of one (``２０２５/５/２６``, ``¥120,000``) whose corrected text ``allowed`` takes: the
    message then names the mistake and gives the text to write."""
    if isinstance(value, str):
        found = reading(value, expected)
        if found is not None and (allowed is None or allowed(found.corrected)):
            raise Misread(found)


def parse_date(value: Any) -> Any:
    """``YYYY-MM-DD`` text into a date that exists."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        if _DATE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                raise FormError(said.DATE_NOT_EXISTS.of(value=value)) from None
        refuse_misread(value, "date")
        raise FormError(said.NOT_A_DATE.of(value=shown(value)))
    raise FormError(said.EXPECTED_DATE.of(value=shown(value)))


def _whole_number(
    value: Any,
    expected: Expected,
    not_of_form: Words,
    digits: re.Pattern = _DIGITS,
    least: int = 0,
    most: int | None = None,
) -> Any:
    """A whole number: a YAML integer (never a boolean) from ``least`` to ``most``, or text of
    ``digits`` alone; anything else is said with ``not_of_form``."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value >= least and (most is None or value <= most):
            return value
    elif isinstance(value, str) and digits.fullmatch(value):
        return int(value)
    refuse_misread(value, expected)
    raise FormError(not_of_form.of(value=shown(value)))


def parse_money(value: Any) -> Any:
    """A whole number of yen, written with digits only."""
    return _whole_number(value, "money", said.NOT_MONEY)


def parse_count(value: Any) -> Any:
    """A whole number written with digits only."""
    return _whole_number(value, "count", said.NOT_A_COUNT)


def parse_year(value: Any) -> Any:
    """A fiscal year written as the year it starts (2024 = 令和6年度)."""
    return _whole_number(value, "year", said.NOT_A_YEAR, _YEAR, least=1000, most=9999)


def check_country(value: Any) -> Any:
    """An ISO 3166-1 alpha-2 code in upper case."""
    if isinstance(value, str):
        if is_country(value):
            return value
        refuse_misread(value, "text", is_country)
        if is_country(value.upper()):
            raise FormError(said.COUNTRY_CASE.of(value=value, upper=value.upper()))
    raise FormError(said.NOT_A_COUNTRY.of(value=shown(value)))


def check_code(value: Any) -> Any:
    """Six digits; whether the check digit is right and the code is listed is a rule's job."""
    if isinstance(value, str) and _CODE.fullmatch(value):
        return value
    refuse_misread(value, "code")
    raise FormError(said.NOT_A_CODE.of(value=shown(value)))


def check_id(value: Any) -> Any:
    """Letters, digits, ``-``, ``_`` and ``.``."""
    if isinstance(value, str) and _ID.fullmatch(value):
        return value
    refuse_misread(value, "text", _ID.fullmatch)
    raise FormError(said.NOT_AN_ID.of(value=shown(value)))


def check_text(value: Any) -> Any:
    """Text that is not blank."""
    if isinstance(value, str):
        if value.strip():
            return value
        raise FormError(said.TEXT_EMPTY.of())
    raise FormError(said.EXPECTED_TEXT.of(value=shown(value)))


def parse_flag(value: Any) -> Any:
    """``true`` or ``false`` (in any case: Excel writes TRUE), never YAML 1.1's yes/no/on/off."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise FormError(said.NOT_A_FLAG.of(value=shown(value)))


def check_dispatch_field(value: Any) -> Any:
    """The fields LGOTP has and the dispatch programme's 32 lack are named as such."""
    if isinstance(value, str) and value in LGOTP_ONLY_FIELDS:
        raise FormError(said.NOT_A_DISPATCH_FIELD.of(value=value))
    return value


def split_list(value: Any) -> Any:
    """A list; one text cell of a CSV sheet holds a list as ``PH; VN``."""
    if isinstance(value, str):
        if found := list_reading(value, "; "):
            raise Misread(found)
        return [part.strip() for part in value.split(";") if part.strip()]
    return value


Date = Annotated[date, BeforeValidator(parse_date), Field(json_schema_extra={"format": "date"})]
Money = Annotated[int, BeforeValidator(parse_money), Field(ge=0)]
Count = Annotated[int, BeforeValidator(parse_count), Field(ge=0)]
Year = Annotated[int, BeforeValidator(parse_year), Field(ge=1000, le=9999)]
Country = Annotated[
    str,
    BeforeValidator(check_country),
    Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2"),
]
Code = Annotated[
    str,
    BeforeValidator(check_code),
    Field(pattern=r"^\d{6}$", description="Local government code (団体コード), six digits"),
]
Id = Annotated[str, BeforeValidator(check_id), Field(pattern=r"^[A-Za-z0-9._-]+$")]
Text = Annotated[str, BeforeValidator(check_text), Field(min_length=1)]

FieldKey = Literal[FIELD_KEYS]  # type: ignore[valid-type]
DispatchFieldKey = Annotated[
    Literal[DISPATCH_FIELD_KEYS],  # type: ignore[valid-type]
    BeforeValidator(check_dispatch_field),
]
Flag = Annotated[bool, BeforeValidator(parse_flag)]
CEFR = Literal["A1", "A2", "B1", "B2", "C1", "C2"]
JLPT = Literal["N5", "N4", "N3", "N2", "N1"]
# Japanese may be given on either scale; one literal keeps the error message to one list.
JapaneseLevel = Literal["N5", "N4", "N3", "N2", "N1", "A1", "A2", "B1", "B2", "C1", "C2"]
CEFR_ORDER = ("A1", "A2", "B1", "B2", "C1", "C2")
JLPT_ORDER = ("N5", "N4", "N3", "N2", "N1")


def check_list_item(value: Any) -> Any:
    """An item of a YAML list that is two items typed with ``、`` between them (``[PH、VN]``)."""
    if isinstance(value, str) and (found := list_reading(value, ", ")):
        raise Misread(found)
    return value


def list_of(item: Any) -> Any:
    """A list of ``item``; a CSV cell holds it as ``a; b``."""
    return Annotated[
        list[Annotated[item, BeforeValidator(check_list_item)]], BeforeValidator(split_list)
    ]


class Part(BaseModel):
    """Base of every part of a record: unknown keys are errors; values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


# A Japanese local government that hosts trainees, or asks to: a trainee's host, a host
# request's. (No docstring: pydantic would show it in the JSON Schema, in English only.)
class Host(Part):
    code: Code = Field(description="Host local government code / 受入団体コード")
    name: Text | None = Field(None, description="Host name (MIC's name) / 受入団体名")
    division: Text | None = Field(None, description="Host division / 受入担当課")


class Name(Part):
    family: Text = Field(description="Family name / 姓")
    given: Text = Field(description="Given name(s) / 名")
    native: Text | None = Field(None, description="The name in the person's own script / 現地表記")


class Waiver(Part):
    rule: Annotated[str, BeforeValidator(check_text)] = Field(
        description="The rule code the record is excused from (D201) / 適用除外とするルール"
    )
    reason: Text = Field(description="Why / 理由")
    approved_by: Text | None = Field(None, description="Who approved it / 承認者")
    date: Date | None = Field(None, description="When / 承認日")


class Phase(Part):
    start: Date = Field(description="First day / 開始日")
    end: Date = Field(description="Last day / 終了日")
