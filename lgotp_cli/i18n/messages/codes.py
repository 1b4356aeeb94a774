"""The messages of a local government code that cannot be used (``reference.codes``): a
trainee's or a request's host (T114, R301) and a specialist's employer (D212) are said alike.

The words are in ``codes.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
