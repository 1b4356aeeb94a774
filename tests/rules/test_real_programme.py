"""What real records of the programme hold: LGOTP's own fields, dispatches to India, retired
specialists and former host codes declared in ``lgotp.yaml`` ``host_codes``.

Former codes are real ones: 静岡市 was 222011 until it became a designated city on 2005-04-01
(221007 since), 浜松市 222020 until 2007-04-01 (221309 since), and 清水市 (222046) merged into
静岡市 on 2003-04-01.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from support.rules import TODAY, key_position, run, value_position
from support.run import run_lgotp

from lgotp_cli.config import load_config
from lgotp_cli.errors import ConfigError
from lgotp_cli.reference import codes
from lgotp_cli.reference.fields import DISPATCH_FIELD_KEYS, FIELD_KEYS, field_label

HOST_CODES = """\
host_codes:
  - {code: "222046", name: 清水市, name_en: Shimizu City, type: municipality,
     valid_to: 2003-03-31, successor: "222011"}
  - {code: "222011", name: 静岡市, name_en: Shizuoka City, type: municipality,
     valid_from: 2003-04-01, valid_to: 2005-03-31, successor: "221007"}
  - {code: "222020", name: 浜松市, type: municipality, valid_to: 2007-03-31,
     successor: "221309"}
