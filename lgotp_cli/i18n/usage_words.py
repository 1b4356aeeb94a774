"""The catalogue's words for the command line's own refusals, which Typer words in English
(an unknown option, a missing argument): the frame around them (``Usage:``, ``Try … for
help.``, ``Error:``) and their messages. Each message's English is the template Typer's text
is matched against (``output.usage``); a message no template matches keeps Typer's English in
the Japanese frame.

The words are in ``usage_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from __future__ import annotations

from lgotp_cli.i18n.catalogue_file import load_words

_WORDS = load_words(__name__)
globals().update(_WORDS)


# In the order they are tried: a message that holds another before the plain ones.
MESSAGES = tuple(
    _WORDS[name]
    for name in (
        "POSSIBLE_OPTIONS",
        "DID_YOU_MEAN",
        "NO_SUCH_COMMAND",
        "NO_SUCH_OPTION",
        "MISSING_COMMAND",
        "MISSING_CHOICE",
        "MISSING_ARGUMENT",
        "MISSING_OPTION",
        "REQUIRES_A_VALUE",
        "REQUIRES_VALUES",
        "TAKES_NO_VALUE",
        "EXTRA_ARGUMENTS",
        "EXTRA_ARGUMENT",
        "EXTRA_ARGUMENTS_PLURAL",
        "INVALID_VALUE",
        "NOT_A_VALID",
        "NOT_AN_INTEGER",
    )
)
# The placeholders that hold a message of their own, said again in Japanese.
NESTED = ("message", "reason")
