"""``lgotp.yaml``: policy, allocation-tax rates and the programme calendar, over built-in defaults.

The defaults come from the programme texts (CLAIR's LGOTP pages, the dispatch FAQ and the
令和7年度 survey). A records repository's ``lgotp.yaml`` overrides them: policy key by key,
allocation-tax rates and calendar events fiscal year by fiscal year; ``host_codes`` declares the
former local government codes the records use (none built in).

Over 400 lines because it holds the whole of ``lgotp.yaml``: the built-in defaults, the model of
each section, and the checks that turn a mistake into an L007 at its line.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, ValidationError, field_validator

from lgotp_cli.errors import ConfigError
from lgotp_cli.i18n.messages import files as said
from lgotp_cli.i18n.messages import schema as schema_said
from lgotp_cli.i18n.text import Said, Verbatim
from lgotp_cli.models.types import (
    CEFR,
    JLPT,
    Code,
    Count,
    Country,
    Date,
    FormError,
    Money,
    Part,
    Text,
    Year,
)
from lgotp_cli.source.model import Problem, ReadProblem

CONFIG_FILE = "lgotp.yaml"

BUILTIN: dict[str, Any] = {
    "policy": {
        "trainee_months": {"min": 6, "max": 12},
        "specialized_months": {"min": 5, "max": 11},
        "jiam_days": {"min": 21, "max": 45},
        "dispatch_max_months": 3,
        "dispatch_typical_days": {"min": 10, "max": 31},
        "dispatch_countries": [
            "CN",
            "BN",
            "KH",
            "ID",
            "LA",
            "MY",
            "MM",
            "PH",
            "SG",
            "TH",
            "TL",
            "VN",
            "IN",  # CLAIR dispatched specialists to India in FY2016 and FY2017
        ],
        "english_min": "B2",
        "japanese_min": "N2",
        "report_min_characters": 3000,
        "report_min_photos": 1,
        "report_due_days": 30,
        "daily_allowance_per_day": None,
    },
    "allocation_tax": {
        2023: {
            "prefecture_per_entity": 5700000,
            "municipality_base": 5700000,
            "municipality_base_short": 5000000,
            "municipality_ratio": "0.5",
            "short_months": 10,
        },
        "non_grant_bodies": {},
    },
    "host_codes": [],
    "calendar": {
        2025: [
            {"date": "2024-09-05", "event": "Briefing registration closes"},
            {"date": "2024-09-12", "event": "Online briefing"},
            {"date": "2024-10-04", "event": "Form 1 and Form 2 due", "forms": ["form1", "form2"]},
            {"date": "2024-11-01", "event": "Form 3 due", "forms": ["form3"]},
        ]
    },
}

_DECIMAL = re.compile(r"\d+(\.\d+)?")


def parse_ratio(value: Any) -> Any:
    """A ratio from 0 to 1 written as a decimal (0.5), kept exact: money never meets a float."""
    text = str(value) if isinstance(value, int | float | Decimal) else value
    if not isinstance(text, str) or not _DECIMAL.fullmatch(text):
        raise FormError(said.RATIO_FORM.of(value=value))
    try:
        ratio = Decimal(text)
    except InvalidOperation:
        raise FormError(said.NOT_A_RATIO.of(value=value)) from None
    if not 0 <= ratio <= 1:
        raise FormError(said.RATIO_OUTSIDE.of(value=value))
    return ratio


Ratio = Annotated[Decimal, BeforeValidator(parse_ratio)]


class CountRange(Part):
    min: Count
    max: Count


class Policy(Part):
    """Limits the rules check against; each defaults to the programme's own figure."""

    trainee_months: CountRange = Field(description="Length of a stay in months / 研修期間（月）")
    specialized_months: CountRange = Field(description="Specialised training, months / 専門研修")
    jiam_days: CountRange = Field(description="JIAM language training, days / JIAM研修（日）")
    dispatch_max_months: Count = Field(description="Longest dispatch, months / 派遣期間上限")
    dispatch_typical_days: CountRange = Field(description="Usual dispatch, days / 通常の派遣日数")
    dispatch_countries: list[Country] = Field(description="Destinations / 派遣先国")
    english_min: CEFR = Field(description="Lowest spoken English (CEFR) / 英語の最低水準")
    japanese_min: JLPT = Field(description="Lowest spoken Japanese (JLPT) / 日本語の最低水準")
    report_min_characters: Count = Field(description="Report length / 報告書の最低字数")
    report_min_photos: Count = Field(description="Photographs in a report / 写真の最低枚数")
    report_due_days: Count = Field(description="Days after return a report is due / 報告書期限")
    daily_allowance_per_day: Money | None = Field(None, description="CLAIR's daily rate / 日当")


