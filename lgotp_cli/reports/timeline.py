"""`lgotp timeline`: one trainee's stay or one dispatch from first to last date, or every stay
and dispatch of a fiscal year side by side, as a Gantt chart with a table of dates and lengths.
"""

from __future__ import annotations

import difflib
from datetime import date, timedelta

from lgotp_cli.config import Config
from lgotp_cli.i18n import (
    Words,
    dispatch_status_label,
    duration,
    error_words,
    fiscal_year_label,
    is_japanese,
    report_words,
    status_label,
    table_words,
)
from lgotp_cli.i18n.spoken import FiscalYear, Listed
from lgotp_cli.models.dispatch import Dispatch
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.months import days_inclusive, length
from lgotp_cli.reference.countries import country_name
from lgotp_cli.reports.chart import Event, Gantt, Lane, Marker, Segment, marker_label, phase_label
from lgotp_cli.reports.columns import ID
from lgotp_cli.reports.common import (
    ReportRecords,
    dispatch_year,
    host_name,
    trainee_year,
    withdrawal_day,
)
from lgotp_cli.reports.listing import ReportError
from lgotp_cli.reports.table import Table, columns_named_by

TRAINEE_PHASES = ("tokyo_orientation", "jiam", "specialized")
timeline_column = columns_named_by(table_words.TIMELINE_COLUMNS)
# What a record's items and a year's records both have: what each is, from when to when and
# how long.
KIND = timeline_column("kind", "code", shown=False)
START = timeline_column("start", "date")
END = timeline_column("end", "date")
LENGTH = timeline_column("length")
ITEM_COLUMNS = (
    timeline_column("item"),
    KIND,
    START,
    END,
    timeline_column("days", "int"),
    LENGTH,
)


def _length(start: date, end: date, lang: str) -> str:
    return duration(length(start, end), lang)


def _person(record) -> str:
    name = record.name if isinstance(record, Trainee) else record.specialist.name
    return f"{name.given} {name.family}"


def find(records: ReportRecords, record_id: str) -> Trainee | Dispatch:
    """The trainee or dispatch with ``record_id``; ReportError names the closest ids."""
    every = {r.id: r for r in (*records.trainees, *records.dispatches)}
    if record_id in every:
        return every[record_id]
    if any(r.id == record_id for r in records.requests):
        raise ReportError(error_words.IS_A_REQUEST.of(id=record_id))
    close = difflib.get_close_matches(record_id, list(every), n=3, cutoff=0.5)
    hint = (
        error_words.DID_YOU_MEAN.of(choices=Listed.of(close))
        if close
        else error_words.LIST_SHOWS_IDS.of()
    )
    raise ReportError(error_words.NO_SUCH_RECORD.of(id=record_id, hint=hint))


def _trainee_items(t: Trainee, lang: str) -> tuple[list[Lane], list[tuple]]:
    arrival, departure = t.period.arrival, t.period.departure
    if departure < arrival:
        raise ReportError(
            error_words.NO_STAY_TO_DRAW.of(id=t.id, departure=departure, arrival=arrival)
        )
    end = departure
    markers = [Marker("arrival", arrival, marker_label("arrival", lang))]
    rows = []
    withdrawn = withdrawal_day(t)
    stay = [Segment("stay", arrival, departure, phase_label("stay", lang))]
    if withdrawn and arrival <= withdrawn <= departure:
        # What was to come after the withdrawal (the planned departure, later phases) drops out.
        end = withdrawn
        stay = [Segment("stay", arrival, withdrawn, phase_label("stay", lang))]
        markers.append(Marker("withdrawal", withdrawn, marker_label("withdrawal", lang)))
    else:
        markers.append(Marker("departure", departure, marker_label("departure", lang)))
    stay_label = report_words.STAY(lang)
    rows.append(
        (
            stay_label,
            "stay",
            arrival,
            end,
            days_inclusive(arrival, end),
            _length(arrival, end, lang),
        )
    )
    lanes = [Lane("stay", stay_label, tuple(stay), tuple(markers))]
    for name in TRAINEE_PHASES:
        phase = getattr(t.period, name)
        if phase is None or phase.end < phase.start or phase.start > end:
            continue
        label = phase_label(name, lang)
        phase_end = min(phase.end, end)  # a phase the withdrawal cut short ends with it
        lanes.append(Lane(name, label, (Segment(name, phase.start, phase_end, label),)))
        rows.append(
            (
                label,
                name,
                phase.start,
                phase_end,
                days_inclusive(phase.start, phase_end),
                _length(phase.start, phase_end, lang),
            )
        )
    for marker in markers:
        rows.append((marker.label, marker.kind, marker.day, None, None, None))
    return lanes, rows


def _dispatch_items(d: Dispatch, config: Config, lang: str) -> tuple[list[Lane], list[tuple]]:
    departure, back = d.period.departure, d.period.return_
    if back < departure:
        raise ReportError(
            error_words.NO_DISPATCH_TO_DRAW.of(id=d.id, back=back, departure=departure)
        )
    due = back + timedelta(days=config.policy.report_due_days)
    label = phase_label("dispatch", lang)
    lanes = []
    rows = []
    if d.request is not None:
        request_label = marker_label("request", lang)
        lanes.append(
            Lane("request", request_label, (), (Marker("request", d.request.date, request_label),))
        )
        rows.append((request_label, "request", d.request.date, None, None, None))
    lanes.append(
        Lane(
            "dispatch",
            label,
            (Segment("dispatch", departure, back, label),),
            (
                Marker("departure", departure, marker_label("departure", lang)),
                Marker("return", back, marker_label("return", lang)),
            ),
        )
    )
    rows.append(
        (
            label,
            "dispatch",
            departure,
            back,
            days_inclusive(departure, back),
            _length(departure, back, lang),
        )
    )
    report_label = phase_label("report", lang)
    report_markers = [Marker("report_due", due, marker_label("report_due", lang))]
    submitted = d.report.submitted if d.report else None
    if submitted:
        report_markers.append(
            Marker("report_submitted", submitted, marker_label("report_submitted", lang))
        )
    after = back + timedelta(days=1)
    segments = (Segment("report", after, due, report_label),) if due >= after else ()
    lanes.append(Lane("report", report_label, segments, tuple(report_markers)))
    rows.append((marker_label("report_due", lang), "report_due", due, None, None, None))
    if submitted:
        rows.append(
            (
                marker_label("report_submitted", lang),
                "report_submitted",
                submitted,
                None,
                None,
                None,
            )
        )
    return lanes, rows


