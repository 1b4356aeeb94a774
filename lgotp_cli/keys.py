"""Dotted keys of a record (``period.arrival``, ``waivers.0.rule``): the one place that lists a
kind's keys, orders keys as the model does, flattens a record into dotted keys and builds nested
data back from them. CSV sheets, `export`, `import`, `new` and `diff` all use it. The keys of a
kind come from its model (imported when asked for); everything else is plain data, so that the
CSV reader below the models can use it too.

A list of mappings takes numbered keys (``waivers.0.rule``); in a key *pattern* the number is
``#`` (``waivers.#.rule``).
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any

ITEM = "#"  # a list item's number, in a key pattern

KeyStep = str | int


def pattern_of(key: str) -> str:
    """``waivers.0.rule`` → ``waivers.#.rule``."""
    return ".".join(ITEM if part.isdigit() else part for part in key.split("."))


@cache
def model_keys(kind: str) -> tuple[str, ...]:
    """Every key pattern a record of ``kind`` may hold a value at, in the model's order."""
    from lgotp_cli.models.record import KIND_MODELS

    return tuple(_walk(KIND_MODELS[kind], ""))


def _walk(model, prefix: str) -> Iterable[str]:
    from lgotp_cli.models.record import model_inside

    for name, info in model.model_fields.items():
        key = prefix + (info.alias or name)
        inner = model_inside(info.annotation)
        if inner is not None and _is_list(info.annotation):
            yield from _walk(inner, f"{key}.{ITEM}.")
        elif inner is not None:
            yield from _walk(inner, key + ".")
        else:
            yield key


def _is_list(annotation) -> bool:
    if typing.get_origin(annotation) is list:
        return True
    return any(_is_list(arg) for arg in typing.get_args(annotation))


@cache
def key_order(kinds: tuple[str, ...]) -> Callable[[str], tuple]:
    """A sort key that puts dotted keys in the models' order (``kind`` first, unknown keys last
    by name); the items of a list stay together: waivers.0.rule, waivers.0.reason,
    waivers.1.rule."""
    rank: dict[str, int] = {"kind": -1}
    for kind in kinds:
        for key in model_keys(kind):
            rank.setdefault(key, len(rank))

    def position(key: str) -> tuple:
        parts = key.split(".")
        pattern = pattern_of(key)
        own = rank.get(pattern, len(rank))
        if ITEM not in pattern:
            return (own, (), own, key)
        head = pattern[: pattern.index(ITEM)]
        first = min((r for k, r in rank.items() if k.startswith(head)), default=own)
        numbers = tuple(int(part) for part in parts if part.isdigit())
        return (first, numbers, own, key)

    return position


def ordered(keys: Iterable[str], kinds: Sequence[str]) -> list[str]:
    """``keys`` in the models' order (see ``key_order``)."""
    return sorted(keys, key=key_order(tuple(kinds)))


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
