"""The lists a clerk chooses from on the survey forms (``layout.LISTS``): the codes of each, their
labels in a language (the catalogue's words; countries by the project's country names), and a
label read back to its code.

A label is read back whichever language it is in, and a code written as it is (``PH``,
``participate``) is taken too; width, case and spaces do not matter. Anything else is not in
the list.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache

from lgotp_cli.i18n.record_words import (
    FIELD,
    INTENTION,
    RELATIONSHIP,
    SELECTION_METHOD,
    TRAINING_LANGUAGE,
)
from lgotp_cli.i18n.text import LANGS, Terms
from lgotp_cli.reference.fields import FIELD_KEYS

TERMS: dict[str, Terms] = {
    "intention": INTENTION,
    "method": SELECTION_METHOD,
    "relationship": RELATIONSHIP,
    "language": TRAINING_LANGUAGE,
    "field": FIELD,
}


def normalised(text: str) -> str:
    """``text`` compared without width, case or spaces (ＰＨ, ph and "P H" are PH)."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def codes(name: str) -> tuple[str, ...]:
    """The codes of list ``name``, in the list's order (countries in code order)."""
    if name == "country":
        from lgotp_cli.reference.countries import country_codes

        return tuple(sorted(country_codes()))
    if name == "field":
        return FIELD_KEYS
    return tuple(TERMS[name])


def label(name: str, code: str, lang: str) -> str:
    """The label of ``code`` of list ``name`` in ``lang`` (an unknown code as it is)."""
    if name == "country":
        from lgotp_cli.reference.countries import country_name

        return country_name(code, lang)
    return TERMS[name].label(code, lang)


def options(name: str, lang: str, first: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(code, label) of every choice of list ``name`` in ``lang``, as the form offers them.
    Countries come by name, those in ``first`` (the ones the records name most) ahead of the
    rest; every other list in its own order."""
    if name != "country":
        return [(code, label(name, code, lang)) for code in codes(name)]
    known = set(codes(name))
    head = [code for code in dict.fromkeys(first) if code in known]
    rest = sorted(
        (code for code in known if code not in head), key=lambda code: label(name, code, lang)
    )
    return [(code, label(name, code, lang)) for code in [*head, *rest]]


def code_of(name: str, text: str) -> str | None:
    """The code a cell's ``text`` names in list ``name``, or None when it names none."""
    return _reading(name).get(normalised(text))


@cache
def _reading(name: str) -> dict[str, str]:
    """Every way list ``name`` may be written (labels in both languages, the codes), to its code."""
    found: dict[str, str] = {}
    for code in codes(name):
        written = [code, *(label(name, code, lang) for lang in LANGS)]
        if name == "country":
            written += _other_country_names(code)
        for text in written:
            found.setdefault(normalised(text), code)
    return found


def _other_country_names(code: str) -> list[str]:
    """A country's other English names in ISO 3166 (Viet Nam beside Vietnam)."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return []
    return [
        name
        for name in (getattr(country, "name", None), getattr(country, "official_name", None))
        if name
    ]
