"""What `lgotp import` says when it reads a sheet as Japanese Excel wrote it: the encoding, and
each value it read as the record's form (a note, not a problem: the sheet is not a record).

The words are in ``excel.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