class Rates(Part):
    """Allocation-tax rates of one fiscal year (交付税措置)."""

    prefecture_per_entity: Money = Field(description="Ordinary allocation tax per prefecture")
    municipality_base: Money = Field(description="Special allocation tax base per trainee")
    municipality_base_short: Money = Field(description="Base when the stay is short")
    municipality_ratio: Ratio = Field(description="Share of the base (0–1)")
    short_months: Count = Field(description="A stay under this many months is short")


class CalendarEvent(Part):
    date: Date
    event: Text
    forms: list[Literal["form1", "form2", "form3"]] | None = Field(
        None, description="The survey forms this event is the deadline of / 提出期限の様式"
    )


class HostCode(Part):
    """A former local government code the records use (``host_codes``): a code MIC's list no
    longer has, valid from ``valid_from`` to ``valid_to`` (both optional, both days counted)."""

    code: Code = Field(description="The code MIC listed then / 当時の団体コード")
    name: Text = Field(description="The government's name then / 当時の名称")
    name_en: Text | None = Field(None, description="Its English name, for English outputs")
    type: Literal["prefecture", "designated_city", "municipality"] = Field(
        description="prefecture | designated_city | municipality (当時の団体区分)"
    )
    valid_from: Date | None = Field(None, description="First day the code was valid / 開始日")
    valid_to: Date | None = Field(None, description="Last day the code was valid / 終了日")
    successor: Code | None = Field(None, description="The code after it / 承継団体コード")

    def as_former_code(self):
        """The entry as ``reference.codes`` knows it."""
        from lgotp_cli.reference.codes import FormerCode, HostType

        return FormerCode(
            self.code,
            self.name,
            HostType(self.type),
            self.valid_from,
            self.valid_to,
            self.successor,
            self.name_en,
        )


class OutputStyle(Part):
    """How outputs for people write some values (Japanese outputs only: md, html, xlsx, the
    site and the returns; JSON and CSV keep ISO dates and plain integers)."""

    dates: Literal["iso", "japanese", "era"] = Field(
        "iso",
        description="iso (2025-08-20) | japanese (2025年8月20日) | era (令和7年8月20日) / 日付の書き方",
    )
    negative: Literal["minus", "triangle"] = Field(
        "minus", description="minus (-713,000円) | triangle (△713,000円) / 負の金額の書き方"
    )

    def style(self):
        """The formats' ``Style`` of these choices (``i18n.formats``)."""
        from lgotp_cli.i18n.formats import Style

        return Style(self.dates, self.negative)


class Config(Part):
    """The effective configuration: built-in defaults with ``lgotp.yaml`` laid over them."""

    policy: Policy
    allocation_tax: dict[Year, Rates]
    non_grant_bodies: dict[Year, list[str]] = Field(default_factory=dict)
    calendar: dict[Year, list[CalendarEvent]]
    host_codes: list[HostCode] = Field(default_factory=list)
    lang: Literal["en", "ja"] | None = Field(None, description="Output language / 出力言語")
    output: OutputStyle = Field(default_factory=OutputStyle)
    source: Path | None = Field(None, exclude=True)

    @field_validator("non_grant_bodies")
    @classmethod
    def _known_codes(cls, value: dict[int, list[str]]) -> dict[int, list[str]]:
        from lgotp_cli.reference.codes import code_problem

        for codes in value.values():
            for code in codes:
                if not isinstance(code, str):
                    raise FormError(said.CONFIG_NOT_A_CODE.of())
                problem = code_problem(code)
                if problem:
                    raise FormError(problem)
        return value

    def rates_for(self, fiscal_year: int) -> tuple[int, Rates] | None:
        """The rates of ``fiscal_year``, or of the latest earlier year that has rates."""
        years = [year for year in self.allocation_tax if year <= fiscal_year]
        if not years:
            return None
        year = max(years)
        return year, self.allocation_tax[year]

    def form_deadline(self, fiscal_year: int, form: str) -> date | None:
        """The calendar's deadline for a survey form of ``fiscal_year``, if it has one."""
        deadlines = [
            event.date
            for event in self.calendar.get(fiscal_year, ())
            if form in (event.forms or _forms_named_in(event.event))
        ]
        return min(deadlines) if deadlines else None


