"""YAML's own characters typed on a Japanese keyboard: a full-width colon ``：`` after a key, a
full-width space ``　`` or a tab in the indentation, a full-width space after ``:`` or ``-``.

libyaml reports these where it gives up, often on the next line and in its own words
("could not find expected ':'"), or not at all: a key indented with full-width spaces is read
as a key that begins with them. The loader asks here when a file stops it (``explain``) or
when a key begins with a full-width space (``refuse_wide_keys``); each mistake is then L001
at its own line and column, named, with the line as it should be written. ``lgotp validate
--fix`` applies those that are certain (``Slip.certain``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from lgotp_cli.i18n.messages import keyboard as words
from lgotp_cli.i18n.text import Said, Words
from lgotp_cli.source.model import FileProblem, Problem

_LINE = re.compile("([^\r\n\x85\u2028\u2029]*)(\r\n|[\r\n\x85\u2028\u2029]|$)")
_INDENT = re.compile("[ \t\u3000]*")
# A key as records write them (ASCII), then a colon, ASCII or full-width, and what follows it.
_KEY = re.compile("([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*([:：])(\u3000+)?(?=([ \t]|$)?)")
_BLOCK_SCALAR = re.compile(r"(?:^|[\s:])[|>][0-9+-]{0,2}[ \t]*(?:#.*)?$")
_COMMENT = re.compile(r"[ \t]#.*$")
_WIDE_INDENT = re.compile("^[ \t]*\u3000", re.MULTILINE)
_SHOWN_LINE = 80  # a longer corrected line is cut in the message


@dataclass(frozen=True, slots=True)
class Slip:
    """One mistake: the character's line and column (1-based), the text it spans (``start``
    to ``end`` in the file's text) and what to write there; whether ``--fix`` may write it."""

    line: int
    column: int
    start: int
    end: int
    replacement: str
    message: Said
    name: Words  # short, for what --fix says it changed
    certain: bool = True

    def problem(self) -> Problem:
        """The slip as the loader reports it (L001)."""
        return Problem("L001", self.line, self.column, self.message)


def explain(text: str, problem: Problem, reparse: Callable[[str], object]) -> list[Problem]:
    """The problems to report for a file that stopped the loader with ``problem``: each slip
    in ``text``, and what still stops ``reparse`` (the loader's parse, which raises
    FileProblem) once they are corrected; just ``problem`` when it is no syntax error or the
    text has no slip."""
    if problem.code != "L001":
        return [problem]
    slips = find_slips(text)
    if not slips:
        return [problem]
    found = [slip.problem() for slip in slips]
    try:
        reparse(apply(text, slips))
    except FileProblem as still:
        found.append(still.problem)
    return found


def refuse_wide_keys(text: str, node) -> None:
    """Raise FileProblem (L001) when a key of the parsed ``node`` begins with a full-width
    space: libyaml reads ``　　departure:`` as a key of its own rather than as indentation."""
    if node is None or "\u3000" not in text or _WIDE_INDENT.search(text) is None:
        return
    for key in _keys(node):
        if not key.style and key.value.startswith("\u3000"):
            mark = key.start_mark
            line = _LINE.findall(text)[mark.line][0]
            fixed = line[: mark.column] + line[mark.column :].lstrip("\u3000")
            line_number, column = mark.line + 1, mark.column + 1
            message = words.SPACE_INDENT.of(fixed=_shown(fixed), line=line_number, column=column)
            raise FileProblem(Problem("L001", line_number, column, message))


def _keys(node) -> Iterator[ScalarNode]:
    stack = [node]
    while stack:
        node = stack.pop()
        if node.__class__ is MappingNode:
            for key, value in node.value:
                if key.__class__ is ScalarNode:
                    yield key
                stack.append(value)
        elif node.__class__ is SequenceNode:
            stack.extend(node.value)


