"""Helpers for the site's tests: running `lgotp site` as a user would, a records root full of
problems and hostile text, and reading the pages back."""

from __future__ import annotations

import json
import struct
import zlib
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from support.paths import REPO
from support.records import write_file
from support.run import Run, run_lgotp

TODAY = "2025-06-01"

# Hostile text where people read it: names, organisations, notes, calendar, reports.
SCRIPT = '<script>alert("lgotp")</script>'
IMG = '"><img src=x onerror=alert(1)>'
TABLE = "</td></tr></table><h1>broken</h1>"
JINJA = "{{ 7*7 }}{% raw %}"
AMP = "Tom & Jerry <b>bold</b>"


def lgotp(*args: str, cwd: Path = REPO, records: Path | None = None) -> Run:
    """``python -m lgotp_cli [--records R] --today 2025-06-01 ARGS`` with no LGOTP_* variables."""
    prefix = ["--records", str(records)] if records is not None else []
    return run_lgotp([*prefix, "--today", TODAY, *args], cwd=cwd, timeout=300)


def build(root: Path, out: Path, **options):
    """Build the site of ``root`` at ``out`` with the library, as of TODAY."""
    from lgotp_cli.config import load_config
    from lgotp_cli.site.build import build_site

    return build_site(
        root,
        out,
        config=load_config(root),
        today=date.fromisoformat(TODAY),
        lang=options.pop("lang", "en"),
        **options,
    )


def png(width: int = 4, height: int = 3) -> bytes:
    """A real (tiny, grey) PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\0" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _q(text: str) -> str:
    return json.dumps(text)  # a JSON string is a YAML double-quoted scalar


def _write(root: Path, relative: str, text: str | bytes) -> Path:
    return write_file(root / relative, text)


TRAINEE = """\
id: {id}
status: completed
name: {{family: {family}, given: {given}, native: {native}}}
nationality: PH
employer: {{name: {employer}, country: PH, type: local_government}}
languages: {{english: B2}}
leadership: Heads the city's tourism promotion unit.
selection: {{method: clair}}
host: {{code: "232025", name: {host}}}
field: tourism
period:
  arrival: {arrival}
  departure: 2025-03-19
  tokyo_orientation: {{start: 2024-05-27, end: 2024-05-28}}
  jiam: {{start: 2024-05-29, end: 2024-06-28}}
  specialized: {{start: 2024-07-01, end: 2025-03-18}}
costs: {{airfare: 180000, accommodation: 840000, living_allowance: 2400000, training: 300000,
        domestic_travel: 120000, other: 0}}
notes: {notes}
"""

DISPATCH = """\
id: DISP-H-1
status: completed
specialist:
  name: {{family: {family}, given: Hiroshi}}
  employer: {{code: "272035"}}
  database_id: ICD-00123
  arrangement: business_trip
request: {{date: 2024-03-15, local_government: {government}, country: VN, purpose: {purpose}}}
field: water_supply_sewage
period: {{departure: 2024-07-01, return: 2024-07-20}}
costs:
  clair: {{shipping: 0, airfare: 120000, domestic_travel: 20000, daily_allowance: 152000,
          insurance: 8000, travel_expenses: 15000}}
  host_provides: [local_travel, living, commuting, meals, transport, communication, interpreting]
  workplace: 0
report: {{file: reports/DISP-H-1.md, submitted: 2024-08-10}}
"""

REPORT = f"""\
# Report {SCRIPT}

{SCRIPT}

<img src="img/inline.png" alt="{IMG}"> <iframe src="https://evil.example/"></iframe>

![A meeting at the waterworks](img/photo.png)

