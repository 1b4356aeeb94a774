"""R rules (host requests): each one fires and stays quiet at its boundary.

Records are the valid request of ``rules/examples.py`` (EX-R: FY2025, host 232025, participate,
independent selection with sister_city Cebu City, Forms 1 and 2 on 2024-10-02) with an overlay.
The built-in calendar has FY2025's Forms 1 and 2 due 2024-10-04 and Form 3 due 2024-11-01.
"""

from __future__ import annotations

import pytest
from support.rules import TODAY, check_digit, run, value_position

CONDITIONS = "conditions: {countries: [PH, VN], fields: [tourism], language: english, months: 10}\n"


def test_the_base_request_is_valid(root):
    root.record("request")
    assert root.validate(TODAY) == []


# --- R301: host code ---------------------------------------------------------------------------


def test_r301_wrong_check_digit_names_the_right_code(root):
    assert check_digit("23202") == 5
    path, found = run(root, "request", "host: {code: '232026'}\n", "R301")
    assert [(d.line, d.column) for d in found] == [value_position(path, "host", "code")]
    assert "232025" in found[0].message
    assert found[0].severity == "error"


def test_r301_right_check_digit_but_not_listed(root):
    assert check_digit("23299") == 8
    _, found = run(root, "request", "host: {code: '232998'}\n", "R301")
    assert len(found) == 1


@pytest.mark.parametrize("code", ["232025", "130001", "011002"])
def test_r301_quiet_for_listed_codes(root, code):
    _, found = run(root, "request", f"host: {{code: '{code}'}}\n", "R301")
    assert found == []


# --- R302: Form 3 conditions -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("intention", "method", "fires"),
    [
        # Form 3 is for hosts that answered considering or method_undecided, and only them
        ("considering", "independent", True),
        ("method_undecided", "undecided", True),
        ("considering", "clair", True),
        ("participate", "clair", False),
        ("participate", "independent", False),
        ("participate", "undecided", False),
    ],
)
def test_r302_conditions_missing(root, intention, method, fires):
    overlay = f"intention: {intention}\nselection: {{method: {method}}}\n"
    _, found = run(root, "request", overlay, "R302")
    if fires:
        assert [(d.line, d.column) for d in found] == [(1, 1)]
    else:
        assert found == []


@pytest.mark.parametrize(
    ("intention", "method"),
    [("participate", "clair"), ("considering", "independent"), ("method_undecided", "undecided")],
)
def test_r302_quiet_with_conditions(root, intention, method):
    overlay = f"intention: {intention}\nselection: {{method: {method}}}\n" + CONDITIONS
    _, found = run(root, "request", overlay, "R302")
    assert found == []


def test_r302_reports_missing_conditions_instead_of_s101(root):
    root.record(
        "request",
        "intention: considering\nselection: {method: clair, relationship: null, partner: null}\n",
    )
    assert root.codes(TODAY) == ["R302"]


def test_r302_quiet_for_clair_selection_of_a_participating_host(root):
    """The survey asks Form 3 only of 参加検討 and 選考方法未定 (not of CLAIR's selection)."""
    root.record(
        "request",
        "intention: participate\nselection: {method: clair, relationship: null, partner: null}\n",
    )
    assert root.codes(TODAY) == []


def test_r302_not_for_a_host_not_participating(root):
    _, found = run(root, "request", "intention: not_participating\nselection: null\n", "R302")
    assert found == []


# --- R303: independent selection needs relationship and partner -----------------------------


@pytest.mark.parametrize(
    ("selection", "fires"),
    [
        ("{method: independent, partner: null}", True),
        ("{method: independent, relationship: null}", True),
        ("{method: independent, relationship: null, partner: null}", True),
        ("{method: independent, relationship: friendship, partner: Hue City}", False),
        ("{method: clair, relationship: null, partner: null}", False),
        ("{method: undecided, relationship: null, partner: null}", False),
    ],
)
def test_r303_independent_selection(root, selection, fires):
    path, found = run(root, "request", f"selection: {selection}\n", "R303")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "selection")]
    else:
        assert found == []


# --- R304: forms after their deadline -------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "day", "fires"),
    [
        ("form1", "2024-10-04", False),
        ("form1", "2024-10-05", True),
        ("form2", "2024-10-04", False),
        ("form2", "2024-10-05", True),
        ("form3", "2024-11-01", False),
        ("form3", "2024-11-02", True),
    ],
)
def test_r304_built_in_calendar(root, form, day, fires):
    path, found = run(root, "request", f"submitted: {{{form}: {day}}}\n" + CONDITIONS, "R304")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "submitted", form)]
        assert found[0].severity == "warning"
        assert "1 day" in found[0].message
    else:
        assert found == []


CALENDAR_2026 = """\
calendar:
  2026:
    - {date: 2025-10-03, event: Form 1 and Form 2 due}
    - {date: 2025-10-31, event: Form 3 due}
"""


@pytest.mark.parametrize(
    ("form", "day", "fires"),
    [
        ("form1", "2025-10-03", False),
        ("form1", "2025-10-04", True),
        ("form2", "2025-10-03", False),
        ("form2", "2025-10-04", True),
        ("form3", "2025-10-31", False),
        ("form3", "2025-11-01", True),
    ],
)
def test_r304_calendar_from_lgotp_yaml(root, form, day, fires):
    root.write("lgotp.yaml", CALENDAR_2026)
    submitted = {"form1": "2025-10-01", "form2": "2025-10-01", form: day}
    forms = ", ".join(f"{key}: {value}" for key, value in submitted.items())
    overlay = f"fiscal_year: 2026\nsubmitted: {{{forms}}}\n"
    path, found = run(root, "request", overlay + CONDITIONS, "R304")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "submitted", form)]
    else:
        assert found == []


@pytest.mark.parametrize(("day", "fires"), [("2025-09-30", False), ("2025-10-01", True)])
def test_r304_event_naming_its_forms(root, day, fires):
    root.write(
        "lgotp.yaml",
        "calendar:\n  2026:\n    - {date: 2025-09-30, event: Survey closes, forms: [form1]}\n",
    )
    overlay = f"fiscal_year: 2026\nsubmitted: {{form1: {day}, form2: {day}}}\n"
    path, found = run(root, "request", overlay, "R304")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "submitted", "form1")]
    else:
        assert found == []


def test_r304_quiet_for_a_year_without_a_calendar(root):
    overlay = "fiscal_year: 2030\nsubmitted: {form1: 2029-12-31, form2: 2029-12-31}\n"
    _, found = run(root, "request", overlay, "R304")
    assert found == []


# --- R305: one request per host and fiscal year -----------------------------------------------


def test_r305_second_request_for_the_same_host_and_year(root):
    root.record("request")
    second = root.record("request", "id: EX-R2\n")
    found = root.validate(TODAY, select=["R305"])
    assert [(d.file, d.line, d.column, d.record) for d in found] == [
        (second, *value_position(second, "host", "code"), "EX-R2")
    ]
    assert "EX-R" in found[0].message
    assert "EX-R.yaml:1" in found[0].message
    assert found[0].severity == "error"


@pytest.mark.parametrize(
    "overlay",
    [
        "id: EX-R2\nfiscal_year: 2026\n",
        "id: EX-R2\nhost: {code: '130001'}\n",
    ],
)
def test_r305_quiet_for_another_year_or_host(root, overlay):
    root.record("request")
    root.record("request", overlay)
    assert root.validate(TODAY, select=["R305"]) == []
