"""The catalogue's words for each command's ``--help`` in Japanese: the commands' descriptions
and the options' help, looked up by their English (``Texts``: an option shared by many
commands is translated once), and Typer's own words around them (headings, defaults).

The words are in ``help_words.yaml`` beside this module (``catalogue_file`` reads it). Loaded
only when Japanese help is asked for: English ``--help`` reads none of it.
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
