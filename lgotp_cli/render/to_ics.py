"""What falls due as an iCalendar file (RFC 5545), for Outlook and Google Calendar to import or
subscribe to: one all-day event per item, with a UID that stays the same from run to run and
when a record's date moves, so that a calendar updates the event rather than adding another.

The file depends only on the items and ``today``, never on the clock: DTSTAMP is ``today`` at
midnight UTC, so the same records on the same day give the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from lgotp_cli.i18n import is_japanese, report_words
from lgotp_cli.reports.due import DueItem, kind_label

PRODID = "-//lgotp//lgotp//EN"


def summary(item: DueItem, lang: str = "en") -> str:
    """The event's title: what falls due, marked when it is overdue."""
    return (report_words.OVERDUE_PREFIX(lang) if item.overdue else "") + item.what


def _description(item: DueItem, lang: str) -> str:
    lines = [kind_label(item.kind, lang) + (f": {item.id}" if item.id else "")]
    if item.end is not None:
        lines.append(report_words.UNTIL(lang, day=item.end))
    if item.overdue:
        lines.append(report_words.OVERDUE_ADVICE(lang))
    return "\n".join(lines)


def to_ics(items: Iterable[DueItem], *, calendar_name: str, today: date, lang: str = "en") -> bytes:
    """The calendar's bytes (UTF-8, CRLF line ends, long lines folded by icalendar)."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_name)
    # How often a subscribed calendar should fetch the file again (RFC 7986, and Outlook's).
    calendar.add("refresh-interval", timedelta(days=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "P1D")
    stamp = datetime.combine(today, time(0, 0), tzinfo=UTC)
    for item in items:
        event = Event()
        event.add("uid", item.uid or f"lgotp-{item.kind}-{item.id}")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.date)
        if item.date < date.max:
            event.add("dtend", item.date + timedelta(days=1))
        event.add("summary", summary(item, lang))
        event.add("description", _description(item, lang))
        # Calendars show categories to people: a Japanese calendar names them (報告書期限);
        # an English one keeps the kind's code (report_due), as it always has.
        category = kind_label(item.kind, lang) if is_japanese(lang) else item.kind
        event.add("categories", [category])
        # A deadline does not make anyone busy for the day.
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()
