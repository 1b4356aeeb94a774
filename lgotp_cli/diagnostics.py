"""Diagnostics and the ways they are written: text, JSON, GitHub annotations, JUnit XML.

A diagnostic is what ``validate`` reports: file, line, column, severity, rule code, record id
and a message. This module turns a list of them into each output format; it knows nothing of
rules or records.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from lgotp_cli.i18n import diagnostic_words as said
from lgotp_cli.i18n.text import Said, is_japanese


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem: where (1-based line and column), how bad, which rule, which record, what."""

    file: Path
    line: int
    column: int
    severity: Severity
    code: str
    record: str | None
    message: str  # in the language the command chose
    said: Said | None = field(default=None, compare=False)  # the message in any language

    def message_in(self, lang: str) -> str:
        """The message in ``lang`` (a message the catalogue does not have stays as it is)."""
        return self.said.in_(lang) if self.said is not None else self.message


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts for the closing line and JSON's ``summary``."""

    errors: int
    warnings: int
    infos: int
    records: int
    files: int

    @classmethod
    def of(cls, diagnostics: Sequence[Diagnostic], records: int, files: int) -> Summary:
        counts = {severity: 0 for severity in Severity}
        for diagnostic in diagnostics:
            counts[diagnostic.severity] += 1
        return cls(
            counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO], records, files
        )


def display_path(path: Path, cwd: Path | None = None) -> str:
    """``path`` relative to the current directory when it lies under it, else absolute."""
    cwd = cwd or Path.cwd()
    absolute = path if path.is_absolute() else cwd / path
    try:
        return absolute.relative_to(cwd).as_posix()
    except ValueError:
        return os.path.normpath(absolute).replace(os.sep, "/")


def summary_line(summary: Summary, lang: str = "en") -> str:
    """The one line that ends text output (and heads the site's home page, in ``lang``)."""
    checked = said.CHECKED(
        lang,
        records=said.RECORDS(lang, summary.records),
        files=said.FILES(lang, summary.files),
    )
    if not (summary.errors or summary.warnings):
        notes = (
            said.WITH_NOTES(lang, notes=said.NOTES(lang, summary.infos)) if summary.infos else ""
        )
        return said.ALL_GOOD(lang, checked=checked, notes=notes)
    return said.FOUND(
        lang,
        errors=said.ERRORS(lang, summary.errors),
        warnings=said.WARNINGS(lang, summary.warnings),
        checked=checked,
    )


# Control characters, line separators and bidi controls (a value quoted in a message may hold
# any of them):
# shown escaped, so a value can neither start an output line of its own (a forged
# `path:line:col: error` line, or a `::error` workflow command in a CI log) nor drive the terminal.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"  # embeddings, overrides, isolates: reorder text
_UNSAFE_IN_A_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI_CONTROLS}]")
# In text for people (a table on the terminal, Markdown, HTML, SVG), tab and line feed are text.
_UNSAFE_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI_CONTROLS}]")


def _escape(match: re.Match) -> str:
    return repr(match.group())[1:-1]


def one_line(text: str) -> str:
    """``text`` with control characters, line breaks and bidi controls written as escapes
    (``\\n``, ``\\x1b``, ``\\u202e``)."""
    if _UNSAFE_IN_A_LINE.search(text) is None:
        return text
    return _UNSAFE_IN_A_LINE.sub(_escape, text)


def visible(text: str) -> str:
    """``text`` for a terminal or a document: control characters (ESC, CR, C1) and bidi
    controls written as escapes (``\\x1b``, ``\\u202e``), so that a value can neither clear
    the screen, set the window title, hide a link (OSC 8) nor show itself reversed; tab and
    line feed stay."""
    if _UNSAFE_IN_TEXT.search(text) is None:
        return text
    return _UNSAFE_IN_TEXT.sub(_escape, text)


def text_line(diagnostic: Diagnostic) -> str:
    """``path:line:col: error T101 [LGOTP-2024-007] message``, always one line."""
    record = f" [{one_line(diagnostic.record)}]" if diagnostic.record else ""
    return (
        f"{one_line(display_path(diagnostic.file))}:{diagnostic.line}:{diagnostic.column}: "
        f"{diagnostic.severity} {diagnostic.code}{record} {one_line(diagnostic.message)}"
    )


def as_dict(d: Diagnostic) -> dict:
    """A diagnostic as CLI.md's JSON gives it (``file`` relative to the current directory)."""
    return {
        "file": display_path(d.file),
        "line": d.line,
        "column": d.column,
        "severity": str(d.severity),
        "code": d.code,
        "record": d.record,
        "message": d.message,
    }


def to_json(diagnostics: Sequence[Diagnostic], summary: Summary) -> str:
    """The JSON document CLI.md gives: diagnostics and summary counts."""
    document = {
        "diagnostics": [as_dict(d) for d in diagnostics],
        "summary": {
            "errors": summary.errors,
            "warnings": summary.warnings,
            "infos": summary.infos,
            "records": summary.records,
            "files": summary.files,
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _github_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation_title(diagnostic: Diagnostic, lang: str = "en") -> str:
    """An annotation's title: the rule's code; in Japanese with the severity after it
    (``T101 エラー``), as GitHub itself names the level only in English."""
    if not is_japanese(lang):
        return diagnostic.code
    from lgotp_cli.i18n.record_words import SEVERITY

    return f"{diagnostic.code} {SEVERITY.label(diagnostic.severity, lang)}"


def github_line(diagnostic: Diagnostic, lang: str = "en") -> str:
    """A GitHub Actions workflow command that annotates the line in the pull request; its
    words in ``lang`` (the message is the diagnostic's, already in the command's language)."""
    record = f"[{one_line(diagnostic.record)}] " if diagnostic.record else ""
    return (
        f"::{_GITHUB_LEVEL[diagnostic.severity]} "
        f"file={_github_property(one_line(display_path(diagnostic.file)))},"
        f"line={diagnostic.line},col={diagnostic.column},"
        f"title={_github_property(annotation_title(diagnostic, lang))}::"
        f"{_github_data(record + one_line(diagnostic.message))}"
    )


def to_junit(
    diagnostics: Sequence[Diagnostic], summary: Summary, files: Sequence[Path], lang: str = "en"
) -> str:
    """JUnit XML for GitLab and Jenkins: a test case per record file, failing with its errors
    (and, with ``--strict``, warnings) as failures, the failure's words in ``lang``."""
    from xml.etree import ElementTree as ET

    by_file: dict[str, list[Diagnostic]] = {}
    for diagnostic in diagnostics:
        by_file.setdefault(display_path(diagnostic.file), []).append(diagnostic)
    names = [display_path(path) for path in files]
    names += [name for name in by_file if name not in set(names)]
    failing = [name for name in names if by_file.get(name)]
    suites = ET.Element("testsuites", name="lgotp validate")
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="lgotp validate",
        tests=str(len(names)),
        failures=str(len(failing)),
        errors="0",
        skipped="0",
    )
    for name in names:
        case = ET.SubElement(suite, "testcase", classname="lgotp.validate", name=name, file=name)
        found = by_file.get(name)
        if found:
            first = found[0]
            failure = ET.SubElement(
                case,
                "failure",
                type=first.code,
                message=f"{said.PROBLEMS(lang, len(found))}: {first.code} {first.message}",
            )
            failure.text = "\n".join(text_line(d) for d in found)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode")