_FORM_IN_TEXT = re.compile(r"(?:Form|様式)\s*([123１２３])")


def _forms_named_in(text: str) -> list[str]:
    """Forms an event's text names ('Form 1 and Form 2 due', '様式3提出期限')."""
    found = [f"form{int(digit)}" for digit in _FORM_IN_TEXT.findall(text)]
    if "and Form" in text or "・" in text:
        found += [f"form{int(d)}" for d in re.findall(r"(?:and|・)\s*([123１２３])", text)]
    return found


def default_config() -> Config:
    """The built-in configuration, for a records root without ``lgotp.yaml``."""
    return _validate(copy.deepcopy(BUILTIN), None, None)


def load_config(root: Path) -> Config:
    """The effective configuration for ``root``; ConfigError (L007) when lgotp.yaml is invalid."""
    path = root / CONFIG_FILE
    if not path.is_file():
        return default_config()
    from lgotp_cli.source.loader import FileProblem, load_yaml, read_text

    try:
        raw_file = load_yaml(path, "config", read_text(path))
    except FileProblem as stop:
        raw_file = None
        problems = [stop.problem]
    except OSError as error:
        reason = said.CONFIG_CANNOT_READ.of(reason=error.strerror)
        raise ConfigError([_problem(path, 1, 1, reason)]) from None
    else:
        problems = raw_file.problems
        if not raw_file.single and (not problems or problems[0].code == "L005"):
            problems = [_not_a_mapping()]
    if problems:
        raise ConfigError([_problem(path, p.line, p.column, p.message) for p in problems])
    raw = raw_file.records[0]
    merged = _merge(copy.deepcopy(BUILTIN), raw.data, path, raw)
    return _validate(merged, path, raw)


def _not_a_mapping() -> Problem:
    return Problem("L007", 1, 1, said.CONFIG_NOT_A_MAPPING.of())


def _problem(path: Path, line: int, column: int, message: str | Said) -> ReadProblem:
    """A problem of lgotp.yaml at ``line`` and ``column``: an L007, whatever found it."""
    return ReadProblem(path, Problem("L007", line, column, message))


_TOP_KEYS = ("policy", "allocation_tax", "calendar", "host_codes", "lang", "output")


def _merge(base: dict, user: dict, path: Path, raw) -> dict:
    unknown = [key for key in user if key not in _TOP_KEYS]
    if unknown:
        line, column = raw.locate((unknown[0],), at_key=True)
        message = said.CONFIG_UNKNOWN_TOP_KEY.of(key=unknown[0], keys=", ".join(_TOP_KEYS))
        raise ConfigError([_problem(path, line, column, message)])
    for key in ("host_codes", "lang", "output"):
        if user.get(key) is not None:
            base[key] = user[key]
    for section in ("policy", "allocation_tax", "calendar"):
        given = user.get(section)
        if given is None:
            continue
        if not isinstance(given, dict):
            line, column = raw.locate((section,))
            message = said.CONFIG_NOT_A_MAPPING_SECTION.of(section=section)
            raise ConfigError([_problem(path, line, column, message)])
        target = base[section]
        for key, value in given.items():
            if (
                section == "policy"
                and isinstance(value, dict)
                and isinstance(target.get(key), dict)
            ):
                target[key] = {**target[key], **value}
            else:
                target[_year_key(key)] = value
    return base


def _year_key(key: Any) -> Any:
    return int(key) if isinstance(key, str) and key.isdigit() else key


