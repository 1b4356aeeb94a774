"""Errors that end a command: a user's mistake (exit 2) apart from everything unexpected (exit 3)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class UserError(Exception):
    """Something the user can fix: one sentence saying what is wrong and what to do (exit 2)."""


@dataclass(frozen=True, slots=True)
class ConfigProblem:
    """One problem in ``lgotp.yaml`` (reported as L007)."""

    path: Path
    line: int
    column: int
    message: str


class ConfigError(UserError):
    """``lgotp.yaml`` is invalid: nothing else can be trusted (L007, exit 2)."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(
            f"{first.path}:{first.line}:{first.column}: lgotp.yaml is invalid: {first.message}"
        )