"""


def trainee_in(arrival: str, code: str = "222011", *, name: str = "", departure: str = "") -> str:
    """A trainee hosted by ``code`` arriving on ``arrival`` (the phases do not matter here)."""
    host_name = f", name: {name}" if name else ""
    leaves = f", departure: {departure}" if departure else ""
    return f'host: {{code: "{code}"{host_name}}}\nperiod: {{arrival: {arrival}{leaves}}}\n'


# --- LGOTP's own fields ----------------------------------------------------------------------


LGOTP_FIELDS = ["general_administration", "economy", "multicultural_coexistence"]


def test_the_field_lists():
    assert len(DISPATCH_FIELD_KEYS) == 32
    assert set(FIELD_KEYS) - set(DISPATCH_FIELD_KEYS) == set(LGOTP_FIELDS)
    assert FIELD_KEYS[-1] == "other"
    labels = {key: (field_label(key, "en"), field_label(key, "ja")) for key in LGOTP_FIELDS}
    assert labels == {
        "general_administration": ("General administration", "一般行政"),
        "economy": ("Economy", "経済"),
        "multicultural_coexistence": ("Multicultural coexistence", "多文化共生"),
    }


@pytest.mark.parametrize("field", LGOTP_FIELDS)
def test_lgotp_fields_are_fine_for_a_trainee_and_a_request(root, field):
    root.record("trainee", f"field: {field}\n")
    root.record(
        "request",
        "intention: considering\n"
        f"conditions: {{countries: [CN], fields: [{field}], language: either, months: 10}}\n",
    )
    assert root.codes(TODAY) == []


@pytest.mark.parametrize("field", LGOTP_FIELDS)
def test_lgotp_fields_are_s103_for_a_dispatch(root, field):
    path, found = run(root, "dispatch", f"field: {field}\n", "S103")
    assert [(d.line, d.column) for d in found] == [value_position(path, "field")]
    assert "field of LGOTP trainees" in found[0].message
    assert "32" in found[0].message


def test_a_dispatch_field_stays_quiet(root):
    _, found = run(root, "dispatch", "field: waste_disposal\n", "S103")
    assert found == []


# --- India -----------------------------------------------------------------------------------


def test_a_dispatch_to_india_is_in_the_programme(root):
    """FY2016 Porbandar (solid waste) and FY2017 Jalgaon (water and sewage)."""
    root.record(
        "dispatch",
        "request: {country: IN, local_government: Jalgaon Municipal Corporation}\n",
    )
    assert root.codes(TODAY) == []
    assert "IN" in load_config(root.path).policy.dispatch_countries


# --- Retired specialists ---------------------------------------------------------------------


def retired(employer: str = "null", arrangement: str = "null", workplace: str = "null") -> str:
    """A retired specialist: by default no employer, arrangement or workplace share."""
    return (
        f"specialist: {{retired: true, employer: {employer}, arrangement: {arrangement}}}\n"
        f"costs: {{workplace: {workplace}}}\n"
    )


RETIRED = retired()


def test_a_retired_specialist_needs_no_employer_arrangement_or_workplace(root):
    root.record("dispatch", RETIRED)
    assert root.codes(TODAY) == []


def test_a_retired_specialist_may_name_the_former_employer(root):
    root.record("dispatch", retired(employer='{code: "272035"}'))
    assert root.codes(TODAY) == []


@pytest.mark.parametrize(
    ("overlay", "keys"),
    [
        (
            "specialist: {retired: true, employer: null, arrangement: business_trip}\n"
            "costs: {workplace: null}\n",
            ("specialist", "arrangement"),
        ),
        (
            "specialist: {retired: true, employer: null, arrangement: null}\n"
            "costs: {workplace: 0}\n",
            ("costs", "workplace"),
        ),
    ],
)
def test_what_does_not_apply_to_a_retired_specialist_is_s103(root, overlay, keys):
    path, found = run(root, "dispatch", overlay, "S103")
    assert [(d.line, d.column) for d in found] == [value_position(path, *keys)]
    assert "retired" in found[0].message


@pytest.mark.parametrize("value", ["yes", "1", "retired", "[true]"])
def test_retired_that_is_not_a_boolean_is_s103(root, value):
    path, found = run(root, "dispatch", f"specialist: {{retired: {value}}}\n", "S103")
    assert [(d.line, d.column) for d in found] == [value_position(path, "specialist", "retired")]


@pytest.mark.parametrize("value", ["true", "True", "TRUE"])
def test_retired_takes_true_in_any_case(root, value):
    root.record("dispatch", RETIRED.replace("retired: true", f"retired: {value}"))
    assert root.codes(TODAY) == []


@pytest.mark.parametrize("value", ["false", "False", "FALSE"])
def test_retired_takes_false_in_any_case(root, value):
    root.record("dispatch", f"specialist: {{retired: {value}}}\n")
    assert root.codes(TODAY) == []


@pytest.mark.parametrize("key", ["employer", "arrangement"])
def test_a_serving_specialist_still_needs_employer_and_arrangement(root, key):
    path, found = run(root, "dispatch", f"specialist: {{retired: false, {key}: null}}\n", "S101")
    # The key is not in the file: at the key that would hold it.
    assert [(d.line, d.column) for d in found] == [key_position(path, "specialist")]
    assert f"specialist.{key}" in found[0].message


def test_a_serving_specialist_still_needs_the_workplace_share(root):
    _, found = run(root, "dispatch", "costs: {workplace: null}\n", "S101")
    assert len(found) == 1 and "costs.workplace" in found[0].message


# --- Former host codes: T114, R301, D212 within their dates ------------------------------------


@pytest.mark.parametrize(
    ("arrival", "fires"),
    [
        ("2003-03-31", True),  # FY2002: the day before 222011's first fiscal year
        ("2003-04-01", False),  # FY2003: its first day
        ("2005-03-31", False),  # FY2004: its last fiscal year
        ("2005-04-01", True),  # FY2005: it had become 221007
    ],
)
def test_t114_a_declared_former_code_within_its_dates(root, arrival, fires):
    root.write("lgotp.yaml", HOST_CODES)
    path, found = run(root, "trainee", trainee_in(arrival), "T114")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "host", "code")]
        assert "222011" in found[0].message and "静岡市" in found[0].message
    else:
        assert found == []


def test_t114_an_undeclared_unlisted_code_says_to_declare_it(root):
    _, found = run(root, "trainee", trainee_in("2004-05-27"), "T114")
    assert "host_codes" in found[0].message


def test_t115_a_former_code_has_its_former_name(root):
    root.write("lgotp.yaml", HOST_CODES)
    _, quiet = run(root, "trainee", trainee_in("2004-05-27", name="静岡市"), "T115")
    assert quiet == []
    _, found = run(root, "trainee", trainee_in("2004-05-27", name="清水市"), "T115")
    assert len(found) == 1 and "静岡市" in found[0].message


@pytest.mark.parametrize(("fiscal_year", "fires"), [(2006, False), (2007, True)])
def test_r301_a_declared_former_code_within_its_dates(root, fiscal_year, fires):
    root.write("lgotp.yaml", HOST_CODES)
    overlay = f'fiscal_year: {fiscal_year}\nhost: {{code: "222020"}}\n'
    _, found = run(root, "request", overlay, "R301")
    assert bool(found) is fires


@pytest.mark.parametrize(("departure", "fires"), [("2005-03-20", False), ("2005-04-01", True)])
def test_d212_a_declared_former_code_within_its_dates(root, departure, fires):
    root.write("lgotp.yaml", HOST_CODES)
    overlay = (
        'specialist: {employer: {code: "222011"}}\n'
        f"period: {{departure: {departure}, return: 2005-04-20}}\n"
        "request: {date: 2005-03-01}\n"
    )
    _, found = run(root, "dispatch", overlay, "D212")
    assert bool(found) is fires


def test_d212_a_retired_specialists_former_employer_may_be_a_former_code(root):
    root.write("lgotp.yaml", HOST_CODES)
    overlay = retired(employer='{code: "222046"}')
    _, found = run(root, "dispatch", overlay, "D212")
    assert found == []


def test_a_former_code_has_its_declared_type_and_name():
    from lgotp_cli.reference.host_names import display_name

    entry = codes.FormerCode(
        "222011", "静岡市", codes.HostType.MUNICIPALITY, None, date(2005, 3, 31), "221007"
    )
    with codes.former_codes([entry]):
        assert codes.host_type("222011", 2004) is codes.HostType.MUNICIPALITY
        assert codes.describe_code_problem("222011", 2004) is None
        assert codes.describe_code_problem("222011", 2005) is not None
        assert display_name("222011", None, "ja", 2004) == "静岡市"
        assert display_name("222011", None, "en", 2004) == "静岡市"  # no name_en declared
    with codes.former_codes([]):
        assert codes.describe_code_problem("222011", 2004) is not None


# --- host_codes that cannot be trusted: L007 ---------------------------------------------------


@pytest.mark.parametrize(
    ("entries", "bad_key", "words"),
    [
        ('- {code: "222012", name: 静岡市, type: municipality}', "code", "check digit"),
        (
            '- {code: "222011", name: 静岡市, type: municipality, successor: "999997"}',
            "successor",
            "does not exist",
        ),
        ('- {code: "222011", name: 静岡市, type: prefecture}', "type", "prefecture"),
        (
            '- {code: "222011", name: 静岡市, type: municipality, valid_from: 2005-04-01,'
            " valid_to: 2005-03-31}",
            "valid_to",
            "before",
        ),
        (
            '- {code: "222011", name: 静岡市, type: municipality, retired: yes}',
            "retired",
            "unknown",
        ),
    ],
)
def test_l007_bad_host_codes(root, entries, bad_key, words):
    path = root.write("lgotp.yaml", f"host_codes:\n  {entries}\n")
    with pytest.raises(ConfigError) as stop:
        load_config(root.path)
    problem = stop.value.problems[0].problem
    expected = (
        key_position(path, "host_codes", 0, bad_key)
        if bad_key == "retired"
        else value_position(path, "host_codes", 0, bad_key)
    )
    assert (problem.line, problem.column) == expected
    assert words in problem.message


def test_l007_overlapping_validity_for_one_code(root):
    path = root.write(
        "lgotp.yaml",
        "host_codes:\n"
        '  - {code: "222011", name: 静岡市, type: municipality, valid_to: 2005-03-31}\n'
        '  - {code: "222011", name: 静岡市, type: municipality, valid_from: 2005-03-31}\n',
    )
    with pytest.raises(ConfigError) as stop:
        load_config(root.path)
    problem = stop.value.problems[0].problem
    assert (problem.line, problem.column) == value_position(path, "host_codes", 1, "code")
    assert "twice" in problem.message


def test_consecutive_validity_for_one_code_is_fine(root):
    root.write(
        "lgotp.yaml",
        "host_codes:\n"
        '  - {code: "222011", name: 静岡市, type: municipality, valid_to: 2003-03-31}\n'
        '  - {code: "222011", name: 静岡市, type: municipality, valid_from: 2003-04-01,'
        " valid_to: 2005-03-31}\n",
    )
    assert len(load_config(root.path).host_codes) == 2


def test_l007_from_the_command_exits_2_with_the_line(root, tmp_path):
    root.write(
        "lgotp.yaml", 'host_codes:\n  - {code: "222012", name: 静岡市, type: municipality}\n'
    )
    run = run_lgotp(
        ["--records", str(root.path), "--today", "2025-06-01", "validate"], cwd=tmp_path
    )
    assert run.returncode == 2
    assert "lgotp.yaml:2:12: error L007" in run.stdout and "check digit" in run.stdout
    assert "Traceback" not in run.stderr


# --- Former names in reports -----------------------------------------------------------------


def test_reports_name_a_former_host_as_it_was(root, tmp_path):
    root.write("lgotp.yaml", HOST_CODES + "allocation_tax: {2004: " + RATES + "}\n")
    root.record("trainee", trainee_in("2004-05-27", departure="2005-03-19"))

    def report(*arguments: str) -> list[dict]:
        run = run_lgotp(
            ["--records", str(root.path), "--today", "2025-06-01", *arguments, "-f", "json"],
            cwd=tmp_path,
        )
        assert run.returncode == 0, run.stderr
        return json.loads(run.stdout)

    listed = report("list", "--fiscal-year", "2004", "--lang", "ja")
    assert [(row["host_code"], row["host_name"]) for row in listed] == [("222011", "静岡市")]
    english = report("list", "--fiscal-year", "2004", "--lang", "en")
    assert english[0]["host_name"] == "Shizuoka City"
    costs = report("costs", "--fiscal-year", "2004", "--lang", "ja")
    host_row = next(row for row in costs if row["host_code"] == "222011")
    assert (host_row["host_name"], host_row["host_type"], host_row["tax_kind"]) == (
        "静岡市",
        "municipality",
        "special",
    )
    hosts = report("stats", "hosts", "--lang", "ja")
    assert any(row.get("host_name") == "静岡市" for row in hosts)


RATES = (
    "{prefecture_per_entity: 5700000, municipality_base: 5700000,"
    " municipality_base_short: 5000000, municipality_ratio: 0.5, short_months: 10}"
)


def test_a_declaration_of_a_listed_code_wins_within_its_dates(root):
    """浜松市's present code declared as a municipality of another name for FY2005 only: the
    declaration decides that year, MIC's list every other year."""
    from lgotp_cli.reference.host_names import display_name

    entry = codes.FormerCode(
        "221309", "浜松市（旧）", codes.HostType.MUNICIPALITY, date(2005, 4, 1), date(2006, 3, 31)
    )
    with codes.former_codes([entry]):
        assert codes.host_type("221309", 2005) is codes.HostType.MUNICIPALITY
        assert display_name("221309", None, "ja", 2005) == "浜松市（旧）"
        assert codes.host_type("221309", 2007) is codes.HostType.DESIGNATED_CITY
        assert display_name("221309", None, "ja", 2007) == "浜松市"
        assert display_name("221309", None, "ja") == "浜松市"
