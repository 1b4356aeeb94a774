"""The phases of a trainee's stay as the programme runs them, proposed from the arrival and the
departure for `lgotp new`.

CLAIR's outline of the programme (研修のあらまし): trainees arrive together, spend the next two
days at the Tokyo orientation, then about a month at JIAM (Otsu, Shiga) learning Japanese,
local administration and culture, and start their specialised training at the host the Monday
after JIAM ends, until shortly before they leave Japan. The sample records follow it to the day
(arrival 2024-05-27; Tokyo 05-28–29; JIAM 05-30–06-28; specialised 07-01 to two days before
the departure).

Where the programme calendar (``calendar:`` in ``lgotp.yaml``) has an event naming a phase
(``{date: 2025-05-27, event: Tokyo orientation}``, ``JIAM研修開始``, ``専門研修開始``) within a
fortnight of where the phase would start, the phase starts on that event's date instead. Dates
the user gave are kept, and the phases after them follow from them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

PHASES = ("tokyo_orientation", "jiam", "specialized")
ORIENTATION_DAYS = 2
JIAM_DAYS = 30  # "about one month" (the policy allows 21–45)
DAYS_BEFORE_DEPARTURE = 2  # specialised training ends two days before the flight home
_WINDOW = timedelta(days=14)
# How a calendar event names the start of a phase, in English or Japanese.
_NAMED = {
    "tokyo_orientation": re.compile(r"tokyo orientation|東京研修|オリエンテーション", re.I),
    "jiam": re.compile(r"jiam|全国市町村国際文化研修所", re.I),
    "specialized": re.compile(r"speciali[sz]ed training|専門研修", re.I),
}


def calendar_days(config) -> list[tuple[date, str]]:
    """Every event of the programme calendar, every fiscal year, as (date, what)."""
    if config is None:
        return []
    return [(event.date, event.event) for events in config.calendar.values() for event in events]


def _calendar_start(phase: str, earliest: date, events: Iterable[tuple[date, str]]) -> date | None:
    """The first calendar event naming ``phase`` on or after ``earliest``, within a fortnight."""
    named = [day for day, what in events if _NAMED[phase].search(what)]
    fitting = [day for day in named if earliest <= day <= earliest + _WINDOW]
    return min(fitting) if fitting else None


def _next_monday(after: date) -> date:
    return after + timedelta(days=7 - after.weekday())


def _given(answers: dict[str, str], key: str) -> date | None:
    text = answers.get(key)
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:  # not a date: the answer's own check says so
        return None


def proposed_phases(answers: dict[str, str], config=None) -> dict[str, str]:
    """The phase dates to propose, as dotted keys (``period.jiam.start``) to ISO dates, given
    the answers so far: nothing before both the arrival and the departure are known, and only
    phases that fit inside the stay, in order, each after the one before."""
    arrival = _given(answers, "period.arrival")
    departure = _given(answers, "period.departure")
    if arrival is None or departure is None or departure <= arrival:
        return {}
    events = calendar_days(config)
    proposed: dict[str, str] = {}
    earliest = arrival + timedelta(days=1)  # the day after the flight

    def settle(phase: str, start: date, length: timedelta | None) -> date | None:
        """Put ``phase`` from ``start`` (unless given), for ``length`` or to the last day of
        training; its end, or None when it does not fit."""
        key = f"period.{phase}"
        start = _given(answers, f"{key}.start") or start
        if length is not None:
            end = _given(answers, f"{key}.end") or start + length - timedelta(days=1)
        else:
            end = _given(answers, f"{key}.end") or departure - timedelta(days=DAYS_BEFORE_DEPARTURE)
        if not (arrival <= start <= end <= departure):
            return None
        proposed[f"{key}.start"], proposed[f"{key}.end"] = start.isoformat(), end.isoformat()
        return end

    start = _calendar_start("tokyo_orientation", earliest, events) or earliest
    end = settle("tokyo_orientation", start, timedelta(days=ORIENTATION_DAYS))
    if end is None:
        return proposed
    earliest = end + timedelta(days=1)
    start = _calendar_start("jiam", earliest, events) or earliest
    end = settle("jiam", start, timedelta(days=JIAM_DAYS))
    if end is None:
        return proposed
    earliest = end + timedelta(days=1)
    start = _calendar_start("specialized", earliest, events) or _next_monday(end)
    settle("specialized", start, None)
    return {key: value for key, value in proposed.items() if key not in answers}
