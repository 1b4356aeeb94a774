"""Dotted keys of a record (``period.arrival``, ``waivers.0.rule``) as plain data: flattening a
record into dotted keys, a key's steps and pattern, and nested data built back from them. The CSV
reader below the models uses it; what a kind's model says about its keys (which there are, in
what order, the form of each value) is in ``models.keys``.

A list of mappings takes numbered keys (``waivers.0.rule``); in a key *pattern* the number is
``#`` (``waivers.#.rule``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

ITEM = "#"  # a list item's number, in a key pattern

KeyStep = str | int


def pattern_of(key: str) -> str:
    """``waivers.0.rule`` → ``waivers.#.rule``."""
    return ".".join(ITEM if part.isdigit() else part for part in key.split("."))


def flatten(data: dict, prefix: str = "") -> dict[str, str]:
    """A record's values under dotted keys, as text (lists of plain values joined by `; `)."""
    flat: dict[str, str] = {}
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, dotted + "."))
        elif isinstance(value, list):
            if value and all(isinstance(item, dict) for item in value):
                for index, item in enumerate(value):
                    flat.update(flatten(item, f"{dotted}.{index}."))
            else:
                flat[dotted] = "; ".join(_text(item) for item in value)
        elif value is not None:
            flat[dotted] = _text(value)
    return flat


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def put(tree: dict, path: Sequence[KeyStep], value: Any) -> None:
    """Set ``value`` at ``path`` in ``tree``, making the mappings on the way."""
    node = tree
    for step in path[:-1]:
        child = node.get(step)
        if not isinstance(child, dict):
            child = node[step] = {}
        node = child
    node[path[-1]] = value


def key_path(key: str) -> tuple[KeyStep, ...]:
    """``waivers.0.rule`` → ``("waivers", 0, "rule")``: a number names a list position, but never
    at the top (a record is a mapping)."""
    first, *rest = key.split(".")
    return (first, *(int(part) if part.isdigit() else part for part in rest))


def numbered_to_lists(node: Any) -> Any:
    """Mappings keyed by list positions (0, 1 …, see ``key_path``) become lists, in order."""
    if not isinstance(node, dict):
        return node
    converted = {key: numbered_to_lists(value) for key, value in node.items()}
    if converted and all(isinstance(key, int) for key in converted):
        return [converted[key] for key in sorted(converted)]
    return converted
