"""The messages of the host-request rules (R3xx). A bad host code (R301) is said as every code
problem is (``messages.codes``).

The words are in ``request.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
