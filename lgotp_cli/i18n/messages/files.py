"""The messages of the L rules: what the loader finds while it reads a record file (L001–L006,
and X305's links it does not follow) and what is wrong with ``lgotp.yaml`` (L007).

The YAML parser's own words are kept in English output as they always were; in Japanese the
message says what they mean (``yaml_trouble``) and quotes them as a detail.

The words are in ``files.yaml`` beside this module (``catalogue_file`` reads it).
"""

from __future__ import annotations

from lgotp_cli.i18n.catalogue_file import load_words
from lgotp_cli.i18n.text import Said, Verbatim

_WORDS = load_words(__name__)
globals().update(_WORDS)


# The parser's words (its ``problem``, or its ``context``) that name each trouble.
_TROUBLE_WORDS = (
    ("mapping values are not allowed", "colon"),
    ("cannot start any token", "token"),
    ("expected ',' or ']'", "bracket"),
    ("expected ',' or '}'", "brace"),
    ("scanning a quoted scalar", "quote"),
    ("unknown escape character", "escape"),
    ("expected '-' indicator", "dash"),
    ("did not find expected key", "key"),
    ("expected node content", "node"),
    ("could not find expected ':'", "simple_key"),
    ("scanning an anchor", "anchor"),
    ("scanning an alias", "anchor"),
    ("scanning a tag", "anchor"),
)


def yaml_trouble(parser: str) -> Verbatim:
    """The parser's words (``context; problem``): as they are in English, and in Japanese what
    they mean with the words quoted."""
    cause = next((cause for words, cause in _TROUBLE_WORDS if words in parser), "other")
    return Verbatim(
        parser, _WORDS["PARSER_SAYS"].of(what=_WORDS["YAML_TROUBLE"][cause].of(), parser=parser)
    )


def config_invalid(problem: str | Said) -> Said:
    """An L007 diagnostic's message: lgotp.yaml is invalid, and why."""
    return _WORDS["CONFIG_INVALID"].of(problem=problem)
