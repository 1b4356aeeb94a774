"""`lgotp rules`: the rule table, and one rule explained with its examples."""

from __future__ import annotations

import textwrap

from lgotp_cli.errors import UserError
from lgotp_cli.rules.examples import EXAMPLE_TODAY, example_scope_kind
from lgotp_cli.rules.registry import Rule, all_rules, get_rule, matching, suggest


def rule_table(rules: list[Rule] | None = None) -> str:
    """Every rule (or ``rules``) as aligned text: code, severity, summary."""
    rules = rules if rules is not None else all_rules()
    width = max(len("severity"), *(len(r.severities) for r in rules))
    lines = [f"{'code':<6} {'severity':<{width}} summary"]
    lines += [f"{r.code:<6} {r.severities:<{width}} {r.summary}" for r in rules]
    lines.append("")
    lines.append("`lgotp rules CODE` explains one rule, with an example.")
    return "\n".join(lines) + "\n"


def explain_rule(code: str) -> str:
    """One rule explained; a prefix lists the rules it names; an unknown code is an error."""
    found = get_rule(code)
    if found is None:
        named = matching([code])
        if named:
            return rule_table([get_rule(c) for c in sorted(named)])
        close = suggest(code)
        hint = f" Did you mean {', '.join(close)}?" if close else " See `lgotp rules`."
        raise UserError(f"there is no rule '{code}'.{hint}")
    waivable = "waivable" if found.waivable else "cannot be waived"
    parts = [
        f"{found.code} · {found.severities} · {found.scope} rule · {waivable}",
        found.summary,
        "",
        found.doc,
    ]
    kind = example_scope_kind(found.scope)
    over = f"laid over a valid {kind}, as of {EXAMPLE_TODAY}" if kind else "a whole file"
    if found.fires:
        parts += ["", f"Fires ({over}):", textwrap.indent(found.fires.rstrip(), "    ")]
    if found.quiet:
        parts += ["", "Quiet:", textwrap.indent(found.quiet.rstrip(), "    ")]
    return "\n".join(parts) + "\n"
