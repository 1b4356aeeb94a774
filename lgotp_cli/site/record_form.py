"""A record's fields as a form people read: each field under a label in the page's language, in
sections (who, where, when, costs, report, notes), its codes as names (a country, a field, a
status, a host's code as the host's name), yen and dates as the outputs write them and lengths
in words.

The form reads the record as its model holds it; a record that cannot be read as a whole is
read from what the loader could read, and a value that is not what its field holds is shown as
written. A key no form knows (only such a record can have one) is listed as written, last.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from lgotp_cli.i18n import day, duration, record_page_words, report_words, yen
from lgotp_cli.i18n.formats import Style
from lgotp_cli.i18n.text import Terms
from lgotp_cli.models.record import dotted
from lgotp_cli.months import Length, length
from lgotp_cli.reference.countries import country_name
from lgotp_cli.reference.fields import field_label
from lgotp_cli.reports.common import host_name
from lgotp_cli.reports.table import MISSING


@dataclass(frozen=True, slots=True)
class Reading:
    """What a formatter knows besides the value: the language, the date style, the record's
    fiscal year (a host's name depends on it) and the whole record (a host's name given)."""

    lang: str
    style: Style
    fiscal_year: int | None
    data: dict


Shows = Callable[[Any, Reading], str | None]  # None: the value is not what the field holds


# --- how values are shown ----------------------------------------------------------------------


def as_text(value: Any, reading: Reading) -> str:
    if isinstance(value, list):
        return ", ".join(MISSING if v is None else str(v) for v in value) or "[]"
    return str(value)


def as_date(value: Any, reading: Reading) -> str | None:
    found = _date(value)
    return day(found, reading.lang, reading.style) if found else None


def as_money(value: Any, reading: Reading) -> str | None:
    amount = _integer(value)
    return yen(amount, reading.lang, reading.style) if amount is not None else None


def as_country(value: Any, reading: Reading) -> str | None:
    return country_name(value, reading.lang) if isinstance(value, str) else None


def as_countries(value: Any, reading: Reading) -> str | None:
    return _each(value, reading, as_country)


def as_field(value: Any, reading: Reading) -> str | None:
    return field_label(value, reading.lang) if isinstance(value, str) else None


def as_fields(value: Any, reading: Reading) -> str | None:
    return _each(value, reading, as_field)


def term(terms: Terms) -> Shows:
    """A code shown as the word ``terms`` has for it (as written when it has none)."""

    def shows(value: Any, reading: Reading) -> str | None:
        if isinstance(value, bool):
            value = str(value).lower()
        return terms.label(value, reading.lang) if isinstance(value, str) else None

    return shows


def terms_each(terms: Terms) -> Shows:
    """A list of codes, each shown as its word."""
    return lambda value, reading: _each(value, reading, term(terms))


def as_host(value: Any, reading: Reading) -> str | None:
    """A host's code as its name, the code after it: 浜松市（221309）."""
    if not isinstance(value, str):
        return None
    host = reading.data.get("host")
    given = host.get("name") if isinstance(host, dict) else None
    name = host_name(
        value, given if isinstance(given, str) else None, reading.lang, reading.fiscal_year
    )
    return record_page_words.WITH_CODE(reading.lang, name=name, code=value)


def as_employer(value: Any, reading: Reading) -> str | None:
    """A specialist's local government by its code (a retired one's former employer, which
    the line above says): 横浜市（141003）."""
    if not isinstance(value, str):
        return None
    name = host_name(value, None, reading.lang)
    return record_page_words.WITH_CODE(reading.lang, name=name, code=value)


def as_person(value: Any, reading: Reading) -> str | None:
    if not isinstance(value, dict):
        return None
    parts = [value.get(part) for part in ("given", "family")]
    return " ".join(str(part) for part in parts if isinstance(part, str)) or None


def as_phase(value: Any, reading: Reading) -> str | None:
    """A phase's first and last day and its length: 2024年7月1日〜2024年10月15日（3か月15日）."""
    if not isinstance(value, dict):
        return None
    return _span(_date(value.get("start")), _date(value.get("end")), reading)


def as_months(value: Any, reading: Reading) -> str | None:
    months = _integer(value)
    return duration(Length(months, 0), reading.lang) if months else None


def as_people(value: Any, reading: Reading) -> str | None:
    count = _integer(value)
    return record_page_words.PEOPLE(reading.lang, count=count) if count is not None else None


def length_between(start_key: str, end_key: str, until: str | None = None) -> Shows:
    """The length of the period from ``start_key`` to ``end_key`` of a dict (to ``until``
    instead, when the record has that date and it comes first: a withdrawal)."""

    def shows(value: Any, reading: Reading) -> str | None:
        if not isinstance(value, dict):
            return None
        start, end = _date(value.get(start_key)), _date(value.get(end_key))
        cut = _date(_at(reading.data, until)) if until else None
        if end is not None and cut is not None and start is not None and start <= cut < end:
            end = cut
        if start is None or end is None or end < start:
            return None
        return duration(length(start, end), reading.lang)

    return shows


