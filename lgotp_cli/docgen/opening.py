"""The lines every generated reference page opens with."""

from __future__ import annotations

from lgotp_cli.i18n import docs_words as said


def opening(lang: str, other_page: str, title: str, intro: list[str], source: str) -> list[str]:
    """A page's first lines in ``lang``: its ``title``, a link to the same page in the other
    language (``other_page``), the paragraphs of its ``intro``, and what it is generated from
    (``source``), each followed by a blank line."""
    lines = [f"# {title}", "", said.OTHER_LANGUAGE(lang, page=other_page), ""]
    for paragraph in intro:
        lines += [paragraph, ""]
    return [*lines, f"> {said.GENERATED(lang, source=source)}", ""]
