"""The catalogue's words for a record's page on the site, read as a form: the sections, the label of each
field (by its dotted key in the record: ``period.arrival`` is 来日日 / Arrival) and the few
templates that put a field's parts together (a phase's dates and length, a waiver).

The words are in ``record_page_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
