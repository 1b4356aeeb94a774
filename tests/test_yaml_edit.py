"""Changing values in a record file in place: only the changed values' bytes change."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lgotp_cli.source.loader import load_yaml
from lgotp_cli.source.model import SourceText
from lgotp_cli.source.yaml_edit import Change, EditError, apply_changes, node_spans, scalar_text

RECORD = """\
# a host request
id: REQ-2025-230006
host: {code: "230006"}   # Aichi
trainees: 1
selection:
  method: independent
  partner: Jiangsu Province  # sister province
submitted:
  form1: 2024-10-03
conditions:
  countries:
    - PH
    - VN
"""


def _load(text: str) -> dict:
    """The record as lgotp reads it (every scalar as the text written)."""
    raw = load_yaml(Path("x.yaml"), "request", SourceText(text))
    assert not raw.problems, raw.problems
    return raw.records[0].data


def test_a_value_is_replaced_and_nothing_else_changes() -> None:
    changed = apply_changes(RECORD, [Change(("trainees",), "2")])
    assert changed == RECORD.replace("trainees: 1", "trainees: 2")


def test_a_quoted_value_stays_quoted_and_a_comment_stays() -> None:
    changed = apply_changes(RECORD, [Change(("host", "code"), "232025")])
    assert changed == RECORD.replace('"230006"', '"232025"')


def test_a_key_is_added_at_its_mapping_s_indentation() -> None:
    changed = apply_changes(RECORD, [Change(("submitted", "form2"), "2024-10-04")])
    assert changed == RECORD.replace(
        "  form1: 2024-10-03\n", "  form1: 2024-10-03\n  form2: 2024-10-04\n"
    )


def test_a_key_is_added_to_a_flow_mapping() -> None:
    changed = apply_changes(RECORD, [Change(("host", "name"), "愛知県")])
    assert 'host: {code: "230006", name: 愛知県}   # Aichi' in changed


def test_a_missing_mapping_is_made() -> None:
    changed = apply_changes(RECORD, [Change(("contact", "email"), "a@example.jp")])
    assert changed.endswith('    - VN\ncontact:\n  email: "a@example.jp"\n') or changed.endswith(
        "    - VN\ncontact:\n  email: a@example.jp\n"
    )
    assert _load(changed)["contact"] == {"email": "a@example.jp"}


def test_a_key_is_removed_with_its_line() -> None:
    changed = apply_changes(RECORD, [Change(("selection", "partner"), None)])
    assert changed == RECORD.replace("  partner: Jiangsu Province  # sister province\n", "")


def test_a_block_list_is_replaced_as_a_block_list() -> None:
    changed = apply_changes(RECORD, [Change(("conditions", "countries"), ["TH", "VN", "BR"])])
    assert changed == RECORD.replace("    - PH\n    - VN\n", "    - TH\n    - VN\n    - BR\n")


def test_crlf_line_endings_are_kept() -> None:
    text = RECORD.replace("\n", "\r\n")
    changed = apply_changes(text, [Change(("submitted", "form2"), "2024-10-04")])
    assert "\n" not in changed.replace("\r\n", "")
    assert _load(changed)["submitted"]["form2"] is not None


def test_a_list_cannot_take_a_single_value() -> None:
    with pytest.raises(EditError) as refused:
        apply_changes(RECORD, [Change(("conditions", "countries"), "PH")])
    assert str(refused.value) == "a list cannot take a single value"
    assert refused.value.reason.in_("ja").startswith(
        "リストを一つの値に置き換えることはできません。"
    )


def test_spans_name_every_value() -> None:
    spans = node_spans(RECORD)
    assert RECORD[spans[("trainees",)].start : spans[("trainees",)].end] == "1"
    assert RECORD[spans[("conditions", "countries", 1)].start :].startswith("VN")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30))
def test_any_text_reads_back_as_written(value: str) -> None:
    changed = apply_changes(RECORD, [Change(("selection", "partner"), value)])
    assert _load(changed)["selection"]["partner"] == value
    head, tail = RECORD.split("Jiangsu Province")
    assert changed == head + scalar_text(value) + tail


def test_a_mapping_whose_last_key_is_removed_goes_too() -> None:
    text = RECORD + "contact:\n  email: a@example.jp\n"
    assert apply_changes(text, [Change(("contact", "email"), None)]) == RECORD
    flow = RECORD + "extra: {only: x}\n"
    assert apply_changes(flow, [Change(("extra", "only"), None)]) == RECORD


def test_a_mapping_that_keeps_a_key_stays() -> None:
    changed = apply_changes(RECORD, [Change(("selection", "partner"), None)])
    assert "selection:\n  method: independent\n" in changed