def _status(record: Trainee | Dispatch, lang: str) -> str:
    if isinstance(record, Trainee):
        return status_label(record.status, lang)
    return dispatch_status_label(record.status, lang)


def record_timeline(
    record: Trainee | Dispatch, config: Config, *, lang: str, today: date | None = None
) -> Table:
    """One record's timeline: a Gantt of its phases and dates, and a table with lengths."""
    if isinstance(record, Trainee):
        lanes, rows = _trainee_items(record, lang)
        host = host_name(record.host.code, record.host.name, lang, trainee_year(record))
        # Japanese names the country (ベトナム); English keeps the code its readers know (VN).
        nationality = (
            country_name(record.nationality, lang) if is_japanese(lang) else record.nationality
        )
        what = report_words.TRAINEE_IN_TITLE(
            lang, person=_person(record), country=nationality, host=host
        )
    else:
        lanes, rows = _dispatch_items(record, config, lang)
        destination = country_name(record.request.country, lang) if record.request else ""
        what = report_words.DISPATCH_IN_TITLE(lang, person=_person(record), country=destination)
    days = [d for row in rows for d in (row[2], row[3]) if d is not None]
    start, end = min(days), max(days)
    title = f"{record.id}: {what}"
    gantt = Gantt(
        title, start, end, tuple(lanes), (), today if today and start <= today <= end else None
    )
    rows.sort(key=lambda row: (row[2], row[3] or row[2]))
    return Table(
        id="timeline",
        # The record's id and whom it is of, in the language asked for: names, not words.
        heading=Words(title, title),
        columns=ITEM_COLUMNS,
        rows=tuple(rows),
        subtitle=_status(record, lang),
        gantt=gantt,
    )


YEAR_COLUMNS = (
    ID,
    KIND,
    timeline_column("name"),
    timeline_column("where", wrap=True),
    START,
    END,
    LENGTH,
    timeline_column("status", "code", shown=False),
    timeline_column("status_name", data=False),
)


def year_timeline(
    records: ReportRecords,
    config: Config,
    *,
    fiscal_year: int,
    lang: str,
    today: date | None = None,
) -> tuple[Table, list[str]]:
    """Every stay and dispatch of ``fiscal_year`` as one Gantt chart, a row per record, with the
    programme calendar's events; and notes on the records that could not be drawn."""
    lanes: list[Lane] = []
    rows: list[tuple] = []
    skipped: list[str] = []
    trainees = sorted(
        (t for t in records.trainees if trainee_year(t) == fiscal_year),
        key=lambda t: (t.period.arrival, t.id),
    )
    dispatches = sorted(
        (d for d in records.dispatches if dispatch_year(d) == fiscal_year),
        key=lambda d: (d.period.departure, d.id),
    )
    for record in (*trainees, *dispatches):
        try:
            items, _ = (
                _trainee_items(record, lang)
                if isinstance(record, Trainee)
                else _dispatch_items(record, config, lang)
            )
        except ReportError as error:
            skipped.append(error.said_in(lang))
            continue
        segments = tuple(s for lane in items for s in lane.segments)
        markers = tuple(m for lane in items for m in lane.markers if m.kind != "request")
        main = [s for s in segments if s.kind in ("stay", "dispatch")]
        start, end = min(s.start for s in main), max(s.end for s in main)
        person = _person(record)
        if isinstance(record, Trainee):
            where = host_name(record.host.code, record.host.name, lang, trainee_year(record))
            kind = "trainee"
        else:
            where = country_name(record.request.country, lang) if record.request else ""
            kind = "dispatch"
        lanes.append(Lane(record.id, f"{record.id} {person}", segments, markers, where))
        rows.append(
            (
                record.id,
                kind,
                person,
                where,
                start,
                end,
                _length(start, end, lang),
                record.status,
                _status(record, lang),
            )
        )
    if not lanes:
        raise ReportError(error_words.NOTHING_IN_YEAR.of(year=FiscalYear(fiscal_year)))
    first = min([date(fiscal_year, 4, 1), *(s.start for lane in lanes for s in lane.segments)])
    last = max([date(fiscal_year + 1, 3, 31), *(s.end for lane in lanes for s in lane.segments)])
    # The built-in calendar's events in the language asked for (as `lgotp due` says them); a
    # user's as written.
    events = tuple(
        Event(event.date, report_words.BUILTIN_EVENT.label(event.event, lang))
        for events_of_year in config.calendar.values()
        for event in events_of_year
        if first <= event.date <= last
    )
    title = report_words.YEAR_TIMELINE_TITLE.filled(
        lambda each: {"fiscal_year": fiscal_year_label(fiscal_year, each)}
    )
    gantt = Gantt(
        title.in_(lang),
        first,
        last,
        tuple(lanes),
        events,
        today if today and first <= today <= last else None,
    )
    table = Table(
        id="timeline-year",
        heading=title,
        columns=YEAR_COLUMNS,
        rows=tuple(rows),
        gantt=gantt,
    )
    return table, skipped
