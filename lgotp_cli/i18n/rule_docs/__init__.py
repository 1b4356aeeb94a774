"""Every rule's summary and documentation in Japanese, by rule code.

A rule's English is written beside its check (its summary and docstring, ``rules/registry``);
its Japanese is here, in a YAML file a kind of rule (``trainee.yaml``), with the same parts
under the same headings: what it checks, why, how to fix, and an example in words when the
rule has one::

    T101:
      summary: "滞在期間（来日日 → 離日日）が6か月未満（研修中止の場合を除く）"
      what: "…"
      why: "…"
      fix: "…"
      example: "…"   # only when the rule has one

A test requires every registered rule to have its Japanese, every part of it, and no entry
without a rule. Read when first asked for (`lgotp rules`, the docs, the site).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from lgotp_cli.i18n.catalogue_file import CatalogueFileError, read_yaml

HERE = Path(__file__).parent
# The kinds of rule, in the order `lgotp rules` lists them.
KINDS = ("files", "schema", "trainee", "dispatch", "request", "cross_record")
PARTS = frozenset({"summary", "what", "why", "fix", "example"})


@dataclass(frozen=True, slots=True)
class RuleText:
    """A rule's summary and documentation in one language (``RuleDoc``'s parts)."""

    summary: str
    what: str
    why: str
    fix: str
    example: str = ""


def rule_texts(path: Path) -> dict[str, RuleText]:
    """The rules' Japanese in one file, by code."""
    read = read_yaml(path)
    if not isinstance(read, dict):
        raise CatalogueFileError(f"{path.name}: the file must be a mapping of rule codes")
    found: dict[str, RuleText] = {}
    for code, parts in read.items():
        if not isinstance(parts, dict) or not {"summary", "what", "why", "fix"} <= parts.keys():
            raise CatalogueFileError(f"{path.name}: {code} must give summary, what, why and fix")
        if not parts.keys() <= PARTS or not all(isinstance(text, str) for text in parts.values()):
            raise CatalogueFileError(f"{path.name}: {code} may give only {sorted(PARTS)}, as text")
        found[code] = RuleText(**parts)
    return found


@functools.cache
def japanese() -> dict[str, RuleText]:
    """Every rule's Japanese, by code."""
    found: dict[str, RuleText] = {}
    for kind in KINDS:
        for code, text in rule_texts(HERE / f"{kind}.yaml").items():
            if code in found:
                raise ValueError(f"rule {code} has Japanese in two files")
            found[code] = text
    return found
