"""What a record kind's model says about its dotted keys: which keys there are, in what order,
which are required, and the form of each value (date, int, code, flag, text, list, model) with
its choices. `new`, CSV export and `diff` use it; plain dotted-key data helpers are in
``lgotp_cli.keys``.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel

from lgotp_cli.keys import ITEM, pattern_of
from lgotp_cli.models.record import KIND_MODELS, model_inside
from lgotp_cli.models.types import (
    check_code,
    parse_count,
    parse_date,
    parse_flag,
    parse_money,
    parse_year,
)


@cache
def model_keys(kind: str) -> tuple[str, ...]:
    """Every key pattern a record of ``kind`` may hold a value at, in the model's order."""
    return tuple(_walk(KIND_MODELS[kind], ""))


def _walk(model, prefix: str) -> Iterable[str]:
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


@dataclass(frozen=True, slots=True)
class Leaf:
    """A key of a record: its model and field, its annotation and the form of its value."""

    model: type[BaseModel]
    name: str  # attribute name in the model
    annotation: Any  # with the field's validators
    form: str  # date | int | code | flag | text | list | model
    choices: tuple[str, ...] = ()


def _strip_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _validators(annotation: Any) -> set:
    found = set()
    if typing.get_origin(annotation) is Annotated:
        for item in annotation.__metadata__:
            func = getattr(item, "func", None)
            if func is not None:
                found.add(func)
    for arg in typing.get_args(annotation):
        if not isinstance(arg, str | int):
            found |= _validators(arg)
    return found


def _literal(annotation: Any) -> tuple[str, ...]:
    if typing.get_origin(annotation) is Literal:
        return tuple(str(arg) for arg in typing.get_args(annotation))
    for arg in typing.get_args(annotation):
        if not isinstance(arg, str | int):
            found = _literal(arg)
            if found:
                return found
    return ()


def _bare(annotation: Any) -> Any:
    annotation = _strip_optional(annotation)
    while typing.get_origin(annotation) is Annotated:
        annotation = _strip_optional(typing.get_args(annotation)[0])
    return annotation


def leaf_in(model: type[BaseModel], name: str) -> Leaf:
    info = model.model_fields[name]
    annotation = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
    bare = _bare(info.annotation)
    if isinstance(bare, type) and issubclass(bare, BaseModel):
        return Leaf(model, name, annotation, "model")
    if typing.get_origin(bare) is list:
        return Leaf(model, name, annotation, "list", _literal(bare))
    funcs = _validators(annotation)
    if parse_date in funcs:
        form = "date"
    elif funcs & {parse_money, parse_count, parse_year}:
        form = "int"
    elif check_code in funcs:
        form = "code"
    elif parse_flag in funcs:
        form = "flag"
    else:
        form = "text"
    return Leaf(model, name, annotation, form, _literal(annotation))


def number_kind(leaf: Leaf) -> str | None:
    """What a number key holds: ``money`` (yen), ``year`` or ``count``; None for other keys."""
    funcs = _validators(leaf.annotation)
    for func, kind in ((parse_money, "money"), (parse_year, "year"), (parse_count, "count")):
        if func in funcs:
            return kind
    return None


def keys_of(model: type[BaseModel]) -> dict[str, str]:
    """Keys (aliases) of ``model`` → attribute names, in the model's order."""
    return {info.alias or name: name for name, info in model.model_fields.items()}


def inner_model(leaf: Leaf) -> type[BaseModel] | None:
    """The model of a key that holds a mapping, or a list of mappings; None for a value."""
    bare = _bare(leaf.model.model_fields[leaf.name].annotation)
    if typing.get_origin(bare) is list:
        bare = _bare(typing.get_args(bare)[0])
    if isinstance(bare, type) and issubclass(bare, BaseModel):
        return bare
    return None


def leaf_of(kind: str, key: str) -> Leaf | None:
    """What the model of ``kind`` says about the dotted ``key`` (None when there is no such
    key). A list of mappings takes numbered keys: ``waivers.0.rule``."""
    model: type[BaseModel] | None = KIND_MODELS[kind]
    leaf = None
    parts = key.split(".")
    index = 0
    while index < len(parts):
        if model is None:
            return None
        name = keys_of(model).get(parts[index])
        if name is None:
            return None
        leaf = leaf_in(model, name)
        index += 1
        if leaf.form == "list" and index < len(parts) and parts[index].isdigit():
            index += 1
        if index < len(parts):
            model = inner_model(leaf)
    return leaf


def required_keys(kind: str) -> list[str]:
    """Keys the model requires (inside required mappings), in the model's order."""
    keys: list[str] = []

    def walk(model: type[BaseModel], prefix: str) -> None:
        for key, name in keys_of(model).items():
            if not model.model_fields[name].is_required():
                continue
            leaf = leaf_in(model, name)
            inner = inner_model(leaf)
            if inner is not None and leaf.form == "model":
                walk(inner, f"{prefix}{key}.")
            else:
                keys.append(prefix + key)

    walk(KIND_MODELS[kind], "")
    return keys
