"""The site in a real browser: headless Chromium (Debian's `chromium`; `.ci/run` installs it)
loads the built site from disk, follows every link from the home page, and finds no broken link
or anchor, no image that does not load, no console error, no script, and no request for
anything but the site's own files. Then the pages are laid out for a phone and for print.

Where Chromium is not installed (a machine with only Python, say) the test is skipped with a
reason; `.ci/run` installs Chromium and sets ``LGOTP_BROWSER_TEST=required``, so that in CI a
missing browser fails the run instead.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from support.cdp import Browser, Visit, find_chromium
from support.site import pages


@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    if executable is None:
        reason = "the site's browser test needs Chromium: apt-get install chromium (.ci/run does)"
        if os.environ.get("LGOTP_BROWSER_TEST") == "required":
            pytest.fail(reason)
        pytest.skip(reason)
    with Browser(executable) as running:
        yield running


@dataclass
class Crawl:
    visits: dict[str, Visit] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def crawl(browser: Browser, site: Path) -> Crawl:
    """Every page reachable from the site's index.html, and what is wrong with any of them."""
    root = site.resolve()
    start = (root / "index.html").as_uri()
    done = Crawl()
    waiting, seen = [start], {start}
    fragments: list[tuple[str, str, str]] = []  # (page, target page, fragment)
    while waiting:
        url = waiting.pop()
        visit = done.visits[url] = browser.visit(url)
        info = visit.info
        here = unquote(urlsplit(url).path)
        say = done.problems.append
        if info["scripts"] or info["handlers"]:
            say(f"{here}: script on the page: {info['scripts']} {info['handlers']}")
        if info["h1"] < 1 or not info["title"] or info["lang"] not in ("ja", "en"):
            say(f"{here}: no heading, title or language")
        say_all = [f"{here}: {problem}" for problem in visit.console_problems()]
        done.problems += say_all
        for request in visit.requests():
            if not request.startswith("file://"):
                say(f"{here}: a request leaves the machine: {request}")
        for failure in visit.failed_loads():
            say(f"{here}: a load failed: {failure}")
        for link in info["links"]:
            parts = urlsplit(link["href"])
            if parts.scheme != "file":
                if not link["external"]:
                    say(f"{here}: a link leaves the site: {link['raw']}")
                continue
            path = Path(unquote(parts.path))
            if not path.is_relative_to(root) or not path.is_file():
                say(f"{here}: broken link {link['raw']}")
                continue
            target = path.as_uri()
            if parts.fragment:
                fragments.append((here, target, unquote(parts.fragment)))
            if path.suffix == ".html" and target not in seen:
                seen.add(target)
                waiting.append(target)
        for resource in info["resources"]:
            path = Path(unquote(urlsplit(resource["href"]).path))
            if not resource["href"].startswith("file://") or not path.is_relative_to(root):
                say(f"{here}: {resource['tag']} from outside the site: {resource['raw']}")
            elif not path.is_file():
                say(f"{here}: missing {resource['tag']} {resource['raw']}")
            elif resource["tag"] == "img" and not resource["loaded"]:
                say(f"{here}: image does not load: {resource['raw']}")
        if not any(r.endswith("/style.css") for r in visit.requests()):
            say(f"{here}: the stylesheet was not loaded")
    for page, target, fragment in fragments:
        ids = done.visits[target].info["ids"] if target in done.visits else []
        if fragment not in ids:
            done.problems.append(f"{page}: no #{fragment} in {target}")
    return done


def test_the_sample_site_has_no_broken_link_no_script_no_error_and_fetches_nothing(
    browser: Browser, sample_site: Path
):
    found = crawl(browser, sample_site)
    assert found.problems == []
    # Every page can be reached from the home page.
    reached = {unquote(urlsplit(url).path) for url in found.visits}
    assert reached == {str(page.resolve()) for page in pages(sample_site)}


def test_the_site_of_records_with_errors_and_hostile_text_is_as_sound(
    browser: Browser, hostile_site: Path
):
    found = crawl(browser, hostile_site)
    assert found.problems == []
    assert len(found.visits) == len(pages(hostile_site))
    record = next(v for url, v in found.visits.items() if url.endswith("/en/records/DISP-H-1.html"))
    photos = [r for r in record.info["resources"] if r["tag"] == "img"]
    assert len(photos) == 2 and all(photo["loaded"] for photo in photos)


@pytest.mark.parametrize(
    "page",
    [
        "en/index.html",
        "ja/index.html",
        "ja/lists/2024.html",
        "en/acceptance/countries.html",
        "ja/costs/2024.html",
        "en/timelines/2024.html",
        "ja/records/DISP-2024-001.html",
        "en/records.html",
    ],
)
def test_pages_fit_a_phone_tables_and_charts_scroll_in_their_boxes(
    browser: Browser, sample_site: Path, page: str
):
    browser.viewport(390, 844, mobile=True)
    try:
        browser.visit((sample_site / page).resolve().as_uri())
        width = browser.evaluate("document.documentElement.scrollWidth")
        viewport = browser.evaluate("window.innerWidth")  # wider when the page overflows
        assert (viewport, width) == (390, 390), f"{page} is {width}px wide on a 390px phone"
    finally:
        browser.viewport(1280, 900)


def test_printing_leaves_out_the_navigation(browser: Browser, sample_site: Path):
    browser.visit((sample_site / "en" / "records" / "LGOTP-2024-007.html").resolve().as_uri())
    shown = "getComputedStyle(document.querySelector('{}')).display"
    assert browser.evaluate(shown.format("header.site nav")) != "none"
    browser.media("print")
    try:
        assert browser.evaluate(shown.format("header.site nav")) == "none"
        assert browser.evaluate(shown.format(".lang-switch")) == "none"
        assert browser.evaluate(shown.format("main")) != "none"
    finally:
        browser.media("screen")
