"""The site in a real browser: headless Chromium (Debian's `chromium`; `.ci/run` installs it)
loads the built site from disk, follows every link from the home page, and finds no broken link
or anchor, no image that does not load, no console error, no script, and no request for
anything but the site's own files. Then the pages are laid out for a phone and for print, and
the cost summary's net burdens are seen whole in a 1280-pixel window and on an A4 landscape page.

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
from support.paths import SAMPLE
from support.site import lgotp, pages


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


# --- wide reports: in a 1280-pixel window and on an A4 landscape page ---------------------------

WINDOW = 1280
# What an A4 landscape page holds between its 10 mm margins (report.css.j2), in CSS pixels.
A4_LANDSCAPE = int((297 - 20) / 25.4 * 96)

# Each cell of the "Net burden" column of every table: its text, where the text ends, how many
# lines it takes, and where its table's scrolling box ends (a cell beyond it is out of view).
NET_BURDENS = """(() => {
  const found = [];
  for (const table of document.querySelectorAll('table')) {
    const heads = [...table.querySelectorAll('thead th')].map(th => th.textContent.trim());
    const column = heads.findIndex(head => head === 'Net burden' || head === '実質負担額');
    if (column < 0) continue;
    const box = table.closest('.table-wrap').getBoundingClientRect();
    for (const row of table.querySelectorAll('tbody tr')) {
      const range = document.createRange();
      range.selectNodeContents(row.children[column]);
      found.push({text: row.children[column].textContent, right: range.getBoundingClientRect().right,
                  lines: range.getClientRects().length, box: box.right});
    }
  }
  return found;
})()"""
# Every amount (a cell of a numeric column) that wraps onto a second line.
CUT_AMOUNTS = """[...document.querySelectorAll('td.num')].filter(cell => {
  const range = document.createRange(); range.selectNodeContents(cell);
  return range.getClientRects().length > 1;
}).map(cell => cell.textContent)"""


def net_burdens_seen(browser: Browser, url: str, width: int, media: str) -> list[str]:
    """The net burdens the page at ``url`` shows whole and in view, ``width`` pixels wide."""
    browser.viewport(width, 1000)
    browser.media(media)
    try:
        browser.visit(url)
        cells = browser.evaluate(NET_BURDENS)
        assert browser.evaluate(CUT_AMOUNTS) == []
        assert browser.evaluate("document.documentElement.scrollWidth") <= width
    finally:
        browser.media("screen")
        browser.viewport(1280, 900)
    for cell in cells:
        assert cell["lines"] == 1 and cell["right"] <= min(width, cell["box"]) + 0.5, cell
    return [cell["text"] for cell in cells]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_net_burden_of_the_cost_summary_is_seen_whole_on_screen_and_on_paper(
    browser: Browser, tmp_path: Path, lang: str
):
    from lgotp_cli.i18n import yen

    page = tmp_path / f"costs.{lang}.html"
    assert lgotp("--lang", lang, "costs", "-o", str(page), records=SAMPLE).returncode == 0
    rows = lgotp("--lang", lang, "costs", "--kind", "trainee", "-f", "json", records=SAMPLE)
    expected = ["—" if row["net_burden"] is None else yen(row["net_burden"], lang)
                for row in rows.json()]  # fmt: skip
    assert len(expected) > 20
    for width, media in ((WINDOW, "screen"), (A4_LANDSCAPE, "print")):
        assert net_burdens_seen(browser, page.as_uri(), width, media) == expected


@pytest.mark.parametrize("page", ["en/costs/2024.html", "ja/costs/2025.html"])
def test_the_sites_cost_pages_show_every_net_burden_on_screen_and_on_paper(
    browser: Browser, sample_site: Path, page: str
):
    url = (sample_site / page).resolve().as_uri()
    for width, media in ((WINDOW, "screen"), (A4_LANDSCAPE, "print")):
        seen = net_burdens_seen(browser, url, width, media)
        assert len(seen) >= 5 and "—" not in seen


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_acceptance_table_keeps_its_countries_and_totals_in_view(
    browser: Browser, sample_site: Path, lang: str
):
    """Scrolled halfway along its fiscal years, the table still shows each row's country and
    total; printed, it fits the page."""
    url = (sample_site / lang / "acceptance" / "countries.html").resolve().as_uri()
    browser.viewport(WINDOW, 1000)
    browser.visit(url)
    seen = browser.evaluate("""(() => {
      const box = document.querySelector('.table-wrap');
      const wider = box.scrollWidth > box.clientWidth;
      box.scrollLeft = (box.scrollWidth - box.clientWidth) / 2;
      const frame = box.getBoundingClientRect();
      const ends = [...box.querySelectorAll('tr')].flatMap(r => [r.firstElementChild, r.lastElementChild]);
      const hidden = ends.filter(cell => { const at = cell.getBoundingClientRect();
        return at.left < frame.left - 0.5 || at.right > frame.right + 0.5; });
      return {wider, hidden: hidden.map(cell => cell.textContent), ends: ends.length};
    })()""")  # fmt: skip
    assert seen["wider"], "the table fits the window: nothing to keep in view"
    assert seen["hidden"] == [] and seen["ends"] > 20
    browser.viewport(A4_LANDSCAPE, 1000)
    browser.media("print")
    try:
        browser.visit(url)
        assert browser.evaluate("document.documentElement.scrollWidth") <= A4_LANDSCAPE
        head = "getComputedStyle(document.querySelector('thead')).display"
        assert browser.evaluate(head) == "table-header-group"  # repeated on every page
    finally:
        browser.media("screen")
        browser.viewport(1280, 900)


@pytest.mark.parametrize(
    "page",
    [
        "en/lists/2024.html",
        "ja/lists/2024.html",
        "en/acceptance/hosts.html",
        "ja/acceptance/fields.html",
        "ja/timelines/2024.html",
        "en/years.html",
    ],
)
def test_report_pages_print_within_an_a4_landscape_page(
    browser: Browser, sample_site: Path, page: str
):
    browser.viewport(A4_LANDSCAPE, 1000)
    browser.media("print")
    try:
        browser.visit((sample_site / page).resolve().as_uri())
        width = browser.evaluate("document.documentElement.scrollWidth")
        assert width <= A4_LANDSCAPE, f"{page} is {width}px wide on a {A4_LANDSCAPE}px page"
        assert browser.evaluate(CUT_AMOUNTS) == []
        style = "getComputedStyle(document.querySelector('{}')).{}"
        assert browser.evaluate(style.format("thead", "display")) == "table-header-group"
        assert browser.evaluate(style.format("tbody tr", "breakInside")) == "avoid"
    finally:
        browser.media("screen")
        browser.viewport(1280, 900)
