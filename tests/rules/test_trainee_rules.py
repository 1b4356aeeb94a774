"""T rules (LGOTP trainees): each one fires and stays quiet at its boundary.

Records are the valid trainee of ``rules/examples.py`` (EX-T: arrival 2024-05-27, departure
2025-03-19, orientation 05-27..05-28, JIAM 05-29..06-28, specialised 2024-07-01..2025-03-18,
host 232025 岡崎市) with an overlay; "today" is always given.
"""

from __future__ import annotations

from datetime import date

import pytest
from support.rules import TODAY, check_digit, run, value_position

from lgotp_cli.months import last_day_of
from lgotp_cli.reference.codes import lookup

ARRIVAL = "2024-05-27"
DEPARTURE = "2025-03-19"


def period(arrival: str, departure: str) -> str:
    return f"period: {{arrival: {arrival}, departure: {departure}}}\n"


def test_the_base_trainee_is_valid(root):
    root.record("trainee")
    assert root.validate(TODAY) == []


# --- T101: stay shorter than 6 months ----------------------------------------------------------


def test_month_end_clamping_as_records_md_counts():
    assert last_day_of(date(2024, 8, 31), 6) == date(2025, 2, 27)
    assert last_day_of(date(2024, 5, 27), 6) == date(2024, 11, 26)
    assert last_day_of(date(2024, 4, 1), 6) == date(2024, 9, 30)


@pytest.mark.parametrize(
    ("arrival", "departure", "fires"),
    [
        ("2024-05-27", "2024-11-25", True),
        ("2024-05-27", "2024-11-26", False),
        ("2024-04-01", "2024-09-29", True),
        ("2024-04-01", "2024-09-30", False),
        # month-end clamping: 2024-08-31 + 6 months = 2025-02-28, minus a day
        ("2024-08-31", "2025-02-26", True),
        ("2024-08-31", "2025-02-27", False),
        # leap day: 2023-08-31 + 6 months = 2024-02-29, minus a day
        ("2023-08-31", "2024-02-27", True),
        ("2023-08-31", "2024-02-28", False),
    ],
)
def test_t101_stay_shorter_than_six_months(root, arrival, departure, fires):
    path, found = run(root, "trainee", period(arrival, departure), "T101")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "period", "departure")]
        assert found[0].severity == "error"
        assert found[0].record == "EX-T"
    else:
        assert found == []


def test_t101_message_gives_the_length_and_the_earliest_departure(root):
    _, found = run(root, "trainee", period("2024-04-01", "2024-09-29"), "T101")
    assert len(found) == 1
    assert "5 months 29 days" in found[0].message
    assert "2024-09-30" in found[0].message


def test_t101_not_for_a_withdrawn_trainee(root):
    overlay = period("2024-05-27", "2024-11-25") + (
        "status: withdrawn\nwithdrawal: {date: 2024-10-01, reason: family reasons}\n"
    )
    _, found = run(root, "trainee", overlay, "T101")
    assert found == []


# --- T102: stay longer than 12 months ----------------------------------------------------------


@pytest.mark.parametrize(
    ("arrival", "departure", "fires"),
    [
        ("2024-05-27", "2025-05-27", True),
        ("2024-05-27", "2025-05-26", False),
        ("2024-04-01", "2025-04-01", True),
        ("2024-04-01", "2025-03-31", False),
        ("2024-08-31", "2025-08-31", True),
        ("2024-08-31", "2025-08-30", False),
    ],
)
def test_t102_stay_longer_than_twelve_months(root, arrival, departure, fires):
    path, found = run(root, "trainee", period(arrival, departure), "T102")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "period", "departure")]
        assert found[0].severity == "error"
    else:
        assert found == []


def test_t102_message_gives_the_length_and_the_latest_departure(root):
    _, found = run(root, "trainee", period("2024-05-27", "2025-05-27"), "T102")
    assert "12 months 1 day" in found[0].message
    assert "2025-05-26" in found[0].message


