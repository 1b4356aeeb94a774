"""L rules (a file as a whole): each one fires, with where it stopped, and stays quiet."""

from __future__ import annotations

import json
import re

import pytest
from support.rules import TODAY, places

from lgotp_cli.config import load_config
from lgotp_cli.errors import ConfigError

VALID = "id: EX-T\nstatus: completed\n"


def file_findings(root, text, *, name="trainees/EX-T.yaml", select="L"):
    path = root.write(name, text)
    found = root.validate(TODAY, select=[select])
    assert all(d.file == path for d in found)
    assert all(d.record is None for d in found)
    return found


# --- L001 (not valid YAML) and L004 (tags, anchors, aliases): one error, where it stands -----


@pytest.mark.parametrize(
    ("text", "code", "line", "column"),
    [
        ("id: EX-T\nstatus: completed\n  bad: value\n", "L001", 3, 6),
        ("id: EX-T\nname:\n\tfamily: Santos\n", "L001", 3, 1),
        ("id: [LGOTP-1\n", "L001", 2, 1),
        ("id: EX-T\nnotes: 'unclosed\n", "L001", 3, 1),
        ("id: EX-T\nnotes: bell\x07\n", "L001", 2, 12),
        ("id: !!str EX-T\n", "L004", 1, 5),
        ("id: EX-T\nname: !person {family: Santos}\n", "L004", 2, 7),
        ("id: EX-T\nnotes: !!python/object:os.system ls\n", "L004", 2, 8),
        ("id: EX-T\nname: &who {family: Santos, given: Maria}\n", "L004", 2, 7),
        ("id: EX-T\nnotes: *who\n", "L004", 2, 8),
    ],
    ids=[
        "L001 mapping in a value",
        "L001 tab indent",
        "L001 unclosed bracket",
        "L001 unclosed quote",
        "L001 control",
        "L004 standard tag",
        "L004 local tag",
        "L004 python tag",
        "L004 anchor",
        "L004 alias",
    ],
)
def test_one_error_where_the_file_goes_wrong(root, text, code, line, column):
    found = file_findings(root, text)
    assert places(found) == [(line, column, code)]
    assert found[0].severity == "error"
    # The parser says where it stopped (but at a control character, which it names).
    if code == "L001" and "bell" not in text:
        assert f"line {line}" in found[0].message


def test_l001_quiet_for_valid_yaml(root):
    assert file_findings(root, VALID) == []


def test_l001_csv_row_with_more_cells_than_the_header(root):
    found = file_findings(root, "id,status\nEX-T,completed,extra\n", name="trainees/sheet.csv")
    assert places(found) == [(2, 3, "L001")]


# --- L002: not UTF-8 ------------------------------------------------------------------------------


def test_l002_cp932_is_named(root):
    text = "id: EX-T\nhost: {code: '232025', name: 岡崎市}\n"
    found = file_findings(root, text.encode("cp932"))
    assert [(d.line, d.code) for d in found] == [(2, "L002")]
    assert "Shift_JIS/CP932" in found[0].message
    assert "UTF-8" in found[0].message


def test_l002_other_bytes_are_not_called_cp932(root):
    found = file_findings(root, b"id: EX-T\nnotes: caf\xe9\n")
    assert [(d.line, d.code) for d in found] == [(2, "L002")]
    assert "CP932" not in found[0].message


def test_l002_utf16(root):
    found = file_findings(root, "id: EX-T\nstatus: completed\n".encode("utf-16"))
    assert [d.code for d in found] == ["L002"]


def test_l002_quiet_for_utf8_with_or_without_bom(root):
    text = "id: EX-T\nhost: {code: '232025', name: 岡崎市}\n"
    assert file_findings(root, text.encode("utf-8")) == []
    assert file_findings(root, b"\xef\xbb\xbf" + text.encode("utf-8")) == []


def test_a_bom_does_not_shift_columns(root):
    text = "id: EX-T\nnationality: Philippines\n"
    root.write("trainees/EX-T.yaml", b"\xef\xbb\xbf" + text.encode("utf-8"))
    found = root.validate(TODAY, select=["S103"])
    assert places(found) == [(2, 14, "S103")]


# --- L003: a key given twice ----------------------------------------------------------------------


def test_l003_duplicate_key_names_both_lines(root):
    text = "id: EX-T\nstatus: completed\nnationality: PH\nstatus: planned\n"
    found = file_findings(root, text)
    assert places(found) == [(4, 1, "L003")]
    assert "line 2" in found[0].message and "line 4" in found[0].message
    assert "status" in found[0].message


def test_l003_duplicate_key_in_a_nested_mapping(root):
    text = (
        "id: EX-T\nperiod:\n  arrival: 2024-05-27\n  departure: 2025-03-19\n  arrival: 2024-06-01\n"
    )
    found = file_findings(root, text)
    assert places(found) == [(5, 3, "L003")]
    assert "line 3" in found[0].message and "line 5" in found[0].message


def test_l003_quiet_for_the_same_key_in_different_mappings(root):
    text = (
        "id: EX-T\nperiod:\n  jiam: {start: 2024-05-29, end: 2024-06-28}\n"
        "  specialized: {start: 2024-07-01, end: 2025-03-18}\n"
    )
    assert file_findings(root, text) == []


