"""Values that a message fills in and that say themselves in its language (``Said`` asks each
value for ``in_(lang)``): a list of choices, a fiscal year, a count, an operating system's
reason. Dates, codes, ids and paths need none of these: they are written the same in both
languages.

Plain Python: the errors of every command use these.
"""

from __future__ import annotations

import errno
from collections.abc import Iterable
from dataclasses import dataclass

from lgotp_cli.i18n.text import Counted, is_japanese


@dataclass(frozen=True, slots=True)
class OneOf:
    """Choices, said as one is picked from them: ``en or ja``, ``text, json or junit`` /
    ``en、ja``."""

    values: tuple[str, ...]

    @classmethod
    def of(cls, values: Iterable[object]) -> OneOf:
        """The choices, each as text (an enum's members by their values)."""
        return cls(tuple(str(value) for value in values))

    def in_(self, lang: str) -> str:
        """The choices in ``lang``."""
        values = list(self.values)
        if is_japanese(lang):
            return "、".join(values)
        return values[0] if len(values) == 1 else f"{', '.join(values[:-1])} or {values[-1]}"


@dataclass(frozen=True, slots=True)
class Listed:
    """Items listed one after another: ``a, b, c`` / ``a、b、c``."""

    values: tuple[str, ...]

    @classmethod
    def of(cls, values: Iterable[object]) -> Listed:
        """The items, each as text."""
        return cls(tuple(str(value) for value in values))

    def in_(self, lang: str) -> str:
        """The items in ``lang``."""
        return ("、" if is_japanese(lang) else ", ").join(self.values)


@dataclass(frozen=True, slots=True)
class FiscalYear:
    """A fiscal year as the reports write it: ``FY2024`` / ``令和6年度``."""

    year: int

    def in_(self, lang: str) -> str:
        """The fiscal year in ``lang``."""
        from lgotp_cli.i18n.formats import fiscal_year_label

        return fiscal_year_label(self.year, lang)


@dataclass(frozen=True, slots=True)
class Count:
    """A number of things, said with its noun: ``2 errors`` / ``エラー 2 件``."""

    words: Counted
    count: int

    def in_(self, lang: str) -> str:
        """The count in ``lang``."""
        return self.words(lang, self.count)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A sentence (a ``str``, or anything that says itself) used as a phrase before more
    words: without the full stop it may end with."""

    sentence: object

    def in_(self, lang: str) -> str:
        """The phrase in ``lang``."""
        said = self.sentence.in_(lang) if hasattr(self.sentence, "in_") else str(self.sentence)
        return said.rstrip(". 。")


# The reasons an output most often cannot be written, as Japanese says them; any other reason
# is the operating system's own text (English), which is still better than nothing.
_OS_REASONS_JA = {
    errno.ENOSPC: "ディスクの空き容量がありません",
    errno.EACCES: "書き込む権限がありません",
    errno.EPERM: "この操作は許可されていません",
    errno.EROFS: "読み取り専用のファイルシステムです",
    errno.EFBIG: "ファイルが大きすぎます",
    errno.EDQUOT: "ディスクの割り当て（クォータ）を超えています",
    errno.ENOENT: "ファイルまたはフォルダがありません",
    errno.EISDIR: "フォルダです",
    errno.ENOTDIR: "パスの途中にフォルダでないものがあります",
    errno.EEXIST: "すでにあります",
}


@dataclass(frozen=True, slots=True)
class OsReason:
    """Why the operating system refused (an OSError), in the message's language."""

    number: int | None
    text: str

    @classmethod
    def of(cls, error: BaseException) -> OsReason:
        """The reason of ``error``: its ``strerror`` (or the error itself) and its number."""
        text = getattr(error, "strerror", None) or str(error)
        return cls(getattr(error, "errno", None), text)

    def in_(self, lang: str) -> str:
        """The reason in ``lang``."""
        if is_japanese(lang) and self.number in _OS_REASONS_JA:
            return _OS_REASONS_JA[self.number]
        return self.text
