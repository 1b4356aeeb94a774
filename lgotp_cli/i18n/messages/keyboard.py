"""The messages of keyboard and Excel mistakes: a character a Japanese keyboard (or Excel) puts
where YAML or a value needs ASCII, named in both languages with the corrected text; and what
``lgotp validate --fix`` and ``--diff`` say about the corrections they make.

The words are in ``keyboard.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
