"""The command line's own refusals (Typer's usage errors: an unknown option, a missing
argument) in the chosen language. In English they are shown exactly as Typer shows them; in
Japanese the frame is Japanese and each message Typer words in English is said again from the
catalogue (``usage_words``), matched against the template's English."""

from __future__ import annotations

import functools
import re
import sys

from lgotp_cli.i18n import usage_words as said
from lgotp_cli.i18n.text import Words, is_japanese


def show_usage_error(error, lang: str) -> None:
    """Print Typer's ``error`` (a ClickException) on standard error as Typer would, in
    ``lang``."""
    if not is_japanese(lang) or type(error).__name__ == "NoArgsIsHelpError":
        error.show()  # the help itself, or English as Typer words it
        return
    ctx = getattr(error, "ctx", None)
    lines = []
    if ctx is not None:
        usage = ctx.get_usage()
        lines.append(usage.replace(said.USAGE.en, said.USAGE.ja, 1))
        if ctx.command.get_help_option(ctx) is not None:
            command, option = ctx.command_path, ctx.help_option_names[0]
            lines.append(said.TRY_HELP("ja", command=command, option=option))
        lines.append("")
    lines.append(said.ERROR("ja", message=in_japanese(error.format_message())))
    sys.stderr.write("\n".join(lines) + "\n")


def in_japanese(message: str) -> str:
    """Typer's English ``message`` said in Japanese, when a template of the catalogue matches
    it; else as it is."""
    for words, pattern in _patterns():
        found = pattern.fullmatch(message)
        if found is None:
            continue
        values = found.groupdict()
        for name in said.NESTED:
            if name in values:
                values[name] = _nested(values[name])
        return words("ja", **values)
    return message


def _nested(message: str) -> str:
    """A message inside another, in Japanese: Typer drops its full stop when it adds a
    suggestion ("No such command 'x'. Did you mean …")."""
    said_again = in_japanese(message)
    if said_again == message and not message.endswith("."):
        said_again = in_japanese(message + ".")
        if said_again == message + ".":
            return message
    return said_again.rstrip("。")


@functools.cache
def _patterns() -> tuple[tuple[Words, re.Pattern], ...]:
    return tuple((words, _pattern(words.en)) for words in said.MESSAGES)


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _pattern(template: str) -> re.Pattern:
    """The regular expression that matches what ``template`` gives, each placeholder a
    group of its own name."""
    parts = []
    position = 0
    for placeholder in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[position : placeholder.start()]))
        parts.append(f"(?P<{placeholder.group(1)}>.+?)")
        position = placeholder.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts), re.DOTALL)
