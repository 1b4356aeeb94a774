"""Hostile text in every text field of the records, and hostile repository templates.

Record text goes out in CSV, XLSX, HTML, Markdown and JSON; it must never become a formula
(OWASP's CSV-injection strings), markup (HTML payloads) or template code (``{{7*7}}``). A records
repository's templates are untrusted too: they must not reach Python internals, the file system
or the network. Every check runs the real command in a subprocess.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import zipfile
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from support.paths import SAMPLE
from support.records import record_text
from support.run import Run, environment, run_lgotp

TODAY = "2025-06-01"

CSV_PAYLOADS = [
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1",
    "\r=1",
    '=HYPERLINK("http://evil.example","x")',
    "=1+1",
]
HTML_PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</td></tr></table><h1>x",
    "{{7*7}}",
    "{% raw %}",
]
PAYLOADS = CSV_PAYLOADS + HTML_PAYLOADS
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"-?\d+")


# --- records with a payload in every text field -------------------------------------------------


def trainee(index: int, text: str) -> str:
    withdrawn = index % 2 == 1
    overlay = {
        "id": f"INJ-{index:02d}",
        "status": "withdrawn" if withdrawn else "completed",
        "name": {"family": text, "given": text, "native": text},
        "employer": {"name": text, "position": text},
        "leadership": text,
        "selection": {"method": "independent", "relationship": "sister_city", "partner": text},
        "host": {"name": text, "division": text},
        "notes": text,
    }
    if withdrawn:
        overlay["withdrawal"] = {"date": "2024-12-01", "reason": text}
    return record_text("trainee", overlay)


def dispatch(index: int, text: str) -> str:
    overlay = {
        "id": f"DISP-INJ-{index:02d}",
        "specialist": {
            "name": {"family": text, "given": text, "native": text},
            "employer": {"division": text},
            "position": text,
            "database_id": f"ICD-{index:05d}",
        },
        "request": {"local_government": text, "purpose": text},
        "report": {"file": "reports/DISP-INJ.md"},
        "notes": text,
    }
    return record_text("dispatch", overlay)


def write_root(root: Path, texts: list[str]) -> Path:
    from lgotp_cli.rules.examples import EXAMPLE_REPORT

    for folder in ("trainees", "dispatches", "requests", "reports"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "reports" / "DISP-INJ.md").write_text(EXAMPLE_REPORT, encoding="utf-8")
    (root / "reports" / "img").mkdir(exist_ok=True)
    (root / "reports" / "img" / "EX-D.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    for index, text in enumerate(texts):
        (root / "trainees" / f"INJ-{index:02d}.yaml").write_text(
            trainee(index, text), encoding="utf-8"
        )
        (root / "dispatches" / f"DISP-INJ-{index:02d}.yaml").write_text(
            dispatch(index, text), encoding="utf-8"
        )
    return root


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    return write_root(tmp_path_factory.mktemp("hostile") / "records", PAYLOADS)


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> Path:
    """The same records with harmless text of the same kind (to compare HTML structure)."""
    texts = [f"Plain text {index:02d}" for index in range(len(PAYLOADS))]
    return write_root(tmp_path_factory.mktemp("plain") / "records", texts)


def lgotp(root: Path, *args: str, cwd: Path) -> Run:
    return run_lgotp(
        ["--records", root, "--today", TODAY, *args], cwd=cwd, env=environment(columns=False)
    )


def ok(run: Run) -> Run:
    assert run.returncode == 0, (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr
    return run


def test_the_hostile_records_are_readable(hostile: Path, tmp_path: Path):
    """Every record is read (the payloads are not schema errors), so every report shows them."""
    run = lgotp(hostile, "validate", "--format", "json", cwd=tmp_path)
    assert "Traceback" not in run.stderr
    document = json.loads(run.stdout)
    assert document["summary"]["records"] == 2 * len(PAYLOADS)
    assert not [d for d in document["diagnostics"] if d["code"][0] in "LS"]
    listed = json.loads(ok(lgotp(hostile, "list", "-f", "json", cwd=tmp_path)).stdout)
    assert sorted(row["family_name"] for row in listed) == sorted(PAYLOADS)
    for row in listed:
        family = row["family_name"]
        assert row["given_name"] == row["employer"] == row["host_name"] == family
        assert row["notes"] == family  # JSON is data: the text exactly as written


# --- CSV ----------------------------------------------------------------------------------------


def assert_csv_guarded(text: str, *, expect: list[str]) -> None:
    """No cell starts like a formula (numbers aside); every payload in ``expect`` is there
    with the guard's apostrophe."""
    if text.startswith("\ufeff"):
        text = text[1:]
    rows = list(csv.reader(io.StringIO(text, newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    for cell in cells:
        if cell.startswith(FORMULA_STARTS):
            assert NUMBER.fullmatch(cell), f"a spreadsheet would run {cell!r}"
    for payload in expect:
        if payload.startswith(FORMULA_STARTS):
            assert "'" + payload in cells, payload
        else:
            assert payload in cells, payload


CSV_COMMANDS = [
    (("list",), PAYLOADS),
    (("list", "--kind", "dispatch"), PAYLOADS),
    (("costs", "--kind", "trainee"), PAYLOADS[:1]),  # one host: the first record's name
    (("stats", "hosts"), PAYLOADS[:1]),
]


@pytest.mark.parametrize("args, expect", CSV_COMMANDS, ids=lambda v: "-".join(v)[:30])
@pytest.mark.parametrize("to_file", [False, True], ids=["stdout", "file"])
def test_csv_cells_that_start_like_a_formula_get_an_apostrophe(
    args, expect, to_file: bool, hostile: Path, tmp_path: Path
):
    if to_file:
        ok(lgotp(hostile, *args, "-o", "out.csv", cwd=tmp_path))
        text = (tmp_path / "out.csv").read_bytes().decode("utf-8")
    else:
        text = ok(lgotp(hostile, *args, "-f", "csv", cwd=tmp_path)).stdout
    assert_csv_guarded(text, expect=[p for p in expect if p.strip()])


def test_exported_csv_cells_get_an_apostrophe(hostile: Path, tmp_path: Path):
    ok(lgotp(hostile, "export", "-o", "all.csv", cwd=tmp_path))
    text = (tmp_path / "all.csv").read_bytes().decode("utf-8")
    assert_csv_guarded(text, expect=PAYLOADS)


# --- XLSX ---------------------------------------------------------------------------------------


def assert_xlsx_safe(path: Path, *, expect: list[str], formulas: re.Pattern | None = None) -> None:
    """No formula element in any sheet (but the template author's own, ``formulas``); every
    text cell is a string cell; every payload in ``expect`` is a cell's value, unchanged."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name).decode("utf-8")
                found = re.findall(r"<f(?:\s[^>]*)?>(.*?)</f>|<f(?:\s[^>]*)?/>", xml, re.S)
                for formula in found:
                    assert formulas is not None and formulas.fullmatch(formula), (name, formula)
    from openpyxl import load_workbook

    values = set()
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    if formulas is not None and formulas.fullmatch(cell.value.lstrip("=")):
                        continue
                    assert cell.data_type == "s", (sheet.title, cell.coordinate, cell.value)
                    values.add(cell.value)
    for payload in expect:
        # XML reads a bare carriage return as a line feed: "\r=1" comes back as "\n=1".
        assert payload.replace("\r", "\n") in values, (payload, sorted(values)[:20])


XLSX_COMMANDS = [
    (("list",), PAYLOADS),
    (("list", "--kind", "dispatch"), PAYLOADS),
    (("costs", "--kind", "trainee"), PAYLOADS[:1]),
    (("stats", "hosts"), PAYLOADS[:1]),
    (("export",), PAYLOADS),
]


@pytest.mark.parametrize("args, expect", XLSX_COMMANDS, ids=lambda v: "-".join(v)[:30])
def test_xlsx_text_cells_are_strings_never_formulas(args, expect, hostile: Path, tmp_path: Path):
    ok(lgotp(hostile, *args, "-o", "out.xlsx", cwd=tmp_path))
    assert_xlsx_safe(tmp_path / "out.xlsx", expect=expect)


def test_return_list_workbook_text_cells_are_strings(hostile: Path, tmp_path: Path):
    ok(lgotp(hostile, "return", "list", "--fiscal-year", "2024", "-o", "r.xlsx", cwd=tmp_path))
    assert_xlsx_safe(tmp_path / "r.xlsx", expect=PAYLOADS)


def test_return_reimbursement_has_only_the_templates_formulas(hostile: Path, tmp_path: Path):
    run = lgotp(
        hostile, "return", "reimbursement", "--host", "232025", "--fiscal-year", "2024",
        "-o", "r.xlsx", cwd=tmp_path,
    )  # fmt: skip
    ok(run)
    assert_xlsx_safe(
        tmp_path / "r.xlsx", expect=[], formulas=re.compile(r"SUM\([A-Z]+\d+:[A-Z]+\d+\)")
    )


# --- HTML ---------------------------------------------------------------------------------------


class Tags(HTMLParser):
    """Every start tag with its attribute names, and the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter = Counter()
        self.attributes: list[tuple[str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags[(tag, tuple(sorted(name for name, _ in attrs)))] += 1
        self.attributes.extend((tag, name) for name, _ in attrs)

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Tags:
    parser = Tags()
    parser.feed(html)
    parser.close()
    return parser


HTML_COMMANDS = [
    ("list",),
    ("list", "--kind", "dispatch"),
    ("stats", "countries"),
    ("stats", "hosts"),
    ("costs",),
    ("timeline", "INJ-08"),  # <script>
    ("timeline", "INJ-09"),  # <img onerror>
    ("timeline", "INJ-10"),  # </table><h1>
    ("timeline", "INJ-11"),  # {{7*7}}
    ("timeline", "DISP-INJ-09"),
    ("timeline", "--fiscal-year", "2024"),
    ("due", "--within", "400"),
]


@pytest.mark.parametrize("args", HTML_COMMANDS, ids="-".join)
def test_html_is_the_same_page_whatever_the_text(args, hostile: Path, plain: Path, tmp_path):
    """The hostile page has exactly the elements and attributes of the page made from harmless
    text: no <script>, no <img>, no on* handler, no table closed early, no extra <h1>."""
    page = ok(lgotp(hostile, *args, "-f", "html", cwd=tmp_path)).stdout
    reference = ok(lgotp(plain, *args, "-f", "html", cwd=tmp_path)).stdout
    found, expected = parse(page), parse(reference)
    tags = {tag for tag, _ in found.tags}
    assert "script" not in tags and "img" not in tags
    assert not [a for a in found.attributes if a[1].lower().startswith("on")]
    assert found.tags == expected.tags
    # Template syntax in the records is text, never evaluated.
    assert page.count("49") == reference.count("49")
    text = "".join(found.text)
    if args[0] == "list" or args[:2] == ("timeline", "INJ-11"):
        assert "{{7*7}}" in text
    if args[0] == "list":
        for payload in HTML_PAYLOADS:
            assert payload in text, payload  # shown as text, whole


@pytest.mark.parametrize(
    "args", [("list",), ("list", "--kind", "dispatch"), ("timeline", "INJ-11")], ids="-".join
)
def test_markdown_keeps_markup_and_template_syntax_as_text(
    args, hostile: Path, plain: Path, tmp_path: Path
):
    page = ok(lgotp(hostile, *args, "-f", "md", cwd=tmp_path)).stdout
    reference = ok(lgotp(plain, *args, "-f", "md", cwd=tmp_path)).stdout
    lowered = page.lower()
    for tag in ("<script", "<img", "<h1", "</table>", "</td>"):
        assert tag not in lowered, tag
    assert "{{7*7}}" in page
    assert page.count("49") == reference.count("49")
    if args[0] == "list":
        assert "{% raw %}" in page
        rows = [line for line in page.splitlines() if line.startswith("|")]
        assert len(rows) == 2 + len(PAYLOADS)  # a line break in a value never splits a row


# --- control characters: XLSX has no way to hold them -------------------------------------------


@pytest.fixture(scope="module")
def control(tmp_path_factory) -> Path:
    """A readable record whose names hold control characters (YAML escapes allow them)."""
    root = write_root(tmp_path_factory.mktemp("control") / "records", ["Plain"])
    (root / "trainees" / "INJ-01.yaml").write_text(
        trainee(1, "San\x01tos\x00 \x1b[31m"), encoding="utf-8"
    )
    return root


@pytest.mark.parametrize(
    "args",
    [
        ("list", "-o", "out.xlsx"),
        ("export", "-o", "out.xlsx"),
        ("return", "list", "--fiscal-year", "2024", "-o", "out.xlsx"),
    ],
    ids=["list", "export", "return-list"],
)
def test_xlsx_survives_control_characters_in_record_text(args, control: Path, tmp_path: Path):
    """openpyxl refuses C0 control characters in a cell; record text may hold them (as YAML
    escapes like "\\x01", or raw in a CSV sheet). The workbook must still be written (or the
    record reported and left out): never an internal error."""
    run = lgotp(control, *args, cwd=tmp_path)
    assert "Traceback" not in run.stderr
    assert run.returncode == 0, (run.returncode, run.stderr)
    from openpyxl import load_workbook

    load_workbook(tmp_path / "out.xlsx")


# --- repository templates -----------------------------------------------------------------------

TEMPLATE_ATTACKS = [
    "{{ ''.__class__.__mro__ }}",
    "{{ self.__init__.__globals__ }}",
    "{{ cycler.__init__.__globals__.os.system('touch X') }}",
    "{{ lipsum.__globals__['os'].popen('touch X').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ ''|attr('__class__') }}",
    "{{ '{0.__class__}'.format('') }}",
    "{{ namespace.__init__.__globals__ }}",
    "{% include '/etc/passwd' %}",
    "{% include '../../../../../../etc/passwd' %}",
    "{% extends '/etc/passwd' %}",
    "{% import 'os' as os %}{{ os.system('touch X') }}",
    "{% from 'os' import system %}{{ system('touch X') }}",
]


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    root = tmp_path / "records"
    shutil.copytree(SAMPLE, root)
    (root / "templates").mkdir(exist_ok=True)
    return root


def _passwd_lines() -> list[str]:
    try:
        lines = Path("/etc/passwd").read_text(encoding="utf-8").splitlines()
    except OSError:
        return ["root:x:0:0:"]
    return [line for line in lines if line.count(":") >= 5][:3] or ["root:x:0:0:"]


def assert_refused(run: Run, tmp_path: Path) -> str:
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode == 2, (run.returncode, run.stdout[:300], run.stderr)
    lines = run.stderr_lines
    assert len(lines) == 1, lines
    assert lines[0].startswith("lgotp: "), lines
    assert not (tmp_path / "X").exists(), "the template ran a command"
    for line in _passwd_lines():
        assert line not in run.stdout and line not in run.stderr
    return lines[0]


@pytest.mark.parametrize("attack", TEMPLATE_ATTACKS)
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_repository_templates_cannot_reach_python_or_files(
    attack: str, fmt: str, sample: Path, tmp_path: Path
):
    (sample / "templates" / f"table.{fmt}.j2").write_text(attack + "\n", encoding="utf-8")
    for output in ((), ("-o", f"out.{fmt}")):
        run = lgotp(sample, "list", "-f", fmt, *output, cwd=tmp_path)
        assert_refused(run, tmp_path)
        assert run.stdout == ""
    assert not (tmp_path / f"out.{fmt}").exists()


def _workbook_template(sample: Path, text: str) -> None:
    from openpyxl import load_workbook

    from lgotp_cli.render.templates import builtin_templates

    workbook = load_workbook(builtin_templates() / "returns" / "list.xlsx")
    workbook.worksheets[0]["A2"] = text
    (sample / "templates" / "returns").mkdir(parents=True, exist_ok=True)
    workbook.save(sample / "templates" / "returns" / "list.xlsx")


@pytest.mark.parametrize("attack", TEMPLATE_ATTACKS)
def test_workbook_templates_cannot_reach_python_or_files(attack: str, sample: Path, tmp_path: Path):
    _workbook_template(sample, attack)
    run = lgotp(sample, "return", "list", "--fiscal-year", "2024", "-o", "r.xlsx", cwd=tmp_path)
    line = assert_refused(run, tmp_path)
    assert "A2" in line  # the cell is named
    assert not (tmp_path / "r.xlsx").exists()


@pytest.mark.parametrize(
    "attack",
    ["{{ range(10**9)|list }}", "{% for i in range(10**8) %}{% endfor %}", "{{ 1 / 0 }}"],
    ids=["range-list", "range-loop", "division-by-zero"],
)
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_a_template_failing_at_run_time_is_exit_2_not_an_internal_error(
    attack: str, fmt: str, sample: Path, tmp_path: Path
):
    """The sandbox stops a huge range with OverflowError, and a template can divide by zero:
    the template is at fault (it is the repository's), so one sentence and exit 2, as for a
    workbook template, not "internal error (a bug in lgotp)" and exit 3."""
    (sample / "templates" / f"table.{fmt}.j2").write_text(attack + "\n", encoding="utf-8")
    run = lgotp(sample, "list", "-f", fmt, cwd=tmp_path)
    line = assert_refused(run, tmp_path)
    assert f"table.{fmt}.j2" in line


@pytest.mark.parametrize(
    "attack, missing",
    [("{% include '/etc/passwd' %}", "/etc/passwd"), ("{% import 'os' as os %}", "os")],
)
def test_a_missing_include_names_what_is_missing(
    attack: str, missing: str, sample: Path, tmp_path: Path
):
    """The template exists; what it includes does not. "template table.html.j2 was not found"
    sends the user looking for the wrong file."""
    (sample / "templates" / "table.html.j2").write_text(attack + "\n", encoding="utf-8")
    line = assert_refused(lgotp(sample, "list", "-f", "html", cwd=tmp_path), tmp_path)
    assert f"'{missing}'" in line or f" {missing} " in line, line


@pytest.mark.parametrize("how", ["file-link", "folder-link"])
def test_a_template_cannot_include_a_file_out_of_the_root_through_a_link(
    how: str, sample: Path, tmp_path: Path
):
    """A pull request can add `templates/x.txt -> /etc/passwd` (or make `templates/` itself a
    link): a template that includes it would publish the file. Templates are read only from
    inside the records root, like every other file a repository points to."""
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("LGOTP-TEMPLATE-SECRET\n", encoding="utf-8")
    if how == "file-link":
        (sample / "templates" / "x.txt").symlink_to(secret)
        (sample / "templates" / "table.html.j2").write_text("{% include 'x.txt' %}\n")
    else:
        (secret.parent / "table.html.j2").write_text("{% include 'secret.txt' %}\n")
        shutil.rmtree(sample / "templates")
        (sample / "templates").symlink_to(secret.parent, target_is_directory=True)
    run = lgotp(sample, "list", "-f", "html", cwd=tmp_path)
    assert "Traceback" not in run.stderr
    assert "LGOTP-TEMPLATE-SECRET" not in run.stdout + run.stderr
    assert run.returncode in (0, 2), run.stderr
