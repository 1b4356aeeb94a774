"""Changing values in a YAML record file without rewriting it: every byte that is not part of a
changed value stays as it was (comments, key order, quoting, flow or block style, line
endings). `lgotp import --update` changes records this way, so that `git diff` shows only the
values that changed.

The parser's events say where each node starts and ends (``node_spans``); an edit replaces a
value's text, adds a key to its mapping (after the mapping's last entry, at its keys'
indentation, or before a flow mapping's ``}``), or removes a key's entry. A new value is written
in the style of the one it replaces (a quoted value stays quoted); a plain value is written
plain only when YAML would read it back as the same text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from lgotp_cli.i18n import record_file_words as said
from lgotp_cli.i18n.text import Said
from lgotp_cli.source.model import KeyPath

# Plain words YAML 1.1 would read as something other than text; lgotp reads them as text, but
# other tools (editors, yq) would not, so they are quoted.
_RESERVED = frozenset({"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"})


@dataclass(frozen=True, slots=True)
class NodeSpan:
    """Where a node stands in the text: character offsets ``start``..``end``, its 0-based
    line and column, and for a mapping or sequence whether it is written in flow style."""

    start: int
    end: int
    line: int
    column: int
    kind: str  # scalar | mapping | sequence
    flow: bool = False
    quote: str | None = None  # a scalar's quote (' or "), None when plain or a block scalar
    key_start: int | None = None  # where the key of a mapping's entry starts
    key_column: int | None = None


class EditError(ValueError):
    """An edit that cannot be made in place: ``reason`` says why, as a phrase in any language
    (``str()`` is the English)."""

    def __init__(self, reason: Said) -> None:
        super().__init__(str(reason))
        self.reason = reason


def node_spans(text: str) -> dict[KeyPath, NodeSpan]:
    """Every node of ``text`` (one YAML document) by its key path; ``()`` is the document."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spans: dict[KeyPath, NodeSpan] = {}
    # A stack of [path, is_mapping, pending key (path part), key start, key column, next index].
    stack: list[list] = []

    def place(start_mark, end_mark, kind, **facts) -> KeyPath:
        if not stack:
            path: KeyPath = ()
            key_start = key_column = None
        else:
            top = stack[-1]
            if top[1]:
                path = (*top[0], top[2])
                key_start, key_column = top[3], top[4]
                top[2] = None
            else:
                path = (*top[0], top[5])
                top[5] += 1
                key_start = key_column = None
        spans[path] = NodeSpan(
            start_mark.index,
            end_mark.index,
            start_mark.line,
            start_mark.column,
            kind,
            key_start=key_start,
            key_column=key_column,
            **facts,
        )
        return path

    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.ScalarEvent):
            top = stack[-1] if stack else None
            if top is not None and top[1] and top[2] is None:
                top[2], top[3], top[4] = (
                    event.value,
                    event.start_mark.index,
                    event.start_mark.column,
                )
                continue
            quote = event.style if event.style in ("'", '"') else None
            place(event.start_mark, event.end_mark, "scalar", quote=quote)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            mapping = isinstance(event, yaml.MappingStartEvent)
            kind = "mapping" if mapping else "sequence"
            path = place(event.start_mark, event.end_mark, kind, flow=bool(event.flow_style))
            stack.append([path, mapping, None, None, None, 0])
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            path = stack.pop()[0]
            opened = spans[path]
            spans[path] = NodeSpan(
                opened.start,
                event.end_mark.index,
                opened.line,
                opened.column,
                opened.kind,
                opened.flow,
                key_start=opened.key_start,
                key_column=opened.key_column,
            )
    return spans


def scalar_text(value: str, quote: str | None = None) -> str:
    """``value`` as a YAML scalar: in ``quote``'s style when given; plain when the parser reads
    the plain text back as the same text; else double-quoted."""
    if quote == "'":
        return "'" + value.replace("'", "''") + "'"
    if quote is None and _reads_back_plain(value):
        return value
    return json.dumps(value, ensure_ascii=False)


def _reads_back_plain(value: str) -> bool:
    if not value or value != value.strip() or "\n" in value or value.lower() in _RESERVED:
        return False
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        scalars = [
            event
            for event in yaml.parse(f"k: {value}", Loader=loader)
            if isinstance(event, yaml.ScalarEvent)
        ]
    except yaml.YAMLError:
        return False
    return len(scalars) == 2 and scalars[1].value == value and scalars[1].style in (None, "")


@dataclass(frozen=True, slots=True)
class Change:
    """Set the value at ``path`` to ``value`` (a scalar's text, or a list of texts), or remove
    its entry when ``value`` is None."""

    path: KeyPath
    value: str | list[str] | None


def apply_changes(text: str, changes: Iterable[Change]) -> str:
    """``text`` with ``changes`` made in place; EditError when one cannot be made so. Changes
    are made one at a time, each on the text the previous one left."""
    for change in changes:
        text = _apply(text, change)
    return text


