"""CSV sheets: one row a record, dotted column headers; every rule applies as to YAML, and a
diagnostic points at the row's line and the cell's column (1-based, the header being line 1)."""

from __future__ import annotations

import csv
import io

import pytest
from support.rules import TODAY, of, places

from lgotp_cli.keys import flatten
from lgotp_cli.rules.examples import BASE_RECORDS, merge, read_fragment
from lgotp_cli.source.records import load_records

# The valid trainee of every rule test (EX-T1 here), with its host's name, one cell a value.
TRAINEE = flatten(
    merge(read_fragment(BASE_RECORDS["trainee"]), {"id": "EX-T1", "host": {"name": "岡崎市"}})
)
SECOND = {**TRAINEE, "id": "EX-T2", "name.family": "Reyes", "name.given": "Ana"}
COLUMNS = list(TRAINEE)


def sheet(rows: list[dict], columns: list[str] | None = None) -> str:
    columns = columns or list(rows[0])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(column, "") for column in columns])
    return out.getvalue()


def column(name: str, columns: list[str] = COLUMNS) -> int:
    return columns.index(name) + 1


def write(root, text: str | bytes, name: str = "trainees/2024.csv"):
    return root.write(name, text)


def test_a_valid_sheet_gives_no_diagnostics(root):
    write(root, sheet([TRAINEE, SECOND]))
    assert root.validate(TODAY) == []
    records = load_records(root.path).records
    assert [r.id for r in records] == ["EX-T1", "EX-T2"]
    assert records[0].model.host.code == "232025"


def test_values_are_read_as_text_like_yaml(root):
    row = {**TRAINEE, "nationality": "NO", "host.code": "011002", "host.name": "札幌市"}
    write(root, sheet([row]))
    assert root.validate(TODAY) == []
    model = load_records(root.path).records[0].model
    assert (model.nationality, model.host.code) == ("NO", "011002")


# --- a bad cell: the row's line and the cell's column ---------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "code", "says"),
    [
        ("period.arrival", "2024-5-27", "S103", ()),
        ("costs.airfare", "¥1,200,000", "S103", ()),
        ("languages.english", "yes", "S103", ()),
        ("period.departure", "2024-11-25", "T101", ()),
        ("host.code", "232026", "T114", ("232025",)),  # the right code
        ("employer.type", "other", "T110", ()),
    ],
)
def test_a_bad_cell_is_reported_at_its_row_and_column(root, key, value, code, says):
    path = write(root, sheet([TRAINEE, {**SECOND, key: value}]))
    found = root.validate(TODAY, select=[code])
    assert [(d.file, d.line, d.column, d.code, d.record) for d in found] == [
        (path, 3, column(key), code, "EX-T2")
    ]
    # the message quotes the cell as written (and T114 names the right code, as from YAML)
    for words in (value, *says):
        assert words in found[0].message


def test_a_cell_with_a_line_break_moves_the_next_rows(root):
    columns = [*COLUMNS, "notes"]
    rows = [{**TRAINEE, "notes": "two\nlines"}, {**SECOND, "period.arrival": "2024-5-27"}]
    write(root, sheet(rows, columns))
    found = root.validate(TODAY)
    # header on line 1, the first row on lines 2-3, the second row on line 4
    assert places(found) == [(4, column("period.arrival", columns), "S103")]


def test_blank_rows_are_skipped_but_counted(root):
    text = sheet([TRAINEE, {**SECOND, "period.arrival": "2024-5-27"}])
    header, first, second = text.splitlines()
    write(root, "\n".join([header, first, "", ",,,", second]) + "\n")
    found = root.validate(TODAY)
    assert places(found) == [(5, column("period.arrival"), "S103")]


# --- missing keys and empty cells -------------------------------------------------------------


def test_an_empty_cell_means_the_key_is_absent(root):
    write(root, sheet([TRAINEE, {**SECOND, "nationality": ""}]))
    found = root.validate(TODAY)
    assert places(found) == [(3, 1, "S101")]
    assert "nationality" in found[0].message


