"""X rules (across records and files) and waivers: each fires and stays quiet at its boundary."""

from __future__ import annotations

import os
from datetime import date

import pytest
from support.rules import TODAY, of, run, value_position

# --- X301: the same id twice -----------------------------------------------------------------


def test_x301_same_id_in_two_kinds(root):
    first = root.record("trainee", "id: SAME-1\n")
    second = root.record("dispatch", "id: SAME-1\n")
    found = root.validate(TODAY, select=["X301"])
    assert [(d.file, d.line, d.column, d.code) for d in found] == [
        (second, *value_position(second, "id"), "X301")
    ]
    # both places: the diagnostic is at the second, its message names the first as the records
    # root names it (no machine's folders: the site publishes messages)
    assert f" {first.relative_to(root.path).as_posix()}:1;" in found[0].message
    assert str(root.path) not in found[0].message
    assert found[0].severity == "error"


def test_x301_same_id_in_one_list_file(root):
    record = (
        root.record("trainee").read_text(encoding="utf-8").replace("\n", "\n  ").rstrip() + "\n"
    )
    text = "- " + record + "- " + record
    path = root.write("trainees/two.yaml", text)
    (root.path / "trainees" / "EX-T.yaml").unlink()
    found = root.validate(TODAY, select=["X301"])
    assert [(d.line, d.column) for d in found] == [value_position(path, 1, "id")]
    assert " trainees/two.yaml:1;" in found[0].message


def test_x301_quiet_for_distinct_ids(root):
    root.record("trainee", "id: ONE\n")
    root.record("dispatch", "id: TWO\n")
    root.record("request", "id: THREE\n")
    assert root.validate(TODAY, select=["X301"]) == []


# --- X302: the same person in overlapping stays ---------------------------------------------


@pytest.mark.parametrize(("arrival", "fires"), [("2025-03-19", True), ("2025-03-20", False)])
def test_x302_overlapping_stays(root, arrival, fires):
    root.record("trainee")  # 2024-05-27 → 2025-03-19
    second = root.record(
        "trainee",
        f"id: EX-T2\nperiod: {{arrival: {arrival}, departure: 2025-12-31, "
        "tokyo_orientation: null, jiam: null, specialized: null}\n",
    )
    found = root.validate(TODAY, select=["X302"])
    if fires:
        assert [(d.file, d.line, d.column) for d in found] == [
            (second, *value_position(second, "period"))
        ]
        assert "EX-T" in found[0].message
        assert found[0].severity == "warning"
    else:
        assert found == []


@pytest.mark.parametrize(
    ("overlay", "fires"),
    [
        ("name: {family: SANTOS, given: maria}\n", True),
        ("nationality: VN\n", False),
        ("name: {family: Santos, given: Ana}\n", False),
        ("name: {family: Reyes, given: Maria}\n", False),
    ],
)
def test_x302_same_person_means_family_given_and_nationality(root, overlay, fires):
    root.record("trainee")
    root.record("trainee", "id: EX-T2\n" + overlay)
    assert bool(root.validate(TODAY, select=["X302"])) is fires


# --- X303: the same specialist on overlapping dispatches ---------------------------------------


@pytest.mark.parametrize(("departure", "fires"), [("2024-07-20", True), ("2024-07-21", False)])
def test_x303_overlapping_dispatches(root, departure, fires):
    root.record("dispatch")  # 2024-07-01 → 2024-07-20
    second = root.record(
        "dispatch", f"id: EX-D2\nperiod: {{departure: {departure}, return: 2024-08-05}}\n"
    )
    found = root.validate(TODAY, select=["X303"])
    if fires:
        assert [(d.file, d.line, d.column) for d in found] == [
            (second, *value_position(second, "specialist", "database_id"))
        ]
        assert "EX-D" in found[0].message
        assert found[0].severity == "error"
    else:
        assert found == []


@pytest.mark.parametrize(
    "overlay",
    ["status: cancelled\n", "specialist: {database_id: ICD-00999}\n"],
)
def test_x303_quiet_for_a_cancelled_dispatch_or_another_specialist(root, overlay):
    root.record("dispatch")
    root.record("dispatch", "id: EX-D2\n" + overlay)
    assert root.validate(TODAY, select=["X303"]) == []


# --- X304: a one-record file named after its id -------------------------------------------------


