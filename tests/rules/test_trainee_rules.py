"""T rules (LGOTP trainees) beyond their boundaries (tests/rules/test_boundaries.py): how
RECORDS.md counts months, and a stay as CLAIR runs it.

Records are the valid trainee of ``rules/examples.py`` (EX-T: arrival 2024-05-27, departure
2025-03-19, orientation 05-27..05-28, JIAM 05-29..06-28, specialised 2024-07-01..2025-03-18,
host 232025 岡崎市) with an overlay; "today" is always given.
"""

from __future__ import annotations

from datetime import date

from support.rules import TODAY

from lgotp_cli.months import last_day_of


def test_month_end_clamping_as_records_md_counts():
    assert last_day_of(date(2024, 8, 31), 6) == date(2025, 2, 27)
    assert last_day_of(date(2024, 5, 27), 6) == date(2024, 11, 26)
    assert last_day_of(date(2024, 4, 1), 6) == date(2024, 9, 30)


def test_t106_six_month_stay_is_only_a_warning(root):
    """A six-month stay as CLAIR runs it: orientation, a month at JIAM, then 4 months 26 days."""
    overlay = (
        "period: {arrival: 2024-05-27, departure: 2024-11-26,"
        " tokyo_orientation: {start: 2024-05-27, end: 2024-05-28},"
        " jiam: {start: 2024-05-29, end: 2024-06-28},"
        " specialized: {start: 2024-07-01, end: 2024-11-26}}\n"
    )
    root.record("trainee", overlay)
    found = root.validate(TODAY)
    assert [(d.code, d.severity) for d in found] == [("T106", "warning")]
    assert "4 months 26 days" in found[0].message
