"""Writing a diff: text for the terminal, Markdown for a pull-request comment, JSON for tools."""

from __future__ import annotations

import json
from pathlib import Path

from lgotp_cli.diagnostics import one_line, text_line
from lgotp_cli.diff.compare import Diff, as_json, tax_sentence
from lgotp_cli.i18n import diff_words


def to_markdown(diff: Diff, lang: str, search: tuple[Path, ...] = ()) -> str:
    from lgotp_cli.render.templates import render

    return render(
        "diff.md.j2",
        search,
        diff=diff,
        labels=diff_words.HEADING.all_in(lang),
        taxes=[tax_sentence(t, lang) for t in diff.allocation_tax],
    )


def to_text(diff: Diff, lang: str) -> str:
    labels = diff_words.HEADING.all_in(lang)
    lines = [f"{labels['title']}: {diff.base} → {diff.head}"]
    for title, changes in ((labels["added"], diff.added), (labels["removed"], diff.removed)):
        for change in changes:
            lines.append(f"{title}: {one_line(str(change.id))} ({change.kind}) {change.file}")
    for change in diff.changed:
        moved = f" ({labels['moved']} {change.moved_from})" if change.moved_from else ""
        lines.append(
            f"{labels['changed']}: {one_line(str(change.id))} ({change.kind}) {change.file}{moved}"
        )
        for item in change.fields:
            before = item.before if item.before is not None else labels["none"]
            after = item.after if item.after is not None else labels["none"]
            # Values from records: one line each, nothing a terminal would run.
            lines.append(f"  {item.key}: {one_line(str(before))} → {one_line(str(after))}")
        lines.extend(f"  {line}" for line in change.follows)
    lines.extend(tax_sentence(t, lang) for t in diff.allocation_tax)
    lines.extend(f"+ {text_line(d)}" for d in diff.diagnostics_added)
    lines.extend(f"- {text_line(d)}" for d in diff.diagnostics_cleared)
    lines.extend(diff.notes)
    if len(lines) == 1:
        lines.append(labels["nothing"])
    return "\n".join(lines) + "\n"


def to_json_text(diff: Diff, lang: str) -> str:
    return json.dumps(as_json(diff, lang), ensure_ascii=False, indent=2) + "\n"
