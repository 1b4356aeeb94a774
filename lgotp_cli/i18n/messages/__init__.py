"""The messages of the rules and of the loader, in English and Japanese: a module a kind of
rule, each message a ``Words`` template whose placeholders the check fills with
``Words.of(...)``. The check reports the ``Said``; the engine puts it into the language the
command chose, and the site into each page's language.

Values that can say themselves (a ``months.Length``, a phase's ``Words``) are said in the
message's language; dates, codes and ids are written as they are in both languages.
"""

from lgotp_cli.i18n.messages import (
    codes,
    cross_record,
    dispatch,
    excel,
    files,
    keyboard,
    parts,
    request,
    schema,
    trainee,
)

# Every module of messages, for the catalogue's checks (``i18n.catalogue``).
MESSAGE_MODULES = (
    files,
    schema,
    trainee,
    request,
    dispatch,
    cross_record,
    codes,
    parts,
    keyboard,
    excel,
)
