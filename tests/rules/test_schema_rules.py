"""S rules (a record against its kind's schema), with the YAML 1.1 traps of RECORDS.md.

These records are written by hand, unquoted as people write them, so that what YAML 1.1 would
guess (``NO`` → False, ``011002`` → octal, ``1e3`` → 1000.0, ``yes`` → True) is put to the test.
"""

from __future__ import annotations

from datetime import date

import pytest
from support.records import HAND_WRITTEN_TRAINEE, record_text
from support.rules import TODAY, of, text_position, value_position

from lgotp_cli.source.records import load_records

TRAINEE = HAND_WRITTEN_TRAINEE


def write(root, text: str, name: str = "EX-T.yaml", folder: str = "trainees"):
    return root.write(f"{folder}/{name}", text)


def changed(old: str, new: str, text: str = TRAINEE) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def model_of(root):
    loaded = load_records(root.path)
    assert len(loaded.records) == 1
    return loaded.records[0].model


def test_the_hand_written_trainee_is_valid(root):
    write(root, TRAINEE)
    assert root.validate(TODAY) == []


# --- values are read from the text as written -------------------------------------------------


def test_nationality_no_is_norway(root):
    write(root, changed("nationality: PH", "nationality: NO"))
    assert root.validate(TODAY) == []
    assert model_of(root).nationality == "NO"


@pytest.mark.parametrize("written", ["011002", "'011002'", '"011002"'])
def test_code_keeps_its_leading_zero(root, written):
    # 011002 is Sapporo: six digits with the right check digit, in MIC's list
    write(root, changed('host: {code: "232025"}', f"host: {{code: {written}}}"))
    assert root.validate(TODAY) == []
    assert model_of(root).host.code == "011002"


def test_id_1e3_is_text(root):
    write(root, changed("id: EX-T", "id: 1e3"), name="1e3.yaml")
    assert root.validate(TODAY) == []
    assert model_of(root).id == "1e3"


def test_a_time_in_text_stays_as_written(root):
    write(root, TRAINEE + "notes: 12:30\n")
    assert root.validate(TODAY) == []
    assert model_of(root).notes == "12:30"


@pytest.mark.parametrize(
    "text",
    [
        changed("arrival: 2024-05-27", "arrival: '2024-05-27'"),
        changed("airfare: 180000", 'airfare: "180000"'),
        TRAINEE + "fiscal_year: '2024'\n",
        TRAINEE + "fiscal_year: 2024\n",
    ],
    ids=["quoted date", "quoted money", "quoted year", "unquoted year"],
)
def test_quoted_and_unquoted_values_are_the_same(root, text):
    write(root, text)
    assert root.validate(TODAY) == []


def test_dates_and_money_as_read(root):
    write(root, TRAINEE)
    model = model_of(root)
    assert model.period.arrival == date(2024, 5, 27)
    assert model.costs.airfare == 180000


# --- S103: wrong type or form ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "value", "hint"),
    [
        ("languages: {english: B2}", "languages: {english: yes}", "yes", "B2"),
        ("arrival: 2024-05-27", "arrival: 2024-4-1", "2024-4-1", "YYYY-MM-DD"),
        ("arrival: 2024-05-27", "arrival: 2024-5-27", "2024-5-27", "YYYY-MM-DD"),
        ("arrival: 2024-05-27", "arrival: 2024/05/27", "2024/05/27", "YYYY-MM-DD"),
        ("departure: 2025-03-19", "departure: 2025-02-29", "2025-02-29", "2025-02-29"),
        ("airfare: 180000", "airfare: ¥1,200,000", "¥1,200,000", "1200000"),
        ("airfare: 180000", 'airfare: "1,200,000"', '"1,200,000"', "whole number"),
        ("airfare: 180000", "airfare: 1200000.5", "1200000.5", "whole number"),
        ("airfare: 180000", "airfare: -1", "-1", "whole number"),
        ("nationality: PH", "nationality: ph", "ph", "PH"),
        ("nationality: PH", "nationality: XX", "XX", "ISO 3166"),
        ("nationality: PH", "nationality: Philippines", "Philippines", "ISO 3166"),
        ('host: {code: "232025"}', 'host: {code: "23202"}', '"23202"', "six digits"),
        ("status: completed", "status: complete", "complete", "did you mean 'completed'"),
        ("field: tourism", "field: turism", "turism", "did you mean 'tourism'"),
        ("selection: {method: clair}", "selection: {method: CLAIR}", "CLAIR", "clair"),
        ("id: EX-T", "id: EX T", "EX T", "letters, digits"),
    ],
)
def test_s103_wrong_type_or_form(root, old, new, value, hint):
    text = changed(old, new)
    write(root, text)
    found = root.validate(TODAY)
    s103 = of(found, "S103")
    line, column = text_position(text, new[: new.index(value)], after=True)
    assert [(d.line, d.column) for d in s103] == [(line, column)]
    assert hint in s103[0].message
    assert s103[0].severity == "error"
    assert s103[0].record == ("EX T" if old == "id: EX-T" else "EX-T")


