"""D rules (specialist dispatches): each one fires and stays quiet at its boundary.

Records are the valid dispatch of ``rules/examples.py`` (EX-D: departure 2024-07-01, return
2024-07-20, request 2024-03-15 from VN, report reports/EX-D.md submitted 2024-08-10) with an
overlay; "today" is always given.
"""

from __future__ import annotations

from datetime import date

import pytest
from support.rules import TODAY, check_digit, run, value_position

from lgotp_cli.months import last_day_of
from lgotp_cli.reference.codes import lookup

PROGRAMME_COUNTRIES = ["CN", "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN", "IN"]
HOST_ITEMS = [
    "local_travel",
    "living",
    "commuting",
    "meals",
    "transport",
    "communication",
    "interpreting",
]


def trip(departure: str, back: str) -> str:
    return f"period: {{departure: {departure}, return: {back}}}\n"


def test_the_base_dispatch_is_valid(root):
    root.record("dispatch")
    assert root.validate(TODAY) == []


# --- D201: longer than 3 months --------------------------------------------------------------


def test_three_months_as_records_md_counts():
    assert last_day_of(date(2024, 7, 1), 3) == date(2024, 9, 30)
    assert last_day_of(date(2024, 11, 30), 3) == date(2025, 2, 27)


@pytest.mark.parametrize(
    ("departure", "back", "fires"),
    [
        ("2024-07-01", "2024-10-01", True),
        ("2024-07-01", "2024-09-30", False),
        # month-end clamping: 2024-11-30 + 3 months = 2025-02-28, minus a day
        ("2024-11-30", "2025-02-28", True),
        ("2024-11-30", "2025-02-27", False),
    ],
)
def test_d201_longer_than_three_months(root, departure, back, fires):
    path, found = run(root, "dispatch", trip(departure, back), "D201")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "period", "return")]
        assert found[0].severity == "error"
        assert found[0].record == "EX-D"
    else:
        assert found == []


def test_d201_message_gives_the_length_and_the_last_return(root):
    _, found = run(root, "dispatch", trip("2024-07-01", "2024-10-01"), "D201")
    assert "3 months 1 day" in found[0].message
    assert "2024-09-30" in found[0].message


@pytest.mark.parametrize(("months", "fires"), [(2, True), (3, False)])
def test_d201_follows_the_policy(root, months, fires):
    root.write("lgotp.yaml", f"policy: {{dispatch_max_months: {months}}}\n")
    # 2024-07-01 → 2024-09-30 is exactly 3 months
    _, found = run(root, "dispatch", trip("2024-07-01", "2024-09-30"), "D201")
    assert bool(found) is fires


# --- D202: the usual 10 days to 1 month (info) ----------------------------------------------


@pytest.mark.parametrize(
    ("back", "days", "fires"),
    [
        ("2024-07-09", 9, True),
        ("2024-07-10", 10, False),
        ("2024-07-31", 31, False),
        ("2024-08-01", 32, True),
    ],
)
def test_d202_unusual_length(root, back, days, fires):
    assert (date.fromisoformat(back) - date(2024, 7, 1)).days + 1 == days
    path, found = run(root, "dispatch", trip("2024-07-01", back), "D202")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "period", "return")]
        assert found[0].severity == "info"
        assert f"{days} days" in found[0].message
    else:
        assert found == []


# --- D203: China or Southeast Asia --------------------------------------------------------------


@pytest.mark.parametrize("country", ["KR", "JP", "US", "BD", "LK"])
def test_d203_destination_outside_the_programme(root, country):
    path, found = run(root, "dispatch", f"request: {{country: {country}}}\n", "D203")
    assert [(d.line, d.column) for d in found] == [value_position(path, "request", "country")]


@pytest.mark.parametrize("country", PROGRAMME_COUNTRIES)
def test_d203_quiet_for_programme_countries(root, country):
    _, found = run(root, "dispatch", f"request: {{country: {country}}}\n", "D203")
    assert found == []


@pytest.mark.parametrize(("country", "fires"), [("PH", True), ("VN", False)])
def test_d203_follows_the_policy_list(root, country, fires):
    root.write("lgotp.yaml", "policy: {dispatch_countries: [VN]}\n")
    _, found = run(root, "dispatch", f"request: {{country: {country}}}\n", "D203")
    assert bool(found) is fires


# --- D204: database_id ------------------------------------------------------------------------


def test_d204_missing_database_id_at_the_record_start_not_s101(root):
    root.record("dispatch", "specialist: {database_id: null}\n")
    found = root.validate(TODAY)
    assert [(d.line, d.column, d.code) for d in found] == [(1, 1, "D204")]


def test_d204_blank_database_id_at_its_value(root):
    path, found = run(root, "dispatch", "specialist: {database_id: ' '}\n", "D204")
    assert [(d.line, d.column) for d in found] == [
        value_position(path, "specialist", "database_id")
    ]


def test_d204_quiet_with_database_id(root):
    _, found = run(root, "dispatch", "specialist: {database_id: ICD-00999}\n", "D204")
    assert found == []


# --- D205: return before departure ------------------------------------------------------------