![Out of the root](../../outside.png) ![On the web](https://evil.example/x.png)
![Through a link out](img/linked.png) ![Not an image](../lgotp.yaml)

[a local file](other.md) [the web](https://example.org/page) [script](javascript:alert(1))

| a | b |
| --- | --- |
| {TABLE} | {AMP} |

""" + ("Leak detection and metering were reviewed with the city's engineers. " * 60)


def write_hostile(root: Path, outside: Path) -> Path:
    """A records root with hostile text everywhere people read, and problems of every sort:
    a record that cannot be read (a bad date), a file that is not YAML, a duplicate id, an id
    no file name can hold, a calendar event holding HTML, and a report with HTML, photos out
    of the root and through a link out of it. ``outside`` is a folder outside the root."""
    for folder in ("trainees", "dispatches", "requests"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    fields = {
        "family": _q(SCRIPT),
        "given": _q(IMG),
        "native": _q(JINJA),
        "employer": _q(TABLE),
        "host": _q(AMP),
        "notes": _q(SCRIPT + " " + JINJA),
        "arrival": "2024-05-27",
    }
    _write(root, "trainees/2024/LGOTP-H-1.yaml", TRAINEE.format(id="LGOTP-H-1", **fields))
    # The same id again (X301), and a record that cannot be read (month 13): both get pages.
    _write(root, "trainees/2024/LGOTP-H-1-again.yaml", TRAINEE.format(id="LGOTP-H-1", **fields))
    broken = {**fields, "arrival": "2024-13-01"}
    _write(root, "trainees/2024/LGOTP-H-2.yaml", TRAINEE.format(id="LGOTP-H-2", **broken))
    # An id that no file name can hold as it is (and that is not a valid id either).
    odd = TRAINEE.format(id=_q("../<b>odd</b>/CON?.html"), **fields)
    _write(root, "trainees/2024/odd.yaml", odd)
    # Not YAML at all: a file page, no record.
    _write(root, "trainees/2024/not-yaml.yaml", f"id: [unclosed\nname: {SCRIPT}\n")
    _write(
        root,
        "dispatches/2024/DISP-H-1.yaml",
        DISPATCH.format(family=_q(SCRIPT), government=_q(TABLE), purpose=_q(IMG)),
    )
    _write(root, "reports/DISP-H-1.md", REPORT)
    _write(root, "reports/img/photo.png", png())
    _write(root, "reports/img/inline.png", png(2, 2))
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.png").write_bytes(png(5, 5))
    (root / "reports" / "img" / "linked.png").symlink_to(outside / "secret.png")
    (root.parent / "outside.png").write_bytes(png(6, 6))
    _write(
        root,
        "requests/2025/REQ-2025-232025.yaml",
        f"""\
        id: REQ-2025-232025
        fiscal_year: 2025
        host: {{code: "232025", name: {_q(AMP)}}}
        intention: participate
        selection: {{method: independent, relationship: sister_city, partner: {_q(SCRIPT)}}}
        submitted: {{form1: 2024-10-02, form2: 2024-10-02}}
        contact: {{division: {_q(TABLE)}, email: {_q(IMG)}}}
        """,
    )
    _write(
        root,
        "lgotp.yaml",
        f"""\
        calendar:
          2025:
            - {{date: 2024-09-05, event: {_q(SCRIPT + " briefing")}}}
            - {{date: 2025-06-10, event: {_q(IMG + " deadline")}}}
        """,
    )
    return root


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text, of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(path: Path) -> Tags:
    parser = Tags()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def broken_links(site: Path) -> list[str]:
    """Every link and resource of every page that does not lead to a file of the site (or to
    an element of the page named by its #fragment); links to the web are reported too, unless
    they are a report's own links (class="external")."""
    ids: dict[Path, set[str]] = {}
    parsed = {page: parse(page) for page in pages(site)}
    for page, tags in parsed.items():
        ids[page.resolve()] = {a["id"] for _, a in tags.tags if "id" in a}
    problems = []
    for page, tags in parsed.items():
        for tag, attributes in tags.tags:
            target = attributes.get("href") if tag in ("a", "link") else attributes.get("src")
            if tag not in ("a", "link", "img") or target is None:
                continue
            parts = urlsplit(target)
            where = f"{page.relative_to(site)}: {tag} {target}"
            if parts.scheme or parts.netloc or target.startswith("/"):
                if not (tag == "a" and "external" in attributes.get("class", "")):
                    problems.append(f"{where} leaves the site")
                continue
            path = (page.parent / unquote(parts.path)).resolve() if parts.path else page.resolve()
            if not path.is_relative_to(site.resolve()):
                problems.append(f"{where} leads out of the site")
            elif not path.is_file():
                problems.append(f"{where} is missing")
            elif parts.fragment and unquote(parts.fragment) not in ids.get(path, set()):
                problems.append(f"{where} has no #{parts.fragment}")
    return problems
