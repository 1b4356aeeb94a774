"""A host's names: MIC's Japanese name (岡崎市, 愛知県岡崎市), its English name (Okazaki City),
and which one a report shows. A former code declared in ``lgotp.yaml`` ``host_codes`` has the
name its declaration gives, in the fiscal years it was valid."""

from __future__ import annotations

import unicodedata

from lgotp_cli.i18n import is_japanese
from lgotp_cli.reference import codes
from lgotp_cli.reference.romaji import english_name


def normalise(name: str) -> str:
    """A name compared without width, case or spaces."""
    return unicodedata.normalize("NFKC", name).replace(" ", "").casefold()


def list_names(code: str, fiscal_year: int | None = None) -> set[str]:
    """The names (normalised) that MIC's list gives ``code``: with or without the prefecture,
    and in English; or a declared former code's names in ``fiscal_year``. Empty for an unknown
    code."""
    former = codes.declared_in(code, fiscal_year)
    if former is not None:
        return {normalise(name) for name in (former.name, former.name_en) if name}
    government = codes.lookup(code)
    if government is None:
        return set()
    names = {normalise(government.name), normalise(government.full_name)}
    english = english_name(code)
    if english:
        names.add(normalise(english))
    return names


def display_name(code: str, given: str | None, lang: str, fiscal_year: int | None = None) -> str:
    """The host's name in ``lang``: MIC's (Japanese) or its romanisation (English), unless the
    record gives a name of its own; a record that merely repeats the list's name (岡崎市,
    Okazaki City) is shown in the language asked for. A declared former code is named as it
    was in ``fiscal_year``."""
    former = codes.declared_in(code, fiscal_year)
    if former is not None:
        if given and normalise(given) not in list_names(code, fiscal_year):
            return given
        return former.name if is_japanese(lang) else former.name_en or former.name
    government = codes.lookup(code)
    if government is None:
        return given or code
    if given and normalise(given) not in list_names(code):
        return given
    if is_japanese(lang):  # MIC's list is Japanese
        return government.name
    return english_name(code) or government.name
