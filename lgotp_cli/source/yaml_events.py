"""The YAML event stream of a file that could hold what a record must not: a tag, an anchor,
an alias, a second document or nesting deeper than 20 levels. libyaml's C composer keeps no
trace of tags or anchors and recurses, so such a file is read as events first (linear, no alias
ever expanded), stopping at the first of these problems.
"""

from __future__ import annotations

import bisect
import re

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

from lgotp_cli.i18n.messages import files as said
from lgotp_cli.i18n.text import Said
from lgotp_cli.source.model import FileProblem, Problem

MAX_DEPTH = 20

_EXPLICIT_KEY = re.compile(r"\?\s")
_COMPACT_NESTING = re.compile(r"-[ \t]+-\s")
_DEEP_INDENT = "\n" + " " * 40
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def needs_events(text: str) -> bool:
    """Whether ``text`` could hold a tag, an anchor or an alias, or nest deeper than the C
    composer should recurse: then it is read as an event stream first. Plain ``in`` tests
    first, because this runs on every file."""
    return (
        "&" in text
        or "*" in text
        or "!" in text
        or _DEEP_INDENT in text
        or text.count("[") + text.count("{") >= MAX_DEPTH
        or _EXPLICIT_KEY.search(text) is not None
        or _COMPACT_NESTING.search(text) is not None
    )


def check_events(text: str) -> None:
    """Stop at the first tag, anchor, alias, second document or level too deep."""
    depth = 0
    documents = 0
    event = None
    events = yaml.parse(text, Loader=yaml.CSafeLoader)
    while True:
        try:
            event = next(events, None)
        except yaml.MarkedYAMLError as error:
            if not is_parser_depth_limit(error):
                raise
            # Some libyaml builds (0.2.6, in PyYAML 6.0.4's wheels) refuse flow nesting past a
            # limit of their own while scanning ahead, before the events of level 21 are out.
            after = event.end_mark if event is not None else None
            line, column = _flow_level_position(text, after, depth)
            raise FileProblem(too_deep(line, column)) from None
        if event is None:
            return
        cls = event.__class__
        if cls is ScalarEvent:
            _check_node_event(event, "value")
        elif cls is MappingStartEvent or cls is SequenceStartEvent:
            _check_node_event(event, "mapping" if cls is MappingStartEvent else "list")
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                raise FileProblem(too_deep(mark.line + 1, mark.column + 1))
        elif cls is MappingEndEvent or cls is SequenceEndEvent:
            depth -= 1
        elif cls is AliasEvent:
            raise _refused(event, said.ALIAS.of(anchor=event.anchor))
        elif cls is DocumentStartEvent:
            documents += 1
            if documents > 1:
                mark = event.start_mark
                raise FileProblem(second_document(mark))


def is_parser_depth_limit(error: yaml.MarkedYAMLError) -> bool:
    """Whether ``error`` is libyaml's own nesting limit (not in every build), not bad syntax."""
    return "nesting depth" in (error.problem or "")


def _flow_level_position(text: str, after, depth: int) -> tuple[int, int]:
    """Line and column (1-based) of the flow collection that opens level ``MAX_DEPTH + 1``,
    scanning from ``after`` (the end mark of the last event read, or None for the start) with
    ``depth`` levels already open. Only called once libyaml has tokenised this stretch, so it
    is valid flow YAML: quoted scalars and comments are all that can hide a bracket."""
    # Line starts as libyaml counts lines (CR LF, CR, LF, NEL, LS and PS all end one).
    starts = [0, *(match.end() for match in _LINE_BREAK.finditer(text))]
    index = starts[after.line] + after.column if after is not None else 0
    quote = ""
    previous = "\n" if index == 0 else text[index - 1]
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\" and quote == '"':
                index += 2
                previous = ""
                continue
            if char == quote:
                if quote == "'" and text.startswith("''", index):
                    index += 2
                    continue
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "#" and previous in " \t\r\n":
            end = _LINE_BREAK.search(text, index)
            index = len(text) if end is None else end.start()
            continue
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = bisect.bisect_right(starts, index) - 1
                return line + 1, index - starts[line] + 1
        elif char in "]}":
            depth -= 1
        previous = char
        index += 1
    return 1, 1  # not reached: libyaml saw the nesting in this text


def _check_node_event(event, what: str) -> None:
    """L004 for an anchor or a tag on the node ``event`` starts: a value, mapping or list."""
    if event.anchor is not None:
        raise _refused(event, said.ANCHOR.of(anchor=event.anchor))
    if event.tag is not None and event.tag != "!":
        raise _refused(event, said.TAG.of(tag=_short_tag(event.tag), what=said.TAGGED[what]))


def _refused(event, message: Said) -> FileProblem:
    """L004 at the event's start: a tag, an anchor or an alias."""
    mark = event.start_mark
    return FileProblem(Problem("L004", mark.line + 1, mark.column + 1, message))


def second_document(mark) -> Problem:
    return Problem("L005", mark.line + 1, mark.column + 1, said.SECOND_DOCUMENT.of())


def too_deep(line: int, column: int) -> Problem:
    return Problem("L006", line, column, said.TOO_DEEP.of(levels=MAX_DEPTH))


def _short_tag(tag: str) -> str:
    return "!!" + tag[len("tag:yaml.org,2002:") :] if tag.startswith("tag:yaml.org,2002:") else tag
