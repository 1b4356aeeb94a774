"""The messages of the trainee rules (T1xx): the stay and its phases (``rules/trainee``), then
who the trainee is and the terms of the stay (``rules/trainee_terms``).

The words are in ``trainee.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
