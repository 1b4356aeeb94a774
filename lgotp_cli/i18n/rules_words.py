"""The catalogue's words for `lgotp rules`: the rule table's headings and its last line, and the
headings of one rule explained. The rules' own summaries and documentation are the registry's
(English) and ``rule_docs`` (Japanese).

The words are in ``rules_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