def test_an_empty_leadership_cell_is_t112_at_the_row(root):
    write(root, sheet([{**TRAINEE, "leadership": ""}]))
    assert places(root.validate(TODAY)) == [(2, 1, "T112")]


def test_a_missing_column_is_s101_for_each_row(root):
    columns = [c for c in COLUMNS if c != "field"]
    write(root, sheet([TRAINEE, SECOND], columns))
    assert places(root.validate(TODAY)) == [(2, 1, "S101"), (3, 1, "S101")]


def test_an_empty_cell_of_a_nested_key_is_s101_at_its_mapping_in_the_row(root):
    write(root, sheet([TRAINEE, {**SECOND, "period.departure": ""}]))
    found = root.validate(TODAY, select=["S101"])
    # At the row's first cell of ``period`` (period.arrival), not the header's.
    assert places(found) == [(3, column("period.arrival"), "S101")]
    assert "period.departure" in found[0].message


# --- unknown columns ----------------------------------------------------------------------------


def test_an_unknown_column_is_s102_on_the_header_cell_once(root):
    columns = [*COLUMNS, "period.arival"]
    rows = [{**TRAINEE, "period.arival": "2024-05-27"}, {**SECOND, "period.arival": "2024-05-27"}]
    path = write(root, sheet(rows, columns))
    found = root.validate(TODAY, select=["S102"])
    assert [(d.file, d.line, d.column) for d in found] == [(path, 1, len(columns))]
    assert "did you mean 'arrival'" in found[0].message


@pytest.mark.parametrize("header", ["perod.arrival", "cost.airfare", "hostt.code"])
def test_an_unknown_first_segment_is_s102_on_the_header_cell_once(root, header):
    # a typo in the first part of a dotted column: still a column that names no known key
    original = header.replace("perod", "period").replace("cost.", "costs.").replace("hostt", "host")
    columns = [header if c == original else c for c in COLUMNS]
    rows = [{**row, header: row[original]} for row in (TRAINEE, SECOND)]
    path = write(root, sheet(rows, columns))
    found = root.validate(TODAY, select=["S102"])
    assert [(d.file, d.line, d.column) for d in found] == [(path, 1, column(header, columns))]


def test_an_unknown_column_in_one_row_only(root):
    columns = [*COLUMNS, "colour"]
    write(root, sheet([TRAINEE, {**SECOND, "colour": "blue"}], columns))
    found = root.validate(TODAY)
    assert places(found) == [(1, len(columns), "S102")]


def test_an_empty_unknown_column_is_harmless(root):
    # an empty cell means the key is absent, so a column left empty names nothing
    columns = [*COLUMNS, "colour"]
    write(root, sheet([TRAINEE, SECOND], columns))
    assert root.validate(TODAY) == []


# --- encodings ------------------------------------------------------------------------------------


def test_a_utf8_bom_is_fine(root):
    write(root, b"\xef\xbb\xbf" + sheet([TRAINEE, SECOND]).encode("utf-8"))
    assert root.validate(TODAY) == []


def test_a_bom_does_not_hide_the_first_column(root):
    text = sheet([TRAINEE, {**SECOND, "id": "EX T2"}])
    write(root, b"\xef\xbb\xbf" + text.encode("utf-8"))
    found = root.validate(TODAY)
    assert places(found) == [(3, 1, "S103")]


def test_cp932_is_l002_naming_shift_jis(root):
    path = write(root, sheet([TRAINEE, SECOND]).encode("cp932"))
    found = root.validate(TODAY)
    assert [(d.file, d.line, d.code) for d in found] == [(path, 2, "L002")]
    assert "Shift_JIS/CP932" in found[0].message
    assert "CSV UTF-8" in found[0].message


# --- numbered columns: a list of mappings -------------------------------------------------------

WAIVER_COLUMNS = [*COLUMNS, "waivers.0.rule", "waivers.0.reason"]
NO_COSTS = {key: "" for key in COLUMNS if key.startswith("costs.")}