def apply(text: str, slips: list[Slip]) -> str:
    """``text`` with each slip's span replaced (slips do not overlap)."""
    parts, at = [], 0
    for slip in sorted(slips, key=lambda slip: slip.start):
        parts += [text[at : slip.start], slip.replacement]
        at = slip.end
    parts.append(text[at:])
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class _Line:
    number: int  # 0-based
    start: int  # offset of the line in the text
    text: str  # without its line break


@dataclass(frozen=True, slots=True)
class _Edit:
    """A slip within its line: ``old`` at column ``at`` (0-based) becomes ``new``; the wrong
    character itself stands at ``column``."""

    at: int
    old: str
    new: str
    column: int
    message: Words
    name: Words = words.FULL_WIDTH_SPACE_FIXED
    certain: bool = True
    key: str = ""


def find_slips(text: str) -> list[Slip]:
    """Every slip in ``text``, line by line, outside block scalars (``|``, ``>``: text there,
    a paragraph that starts with a full-width space, is the user's)."""
    lines = [
        _Line(number, match.start(), match[1])
        for number, match in enumerate(_LINE.finditer(text))
        if match[0] or match.start() < len(text)
    ]
    scanner = _Scanner(_indent_unit(lines))
    slips: list[Slip] = []
    for line in lines:
        edits = scanner.read(line.text)
        if edits:
            fixed = _shown(_edited(line.text, edits))
            slips += [
                Slip(
                    line.number + 1,
                    edit.column + 1,
                    line.start + edit.at,
                    line.start + edit.at + len(edit.old),
                    edit.new,
                    edit.message.of(
                        key=edit.key, fixed=fixed, line=line.number + 1, column=edit.column + 1
                    ),
                    edit.name,
                    edit.certain,
                )
                for edit in edits
            ]
    return slips


def _edited(text: str, edits: list[_Edit]) -> str:
    for edit in sorted(edits, key=lambda edit: edit.at, reverse=True):
        text = text[: edit.at] + edit.new + text[edit.at + len(edit.old) :]
    return text


class _Scanner:
    """Reads lines in order, keeping the indentations of the open block collections (to
    decide how many spaces an indentation of tabs or full-width spaces stands for)."""

    def __init__(self, unit: int) -> None:
        self.unit = unit
        self.open: list[int] = []  # indentations of the open block collections
        self.opens_block = False  # the last line ends with a key and nothing after it
        self.last_width = 0
        self.block_parent: int | None = None  # inside a block scalar below this indentation

    def read(self, content: str) -> list[_Edit]:
        """The slips of the next line."""
        indent = _INDENT.match(content)[0]
        rest = content[len(indent) :]
        if self.block_parent is not None:
            spaces = len(content) - len(content.lstrip(" "))
            if not content.strip(" \t") or spaces > self.block_parent:
                return []  # the block scalar's own text
            self.block_parent = None
        wrong = _first_wrong(indent)
        if not rest:
            if "\u3000" not in indent:
                return []
            blank = indent.replace("\u3000", "")
            return [_Edit(0, indent, blank, wrong, words.SPACE_ON_BLANK_LINE)]
        if rest.startswith("#"):  # a comment's indentation means nothing: as wide as it looks
            if "\u3000" not in indent:
                return []
            spaces = indent.replace("\u3000", "  ").replace("\t", " " * self.unit)
            return [_Edit(0, indent, spaces, wrong, words.SPACE_INDENT)]
        edits, width = [], len(indent)
        if wrong is not None:
            width, certain = self._width(indent)
            tab = indent[wrong] == "\t"
            edits.append(
                _Edit(
                    0,
                    indent,
                    " " * width,
                    wrong,
                    words.TAB_INDENT if tab else words.SPACE_INDENT,
                    words.TAB_FIXED if tab else words.FULL_WIDTH_SPACE_FIXED,
                    certain,
                )
            )
        edits += _after_indent(len(indent), rest)
        self._structure(width, rest)
        return edits

    def _width(self, indent: str) -> tuple[int, bool]:
        """How many spaces ``indent`` stands for, and whether that is certain: a tab is one
        level; a full-width space one level, or as wide as it looks (two columns), or one
        space typed with the input method on. Certain when exactly one of these fits the
        lines above (the indentation of an open collection, or one level deeper than a key
        that opens one)."""
        spaces, tabs, wide = indent.count(" "), indent.count("\t"), indent.count("\u3000")
        candidates = dict.fromkeys(
            spaces + tabs * self.unit + wide * each for each in (self.unit, 2, 1)
        )
        allowed = set(self.open)
        if self.opens_block:
            allowed.add(self.last_width + self.unit)
        fitting = [width for width in candidates if width in allowed]
        if len(fitting) == 1:
            return fitting[0], True
        if fitting:
            return fitting[0], False
        # None fits: the message suggests the open collection it comes closest to.
        first = next(iter(candidates))
        return max((width for width in allowed if width <= first), default=first), False

    def _structure(self, width: int, rest: str) -> None:
        """Keep the open collections' indentations up to date after a line of ``width``."""
        while self.open and self.open[-1] > width:
            self.open.pop()
        if not self.open or self.open[-1] < width:
            self.open.append(width)
        body = _COMMENT.sub("", rest).rstrip(" \t")
        if rest.startswith(("- ", "-\u3000")):  # a mapping in a list item is indented past "- "
            item = rest[1:].lstrip(" \u3000")
            self.open.append(width + len(rest) - len(item))
        self.opens_block = body.endswith((":", "：", "-"))
        self.last_width = width
        if _BLOCK_SCALAR.search(body):
            self.block_parent = width


