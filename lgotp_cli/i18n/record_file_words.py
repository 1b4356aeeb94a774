"""The catalogue's words for the commands that read and write sheets of records: ``import``
and ``export``: their errors (one sentence each) and what they print when they are done
(``lgotp new`` says its own in ``setup_words``).

The words are in ``record_file_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
