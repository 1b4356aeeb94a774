"""Every rule's documentation has its fixed parts, and the registry's declared facts hold.

A rule's documentation says what it checks, why, how to fix it, and has examples: ``fires`` and
``quiet`` YAML (run by test_rule_examples.py), or an example in words that says why it is in
words only. `lgotp rules CODE` prints the parts under fixed headings.
"""

from __future__ import annotations

import re

import pytest

from lgotp_cli.output.rules_doc import DOC_SECTIONS, explain_rule
from lgotp_cli.rules.registry import (
    FoundBy,
    RuleDoc,
    Severity,
    all_rules,
    declare,
    get_rule,
    parse_doc,
)

RULES = all_rules()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_part_is_written(rule):
    explained = rule.explanation
    for part in ("what", "why", "fix"):
        assert getattr(explained, part).strip(), f"{rule.code} says nothing under {part}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_rule_has_examples(rule):
    assert bool(rule.fires) == bool(rule.quiet), f"{rule.code}: fires and quiet go together"
    if not rule.fires:
        assert "in words only" in rule.explanation.example, (
            f"{rule.code} has no YAML example, so its Example: must say why it is in words only"
        )


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_docs_point_at_nothing_users_do_not_have(rule):
    assert not re.search(r"RECORDS\.md|RULES\.md|CLI\.md|\bspec\b", rule.doc), rule.code


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rules_code_prints_each_part_under_its_heading(rule):
    printed = explain_rule(rule.code)
    waivable = "waivable" if rule.waivable else "cannot be waived"
    assert printed.startswith(f"{rule.code} · {rule.severities} · {rule.scope} rule · {waivable}\n")
    headings = [line for line in printed.splitlines() if line and not line.startswith(" ")]
    expected = [
        f"{heading}:"
        for part, heading in DOC_SECTIONS
        if getattr(rule.explanation, part) or part != "example"
    ]
    assert [h for h in headings if h in expected] == expected
    if rule.fires:
        assert "\nFires (" in printed and "\nQuiet:\n" in printed


def test_found_by_and_waivable_are_as_the_contract_says():
    for rule in RULES:
        expected = {"L": FoundBy.LOADER, "S": FoundBy.SCHEMA}.get(rule.code[0], FoundBy.CHECK)
        assert rule.found_by is expected, rule.code
        assert (rule.check is not None) == (rule.found_by is FoundBy.CHECK), rule.code
        # RULES.md: L, S and X301 cannot be waived; every other rule can.
        assert rule.waivable == (rule.code[0] not in "LS" and rule.code != "X301"), rule.code


def test_parse_doc_splits_the_parts():
    doc = """What it checks,
    over two lines.

    A second paragraph.

    Why: because.

    Fix: do this
    and that.

    Example: in words.
    """
    assert parse_doc(doc) == RuleDoc(
        "What it checks, over two lines.\n\nA second paragraph.",
        "because.",
        "do this and that.",
        "in words.",
    )


def test_parse_doc_leaves_a_missing_part_empty():
    assert parse_doc("Only what.\n\nFix: this.") == RuleDoc("Only what.", "", "this.", "")


def test_parse_doc_refuses_a_heading_given_twice():
    with pytest.raises(ValueError, match="twice"):
        parse_doc("What.\n\nWhy: one.\n\nWhy: two.\n\nFix: it.")


@pytest.mark.parametrize(
    ("found_by", "waivable"),
    [(FoundBy.CHECK, False), (FoundBy.LOADER, True)],
)
def test_a_rule_that_cannot_be_so_is_refused(found_by, waivable):
    # A rule found by its own check needs the check; a file's problem belongs to no record.
    with pytest.raises(ValueError):
        declare(
            "Z999",
            "never registered",
            severity=Severity.ERROR,
            scope="file",
            found_by=found_by,
            waivable=waivable,
            doc="What.\n\nWhy: why.\n\nFix: fix.",
        )
    assert get_rule("Z999") is None
