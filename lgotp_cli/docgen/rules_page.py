"""``docs/rules.md`` and ``docs/rules.ja.md``: every rule of the registry, as `lgotp rules
CODE` explains it, in Markdown."""

from __future__ import annotations

from lgotp_cli.docgen.opening import opening
from lgotp_cli.i18n import docs_words as said
from lgotp_cli.i18n import rules_words
from lgotp_cli.output.rules_doc import example_setting_in, headline, severities_in
from lgotp_cli.rules.registry import Rule, all_rules


def rules_page(lang: str, other_page: str) -> str:
    """The rules reference in ``lang`` (``other_page``: the same page in the other language)."""
    rules = all_rules()
    intro = [said.RULES_INTRO(lang), said.RULES_SEVERITIES(lang)]
    lines = [
        *opening(lang, other_page, said.RULES_TITLE(lang), intro, said.RULES_SOURCE(lang)),
        _table(rules, lang),
    ]
    for found in rules:
        lines += ["", *_rule(found, lang)]
    return "\n".join(lines) + "\n"


def _table(rules: list[Rule], lang: str) -> str:
    heading = rules_words.TABLE_HEADINGS.all_in(lang)
    header = (heading["code"], heading["severity"], said.WAIVABLE_COLUMN(lang), heading["summary"])
    rows = [f"| {' | '.join(header)} |", "| --- | --- | --- | --- |"]
    for found in rules:
        waivable = said.YES(lang) if found.waivable else said.NO(lang)
        cells = (
            f"[{found.code}](#{found.code.lower()})",
            severities_in(found, lang),
            waivable,
            _cell(found.summary_in(lang)),
        )
        rows.append(f"| {' | '.join(cells)} |")
    return "\n".join(rows)


def _rule(found: Rule, lang: str) -> list[str]:
    explanation = found.explanation_in(lang)
    lines = [f"## {found.code}", "", f"**{_inline(found.summary_in(lang))}**", ""]
    lines += [f"*{headline(found, lang)}*"]
    for part, heading in rules_words.SECTIONS.items():
        text = getattr(explanation, part)
        if text:
            lines += ["", f"### {heading.in_(lang)}", "", _inline(text)]
    if found.fires:
        setting = example_setting_in(found.scope, lang)
        lines += ["", f"{rules_words.FIRES(lang, setting=setting)}:", "", *_yaml(found.fires)]
    if found.quiet:
        lines += ["", f"{rules_words.QUIET(lang)}:", "", *_yaml(found.quiet)]
    return lines


def _inline(text: str) -> str:
    """A rule's text as Markdown: literal text is marked ``so`` in the source."""
    return text.replace("``", "`")


def _cell(text: str) -> str:
    """Text in a table cell: a ``|`` would end the cell."""
    return _inline(text).replace("|", "\\|")


def _yaml(example: str) -> list[str]:
    return ["```yaml", example.rstrip(), "```"]
