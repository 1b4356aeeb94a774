"""The one registry of rules: code, severity, summary, scope, examples and the check itself.

A rule is a function in its kind's module, registered with ``@rule``. Its scope decides what it
is given: ``file`` rules a RawFile, ``trainee``/``dispatch``/``request`` rules one valid record's
model and the Context, ``record`` rules any Record, ``all`` rules every Record at once, and
``waivers`` rules a record with the codes that fired for it. `validate`, `rules` and waivers
all read this registry.
"""

from __future__ import annotations

import difflib
import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lgotp_cli.diagnostics import Severity

__all__ = ["Rule", "Severity", "all_rules", "get_rule", "matching", "rule"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule."""

    code: str
    severity: Severity
    summary: str
    scope: str
    check: Callable
    fires: str | None = None  # an example (YAML) that makes it fire
    quiet: str | None = None  # the same example, changed so that it stays quiet
    waivable: bool = True
    lesser: Severity | None = None  # a milder severity some of its findings have

    @property
    def severities(self) -> str:
        """``error``, or ``error/warning`` for a rule with a lesser severity."""
        return f"{self.severity}/{self.lesser}" if self.lesser else str(self.severity)

    @property
    def doc(self) -> str:
        """The rule's explanation: its check's docstring."""
        return inspect.cleandoc(self.check.__doc__ or self.summary)


_RULES: dict[str, Rule] = {}
SCOPES = ("file", "record", "trainee", "dispatch", "request", "all", "waivers")


def rule(
    code: str,
    severity: Severity,
    summary: str,
    *,
    scope: str,
    fires: str | None = None,
    quiet: str | None = None,
    lesser: Severity | None = None,
) -> Callable[[Callable], Callable]:
    """Register the decorated function as rule ``code``."""
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope}")

    def register(check: Callable) -> Callable:
        if code in _RULES:
            raise ValueError(f"rule {code} is registered twice")
        waivable = not (code.startswith(("L", "S")) or code == "X301")
        _RULES[code] = Rule(code, severity, summary, scope, check, fires, quiet, waivable, lesser)
        return check

    return register


def _load_all() -> None:
    # Importing the rule modules registers their rules.
    from lgotp_cli.rules import (  # noqa: F401
        cross_record,
        dispatch,
        files,
        request,
        schema,
        trainee,
    )


def all_rules() -> list[Rule]:
    """Every rule, ordered by code."""
    _load_all()
    return [_RULES[code] for code in sorted(_RULES)]


def get_rule(code: str) -> Rule | None:
    """The rule with ``code`` (case-insensitive), or None."""
    _load_all()
    return _RULES.get(code.upper())


def rules_in_scope(scope: str) -> Iterator[Rule]:
    """The rules of one scope, ordered by code."""
    return (r for r in all_rules() if r.scope == scope)


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
