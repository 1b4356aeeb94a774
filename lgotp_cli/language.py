"""Which language lgotp speaks: ``--lang``, else ``$LGOTP_LANG``, else ``lang:`` in
``lgotp.yaml``, else a Japanese locale (``LC_ALL``/``LC_MESSAGES``/``LANG`` starting with
``ja``), else the command's own default (English; Japanese for the returns to MIC).

The language a command chose is kept here for the rest of the run, so that an error raised
anywhere (and reported by ``main()``) is said in it too. A command's own default is the
language of what it makes (a return is a Japanese form), not of what it says: when nothing
chose a language, its errors and notes are English. Plain Python: every command calls it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

# The languages lgotp speaks (the catalogue has every text in each: ``i18n.text``). Kept here,
# not imported from the catalogue, so that choosing the language loads no part of it.
LANGS = ("en", "ja")


def is_japanese(lang: str) -> bool:
    """Whether ``lang`` asks for Japanese. Any other value is English: the one place that
    decides it, so that every text, number and date agrees."""
    return lang == "ja"


LANG_ENV = "LGOTP_LANG"
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


_chosen: str | None = None


def locale_language() -> str | None:
    """``ja`` when the locale in force is Japanese; None otherwise (the first of ``LC_ALL``,
    ``LC_MESSAGES`` and ``LANG`` that is set decides, as POSIX has it)."""
    for variable in _LOCALE_VARIABLES:
        value = os.environ.get(variable)
        if value:
            return "ja" if value.lower().startswith("ja") else None
    return None


def configured_language(root: Path) -> str | None:
    """``lang:`` in ``root``'s lgotp.yaml when it is ``en`` or ``ja``; None when the file, the
    key or a readable value is missing (the configuration's own check reports a bad one)."""
    path = root / "lgotp.yaml"
    try:
        if not path.is_file() or path.stat().st_size > 1_000_000:
            return None
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=loader)
    except Exception:  # unreadable, or not YAML: lgotp.yaml's own check (L007) says so
        return None
    value = data.get("lang") if isinstance(data, dict) else None
    return value if value in LANGS else None


def choose_language(
    given: str | None,
    configured: Callable[[], str | None] = lambda: None,
    default: str = "en",
) -> str:
    """The language to speak, and remember it for the rest of the run.

    An unknown ``$LGOTP_LANG`` is a UserError (exit 2); a locale that is neither language
    falls back to ``default`` without a word, as the locale is not lgotp's to judge. What is
    remembered for errors and notes is the language asked for, else English (``default`` is
    the language of what the command makes).
    """
    global _chosen
    asked = given or _from_environment() or configured() or locale_language()
    _chosen = asked or "en"
    return asked or default


def _from_environment() -> str | None:
    value = os.environ.get(LANG_ENV, "").strip()
    if not value:
        return None
    if value.lower() in LANGS:
        return value.lower()
    from lgotp_cli.errors import UserError
    from lgotp_cli.i18n.error_words import UNKNOWN_LANG

    raise UserError(UNKNOWN_LANG.of(where=f"${LANG_ENV}", value=value))


def current_language() -> str:
    """The language this run says things in (errors, notes): the one the user chose, else
    English; before a command chose one, the environment's or the locale's, else English (an
    error in the options themselves is said in it)."""
    if _chosen is not None:
        return _chosen
    value = os.environ.get(LANG_ENV, "").strip().lower()
    return value if value in LANGS else (locale_language() or "en")
