"""The catalogue's words for the Excel returns (`lgotp return`): the labels every workbook
template reads, and the returns' titles and notes.

The words are in ``return_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
