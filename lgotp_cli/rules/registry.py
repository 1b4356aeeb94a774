"""The one registry of rules: code, severity, summary, scope, what finds it, whether a waiver
can silence it, its documentation and examples, and the check itself when it has one.

Most rules are a function in their kind's module, registered with ``@rule``: their own check
finds what they report. The L rules are found by the loader while it reads a file, and the S
rules by the check of a record against its kind's model; they have no check function of their
own and are registered with ``declare`` (``declare_loader_rule``, ``declare_schema_rule``),
documentation alone. The engine runs the checks of ``FoundBy.CHECK`` rules and turns the
loader's and the schema check's findings into diagnostics of the declared rule.

A check's scope decides what it is given: ``trainee``/``dispatch``/``request`` rules one valid
record's model and the Context, ``record`` rules any Record, ``all`` rules every Record at once,
and ``waivers`` rules a record with the codes that fired for it. ``file`` is the scope of the
rules the loader finds. `validate`, `rules` and waivers all read this registry.

A rule of a kind declares the top-level keys of the record its check reads (``reads=
("period", "status")``; the Context is not a key). A record whose schema findings lie only in
other keys is still checked by it (``rules.engine``, ``models.partial``): fixing S101 in
``specialist`` does not reveal a D201 that was there all along. A waivable rule also depends on
``waivers``, which decide whether its findings are shown. The test suite runs each check with
every other key out of reach, so that a declaration cannot be wrong.

Every rule's documentation is written with the same headings (see ``parse_doc``) and kept as
separate parts, so that `lgotp rules CODE` prints them under fixed headings and each part can be
translated on its own.
"""

from __future__ import annotations

import difflib
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import partial

from lgotp_cli.diagnostics import Severity
from lgotp_cli.i18n.text import is_japanese

__all__ = [
    "FoundBy",
    "Rule",
    "RuleDoc",
    "Severity",
    "all_rules",
    "declare",
    "declare_loader_rule",
    "declare_schema_rule",
    "get_rule",
    "matching",
    "parse_doc",
    "rule",
]


class FoundBy(StrEnum):
    """What finds a rule's problems."""

    LOADER = "loader"  # reading a file: a record file (L001–L006), or lgotp.yaml (L007)
    SCHEMA = "schema"  # checking a record against its kind's model (S rules)
    CHECK = "check"  # the rule's own check function


@dataclass(frozen=True, slots=True)
class RuleDoc:
    """A rule's documentation in its parts, each plain text (paragraphs apart by a blank line).

    ``example`` is the example in words: for a rule whose ``fires``/``quiet`` YAML cannot show
    it (it says why), or what the YAML examples need to be understood; empty otherwise.
    """

    what: str
    why: str
    fix: str
    example: str = ""


# The headings of a rule's documentation, in the order they are written; the text before the
# first one is what the rule checks.
DOC_HEADINGS = {"Why": "why", "Fix": "fix", "Example": "example"}
_HEADING = re.compile(rf"^({'|'.join(DOC_HEADINGS)}):[ \t]*", re.MULTILINE)


def parse_doc(text: str) -> RuleDoc:
    """Split a rule's documentation into its parts.

    The documentation opens with what the rule checks, then has the paragraphs ``Why:``,
    ``Fix:`` and, optionally, ``Example:``, each heading at the start of a line. A missing part
    is empty (the test suite requires every part); a heading given twice is an error.
    """
    text = inspect.cleandoc(text)
    headings = list(_HEADING.finditer(text))
    parts = {"what": _paragraphs(text[: headings[0].start()] if headings else text)}
    for index, heading in enumerate(headings):
        part = DOC_HEADINGS[heading.group(1)]
        if part in parts:
            raise ValueError(f"the heading {heading.group(1)}: is given twice")
        end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        parts[part] = _paragraphs(text[heading.end() : end])
    return RuleDoc(
        parts["what"], parts.get("why", ""), parts.get("fix", ""), parts.get("example", "")
    )


def _paragraphs(text: str) -> str:
    """Text as written in source, its lines joined: the output wraps it to its own width."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines()) for p in paragraphs)


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule."""

    code: str
    severity: Severity
    summary: str
    scope: str
    found_by: FoundBy
    waivable: bool
    doc: str  # the documentation as written, headings and all
    explanation: RuleDoc  # the same, in its parts
    check: Callable | None = None  # only for FoundBy.CHECK
    fires: str | None = None  # an example (YAML) that makes it fire
    quiet: str | None = None  # the same example, changed so that it stays quiet
    lesser: Severity | None = None  # a milder severity some of its findings have
    reads: tuple[str, ...] = ()  # the top-level keys a kind rule's check reads

    @property
    def depends_on(self) -> frozenset[str]:
        """The top-level keys whose values decide what this rule reports: those its check
        reads, and ``waivers`` when a waiver can silence it."""
        return frozenset(self.reads) | ({"waivers"} if self.waivable else frozenset())

    def summary_in(self, lang: str) -> str:
        """The summary in ``lang`` (the English where the Japanese is not written yet)."""
        japanese = _japanese(self.code, lang)
        return japanese.summary if japanese else self.summary

    def explanation_in(self, lang: str) -> RuleDoc:
        """The documentation's parts in ``lang`` (the English where the Japanese is not
        written yet)."""
        japanese = _japanese(self.code, lang)
        if japanese is None:
            return self.explanation
        return RuleDoc(japanese.what, japanese.why, japanese.fix, japanese.example)

    @property
    def severities(self) -> str:
        """``error``, or ``error/warning`` for a rule with a lesser severity."""
        return f"{self.severity}/{self.lesser}" if self.lesser else str(self.severity)


