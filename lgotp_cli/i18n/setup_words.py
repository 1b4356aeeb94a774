"""The catalogue's words for the first ten minutes: what `lgotp init` says it made, and what
`lgotp new` asks and answers (its prompts, the problems with an answer, why a record was not
written).

The words are in ``setup_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
