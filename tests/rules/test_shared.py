"""The checks several kinds of rules share (``rules.shared``), at their boundaries; the rules
that call them are tested by kind."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from lgotp_cli.i18n.text import Words
from lgotp_cli.months import Length
from lgotp_cli.rules.shared import (
    days_outside,
    longer_than,
    overlapping,
    repeated,
    shorter_than,
    untied_selection,
)

START = date(2024, 4, 1)
BOUNDS = SimpleNamespace(min=10, max=31)


@pytest.mark.parametrize(
    ("check", "months", "end", "said"),
    [
        (shorter_than, 6, date(2024, 9, 30), None),  # exactly 6 months
        (
            shorter_than,
            6,
            date(2024, 9, 29),
            {"length": Length(5, 29), "minimum": 6, "earliest": date(2024, 9, 30)},
        ),
        (longer_than, 3, date(2024, 6, 30), None),  # exactly 3 months
        (
            longer_than,
            3,
            date(2024, 7, 1),
            {"length": Length(3, 1), "maximum": 3, "latest": date(2024, 6, 30)},
        ),
        (longer_than, 0, date(2024, 3, 1), None),  # ends before it starts: another rule's
    ],
)
def test_a_period_in_months_against_a_bound(check, months, end, said):
    # What a message says of a period too short or too long: its length, the bound and the
    # end that would do.
    assert check(START, end, months) == said


def test_days_outside_counts_both_ends_and_leaves_reversed_dates_alone():
    assert days_outside(START, date(2024, 4, 10), BOUNDS) is None
    assert days_outside(START, date(2024, 4, 9), BOUNDS) == 9
    assert days_outside(START, date(2024, 5, 2), BOUNDS) == 32
    assert days_outside(START, date(2024, 3, 1), BOUNDS) is None


def test_untied_selection_only_for_an_independent_one():
    words = Words("without {missing}", "{missing} がありません")
    tied = SimpleNamespace(method="independent", relationship="friendship", partner="Cebu")
    untied = SimpleNamespace(method="independent", relationship=None, partner="Cebu")
    assert list(untied_selection(None, words)) == []
    assert list(untied_selection(SimpleNamespace(method="clair"), words)) == []
    assert list(untied_selection(tied, words)) == []
    [finding] = untied_selection(untied, words)
    assert finding.path == ("selection",)
    assert str(finding.message) == "without relationship"


def _record(name, key=None, start=None, end=None):
    return SimpleNamespace(name=name, key=key, start=start, end=end)


def test_repeated_pairs_each_later_record_with_the_first_of_its_key():
    a, b, c, none = _record("a", 1), _record("b", 1), _record("c", 1), _record("none")
    found = list(repeated([a, none, b, c], lambda r: r.key))
    assert [(later.name, first.name) for later, first in found] == [("b", "a"), ("c", "a")]


def test_overlapping_pairs_a_record_with_the_first_earlier_overlap_only():
    def april(first, last):
        return date(2024, 4, first), date(2024, 4, last)

    a = _record("a", "x", *april(1, 10))
    b = _record("b", "x", *april(20, 30))
    c = _record("c", "x", *april(10, 20))  # meets a on its last day, and b on its first
    d = _record("d", "y", *april(1, 30))  # another person
    e = _record("e", "x", *april(11, 19))  # between a and b: c alone
    found = list(overlapping([a, b, c, d, e], lambda r: (r.key, r.start, r.end)))
    assert [(later.name, first.name) for later, first in found] == [("c", "a"), ("e", "c")]
