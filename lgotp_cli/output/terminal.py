"""What goes to a terminal: whether to colour it, how wide it is, and how wide text is on it.

A terminal draws East Asian wide characters (漢字, かな, full-width forms) in two cells and most
others in one. Wherever lgotp lines text up for a terminal (report tables, the Gantt chart, the
rule table), it measures, cuts, pads and wraps by cells with the helpers here, never by
characters, so that Japanese lines up as English does. Widths are rich's (``rich.cells``), the
same rich uses to draw tables.
"""

from __future__ import annotations

import os
import re
import sys

# Where a pipe or a file gets no terminal width: lines keep their natural length.
PIPED = None
_SMALLEST = 20  # a width below this is a mistake in $COLUMNS, not a terminal to fit


def use_colour(stream=None) -> bool:
    """Colour only on a terminal, never with ``NO_COLOR`` set (to anything but the empty
    string, as no-color.org says) and never on a ``TERM=dumb`` terminal."""
    stream = sys.stdout if stream is None else stream
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def terminal_width(stream=None) -> int | None:
    """How many cells wide the terminal ``stream`` writes to is: ``$COLUMNS`` when it is set,
    else the terminal's own width. None when ``stream`` is not a terminal (a pipe or a file),
    where text keeps its natural width; colour plays no part (``NO_COLOR`` on a terminal still
    fits the terminal)."""
    stream = sys.stdout if stream is None else stream
    try:
        if not stream.isatty():
            return PIPED
    except (AttributeError, ValueError):  # a closed or unusual stream: treat it as a file
        return PIPED
    import shutil

    return max(_SMALLEST, shutil.get_terminal_size((100, 40)).columns)


def cell_width(text: str) -> int:
    """How many terminal cells ``text`` takes: two for each wide character (岡崎市 is 6)."""
    from rich.cells import cell_len

    return cell_len(text)


def fit_cells(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` cells and padded with spaces to exactly ``width``; a
    wide character that would straddle the edge becomes a space."""
    from rich.cells import set_cell_size

    return set_cell_size(text, width)


def pad_cells(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` cells (never cut): ``str.ljust`` by cells."""
    return text + " " * max(0, width - cell_width(text))


def has_wide(text: str) -> bool:
    """Whether ``text`` holds a character that takes two cells."""
    return cell_width(text) != len(text)


# Japanese line breaking (禁則): these never begin a line, and these never end one.
_NO_LINE_START = frozenset(
    "、。，．・：；？！゛゜ヽヾゝゞ々ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ）」』】〕〉》］｝〙〗”’,.:;?!)]}"
)
_NO_LINE_END = frozenset("（「『【〔〈《［｛〘〖“‘([{")
# A token is a run of spaces, a run of narrow characters (a word, a date, a code: never
# broken) or one wide character (Japanese may break between any two).
_TOKEN = re.compile(r"\s+|[^\s\u1100-\U0010ffff]+|[\u1100-\U0010ffff]")


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for token in _TOKEN.findall(text):
        if tokens and _narrow_word(token) and _narrow_word(tokens[-1]):
            tokens[-1] += token  # a narrow character beyond U+1100 (→, –) stays in its word
        else:
            tokens.append(token)
    return tokens


def _narrow_word(token: str) -> bool:
    return not token.isspace() and not has_wide(token)


def wrap_cells(text: str, width: int, indent: str = "", subsequent: str | None = None) -> list[str]:
    """``text`` in lines of at most ``width`` cells (indent included), broken at spaces and
    between wide characters, as Japanese is; a word of narrow characters (a date, a code, a
    key) is never broken, and no line begins with closing punctuation (、。）」) or ends with
    an opening bracket. Runs of spaces become one space; ``subsequent`` indents the lines after
    the first (default: ``indent``)."""
    subsequent = indent if subsequent is None else subsequent
    lines: list[str] = []
    line: list[str] = []
    used = cell_width(indent)
    prefix = indent

    def flush() -> None:
        nonlocal line, used, prefix
        while line and line[-1] == " ":
            line.pop()
        lines.append(prefix + "".join(line))
        line, prefix = [], subsequent
        used = cell_width(subsequent)

    for token in _tokens(text):
        if token.isspace():
            if line and line[-1] != " ":
                line.append(" ")
                used += 1
            continue
        size = cell_width(token)
        if line and used + size > width:
            carried: list[str] = []
            # Keep a closing mark with the character before it (and a run of them, "）。",
            # with the word before the first), an opening one with the next.
            first = token
            while first[0] in _NO_LINE_START and len(line) > 1 and line[-1] != " ":
                first = line.pop()
                carried.insert(0, first)
            while len(line) > 1 and line[-1][-1] in _NO_LINE_END:
                carried.insert(0, line.pop())
            flush()
            for kept in carried:
                line.append(kept)
                used += cell_width(kept)
        line.append(token)
        used += size
    if line or not lines:
        flush()
    return lines
