"""Golden files: the one comparison, and the one switch that writes them instead.

    LGOTP_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/…

writes every golden file a test compares with (and the test passes): read the diff before
committing it.

A web page is checked in two golden files: its **part** (what this page alone shows: a report's
sections, a site page's ``<main>``) and the **chrome** around it (head, stylesheet, site header
and footer), which many pages share and which is therefore kept once, as a template. The
template is the chrome of one page with that page's own values (its title, its language, the
way up from it in its links) written as slots such as ``{title}``; the part stands at ``{part}``.
Every page is then checked whole: its part against its golden file, and the rest of it against
the template filled with its own values, so no byte of it goes unchecked.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

UPDATE = os.environ.get("LGOTP_UPDATE_GOLDEN") == "1"

PART = "{part}"

# A page's slots, in the order the template is filled: (as the template has it, as this page has
# it). A template is written from a page by the same pairs the other way round, last first.
Slots = Sequence[tuple[str, str]]


def assert_golden(path: Path, actual: str | bytes) -> None:
    """``actual`` (text, compared as UTF-8, or bytes) is exactly the golden file at ``path``;
    with LGOTP_UPDATE_GOLDEN=1 it is written there instead."""
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8") if isinstance(actual, str) else actual)
        return
    assert path.is_file(), f"no golden file {path.name}; run with LGOTP_UPDATE_GOLDEN=1"
    expected = path.read_bytes()
    if isinstance(actual, str):
        assert actual == expected.decode("utf-8")
    else:
        assert actual == expected


def universal_newlines(text: str) -> str:
    """``text`` as a text-mode pipe reads it (``\\r\\n`` and ``\\r`` become ``\\n``)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def cut_part(document: str, start: str, end: str) -> tuple[str, str]:
    """``(chrome, part)``: the part runs from the first ``start`` to the last ``end`` (both
    kept in it); the chrome is the document with the part replaced by ``{part}``."""
    assert start in document and end in document, (start, end)
    first = document.index(start)
    last = document.rindex(end) + len(end)
    assert first < last, (start, end)
    return document[:first] + PART + document[last:], document[first:last]


def fill(template: str, slots: Slots) -> str:
    """The chrome ``template`` with a page's own values in its slots."""
    for slot, value in slots:
        template = template.replace(slot, value)
    return template


def as_template(chrome: str, slots: Slots) -> str:
    """A page's ``chrome`` with its own values written as slots: the template ``fill`` fills."""
    for slot, value in reversed(slots):
        assert value in chrome, f"{value!r} is not in the chrome"
        chrome = chrome.replace(value, slot)
    return chrome


def assert_golden_page(
    document: str,
    *,
    part: tuple[Path | str, str, str],
    chrome: Path,
    slots: Slots,
    writes_chrome: bool = False,
) -> None:
    """``document`` is its part, from ``start`` to ``end`` (``part = (golden file, start,
    end)``, or the part itself where another golden file gives it), inside the chrome: the
    template at ``chrome`` filled with the page's ``slots``.

    With LGOTP_UPDATE_GOLDEN=1 the part is written, and the template too by the one page that
    ``writes_chrome``; the other pages are checked against it on the next run."""
    expected, start, end = part
    around, shown = cut_part(document, start, end)
    if isinstance(expected, Path):
        assert_golden(expected, shown)
    if UPDATE:
        if writes_chrome:
            template = as_template(around, slots)
            assert fill(template, slots) == around, "the page's values are not slots alone"
            chrome.write_bytes(template.encode("utf-8"))
        return
    if isinstance(expected, str):
        assert shown == expected
    assert chrome.is_file(), f"no golden file {chrome.name}; run with LGOTP_UPDATE_GOLDEN=1"
    assert around == fill(chrome.read_bytes().decode("utf-8"), slots)
