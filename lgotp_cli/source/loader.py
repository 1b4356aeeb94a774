"""Bytes → plain values with their positions, and the L problems of a file.

YAML goes through libyaml's C parser (``yaml.CSafeLoader``) as an event stream, and the values
are built here: every scalar stays the text the user wrote (the record's schema decides what it
means, never the YAML 1.1 resolver), every value and key keeps its line and column, and tags,
anchors, aliases, duplicate keys and deep nesting are caught while the events go by, so an alias
is never expanded and nothing is ever constructed from a tag.
"""

from __future__ import annotations

import re
from pathlib import Path

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

from lgotp_cli.source.model import Problem, RawFile, RawRecord, SourceText, Spans

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 20
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
# Characters YAML 1.1 does not allow in a stream (libyaml stops at them without a line number).
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class FileProblem(Exception):
    """A problem that stops a file from being read any further."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def read_text(path: Path) -> SourceText:
    """Read ``path`` as UTF-8 text (a BOM is dropped), or raise FileProblem (L002, L006)."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileProblem(
            Problem(
                "L006",
                1,
                1,
                f"file is {size / 1048576:.1f} MiB, larger than the 5 MiB limit for a record "
                "file; split it into smaller files",
            )
        )
    return decode(path.read_bytes())


def decode(data: bytes) -> SourceText:
    """Decode bytes as UTF-8 (tolerating a BOM), naming the likely encoding when it is not."""
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        data = data[3:]
    try:
        return SourceText(data.decode("utf-8"), bom)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise FileProblem(Problem("L002", line, column, _encoding_message(data, error))) from None


def _encoding_message(data: bytes, error: UnicodeDecodeError) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data[1:200:2].count(0) > 10:
        guess = "it looks like UTF-16"
    elif _looks_like_cp932(data):
        guess = (
            "it looks like Shift_JIS/CP932 (as Japanese Excel or Notepad saves it); "
            "save it as UTF-8 (in Excel: CSV UTF-8)"
        )
    else:
        guess = f"byte 0x{data[error.start]:02x} cannot be decoded"
    return f"file is not UTF-8 text: {guess}; re-save it as UTF-8"


def _looks_like_cp932(data: bytes) -> bool:
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        return False
    # Kana or kanji in what decodes cleanly as CP932 is a strong sign.
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def load_yaml(path: Path, kind: str, text: SourceText) -> RawFile:
    """Read the records of one YAML file; problems that stop the file are in ``problems``."""
    raw = RawFile(path=path, kind=kind)
    try:
        value, spans = _compose(text.text, raw)
    except FileProblem as stop:
        raw.problems.append(stop.problem)
        return raw
    if value is None:
        raw.problems.append(Problem("L005", 1, 1, "file is empty: it holds no record"))
        return raw
    if isinstance(value, dict):
        raw.single = True
        raw.records.append(RawRecord.from_tree(path, kind, value, spans, (), None))
        return raw
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        for index in range(len(value)):
            raw.records.append(RawRecord.from_tree(path, kind, value, spans, (index,), index))
        return raw
    line, column = spans.values[()]
    raw.problems.append(
        Problem(
            "L005",
            line,
            column,
            "the document is not a record (a mapping of keys) or a list of records; "
            "a record file holds `key: value` lines",
        )
    )
    return raw


