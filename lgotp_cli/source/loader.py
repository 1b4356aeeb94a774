"""Bytes → plain values with their positions, and the L problems of a file.

YAML goes through libyaml's C parser: the C composer builds the node tree (each node with its
line and column), and the values are built here from it: every scalar stays the text the user
wrote (the record's schema decides what it means, never the YAML 1.1 resolver, which is not
even consulted), duplicate keys and deep nesting are caught on the way, and positions are looked
up in the tree only when a diagnostic needs one.

Tags, anchors and aliases leave no trace in a node tree, and the C composer recurses, so any
file whose text could hold them, or nest deeply, is first read as an event stream (linear, no
alias ever expanded) that stops at the first tag, anchor, alias or level too deep.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml
from yaml.cyaml import CParser
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from lgotp_cli.i18n.messages import files as said
from lgotp_cli.i18n.text import Said
from lgotp_cli.source.keyboard import explain, refuse_wide_keys
from lgotp_cli.source.model import FileProblem, Position, Problem, RawFile, RawRecord, SourceText
from lgotp_cli.source.yaml_events import (
    MAX_DEPTH,
    check_events,
    is_parser_depth_limit,
    needs_events,
    second_document,
    too_deep,
)

MAX_FILE_BYTES = 5 * 1024 * 1024
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_intern = sys.intern
# Characters YAML 1.1 does not allow in a stream (libyaml stops at them without a line number).
# What YAML allows in a file; CSV sheets are held to the same.
NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def read_text(path: Path) -> SourceText:
    """Read ``path`` as UTF-8 text (a BOM is dropped), or raise FileProblem (L002, L006)."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileProblem(Problem("L006", 1, 1, said.FILE_TOO_LARGE_SIZE.of(size=size / 1048576)))
    return decode(path.read_bytes())


def decode(data: bytes) -> SourceText:
    """Decode bytes as UTF-8 (tolerating a BOM), naming the likely encoding when it is not."""
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise FileProblem(Problem("L002", line, column, _encoding_message(data, error))) from None
    # ASCII saved as UTF-16 without a BOM is valid UTF-8 with a NUL in every other byte.
    if "\x00" in text and _looks_like_utf16(data):
        raise FileProblem(Problem("L002", 1, 1, said.NOT_UTF8.of(guess=said.LOOKS_UTF16)))
    return SourceText(text, bom)


def _looks_like_utf16(data: bytes) -> bool:
    head = data[:400]
    return head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4


def _encoding_message(data: bytes, error: UnicodeDecodeError) -> Said:
    bad = data[error.start : error.start + 3]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_like_utf16(data):
        guess = said.LOOKS_UTF16
    elif len(bad) == 3 and bad[0] == 0xED and 0xA0 <= bad[1] <= 0xBF:
        # UTF-8's shape for a UTF-16 surrogate (CESU-8, or a program's broken output).
        code = 0xD000 | (bad[1] & 0x3F) << 6 | (bad[2] & 0x3F)
        guess = said.LONE_SURROGATE.of(bytes=bad.hex(" ").upper(), code=code)
    elif _looks_like_cp932(data):
        guess = said.LOOKS_CP932
    else:
        guess = said.BAD_BYTE.of(byte=data[error.start])
    return said.NOT_UTF8.of(guess=guess)


def _looks_like_cp932(data: bytes) -> bool:
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        return False
    # Kana or kanji in what decodes cleanly as CP932 is a strong sign.
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def load_yaml(path: Path, kind: str, text: SourceText, *, on_disk: bool = False) -> RawFile:
    """Read the records of one YAML file; problems that stop the file are in ``problems``.

    ``on_disk``: the file can be read again when a position is needed, so its text is not
    kept (a tenth of the memory of a large repository)."""
    raw = RawFile(path=path, kind=kind)
    try:
        node = _compose(text.text)
        refuse_wide_keys(text.text, node)
        value = None if node is None else _Builder(raw).build(node)
    except FileProblem as stop:
        # A full-width colon, space or a tab is named where it stands (source/keyboard.py).
        raw.problems.extend(explain(text.text, stop.problem, _compose))
        return raw
    if value is None:
        raw.problems.append(Problem("L005", 1, 1, said.FILE_EMPTY.of()))
        return raw
    # The node tree is dropped here and composed again only if a diagnostic needs a position:
    # keeping every file's tree would cost far more memory than the records themselves.
    tree = _TreeSource(None if on_disk else text.text, path)
    if isinstance(value, dict):
        raw.single = True
        raw.records.append(RawRecord(path, kind, value, NodeLocator(tree, ()), None, _at(node)))
        return raw
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        for index, item in enumerate(value):
            start = _at(node.value[index])
            raw.records.append(
                RawRecord(path, kind, item, NodeLocator(tree, (index,)), index, start)
            )
        return raw
    raw.problems.append(Problem("L005", *_at(node), said.NOT_A_RECORD.of()))
    return raw


def _at(node) -> Position:
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


class _Composer(CParser):
    """libyaml's C parser and composer, with no tag resolution: every node is plain."""

    # The composer calls these three for every node. ``"".format`` takes any arguments and
    # returns "" (no tag), in C: a Python method here cost a tenth of reading a record.
    descend_resolver = ascend_resolver = resolve = "".format