def test_x304_file_not_named_after_the_id(root):
    path = root.record("trainee", name="santos.yaml")
    found = root.validate(TODAY)
    assert [(d.line, d.column, d.code) for d in found] == [(*value_position(path, "id"), "X304")]
    assert "EX-T.yaml" in found[0].message
    assert found[0].severity == "warning"


@pytest.mark.parametrize("name", ["EX-T.yaml", "EX-T.yml"])
def test_x304_quiet_for_a_file_named_after_the_id(root, name):
    root.record("trainee", name=name)
    assert root.validate(TODAY, select=["X304"]) == []


def test_x304_not_for_a_list_file(root):
    text = root.record("trainee").read_text(encoding="utf-8")
    (root.path / "trainees" / "EX-T.yaml").unlink()
    one = text.replace("\n", "\n  ").rstrip() + "\n"
    two = one.replace("id: EX-T", "id: EX-T2").replace("family: Santos", "family: Reyes")
    root.write("trainees/2024.yaml", "- " + one + "- " + two)
    assert root.validate(TODAY) == []


# --- X305: referenced files ----------------------------------------------------------------------


def test_x305_quiet_for_an_existing_report(root):
    root.write("reports/trainees/EX-T.md", "# Report\n")
    _, found = run(root, "trainee", "report: reports/trainees/EX-T.md\n", "X305")
    assert found == []


@pytest.mark.parametrize("target", ["reports/trainees/missing.md", "reports/EX-T.md"])
def test_x305_missing_report(root, target):
    path, found = run(root, "trainee", f"report: {target}\n", "X305")
    assert [(d.line, d.column) for d in found] == [value_position(path, "report")]
    assert target in found[0].message


def test_x305_report_outside_the_root(root):
    (root.path.parent / "outside.md").write_text("# Outside\n", encoding="utf-8")
    path, found = run(root, "trainee", "report: ../outside.md\n", "X305")
    assert [(d.line, d.column) for d in found] == [value_position(path, "report")]
    assert "outside" in found[0].message


def test_x305_absolute_report_path(root):
    target = root.write("reports/EX-T.md", "# Report\n")
    path, found = run(root, "trainee", f"report: '{target}'\n", "X305")
    assert [(d.line, d.column) for d in found] == [value_position(path, "report")]
    assert "absolute" in found[0].message


def test_x305_report_link_leading_out(root):
    outside = root.path.parent / "secret.md"
    outside.write_text("# Secret\n", encoding="utf-8")
    (root.path / "reports").mkdir(exist_ok=True)
    os.symlink(outside, root.path / "reports" / "link.md")
    _, found = run(root, "trainee", "report: reports/link.md\n", "X305")
    assert len(found) == 1


def test_x305_missing_photo(root):
    root.write("reports/X305.md", "# Report\n\n![site](img/missing.png)\n")
    path, found = run(root, "dispatch", "report: {file: reports/X305.md}\n", "X305")
    assert [(d.line, d.column) for d in found] == [value_position(path, "report", "file")]
    assert "img/missing.png" in found[0].message


@pytest.mark.parametrize(
    "photo", ["img/EX-D.png", "https://example.org/photo.jpg"], ids=["local", "remote"]
)
def test_x305_quiet_for_an_existing_or_remote_photo(root, photo):
    root.write("reports/X305.md", f"# Report\n\n![site]({photo})\n")
    _, found = run(root, "dispatch", "report: {file: reports/X305.md}\n", "X305")
    assert found == []


# --- waivers and X306 -----------------------------------------------------------------------

WAIVE_D201 = "waivers: [{rule: D201, reason: agreed with CLAIR}]\n"
LONG_TRIP = "period: {departure: 2024-07-01, return: 2024-10-01}\n"


def test_a_waiver_silences_its_rule(root):
    root.record("dispatch", LONG_TRIP)
    assert "D201" in root.codes(TODAY)
    root.record("dispatch", LONG_TRIP + WAIVE_D201)
    codes = root.codes(TODAY)
    assert "D201" not in codes
    assert "X306" not in codes


def test_a_waiver_silences_only_its_own_record(root):
    root.record("dispatch", LONG_TRIP + WAIVE_D201)
    other = root.record(
        "dispatch",
        "id: EX-D2\nspecialist: {database_id: ICD-00999}\n"
        "period: {departure: 2024-11-01, return: 2025-02-02}\n",
    )
    found = root.validate(TODAY, select=["D201"])
    assert [d.file for d in found] == [other]


