"""YAML's own characters typed on a Japanese keyboard, as the loader reports them (L001 at the
character) and as `--fix` plans them: only what is certain, nothing in a block scalar, and a
CSV sheet read with the same readings as YAML."""

from __future__ import annotations

from pathlib import Path

from lgotp_cli.fixes import plan_file
from lgotp_cli.models.record import build_record
from lgotp_cli.source.csv_sheet import load_csv
from lgotp_cli.source.keyboard import find_slips
from lgotp_cli.source.loader import decode, load_yaml


def problems(text: str) -> list[tuple[str, int, int, str]]:
    raw = load_yaml(Path("x.yaml"), "trainee", decode(text.encode("utf-8")))
    return [(p.code, p.line, p.column, str(p.message)) for p in raw.problems]


def test_a_key_indented_with_full_width_spaces_is_l001_not_a_key_of_its_own():
    # libyaml reads this file without complaint: "　　departure" would be a top-level key.
    found = problems("period:\n  arrival: 2024-05-27\n\u3000\u3000departure: 2025-03-19\nid: A\n")
    assert found == [
        (
            "L001",
            3,
            1,
            "not valid YAML: a full-width space '　' in the indentation (line 3, column 1); YAML "
            "indents with ASCII spaces only: write `  departure: 2025-03-19`",
        )
    ]


def test_a_full_width_space_in_a_block_scalar_is_the_users_text():
    text = "notes: |\n  \u3000第一段落。\n  \u3000第二段落。\nid: A\n"
    assert problems(text) == []
    assert find_slips(text) == []


def test_what_else_stops_the_parser_is_still_reported():
    found = problems("id: A\nfield：tourism\nname: [Santos\n")
    assert [(code, line, column) for code, line, column, _ in found] == [
        ("L001", 2, 6),
        ("L001", 4, 1),
    ]
    assert "did not find expected ',' or ']'" in found[1][3]


def test_an_indentation_that_fits_no_open_mapping_is_not_fixed():
    text = "a: 1\n\tb: 2\n"
    (slip,) = find_slips(text)
    assert (slip.line, slip.column, slip.certain) == (2, 1, False)
    assert str(slip.message).endswith("write `b: 2`")
    plan = plan_file(Path("x.yaml"), "trainee", text.encode())
    assert plan.after is None and plan.corrections == []


def test_two_full_width_spaces_typed_for_two_spaces_are_one_level():
    text = "period:\n\u3000\u3000arrival: 2024-05-27\n\u3000\u3000departure: 2025-03-19\n"
    plan = plan_file(Path("x.yaml"), "trainee", text.encode())
    assert plan.after == b"period:\n  arrival: 2024-05-27\n  departure: 2025-03-19\n"


def test_a_quoted_value_is_corrected_inside_its_quotes_and_an_escaped_one_is_left():
    text = "id: A\nhost: {code: '２３２０２５'}\nnotes: x\ncosts:\n  airfare: \"\\uFF11\"\n"
    plan = plan_file(Path("x.yaml"), "trainee", text.encode())
    assert plan.after.decode() == text.replace("'２３２０２５'", "'232025'")
    assert [(c.line, c.column, c.to) for c in plan.corrections] == [
        (2, 14, "232025")
    ]  # at its quote, as validate says


def test_an_item_of_a_block_list_is_not_split():
    text = "id: A\nconditions:\n  countries:\n  - PH、VN\n"
    plan = plan_file(Path("x.yaml"), "request", text.encode())
    assert plan.after is None


def test_a_csv_cell_is_read_with_the_same_readings():
    sheet = "id,fiscal_year,host.code,intention,submitted.form1,conditions.countries\n"
    sheet += "EX-R1,2025,232025,participate,2024/10/2,PH、VN\n"
    raw = load_csv(Path("x.csv"), "request", decode(sheet.encode()))
    record = build_record(raw.records[0])
    found = {str(finding.message) for finding in record.schema_findings if finding.fix}
    assert found == {
        "submitted.form1: a date written with slashes '2024/10/2': write 2024-10-02 (dates are "
        "written YYYY-MM-DD)",
        "conditions.countries: items separated by an ideographic comma 'PH、VN': write PH; VN "
        "(the items of a list in one cell are separated by ';')",
    }
