"""Fields with labels: the 32 of the dispatch programme, and three more that LGOTP has.

LGOTP trainees (and host requests) use the dispatch programme's keys and three that CLAIR's
LGOTP pages name and the dispatch list lacks: 一般行政 (general administration, the largest field
in CLAIR Beijing's tables), 経済 (economy) and 多文化共生 (multicultural coexistence).
English labels are the dispatch FAQ's; Japanese ones are CLAIR's 分野 names (the catalogue's
``record_words.FIELD``).
"""

from __future__ import annotations

from lgotp_cli.i18n.record_words import FIELD

FIELDS = FIELD  # their labels, in the catalogue

LGOTP_ONLY_FIELDS: tuple[str, ...] = (
    "general_administration",
    "economy",
    "multicultural_coexistence",
)
FIELD_KEYS: tuple[str, ...] = tuple(FIELDS)  # a trainee's or a request's field
DISPATCH_FIELD_KEYS: tuple[str, ...] = tuple(k for k in FIELDS if k not in LGOTP_ONLY_FIELDS)


def field_label(key: str, lang: str = "en") -> str:
    """The field's label in ``lang`` (en or ja); the key itself when it is not a known field."""
    return FIELDS.label(key, lang)
