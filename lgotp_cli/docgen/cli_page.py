"""``docs/cli.md`` and ``docs/cli.ja.md``: every command with its arguments and options, from
the same declarations as its ``--help`` (the Japanese page with the Japanese help that
``commands.japanese_help`` puts on them). The page is written from the declarations rather
than from Typer's rendered help, so that it reads as Markdown and stays the same whatever
version of Typer lays the help out."""

from __future__ import annotations

import inspect
import re

from lgotp_cli.docgen.opening import opening
from lgotp_cli.i18n import docs_words as said


def cli_page(lang: str, other_page: str) -> str:
    """The command-line reference in ``lang`` (``other_page``: the same in the other
    language)."""
    from lgotp_cli.commands.app import command_in

    root = command_in(lang)  # the help as `lgotp --lang LANG COMMAND --help` gives it
    context = root.context_class(root, info_name="lgotp", **root.context_settings)
    commands = list(_commands(root, context))
    lines = [
        *opening(
            lang, other_page, said.CLI_TITLE(lang), [said.CLI_INTRO(lang)], said.CLI_SOURCE(lang)
        ),
        f"## {said.LANGUAGE_HEADING(lang)}",
        "",
        said.LANGUAGE_ORDER(lang),
        "",
        f"## {said.COMMANDS_HEADING(lang)}",
        "",
        f"| {said.COMMAND_COLUMN(lang)} | {said.WHAT_COLUMN(lang)} |",
        "| --- | --- |",
    ]
    for path, _ in commands:
        anchor = "lgotp-" + path.replace(" ", "-")
        lines.append(f"| [`lgotp {path}`](#{anchor}) | {said.COMMAND.label(path, lang)} |")
    lines += ["", f"## {said.GLOBAL_HEADING(lang)}", "", *_described(root, lang)]
    lines += ["", *_parameters(root, context, lang, arguments=False)]
    for path, command in commands:
        lines += ["", f"## lgotp {path}", "", *_described(command, lang)]
        lines += ["", f"{said.USAGE(lang)}: `{_usage(path, command)}`"]
        lines += ["", *_parameters(command, context, lang)]
    return "\n".join(lines) + "\n"


def _commands(root, context):
    """(path, command) of every command in `lgotp --help`'s order, a group's after it."""
    for name in root.list_commands(context):
        command = root.get_command(context, name)
        if hasattr(command, "list_commands"):
            for sub in command.list_commands(context):
                yield f"{name} {sub}", command.get_command(context, sub)
        else:
            yield name, command


def _described(command, lang: str) -> list[str]:
    """The command's help as paragraphs; its ``Example:`` (``例:``) as a shell block."""
    example_line = re.compile(rf"^{re.escape(said.EXAMPLE(lang))}: (.+)$", re.DOTALL)
    lines: list[str] = []
    for paragraph in re.split(r"\n\s*\n", inspect.cleandoc(command.help or "")):
        text = " ".join(line.strip() for line in paragraph.splitlines())
        example = example_line.match(text)
        if example:
            lines += [f"{said.EXAMPLE(lang)}:", "", "```sh", example.group(1), "```", ""]
        elif text:
            lines += [text, ""]
    return lines[:-1] if lines else lines


def _usage(path: str, command) -> str:
    parts = [f"lgotp {path}", "[OPTIONS]"]
    for parameter in _visible(command):
        if parameter.param_type_name != "argument":
            continue
        name = parameter.name.upper()
        if parameter.nargs == -1:
            name += "..."
        parts.append(name if parameter.required else f"[{name}]")
    return " ".join(parts)


def _visible(command) -> list:
    return [p for p in command.params if p.expose_value and not getattr(p, "hidden", False)]


def _parameters(command, context, lang: str, *, arguments: bool = True) -> list[str]:
    """The command's arguments, then its options, each a table of name, meaning, default."""
    lines: list[str] = []
    visible = _visible(command)
    if arguments:
        listed = [p for p in visible if p.param_type_name == "argument"]
        if listed:
            lines += [f"{said.ARGUMENTS(lang)}:", "", *_table(listed, lang), ""]
    options = [p for p in visible if p.param_type_name == "option"]
    help_names = context.help_option_names
    shown = f"| `{', '.join(help_names)}` | {said.SHOW_HELP(lang)} | |"
    options_lines = [*_table(options, lang), shown]
    lines += [f"{said.OPTIONS(lang)}:", "", *options_lines]
    return lines


def _table(parameters: list, lang: str) -> list[str]:
    lines = [
        f"| {said.NAME_COLUMN(lang)} | {said.MEANING_COLUMN(lang)} | {said.DEFAULT_COLUMN(lang)} |",
        "| --- | --- | --- |",
    ]
    for parameter in parameters:
        meaning = (parameter.help or "").replace("|", "\\|")
        lines.append(f"| `{_name(parameter)}` | {meaning} | {_default(parameter, lang)} |")
    return lines


def _name(parameter) -> str:
    if parameter.param_type_name == "argument":
        return parameter.name.upper() + ("..." if parameter.nargs == -1 else "")
    names = ", ".join(sorted(parameter.opts, key=len))
    if getattr(parameter, "is_flag", False):
        return names
    value = parameter.metavar or parameter.name.upper()
    return f"{names} {value}"


def _default(parameter, lang: str) -> str:
    if parameter.required:
        return said.REQUIRED(lang)
    shown = getattr(parameter, "show_default", False)
    default = parameter.default
    if not shown or default is None or default is False or getattr(parameter, "is_flag", False):
        return ""
    value = getattr(default, "value", default)  # an enum's member by its value
    return f"`{value}`"
