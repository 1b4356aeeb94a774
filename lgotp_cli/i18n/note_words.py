"""The catalogue's words for what the commands say on the side: notes on standard error, the
progress text on a terminal, the line a command ends with, the sentence for an invalid
lgotp.yaml, an interruption and an internal error.

The words are in ``note_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