@pytest.mark.parametrize(("back", "fires"), [("2024-06-30", True), ("2024-07-01", False)])
def test_d205_return_before_departure(root, back, fires):
    path, found = run(root, "dispatch", trip("2024-07-01", back), "D205")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "period", "return")]
    else:
        assert found == []


# --- D206: the request ----------------------------------------------------------------------------


@pytest.mark.parametrize(("day", "fires"), [("2024-07-02", True), ("2024-07-01", False)])
def test_d206_request_after_the_departure(root, day, fires):
    path, found = run(root, "dispatch", f"request: {{date: {day}}}\n", "D206")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "request", "date")]
    else:
        assert found == []


def test_d206_missing_request_at_the_record_start_not_s101(root):
    root.record("dispatch", "request: null\n")
    found = root.validate(TODAY)
    assert [(d.line, d.column, d.code) for d in found] == [(1, 1, "D206")]


# --- D207: the workplace bears nothing ----------------------------------------------------------


@pytest.mark.parametrize(("amount", "fires"), [(1, True), (0, False)])
def test_d207_workplace_cost(root, amount, fires):
    path, found = run(root, "dispatch", f"costs: {{workplace: {amount}}}\n", "D207")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "costs", "workplace")]
    else:
        assert found == []


# --- D208: host_provides ------------------------------------------------------------------------


@pytest.mark.parametrize("left_out", HOST_ITEMS)
def test_d208_each_item_the_host_should_bear(root, left_out):
    items = ", ".join(item for item in HOST_ITEMS if item != left_out)
    path, found = run(root, "dispatch", f"costs: {{host_provides: [{items}]}}\n", "D208")
    assert [(d.line, d.column) for d in found] == [value_position(path, "costs", "host_provides")]
    assert left_out in found[0].message
    assert found[0].severity == "warning"


def test_d208_quiet_with_every_item(root):
    items = ", ".join(reversed(HOST_ITEMS))
    _, found = run(root, "dispatch", f"costs: {{host_provides: [{items}]}}\n", "D208")
    assert found == []


# --- D209: report overdue -----------------------------------------------------------------------


@pytest.mark.parametrize(("today", "fires"), [("2024-08-19", False), ("2024-08-20", True)])
def test_d209_report_due_thirty_days_after_return(root, today, fires):
    path, found = run(
        root, "dispatch", "report: {submitted: null}\n", "D209", today=date.fromisoformat(today)
    )
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "report")]
        assert "2024-08-19" in found[0].message
    else:
        assert found == []


@pytest.mark.parametrize(("today", "fires"), [("2024-07-30", False), ("2024-07-31", True)])
def test_d209_follows_report_due_days(root, today, fires):
    root.write("lgotp.yaml", "policy: {report_due_days: 10}\n")
    _, found = run(
        root, "dispatch", "report: {submitted: null}\n", "D209", today=date.fromisoformat(today)
    )
    assert bool(found) is fires


def test_d209_no_report_at_all(root):
    path, found = run(root, "dispatch", "report: null\n", "D209", today=date(2024, 8, 20))
    assert [(d.line, d.column) for d in found] == [value_position(path, "status")]


def test_d209_quiet_once_submitted(root):
    overlay = "report: {submitted: 2024-09-30}\n"
    _, found = run(root, "dispatch", overlay, "D209", today=date(2024, 10, 1))
    assert found == []


@pytest.mark.parametrize("status", ["planned", "cancelled"])
def test_d209_not_for_a_dispatch_that_did_not_happen(root, status):
    overlay = f"status: {status}\nreport: {{submitted: null}}\n"
    _, found = run(root, "dispatch", overlay, "D209", today=date(2024, 12, 1))
    assert found == []


# --- D210: report length and photographs ---------------------------------------------------------

REPORT_HEAD = (
    "# Report\n\n"
    "![](img/EX-D.png)\n\n"
    "**Summary** of the visit.\n\n"
    "- first point\n"
    "- second point\n\n"
)
# Report + Summary + of + the + visit. + first + point + second + point
HEAD_CHARACTERS = 6 + 7 + 2 + 3 + 6 + 5 + 5 + 6 + 5


def report_of(characters: int, *, photo: bool = True, tail: str = "", tail_characters: int = 0):
    """A report of exactly ``characters`` countable characters (markup and spaces left out):
    the head, then filler, then ``tail`` that holds ``tail_characters`` of them."""
    head = REPORT_HEAD if photo else REPORT_HEAD.replace("![](img/EX-D.png)\n\n", "")
    filler = "漢" * (characters - HEAD_CHARACTERS - tail_characters)
    lines = [filler[i : i + 40] for i in range(0, len(filler), 40)]
    # spaces and line breaks between the words are not counted
    body = "\n\n".join(" ".join(line[j : j + 8] for j in range(0, 40, 8)) for line in lines)
    return head + body + "\n\n" + tail


@pytest.mark.parametrize(("characters", "fires"), [(2999, True), (3000, False)])
def test_d210_report_characters(root, characters, fires):
    root.write("reports/D210.md", report_of(characters))
    path, found = run(root, "dispatch", "report: {file: reports/D210.md}\n", "D210")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "report", "file")]
        assert "2,999" in found[0].message
        assert "3,000" in found[0].message
    else:
        assert found == []


