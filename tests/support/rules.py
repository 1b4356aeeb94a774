"""Helpers shared by the rule tests: where a value stands in a file, and running one rule.

Positions are found with PyYAML's own composer, independently of lgotp's loader, so that a test
of a diagnostic's line and column checks the validator against a second opinion.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from lgotp_cli.diagnostics import Diagnostic

TODAY = date(2025, 6, 1)
WEIGHTS = (6, 5, 4, 3, 2)
# The kind of record a rule of each letter checks (T trainees, D dispatches, R host requests).
KIND_OF_RULE = {"T": "trainee", "D": "dispatch", "R": "request"}


def kind_of(code: str) -> str:
    """The kind of record rule ``code`` checks."""
    return KIND_OF_RULE[code[0]]


def _node(path: Path, keys: tuple):
    node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    for key in keys:
        node = _child(node, key)
    return node


def _child(node, key):
    if isinstance(node, yaml.SequenceNode):
        return node.value[key]
    for key_node, value_node in node.value:
        if key_node.value == key:
            return value_node
    raise KeyError(key)


def value_position(path: Path, *keys) -> tuple[int, int]:
    """The 1-based (line, column) where the value at ``keys`` starts in the YAML file."""
    mark = _node(path, keys).start_mark
    return mark.line + 1, mark.column + 1


def key_position(path: Path, *keys) -> tuple[int, int]:
    """The 1-based (line, column) of the key that holds ``keys``."""
    parent = _node(path, keys[:-1])
    for key_node, _ in parent.value:
        if key_node.value == keys[-1]:
            return key_node.start_mark.line + 1, key_node.start_mark.column + 1
    raise KeyError(keys[-1])


def text_position(text: str, needle: str, *, after: bool = True) -> tuple[int, int]:
    """The 1-based (line, column) just after (or at) the only occurrence of ``needle``."""
    assert text.count(needle) == 1, f"{needle!r} must occur exactly once"
    index = text.index(needle) + (len(needle) if after else 0)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def check_digit(first_five: str) -> int:
    """RECORDS.md's check digit, computed here independently of the package."""
    total = sum(int(digit) * weight for digit, weight in zip(first_five, WEIGHTS, strict=True))
    return (11 - total % 11) % 10


def run(root, kind: str, overlay: str, code: str, *, today: date = TODAY):
    """Write one record of ``kind`` (overlay over the valid base); return its file and the
    diagnostics of ``code`` only (every one of them checked to be of that code)."""
    path = root.record(kind, overlay)
    found = root.validate(today, select=[code])
    assert all(d.code == code for d in found)
    return path, found


def places(diagnostics: list[Diagnostic]) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.code) for d in diagnostics]


def of(diagnostics: list[Diagnostic], code: str) -> list[Diagnostic]:
    return [d for d in diagnostics if d.code == code]
