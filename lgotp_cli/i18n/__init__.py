"""Every text people read, in English and Japanese: one catalogue, one text type.

- ``Words(en, ja)`` is one text, or a template with named placeholders; call it with the
  language and the values: ``report_words.TRAINEE_ARRIVAL("ja", person=..., host=...)``.
  ``.in_(lang)`` gives the text as written (templates keep their placeholders).
- ``Counted(one, other, zero=None)`` is a text whose English depends on a count:
  ``report_words.REPORTS_OVERDUE(lang, 2)`` → "2 reports overdue" / "報告書の期限超過 2件".
- ``Terms({code: Words})`` names a set of codes: ``record_words.STATUS.label("planned", lang)``.
- ``Texts([Words])`` looks texts up by their English, as gettext does:
  ``help_words.OPTIONS.label("Print less.", lang)``.

The words are data: each module of the catalogue loads its words from the YAML file beside it
(``error_words.yaml``; the format is in ``catalogue_file``), so that a translator edits text,
not Python. The catalogue is the modules of this package, by what they are about: ``record_words`` (codes
that records hold: statuses, host types, fields, phases), ``report_words``, ``table_words``
(the headings of report tables' columns, the titles of charts), ``return_words``,
``site_words``, ``record_page_words`` (a record's site page, read as a form), ``diff_words``
and ``diagnostic_words``; a rule's message template belongs in ``messages``, as a ``Words``
with the rule's placeholders. What the commands say besides their outputs: ``error_words``
(the errors that stop a command), ``record_file_words`` (``import``, ``export``),
``note_words`` (notes on standard error, progress, the last line), ``usage_words`` (the
command line's own refusals); ``rules_words`` (`lgotp rules`), ``setup_words`` (`lgotp init`
and `lgotp new`), ``form_words`` (the survey forms), ``help_words`` (each command's
``--help``) and ``docs_words`` (the reference pages lgotp writes into ``docs/``). The values
such messages fill in that say themselves (a list of choices, a fiscal year) are in
``spoken``. ``formats`` turns numbers and dates into text
(``fiscal_year_label``, ``yen``, ``day``, ``duration``). ``catalogue()`` walks every entry, so
that a test checks each has both languages.

Plain Python only: `lgotp validate` and `lgotp --help` import this package.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType

from lgotp_cli.i18n.formats import day, duration, fiscal_year_label, yen
from lgotp_cli.i18n.text import LANGS, Counted, Terms, Texts, Words, is_japanese

__all__ = [
    "LANGS",
    "Counted",
    "Entry",
    "Terms",
    "Texts",
    "Words",
    "catalogue",
    "day",
    "dispatch_status_label",
    "duration",
    "fiscal_year_label",
    "host_type_label",
    "intention_label",
    "is_japanese",
    "status_label",
    "tax_kind_label",
    "yen",
]


def catalogue_modules() -> tuple[ModuleType, ...]:
    """Every module of the catalogue. Imported when asked for, not with the package: start-up
    is a feature, and `lgotp --version` needs none of them."""
    from lgotp_cli.i18n import (
        diagnostic_words,
        diff_words,
        docs_words,
        error_words,
        form_words,
        help_words,
        note_words,
        record_file_words,
        record_page_words,
        record_words,
        report_words,
        return_words,
        rules_words,
        setup_words,
        site_words,
        table_words,
        usage_words,
    )
    from lgotp_cli.i18n.messages import MESSAGE_MODULES

    return (
        record_words,
        report_words,
        table_words,
        return_words,
        site_words,
        diff_words,
        rules_words,
        setup_words,
        diagnostic_words,
        form_words,
        record_page_words,
        error_words,
        record_file_words,
        note_words,
        usage_words,
        docs_words,
        help_words,
        *MESSAGE_MODULES,
    )


@dataclass(frozen=True, slots=True)
class Entry:
    """One ``Words`` of the catalogue, named where it lives (``record_words.STATUS[planned]``);
    ``counted`` when it is a form of a ``Counted``, which may leave ``{count}`` out."""

    name: str
    words: Words
    counted: bool = False


def catalogue() -> Iterator[Entry]:
    """Every ``Words`` of the catalogue, those inside ``Terms``, ``Texts`` and ``Counted``
    included (a text of ``Texts`` named by its place in the list: its English is long)."""
    for module in catalogue_modules():
        prefix = module.__name__.removeprefix("lgotp_cli.i18n.")
        for attribute, value in vars(module).items():
            name = f"{prefix}.{attribute}"
            if isinstance(value, Words):
                yield Entry(name, value)
            elif isinstance(value, Texts):
                for index, words in enumerate(value.values()):
                    yield Entry(f"{name}[{index}]", words)
            elif isinstance(value, Terms):
                for code, words in value.items():
                    yield Entry(f"{name}[{code}]", words)
            elif isinstance(value, Counted):
                for form, words in zip(("one", "other", "zero"), value.forms(), strict=False):
                    yield Entry(f"{name}.{form}", words, counted=True)


def status_label(status: str, lang: str) -> str:
    """A record status as people say it."""
    from lgotp_cli.i18n import record_words

    return record_words.STATUS.label(status, lang)


def dispatch_status_label(status: str, lang: str) -> str:
    """A dispatch's status as people say it (a completed dispatch is 派遣終了, not 修了)."""
    from lgotp_cli.i18n import record_words

    return record_words.DISPATCH_STATUS.label(status, lang)


def host_type_label(host_type: str, lang: str) -> str:
    """prefecture / designated_city / municipality, as people say it."""
    from lgotp_cli.i18n import record_words

    return record_words.HOST_TYPE.label(host_type, lang)


def tax_kind_label(kind: str, lang: str) -> str:
    """ordinary / special / none, as people say it."""
    from lgotp_cli.i18n import record_words

    return record_words.TAX_KIND.label(kind, lang)


def intention_label(intention: str, lang: str) -> str:
    """A host request's intention (Form 1), as people say it."""
    from lgotp_cli.i18n import record_words

    return record_words.INTENTION.label(intention, lang)
