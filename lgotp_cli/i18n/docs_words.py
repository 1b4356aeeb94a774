"""The catalogue's words for the reference pages of ``docs/`` that lgotp writes itself
(``lgotp_cli.docgen``): the rules page and the command-line page, in English and Japanese.

The words are in ``docs_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
