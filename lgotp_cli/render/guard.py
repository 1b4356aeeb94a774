"""Spreadsheet formula guard (OWASP, CSV injection): text that a spreadsheet would run."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet could take ``text`` for a formula."""
    return text.startswith(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """Text that begins like a formula gets a leading apostrophe, so that it stays text.
    Numbers are never passed here: they stay numbers."""
    return "'" + text if is_formula_like(text) else text


def spreadsheet_text(text: str) -> str:
    """Text a workbook can hold: control characters that XLSX forbids become U+FFFD."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)
