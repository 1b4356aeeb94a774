"""The bilingual text types of the catalogue: ``Words`` (one text, or one template with named
placeholders, in English and Japanese), ``Counted`` (a text whose English changes with a count)
``Terms`` (the words for a set of codes, such as statuses or host types), ``Texts`` (texts
looked up by their English, such as the commands' help), ``Said`` (a
template with its values, not yet in a language: what a rule or the loader reports, put into
the chosen language only when it is shown) and ``Verbatim`` (another program's English words
in a message, with the catalogue's Japanese for them).

Plain Python on purpose: ``lgotp validate`` and ``lgotp --help`` import the catalogue.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol

from lgotp_cli.language import LANGS, is_japanese  # where the language is chosen

_FORMATTER = string.Formatter()


def placeholders(text: str) -> frozenset[str]:
    """The names of the ``{placeholders}`` in ``text`` (``{count:,}`` is ``count``)."""
    return frozenset(name for _, name, _, _ in _FORMATTER.parse(text) if name is not None)


@dataclass(frozen=True, slots=True)
class Words:
    """One text people read, in English and Japanese; a template when it has named
    placeholders, filled by calling it: ``Words("Arrival of {person}", "{person}が来日")("ja",
    person="A")``. Literal braces are written ``{{`` and ``}}``, as in ``str.format``."""

    en: str
    ja: str

    def in_(self, lang: str) -> str:
        """The text in ``lang`` as written (a template keeps its placeholders)."""
        return self.ja if is_japanese(lang) else self.en

    def __call__(self, lang: str, /, **values: object) -> str:
        """The text in ``lang`` with its placeholders filled from ``values`` (every one of
        them must be given: a missing one raises KeyError rather than printing ``{person}``)."""
        return self.in_(lang).format(**values)

    def placeholders(self, lang: str) -> frozenset[str]:
        """The placeholder names of the text in ``lang``."""
        return placeholders(self.in_(lang))

    def of(self, **values: object) -> Said:
        """This template with its values, to be put into a language later."""
        return Said(self, values)

    def filled(self, values: Callable[[str], Mapping[str, object]]) -> Words:
        """This template filled in each language with the values ``values(lang)`` gives in
        that language: a title that names a fiscal year as each language writes it."""
        english, japanese = (self(lang, **values(lang)) for lang in LANGS)
        return Words(english, japanese)


class InLanguage(Protocol):
    """Anything that can say itself in a language: ``Words``, ``Said``, a length of time."""

    def in_(self, lang: str) -> str: ...


@dataclass(frozen=True, slots=True)
class Said:
    """A message not yet in a language: a template and its values. A value that can say itself
    (``in_``) is said in the same language; a list of them is joined as the language lists
    things. ``str()`` is the English, so that a message reads the same wherever it is printed
    before the language is known."""

    words: Words
    values: Mapping[str, object]

    def in_(self, lang: str) -> str:
        """The message in ``lang``."""
        return self.words(lang, **{key: said_in(value, lang) for key, value in self.values.items()})

    def __str__(self) -> str:
        return self.in_("en")

    def __contains__(self, text: str) -> bool:
        """Whether the English holds ``text``, as it would if the message were a ``str``."""
        return text in str(self)


@dataclass(frozen=True, slots=True)
class Verbatim:
    """Words of another program (the YAML parser, pydantic) in a message: the English is those
    words as they are, so that English output stays what it always was; the Japanese is the
    catalogue's ``ja``, which says what they mean (and may quote them as a detail)."""

    en: str
    ja: Said

    def in_(self, lang: str) -> str:
        """The words in ``lang``."""
        return self.ja.in_(lang) if is_japanese(lang) else self.en

    def __str__(self) -> str:
        return self.en


# Values written as they are in every language: most of a message's values (a file of 50,000
# duplicate keys is 50,000 messages).
_AS_THEY_ARE = frozenset((str, int))


def said_in(value: object, lang: str) -> object:
    """``value`` in ``lang`` when it can say itself (or is a list of such), else as it is."""
    if value.__class__ in _AS_THEY_ARE:
        return value
    if hasattr(value, "in_"):
        return value.in_(lang)
    if isinstance(value, list | tuple) and any(hasattr(item, "in_") for item in value):
        separator = "、" if is_japanese(lang) else ", "
        return separator.join(str(said_in(item, lang)) for item in value)
    return value


def text_in(text: str | InLanguage, lang: str) -> str:
    """A message in ``lang``: a plain ``str`` is English only and stays as it is."""
    return text if isinstance(text, str) else text.in_(lang)


@dataclass(frozen=True, slots=True)
class Counted:
    """A text that depends on a count, as English does ("1 error", "2 errors", "no report
    overdue"); Japanese usually says every form the same way. The count fills ``{count}``; a
    form may leave it out (the zero form often does), every other placeholder is shared."""

    one: Words
    other: Words
    zero: Words | None = None

    def forms(self) -> tuple[Words, ...]:
        """Every form, for checks."""
        return (self.one, self.other) + ((self.zero,) if self.zero is not None else ())

    def form(self, count: int) -> Words:
        """The form that says ``count``."""
        if count == 0 and self.zero is not None:
            return self.zero
        return self.one if count == 1 else self.other

    def __call__(self, lang: str, count: int, /, **values: object) -> str:
        """The form for ``count`` in ``lang``, filled with ``count`` and ``values``."""
        return self.form(count)(lang, count=count, **values)

    def of(self, count: int, /, **values: object) -> Said:
        """The form for ``count`` with its values, to be put into a language later."""
        return Said(self.form(count), {"count": count, **values})


class Terms(Mapping[str, Words]):
    """The words for a set of codes (``planned`` → Planned / 予定), in the codes' order."""

    __slots__ = ("_words",)

    def __init__(self, words: Mapping[str, Words]) -> None:
        self._words = dict(words)

    def __getitem__(self, code: str) -> Words:
        return self._words[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)

    def label(self, code: str | None, lang: str) -> str:
        """The code's word in ``lang``; a code the terms do not know is shown as it is (and
        None as nothing), so that a new code in the records still reads as something."""
        if code in self._words:
            return self._words[code].in_(lang)
        return code or ""

    def all_in(self, lang: str) -> dict[str, str]:
        """Every code's word in ``lang``, by code."""
        return {code: words.in_(lang) for code, words in self._words.items()}


class Texts(Terms):
    """Texts looked up by their English, as gettext looks up a message: the help of an option
    that many commands share is translated once, wherever it appears. Terms whose code is the
    English: ``label(english, lang)`` says a text the catalogue does not know as it is, so that
    a text not yet translated still reads as something. In the order written; no English twice
    (``catalogue_file`` refuses it)."""

    __slots__ = ()

    def __init__(self, words: Iterable[Words]) -> None:
        super().__init__({text.en: text for text in words})
