"""Records as sheets and back: `lgotp export` (csv, xlsx, json, sqlite) and `lgotp import`.

Both use the CSV sheet layout of RECORDS.md: one row a record, columns named by dotted keys
(`period.arrival`), numbered keys for lists of mappings (`waivers.0.rule`) and `;` between the
items of a list of plain values (`PH; VN`), so that a sheet can go out to Excel and come back.
"""

from __future__ import annotations

from typing import Any


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


def model_keys(kind: str) -> list[str]:
    """Every dotted key a record of ``kind`` may have, in the model's order (``#`` stands for
    the number of an item in a list of mappings)."""
    from lgotp_cli.models.record import KIND_MODELS

    return list(_walk(KIND_MODELS[kind], ""))


def _walk(model, prefix: str):
    for name, info in model.model_fields.items():
        key = prefix + (info.alias or name)
        annotation = info.annotation
        inner = _model_inside(annotation)
        if inner is not None and _is_list(annotation):
            yield from _walk(inner, key + ".#.")
        elif inner is not None:
            yield from _walk(inner, key + ".")
        else:
            yield key


def _is_list(annotation) -> bool:
    import typing

    if typing.get_origin(annotation) is list:
        return True
    return any(_is_list(arg) for arg in typing.get_args(annotation))


def _model_inside(annotation):
    from lgotp_cli.models.record import _model_in

    return _model_in(annotation)


def ordered_columns(kinds: list[str], keys: set[str]) -> list[str]:
    """``keys`` in the models' order (``kind`` first), unknown ones last in name order."""
    rank: dict[str, int] = {"kind": -1}
    for kind in kinds:
        for key in model_keys(kind):
            rank.setdefault(key, len(rank))

    def position(key: str) -> tuple:
        parts = key.split(".")
        pattern = ".".join("#" if part.isdigit() else part for part in parts)
        own = rank.get(pattern, len(rank))
        if "#" not in pattern:
            return (own, (), own, key)
        # Items of a list stay together: waivers.0.rule, waivers.0.reason, waivers.1.rule.
        head = pattern[: pattern.index("#")]
        first = min((r for k, r in rank.items() if k.startswith(head)), default=own)
        numbers = tuple(int(part) for part in parts if part.isdigit())
        return (first, numbers, own, key)

    return sorted(keys, key=position)