def test_a_waiver_silences_a_warning(root):
    root.record("trainee", "costs: null\nwaivers: [{rule: T119, reason: costs follow}]\n")
    assert root.validate(TODAY) == []


def test_a_waiver_silences_a_cross_record_rule(root):
    root.record("dispatch")
    root.record(
        "dispatch",
        "id: EX-D2\nperiod: {departure: 2024-07-20, return: 2024-08-05}\n"
        "waivers: [{rule: X303, reason: two half-day sessions}]\n",
    )
    assert root.codes(TODAY, select=["X"]) == []


def test_x306_waiver_for_a_rule_that_no_longer_fires(root):
    path = root.record("dispatch", WAIVE_D201)
    found = root.validate(TODAY)
    assert [(d.line, d.column, d.code) for d in found] == [
        (*value_position(path, "waivers", 0, "rule"), "X306")
    ]
    assert "D201" in found[0].message
    assert found[0].severity == "warning"


def test_x306_second_waiver_of_two(root):
    path = root.record(
        "dispatch",
        LONG_TRIP
        + "waivers: [{rule: D201, reason: agreed}, {rule: D207, reason: workplace pays}]\n",
    )
    found = root.validate(TODAY, select=["X306", "D201", "D207"])
    assert [(d.line, d.column, d.code) for d in found] == [
        (*value_position(path, "waivers", 1, "rule"), "X306")
    ]


@pytest.mark.parametrize("code", ["D299", "Z001", "T1O1"])
def test_x306_waiver_naming_an_unknown_rule(root, code):
    path = root.record("trainee", f"waivers: [{{rule: {code}, reason: because}}]\n")
    found = root.validate(TODAY)
    assert [(d.line, d.column, d.code) for d in found] == [
        (*value_position(path, "waivers", 0, "rule"), "X306")
    ]
    assert code in found[0].message


def test_x301_cannot_be_waived(root):
    root.record("trainee", "id: SAME-1\n")
    second = root.record(
        "dispatch", "id: SAME-1\nwaivers: [{rule: X301, reason: historical copy}]\n"
    )
    found = root.validate(TODAY, select=["X301", "X306"])
    assert [(d.line, d.column, d.code) for d in found] == [
        (*value_position(second, "id"), "X301"),
        (*value_position(second, "waivers", 0, "rule"), "X306"),
    ]


def test_an_s_rule_cannot_be_waived(root):
    root.record(
        "trainee", "nationality: Philippines\nwaivers: [{rule: S103, reason: it is fine}]\n"
    )
    assert "S103" in root.codes(TODAY)


def test_an_s101_cannot_be_waived(root):
    root.record("trainee", "field: null\nwaivers: [{rule: S101, reason: not known yet}]\n")
    assert "S101" in root.codes(TODAY)


def test_an_l_rule_cannot_be_waived(root):
    text = root.record("trainee").read_text(encoding="utf-8")
    text += "waivers:\n- rule: L003\n  reason: both are right\nstatus: completed\n"
    path = root.write("trainees/EX-T.yaml", text)
    found = root.validate(TODAY, select=["L003", "X306"])
    line = text.splitlines().index("status: completed", 2) + 1
    assert [(d.line, d.code) for d in of(found, "L003")] == [(line, "L003")]
    assert [(d.line, d.column) for d in of(found, "X306")] == [
        value_position(path, "waivers", 0, "rule")
    ]


def test_a_waiver_without_a_reason_is_an_error(root):
    root.record("dispatch", LONG_TRIP + "waivers: [{rule: D201}]\n")
    found = root.validate(TODAY)
    assert "S101" in [d.code for d in found]
    assert any("reason" in d.message for d in of(found, "S101"))


def test_a_waiver_for_a_rule_firing_later_is_not_stale_as_of_that_day(root):
    # D209 fires from 2024-08-20 on: the waiver is stale the day before
    overlay = "report: {submitted: null}\nwaivers: [{rule: D209, reason: report waived}]\n"
    root.record("dispatch", overlay)
    assert root.codes(date(2024, 8, 20)) == []
    assert root.codes(date(2024, 8, 19)) == ["X306"]
