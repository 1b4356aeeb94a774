"""The Japanese of the files rules (see ``rule_docs``: the English is beside each check)."""

from __future__ import annotations

from lgotp_cli.i18n.rule_docs import RuleText

JA: dict[str, RuleText] = {}