def test_s103_leap_day_that_exists_is_fine(root):
    write(root, changed("arrival: 2024-05-27", "arrival: 2024-02-29"))
    assert of(root.validate(TODAY), "S103") == []


def test_s103_yes_is_not_a_level_in_japanese_either(root):
    text = changed("languages: {english: B2}", "languages: {english: B2, japanese: no}")
    write(root, text)
    assert [(d.line, d.column, d.code) for d in root.validate(TODAY)] == [
        (*text_position(text, "japanese: "), "S103")
    ]


def test_s103_list_where_a_mapping_belongs(root):
    text = changed('host: {code: "232025"}', "host: [232025]")
    write(root, text)
    found = of(root.validate(TODAY), "S103")
    assert [(d.line, d.column) for d in found] == [text_position(text, "host: ")]


# --- S102: unknown key ----------------------------------------------------------------------------


def test_s102_unknown_key_suggests_the_closest(root):
    text = changed("  arrival: 2024-05-27", "  arival: 2024-05-27")
    write(root, text)
    found = of(root.validate(TODAY), "S102")
    assert [(d.line, d.column) for d in found] == [text_position(text, "arival", after=False)]
    assert "did you mean 'arrival'" in found[0].message


@pytest.mark.parametrize(
    ("added", "said"),
    [
        pytest.param("nationalty: PH\n", "did you mean 'nationality'", id="close to a key"),
        # without a close one, the message lists the keys
        pytest.param("colour: blue\n", "nationality", id="close to none"),
    ],
)
def test_s102_unknown_top_level_key(root, added, said):
    write(root, TRAINEE + added)
    found = of(root.validate(TODAY), "S102")
    assert [(d.line, d.column) for d in found] == [(24, 1)]
    assert said in found[0].message


def test_s102_unknown_key_in_a_list_of_mappings(root):
    text = TRAINEE.replace("costs:\n", "waivers: [{rule: T119, reasn: costs follow}]\ncosts:\n")
    write(root, text)
    found = of(root.validate(TODAY), "S102")
    assert [(d.line, d.column) for d in found] == [text_position(text, "reasn", after=False)]
    assert "did you mean 'reason'" in found[0].message


def test_s102_quiet_for_known_optional_keys(root):
    text = TRAINEE + (
        "fiscal_year: 2024\nnotes: text\nkind: trainee\n"
        "waivers: [{rule: T119, reason: r, approved_by: CLAIR, date: 2024-05-01}]\n"
    )
    write(root, text)
    assert of(root.validate(TODAY), "S102") == []


# --- S101: missing key ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "missing", ["nationality: PH\n", "field: tourism\n", "status: completed\n"]
)
def test_s101_missing_key_at_the_record_first_line(root, missing):
    text = changed(missing, "")
    write(root, text)
    found = root.validate(TODAY)
    assert [(d.line, d.column, d.code) for d in found] == [(1, 1, "S101")]
    assert missing.split(":")[0].strip() in found[0].message


@pytest.mark.parametrize(
    ("missing", "holder"),
    [
        ("  departure: 2025-03-19\n", "period:"),
        ("  jiam: {start: 2024-05-29, end: 2024-06-28}", "  jiam: {start: 2024-05-29"),
        ("  other: 0\n", "costs:"),
    ],
    ids=["period.departure", "period.jiam.end", "costs.other"],
)
def test_s101_missing_nested_key_at_the_key_that_holds_it(root, missing, holder):
    replaced = "  jiam: {start: 2024-05-29}" if "jiam" in missing else ""
    text = changed(missing, replaced)
    write(root, text)
    found = root.validate(TODAY)
    assert [(d.line, d.column, d.code) for d in found] == [
        (*text_position(text, holder.strip(), after=False), "S101")
    ]


