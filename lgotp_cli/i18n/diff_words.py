"""The catalogue's words for `lgotp diff`: headings, and the sentences on lengths and on the
allocation tax that a change moves.

The words are in ``diff_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
