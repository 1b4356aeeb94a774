"""The messages of the S rules: a record against its kind's model (S101 a required key missing,
S102 an unknown key, S103 a value of the wrong type or form, S104 a kind that disagrees with
the folder), and what each form of value must be (``models.types``), which S103's messages and
lgotp.yaml's (L007) are made of.

Keys, codes and values are quoted as they are in both languages (``'2024-4-1'``,
``period.arrival``); the name of a kind of value that is not text (a list) is said in the
message's language.

The words are in ``schema.yaml`` beside this module (``catalogue_file`` reads it).
"""

from __future__ import annotations

from lgotp_cli.i18n.catalogue_file import load_words
from lgotp_cli.i18n.text import Words

_WORDS = load_words(__name__)
globals().update(_WORDS)


def shown(value: object) -> str | Words:
    """A value as a message quotes it: text in quotes, anything else by its type's name."""
    if isinstance(value, str):
        return f"'{value}'"
    name = type(value).__name__
    return _WORDS["VALUE_TYPE"].get(name) or name


def described(value: object) -> str | Words:
    """A value as S103 describes what it is instead: a mapping, a list, the text '…'."""
    if isinstance(value, dict):
        return _WORDS["DESCRIBED"]["mapping"]
    if isinstance(value, list):
        return _WORDS["DESCRIBED"]["list"]
    if isinstance(value, str):
        return _WORDS["THE_TEXT"].of(value=value)
    return type(value).__name__
