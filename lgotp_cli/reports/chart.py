"""Gantt charts as data: lanes of dated segments and markers, calendar events and today.

Reports build a Gantt; the renderers draw it (SVG in HTML, Mermaid in Markdown, text on the
terminal). Every position comes from a date here, never from a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Phase kinds and their colours (SVG) and characters (plain text), in legend order.
PHASES = {
    "tokyo_orientation": ("Tokyo orientation", "東京研修", "#d97706", "o"),
    "jiam": ("JIAM", "JIAM研修", "#16a34a", "j"),
    "specialized": ("Specialised training", "専門研修", "#2563eb", "="),
    "stay": ("Stay", "滞在", "#94a3b8", "-"),
    "withdrawn": ("After withdrawal", "中途帰国後", "#fca5a5", "x"),
    "dispatch": ("Dispatch", "派遣", "#7c3aed", "#"),
    "report": ("Report due", "報告書提出期限まで", "#c4b5fd", "r"),
}
MARKERS = {
    "arrival": ("Arrival", "来日"),
    "departure": ("Departure", "離日"),
    "withdrawal": ("Withdrawal", "中途帰国"),
    "request": ("Request", "要請"),
    "report_due": ("Report due", "報告書期限"),
    "report_submitted": ("Report submitted", "報告書提出"),
    "calendar": ("Calendar", "日程"),
}


def phase_label(kind: str, lang: str) -> str:
    names = PHASES.get(kind)
    return (names[1] if lang == "ja" else names[0]) if names else kind


def marker_label(kind: str, lang: str) -> str:
    names = MARKERS.get(kind)
    return (names[1] if lang == "ja" else names[0]) if names else kind


@dataclass(frozen=True, slots=True)
class Segment:
    """A coloured bar from ``start`` to ``end`` (both days included)."""

    kind: str
    start: date
    end: date
    label: str = ""


@dataclass(frozen=True, slots=True)
class Marker:
    """A dated point on a lane (arrival, withdrawal, report due …)."""

    kind: str
    day: date
    label: str = ""


@dataclass(frozen=True, slots=True)
class Lane:
    """One row of the chart: a record (fiscal-year view) or an item (one record's view)."""

    key: str
    label: str
    segments: tuple[Segment, ...] = ()
    markers: tuple[Marker, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    """A programme calendar event, drawn across every lane."""

    day: date
    label: str


@dataclass(frozen=True)
class Gantt:
    """A chart from ``start`` to ``end`` (both included), with ``today`` marked when inside."""

    title: str
    start: date
    end: date
    lanes: tuple[Lane, ...]
    events: tuple[Event, ...] = ()
    today: date | None = None

    def days(self) -> int:
        return (self.end - self.start).days + 1
