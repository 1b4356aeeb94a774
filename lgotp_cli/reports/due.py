"""`lgotp due`: what falls due within a number of days of today.

Calendar deadlines from ``lgotp.yaml`` (the built-in FY2025 survey calendar), arrivals,
departures and phase starts of trainees who are planned or in training, departures and returns
of dispatches that are planned or under way, and dispatch reports due ``report_due_days`` after
the return: due on that day, overdue from the day after (as rule D209 has it), for dispatched
and completed dispatches whose report has no ``submitted`` date. An overdue report is listed
whatever its date, and overdue items come first.

Every item carries a UID that stays the same when its record is edited (a departure moved by a
week is the same event, moved), so that a calendar subscribed to ``--format ics`` updates its
events instead of duplicating them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from lgotp_cli.config import Config
from lgotp_cli.i18n import day, is_japanese, table_words
from lgotp_cli.i18n import report_words as said
from lgotp_cli.i18n.formats import ISO, Style
from lgotp_cli.models.dispatch import Dispatch
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.reports.chart import phase_label
from lgotp_cli.reports.columns import ID
from lgotp_cli.reports.common import ReportRecords, host_name, trainee_year, withdrawal_day
from lgotp_cli.reports.table import Table, columns_named_by

# Kinds of item, in the order items of one day are listed, with their labels for people.
KINDS = said.DUE_KIND
_KIND_ORDER = {kind: position for position, kind in enumerate(KINDS)}

TRAINEE_STATUSES = ("planned", "in_training")
TRAVEL_STATUSES = ("planned", "dispatched")  # dispatches whose departure or return is ahead
REPORT_STATUSES = ("planned", "dispatched", "completed")
OVERDUE_STATUSES = ("dispatched", "completed")  # as D209: a planned dispatch has not gone yet
PHASES = ("tokyo_orientation", "jiam", "specialized")


due_column = columns_named_by(table_words.DUE_COLUMNS)
COLUMNS = (
    due_column("date", "date"),
    due_column("kind", "code", shown=False),
    due_column("kind_label", data=False),
    ID,
    due_column("what", wrap=True),
    # JSON and CSV hold a boolean; people read OVERDUE / 期限超過 (see reports.table.display).
    due_column("overdue", "flag"),
)


@dataclass(frozen=True, slots=True)
class DueItem:
    """One thing that falls due. ``id`` is the record's id (None for a calendar event);
    ``what`` is text in the report's language; ``end`` is the last day of a phase that starts
    on ``date``; ``uid`` names the item for calendars and does not change when dates do."""

    date: date
    kind: str
    id: str | None
    what: str
    overdue: bool
    end: date | None = None
    uid: str = ""


def kind_label(kind: str, lang: str) -> str:
    """A kind of item as people say it."""
    return KINDS.label(kind, lang)


def window_end(today: date, within: int) -> date:
    """The last day of the window (``date.max`` when ``within`` reaches past it)."""
    try:
        return today + timedelta(days=within)
    except OverflowError:
        return date.max


def due_items(
    records: ReportRecords, config: Config, today: date, within: int, lang: str
) -> list[DueItem]:
    """Everything dated from ``today`` to ``within`` days after it (both included), and every
    overdue dispatch report whatever its date: overdue items first (oldest first), then by
    date, kind and id."""
    last = window_end(today, within)
    items = [
        *_calendar_items(config, lang),
        *(item for t in records.trainees for item in _trainee_items(t, lang)),
        *(item for d in records.dispatches for item in _dispatch_items(d, config, today, lang)),
    ]
    chosen = [item for item in items if item.overdue or today <= item.date <= last]
    return sorted(chosen, key=_order)


def _order(item: DueItem) -> tuple:
    return (
        not item.overdue,
        item.date,
        _KIND_ORDER.get(item.kind, len(_KIND_ORDER)),
        item.id or "",
        item.what,
    )


def slug(text: str) -> str:
    """Lower-case ASCII words joined by ``-`` (``Form 3 due`` → ``form-3-due``); text with
    other letters (様式3提出期限) becomes a short hash of itself, just as stable."""
    normal = unicodedata.normalize("NFKC", text)
    words = re.sub(r"[^a-z0-9]+", "-", normal.lower()).strip("-")
    if normal.isascii() and words:
        return words
    return "h" + hashlib.sha256(normal.encode("utf-8")).hexdigest()[:12]


def _calendar_items(config: Config, lang: str) -> list[DueItem]:
    items = []
    for fiscal_year, events in sorted(config.calendar.items()):
        seen: dict[str, int] = {}
        for event in events:
            key = slug(event.event)
            seen[key] = seen.get(key, 0) + 1
            # The same text twice in one year (two briefings): the later one in the file is -2.
            uid_key = key if seen[key] == 1 else f"{key}-{seen[key]}"
            # The built-in calendar's events in the language asked for; a user's as written.
            what = said.BUILTIN_EVENT.label(event.event, lang)
            items.append(
                DueItem(
                    date=event.date,
                    kind="calendar",
                    id=None,
                    what=what,
                    overdue=False,
                    uid=f"lgotp-calendar-{fiscal_year}-{uid_key}",
                )
            )
    return items


def _person(name) -> str:
    return f"{name.given} {name.family}"


def _trainee_items(t: Trainee, lang: str) -> list[DueItem]:
    withdrawn = withdrawal_day(t)
    if t.status not in TRAINEE_STATUSES and withdrawn is None:
        return []
    items = _planned_items(t, lang)
    if withdrawn is None:
        return items
    # A withdrawn trainee's arrival and phases up to the withdrawal stay events; what was
    # planned after it (the departure, later phases) drops out.
    return [item for item in items if item.kind != "departure" and item.date <= withdrawn]


def _planned_items(t: Trainee, lang: str) -> list[DueItem]:
    person = f"{_person(t.name)} ({t.nationality})"
    host = host_name(t.host.code, t.host.name, lang, trainee_year(t))
    arrival = said.TRAINEE_ARRIVAL(lang, person=person, host=host)
    departure = said.TRAINEE_DEPARTURE(lang, person=person, host=host)
    items = [
        DueItem(t.period.arrival, "arrival", t.id, arrival, False, uid=f"lgotp-arrival-{t.id}"),
        DueItem(
            t.period.departure, "departure", t.id, departure, False, uid=f"lgotp-departure-{t.id}"
        ),
    ]
    for name in PHASES:
        phase = getattr(t.period, name)
        if phase is None:
            continue
        what = said.PHASE_STARTS(lang, phase=phase_label(name, lang), person=person, host=host)
        items.append(
            DueItem(
                phase.start,
                "phase_start",
                t.id,
                what,
                False,
                end=phase.end,
                uid=f"lgotp-phase_start-{t.id}-{name}",
            )
        )
    return items


def _dispatch_items(d: Dispatch, config: Config, today: date, lang: str) -> list[DueItem]:
    name = d.specialist.name
    # In Japanese, the specialist's name as they write it, where the record gives it.
    person = name.native if is_japanese(lang) and name.native else _person(name)
    where = f"{d.request.local_government}, {d.request.country}" if d.request else ""
    items = []
    if d.status in TRAVEL_STATUSES:
        if d.request:
            place = {"local_government": d.request.local_government, "country": d.request.country}
            leaves = said.DISPATCH_DEPARTURE_TO(lang, person=person, **place)
            back = said.DISPATCH_RETURN_FROM(lang, person=person, **place)
        else:
            leaves = said.DISPATCH_DEPARTURE(lang, person=person)
            back = said.DISPATCH_RETURN(lang, person=person)
        items += [
            DueItem(
                d.period.departure, "departure", d.id, leaves, False, uid=f"lgotp-departure-{d.id}"
            ),
            DueItem(d.period.return_, "return", d.id, back, False, uid=f"lgotp-return-{d.id}"),
        ]
    submitted = d.report is not None and d.report.submitted is not None
    if d.status in REPORT_STATUSES and not submitted:
        due = d.period.return_ + timedelta(days=config.policy.report_due_days)
        overdue = d.status in OVERDUE_STATUSES and today > due
        detail = f"{d.id}, {person}" + (f" ({where})" if where else "")
        what = said.REPORT_DUE(lang, detail=detail)
        items.append(
            DueItem(due, "report_due", d.id, what, overdue, uid=f"lgotp-report_due-{d.id}")
        )
    return items


def due_table(
    items: list[DueItem],
    lang: str,
    *,
    today: date | None = None,
    within: int | None = None,
    style: Style = ISO,
) -> Table:
    """The items as a report table: JSON rows ``date, kind, id, what, overdue``; the title
    names the window when ``today`` and ``within`` are given (its dates as ``style`` writes
    them in Japanese)."""
    rows = tuple(
        (
            item.date,
            item.kind,
            kind_label(item.kind, lang),
            item.id,
            item.what,
            item.overdue,
        )
        for item in items
    )
    overdue = sum(1 for item in items if item.overdue)
    notes = []
    if today is not None and within is not None:
        last = window_end(today, within)

        def window(each: str) -> dict[str, str]:
            return {"start": day(today, each, style), "end": day(last, each, style)}

        title = said.DUE_TITLE_WITHIN.filled(window)
        nothing = said.NOTHING_DUE_WITHIN(lang, **window(lang))
    else:
        title = said.DUE_TITLE
        nothing = said.NOTHING_DUE(lang)
    if not items:
        notes.append(nothing)
    if overdue:
        notes.append(said.OVERDUE_NOTE(lang, count=overdue))
    return Table(id="due", heading=title, columns=COLUMNS, rows=rows, notes=tuple(notes))
