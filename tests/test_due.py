"""`lgotp due`: the window's edges, the D209 boundary, overdue first, the built-in calendar, the
JSON shape, --fail-on-overdue, the iCalendar file and its stable UIDs, golden files, bad input.

Update the golden files (after reading the diff!) with

    LGOTP_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/test_due.py
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from support.golden import assert_golden
from support.paths import REPO
from support.run import Run, assert_one_sentence, run_lgotp

from lgotp_cli.config import load_config
from lgotp_cli.reports.common import read_records
from lgotp_cli.reports.due import DueItem, due_items, due_table, slug
from lgotp_cli.reports.table import display

GOLDEN = Path(__file__).parent / "due_golden"
JSON_KEYS = ["date", "kind", "id", "what", "overdue"]


def due(root, today: str, *args: str) -> Run:
    return run_lgotp(["--records", root.path, "--today", today, "due", *args], cwd=REPO)


def trainee(root, record_id: str, status: str, arrival: str, departure: str, phases: str = ""):
    """A trainee with only the phases given (``tokyo_orientation: {start: …, end: …}`` lines)."""
    given = {line.split(":")[0].strip(): line.strip() for line in phases.splitlines()}
    overlay = (
        f"id: {record_id}\nstatus: {status}\n"
        f"period:\n  arrival: {arrival}\n  departure: {departure}\n"
    )
    for phase in ("tokyo_orientation", "jiam", "specialized"):
        overlay += f"  {given.get(phase, phase + ': null')}\n"
    return root.record("trainee", overlay)


def dispatch(root, record_id: str, status: str, departure: str, back: str, submitted=None):
    report = f"{{submitted: {submitted}}}" if submitted else "{submitted: null}"
    return root.record(
        "dispatch",
        f"id: {record_id}\nstatus: {status}\n"
        f"period: {{departure: {departure}, return: {back}}}\nreport: {report}\n",
    )


def items(root, today: date, within: int = 30, lang: str = "en") -> list[DueItem]:
    return due_items(read_records(root.path), load_config(root.path), today, within, lang)


def no_calendar(root) -> None:
    """An empty programme calendar, so that record items are alone."""
    root.write("lgotp.yaml", "calendar: {2025: []}\n")


def keyed(found: list[DueItem]) -> list[tuple[str, str | None, date, bool]]:
    return [(item.kind, item.id, item.date, item.overdue) for item in found]


# --- The window ------------------------------------------------------------------------------


def test_window_includes_today_and_today_plus_within_only(root):
    no_calendar(root)
    today = date(2025, 5, 1)  # within 30: up to 2025-05-31
    trainee(
        root,
        "A",
        "planned",
        "2025-05-31",  # today + within: in
        "2026-03-31",
        "tokyo_orientation: {start: 2025-06-01, end: 2025-06-02}",  # today + within + 1: out
    )
    trainee(root, "B", "in_training", "2024-05-27", "2025-05-01")  # departure today: in
    trainee(root, "C", "planned", "2025-04-30", "2026-02-28")  # arrival yesterday: out
    assert keyed(items(root, today)) == [
        ("departure", "B", date(2025, 5, 1), False),
        ("arrival", "A", date(2025, 5, 31), False),
    ]


def test_within_zero_is_today_alone(root):
    no_calendar(root)
    trainee(root, "A", "planned", "2025-05-01", "2026-03-31")
    trainee(root, "B", "planned", "2025-05-02", "2026-03-31")
    assert keyed(items(root, date(2025, 5, 1), within=0)) == [
        ("arrival", "A", date(2025, 5, 1), False)
    ]


def test_completed_trainees_are_left_out(root):
    no_calendar(root)
    trainee(root, "DONE", "completed", "2025-05-10", "2025-05-20")
    assert items(root, date(2025, 5, 1)) == []


def test_a_withdrawn_trainee_keeps_what_came_before_the_withdrawal(root):
    """Arrival and phases up to the withdrawal date (that day too) stay events; the planned
    departure and the phases after the withdrawal drop out."""
    no_calendar(root)
    root.record(
        "trainee",
        "id: GONE\nstatus: withdrawn\nwithdrawal: {date: 2025-05-29, reason: family reasons}\n"
        "period: {arrival: 2025-05-26, departure: 2026-03-31,"
        " tokyo_orientation: {start: 2025-05-26, end: 2025-05-27},"
        " jiam: {start: 2025-05-29, end: 2025-06-27},"
        " specialized: {start: 2025-06-30, end: 2026-03-30}}\n",
    )
    assert [
        (kind, day) for kind, _, day, _ in keyed(items(root, date(2025, 5, 20), within=400))
    ] == [
        ("arrival", date(2025, 5, 26)),
        ("phase_start", date(2025, 5, 26)),
        ("phase_start", date(2025, 5, 29)),
    ]


def test_phase_starts_carry_their_end_and_a_uid_per_phase(root):
    no_calendar(root)
    trainee(
        root,
        "LGOTP-2024-007",
        "planned",
        "2024-09-30",
        "2025-08-31",
        "tokyo_orientation: {start: 2024-10-01, end: 2024-10-02}\n"
        "jiam: {start: 2024-10-03, end: 2024-11-01}\n"
        "specialized: {start: 2024-11-05, end: 2025-08-29}",
    )
    found = [i for i in items(root, date(2024, 9, 30), 35) if i.kind == "phase_start"]
    assert [(i.date, i.end, i.uid) for i in found] == [
        (
            date(2024, 10, 1),
            date(2024, 10, 2),
            "lgotp-phase_start-LGOTP-2024-007-tokyo_orientation",
        ),
        (date(2024, 10, 3), date(2024, 11, 1), "lgotp-phase_start-LGOTP-2024-007-jiam"),
    ]
    assert found[0].what == "Tokyo orientation starts: Maria Santos (PH), Okazaki City"


def test_arrival_text_in_both_languages(root):
    no_calendar(root)
    trainee(root, "A", "planned", "2025-05-10", "2026-03-31")
    assert items(root, date(2025, 5, 1))[0].what == "Arrival of Maria Santos (PH) at Okazaki City"
    assert items(root, date(2025, 5, 1), lang="ja")[0].what == "岡崎市に来日: Maria Santos (PH)"


# --- Dispatch reports (D209) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "listed", "overdue"),
    [
        (date(2024, 7, 21), False, False),  # due 2024-08-19: outside a window of 0 days
        (date(2024, 8, 19), True, False),  # the day it is due: due, not overdue
        (date(2024, 8, 20), True, True),  # the day after: overdue, and listed before today
        (date(2025, 6, 1), True, True),  # long overdue: still listed, whatever the window
    ],
)
def test_report_due_and_overdue_at_the_d209_boundary(root, today, listed, overdue):
    no_calendar(root)
    dispatch(root, "DISP-2024-003", "completed", "2024-07-01", "2024-07-20")
    expected = [("report_due", "DISP-2024-003", date(2024, 8, 19), overdue)] if listed else []
    assert keyed(items(root, today, within=0)) == expected
    # The rule agrees: D209 fires exactly when `due` says overdue.
    assert ("D209" in root.codes(today)) is overdue


def test_report_text_names_the_dispatch_and_destination(root):
    no_calendar(root)
    dispatch(root, "DISP-2024-003", "completed", "2024-07-01", "2024-07-20")
    (item,) = items(root, date(2024, 8, 1))
    assert item.what == (
        "Report due: DISP-2024-003, Hiroshi Tanaka (Hai Phong City People's Committee, VN)"
    )
    (item,) = items(root, date(2024, 8, 1), lang="ja")
    assert item.what.startswith("報告書提出期限: DISP-2024-003")


def test_submitted_reports_and_planned_dispatches_are_never_overdue(root):
    no_calendar(root)
    dispatch(root, "SENT", "completed", "2024-07-01", "2024-07-20", submitted="2024-08-25")
    dispatch(root, "LATE-PLAN", "planned", "2024-07-01", "2024-07-20")  # stale status
    dispatch(root, "GONE", "cancelled", "2024-07-01", "2024-07-20")
    assert items(root, date(2025, 6, 1)) == []


def test_planned_dispatch_departure_and_return(root):
    no_calendar(root)
    dispatch(root, "DISP-2025-001", "planned", "2025-06-10", "2025-06-25")
    assert keyed(items(root, date(2025, 6, 1))) == [
        ("departure", "DISP-2025-001", date(2025, 6, 10), False),
        ("return", "DISP-2025-001", date(2025, 6, 25), False),
    ]
    assert [i.kind for i in items(root, date(2025, 6, 1), 60)][-1] == "report_due"


def test_overdue_items_come_first_oldest_first(root):
    no_calendar(root)
    trainee(root, "T", "planned", "2025-06-01", "2026-03-31")  # today
    dispatch(root, "NEWER", "completed", "2025-01-05", "2025-01-20")  # due 2025-02-19
    dispatch(root, "OLDER", "dispatched", "2024-07-01", "2024-07-20")  # due 2024-08-19
    assert keyed(items(root, date(2025, 6, 1))) == [
        ("report_due", "OLDER", date(2024, 8, 19), True),
        ("report_due", "NEWER", date(2025, 2, 19), True),
        ("arrival", "T", date(2025, 6, 1), False),
    ]


# --- The calendar -----------------------------------------------------------------------------


def test_builtin_fy2025_calendar(root):
    run = due(root, "2024-09-20", "--within", "30", "-f", "json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == [
        {
            "date": "2024-10-04",
            "kind": "calendar",
            "id": None,
            "what": "Form 1 and Form 2 due",
            "overdue": False,
        }
    ]


def test_calendar_in_japanese_and_uids(root):
    found = items(root, date(2024, 9, 1), 70, lang="ja")
    assert [(i.date, i.what, i.uid) for i in found] == [
        (date(2024, 9, 5), "説明会申込締切", "lgotp-calendar-2025-briefing-registration-closes"),
        (date(2024, 9, 12), "オンライン説明会", "lgotp-calendar-2025-online-briefing"),
        (date(2024, 10, 4), "様式1・様式2提出期限", "lgotp-calendar-2025-form-1-and-form-2-due"),
        (date(2024, 11, 1), "様式3提出期限", "lgotp-calendar-2025-form-3-due"),
    ]


def test_calendar_uids_for_japanese_and_repeated_events(root):
    root.write(
        "lgotp.yaml",
        """\
        calendar:
          2026:
            - {date: 2025-09-11, event: Online briefing}
            - {date: 2025-09-18, event: Online briefing}
            - {date: 2025-10-03, event: 様式1・様式2提出期限}
        """,
    )
    uids = [i.uid for i in items(root, date(2025, 9, 1), 60)]
    assert uids[:2] == [
        "lgotp-calendar-2026-online-briefing",
        "lgotp-calendar-2026-online-briefing-2",
    ]
    assert uids[2] == f"lgotp-calendar-2026-{slug('様式1・様式2提出期限')}"
    assert uids[2].isascii() and len(set(uids)) == 3
    assert slug("様式1・様式2提出期限") == slug("様式1・様式2提出期限")


# --- Table and JSON ---------------------------------------------------------------------------


def test_table_for_tools_and_for_people(root):
    no_calendar(root)
    dispatch(root, "D", "completed", "2024-07-01", "2024-07-20")
    table = due_table(items(root, date(2024, 9, 1)), "ja", today=date(2024, 9, 1), within=30)
    assert [c.id for c in table.data().columns] == JSON_KEYS
    assert table.data().rows[0][4] is True
    people = table.shown()
    assert [c.id for c in people.columns] == ["date", "kind_label", "id", "what", "overdue"]
    assert people.rows[0][1] == "報告書期限"
    assert display(people.rows[0][4], people.columns[4], "ja") == "期限超過"
    assert display(people.rows[0][4], people.columns[4], "en") == "OVERDUE"
    assert display(False, people.columns[4], "en") == ""
    assert table.title("ja") == "期限一覧（2024-09-01〜2024-10-01）"


@pytest.fixture
def report_and_arrival(root):
    """No calendar; a dispatch whose report is overdue on 2024-09-01, a trainee arriving soon."""
    no_calendar(root)
    dispatch(root, "D", "completed", "2024-07-01", "2024-07-20")
    trainee(root, "T", "planned", "2024-09-10", "2025-06-30")
    return root


def test_json_keys_and_overdue_boolean(report_and_arrival):
    run = due(report_and_arrival, "2024-09-01", "-f", "json")
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert [list(row) for row in rows] == [JSON_KEYS, JSON_KEYS]
    assert [row["overdue"] for row in rows] == [True, False]
    assert rows[1]["id"] == "T" and rows[1]["kind"] == "arrival"


# --- Exit codes -------------------------------------------------------------------------------


def test_fail_on_overdue_exits_1_after_writing(root, tmp_path):
    dispatch(root, "D", "completed", "2024-07-01", "2024-07-20")
    target = tmp_path / "due.json"
    run = due(root, "2024-08-20", "--fail-on-overdue", "-o", str(target))
    assert run.returncode == 1, run.stderr
    assert json.loads(target.read_text(encoding="utf-8"))[0]["overdue"] is True
    # Without the option an overdue report is reported, not a failure.
    assert due(root, "2024-08-20", "-f", "json").returncode == 0


def test_fail_on_overdue_exits_0_when_nothing_is_overdue(root):
    dispatch(root, "D", "completed", "2024-07-01", "2024-07-20")
    run = due(root, "2024-08-19", "--fail-on-overdue", "-f", "json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)[0]["overdue"] is False


# --- iCalendar --------------------------------------------------------------------------------


def calendar_of(data: bytes):
    from icalendar import Calendar

    return Calendar.from_ical(data)


def events(data: bytes) -> dict[str, tuple[date, str]]:
    found = {}
    for event in calendar_of(data).walk("VEVENT"):
        found[str(event["uid"])] = (event["dtstart"].dt, str(event["summary"]))
    return found


def test_ics_events_dates_and_properties(report_and_arrival):
    run = due(report_and_arrival, "2024-09-01", "-f", "ics")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("BEGIN:VCALENDAR\r\n")
    calendar = calendar_of(run.stdout_bytes)
    assert str(calendar["prodid"]) == "-//lgotp//lgotp//EN"
    assert str(calendar["x-wr-calname"]) == "LGOTP: what falls due"
    vevents = list(calendar.walk("VEVENT"))
    assert len(vevents) == 2
    overdue, arrival = vevents
    assert overdue["dtstart"].dt == date(2024, 8, 19)
    assert overdue["dtend"].dt == date(2024, 8, 20)
    assert str(overdue["summary"]).startswith("OVERDUE: Report due: D")
    assert str(overdue["uid"]) == "lgotp-report_due-D"
    assert arrival["dtstart"].dt == date(2024, 9, 10)
    assert arrival["dtend"].dt == date(2024, 9, 11)
    assert str(arrival["uid"]) == "lgotp-arrival-T"
    assert arrival["dtstamp"].dt.isoformat() == "2024-09-01T00:00:00+00:00"  # today, not the clock
    assert [str(c) for c in arrival["categories"].cats] == ["arrival"]


def test_ics_uids_are_stable_across_days_and_edits(root, tmp_path):
    trainee(
        root,
        "T",
        "planned",
        "2024-09-30",
        "2024-10-31",
        "jiam: {start: 2024-10-03, end: 2024-10-25}",
    )
    first = events(due(root, "2024-09-20", "--within", "60", "-f", "ics").stdout_bytes)
    later = events(due(root, "2024-09-25", "--within", "55", "-f", "ics").stdout_bytes)
    assert first == later  # another day, the same events under the same UIDs
    assert first["lgotp-departure-T"][0] == date(2024, 10, 31)
    assert "lgotp-calendar-2025-form-3-due" in first
    # The departure moves a week: the same UID, the new date; nothing else changes.
    trainee(
        root,
        "T",
        "planned",
        "2024-09-30",
        "2024-11-07",
        "jiam: {start: 2024-10-03, end: 2024-10-25}",
    )
    moved = events(due(root, "2024-09-20", "--within", "60", "-f", "ics").stdout_bytes)
    assert set(moved) == set(first)
    assert moved["lgotp-departure-T"][0] == date(2024, 11, 7)
    assert {k: v for k, v in moved.items() if k != "lgotp-departure-T"} == {
        k: v for k, v in first.items() if k != "lgotp-departure-T"
    }


def test_ics_file_from_the_extension_and_not_in_the_records_root(root, tmp_path):
    target = tmp_path / "due.ics"
    run = due(root, "2024-09-20", "-o", str(target))
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    assert len(list(calendar_of(target.read_bytes()).walk("VEVENT"))) == 1
    inside = due(root, "2024-09-20", "-o", str(root.path / "due.ics"))
    assert_one_sentence(inside, "records root", ends=".")
    assert not (root.path / "due.ics").exists()


def test_ics_in_japanese_marks_overdue_in_japanese(root):
    no_calendar(root)
    dispatch(root, "D", "completed", "2024-07-01", "2024-07-20")
    run = run_lgotp(
        ["--records", root.path, "--today", "2024-09-01", "--lang", "ja", "due", "-f", "ics"],
        cwd=REPO,
    )
    assert run.returncode == 0, run.stderr
    (event,) = calendar_of(run.stdout_bytes).walk("VEVENT")
    assert str(event["summary"]).startswith("期限超過: 報告書提出期限: D")


# --- Golden files -----------------------------------------------------------------------------


@pytest.fixture
def golden_root(root):
    """A trainee arriving in the window, a dispatch leaving in it, an overdue report, and the
    built-in calendar."""
    trainee(
        root,
        "LGOTP-2024-101",
        "planned",
        "2024-09-30",
        "2025-08-31",
        "tokyo_orientation: {start: 2024-10-01, end: 2024-10-02}\n"
        "jiam: {start: 2024-10-03, end: 2024-11-01}\n"
        "specialized: {start: 2024-11-05, end: 2025-08-29}",  # the day after the window
    )
    dispatch(root, "DISP-2024-003", "completed", "2024-07-01", "2024-07-20")
    dispatch(root, "DISP-2024-010", "planned", "2024-10-15", "2024-10-30")
    return root


GOLDEN_RUNS = {
    "due.en.md": ("en", "md"),
    "due.ja.md": ("ja", "md"),
    "due.en.json": ("en", "json"),
    "due.en.ics": ("en", "ics"),
}


@pytest.mark.parametrize("name", GOLDEN_RUNS)
def test_golden(golden_root, name):
    lang, fmt = GOLDEN_RUNS[name]
    run = run_lgotp(
        [
            "--records",
            golden_root.path,
            "--today",
            "2024-09-20",
            "--lang",
            lang,
            "due",
            "--within",
            "45",
            "-f",
            fmt,
        ],
        cwd=REPO,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert_golden(GOLDEN / name, run.stdout_bytes)


# --- Bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--within", "-1"), ("--within", "'-1'")),
        (("--within", "x"), ("--within", "'x'")),
        (("--within", "1.5"), ("--within",)),
        (("--format", "pdf"), ("--format", "ics", "'pdf'")),
        (("-o", "due.pdf"), ("due.pdf", ".ics")),
    ],
)
def test_bad_input_exits_2_with_one_sentence(root, args, words):
    assert_one_sentence(due(root, "2024-09-20", *args), *words, ends=".")


def test_bad_today_exits_2(root):
    assert_one_sentence(due(root, "2024-13-01"), "--today", ends=".")


def test_huge_window_does_not_crash(root):
    run = due(root, "2024-09-20", "--within", "99999999999", "-f", "json")
    assert run.returncode == 0, run.stderr
    assert len(json.loads(run.stdout)) == 2  # Form 1 and 2, Form 3
