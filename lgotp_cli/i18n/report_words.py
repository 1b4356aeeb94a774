"""The catalogue's words for reports: titles, notes, totals and the sentences that reports,
timelines, what falls due and the Excel returns say. Column headings stay with their columns
(``reports.table.Column`` holds both languages), where the report defines each column once.

The words are in ``report_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
