"""The site's URL scheme: where each page lives, file names that are safe for any record id, and
relative links between pages (so that the site works from file:// and from any Pages sub-path).

Every page has a path relative to the site's root, such as ``en/records/LGOTP-2024-007.html``;
the same page in the other language is the same path under the other language's folder.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Callable, Iterable
from functools import cache
from urllib.parse import quote

from lgotp_cli.i18n import is_japanese

LANGS = ("ja", "en")
LANG_NAMES = {"ja": "日本語", "en": "English"}

STYLESHEET = "style.css"
ROOT_INDEX = "index.html"
MANIFEST = ".lgotp-site.json"
MEDIA = "media"

# Ids that make a file name as they are: letters, digits, '.', '_' and '-', not starting with
# a dot or a dash, and not too long for a file system.
_SAFE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,120}")
_UNSAFE_CHARACTER = re.compile(r"[^A-Za-z0-9._-]+")
# Names Windows will not create, whatever the extension (a site may be checked out there).
_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{n}{i}" for n in ("com", "lpt") for i in range(1, 10)]
)


def other_lang(lang: str) -> str:
    """The language of the same page's twin: English for a Japanese page, and the other way."""
    return "en" if is_japanese(lang) else "ja"


def home(lang: str) -> str:
    return f"{lang}/index.html"


def years_index(lang: str) -> str:
    return f"{lang}/years.html"


def records_index(lang: str) -> str:
    return f"{lang}/records.html"


def _pages_in(folder: str) -> Callable[[str, object], str]:
    """The site path of each page kept in ``folder`` of its language, by what names the page
    (a fiscal year, a statistic, a record's or a file's slug): ``{lang}/{folder}/{name}.html``."""

    def page(lang: str, name: object) -> str:
        return f"{lang}/{folder}/{name}.html"

    return page


list_page = _pages_in("lists")  # by fiscal year
costs_page = _pages_in("costs")  # by fiscal year
timeline_page = _pages_in("timelines")  # by fiscal year
stats_page = _pages_in("acceptance")  # by statistic, one of STATS
record_page = _pages_in("records")  # by record slug
file_page = _pages_in("files")  # by file slug

# A fiscal year's pages, by what they show, in the order its navigation lists them.
YEAR_PAGES = {"lists": list_page, "costs": costs_page, "timeline": timeline_page}

STATS = ("countries", "fields", "hosts")


def in_lang(path: str, lang: str) -> str:
    """The same page in ``lang`` (the root index's counterpart is that language's home)."""
    if path == ROOT_INDEX:
        return home(lang)
    _, _, rest = path.partition("/")
    return f"{lang}/{rest}"


def href(from_page: str, to: str, fragment: str | None = None) -> str:
    """A relative link from the page at ``from_page`` to the file ``to`` (both site paths)."""
    here, _, _ = from_page.rpartition("/")
    there, _, name = to.rpartition("/")
    url = _folder_link(here, there) + quote(name, safe="._-~")
    return f"{url}#{quote(fragment, safe='._-')}" if fragment else url


@cache
def _folder_link(here: str, there: str) -> str:
    """The way from folder ``here`` to folder ``there`` ('' or ending in '/')."""
    relative = posixpath.relpath(there or ".", here or ".")
    return "" if relative == "." else quote(relative, safe="/._-~") + "/"


def _digest(*parts: object) -> str:
    text = "\x00".join(str(part) for part in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def safe_name(text: str, *key: object) -> str:
    """A file name from any text: kept as it is when safe, else its safe characters and a
    short digest of ``key`` (or of the text) so that two odd names never meet."""
    if _SAFE.fullmatch(text) and text.lower() not in _RESERVED and not text.endswith("."):
        return text
    cleaned = _UNSAFE_CHARACTER.sub("_", text).strip("._-")[:60] or "record"
    return f"_{cleaned}-{_digest(text, *key)}"


def record_slugs(keys: Iterable[tuple[str | None, str, int]]) -> list[str]:
    """A file name for each record, from (id, file, position in the file): the id itself when
    it is safe and no earlier record has it (ignoring case, for case-blind file systems);
    otherwise a name with a digest of the record's file and position, which stays the same
    from build to build."""
    taken: set[str] = set()
    slugs = []
    for record_id, file, position in keys:
        slug = safe_name(record_id or "record", file, position)
        if slug.lower() in taken or record_id is None:
            slug = f"_{_UNSAFE_CHARACTER.sub('_', record_id or 'record').strip('._-')[:60]}"
            slug = f"{slug}-{_digest(record_id, file, position)}"
        taken.add(slug.lower())
        slugs.append(slug)
    return slugs


def file_slug(relative: str) -> str:
    """A file name for a record file's page, from its path under the records root."""
    return f"{_UNSAFE_CHARACTER.sub('_', relative).strip('._-')[:80]}-{_digest(relative)}"


def media_name(relative: str, suffix: str) -> str:
    """Where a photo (at ``relative`` under the records root) is copied in the site."""
    stem = _UNSAFE_CHARACTER.sub("_", posixpath.basename(relative).rsplit(".", 1)[0])
    return f"{MEDIA}/{_digest(relative)}-{stem.strip('._-')[:40] or 'photo'}{suffix}"
