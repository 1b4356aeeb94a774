"""The catalogue's words for the site's pages (the headings of tables are ``table_words``).

The words are in ``site_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
