"""`lgotp rules`: the rule table, or one rule explained."""

from __future__ import annotations

from typing import Annotated

import typer


def rules(
    code: Annotated[
        str | None, typer.Argument(help="A rule code (T101) or prefix (T1).", show_default=False)
    ] = None,
) -> None:
    """List every rule, or explain one with an example that fires and one that does not.

    Example: lgotp rules T101
    """
    from lgotp_cli.output.rules_doc import explain_rule, rule_table

    typer.echo(rule_table() if code is None else explain_rule(code), nl=False)
