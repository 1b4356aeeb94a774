"""A host's names: MIC's Japanese name (岡崎市, 愛知県岡崎市), its English name (Okazaki City),
and which one a report shows."""

from __future__ import annotations

import unicodedata

from lgotp_cli.reference import codes
from lgotp_cli.reference.romaji import english_name


def normalise(name: str) -> str:
    """A name compared without width, case or spaces."""
    return unicodedata.normalize("NFKC", name).replace(" ", "").casefold()


def list_names(code: str) -> set[str]:
    """The names (normalised) that MIC's list gives ``code``: with or without the prefecture,
    and in English. Empty for an unlisted code."""
    government = codes.lookup(code)
    if government is None:
        return set()
    names = {normalise(government.name), normalise(government.full_name)}
    english = english_name(code)
    if english:
        names.add(normalise(english))
    return names


def display_name(code: str, given: str | None, lang: str) -> str:
    """The host's name in ``lang``: MIC's (Japanese) or its romanisation (English), unless the
    record gives a name of its own; a record that merely repeats the list's name (岡崎市,
    Okazaki City) is shown in the language asked for."""
    government = codes.lookup(code)
    if government is None:
        return given or code
    if given and normalise(given) not in list_names(code):
        return given
    if lang == "ja":
        return government.name
    return english_name(code) or government.name