def test_l003_duplicate_csv_column(root):
    found = file_findings(root, "id,status,id\nEX-T,completed,EX-T\n", name="trainees/sheet.csv")
    assert places(found) == [(1, 3, "L003")]
    assert re.search(r"\b1\b", found[0].message) and re.search(r"\b3\b", found[0].message)


# --- L004: tags, anchors, aliases -------------------------------------------------------------


def test_l004_billion_laughs_is_not_expanded(root):
    lines = ["a0: &a0 lol"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    found = file_findings(root, "\n".join(lines) + "\n")
    assert places(found) == [(1, 5, "L004")]


def test_l004_quiet_for_ampersand_and_bang_in_text(root):
    text = "id: EX-T\nnotes: 'Tom & Jerry! *wow* &more'\nleadership: Q&A lead!\n"
    assert file_findings(root, text) == []


# --- L005: not a record --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("", 1),
        ("# only a comment\n", 1),
        ("hello\n", 1),
        ("- a\n- b\n", 1),
        ("- id: EX-T\n- b\n", 1),
        ("[]\n", 1),
        ("id: EX-T\n---\nid: EX-T2\n", 2),
    ],
    ids=["empty", "comment", "scalar", "list of text", "mixed list", "empty list", "two docs"],
)
def test_l005_not_a_record(root, text, line):
    found = file_findings(root, text)
    assert [(d.line, d.code) for d in found] == [(line, "L005")]


def test_l005_quiet_for_one_document_marker(root):
    assert file_findings(root, "---\n" + VALID) == []


def test_l005_quiet_for_a_list_of_records(root):
    assert file_findings(root, "- id: EX-T\n- id: EX-T2\n") == []


def test_l005_empty_csv_sheet(root):
    found = file_findings(root, "", name="trainees/sheet.csv")
    assert places(found) == [(1, 1, "L005")]


# --- L006: too large or too deep ----------------------------------------------------------------

MIB = 1024 * 1024


@pytest.mark.parametrize(("size", "fires"), [(5 * MIB, False), (5 * MIB + 1, True)])
def test_l006_file_larger_than_5_mib(root, size, fires):
    head = VALID.encode("utf-8")
    padding = b"#" + b"x" * 99 + b"\n"
    body = head + padding * ((size - len(head)) // len(padding))
    body += b"#" * (size - len(body) - 1) + b"\n"
    assert len(body) == size
    found = file_findings(root, body)
    if fires:
        assert places(found) == [(1, 1, "L006")]
        assert "5 MiB" in found[0].message
    else:
        assert found == []


def nested(levels: int) -> str:
    """A record whose values nest ``levels`` deep, the record's own mapping being the first."""
    inner = levels - 1
    return "id: EX-T\nnotes: " + "[" * inner + "x" + "]" * inner + "\n"


@pytest.mark.parametrize(("levels", "fires"), [(20, False), (21, True)])
def test_l006_nested_deeper_than_20_levels(root, levels, fires):
    found = file_findings(root, nested(levels))
    if fires:
        assert places(found) == [(2, 7 + 20, "L006")]
    else:
        assert found == []


# --- L007: lgotp.yaml invalid ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column", "says"),
    [
        ("policy:\n  report_due_days: soon\n", 2, 20, "report_due_days"),
        ("polcy: {}\n", 1, 1, "polcy"),
        ("policy: {report_due_days: [1\n", 2, 1, "not valid YAML"),
        ("policy:\n  report_due_days: 10\n  report_due_days: 20\n", 3, 3, "line 2"),
        ("calendar:\n  2026:\n    - {date: 2025-13-01, event: x}\n", 3, 14, "2025-13-01"),
        ("allocation_tax:\n  non_grant_bodies: {2024: ['232026']}\n", 2, 21, "232025"),
        ("policy: !!python/object:os.system {}\n", 1, 9, "tag"),
    ],
    ids=["not a number", "unknown key", "syntax", "duplicate key", "date", "code", "tag"],
)
def test_l007_invalid_lgotp_yaml(root, text, line, column, says):
    root.write("lgotp.yaml", text)
    with pytest.raises(ConfigError) as raised:
        load_config(root.path)
    problems = raised.value.problems
    assert [(p.problem.line, p.problem.column) for p in problems] == [(line, column)]
    assert problems[0].path == root.path / "lgotp.yaml"
    assert says in problems[0].problem.message


def test_l007_quiet_for_a_valid_lgotp_yaml(root):
    root.write(
        "lgotp.yaml",
        "policy:\n  report_due_days: 10\n  jiam_days: {min: 20}\n"
        "allocation_tax:\n  non_grant_bodies: {2024: ['232025']}\n",
    )
    config = load_config(root.path)
    assert config.policy.report_due_days == 10
    assert (config.policy.jiam_days.min, config.policy.jiam_days.max) == (20, 45)
    assert config.non_grant_bodies == {2024: ["232025"]}


def test_l007_validate_exits_2_with_the_position(root):
    from typer.testing import CliRunner

    from lgotp_cli.cli import app

    root.record("trainee")
    root.write("lgotp.yaml", "policy:\n  report_due_days: soon\n")
    result = CliRunner().invoke(
        app,
        ["validate", "--records", str(root.path), "--today", "2025-06-01", "--format", "json"],
    )
    assert result.exit_code == 2
    document = json.loads(result.stdout[result.stdout.index("{") :])
    assert [(d["code"], d["line"], d["column"]) for d in document["diagnostics"]] == [
        ("L007", 2, 20)
    ]
