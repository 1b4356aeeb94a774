"""A new record's text from answers keyed by dotted keys (``period.arrival``): the nested
record in the model's order, then YAML that reads back exactly as written (codes quoted, dates
and amounts plain, flags lower case, anything a YAML reader might take for something else in
double quotes). `lgotp new` writes it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from lgotp_cli.keys import key_path, numbered_to_lists, put
from lgotp_cli.models.keys import key_order, leaf_of


def split_list(text: str) -> list[str]:
    """The items of a list written in one answer, apart by ``;`` or ``,``."""
    return [part.strip() for part in re.split(r"[;,]", text) if part.strip()]


def build(kind: str, answers: dict[str, str]) -> dict:
    """The record as nested mappings from dotted keys, in the model's order; a list key's text
    is split at ``;`` (or ``,``); numbered keys (``waivers.0.rule``) make a list of mappings."""
    record: dict = {}
    for key in sorted(answers, key=key_order((kind,))):
        text = answers[key]
        if text is None or text == "":
            continue
        leaf = leaf_of(kind, key)
        value: Any = split_list(text) if leaf is not None and leaf.form == "list" else text
        put(record, key_path(key), value)
    return numbered_to_lists(record)


_SPECIAL_WORDS = frozenset(("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"))
# Characters a YAML reader takes for line breaks, or does not allow unescaped.
_ESCAPE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
_PLAIN = re.compile(r"[A-Za-z\u00c0-\U0010ffff][^\x00-\x1f\x7f:#,\[\]{}\"&*!|>%@`]*")
_NUMBER_TEXT = re.compile(r"\d+")
_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")


def to_yaml(kind: str, record: dict) -> str:
    """The record as YAML text: block mappings in the model's order, codes quoted, dates and
    amounts plain, any text a YAML reader might take for something else in double quotes."""
    lines: list[str] = []
    _emit_mapping(kind, record, "", 0, lines)
    return "\n".join(lines) + "\n"


def _emit_mapping(kind: str, mapping: dict, prefix: str, indent: int, lines: list[str]) -> None:
    pad = " " * indent
    for key, value in mapping.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            lines.append(f"{pad}{key}:")
            _emit_mapping(kind, value, dotted + ".", indent + 2, lines)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            lines.append(f"{pad}{key}:")
            for index, item in enumerate(value):
                start = len(lines)
                _emit_mapping(kind, item, f"{dotted}.{index}.", indent + 4, lines)
                lines[start] = f"{pad}  - " + lines[start].lstrip()
        elif isinstance(value, list):
            items = ", ".join(_scalar(kind, dotted, str(v)) for v in value)
            lines.append(f"{pad}{key}: [{items}]")
        else:
            lines.append(f"{pad}{key}: {_scalar(kind, dotted, str(value))}")


def _scalar(kind: str, key: str, text: str) -> str:
    leaf = leaf_of(kind, key)
    form = leaf.form if leaf is not None else "text"
    if form == "date" and _DATE_TEXT.fullmatch(text):
        return text
    if form == "int" and _NUMBER_TEXT.fullmatch(text):
        return text
    if form == "flag" and text.lower() in ("true", "false"):
        return text.lower()
    if form != "code" and _safe_plain(text):
        return text
    quoted = json.dumps(text, ensure_ascii=False)  # JSON strings are YAML double-quoted ones
    return _ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _safe_plain(text: str) -> bool:
    return (
        bool(_PLAIN.fullmatch(text))
        and not _ESCAPE.search(text)
        and text == text.strip()
        and text.lower() not in _SPECIAL_WORDS
    )
