"""`lgotp rules`: the rule table, or one rule explained."""

from __future__ import annotations

import typer

from lgotp_cli.commands.options import argument


def rules(
    code: argument(str, "A rule code (T101) or prefix (T1).") = None,
) -> None:
    """List every rule, or explain one with an example that fires and one that does not.

    Example: lgotp rules T101
    """
    from lgotp_cli.output.rules_doc import explain_rule, rule_table

    typer.echo(rule_table() if code is None else explain_rule(code), nl=False)
