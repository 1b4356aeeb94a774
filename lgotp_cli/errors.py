"""Errors that end a command. Every error lgotp expects is an ``LgotpError``: ``main()`` prints
it as one sentence (``lgotp: …``) and exits with its ``exit_code``; anything else is a bug
(exit 3, the trace in a file)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from lgotp_cli.i18n.text import Said, text_in


class Sentence(Exception):
    """An exception that carries one sentence for the user: a ``str`` (English only) or a
    ``Said`` from the catalogue, put into a language when it is shown; ``str(error)`` is the
    English. The library's own refusals (a report that cannot be built, git, a sheet, a new
    record) are Sentences, so that the command turning them into a UserError keeps both
    languages: ``UserError(error.message)``."""

    def __init__(self, message: str | Said = "") -> None:
        super().__init__(str(message))
        self.message = message

    def said_in(self, lang: str) -> str:
        """The sentence in ``lang``."""
        return text_in(self.message, lang)

    def in_(self, lang: str) -> str:
        """The sentence in ``lang``: an error can be a value of another message."""
        return self.said_in(lang)


class LgotpError(Sentence):
    """The base of every error lgotp expects: one sentence for the user, and an exit code.

    The sentence is said in the language the command chose when it is reported.
    """

    exit_code = 2

    def report(self) -> None:
        """Tell the user, on standard error, in the language the command chose."""
        from lgotp_cli.language import current_language

        print(f"lgotp: {self.said_in(current_language())}", file=sys.stderr)


class UserError(LgotpError):
    """Something the user can fix: one sentence saying what is wrong and what to do (exit 2)."""


@dataclass(frozen=True, slots=True)
class ConfigProblem:
    """One problem in ``lgotp.yaml`` (reported as L007)."""

    path: Path
    line: int
    column: int
    message: str | Said  # Said: put into the chosen language when shown


class ConfigError(UserError):
    """``lgotp.yaml`` is invalid: nothing else can be trusted (L007, exit 2)."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(
            f"{first.path}:{first.line}:{first.column}: lgotp.yaml is invalid: {first.message}"
        )

    def report(self) -> None:
        """Every problem as an L007 diagnostic on standard output, then one sentence, in the
        language the command chose."""
        from lgotp_cli.language import current_language
        from lgotp_cli.output.validation import config_error_output

        config_error_output(self, "text", current_language())