def test_s101_missing_key_of_a_list_item_at_the_item(root):
    text = TRAINEE + "waivers:\n  - rule: T119\n    approved_by: CLAIR\n"
    write(root, text)
    found = root.validate(TODAY)
    assert [(d.line, d.column, d.code) for d in found] == [
        (*text_position(text, "rule: T119", after=False), "S101")
    ]
    assert "waivers[0].reason" in found[0].message


def test_s101_in_a_list_file_at_that_record_first_line(root):
    first = "- " + TRAINEE.replace("\n", "\n  ").rstrip() + "\n"
    second = (
        "- "
        + TRAINEE.replace("id: EX-T", "id: EX-T2")
        .replace("family: Santos", "family: Reyes")
        .replace("nationality: PH\n", "")
        .replace("\n", "\n  ")
        .rstrip()
        + "\n"
    )
    text = first + second
    write(root, text, name="2024.yaml")
    found = root.validate(TODAY)
    assert [(d.line, d.column, d.code, d.record) for d in found] == [
        (*text_position(text, "- id: EX-T2", after=False)[:1], 3, "S101", "EX-T2")
    ]


def test_s101_key_given_without_a_value(root):
    text = changed("nationality: PH", "nationality:")
    write(root, text)
    found = root.validate(TODAY)
    assert [(d.line, d.code) for d in found] == [(4, "S101")]


def test_s101_optional_keys_may_be_left_out(root):
    text = changed("  tokyo_orientation: {start: 2024-05-27, end: 2024-05-28}\n", "")
    write(root, text)
    assert of(root.validate(TODAY), "S101") == []


def test_s101_for_a_dispatch_without_costs_unless_planned(root):
    dispatch = record_text("dispatch", "costs: null\n")
    root.write("reports/EX-D.md", "# Report\n")
    write(root, dispatch, name="EX-D.yaml", folder="dispatches")
    assert [(d.line, d.column) for d in of(root.validate(TODAY), "S101")] == [(1, 1)]
    write(root, dispatch.replace("status: completed", "status: planned"), "EX-D.yaml", "dispatches")
    assert of(root.validate(date(2024, 6, 1)), "S101") == []


# A key a trainee, dispatch or request rule needs: that rule, alone, in place of S101.


@pytest.mark.parametrize(
    ("kind", "overlay", "code", "at", "severity"),
    [
        ("trainee", "leadership: null\n", "T112", (), None),
        ("trainee", "selection: {method: independent}\n", "T113", ("selection",), None),
        ("trainee", "status: withdrawn\n", "T117", ("status",), None),
        ("trainee", "costs: null\n", "T119", (), "warning"),
        ("dispatch", "specialist: {database_id: null}\n", "D204", (), None),
        ("dispatch", "request: null\n", "D206", (), None),
        (
            "request",
            "intention: considering\nselection: {method: clair, relationship: null, partner: null}\n",
            "R302",
            (),
            None,
        ),
        # Form 3 is asked only of 参加検討 and 選考方法未定 (not of CLAIR's selection)
        (
            "request",
            "intention: participate\nselection: {method: clair, relationship: null, partner: null}\n",
            None,
            None,
            None,
        ),
    ],
)
def test_what_a_rule_needs_missing_is_that_rule_alone_not_s101(
    root, kind, overlay, code, at, severity
):
    path = root.record(kind, overlay)
    found = root.validate(TODAY)
    expected = [(*value_position(path, *at), code)] if code else []
    assert [(d.line, d.column, d.code) for d in found] == expected
    if severity:
        assert found[0].severity == severity


# --- S104: kind and folder ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["dispatch", "request"])
def test_s104_kind_disagrees_with_the_folder(root, kind):
    text = TRAINEE + f"kind: {kind}\n"
    write(root, text)
    found = root.validate(TODAY)
    assert [(d.line, d.column, d.code) for d in found] == [(24, 7, "S104")]
    assert "trainees/" in found[0].message


def test_s104_quiet_when_kind_matches(root):
    write(root, TRAINEE + "kind: trainee\n")
    assert root.validate(TODAY) == []


def test_an_unknown_kind_is_s103(root):
    write(root, TRAINEE + "kind: banana\n")
    assert [(d.line, d.column, d.code) for d in root.validate(TODAY)] == [(24, 7, "S103")]
