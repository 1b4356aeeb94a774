"""The catalogue's words for the codes that records hold: statuses, host types, intentions,
allocation-tax kinds, fields, phases of a stay, record kinds and severities.

The words are in ``record_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
