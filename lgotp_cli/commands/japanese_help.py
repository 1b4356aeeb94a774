"""`--help` in Japanese: the catalogue's words put on the click command a run parses, once,
before it parses anything, when Japanese is chosen (``app.main``; ``docgen`` for
docs/cli.ja.md).

Every description and option help is looked up by its English in ``i18n.help_words``, as
gettext looks a message up, so that an option declared once and shared by many commands is
translated once; an English text the catalogue does not know stays English (the tests ask
for every one). Typer's own words around them (``Usage:``, the section headings, ``[default:
…]``, ``[required]``) are said by a help formatter of its own, which also wraps by terminal
cells, as Japanese needs: a wide character takes two.

English help never comes here: it loads no catalogue and stays exactly what Typer writes.
"""

from __future__ import annotations

import functools
import re

# What Typer adds after an option's help: "  [default: yaml]", "  [required]" (";"-separated).
_EXTRAS = re.compile(r"  \[(?P<extras>[^\[\]]+)\]\Z")


def speak_japanese(root) -> None:
    """Put Japanese on the click command ``root`` and every command under it: each command's
    description and its line in its group's list, each option's and argument's help, the
    help option's own; their help is laid out by the Japanese formatter."""
    from lgotp_cli.i18n import help_words

    for path, command, context in _commands(root, root.name or "lgotp"):
        if command.help:
            command.help = help_words.COMMANDS.label(command.help, "ja")
        short = _short_help(path)
        if short is not None:
            command.short_help = short
        help_option = command.get_help_option(context)  # made once, and kept, by the command
        for parameter in [*command.params, *([help_option] if help_option else [])]:
            if getattr(parameter, "help", None):
                parameter.help = help_words.OPTIONS.label(parameter.help, "ja")
        command.context_class = _japanese_context(command.context_class)


def _commands(command, name: str, parent=None, path: str = ""):
    """(path, command, context) of ``command`` and every command under it, ``lgotp --help``'s
    order: the context a run would make for it (which help option names it takes)."""
    context = command.context_class(
        command, info_name=name, parent=parent, **command.context_settings
    )
    yield path, command, context
    for sub_name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, sub_name, context, f"{path} {sub_name}".strip())


def _short_help(path: str) -> str | None:
    """A command's line in its group's list of commands (None for `lgotp` itself)."""
    from lgotp_cli.i18n.docs_words import COMMAND, STATS_GROUP

    if path == "stats":
        return STATS_GROUP.ja
    return COMMAND[path].ja if path in COMMAND else None


@functools.cache
def _japanese_context(base: type) -> type:
    """Typer's context class ``base``, its help laid out by the Japanese formatter."""
    from lgotp_cli.i18n import help_words
    from lgotp_cli.i18n.usage_words import USAGE

    class JapaneseHelpFormatter(base.formatter_class):
        """Typer's help formatter with its own words in Japanese, wrapping by cells."""

        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            super().write_usage(prog, args, f"{USAGE.ja} " if prefix is None else prefix)

        def write_heading(self, heading: str) -> None:
            super().write_heading(help_words.HEADINGS.label(heading, "ja"))

        def write_text(self, text: str) -> None:
            super().write_text(_held(text, self.width - self.current_indent))

        def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
            rows = list(rows)
            # The help column's width as Typer's formatter reckons it, to wrap to it first.
            names = min(max((len(name) for name, _ in rows), default=0), col_max)
            width = max(self.width - names - col_spacing - 2, 10)
            held = [(name, _held(_extras_in_japanese(text), width)) for name, text in rows]
            super().write_dl(held, col_max, col_spacing)

    class JapaneseContext(base):
        """Typer's context, its help in Japanese."""

        formatter_class = JapaneseHelpFormatter

    return JapaneseContext


def _held(text: str, width: int) -> str:
    """``text`` wrapped into lines of ``width`` cells, each paragraph marked (``\\b``) so that
    Typer's formatter keeps the lines as they are rather than wrapping them by characters."""
    from lgotp_cli.output.terminal import wrap_cells

    if not text:
        return text
    paragraphs = re.split(r"\n\s*\n", text)
    return "\n\n".join("\b\n" + "\n".join(wrap_cells(part, width)) for part in paragraphs)


def _extras_in_japanese(text: str) -> str:
    """An option's help with what Typer adds after it ("[default: yaml]") in Japanese."""
    from lgotp_cli.i18n.help_words import DEFAULT, REQUIRED

    found = _EXTRAS.search(text)
    if found is None:
        return text
    default = DEFAULT.en.removesuffix("{default}")
    said = [
        REQUIRED.ja
        if extra == REQUIRED.en
        else DEFAULT("ja", default=extra.removeprefix(default))
        if extra.startswith(default)
        else extra
        for extra in found["extras"].split("; ")
    ]
    return f"{text[: found.start()]}  [{'; '.join(said)}]"
