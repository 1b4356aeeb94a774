"""The catalogue's words for the host-request survey forms (様式1–3) that `lgotp return survey
--host` writes and `lgotp import` reads back: the sheets' names, titles, labels and guidance, the
messages of Excel's data validation, what the import says about a form, and its closing lines.

Problems found in a form are diagnostics, written like rule messages: no closing full stop.

The words are in ``form_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