def total_of(*keys: str) -> Shows:
    """The sum of the amounts at ``keys`` of a dict, when every one of them is an amount."""

    def shows(value: Any, reading: Reading) -> str | None:
        if not isinstance(value, dict):
            return None
        amounts = [_integer(value.get(key)) for key in keys]
        if any(amount is None for amount in amounts):
            return None
        return yen(sum(amounts), reading.lang, reading.style)

    return shows


def _span(start: date | None, end: date | None, reading: Reading) -> str | None:
    if start is None or end is None or end < start:
        return None
    lang = reading.lang
    return record_page_words.SPAN(
        lang,
        start=day(start, lang, reading.style),
        end=day(end, lang, reading.style),
        length=duration(length(start, end), lang),
    )


def _each(value: Any, reading: Reading, shows: Shows) -> str | None:
    if not isinstance(value, list):
        return None
    shown = [shows(item, reading) for item in value]
    if any(item is None for item in shown):
        return None
    return report_words.LIST_SEPARATOR(reading.lang).join(shown)  # type: ignore[arg-type]


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value) if len(value) == 10 else None
        except ValueError:
            return None
    return None


def _integer(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


def _at(data: Any, key: str | None) -> Any:
    """The value at a dotted ``key`` of ``data`` (None when there is none)."""
    if key is None:
        return None
    for step in key.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(step)
    return data


@dataclass(frozen=True, slots=True)
class Field:
    """One line of the form: the value at ``key`` (dotted) shown by ``shows``, labelled by
    ``label`` (the key's label by default). It stands for its key and the keys under it, and
    for ``also``; a ``derived`` line (a length, a total) stands for none: it adds a line."""

    key: str
    shows: Shows = as_text  # type: ignore[assignment]
    label: str = ""
    also: tuple[str, ...] = ()
    derived: bool = False

    def covers(self) -> tuple[str, ...]:
        """The keys this line stands for."""
        return () if self.derived else (self.key, *self.also)


# --- rows of a section --------------------------------------------------------------------------


def rows(fields: tuple[Field, ...], labels: Terms, reading: Reading) -> Iterator[dict]:
    """The lines of the form for ``fields`` that the record has: a label and the value as
    people read it (as written when it is not what the field holds; — when written empty)."""
    for field in fields:
        present, value = _find(reading.data, field.key)
        if not present:
            continue
        label = labels.label(field.label or field.key, reading.lang)
        if field.key == "waivers":
            yield from _waivers(value, reading)
            continue
        if value is None:
            if not field.derived:
                yield {"label": label, "value": MISSING}
            continue
        shown = field.shows(value, reading)
        if shown is None:
            if field.derived:
                continue
            shown = as_text(value, reading) if not isinstance(value, dict) else None
        if shown is not None:
            yield {"label": label, "value": shown}


def _find(data: dict, key: str) -> tuple[bool, Any]:
    value: Any = data
    for step in key.split("."):
        if not isinstance(value, dict) or step not in value:
            return False, None
        value = value[step]
    return True, value


def _waivers(value: Any, reading: Reading) -> Iterator[dict]:
    """A waiver a line: the rule it excuses, and why (who approved it, and when)."""
    lang = reading.lang
    if not isinstance(value, list):
        yield {
            "label": record_page_words.DISPATCH.label("waivers", lang),
            "value": as_text(value, reading),
        }
        return
    for waiver in value:
        if not isinstance(waiver, dict):
            continue
        rule = str(waiver.get("rule") or MISSING)
        reason = str(waiver.get("reason") or MISSING)
        who = waiver.get("approved_by")
        when = as_date(waiver.get("date"), reading) if waiver.get("date") else None
        if who and when:
            text = record_page_words.APPROVED(lang, reason=reason, who=who, day=when)
        elif who:
            text = record_page_words.APPROVED_BY(lang, reason=reason, who=who)
        elif when:
            text = record_page_words.APPROVED_ON(lang, reason=reason, day=when)
        else:
            text = reason
        yield {"label": record_page_words.WAIVER(lang, rule=rule), "value": text}


def leftovers(data: dict, known: frozenset[str], private: Callable[[str], bool]) -> list[dict]:
    """The record's keys no line of the form stands for (and ``private`` does not hide), as
    written: a record that cannot be read may have any."""
    found: list[dict] = []

    def walk(value: Any, path: tuple) -> None:
        key = dotted(path) if path else ""
        if key and (covered(key, known) or private(key)):
            return
        if isinstance(value, dict) and value:
            for name, inner in value.items():
                walk(inner, (*path, str(name)))
        elif isinstance(value, list) and any(isinstance(v, dict | list) for v in value):
            for index, inner in enumerate(value):
                walk(inner, (*path, index))
        else:
            text = MISSING if value is None else "{}" if isinstance(value, dict) else None
            found.append({"label": key, "value": text or as_text(value, None)})  # type: ignore[arg-type]

    walk(data, ())
    return found


def covered(key: str, known: frozenset[str]) -> bool:
    """Whether a line of the form stands for ``key``: it is one of ``known`` or under one
    (``period.jiam.start`` is under ``period.jiam``; ``waivers[0].rule`` under ``waivers``)."""
    path = key.split("[", 1)[0].split(".")
    return any(".".join(path[:size]) in known for size in range(1, len(path) + 1))
