"""L rules: problems of a file as a whole, found by the loader while it reads the file.

The loader (``source/``) detects these as it reads, because a file with any of them yields no
trustworthy record; each rule here hands on the loader's problems of its code.
"""

from __future__ import annotations

from collections.abc import Iterator

from lgotp_cli.rules.registry import Severity, rule
from lgotp_cli.source.model import Problem, RawFile


def _of(raw: RawFile, code: str) -> Iterator[Problem]:
    return (problem for problem in raw.problems if problem.code == code)


@rule(
    "L001",
    Severity.ERROR,
    "not valid YAML (or CSV): says where the parser stopped",
    scope="file",
    fires="id: [LGOTP-1\n",
    quiet="id: LGOTP-1\n",
)
def invalid_syntax(raw: RawFile) -> Iterator[Problem]:
    """The file cannot be parsed.

    Why: nothing in it can be trusted until it parses; the message names the line and column
    where the parser stopped, which is usually just after the mistake (an unclosed bracket or
    quote, a tab used for indentation, a value that starts with a reserved character).
    Fix: correct the syntax at or just before the position given.
    """
    return _of(raw, "L001")


@rule(
    "L002",
    Severity.ERROR,
    "not UTF-8 (names Shift_JIS/CP932 when the bytes look like it)",
    scope="file",
)
def not_utf8(raw: RawFile) -> Iterator[Problem]:
    """The file is not UTF-8 text.

    Why: records are UTF-8 (a BOM is tolerated). Japanese Excel and Notepad often save
    Shift_JIS/CP932; the message says so when the bytes look like it.
    Fix: save the file as UTF-8 (Excel: "CSV UTF-8 (comma delimited)").
    """
    return _of(raw, "L002")


@rule(
    "L003",
    Severity.ERROR,
    "a key given twice in one mapping (both lines in the message)",
    scope="file",
    fires="id: A\nid: B\n",
    quiet="id: A\n",
)
def duplicate_key(raw: RawFile) -> Iterator[Problem]:
    """The same key appears twice in one mapping (or a column twice in a sheet's header).

    Why: YAML readers silently keep one of the two values; which one the author meant is a guess.
    Fix: keep one of them.
    """
    return _of(raw, "L003")


@rule(
    "L004",
    Severity.ERROR,
    "a tag, an anchor or an alias",
    scope="file",
    fires="id: !!str A\n",
    quiet="id: A\n",
)
def tag_anchor_alias(raw: RawFile) -> Iterator[Problem]:
    """The file uses a YAML tag (``!!python/object``, ``!!str``), an anchor (``&a``) or an
    alias (``*a``).

    Why: nothing is ever constructed from a tag, and alias expansion is an attack ("billion
    laughs"); records never need either.
    Fix: remove the tag; write aliased values out in full.
    """
    return _of(raw, "L004")


@rule(
    "L005",
    Severity.ERROR,
    "empty file, more than one YAML document, or a document that is not a record or a list",
    scope="file",
    fires="- just\n- a list\n",
    quiet="id: A\n",
)
def not_a_record(raw: RawFile) -> Iterator[Problem]:
    """The file holds no record: it is empty, has several ``---`` documents, or its document is
    not a mapping (one record) or a list of mappings (several records).

    Fix: one record per file as ``key: value`` lines, or a list of records.
    """
    return _of(raw, "L005")


@rule(
    "L006",
    Severity.ERROR,
    "file larger than 5 MiB, or nested deeper than 20 levels",
    scope="file",
    fires="a: " + "[" * 21 + "]" * 21 + "\n",
    quiet="a: [[1]]\n",
)
def too_large(raw: RawFile) -> Iterator[Problem]:
    """The file is larger than 5 MiB or nests values deeper than 20 levels.

    Why: no record is that large or deep; such a file is a mistake or an attack, and reading
    it would cost time and memory for nothing.
    Fix: split the file, or remove the nesting.
    """
    return _of(raw, "L006")


@rule(
    "L007",
    Severity.ERROR,
    "lgotp.yaml is invalid (exit 2: nothing else can be trusted)",
    scope="file",
)
def invalid_config(raw: RawFile) -> Iterator[Problem]:
    """``lgotp.yaml`` does not parse or does not fit its model: an unknown key, rates that are
    not whole yen, a ratio outside 0–1, an unknown host code in ``non_grant_bodies``.

    Why: every rule reads its limits from the configuration; with a broken one, no result can
    be trusted, so the command stops with exit 2 after this diagnostic.
    Fix: correct ``lgotp.yaml`` at the position given; ``lgotp config`` shows the defaults.
    """
    return _of(raw, "L007")
