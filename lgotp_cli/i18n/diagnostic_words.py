"""The catalogue's words for what `lgotp validate` says: the summary that ends its output (and
heads the site). Rule messages move here next, as templates with named placeholders.

The words are in ``diagnostic_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
