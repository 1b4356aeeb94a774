"""The messages of the dispatch rules (D2xx). A dispatch's trip is written
``departure → return`` in both languages; lengths are ``months.Length`` and statuses
``parts.code_with_word``, said in the message's language.

The words are in ``dispatch.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
