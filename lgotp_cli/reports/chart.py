"""Gantt charts as data: lanes of dated segments and markers, calendar events and today.

Reports build a Gantt; the renderers draw it (SVG in HTML, Mermaid in Markdown, text on the
terminal). Every position comes from a date here, never from a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lgotp_cli.i18n.record_words import MARKER, PHASE

# Phase kinds and their colours (SVG) and characters (plain text), in legend order; their
# names are the catalogue's (record_words.PHASE).
PHASES = {
    "tokyo_orientation": ("#d97706", "o"),
    "jiam": ("#16a34a", "j"),
    "specialized": ("#2563eb", "="),
    "stay": ("#94a3b8", "-"),
    "withdrawn": ("#fca5a5", "x"),
    "dispatch": ("#7c3aed", "#"),
    "report": ("#c4b5fd", "r"),
}


def phase_label(kind: str, lang: str) -> str:
    """A phase's name in ``lang`` (the kind itself when unknown)."""
    return PHASE.label(kind, lang)


def marker_label(kind: str, lang: str) -> str:
    """A marker's name in ``lang`` (the kind itself when unknown)."""
    return MARKER.label(kind, lang)


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