def test_t102_also_for_a_withdrawn_trainee(root):
    overlay = period("2024-05-27", "2025-05-27") + (
        "status: withdrawn\nwithdrawal: {date: 2024-10-01, reason: family reasons}\n"
    )
    _, found = run(root, "trainee", overlay, "T102")
    assert len(found) == 1


# --- T103: dates reversed -----------------------------------------------------------------------


@pytest.mark.parametrize(("departure", "fires"), [("2024-05-26", True), ("2024-05-27", False)])
def test_t103_departure_before_arrival(root, departure, fires):
    path, found = run(root, "trainee", period(ARRIVAL, departure), "T103")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "period", "departure")]
        assert "2024-05-26" in found[0].message and "2024-05-27" in found[0].message
    else:
        assert found == []


@pytest.mark.parametrize(
    ("phase", "start", "end", "fires"),
    [
        ("tokyo_orientation", "2024-05-28", "2024-05-27", True),
        ("tokyo_orientation", "2024-05-28", "2024-05-28", False),
        ("jiam", "2024-05-29", "2024-05-28", True),
        ("jiam", "2024-05-29", "2024-05-29", False),
        ("specialized", "2024-07-01", "2024-06-30", True),
        ("specialized", "2024-07-01", "2024-07-01", False),
    ],
)
def test_t103_phase_ending_before_it_starts(root, phase, start, end, fires):
    path, found = run(
        root, "trainee", f"period: {{{phase}: {{start: {start}, end: {end}}}}}\n", "T103"
    )
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "period", phase, "end")]
    else:
        assert found == []


# --- T104: phases outside the stay, overlapping or out of order -----------------------------


@pytest.mark.parametrize(
    ("overlay", "fires", "at"),
    [
        # a phase starting before the arrival (2024-05-27)
        (
            "tokyo_orientation: {start: 2024-05-26, end: 2024-05-28}",
            True,
            ("tokyo_orientation", "start"),
        ),
        ("tokyo_orientation: {start: 2024-05-27, end: 2024-05-28}", False, None),
        # a phase ending after the departure (2025-03-19)
        ("specialized: {start: 2024-07-01, end: 2025-03-20}", True, ("specialized", "end")),
        ("specialized: {start: 2024-07-01, end: 2025-03-19}", False, None),
        # JIAM overlapping the orientation (ends 2024-05-28)
        ("jiam: {start: 2024-05-28, end: 2024-06-28}", True, ("jiam", "start")),
        ("jiam: {start: 2024-05-29, end: 2024-06-28}", False, None),
        # specialised training overlapping JIAM (ends 2024-06-28)
        ("specialized: {start: 2024-06-28, end: 2025-03-18}", True, ("specialized", "start")),
        ("specialized: {start: 2024-06-29, end: 2025-03-18}", False, None),
    ],
)
def test_t104_phase_outside_the_stay_or_overlapping(root, overlay, fires, at):
    path, found = run(root, "trainee", f"period: {{{overlay}}}\n", "T104")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "period", *at)]
    else:
        assert found == []


def test_t104_phases_out_of_order(root):
    overlay = (
        "period:\n"
        "  jiam: {start: 2024-07-01, end: 2024-07-31}\n"
        "  specialized: {start: 2024-06-01, end: 2025-03-18}\n"
    )
    _, found = run(root, "trainee", overlay, "T104")
    assert found, "specialised training before JIAM is out of order"


# --- T105: JIAM about one month (21-45 days) -------------------------------------------------


@pytest.mark.parametrize(
    ("end", "days", "fires"),
    [
        ("2024-06-17", 20, True),
        ("2024-06-18", 21, False),
        ("2024-07-12", 45, False),
        ("2024-07-13", 46, True),
    ],
)
def test_t105_jiam_length(root, end, days, fires):
    assert (date.fromisoformat(end) - date(2024, 5, 29)).days + 1 == days
    overlay = f"period: {{jiam: {{start: 2024-05-29, end: {end}}}}}\n"
    path, found = run(root, "trainee", overlay, "T105")
    if fires:
        assert [(d.line, d.column) for d in found] == [
            value_position(path, "period", "jiam", "end")
        ]
        assert found[0].severity == "warning"
        assert f"{days} days" in found[0].message
    else:
        assert found == []


