"""Hostile text in records and templates: formula guard, escaping, sandbox, atomic writes, and
reports that never write under the records root."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from datetime import date
from pathlib import Path

import pytest
from support.reports import (
    FAMILY,
    GIVEN,
    HYPERLINK,
    SCRIPT_NOTE,
    copy_fixture,
    lgotp,
)
from support.run import assert_one_sentence
from support.tables import column

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
REPORTS = [
    ("list",),
    ("list", "--kind", "dispatch"),
    ("stats", "countries"),
    ("stats", "hosts"),
    ("stats", "fields"),
]


# CSV


@pytest.mark.parametrize("args", REPORTS, ids=lambda args: "-".join(args))
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_csv_neutralises_formulas_and_keeps_numbers(args: tuple[str, ...], lang: str) -> None:
    """Cell by cell against the JSON of the same report: text that starts like a formula gets
    an apostrophe, other text is unchanged, numbers stay unquoted numbers."""
    as_csv = lgotp("--lang", lang, *args, "-f", "csv")
    as_json = lgotp("--lang", lang, *args, "-f", "json")
    assert as_csv.returncode == 0 and as_json.returncode == 0, as_csv.stderr + as_json.stderr
    objects = json.loads(as_json.stdout)
    lines = as_csv.stdout.split("\r\n")
    assert lines[-1] == ""
    parsed = list(csv.reader(io.StringIO(as_csv.stdout, newline="")))
    assert parsed[0] == list(objects[0])  # header: the column ids
    assert len(parsed) == len(objects) + 1
    for line, row, expected in zip(lines[1:], parsed[1:], objects, strict=False):
        for cell, value in zip(row, expected.values(), strict=True):
            if value is None:
                assert cell == ""
            elif isinstance(value, bool):
                pytest.fail(f"unexpected boolean {value!r}")
            elif isinstance(value, int):
                assert cell == str(value)
                # Unquoted in the raw line: a spreadsheet reads it as a number.
                assert f'"{value}"' not in line
            elif value.startswith(FORMULA_STARTS):
                assert cell == "'" + value, (cell, value)
            else:
                assert cell == value
    if args == ("list",):
        text = as_csv.stdout
        assert "'" + HYPERLINK.replace('"', '""') in text
        assert f",'{FAMILY},'{GIVEN}," in text
        for row in parsed[1:]:
            for cell in row:
                assert not cell.startswith(FORMULA_STARTS), cell


def test_csv_guard_on_every_dangerous_start() -> None:
    from lgotp_cli.i18n import Words
    from lgotp_cli.render.to_csv import to_csv
    from lgotp_cli.reports.table import Table

    texts = ["=1+1", "+1", "-1", "@x", "\tx", "\rx", "plain", "a=b", "'quoted"]
    table = Table(
        id="t",
        heading=Words("t", "t"),
        columns=(
            column("text", "Text", "テキスト"),
            column("count", "Count", "件数", "int"),
            column("amount", "Amount", "金額", "money"),
            column("day", "Day", "日", "date"),
        ),
        rows=tuple((text, -5, 2850000, date(2024, 5, 27)) for text in texts),
    )
    text = to_csv(table)
    rows = list(csv.reader(io.StringIO(text, newline="")))[1:]
    assert [row[0] for row in rows] == [
        "'=1+1",
        "'+1",
        "'-1",
        "'@x",
        "'\tx",
        "'\rx",
        "plain",
        "a=b",
        "'quoted",
    ]
    for row in rows:
        assert row[1:] == ["-5", "2850000", "2024-05-27"]  # numbers are never guarded
    assert "\r\n=1+1" not in text and ",-5,2850000," in text


# HTML


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_html_escapes_script_and_quotes(lang: str) -> None:
    run = lgotp("--lang", lang, "list", "-f", "html")
    assert run.returncode == 0, run.stderr
    html = run.stdout
    assert "<script" not in html.lower()
    assert "alert(1)" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; " in html
    note = re.search(r"&lt;script&gt;alert\(1\)&lt;/script&gt; &amp; (.*?) \| pipe", html)
    assert note, html
    assert note.group(1) in ("&#34;quotes&#34;", "&quot;quotes&quot;", "&#x22;quotes&#x22;")
    assert HYPERLINK not in html  # its quotes are escaped too
    assert "=HYPERLINK(" in html


# Markdown

UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("public", [False, True])
def test_markdown_escapes_the_pipe(lang: str, public: bool) -> None:
    run = lgotp("--lang", lang, "list", "-f", "md", *(["--public"] if public else []))
    assert run.returncode == 0, run.stderr
    rows = [line for line in run.stdout.splitlines() if line.startswith("|")]
    assert len(rows) == 2 + 5  # header, rule, five trainees
    counts = {len(UNESCAPED_PIPE.findall(line)) for line in rows}
    assert len(counts) == 1, counts  # every row has the header's number of columns
    assert "<script" not in run.stdout.lower()
    if not public:
        assert "\\| pipe" in run.stdout
        # The note is still one cell, whole.
        cells = [UNESCAPED_PIPE.split(line) for line in rows]
        notes = [row[-2].strip() for row in cells]
        assert any("alert(1)" in cell and cell.endswith("\\| pipe") for cell in notes), notes


# JSON


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_json_keeps_raw_text(lang: str) -> None:
    run = lgotp("--lang", lang, "list", "-f", "json")
    assert run.returncode == 0, run.stderr
    rows = {row["id"]: row for row in json.loads(run.stdout)}
    assert rows["LGOTP-2024-001"]["employer"] == HYPERLINK
    assert rows["LGOTP-2024-002"]["notes"] == SCRIPT_NOTE
    assert rows["LGOTP-2024-003"]["family_name"] == FAMILY
    assert rows["LGOTP-2024-003"]["given_name"] == GIVEN


# Atomic writes


def _leftovers(folder: Path, keep: str) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name != keep)


def test_write_atomic_replace_fails(tmp_path: Path, monkeypatch) -> None:
    from lgotp_cli.output import files as atomic

    target = tmp_path / "list.csv"
    target.write_bytes(b"old content\n" * 100)

    def refuse(source, destination):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(atomic.OutputError) as raised:
        atomic.write_atomic(target, b"new content\n" * 1000)
    assert str(target) in str(raised.value)
    assert target.read_bytes() == b"old content\n" * 100
    assert _leftovers(tmp_path, "list.csv") == []


def test_write_atomic_write_fails_half_way(tmp_path: Path, monkeypatch) -> None:
    from lgotp_cli.output import files as atomic

    target = tmp_path / "list.csv"
    target.write_bytes(b"old content\n" * 100)
    real_fdopen = os.fdopen

    class HalfWritten:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()
            return False

        def write(self, data):
            self.stream.write(data[: len(data) // 2])
            self.stream.flush()
            raise OSError(28, "No space left on device")

        def flush(self):
            self.stream.flush()

        def fileno(self):
            return self.stream.fileno()

    monkeypatch.setattr(atomic.os, "fdopen", lambda *a, **k: HalfWritten(real_fdopen(*a, **k)))
    with pytest.raises(atomic.OutputError) as raised:
        atomic.write_atomic(target, b"new content\n" * 1000)
    assert "No space left on device" in str(raised.value)
    assert target.read_bytes() == b"old content\n" * 100
    assert _leftovers(tmp_path, "list.csv") == []


def test_write_atomic_interrupted(tmp_path: Path, monkeypatch) -> None:
    """Ctrl-C between writing and renaming: the old file stays, the temporary file goes."""
    from lgotp_cli.output import files as atomic

    target = tmp_path / "list.csv"
    target.write_bytes(b"old")

    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic.write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path, "list.csv") == []


def test_write_atomic_replaces_whole(tmp_path: Path) -> None:
    from lgotp_cli.output.files import write_atomic

    target = tmp_path / "list.csv"
    target.write_bytes(b"old content that is longer than the new one")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert _leftovers(tmp_path, "list.csv") == []


# Output paths


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    """A copy of the fixture without its unreadable record: standard error stays empty."""
    return copy_fixture(tmp_path / "records", broken=False)


@pytest.mark.parametrize("where", ["out.csv", "trainees/out.csv", "templates/table.md"])
def test_output_under_records_root_is_refused(clean: Path, tmp_path: Path, where: str) -> None:
    target = clean / where
    target.parent.mkdir(parents=True, exist_ok=True)
    before = sorted(p.relative_to(clean) for p in clean.rglob("*"))
    run = lgotp("list", "-o", str(target), records=clean, cwd=tmp_path)
    assert_one_sentence(run, "records root")
    assert not target.exists()
    assert sorted(p.relative_to(clean) for p in clean.rglob("*")) == before


def test_output_under_records_root_by_a_relative_path(clean: Path, tmp_path: Path) -> None:
    run = lgotp(
        "stats", "countries", "-o", "records/../records/x.json", records="records", cwd=tmp_path
    )
    assert_one_sentence(run, "records root")
    assert not (clean / "x.json").exists()


def test_output_into_a_missing_folder(clean: Path, tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "list.csv"
    run = lgotp("list", "-o", str(target), records=clean, cwd=tmp_path)
    assert_one_sentence(run, "does not exist")
    assert not target.parent.exists()


def test_xlsx_without_output_file(clean: Path, tmp_path: Path) -> None:
    run = lgotp("stats", "countries", "-f", "xlsx", records=clean, cwd=tmp_path)
    assert_one_sentence(run, "-o")


def test_output_file_written_whole_with_format_from_extension(clean: Path, tmp_path: Path) -> None:
    target = tmp_path / "list.json"
    target.write_text("old", encoding="utf-8")
    run = lgotp("list", "-o", str(target), records=clean, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "" and run.stderr == ""
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.json", "records"]


# Templates


def md_template(text: str) -> str:
    return text + "\n{% for row in rows %}{{ row.cells[1].text }}\n{% endfor %}"


def test_records_repository_template_overrides_the_builtin(clean: Path, tmp_path: Path) -> None:
    (clean / "templates").mkdir()
    (clean / "templates" / "table.md.j2").write_text(md_template("REPOSITORY {{ title }}"))
    run = lgotp("list", "-f", "md", records=clean, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("REPOSITORY LGOTP trainees, FY2024\n")
    assert "LGOTP-2024-001" in run.stdout
    assert "| --- |" not in run.stdout


def test_templates_option_takes_precedence(clean: Path, tmp_path: Path) -> None:
    (clean / "templates").mkdir()
    (clean / "templates" / "table.md.j2").write_text(md_template("REPOSITORY"))
    option = tmp_path / "mine"
    option.mkdir()
    (option / "table.md.j2").write_text(md_template("OPTION"))
    run = lgotp("list", "-f", "md", "--templates", str(option), records=clean, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("OPTION")
    assert "REPOSITORY" not in run.stdout


HOSTILE = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.system('touch PWNED') }}",
    "{{ lipsum.__globals__['os'].system('touch PWNED') }}",
    "{{ self.__init__.__globals__.__builtins__.open('PWNED', 'w').write('x') }}",
    "{{ range.__call__.__self__.__dict__ }}",
]


@pytest.mark.parametrize("template", HOSTILE)
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_hostile_template_is_stopped(clean: Path, tmp_path: Path, template: str, fmt: str) -> None:
    (clean / "templates").mkdir()
    (clean / "templates" / f"table.{fmt}.j2").write_text(f"# {{{{ title }}}}\n{template}\n")
    run = lgotp("list", "-f", fmt, records=clean, cwd=tmp_path)
    line = assert_one_sentence(run, f"table.{fmt}.j2")
    assert "unsafe" in line, line
    assert not (tmp_path / "PWNED").exists()
    assert not (clean / "PWNED").exists()


def test_template_error_is_punctuated_once(clean: Path, tmp_path: Path) -> None:
    """The sandbox's message ends in a full stop; the sentence around it must not add ".;"."""
    (clean / "templates").mkdir()
    (clean / "templates" / "table.md.j2").write_text(HOSTILE[0] + "\n")
    run = lgotp("list", "-f", "md", records=clean, cwd=tmp_path)
    line = assert_one_sentence(run, "table.md.j2")
    assert ".;" not in line, line


def test_template_syntax_error_names_template_and_line(clean: Path, tmp_path: Path) -> None:
    (clean / "templates").mkdir()
    (clean / "templates" / "table.md.j2").write_text("# {{ title }}\n\n{% for row in %}\n")
    run = lgotp("list", "-f", "md", records=clean, cwd=tmp_path)
    line = assert_one_sentence(run, "table.md.j2", "syntax error")
    assert re.search(r"table\.md\.j2:3\b", line), line


def test_overriding_html_template_is_still_autoescaped(clean: Path, tmp_path: Path) -> None:
    (clean / "templates").mkdir()
    (clean / "templates" / "table.html.j2").write_text(
        "<html><body><h1>{{ title }}</h1><table>{% for row in rows %}<tr>"
        "{% for cell in row.cells %}<td>{{ cell.text }}</td>{% endfor %}"
        "</tr>{% endfor %}</table></body></html>\n"
    )
    run = lgotp("list", "-f", "html", records=clean, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("<html><body><h1>LGOTP trainees, FY2024</h1>")
    assert "<script" not in run.stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in run.stdout