def _japanese(code: str, lang: str):
    if not is_japanese(lang):
        return None
    from lgotp_cli.i18n.rule_docs import japanese

    return japanese().get(code)


_RULES: dict[str, Rule] = {}
SCOPES = ("file", "record", "trainee", "dispatch", "request", "all", "waivers")
KIND_SCOPES = ("trainee", "dispatch", "request")  # rules given one record's model


def _register(found: Rule) -> None:
    if found.scope not in SCOPES:
        raise ValueError(f"rule {found.code}: unknown scope {found.scope}")
    if (found.check is None) != (found.found_by is not FoundBy.CHECK):
        raise ValueError(f"rule {found.code}: a check function if and only if found by it")
    if found.found_by is FoundBy.LOADER and found.waivable:
        # A waiver is part of a record; a file's problem belongs to no record.
        raise ValueError(f"rule {found.code}: a problem of a file cannot be waived")
    if found.code in _RULES:
        raise ValueError(f"rule {found.code} is registered twice")
    if found.scope in KIND_SCOPES and not found.reads:
        raise ValueError(f"rule {found.code}: name the keys its check reads (reads=)")
    if found.scope not in KIND_SCOPES and found.reads:
        raise ValueError(f"rule {found.code}: only a rule of one record's kind reads its keys")
    _RULES[found.code] = found


def rule(
    code: str,
    severity: Severity,
    summary: str,
    *,
    scope: str,
    waivable: bool = True,
    **facts,
) -> Callable[[Callable], Callable]:
    """Register the decorated function as the check of rule ``code``; its docstring is the
    rule's documentation (``parse_doc``). ``facts`` are the Rule's other fields: its examples
    (``fires``, ``quiet``), a ``lesser`` severity, and the keys it reads. A rule of a kind
    names the top-level keys its check reads (``reads``), every one of them: it is run on what
    it reads alone when other keys of a record are broken."""

    def register(check: Callable) -> Callable:
        doc = check.__doc__ or ""
        _add(code, severity, summary, scope, FoundBy.CHECK, waivable, doc, check=check, **facts)
        return check

    return register


def declare(
    code: str,
    summary: str,
    *,
    severity: Severity,
    scope: str,
    found_by: FoundBy,
    waivable: bool,
    doc: str,
    **facts,
) -> None:
    """Register rule ``code``, found by ``found_by`` rather than a check of its own, with its
    documentation (``parse_doc``); ``facts`` are the Rule's other fields (the examples
    ``fires`` and ``quiet``)."""
    _add(code, severity, summary, scope, found_by, waivable, doc, **facts)


def _add(code, severity, summary, scope, found_by, waivable, doc, **facts) -> None:
    # The one place a Rule is made, for ``rule`` and ``declare`` alike: its documentation as
    # written and in its parts.
    text = inspect.cleandoc(doc)
    explanation = parse_doc(text)
    _register(Rule(code, severity, summary, scope, found_by, waivable, text, explanation, **facts))


def _unwaivable_error(found_by: FoundBy, scope: str) -> Callable[..., None]:
    return partial(declare, severity=Severity.ERROR, scope=scope, found_by=found_by, waivable=False)


# The L rules: errors the loader finds in a file. A problem of a file belongs to no record, so
# no waiver can silence one.
declare_loader_rule = _unwaivable_error(FoundBy.LOADER, "file")
# The S rules: errors the model check finds in a record. A record has to fit its model before
# anything else about it, its waivers included, can be trusted, so no waiver can silence one.
declare_schema_rule = _unwaivable_error(FoundBy.SCHEMA, "record")


def _load_all() -> None:
    # Importing the rule modules registers their rules.
    from lgotp_cli.rules import (  # noqa: F401
        cross_record,
        dispatch,
        files,
        request,
        schema,
        trainee,
        trainee_terms,
    )


def all_rules() -> list[Rule]:
    """Every rule, ordered by code."""
    _load_all()
    return [_RULES[code] for code in sorted(_RULES)]


def get_rule(code: str) -> Rule | None:
    """The rule with ``code`` (case-insensitive), or None."""
    _load_all()
    return _RULES.get(code.upper())


def matching(selectors: list[str]) -> set[str]:
    """The codes that ``selectors`` (codes or prefixes: ``T1``, ``D201``, ``X``) name."""
    codes = {r.code for r in all_rules()}
    chosen: set[str] = set()
    for selector in selectors:
        prefix = selector.strip().upper()
        if prefix:
            chosen |= {code for code in codes if code.startswith(prefix)}
    return chosen


def unknown_selectors(selectors: list[str]) -> list[str]:
    """Selectors that name no rule."""
    return [s for s in selectors if s.strip() and not matching([s])]


def suggest(code: str) -> list[str]:
    """Rule codes close to ``code``, for a "did you mean"."""
    codes = [r.code for r in all_rules()]
    starts = [c for c in codes if c.startswith(code.upper())]
    return starts[:8] or difflib.get_close_matches(code.upper(), codes, n=3, cutoff=0.5)
