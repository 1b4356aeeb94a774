"""Every rule's documented examples do what `lgotp rules CODE` says: one fires, one is quiet.

Also: a code cannot be registered twice, every rule's check explains it in its docstring, and
every code of RULES.md is registered.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from lgotp_cli.config import load_config
from lgotp_cli.rules import registry
from lgotp_cli.rules.engine import validate
from lgotp_cli.rules.examples import EXAMPLE_TODAY, write_example
from lgotp_cli.rules.registry import all_rules

RULES = all_rules()
WITH_EXAMPLES = [r for r in RULES if r.fires and r.quiet]
# The code and severity of every rule in shared/spec/RULES.md.
SPEC_SEVERITIES = {
    "D201": "error",
    "D202": "info",
    "D203": "error",
    "D204": "error",
    "D205": "error",
    "D206": "error",
    "D207": "error",
    "D208": "warning",
    "D209": "error",
    "D210": "error",
    "D211": "warning",
    "D212": "error",
    "D213": "warning",
    "L001": "error",
    "L002": "error",
    "L003": "error",
    "L004": "error",
    "L005": "error",
    "L006": "error",
    "L007": "error",
    "R301": "error",
    "R302": "error",
    "R303": "error",
    "R304": "warning",
    "R305": "error",
    "S101": "error",
    "S102": "error",
    "S103": "error",
    "S104": "error",
    "T101": "error",
    "T102": "error",
    "T103": "error",
    "T104": "error",
    "T105": "warning",
    "T106": "error",
    "T107": "warning",
    "T110": "error",
    "T111": "error",
    "T112": "error",
    "T113": "error",
    "T114": "error",
    "T115": "warning",
    "T116": "error",
    "T117": "error",
    "T118": "warning",
    "T119": "warning",
    "X301": "error",
    "X302": "warning",
    "X303": "error",
    "X304": "warning",
    "X305": "error",
    "X306": "warning",
}


def _codes(tmp_path: Path, scope: str, example: str, code: str) -> list[str]:
    write_example(tmp_path, scope, example)
    result = validate(tmp_path, load_config(tmp_path), EXAMPLE_TODAY, select=[code])
    return [d.code for d in result.diagnostics]


@pytest.mark.parametrize("rule", WITH_EXAMPLES, ids=lambda r: r.code)
def test_fires_example_fires(rule, tmp_path):
    assert rule.code in _codes(tmp_path, rule.scope, rule.fires, rule.code)


@pytest.mark.parametrize("rule", WITH_EXAMPLES, ids=lambda r: r.code)
def test_quiet_example_is_quiet(rule, tmp_path):
    assert rule.code not in _codes(tmp_path, rule.scope, rule.quiet, rule.code)


def test_registry_matches_the_spec_table():
    assert {r.code: str(r.severity) for r in RULES} == SPEC_SEVERITIES


def test_a_code_cannot_be_registered_twice():
    """Codes are unique because registering one again is refused (the registry is a mapping by
    code, so a list of its rules can hold no duplicate to find)."""
    taken = RULES[0]
    with pytest.raises(ValueError, match=f"rule {taken.code} is registered twice"):
        registry.rule(taken.code, taken.severity, "again", scope=taken.scope)(lambda *a: None)
    assert registry.get_rule(taken.code) is taken


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_rule_is_documented(rule):
    assert rule.summary
    # The documentation is the check's own docstring, or for a rule found by the loader or the
    # schema check (no check of its own) the text it is declared with; never the summary again.
    if rule.check is not None:
        assert rule.doc == inspect.cleandoc(rule.check.__doc__ or "")
    assert len(rule.doc) > 40 and rule.doc != rule.summary, f"{rule.code} needs an explanation"
    assert rule.explanation.what and rule.explanation.why and rule.explanation.fix