def test_waiver_columns_silence_their_rule(root):
    row = {**TRAINEE, **NO_COSTS, "waivers.0.rule": "T119", "waivers.0.reason": "costs follow"}
    write(root, sheet([row, SECOND], WAIVER_COLUMNS))
    assert root.validate(TODAY) == []
    model = load_records(root.path).records[0].model
    assert [(w.rule, w.reason) for w in model.waivers] == [("T119", "costs follow")]


def test_without_the_waiver_the_rule_fires(root):
    write(root, sheet([{**TRAINEE, **NO_COSTS}, SECOND], WAIVER_COLUMNS))
    assert places(root.validate(TODAY)) == [(2, 1, "T119")]


def test_a_stale_waiver_in_a_sheet_points_at_its_cell(root):
    row = {**SECOND, "waivers.0.rule": "T119", "waivers.0.reason": "costs follow"}
    write(root, sheet([TRAINEE, row], WAIVER_COLUMNS))
    assert places(root.validate(TODAY)) == [(3, column("waivers.0.rule", WAIVER_COLUMNS), "X306")]


def test_two_waivers_in_numbered_columns(root):
    columns = [*WAIVER_COLUMNS, "waivers.1.rule", "waivers.1.reason"]
    row = {
        **TRAINEE,
        **NO_COSTS,
        "waivers.0.rule": "T119",
        "waivers.0.reason": "costs follow",
        "waivers.1.rule": "T199",
        "waivers.1.reason": "typo",
    }
    write(root, sheet([row], columns))
    assert places(root.validate(TODAY)) == [(2, column("waivers.1.rule", columns), "X306")]


# --- lists of plain values: one cell separated by ';' ---------------------------------------------

REQUEST = {
    "id": "EX-R",
    "fiscal_year": "2025",
    "host.code": "232025",
    "intention": "participate",
    "selection.method": "clair",
    "conditions.countries": "PH; VN",
    "conditions.fields": "tourism;education",
    "conditions.language": "english",
    "conditions.months": "10",
    "submitted.form1": "2024-10-02",
    "submitted.form2": "2024-10-02",
    "submitted.form3": "2024-10-30",
}


def test_semicolon_lists_in_a_request_sheet(root):
    write(root, sheet([REQUEST]), name="requests/2025.csv")
    assert root.validate(TODAY) == []
    model = load_records(root.path).records[0].model
    assert model.conditions.countries == ["PH", "VN"]
    assert model.conditions.fields == ["tourism", "education"]


@pytest.mark.parametrize("countries", ["PH; XX", "PH, VN", "ph"])
def test_a_bad_country_in_a_list_cell(root, countries):
    write(root, sheet([{**REQUEST, "conditions.countries": countries}]), name="requests/2025.csv")
    found = root.validate(TODAY)
    columns = list(REQUEST)
    assert places(of(found, "S103")) == [(2, column("conditions.countries", columns), "S103")]


def test_a_request_sheet_late_form(root):
    write(root, sheet([{**REQUEST, "submitted.form3": "2024-11-02"}]), name="requests/2025.csv")
    found = root.validate(TODAY)
    assert places(found) == [(2, column("submitted.form3", list(REQUEST)), "R304")]


def test_a_sheet_in_the_wrong_folder_is_checked_as_that_folder_kind(root):
    # a request sheet under trainees/: its columns are unknown to a trainee
    write(root, sheet([REQUEST]), name="trainees/2025.csv")
    found = root.validate(TODAY, select=["S102"])
    assert (1, column("intention", list(REQUEST)), "S102") in places(found)


def test_an_id_in_a_sheet_and_in_a_yaml_file_is_x301(root):
    root.record("trainee", "id: EX-T2\nname: {family: Lim, given: Wei}\n")
    # files of a folder are read before its subfolders: the sheet's row is the second EX-T2
    path = write(root, sheet([TRAINEE, SECOND]), name="trainees/sheets/2024.csv")
    found = root.validate(TODAY, select=["X301"])
    assert [(d.file, d.line, d.column) for d in found] == [(path, 3, column("id"))]
    assert "EX-T2.yaml:1" in found[0].message