# --- T106: specialised training 5 to 11 months -----------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "severity"),
    [
        # shorter than 5 months: a warning (a six-month stay leaves about 4 months 26 days)
        ("2024-07-01", "2024-11-29", "warning"),
        ("2024-07-01", "2024-11-30", None),
        # longer than 11 months: an error
        ("2024-07-01", "2025-05-31", None),
        ("2024-07-01", "2025-06-01", "error"),
        # month-end clamping: 2024-09-30 + 5 months = 2025-02-28, minus a day
        ("2024-09-30", "2025-02-26", "warning"),
        ("2024-09-30", "2025-02-27", None),
    ],
)
def test_t106_specialised_training_length(root, start, end, severity):
    overlay = f"period: {{departure: 2025-06-30, specialized: {{start: {start}, end: {end}}}}}\n"
    path, found = run(root, "trainee", overlay, "T106")
    if severity:
        assert [(d.line, d.column, d.severity) for d in found] == [
            (*value_position(path, "period", "specialized", "end"), severity)
        ]
    else:
        assert found == []


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


def test_t106_message_gives_the_length(root):
    overlay = "period: {specialized: {start: 2024-07-01, end: 2024-11-29}}\n"
    _, found = run(root, "trainee", overlay, "T106")
    assert "4 months 29 days" in found[0].message
    assert "2024-11-30" in found[0].message


def test_t106_short_training_allowed_when_withdrawn(root):
    overlay = (
        "status: withdrawn\nwithdrawal: {date: 2024-11-29, reason: family reasons}\n"
        "period: {specialized: {start: 2024-07-01, end: 2024-11-29}}\n"
    )
    _, found = run(root, "trainee", overlay, "T106")
    assert found == []


def test_t106_long_training_not_allowed_even_when_withdrawn(root):
    overlay = (
        "status: withdrawn\nwithdrawal: {date: 2025-06-01, reason: family reasons}\n"
        "period: {departure: 2025-06-30, specialized: {start: 2024-07-01, end: 2025-06-01}}\n"
    )
    _, found = run(root, "trainee", overlay, "T106")
    assert len(found) == 1


# --- T107: Tokyo orientation first ----------------------------------------------------------


def test_t107_no_orientation(root):
    path, found = run(root, "trainee", "period: {tokyo_orientation: null}\n", "T107")
    assert [(d.line, d.column) for d in found] == [value_position(path, "period")]
    assert found[0].severity == "warning"


@pytest.mark.parametrize(
    ("orientation_start", "fires"), [("2024-05-29", True), ("2024-05-28", False)]
)
def test_t107_orientation_not_before_jiam(root, orientation_start, fires):
    overlay = (
        f"period: {{tokyo_orientation: {{start: {orientation_start}, end: {orientation_start}}}}}\n"
    )
    path, found = run(root, "trainee", overlay, "T107")
    if fires:
        assert [(d.line, d.column) for d in found] == [
            value_position(path, "period", "tokyo_orientation", "start")
        ]
    else:
        assert found == []


# --- T110: employer an overseas local government --------------------------------------------


@pytest.mark.parametrize(
    ("employer", "fires_at"),
    [
        ("{type: other}", "type"),
        ("{type: local_government}", None),
        ("{type: local_government_agency}", None),
        ("{country: JP}", "country"),
        ("{country: PH}", None),
    ],
)
def test_t110_employer_eligible(root, employer, fires_at):
    path, found = run(root, "trainee", f"employer: {employer}\n", "T110")
    if fires_at:
        assert [(d.line, d.column) for d in found] == [value_position(path, "employer", fires_at)]
    else:
        assert found == []


# --- T111: English B2+ or Japanese N2+ --------------------------------------------------------


@pytest.mark.parametrize(
    ("languages", "fires"),
    [
        ("{english: B2}", False),
        ("{english: B1}", True),
        ("{english: C2}", False),
        ("{english: B1, japanese: N3}", True),
        ("{english: B1, japanese: N2}", False),
        ("{english: null, japanese: N1}", False),
        ("{english: null, japanese: N3}", True),
        # Japanese on CEFR: B2 counts as N2
        ("{english: null, japanese: B2}", False),
        ("{english: null, japanese: B1}", True),
    ],
)
def test_t111_language_level(root, languages, fires):
    path, found = run(root, "trainee", f"languages: {languages}\n", "T111")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "languages")]
    else:
        assert found == []


