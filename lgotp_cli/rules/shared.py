"""What the rules of more than one kind check alike: a period's length in months or days
against the policy's bounds, an independent selection's tie, and records that repeat one
another (the same key twice, or the same person in overlapping periods).

Each helper finds; the rule that calls it says what it found, in its own words.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator
from datetime import date
from typing import Any

from lgotp_cli.i18n.messages.parts import both_or_one
from lgotp_cli.i18n.text import Words
from lgotp_cli.models.record import Finding, Record
from lgotp_cli.months import days_inclusive, last_day_of, lasts_at_least, length


def shorter_than(start: date, end: date, minimum: int) -> dict[str, Any] | None:
    """When ``start``..``end`` (both counted) lasts less than ``minimum`` months, what a message
    says of it: its ``length``, the ``minimum`` and the ``earliest`` end that would do; else
    None."""
    if lasts_at_least(start, end, minimum):
        return None
    earliest = last_day_of(start, minimum)
    return {"length": length(start, end), "minimum": minimum, "earliest": earliest}


def longer_than(start: date, end: date, maximum: int) -> dict[str, Any] | None:
    """When ``start``..``end`` (both counted) lasts more than ``maximum`` months, what a message
    says of it: its ``length``, the ``maximum`` and the ``latest`` end allowed; else None."""
    latest = last_day_of(start, maximum)
    if end <= latest:
        return None
    return {"length": length(start, end), "maximum": maximum, "latest": latest}


def days_outside(start: date, end: date, bounds) -> int | None:
    """The days of ``start``..``end`` (both counted) when they are outside ``bounds`` (a
    policy's ``min``/``max``); None when within them, or when the period ends before it
    starts (the rule on reversed dates reports that)."""
    if end < start:
        return None
    days = days_inclusive(start, end)
    return None if bounds.min <= days <= bounds.max else days


def untied_selection(selection, words: Words) -> Iterator[Finding]:
    """A finding at ``selection`` when an independent selection (独自選考) does not name its tie:
    ``relationship``, ``partner`` or both, said with ``words`` (``{missing}``). Nothing for
    another method or no selection."""
    if selection is None or selection.method != "independent":
        return
    missing = [key for key in ("relationship", "partner") if getattr(selection, key) is None]
    if missing:
        yield Finding(("selection",), words.of(missing=both_or_one(missing)))


def repeated(
    records: Iterable[Record], key_of: Callable[[Record], Hashable | None]
) -> Iterator[tuple[Record, Record]]:
    """Each record whose key (``key_of``; None: the record has none) an earlier record has,
    with the first record that had it."""
    first: dict[Hashable, Record] = {}
    for record in records:
        key = key_of(record)
        if key is None:
            continue
        if key in first:
            yield record, first[key]
        else:
            first[key] = record


def overlapping(
    records: Iterable[Record], span_of: Callable[[Record], tuple[Hashable, date, date] | None]
) -> Iterator[tuple[Record, Record]]:
    """Each record that an earlier one of the same key overlaps, with the first such earlier
    record. ``span_of`` gives a record's key (the person, say) and its period's first and last
    days, or None to leave the record out."""
    seen: dict[Hashable, list[tuple[Record, date, date]]] = defaultdict(list)
    for record in records:
        span = span_of(record)
        if span is None:
            continue
        key, start, end = span
        for other, other_start, other_end in seen[key]:
            if start <= other_end and other_start <= end:
                yield record, other
                break
        seen[key].append((record, start, end))
