"""The catalogue's words for the errors that stop a command: the options, the records root,
output files and templates, reports and returns, git. Each is one sentence (Japanese: what is
wrong, then what to do), filled with ``Words.of(...)`` where the error is raised and said in the
chosen language when ``main()`` reports it. The errors of ``new``, ``import`` and ``export``
(the commands that read and write record files) are in ``record_file_words``.

The words are in ``error_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