@pytest.mark.parametrize(("english", "fires"), [("B2", True), ("C1", False)])
def test_t111_follows_the_policy_level(root, english, fires):
    root.write("lgotp.yaml", "policy: {english_min: C1}\n")
    _, found = run(root, "trainee", f"languages: {{english: {english}}}\n", "T111")
    assert bool(found) is fires


# --- T112: leadership ------------------------------------------------------------------------


def test_t112_missing_leadership_at_the_record_start_not_s101(root):
    root.record("trainee", "leadership: null\n")
    found = root.validate(TODAY)
    assert [(d.line, d.column, d.code) for d in found] == [(1, 1, "T112")]


@pytest.mark.parametrize("blank", ["' '", "''"])
def test_t112_empty_leadership_at_its_value(root, blank):
    path, found = run(root, "trainee", f"leadership: {blank}\n", "T112")
    assert [(d.line, d.column) for d in found] == [value_position(path, "leadership")]


def test_t112_quiet_with_leadership(root):
    _, found = run(root, "trainee", "leadership: Leads the unit.\n", "T112")
    assert found == []


# --- T113: independent selection needs relationship and partner -----------------------------


@pytest.mark.parametrize(
    ("selection", "fires"),
    [
        ("{method: independent}", True),
        ("{method: independent, relationship: sister_city}", True),
        ("{method: independent, partner: Cebu City}", True),
        ("{method: independent, relationship: sister_city, partner: Cebu City}", False),
        ("{method: clair}", False),
    ],
)
def test_t113_independent_selection(root, selection, fires):
    path, found = run(root, "trainee", f"selection: {selection}\n", "T113")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "selection")]
    else:
        assert found == []


def test_t113_reports_a_missing_relationship_instead_of_s101(root):
    root.record("trainee", "selection: {method: independent}\n")
    assert root.codes(TODAY) == ["T113"]


# --- T114: host code ---------------------------------------------------------------------------


def test_t114_wrong_check_digit_names_the_right_code(root):
    assert check_digit("23202") == 5
    path, found = run(root, "trainee", "host: {code: '232026'}\n", "T114")
    assert [(d.line, d.column) for d in found] == [value_position(path, "host", "code")]
    assert "232025" in found[0].message


@pytest.mark.parametrize("code", ["232025", "011002", "130001", "141003"])
def test_t114_quiet_for_listed_codes(root, code):
    _, found = run(root, "trainee", f"host: {{code: '{code}'}}\n", "T114")
    assert found == []


def test_t114_right_check_digit_but_not_listed(root):
    assert check_digit("23299") == 8
    assert lookup("232998") is None
    path, found = run(root, "trainee", "host: {code: '232998'}\n", "T114")
    assert [(d.line, d.column) for d in found] == [value_position(path, "host", "code")]


# --- T115: host name ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fires"), [("豊田市", True), ("岡崎市", False), ("愛知県岡崎市", False)]
)
def test_t115_host_name(root, name, fires):
    path, found = run(root, "trainee", f"host: {{code: '232025', name: {name}}}\n", "T115")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "host", "name")]
        assert "岡崎市" in found[0].message
        assert found[0].severity == "warning"
    else:
        assert found == []


# --- T116: fiscal year of the arrival ---------------------------------------------------------


@pytest.mark.parametrize(
    ("arrival", "fiscal_year", "fires"),
    [
        ("2024-05-27", 2025, True),
        ("2024-05-27", 2024, False),
        ("2025-03-31", 2024, False),
        ("2025-04-01", 2024, True),
        ("2024-04-01", 2024, False),
        ("2024-03-31", 2024, True),
    ],
)
def test_t116_fiscal_year(root, arrival, fiscal_year, fires):
    overlay = f"fiscal_year: {fiscal_year}\nperiod: {{arrival: {arrival}}}\n"
    path, found = run(root, "trainee", overlay, "T116")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "fiscal_year")]
    else:
        assert found == []


