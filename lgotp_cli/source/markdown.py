"""Reading a Markdown report: its characters (without markup and spaces) and its photographs."""

from __future__ import annotations

import re
from dataclasses import dataclass

_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*\bsrc\s*=\s*[\"']([^\"']+)[\"'][^>]*>", re.IGNORECASE)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S.*$", re.MULTILINE)
_HTML_TAG = re.compile(r"<[^>]+>")
_FENCE = re.compile(r"^\s*(```|~~~).*$", re.MULTILINE)
_LINE_MARKUP = re.compile(
    r"^\s{0,3}(?:#{1,6}\s|>+\s?|[-*+]\s|\d+[.)]\s|(?:[-*_]\s*){3,}$|\|?(?:\s*:?-{3,}:?\s*\|)+)",
    re.MULTILINE,
)
# Emphasis marks count as markup only at a word's edge: water_supply_sewage is one word.
_INLINE_MARKUP = re.compile(r"[`~|]|(?<!\w)[*_]+|[*_]+(?!\w)")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class ReportText:
    """What the rules need of a report."""

    characters: int
    photos: tuple[str, ...]


def read_report(text: str) -> ReportText:
    """Count a Markdown report's characters (markup and white space left out) and list the
    photographs it shows (``![caption](file)`` and ``<img src>``)."""
    photos = tuple(match.group(2) for match in _IMAGE.finditer(text)) + tuple(
        match.group(1) for match in _HTML_IMAGE.finditer(text)
    )
    body = _IMAGE.sub(r"\1", text)
    body = _HTML_IMAGE.sub("", body)
    body = _LINK.sub(r"\1", body)
    body = _REFERENCE_DEFINITION.sub("", body)
    body = _HTML_TAG.sub("", body)
    body = _FENCE.sub("", body)
    body = _LINE_MARKUP.sub("", body)
    body = _INLINE_MARKUP.sub("", body)
    body = _SPACE.sub("", body)
    return ReportText(len(body), photos)


def is_remote(target: str) -> bool:
    """A photo on the web rather than a file in the repository (it is never fetched)."""
    return bool(re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*:", target))