def _compose(text: str, raw: RawFile) -> tuple[object, Spans]:
    """Build plain values (dict, list, str, None) from the event stream, with positions."""
    bad = _NOT_PRINTABLE.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        raise FileProblem(
            Problem(
                "L001",
                line,
                column,
                f"not valid YAML: the character U+{ord(bad.group()):04X} is not allowed "
                "in a YAML file; remove it",
            )
        )
    spans = Spans()
    values, keys = spans.values, spans.keys
    # Each frame: [container, path, pending key (mappings), first lines of keys (mappings)].
    stack: list[list] = []
    root: object = None
    documents = 0
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            cls = event.__class__
            if cls is ScalarEvent:
                _check_node_event(event, "a value")
                mark = event.start_mark
                position = (mark.line + 1, mark.column + 1)
                value = event.value
                if not event.style and value in _NULLS:
                    value = None
                if not stack:
                    root = value
                    values[()] = position
                    continue
                frame = stack[-1]
                container = frame[0]
                if container.__class__ is dict:
                    if frame[2] is None:
                        _take_key(frame, value, position, event, raw, keys)
                        continue
                    path = frame[1] + (frame[2],)
                    if frame[2] is not _SKIP:
                        container[frame[2]] = value
                        values[path] = position
                    frame[2] = None
                else:
                    values[frame[1] + (len(container),)] = position
                    container.append(value)
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                _check_node_event(event, "a mapping" if cls is MappingStartEvent else "a list")
                if len(stack) >= MAX_DEPTH:
                    mark = event.start_mark
                    raise FileProblem(
                        Problem(
                            "L006",
                            mark.line + 1,
                            mark.column + 1,
                            f"nested deeper than {MAX_DEPTH} levels; records are never that deep",
                        )
                    )
                mark = event.start_mark
                position = (mark.line + 1, mark.column + 1)
                new: dict | list = {} if cls is MappingStartEvent else []
                if not stack:
                    root = new
                    path: tuple = ()
                else:
                    frame = stack[-1]
                    container = frame[0]
                    if container.__class__ is dict:
                        if frame[2] is None:
                            raise FileProblem(
                                Problem(
                                    "L001",
                                    *position,
                                    "not valid YAML for a record: a key must be plain text, "
                                    "not a list or mapping",
                                )
                            )
                        path = frame[1] + (frame[2],)
                        if frame[2] is not _SKIP:
                            container[frame[2]] = new
                        frame[2] = None
                    else:
                        path = frame[1] + (len(container),)
                        container.append(new)
                values[path] = position
                stack.append([new, path, None, {}])
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                stack.pop()
            elif cls is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    raise FileProblem(
                        Problem(
                            "L005",
                            mark.line + 1,
                            mark.column + 1,
                            "more than one YAML document (`---`) in one file; "
                            "put each record in a file of its own or in one list",
                        )
                    )
            elif cls is AliasEvent:
                mark = event.start_mark
                raise FileProblem(
                    Problem(
                        "L004",
                        mark.line + 1,
                        mark.column + 1,
                        f"an alias (*{event.anchor}) is not allowed in records; "
                        "write the value out in full",
                    )
                )
    except yaml.MarkedYAMLError as error:
        raise FileProblem(_syntax_problem(error)) from None
    except yaml.YAMLError as error:  # reader errors carry no mark
        raise FileProblem(Problem("L001", 1, 1, f"not valid YAML: {error}")) from None
    return root, spans


class _Skip:
    """Marks the value of a duplicate key, which is reported and not kept."""


_SKIP = _Skip()


def _take_key(frame, key, position, event, raw: RawFile, keys: dict) -> None:
    if key is None:
        key = event.value
    first_lines = frame[3]
    if key in first_lines:
        raw.problems.append(
            Problem(
                "L003",
                *position,
                f"key '{key}' is given twice in one mapping: on line {first_lines[key]} and on "
                f"line {position[0]}; keep one (the first is used)",
            )
        )
        frame[2] = _SKIP
        return
    first_lines[key] = position[0]
    frame[2] = key
    keys[frame[1] + (key,)] = position


def _check_node_event(event, what: str) -> None:
    if event.anchor is not None:
        mark = event.start_mark
        raise FileProblem(
            Problem(
                "L004",
                mark.line + 1,
                mark.column + 1,
                f"an anchor (&{event.anchor}) is not allowed in records; remove it and write "
                "values out in full",
            )
        )
    if event.tag is not None and event.tag != "!":
        mark = event.start_mark
        raise FileProblem(
            Problem(
                "L004",
                mark.line + 1,
                mark.column + 1,
                f"a tag ({_short_tag(event.tag)}) on {what} is not allowed in records; remove it "
                "(the schema decides what each value means)",
            )
        )


def _syntax_problem(error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    parts = [part for part in (error.context, error.problem) if part]
    detail = "; ".join(parts) if parts else "the parser could not go on"
    return Problem(
        "L001",
        line,
        column,
        f"not valid YAML: {detail} (the parser stopped at line {line}, column {column})",
    )


def _short_tag(tag: str) -> str:
    return "!!" + tag[len("tag:yaml.org,2002:") :] if tag.startswith("tag:yaml.org,2002:") else tag
