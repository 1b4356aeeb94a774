"""Pieces that the messages of several kinds of rule share: two keys named together, and a
code that a record holds, said with its word in Japanese."""

from __future__ import annotations

from lgotp_cli.i18n.text import Said, Terms, Words

# Two keys a record lacks: "relationship and partner" / "relationship と partner".
BOTH = Words("{first} and {second}", "{first} と {second}")


def both_or_one(keys: list[str]) -> str | Said:
    """One key as it is, or two joined as the message's language joins them (``BOTH``)."""
    if len(keys) == 1:
        return keys[0]
    first, second = keys
    return BOTH.of(first=first, second=second)


def code_with_word(terms: Terms, code: str) -> Words:
    """A code as the record writes it; in Japanese followed by its word, so that a clerk sees
    both what to type and what it means: ``planned`` / ``planned（予定）``."""
    return Words(code, f"{code}（{terms.label(code, 'ja')}）")
