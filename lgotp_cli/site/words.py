"""The site's words, from the catalogue (``i18n.site_words``), as its pages and templates read
them (the headings of tables are ``i18n.table_words``)."""

from __future__ import annotations

from functools import cache

from lgotp_cli.i18n import record_words, site_words


@cache
def words(lang: str) -> dict[str, str]:
    """Every word of the site in ``lang``, by key (templates read them as ``words.home``).
    One dict per language, shared: nothing changes it (templates run in an immutable
    sandbox)."""
    return site_words.PAGE.all_in(lang)


def kind_name(kind: str, lang: str) -> str:
    """A record kind (trainee, dispatch, request) as people say it."""
    return record_words.RECORD_KIND.label(kind, lang)


def severity_name(severity: str, lang: str) -> str:
    """A diagnostic's severity (error, warning, info) as people say it."""
    return record_words.SEVERITY.label(severity, lang)


def summary_sentence(summary, lang: str) -> str:
    """The validation summary as one sentence (as `lgotp validate` ends, in ``lang``)."""
    from lgotp_cli.diagnostics import summary_line

    return summary_line(summary, lang)
