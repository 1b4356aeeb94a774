"""The catalogue's words for reports: titles, notes, totals and the sentences that reports,
timelines, what falls due and the Excel returns say. The headings of the tables' columns are
``table_words``.

The words are in ``report_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
