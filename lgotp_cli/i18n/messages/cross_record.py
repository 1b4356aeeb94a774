"""The messages of the cross-record rules (X3xx): records that clash, file names, referenced
files and waivers. A place is a file as the records root names it, and its line.

The words are in ``cross_record.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
