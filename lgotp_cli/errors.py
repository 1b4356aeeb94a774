"""Errors that end a command. Every error lgotp expects is an ``LgotpError``: ``main()`` prints
it as one sentence (``lgotp: …``) and exits with its ``exit_code``; anything else is a bug
(exit 3, the trace in a file)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lgotp_cli.diagnostics import Diagnostic
    from lgotp_cli.i18n.text import Said
    from lgotp_cli.source.model import ReadProblem


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
        # Imported here: `lgotp --version` and `--help` load no part of the catalogue.
        from lgotp_cli.i18n.text import text_in

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


class ConfigError(UserError):
    """``lgotp.yaml`` is invalid: nothing else can be trusted (exit 2). Each of its problems
    is an L007, found while reading the file like a record file's."""

    def __init__(self, problems: list[ReadProblem]) -> None:
        self.problems = problems
        path, first = problems[0].path, problems[0].problem
        super().__init__(
            f"{path}:{first.line}:{first.column}: lgotp.yaml is invalid: {first.message}"
        )

    def diagnostics(self, lang: str = "en") -> list[Diagnostic]:
        """Every problem as an L007 diagnostic, its message in ``lang``."""
        from lgotp_cli.diagnostics import Diagnostic, Severity
        from lgotp_cli.i18n.messages.files import config_invalid

        diagnostics = []
        for found in self.problems:
            problem = found.problem
            message = config_invalid(problem.message)
            diagnostics.append(
                Diagnostic(
                    found.path,
                    problem.line,
                    problem.column,
                    Severity.ERROR,
                    problem.code,
                    None,
                    message.in_(lang),
                    message,
                )
            )
        return diagnostics

    def report(self) -> None:
        """Every problem as an L007 diagnostic on standard output, then one sentence, in the
        language the command chose."""
        from lgotp_cli.language import current_language
        from lgotp_cli.output.validation import config_error_output

        config_error_output(self, "text", current_language())