def _apply(text: str, change: Change) -> str:
    spans = node_spans(text)
    path = tuple(change.path)
    found = spans.get(path)
    if change.value is None:
        if found is None:
            return text
        text = _remove(text, spans, path)
        return _without_empty_holder(text, path[:-1])
    if found is not None:
        return _replace(text, found, change.value)
    parent_path = path[:-1]
    parent = spans.get(parent_path)
    if parent is None:
        if not parent_path:
            raise EditError(said.EDIT_NO_MAPPING.of())
        # Make the missing mapping first, holding this one value.
        nested: str | list[str] | dict = change.value
        return _add(text, spans, parent_path[:-1], parent_path[-1], {path[-1]: nested})
    return _add(text, spans, parent_path, path[-1], change.value)


def _without_empty_holder(text: str, holder: KeyPath) -> str:
    """A mapping key whose last entry was removed goes too (``conditions:`` left with nothing
    under it would read as an empty value); a list item or the record itself stays."""
    if not holder or not isinstance(holder[-1], str):
        return text
    spans = node_spans(text)
    span = spans.get(holder)
    has_entries = any(len(path) > len(holder) and path[: len(holder)] == holder for path in spans)
    empty = (
        span is not None
        and not has_entries
        and (span.kind == "mapping" or (span.kind == "scalar" and span.start == span.end))
    )
    return _apply(text, Change(holder, None)) if empty else text


def _replace(text: str, span: NodeSpan, value: str | list[str]) -> str:
    if span.kind == "mapping":
        raise EditError(said.EDIT_MAPPING_AS_VALUE.of())
    if isinstance(value, list):
        if span.kind == "sequence" and not span.flow:
            indent = " " * span.column
            lines = [f"- {scalar_text(item)}" for item in value] or ["[]"]
            body = ("\n" + indent).join(lines)
            return text[: span.start] + body + _tail_after_block(text, span.end)
        replacement = "[" + ", ".join(scalar_text(item) for item in value) + "]"
        return text[: span.start] + replacement + text[span.end :]
    if span.kind == "sequence":
        raise EditError(said.EDIT_LIST_AS_VALUE.of())
    return text[: span.start] + scalar_text(value, span.quote) + text[span.end :]


def _tail_after_block(text: str, end: int) -> str:
    """What follows a block node that ends at ``end`` (the parser ends it at the next token,
    after the newline): its line break kept."""
    before = text[:end]
    stripped = before.rstrip(" \t\r\n")
    return text[len(stripped) :] if len(stripped) < end else text[end:]


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _add(text: str, spans, parent_path: KeyPath, key, value) -> str:
    parent = spans.get(parent_path)
    if parent is None or parent.kind != "mapping":
        raise EditError(said.EDIT_NOT_IN_MAPPING.of())
    entry = f"{key}: "
    if parent.flow:
        inner = _flow_value(value)
        close = text.rindex("}", parent.start, parent.end)
        body = text[parent.start + 1 : close].strip()
        separator = ", " if body else ""
        return text[:close].rstrip() + separator + entry + inner + text[close:]
    column = _keys_column(spans, parent_path, parent)
    newline = _newline(text)
    # After the mapping's last character that is not white space (its last entry, or a
    # comment below it), on a line of its own at the keys' indentation.
    end = len(text[: parent.end].rstrip(" \t\r\n"))
    return text[:end] + newline + _block_entry(key, value, column, newline) + text[end:]


def _keys_column(spans, parent_path: KeyPath, parent: NodeSpan) -> int:
    columns = [
        span.key_column
        for path, span in spans.items()
        if len(path) == len(parent_path) + 1
        and path[: len(parent_path)] == parent_path
        and span.key_column is not None
    ]
    return min(columns) if columns else parent.column


def _flow_value(value) -> str:
    if isinstance(value, dict):
        items = ", ".join(f"{k}: {_flow_value(v)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, list):
        return "[" + ", ".join(scalar_text(item) for item in value) + "]"
    return scalar_text(value)


def _block_entry(key, value, column: int, newline: str) -> str:
    indent = " " * column
    if isinstance(value, dict):
        inner = newline.join(_block_entry(k, v, column + 2, newline) for k, v in value.items())
        return f"{indent}{key}:{newline}{inner}"
    return f"{indent}{key}: {_flow_value(value)}"


def _remove(text: str, spans, path: KeyPath) -> str:
    span = spans[path]
    parent = spans.get(path[:-1])
    if parent is None or parent.kind != "mapping" or span.key_start is None:
        raise EditError(said.EDIT_REMOVE_NOT_KEY.of())
    if parent.flow:
        start, end = span.key_start, span.end
        after = text[end : parent.end]
        comma_after = re.match(r"\s*,\s*", after)
        if comma_after:
            return text[:start] + text[end + comma_after.end() :]
        before = text[parent.start : start]
        comma_before = re.search(r",\s*$", before)
        if comma_before:
            start = parent.start + comma_before.start()
        return text[:start] + text[end:]
    line_start = text.rfind("\n", 0, span.key_start) + 1
    if text[line_start : span.key_start].strip():
        raise EditError(said.EDIT_KEY_SHARES_LINE.of())
    end = len(text[: span.end].rstrip(" \t\r\n"))
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end + 1
    trailing = text[end:line_end].strip()
    if trailing and not trailing.startswith("#"):
        raise EditError(said.EDIT_VALUE_SHARES_LINE.of())
    return text[:line_start] + text[line_end:]
