"""The catalogue's words for `lgotp diff`: headings, and the sentences on lengths and on the
allocation tax that a change moves."""

from __future__ import annotations

from lgotp_cli.i18n.text import Terms, Words

HEADING = Terms(
    {
        "title": Words("Records changed", "記録の変更"),
        "nothing": Words("No record changes.", "記録の変更はありません。"),
        "added": Words("Added", "追加"),
        "removed": Words("Removed", "削除"),
        "changed": Words("Changed", "変更"),
        "moved": Words("moved from", "移動元"),
        "none": Words("(none)", "（なし）"),
        "taxes": Words("Allocation tax", "交付税措置額"),
        "diagnostics_added": Words("New problems", "新たな問題"),
        "diagnostics_cleared": Words("Problems cleared", "解消した問題"),
    }
)
WORK_TREE = Words("work tree", "作業ツリー")  # the head side when no commit is given
NO_LENGTH = Words("no length (it ends before it starts)", "期間なし（終了が開始より前）")
# The allocation tax of a host and year, before → after; English says which way it went.
_TAX_JA = "{host_name}（{host_code}）の{fiscal_year}の交付税措置額: {before} → {after}"
TAX_FALLS = Words(
    "the allocation tax of host {host_code} ({host_name}) for {fiscal_year} falls from {before} "
    "to {after}",
    _TAX_JA,
)
TAX_RISES = Words(
    "the allocation tax of host {host_code} ({host_name}) for {fiscal_year} rises from {before} "
    "to {after}",
    _TAX_JA,
)
TAX_CHANGES = Words(
    "the allocation tax of host {host_code} ({host_name}) for {fiscal_year} changes from "
    "{before} to {after}",
    _TAX_JA,
)