@pytest.mark.parametrize(
    ("markup", "shown"),
    [
        # "See the city's page." is what a reader sees: 3 + 3 + 6 + 5
        ("See [the city's page](https://www.example.org/a/long/address/of/the/page).\n", 17),
        # a table's rule line and bars: "a" and "b"
        ("| a | b |\n| --- | --- |\n", 2),
        # quoted(6) and(3) strong(6) and(3) code(4)
        ("> *quoted* and __strong__ and `code`\n", 22),
    ],
    ids=["link", "table", "emphasis"],
)
def test_d210_markup_is_not_counted(root, markup, shown):
    root.write("reports/D210.md", report_of(2999, tail=markup, tail_characters=shown))
    _, found = run(root, "dispatch", "report: {file: reports/D210.md}\n", "D210")
    assert len(found) == 1
    assert "2,999" in found[0].message


def test_d210_underscores_inside_words_are_text(root):
    # intraword underscores are not emphasis in Markdown: "water_supply_sewage" shows all 19
    text = report_of(3000, tail="water_supply_sewage\n", tail_characters=19)
    root.write("reports/D210.md", text)
    _, found = run(root, "dispatch", "report: {file: reports/D210.md}\n", "D210")
    assert found == []


def test_d210_report_without_a_photograph(root):
    root.write("reports/D210.md", report_of(3500, photo=False))
    path, found = run(root, "dispatch", "report: {file: reports/D210.md}\n", "D210")
    assert [(d.line, d.column) for d in found] == [value_position(path, "report", "file")]
    assert "photograph" in found[0].message


@pytest.mark.parametrize(("minimum", "fires"), [(3001, True), (3000, False)])
def test_d210_follows_the_policy(root, minimum, fires):
    root.write("lgotp.yaml", f"policy: {{report_min_characters: {minimum}}}\n")
    root.write("reports/D210.md", report_of(3000))
    _, found = run(root, "dispatch", "report: {file: reports/D210.md}\n", "D210")
    assert bool(found) is fires


# --- D211: daily allowance = rate × days -----------------------------------------------------

RATE = "policy: {daily_allowance_per_day: 8000}\n"


@pytest.mark.parametrize(
    ("allowance", "fires"),
    [
        (8000 * 19, True),
        (8000 * 20, False),
        (8000 * 21, True),
    ],
)
def test_d211_daily_allowance(root, allowance, fires):
    root.write("lgotp.yaml", RATE)
    # 2024-07-01 → 2024-07-20 is 20 days, both counted
    overlay = f"costs: {{clair: {{daily_allowance: {allowance}}}}}\n"
    path, found = run(root, "dispatch", overlay, "D211")
    if fires:
        assert [(d.line, d.column) for d in found] == [
            value_position(path, "costs", "clair", "daily_allowance")
        ]
        assert "160000" in found[0].message
        assert found[0].severity == "warning"
    else:
        assert found == []


def test_d211_quiet_without_a_configured_rate(root):
    _, found = run(root, "dispatch", "costs: {clair: {daily_allowance: 1}}\n", "D211")
    assert found == []


# --- D212: the specialist's employer code -------------------------------------------------------


def test_d212_wrong_check_digit_names_the_right_code(root):
    assert check_digit("27203") == 5
    path, found = run(root, "dispatch", "specialist: {employer: {code: '272036'}}\n", "D212")
    assert [(d.line, d.column) for d in found] == [
        value_position(path, "specialist", "employer", "code")
    ]
    assert "272035" in found[0].message


def test_d212_right_check_digit_but_not_listed(root):
    assert check_digit("27299") == 0 and lookup("272990") is None
    _, found = run(root, "dispatch", "specialist: {employer: {code: '272990'}}\n", "D212")
    assert len(found) == 1


@pytest.mark.parametrize("code", ["272035", "130001", "011002"])
def test_d212_quiet_for_listed_codes(root, code):
    _, found = run(root, "dispatch", f"specialist: {{employer: {{code: '{code}'}}}}\n", "D212")
    assert found == []


# --- D213: status and dates as of today -----------------------------------------------------


@pytest.mark.parametrize(
    ("status", "today", "fires"),
    [
        ("planned", "2024-06-30", False),
        ("planned", "2024-07-01", True),
        ("dispatched", "2024-06-30", True),
        ("dispatched", "2024-07-01", False),
        ("dispatched", "2024-07-20", False),
        ("dispatched", "2024-07-21", True),
        ("completed", "2024-07-19", True),
        ("completed", "2024-07-20", False),
        ("cancelled", "2024-06-30", False),
        ("cancelled", "2024-07-10", False),
        ("cancelled", "2024-07-21", False),
    ],
)
def test_d213_status_follows_the_dates(root, status, today, fires):
    path, found = run(
        root, "dispatch", f"status: {status}\n", "D213", today=date.fromisoformat(today)
    )
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "status")]
        assert found[0].severity == "warning"
    else:
        assert found == []
