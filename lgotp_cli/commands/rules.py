"""`lgotp rules`: the rule table, or one rule explained."""

from __future__ import annotations

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import LangOption, argument


def rules(
    ctx: typer.Context,
    code: argument(str, "A rule code (T101) or prefix (T1).") = None,
    lang: LangOption = None,
) -> None:
    """List every rule, or explain one with an example that fires and one that does not.

    Example: lgotp rules T101
    """
    # The language as every command chooses it (--lang, $LGOTP_LANG, lgotp.yaml, the locale).
    options = context.command_options(ctx, lang=lang)
    from lgotp_cli.output.rules_doc import explain_rule, rule_table
    from lgotp_cli.output.terminal import terminal_width

    lang, width = options.lang, terminal_width()
    text = (
        rule_table(lang=lang, width=width)
        if code is None
        else explain_rule(code, lang=lang, width=width)
    )
    typer.echo(text, nl=False)