def _after_indent(at: int, rest: str) -> list[_Edit]:
    """The slips after a line's indentation (which ends at column ``at``): a full-width space
    after a list item's ``-``, a full-width colon after a key or a full-width space after
    its colon."""
    edits = []
    if rest.startswith("-\u3000"):
        run = len(rest) - 1 - len(rest[1:].lstrip("\u3000"))
        edits.append(_Edit(at + 1, "\u3000" * run, " " * run, at + 1, words.SPACE_AFTER_DASH))
        at, rest = at + 1 + run, rest[1 + run :]
    elif rest.startswith("- "):
        item = rest[2:].lstrip(" ")
        at, rest = at + len(rest) - len(item), item
    key = _KEY.match(rest)
    if key is None:
        return edits
    colon, wide = at + key.start(2), key[3] or ""
    if key[2] == "：":
        # ':' and a space: the full-width spaces after it become spaces, and a value written
        # straight after it gets one.
        after = " " * len(wide) if wide else ("" if key[4] is not None else " ")
        edits.append(
            _Edit(
                colon,
                "：" + wide,
                ":" + after,
                colon,
                words.COLON_AFTER_KEY,
                words.FULL_WIDTH_COLON_FIXED,
                key=key[1],
            )
        )
    elif wide:
        edits.append(
            _Edit(colon + 1, wide, " " * len(wide), colon + 1, words.SPACE_AFTER_COLON, key=key[1])
        )
    return edits


def _first_wrong(indent: str) -> int | None:
    """Where in ``indent`` the first tab or full-width space stands, or None."""
    for index, char in enumerate(indent):
        if char in "\t\u3000":
            return index
    return None


def _shown(line: str) -> str:
    return line if len(line) <= _SHOWN_LINE else line[: _SHOWN_LINE - 1] + "…"


def _indent_unit(lines: list[_Line]) -> int:
    """The file's step of indentation: the smallest indentation of a line indented with
    ASCII spaces only (2 when there is none)."""
    widths = [
        len(line.text) - len(stripped)
        for line in lines
        if (stripped := line.text.lstrip(" ")) and stripped[0] not in "\t\u3000#"
    ]
    return min((width for width in widths if width), default=2)
