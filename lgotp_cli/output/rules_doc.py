"""`lgotp rules`: the rule table, and one rule explained with its examples, in the chosen
language. On a terminal both fit its width, measured in cells (a Japanese character takes two):
the summaries and the explanations wrap; piped, a summary stays on its rule's line."""

from __future__ import annotations

import textwrap

from lgotp_cli.errors import UserError
from lgotp_cli.i18n import is_japanese, rules_words
from lgotp_cli.i18n.record_words import RECORD_KIND, SEVERITY
from lgotp_cli.output.terminal import cell_width, has_wide, pad_cells, wrap_cells
from lgotp_cli.rules.examples import EXAMPLE_TODAY, example_scope_kind
from lgotp_cli.rules.registry import Rule, all_rules, get_rule, matching, suggest

# The parts of a rule's documentation (RuleDoc's fields) under the headings they are shown
# with, in this order; a part that is empty (only ever ``example``) is left out.
DOC_SECTIONS = tuple((part, words.en) for part, words in rules_words.SECTIONS.items())
_INDENT = "    "
_WIDTH = 92
_CODE_WIDTH = 6


def rule_table(
    rules: list[Rule] | None = None, *, lang: str = "en", width: int | None = None
) -> str:
    """Every rule (or ``rules``) as aligned text: code, severity, summary; on a terminal
    ``width`` cells wide the summaries wrap under themselves."""
    rules = rules if rules is not None else all_rules()
    heading = rules_words.TABLE_HEADINGS.all_in(lang)
    severities = [severities_in(r, lang) for r in rules]
    severity_width = max(cell_width(heading["severity"]), *(cell_width(s) for s in severities))

    def line(code: str, severity: str, summary: str) -> list[str]:
        head = f"{pad_cells(code, _CODE_WIDTH)} {pad_cells(severity, severity_width)} "
        if width is None:
            return [head + summary]
        return wrap_cells(summary, width, head, " " * cell_width(head))

    lines = line(heading["code"], heading["severity"], heading["summary"])
    for found, severity in zip(rules, severities, strict=True):
        lines += line(found.code, severity, found.summary_in(lang))
    lines.append("")
    lines.append(rules_words.EXPLAIN_ONE(lang))
    return "\n".join(lines) + "\n"


def severities_in(found: Rule, lang: str) -> str:
    """``error``, or ``error/warning`` for a rule with a lesser severity (エラー/警告)."""
    if not is_japanese(lang):
        return found.severities
    return "/".join(SEVERITY.label(str(s), lang) for s in (found.severity, found.lesser) if s)


def explain_rule(code: str, *, lang: str = "en", width: int | None = None) -> str:
    """One rule explained under fixed headings, with its examples; a prefix lists the rules it
    names; an unknown code is an error. Text wraps at ``width`` cells on a terminal."""
    found = get_rule(code)
    if found is None:
        named = matching([code])
        if named:
            return rule_table([get_rule(c) for c in sorted(named)], lang=lang, width=width)
        close = suggest(code)
        hint = (
            rules_words.DID_YOU_MEAN.of(codes=", ".join(close))
            if close
            else rules_words.SEE_THE_TABLE.of()
        )
        raise UserError(rules_words.NO_SUCH_RULE.of(code=code, hint=hint))
    parts = [headline(found, lang), found.summary_in(lang)]
    explanation = found.explanation_in(lang)
    wrap_at = _WIDTH if width is None else min(_WIDTH, width)
    for field, words in rules_words.SECTIONS.items():
        text = getattr(explanation, field)
        if text:
            parts += ["", _heading(words.in_(lang), lang), _wrapped(text, wrap_at)]
    if found.fires:
        fires = rules_words.FIRES(lang, setting=example_setting_in(found.scope, lang))
        parts += ["", _heading(fires, lang), textwrap.indent(found.fires.rstrip(), _INDENT)]
    if found.quiet:
        quiet = rules_words.QUIET(lang)
        parts += ["", _heading(quiet, lang), textwrap.indent(found.quiet.rstrip(), _INDENT)]
    text = "\n".join(parts) + "\n"
    if width is None:
        return text
    # The lines the parts did not wrap (the headline, the summary, the headings) wrap too;
    # the examples are YAML, shown as written.
    return "".join(
        line + "\n"
        if line.startswith(_INDENT) or not line
        else "\n".join(wrap_cells(line, width)) + "\n"
        for line in text.splitlines()
    )


def headline(found: Rule, lang: str) -> str:
    """``T101 · error · trainee rule · waivable``, in ``lang`` (the docs' rules page too)."""
    waivable = rules_words.WAIVABLE if found.waivable else rules_words.NOT_WAIVABLE
    return rules_words.HEADLINE(
        lang,
        code=found.code,
        severities=severities_in(found, lang),
        scope=rules_words.SCOPE.label(found.scope, lang),
        waivable=waivable.in_(lang),
    )


def _heading(text: str, lang: str) -> str:
    return f"{text}：" if is_japanese(lang) else f"{text}:"


def example_setting_in(scope: str, lang: str) -> str:
    """What the examples of a rule of ``scope`` are laid over."""
    if scope == "all":
        return rules_words.SETTING_OVER_EACH(lang, today=EXAMPLE_TODAY)
    kind = example_scope_kind(scope)
    if kind is None:
        return rules_words.SETTING_A_FILE(lang)
    named = RECORD_KIND.label(kind, lang) if is_japanese(lang) else kind
    return rules_words.SETTING_OVER_A_RECORD(lang, kind=named, today=EXAMPLE_TODAY)


def _wrapped(text: str, width: int) -> str:
    """A part's paragraphs, indented and wrapped at ``width`` cells; dates and codes are never
    broken. Literal text is marked ``so`` in the source and shown `so`, as in the summaries.
    Japanese breaks between its characters, English at spaces only."""
    paragraphs = []
    for paragraph in text.split("\n\n"):
        paragraph = paragraph.replace("``", "`")
        if has_wide(paragraph):
            paragraphs.append("\n".join(wrap_cells(paragraph, width, _INDENT)))
        else:
            paragraphs.append(
                textwrap.fill(
                    paragraph,
                    width,
                    initial_indent=_INDENT,
                    subsequent_indent=_INDENT,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
    return "\n\n".join(paragraphs)
