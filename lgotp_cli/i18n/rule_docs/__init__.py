"""Every rule's summary and documentation in Japanese, by rule code.

A rule's English is written beside its check (its summary and docstring, ``rules/registry``);
its Japanese is here, a module a kind of rule, with the same parts under the same headings:
what it checks, why, how to fix, and an example in words when the rule has one. A test
requires every registered rule to have its Japanese, every part of it, and no entry without a
rule. Plain Python: `lgotp rules` imports it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True, slots=True)
class RuleText:
    """A rule's summary and documentation in one language (``RuleDoc``'s parts)."""

    summary: str
    what: str
    why: str
    fix: str
    example: str = ""


def _modules() -> tuple[ModuleType, ...]:
    from lgotp_cli.i18n.rule_docs import (
        cross_record,
        dispatch,
        files,
        request,
        schema,
        trainee,
    )

    return (files, schema, trainee, dispatch, request, cross_record)


@functools.cache
def japanese() -> dict[str, RuleText]:
    """Every rule's Japanese, by code."""
    found: dict[str, RuleText] = {}
    for module in _modules():
        for code, text in module.JA.items():
            if code in found:
                raise ValueError(f"rule {code} has Japanese in two modules")
            found[code] = text
    return found
