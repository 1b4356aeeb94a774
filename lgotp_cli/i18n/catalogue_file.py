"""The catalogue's words are data: each module of the catalogue (``error_words``,
``messages.trainee`` …) has its words in a YAML file beside it (``error_words.yaml``), which a
translator can read and edit without reading Python, and which the module loads into its own
names when it is imported (``error_words.UNKNOWN_LANG``)::

    # a comment says where the words are used, or why they are worded so
    UNKNOWN_LANG:                     # a Words: one text, or a template with {placeholders}
      en: "{where}={value} is not a language lgotp speaks; use en or ja."
      ja: "{where}={value} は lgotp が使える言語ではありません。…"
    STATUS: !terms                    # a Terms: the words for a set of codes, in order
      planned: {en: "Planned", ja: "予定"}
    REPORTS_OVERDUE: !counted         # a Counted: English that changes with {count}
      zero: {en: "no report overdue", ja: "報告書の期限超過 {count:,}件"}
      one: {en: "{count:,} report overdue", ja: "報告書の期限超過 {count:,}件"}
      other: {en: "{count:,} reports overdue", ja: "報告書の期限超過 {count:,}件"}
    OPTION_HELP: !texts               # a Texts: a list of texts, looked up by their English
      - en: "Print less."
        ja: "表示を少なくします。"

A file is read strictly: a text without both ``en`` and ``ja``, a key written twice or a key
YAML reads as something other than text (``no``, ``on``) is an error that names the file and
the entry, so that a slip in a translation fails the tests rather than a user's command. In
a ``!texts`` list the English is the key: the same English written twice is an error too.

Read with libyaml when the module is first imported: ``lgotp --version`` and ``--help`` in
English import no module of the catalogue, and so never read one.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from lgotp_cli.i18n.text import Counted, Terms, Texts, Words

HERE = Path(__file__).parent
PACKAGE = "lgotp_cli.i18n."
COUNT_FORMS = frozenset({"zero", "one", "other"})

Entry = Words | Terms | Counted | Texts


class CatalogueFileError(ValueError):
    """A catalogue file that does not say what the catalogue needs (a developer's error)."""


def words_file(module_name: str) -> Path:
    """The YAML file that holds the words of the catalogue module ``module_name``."""
    relative = module_name.removeprefix(PACKAGE).replace(".", "/")
    return HERE / f"{relative}.yaml"


def load_words(module_name: str) -> dict[str, Entry]:
    """The words of the catalogue module ``module_name``, by name, in the file's order: for
    the module to put into its namespace (``globals().update(load_words(__name__))``)."""
    return read_words(words_file(module_name))


def read_words(path: Path) -> dict[str, Entry]:
    """The words of one catalogue file, by name, in the file's order."""
    try:
        read = _parse(path.read_text(encoding="utf-8"))
        if not isinstance(read, dict):
            raise CatalogueFileError("the file must be a mapping of names to words")
        return {name: _entry(name, value) for name, value in read.items()}
    except CatalogueFileError as problem:
        raise CatalogueFileError(f"{path.name}: {problem}") from None


def read_yaml(path: Path) -> Any:
    """A catalogue file as YAML reads it, strictly (no key twice, every key text): for the
    files of another shape than words, such as the rules' Japanese documentation."""
    try:
        return _parse(path.read_text(encoding="utf-8"))
    except CatalogueFileError as problem:
        raise CatalogueFileError(f"{path.name}: {problem}") from None


def _parse(text: str) -> Any:
    import yaml

    return yaml.load(text, Loader=_strict_loader())


@functools.cache
def _strict_loader() -> type:
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class StrictLoader(base):  # type: ignore[misc, valid-type]
        """Safe loading that refuses what a catalogue never means: a key written twice, a key
        that is not text."""

        def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
            seen: set[object] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                if not isinstance(key, str):
                    raise CatalogueFileError(
                        f"line {key_node.start_mark.line + 1}: the key {key!r} is not text; "
                        "quote it"
                    )
                if key in seen:
                    raise CatalogueFileError(
                        f"line {key_node.start_mark.line + 1}: '{key}' is written twice"
                    )
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    StrictLoader.add_constructor("!terms", _tagged(_TermsRead))
    StrictLoader.add_constructor("!counted", _tagged(_CountedRead))
    StrictLoader.add_constructor("!texts", _texts)
    return StrictLoader


class _TermsRead(dict):  # type: ignore[type-arg]
    """A mapping read under ``!terms``, made into ``Terms`` once its name is known."""


class _CountedRead(dict):  # type: ignore[type-arg]
    """A mapping read under ``!counted``, made into ``Counted`` once its name is known."""


def _tagged(kind: type[dict]) -> Any:
    def construct(loader: Any, node: Any) -> dict:
        return kind(loader.construct_mapping(node, deep=True))

    return construct


class _TaggedList(list):  # type: ignore[type-arg]
    """A list read under ``!texts``, with the line each item starts on (for the errors)."""

    lines: list[int]


def _texts(loader: Any, node: Any) -> _TaggedList:
    import yaml

    if not isinstance(node, yaml.SequenceNode):
        raise CatalogueFileError(
            f"line {node.start_mark.line + 1}: !texts must be a list of en and ja texts"
        )
    texts = _TaggedList(loader.construct_object(item, deep=True) for item in node.value)
    texts.lines = [item.start_mark.line + 1 for item in node.value]
    return texts


def _entry(name: str, value: object) -> Entry:
    if isinstance(value, _TaggedList):
        return _text_list(name, value)
    if isinstance(value, _TermsRead):
        return Terms({code: _words(f"{name}[{code}]", words) for code, words in value.items()})
    if isinstance(value, _CountedRead):
        if not {"one", "other"} <= value.keys() <= COUNT_FORMS:
            raise CatalogueFileError(
                f"{name} must give the forms one and other (and may give zero)"
            )
        forms = {form: _words(f"{name}.{form}", words) for form, words in value.items()}
        return Counted(**forms)
    return _words(name, value)


def _words(name: str, value: object) -> Words:
    if not isinstance(value, dict) or set(value) != {"en", "ja"}:
        raise CatalogueFileError(f"{name} must have exactly an en and a ja text")
    english, japanese = value["en"], value["ja"]
    if not isinstance(english, str) or not isinstance(japanese, str):
        raise CatalogueFileError(f"{name}: en and ja must be text (quote them)")
    return Words(english, japanese)


def _text_list(name: str, texts: _TaggedList) -> Texts:
    """The ``!texts`` list ``name``: each item an en and a ja text, no English twice (it is
    what a text is looked up by)."""
    read: dict[str, int] = {}
    found: list[Words] = []
    for index, (line, item) in enumerate(zip(texts.lines, texts, strict=True)):
        words = _words(f"{name}[{index}] (line {line})", item)
        if words.en in read:
            raise CatalogueFileError(
                f"{name}: line {line}: the English {words.en!r} is written twice "
                f"(first on line {read[words.en]})"
            )
        read[words.en] = line
        found.append(words)
    return Texts(found)
