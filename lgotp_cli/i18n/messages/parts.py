"""Pieces that the messages of several kinds of rule share: two keys named together, and a
code that a record holds, said with its word in Japanese.

The words are in ``parts.yaml`` beside this module (``catalogue_file`` reads it).
"""

from __future__ import annotations

from lgotp_cli.i18n.catalogue_file import load_words
from lgotp_cli.i18n.text import Said, Terms, Words

_WORDS = load_words(__name__)
globals().update(_WORDS)


def both_or_one(keys: list[str]) -> str | Said:
    """One key as it is, or two joined as the message's language joins them (``BOTH``)."""
    if len(keys) == 1:
        return keys[0]
    first, second = keys
    return _WORDS["BOTH"].of(first=first, second=second)


def code_with_word(terms: Terms, code: str) -> Words:
    """A code as the record writes it; in Japanese followed by its word, so that a clerk sees
    both what to type and what it means: ``planned`` / ``planned（予定）``."""
    return Words(code, f"{code}（{terms.label(code, 'ja')}）")