# --- T117: withdrawal ---------------------------------------------------------------------------


def test_t117_withdrawn_without_withdrawal(root):
    root.record("trainee", "status: withdrawn\n")
    found = root.validate(TODAY)
    path = root.path / "trainees" / "EX-T.yaml"
    assert [(d.line, d.column, d.code) for d in found] == [
        (*value_position(path, "status"), "T117")
    ]


@pytest.mark.parametrize(
    ("withdrawal", "fires"),
    [
        ("{date: 2024-10-01}", True),
        ("{reason: family reasons}", True),
        ("{date: 2024-10-01, reason: family reasons}", False),
    ],
)
def test_t117_withdrawal_needs_date_and_reason(root, withdrawal, fires):
    path, found = run(root, "trainee", f"status: withdrawn\nwithdrawal: {withdrawal}\n", "T117")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "withdrawal")]
    else:
        assert found == []


@pytest.mark.parametrize(
    ("day", "fires"),
    [
        ("2024-05-26", True),
        ("2024-05-27", False),
        ("2025-03-19", False),
        ("2025-03-20", True),
    ],
)
def test_t117_withdrawal_inside_the_stay(root, day, fires):
    overlay = f"status: withdrawn\nwithdrawal: {{date: {day}, reason: family reasons}}\n"
    path, found = run(root, "trainee", overlay, "T117")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "withdrawal", "date")]
    else:
        assert found == []


# --- T118: status and dates as of today -----------------------------------------------------


@pytest.mark.parametrize(
    ("status", "today", "fires"),
    [
        ("planned", "2024-05-26", False),
        ("planned", "2024-05-27", True),
        ("in_training", "2024-05-26", True),
        ("in_training", "2024-05-27", False),
        ("in_training", "2025-03-19", False),
        ("in_training", "2025-03-20", True),
        ("completed", "2025-03-18", True),
        ("completed", "2025-03-19", False),
    ],
)
def test_t118_status_follows_the_dates(root, status, today, fires):
    path, found = run(
        root, "trainee", f"status: {status}\n", "T118", today=date.fromisoformat(today)
    )
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "status")]
        assert found[0].severity == "warning"
    else:
        assert found == []


@pytest.mark.parametrize(("today", "fires"), [("2024-09-30", True), ("2024-10-01", False)])
def test_t118_withdrawal_date_not_after_today(root, today, fires):
    overlay = "status: withdrawn\nwithdrawal: {date: 2024-10-01, reason: family reasons}\n"
    _, found = run(root, "trainee", overlay, "T118", today=date.fromisoformat(today))
    assert bool(found) is fires


# --- T119: costs ----------------------------------------------------------------------------------


def test_t119_costs_missing(root):
    root.record("trainee", "costs: null\n")
    found = root.validate(TODAY)
    assert [(d.line, d.column, d.code) for d in found] == [(1, 1, "T119")]
    assert found[0].severity == "warning"


def test_t119_quiet_with_costs(root):
    _, found = run(root, "trainee", "", "T119")
    assert found == []


@pytest.mark.parametrize(
    ("non_grant", "fires"),
    [
        ('{2024: ["232025"]}', False),
        ('{2025: ["232025"]}', True),
        ('{2024: ["232114"]}', True),
    ],
)
def test_t119_not_for_a_non_grant_body_of_the_arrival_year(root, non_grant, fires):
    root.write("lgotp.yaml", f"allocation_tax: {{non_grant_bodies: {non_grant}}}\n")
    _, found = run(root, "trainee", "costs: null\n", "T119")
    assert bool(found) is fires


@pytest.mark.parametrize(
    ("name", "fires"),
    [
        ("Okazaki City", False),
        ("okazaki city", False),
        ("愛知県岡崎市", False),
        ("Toyota City", True),
    ],
)
def test_t115_accepts_the_english_name(root, name, fires):
    _, found = run(root, "trainee", f"host: {{code: '232025', name: {name}}}\n", "T115")
    assert bool(found) == fires