_ASCII_NOT_PRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _compose(text: str):
    """The node tree of ``text`` (None when it holds no document), or FileProblem."""
    bad = (_ASCII_NOT_PRINTABLE if text.isascii() else NOT_PRINTABLE).search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        raise FileProblem(
            Problem("L001", line, column, said.CHARACTER_NOT_ALLOWED.of(code=ord(bad.group())))
        )
    try:
        if needs_events(text):
            check_events(text)
        composer = _Composer(text)
        try:
            return composer.get_single_node()
        finally:
            composer.dispose()
    except yaml.composer.ComposerError as error:
        if error.context and "single document" in error.context and error.problem_mark:
            mark = error.problem_mark
            raise FileProblem(second_document(mark)) from None
        raise FileProblem(_syntax_problem(error)) from None
    except yaml.MarkedYAMLError as error:
        raise FileProblem(_syntax_problem(error)) from None
    except yaml.YAMLError as error:  # reader errors carry no mark
        raise FileProblem(Problem("L001", 1, 1, said.NOT_READABLE_YAML.of(error=error))) from None


class _Builder:
    """Plain values from a node tree: text stays text, nulls are None; L003 and L006."""

    def __init__(self, raw: RawFile) -> None:
        self.problems = raw.problems
        # Per mapping with a duplicate, its first key nodes by text: looked up once, not searched
        # for every duplicate (which makes a file of many duplicates quadratic).
        self._first_keys: dict[int, dict[str, object]] = {}

    def build(self, node, depth: int = 0):
        cls = node.__class__
        if cls is ScalarNode:
            value = node.value
            return None if not node.style and value in _NULLS else value
        if depth >= MAX_DEPTH:
            line, column = _at(node)
            raise FileProblem(too_deep(line, column))
        deeper = depth + 1
        if cls is SequenceNode:
            return [self.build(item, deeper) for item in node.value]
        mapping: dict = {}
        for key_node, value_node in node.value:
            if key_node.__class__ is not ScalarNode:
                raise FileProblem(Problem("L001", *_at(key_node), said.KEY_NOT_TEXT.of()))
            key = _intern(key_node.value)  # the same few keys in every record: keep one copy
            if key in mapping:
                self._duplicate(node, key_node)
                continue
            # Most values are scalars: read them here rather than in a call of their own.
            if value_node.__class__ is ScalarNode:
                value = value_node.value
                mapping[key] = None if not value_node.style and value in _NULLS else value
            else:
                mapping[key] = self.build(value_node, deeper)
        return mapping

    def _duplicate(self, mapping_node, key_node) -> None:
        first_keys = self._first_keys.get(id(mapping_node))
        if first_keys is None:
            first_keys = {}
            for key, _ in mapping_node.value:
                if key.__class__ is ScalarNode:
                    first_keys.setdefault(key.value, key)
            self._first_keys[id(mapping_node)] = first_keys
        first = first_keys[key_node.value]
        line, column = _at(key_node)
        message = said.DUPLICATE_KEY.of(
            key=key_node.value, first=first.start_mark.line + 1, line=line
        )
        self.problems.append(Problem("L003", line, column, message))


class _TreeSource:
    """A file's text (or where to read it again), and its node tree once somebody asks."""

    __slots__ = ("_keys", "_root", "path", "text")

    def __init__(self, text: str | None, path: Path) -> None:
        self.text = text
        self.path = path
        self._root = None
        self._keys: dict[int, dict] = {}

    def entries(self, mapping_node) -> dict:
        """A mapping node's first (key node, value node) for each key text, made once per node:
        a search per lookup would make many diagnostics in one big mapping quadratic."""
        found = self._keys.get(id(mapping_node))
        if found is None:
            found = {}
            for key_node, value_node in mapping_node.value:
                if key_node.__class__ is ScalarNode:
                    found.setdefault(key_node.value, (key_node, value_node))
            self._keys[id(mapping_node)] = found
        return found

    @property
    def root(self):
        if self._root is None:
            text = self.text if self.text is not None else read_text(self.path).text
            self._root = _compose(text)
        return self._root


class NodeLocator:
    """Positions of a record's values and keys, looked up in its file's node tree."""

    __slots__ = ("prefix", "tree")

    def __init__(self, tree: _TreeSource, prefix: tuple) -> None:
        self.tree = tree
        self.prefix = prefix

    def _find(self, path: tuple):
        """The (key node, value node) at ``path``, or None."""
        node, key = self.tree.root, None
        for step in self.prefix + tuple(path):
            cls = node.__class__
            if cls is MappingNode:
                entry = self.tree.entries(node).get(step)
                if entry is None:
                    return None
                key, node = entry
            elif cls is SequenceNode and isinstance(step, int) and 0 <= step < len(node.value):
                node, key = node.value[step], None
            else:
                return None
        return key, node

    def value(self, path: tuple) -> Position | None:
        found = self._find(path)
        return _at(found[1]) if found else None

    def key(self, path: tuple) -> Position | None:
        found = self._find(path)
        return _at(found[0]) if found and found[0] is not None else None

    def holder(self, path: tuple) -> Position | None:
        found = self._find(path)
        if found is None:
            return None
        key, value = found
        return _at(key if key is not None else value)


def _syntax_problem(error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    if is_parser_depth_limit(error):
        return too_deep(line, column)
    parts = [part for part in (error.context, error.problem) if part]
    detail = said.yaml_trouble("; ".join(parts) if parts else "the parser could not go on")
    return Problem("L001", line, column, said.SYNTAX.of(detail=detail, line=line, column=column))
