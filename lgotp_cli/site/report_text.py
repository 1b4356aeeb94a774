"""A record's report (Markdown) as HTML for its page, with its photographs.

markdown-it-py renders CommonMark (with tables) with raw HTML turned off, so HTML written in a
report shows as text and never runs. Photographs (``![caption](file)``, and ``<img src>`` as
RECORDS.md allows) are shown when they are image files inside the records root, reached without
``..`` and without a link leading out of the root; they are copied into the site. A photograph
on the web is never fetched or shown (the site fetches nothing); links to the web stay links,
and links to files in the repository become plain text (the site does not publish those files).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from html import escape
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from lgotp_cli.site import links
from lgotp_cli.source.discover import is_inside
from lgotp_cli.source.markdown import is_remote

IMAGE_SUFFIXES = frozenset((".png", ".jpg", ".jpeg", ".gif", ".webp"))
MAX_REPORT_BYTES = 5 * 1024 * 1024
_HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""\b(src|alt)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_WEB_LINK = re.compile(r"(?:https?|mailto):", re.IGNORECASE)


@dataclass(frozen=True)
class Report:
    """A report ready for a page: ``html`` (trusted: built here, record text escaped) or
    ``problem`` (why it cannot be shown); ``photos`` maps a site path to the file to copy."""

    source: str
    html: str = ""
    problem: str = ""
    photos: dict[str, Path] = field(default_factory=dict)


def _reason_outside(target: str) -> str | None:
    """Why a path written in a record or report cannot be followed, or None when it can."""
    if target.startswith(("/", "\\")) or (len(target) > 1 and target[1] == ":"):
        return "an absolute path"
    if any(part == ".." for part in re.split(r"[/\\]", target)):
        return "a path with '..'"
    return None


def locate(target: str, base: PurePosixPath, root: Path) -> tuple[Path | None, str]:
    """The file ``target`` names (relative to the folder ``base`` under ``root``), or None and
    the reason; never a file outside the root, even through a link."""
    reason = _reason_outside(target)
    if reason:
        return None, f"{target} is {reason}"
    path = root / base / target
    if not is_inside(path, root):
        return None, f"{target} leads outside the records root"
    if not path.is_file():
        return None, f"{target} does not exist"
    return path, ""


def read(report_file: str, root: Path, media_prefix: str) -> Report:
    """The report at ``report_file`` (relative to ``root``) as HTML whose photographs are
    linked with ``media_prefix`` (the way from the page to the site's root)."""
    path, problem = locate(report_file, PurePosixPath(), root)
    if path is None:
        return Report(report_file, problem=problem)
    try:
        if path.stat().st_size > MAX_REPORT_BYTES:
            return Report(report_file, problem=f"{report_file} is larger than 5 MiB")
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        return Report(report_file, problem=f"{report_file} cannot be read: {error.strerror}")
    folder = PurePosixPath(report_file.replace("\\", "/")).parent
    return render(text, folder, root, media_prefix, source=report_file)


def render(
    text: str, folder: PurePosixPath, root: Path, media_prefix: str, *, source: str = ""
) -> Report:
    """Markdown ``text`` (a report in ``folder`` under ``root``) as HTML."""
    photos: dict[str, Path] = {}

    def photo(target: str) -> tuple[str | None, str]:
        target = unquote(target.split("#")[0].split("?")[0])
        if is_remote(target):
            return None, "a photograph on the web is not fetched"
        path, problem = locate(target, folder, root)
        if path is None:
            return None, problem
        suffix = path.suffix.lower()
        if suffix not in IMAGE_SUFFIXES:
            return None, f"{target} is not a PNG, JPEG, GIF or WebP image"
        relative = (folder / target).as_posix()
        name = links.media_name(relative, suffix)
        photos[name] = path
        return media_prefix + name, ""

    md = _markdown()
    env = {"photo": photo}
    tokens = md.parse(_html_images_as_markdown(text), env)
    for token in tokens:
        # The report sits under the page's h1 and the section's h2: its # is an h3.
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(6, int(token.tag[1]) + 2)}"
    html = md.renderer.render(tokens, md.options, env)
    return Report(source, html=html, photos=photos)


def _html_images_as_markdown(text: str) -> str:
    """``<img src="a.png" alt="x">`` as ``![x](<a.png>)``, so that it is shown like any photo
    while every other piece of HTML stays text."""

    def replace(match: re.Match) -> str:
        found = {}
        for attribute in _ATTRIBUTE.finditer(match.group(0)):
            found[attribute.group(1).lower()] = attribute.group(2) or attribute.group(3) or ""
        src = found.get("src", "")
        if not src or re.search(r"[<>\s]", src):
            return match.group(0)
        alt = re.sub(r"[\[\]\\]", "", found.get("alt", ""))
        return f"![{alt}](<{src}>)"

    return _HTML_IMAGE.sub(replace, text)


@cache
def _markdown():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.add_render_rule("image", _image)
    md.add_render_rule("link_open", _link_open)
    md.add_render_rule("link_close", _link_close)
    return md


def _image(renderer, tokens, index, options, env) -> str:
    token = tokens[index]
    caption = renderer.renderInlineAsText(token.children or [], options, env)
    url, problem = env["photo"](str(token.attrGet("src") or ""))
    if url is None:
        return (
            f'<span class="photo-missing">[{escape(caption or "photo")}: {escape(problem)}]</span>'
        )
    alt = escape(caption)
    figcaption = f'<span class="caption">{alt}</span>' if caption else ""
    return f'<span class="photo"><img src="{escape(url)}" alt="{alt}">{figcaption}</span>'


def _link_open(renderer, tokens, index, options, env) -> str:
    href = str(tokens[index].attrGet("href") or "")
    web = bool(_WEB_LINK.match(href))
    env.setdefault("links", []).append(web)
    if not web:
        return '<span class="link">'
    return f'<a class="external" href="{escape(href)}" rel="noopener noreferrer">'


def _link_close(renderer, tokens, index, options, env) -> str:
    opened = env.get("links") or [False]
    return "</a>" if opened.pop() else "</span>"
