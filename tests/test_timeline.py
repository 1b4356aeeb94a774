"""`lgotp timeline`: one record's phases and lengths, a fiscal year's Gantt chart; bars drawn at
the positions their dates give; records that cannot be drawn are left out, never misplaced."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
from support.golden import assert_golden
from support.reports import render_report
from support.run import Run, run_lgotp

from lgotp_cli.config import load_config
from lgotp_cli.reports.common import read_records
from lgotp_cli.reports.timeline import find, record_timeline, year_timeline

SVG = "{http://www.w3.org/2000/svg}"
GOLDEN = Path(__file__).parent / "timeline_golden"


def lgotp(root, *args: str) -> Run:
    return run_lgotp(
        ["--records", root.path, "--today", "2024-11-01", *args], cwd=root.path, timeout=60
    )


@pytest.fixture
def year(root):
    """Two trainees (one withdrawn) and a dispatch in FY2024."""
    root.record("trainee")
    root.record(
        "trainee",
        "id: EX-T2\nname: {family: Nguyen}\nstatus: withdrawn\n"
        "withdrawal: {date: 2024-09-13, reason: family reasons}\n",
    )
    root.record("dispatch")
    return root


def test_record_timeline_lengths_in_both_languages(year):
    records, config = read_records(year.path), load_config(year.path)
    trainee = next(t for t in records.trainees if t.id == "EX-T")
    table = record_timeline(trainee, config, lang="en")
    by_kind = {row[1]: row for row in table.rows}
    assert by_kind["stay"][2:] == (date(2024, 5, 27), date(2025, 3, 19), 297, "9 months 21 days")
    assert by_kind["jiam"][4:] == (31, "1 month")  # 05-29 → 06-28 is exactly one month
    assert by_kind["specialized"][5] == "8 months 18 days"
    japanese = {row[1]: row for row in record_timeline(trainee, config, lang="ja").rows}
    assert japanese["stay"][5] == "9か月21日"


def test_withdrawn_stay_ends_at_the_withdrawal(year):
    records, config = read_records(year.path), load_config(year.path)
    trainee = next(t for t in records.trainees if t.id == "EX-T2")
    table = record_timeline(trainee, config, lang="en")
    stay = next(row for row in table.rows if row[1] == "stay")
    assert stay[3] == date(2024, 9, 13) and stay[5] == "3 months 18 days"
    assert any(row[1] == "withdrawal" for row in table.rows)


def test_withdrawn_trainee_keeps_what_came_before_and_loses_what_came_after(year):
    """Arrival, orientation and JIAM were before 2024-09-13; specialised training (from
    2024-07-01) is cut at the withdrawal; the planned departure (2025-03-19) drops out."""
    records, config = read_records(year.path), load_config(year.path)
    trainee = next(t for t in records.trainees if t.id == "EX-T2")
    rows = {row[1]: row for row in record_timeline(trainee, config, lang="en").rows}
    assert set(rows) == {
        "stay",
        "tokyo_orientation",
        "jiam",
        "specialized",
        "arrival",
        "withdrawal",
    }
    assert rows["specialized"][2:4] == (date(2024, 7, 1), date(2024, 9, 13))
    assert rows["jiam"][3] == date(2024, 6, 28)


def test_withdrawn_before_a_phase_starts_drops_the_phase(root):
    root.record(
        "trainee",
        "status: withdrawn\nwithdrawal: {date: 2024-06-30, reason: family reasons}\n",
    )
    records, config = read_records(root.path), load_config(root.path)
    rows = {row[1] for row in record_timeline(records.trainees[0], config, lang="en").rows}
    assert "specialized" not in rows and "jiam" in rows and "departure" not in rows


def test_dispatch_timeline_has_the_report_due(year):
    records, config = read_records(year.path), load_config(year.path)
    table = record_timeline(records.dispatches[0], config, lang="en")
    kinds = {row[1]: row[2] for row in table.rows}
    assert kinds["request"] == date(2024, 3, 15)
    assert kinds["report_due"] == date(2024, 8, 19)  # return 2024-07-20 + 30 days
    assert kinds["report_submitted"] == date(2024, 8, 10)


def _svg(html: str):
    start = html.index("<svg")
    end = html.index("</svg>", html.index('class="gantt"')) + len("</svg>")
    svg_text = html[html.index("<svg", html.index('class="gantt"') - 60) : end]
    assert start >= 0
    return ElementTree.fromstring(svg_text)


def test_svg_bars_stand_where_their_dates_say(year):
    result = lgotp(year, "timeline", "--fiscal-year", "2024", "-f", "html")
    assert result.returncode == 0, result.stderr
    svg = _svg(result.stdout)
    chart_start = date.fromisoformat(svg.get("data-start"))
    left, day_width = float(svg.get("data-left")), float(svg.get("data-day-width"))
    segments = svg.findall(f".//{SVG}rect")
    drawn = [rect for rect in segments if "segment" in (rect.get("class") or "")]
    assert len(drawn) >= 8
    for rect in drawn:
        start = date.fromisoformat(rect.get("data-start"))
        end = date.fromisoformat(rect.get("data-end"))
        assert float(rect.get("x")) == pytest.approx(
            left + (start - chart_start).days * day_width, abs=0.1
        )
        assert float(rect.get("width")) == pytest.approx(
            ((end - start).days + 1) * day_width, abs=0.1
        )
    stays = [rect for rect in drawn if "stay" in rect.get("class")]
    assert {rect.get("data-start") for rect in stays} == {"2024-05-27"}
    assert {rect.get("data-end") for rect in stays} == {"2025-03-19", "2024-09-13"}
    today = svg.find(f".//{SVG}g[@class='today']/{SVG}line")
    today_x = left + (date(2024, 11, 1) - chart_start).days * day_width + day_width / 2
    assert float(today.get("x1")) == pytest.approx(today_x, abs=0.1)
    events = svg.findall(f".//{SVG}g[@class='event']")
    assert len(events) == 4  # the built-in FY2025 survey calendar falls in FY2024


def test_markdown_is_a_mermaid_gantt_with_a_row_per_record(year):
    result = lgotp(year, "timeline", "--fiscal-year", "2024", "-f", "md")
    text = result.stdout
    assert "```mermaid\ngantt\n" in text and "dateFormat YYYY-MM-DD" in text
    assert "EX-T Maria Santos :t1, 2024-05-27, 297d" in text
    assert "EX-D Hiroshi Tanaka :" in text and ", 2024-07-01, 20d" in text
    assert "Today :milestone, crit, " in text and "2024-11-01, 0d" in text


def test_json_rows(year):
    rows = json.loads(lgotp(year, "timeline", "-y", "2024", "-f", "json").stdout)
    assert [row["id"] for row in rows] == ["EX-T", "EX-T2", "EX-D"]
    assert set(rows[0]) == {"id", "kind", "name", "where", "start", "end", "length", "status"}
    assert rows[0]["start"] == "2024-05-27" and rows[0]["length"] == "9 months 21 days"


def test_terminal_chart_fits_and_marks_today(year):
    text = lgotp(year, "timeline", "EX-T").stdout
    lines = text.splitlines()
    chart = lines[: lines.index("") if "" in lines else 8]
    assert all(len(line) <= 100 for line in chart)
    assert "today 2024-11-01" in text and "9 months 21 days" in text


def test_unknown_id_names_the_closest(year):
    result = lgotp(year, "timeline", "EX-T3")
    assert result.returncode == 2
    assert "EX-T" in result.stderr and "Did you mean" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [[], ["EX-T", "-y", "2024"], ["-y", "1999"]])
def test_bad_requests_are_one_sentence(year, args):
    result = lgotp(year, "timeline", *args)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_record_with_unreadable_dates_is_left_out_with_a_note(year):
    year.record(
        "trainee",
        "id: EX-T9\nname: {family: Backwards}\n"
        "period: {arrival: 2024-06-01, departure: 2024-05-30}\n",
    )
    records, config = read_records(year.path), load_config(year.path)
    table, skipped = year_timeline(records, config, fiscal_year=2024, lang="en")
    assert "EX-T9" not in [row[0] for row in table.rows]
    assert len(skipped) == 1 and "EX-T9" in skipped[0]
    result = lgotp(year, "timeline", "-y", "2024", "-f", "json")
    assert result.returncode == 0 and "left out of the chart: EX-T9" in result.stderr


# What `lgotp --today 2024-11-01 [--lang LANG] timeline (ID | -y 2024) -f FMT` prints, built and
# rendered in-process as the command does (test_record_with_unreadable_dates_is_left_out_with_a_note runs the
# command).
GOLDEN_RUNS = {
    "record.en.md": ("en", "md", "EX-T"),
    "record.ja.md": ("ja", "md", "EX-D"),
    "year.en.json": ("en", "json", 2024),
    "year.ja.md": ("ja", "md", 2024),
}


@pytest.mark.parametrize("name", GOLDEN_RUNS)
def test_golden(year, name):
    lang, fmt, which = GOLDEN_RUNS[name]
    today = date(2024, 11, 1)

    def build(records, config):
        if isinstance(which, str):
            return record_timeline(find(records, which), config, lang=lang, today=today)
        return year_timeline(records, config, fiscal_year=which, lang=lang, today=today)[0]

    assert_golden(GOLDEN / name, render_report(year.path, build, fmt, lang).stdout)
