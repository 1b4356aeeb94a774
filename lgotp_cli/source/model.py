"""What the source layer hands on: raw records (plain values with positions) and problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from lgotp_cli.i18n.text import Said

Position = tuple[int, int]  # (line, column), both 1-based
KeyPath = tuple  # ("period", "arrival") or ("waivers", 0, "rule")


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem found while reading a file, before any record exists: an L (or S) code."""

    code: str
    line: int
    column: int
    message: str | Said  # Said: put into the chosen language when shown


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """A problem found while reading a file (an L rule), with the file it is in: a record
    file's, or lgotp.yaml's (L007, ``ConfigError``)."""

    path: Path
    problem: Problem


@dataclass(frozen=True, slots=True)
class SourceText:
    """A file's decoded text and whether it began with a byte order mark."""

    text: str
    bom: bool = False


@dataclass(slots=True)
class Spans:
    """Where each value (and each mapping key) of a file stands, by key path."""

    values: dict[KeyPath, Position] = field(default_factory=dict)
    keys: dict[KeyPath, Position] = field(default_factory=dict)


class Locator(Protocol):
    """Where a record's values and keys stand in its file."""

    def value(self, path: KeyPath) -> Position | None: ...

    def key(self, path: KeyPath) -> Position | None: ...

    def holder(self, path: KeyPath) -> Position | None:
        """Where the mapping at ``path`` is named within the record: its key (``specialist:``),
        or where it starts when no key of the record names it (a list's item, a sheet's row)."""
        ...


@dataclass(frozen=True, slots=True)
class SpansLocator:
    """Positions recorded while reading (CSV sheets), for the record at ``prefix``."""

    spans: Spans
    prefix: KeyPath

    def value(self, path: KeyPath) -> Position | None:
        return self.spans.values.get(self.prefix + tuple(path))

    def key(self, path: KeyPath) -> Position | None:
        return self.spans.keys.get(self.prefix + tuple(path))

    def holder(self, path: KeyPath) -> Position | None:
        # A sheet's keys are its header cells, above every row: the row's cell is the record's.
        return self.value(path)


@dataclass(slots=True)
class RawRecord:
    """One record as read: plain values (dict, list, str, None) and where each one stands."""

    path: Path
    kind: str
    data: dict
    locator: Locator
    index: int | None  # position in a list file or row in a sheet; None for a one-record file
    start: Position

    def value_position(self, key_path: KeyPath) -> Position | None:
        """The position of the value at ``key_path``, or None when it is not in the file."""
        return self.locator.value(tuple(key_path))

    def key_position(self, key_path: KeyPath) -> Position | None:
        """The position of the key that holds ``key_path``, or None."""
        return self.locator.key(tuple(key_path))

    def locate(self, key_path: KeyPath, *, at_key: bool = False) -> Position:
        """The best position for a problem at ``key_path``: the value (or key), else the
        nearest enclosing value that is in the file, else the record's first line."""
        key_path = tuple(key_path)
        if at_key:
            found = self.key_position(key_path)
            if found:
                return found
        while key_path:
            found = self.value_position(key_path)
            if found:
                return found
            key_path = key_path[:-1]
        return self.start

    def locate_missing(self, key_path: KeyPath) -> Position:
        """The best position for a key that is not in the file: the key of the mapping it
        belongs in (``specialist:`` for ``specialist.employer``), else the nearest enclosing
        one that is in the file, else the record's first line (a key of the record itself)."""
        holder = tuple(key_path)[:-1]
        while holder:
            found = self.locator.holder(holder)
            if found:
                return found
            holder = holder[:-1]
        return self.start


@dataclass(slots=True)
class RawFile:
    """A record file as read: its records, or the problems that stopped it."""

    path: Path
    kind: str
    records: list[RawRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    single: bool = False  # one record (a mapping), as opposed to a list or a sheet


class FileProblem(Exception):
    """A problem that stops a file from being read any further."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem.message))
        self.problem = problem
