"""`lgotp rules`: the rule table, and one rule explained with its examples."""

from __future__ import annotations

import textwrap

from lgotp_cli.errors import UserError
from lgotp_cli.rules.examples import example_setting
from lgotp_cli.rules.registry import Rule, all_rules, get_rule, matching, suggest

# The parts of a rule's documentation (RuleDoc's fields) under the headings they are shown
# with, in this order; a part that is empty (only ever ``example``) is left out.
DOC_SECTIONS = (
    ("what", "What it checks"),
    ("why", "Why"),
    ("fix", "How to fix"),
    ("example", "Example"),
)
_INDENT = "    "
_WIDTH = 92


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
    """One rule explained under fixed headings, with its examples; a prefix lists the rules it
    names; an unknown code is an error."""
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
    ]
    for field, heading in DOC_SECTIONS:
        text = getattr(found.explanation, field)
        if text:
            parts += ["", f"{heading}:", _wrapped(text)]
    if found.fires:
        setting = example_setting(found.scope)
        parts += ["", f"Fires ({setting}):", textwrap.indent(found.fires.rstrip(), _INDENT)]
    if found.quiet:
        parts += ["", "Quiet:", textwrap.indent(found.quiet.rstrip(), _INDENT)]
    return "\n".join(parts) + "\n"


def _wrapped(text: str) -> str:
    """A part's paragraphs, indented and wrapped; dates and codes are never broken. Literal
    text is marked ``so`` in the source and shown `so`, as in the summaries."""
    return "\n\n".join(
        textwrap.fill(
            paragraph.replace("``", "`"),
            _WIDTH,
            initial_indent=_INDENT,
            subsequent_indent=_INDENT,
            break_long_words=False,
            break_on_hyphens=False,
        )
        for paragraph in text.split("\n\n")
    )