def _validate(merged: dict, path: Path | None, raw) -> Config:
    tax = dict(merged["allocation_tax"])
    non_grant = tax.pop("non_grant_bodies", None) or {}
    data = {
        "policy": merged["policy"],
        "allocation_tax": tax,
        "non_grant_bodies": non_grant,
        "calendar": merged["calendar"],
        "host_codes": merged.get("host_codes") or [],
        "source": path,
    }
    for key in ("lang", "output"):
        if merged.get(key) is not None:
            data[key] = merged[key]
    try:
        config = Config.model_validate(data)
    except ValidationError as error:
        problems = []
        for item in error.errors(include_url=False):
            loc = tuple(item["loc"])
            if loc and loc[0] == "non_grant_bodies":
                loc = ("allocation_tax", *loc)
            loc = tuple(
                str(step) if i < 3 and isinstance(step, int) and step > 999 else step
                for i, step in enumerate(loc)
            )
            at_key = item["type"] == "extra_forbidden"
            line, column = raw.locate(loc, at_key=at_key) if raw is not None else (1, 1)
            where = ".".join(str(step) for step in loc)
            message = said.CONFIG_AT.of(where=where, problem=_pydantic_problem(item))
            problems.append(_problem(path or Path(CONFIG_FILE), line, column, message))
        raise ConfigError(problems) from None
    host_code_problems = [
        _problem(
            path or Path(CONFIG_FILE),
            *(raw.locate(loc) if raw is not None else (1, 1)),
            said.CONFIG_AT.of(where=".".join(str(step) for step in loc), problem=message),
        )
        for loc, message in _host_code_problems(config.host_codes)
    ]
    if host_code_problems:
        raise ConfigError(host_code_problems)
    from lgotp_cli.reference.codes import declare_former_codes

    declare_former_codes(entry.as_former_code() for entry in config.host_codes)
    return config


def _pydantic_problem(item: dict) -> Said | Verbatim:
    """What pydantic found wrong at one key of lgotp.yaml, in any language: a form's own
    message (``models.types``), a key missing or unknown, or pydantic's words."""
    kind = item["type"]
    if kind == "missing":
        return said.CONFIG_MISSING.of()
    if kind == "extra_forbidden":
        return said.CONFIG_UNKNOWN.of()
    error = item.get("ctx", {}).get("error")
    if isinstance(error, FormError):
        return error.said
    message = item["msg"].removeprefix("Value error, ")
    if kind in ("literal_error", "enum"):
        choices = item.get("ctx", {}).get("expected", "").replace(" or ", ", ")
        return Verbatim(message, said.CONFIG_CHOOSE.of(choices=choices))
    return Verbatim(message, schema_said.OTHER_FORM.of(detail=message))


def _host_code_problems(entries: list[HostCode]) -> Iterator[tuple[tuple, Said]]:
    """What is wrong with ``host_codes``: a wrong check digit, a type the code cannot have,
    dates the wrong way round, one code valid twice on the same day, a successor that is
    neither in MIC's list nor declared."""
    from lgotp_cli.reference import codes

    declared = {entry.code for entry in entries}
    for index, entry in enumerate(entries):
        at = ("host_codes", index)
        problem = codes.code_problem(entry.code, former_ok=True)
        if problem and not codes.has_valid_check_digit(entry.code):
            yield (*at, "code"), problem
        if (entry.type == "prefecture") != codes.is_prefecture(entry.code):
            wrong = (
                said.HOST_CODE_PREFECTURE
                if codes.is_prefecture(entry.code)
                else said.HOST_CODE_NOT_PREFECTURE
            )
            yield (*at, "type"), wrong.of(code=entry.code, type=entry.type)
        if entry.valid_from and entry.valid_to and entry.valid_from > entry.valid_to:
            yield (
                (*at, "valid_to"),
                said.HOST_CODE_DATES.of(valid_to=entry.valid_to, valid_from=entry.valid_from),
            )
        for other_index, other in enumerate(entries[:index]):
            if other.code == entry.code and _overlap(other, entry):
                yield (
                    (*at, "code"),
                    said.HOST_CODE_TWICE.of(code=entry.code, other=other_index + 1),
                )
        successor = entry.successor
        if successor is not None:
            if successor == entry.code:
                yield (*at, "successor"), said.HOST_CODE_OWN_SUCCESSOR.of(code=entry.code)
            elif codes.lookup(successor) is None and successor not in declared:
                why = codes.code_problem(successor) or said.UNKNOWN_CODE
                yield (
                    (*at, "successor"),
                    said.HOST_CODE_NO_SUCCESSOR.of(successor=successor, why=why),
                )


def _overlap(first: HostCode, second: HostCode) -> bool:
    low, high = date.min, date.max
    return (first.valid_from or low) <= (second.valid_to or high) and (
        second.valid_from or low
    ) <= (first.valid_to or high)
