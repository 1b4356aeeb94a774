"""A corpus of hostile record files, each with the diagnostic it must get.

Every file in ``corpus/`` is put in a fresh records root and checked with
``lgotp validate --format json`` in a process of its own, as CI would run it on a pull request:
the run must end within seconds, exit 1 (or 0 for the files that are valid), never 3, never
print a traceback, and report the expected code at the expected line (and column). Files too
big to keep in git (a 4 MiB scalar, a file over 5 MiB, many keys) and symbolic links are made at
run time.

Each run also records, through an audit hook (``sys.addaudithook``, run_lgotp's ``watch``), every
file the process opens and every folder it lists while the command runs, so that "the file is
not read" is checked, not assumed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from support.records import empty_records
from support.run import Run, environment, run_lgotp

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
TODAY = "2025-06-01"
MIB = 1024 * 1024
MARKER = "lgotp-pwned"  # what the tag payloads would create in the current directory
SECRET = "LGOTP-SECRET-7f3a9c"  # text of files outside the root that must never show

AUDIT_HOOK = textwrap.dedent(
    """
    import os
    import sys

    _log = os.environ.get("LGOTP_TEST_OPEN_LOG")
    if _log:
        _fd = os.open(_log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

        def _hook(event, args):
            if event not in ("open", "os.scandir", "os.listdir") or not args:
                return
            target = args[0]
            if isinstance(target, int) or target is None:
                return
            try:
                path = os.path.abspath(os.fsdecode(os.fspath(target)))
            except (TypeError, ValueError):
                return
            os.write(_fd, (event + "\\t" + path + "\\n").encode("utf-8", "surrogateescape"))

        sys.addaudithook(_hook)
    """
)


# --- running lgotp ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Audited(Run):
    """A run, and what it opened: (event, absolute path) of every open and folder listing."""

    opened: tuple[tuple[str, str], ...] = ()

    def diagnostics(self) -> list[dict]:
        return json.loads(self.stdout)["diagnostics"]

    def found(self) -> list[tuple[str, int, int]]:
        return [(d["code"], d["line"], d["column"]) for d in self.diagnostics()]

    def touched(self, target: Path) -> list[str]:
        """The paths opened or listed that are ``target`` or lie under it, after links."""
        target = Path(os.path.realpath(target))
        hits = []
        for _, path in self.opened:
            real = Path(os.path.realpath(path))
            if real == target or target in real.parents:
                hits.append(path)
        return hits


@pytest.fixture
def lgotp(tmp_path: Path):
    """Run ``python -m lgotp_cli --records <root> --today 2025-06-01 ARGS`` in ``tmp_path``,
    watched by the audit hook."""

    def run(root: Path, *args: str, timeout: float = 60) -> Audited:
        log = tmp_path / f"opened-{time.monotonic_ns()}.log"
        done = run_lgotp(
            ["--records", root, "--today", TODAY, *args],
            cwd=tmp_path,
            env=environment({"LGOTP_TEST_OPEN_LOG": str(log)}, columns=False),
            timeout=timeout,
            watch=AUDIT_HOOK,
        )
        opened = []
        if log.exists():
            for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
                event, _, path = line.partition("\t")
                opened.append((event, path))
        return Audited(**vars(done), opened=tuple(opened))

    return run


@pytest.fixture
def records(tmp_path: Path) -> Path:
    """An empty records root with the three kind folders."""
    return empty_records(tmp_path / "records")


def assert_clean_run(run: Audited, expected_exit: int) -> None:
    assert "Traceback" not in run.stderr, run.stderr
    assert "internal error" not in run.stderr, run.stderr
    assert run.returncode == expected_exit, (run.returncode, run.stdout[-2000:], run.stderr)


# --- the corpus table ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    file: str
    exit: int  # 1: errors; 0: valid (warnings allowed)
    code: str | None  # the diagnostic it must get (None: no error at all)
    line: int | None = None
    column: int | None = None
    words: tuple[str, ...] = ()  # the message must say these
    folder: str = "trainees"


CASES = [
    # Alias expansion is an attack: stopped at the first anchor, nothing expanded.
    Case("billion_laughs.yaml", 1, "L004", 2, 4, ("anchor (&a)",)),
    Case("merge_key.yaml", 1, "L004", 1, 7, ("anchor",)),
    # 10,000 open brackets or braces: stopped at level 21, no recursion error.
    Case("deep_flow_sequences.yaml", 1, "L006", 1, 21, ("deeper than 20",)),
    Case("deep_flow_mappings.yaml", 1, "L006", 1, 81, ("deeper than 20",)),
    # `- - - …` and `? ? ? …` nest without brackets or indentation.
    Case("compact_sequences.yaml", 1, "L006", 1, 41, ("deeper than 20",)),
    Case("complex_keys.yaml", 1, "L006", 1, 41, ("deeper than 20",)),
    Case("complex_key.yaml", 1, "L001", 2, 3, ("key must be plain text",)),
    Case("deep_block_mappings.yaml", 1, "L006", 21, 21, ("deeper than 20",)),
    Case("deep_block_mappings_wide.yaml", 1, "L006", 21, 41, ("deeper than 20",)),
    # Characters YAML does not allow.
    Case("nul_byte.yaml", 1, "L001", 2, 10, ("U+0000",)),
    Case("escape_byte.yaml", 1, "L001", 2, 9, ("U+001B",)),
    # A NUL in a CSV sheet is as wrong as in YAML (it also breaks every XLSX output).
    Case("nul_byte.csv", 1, "L001", 2, None, ("U+0000",)),
    # Encodings.
    Case("lone_surrogate.yaml", 1, "L002", 2, 9, ("not UTF-8",)),
    Case("lone_surrogate_escape.yaml", 1, "L001", 2, 12, ("Unicode",)),
    Case("utf16le_bom.yaml", 1, "L002", 1, 1, ("UTF-16",)),
    Case("utf16be_bom.yaml", 1, "L002", 1, 1, ("UTF-16",)),
    Case("utf16le_nobom.yaml", 1, "L002", None, None, ("UTF-16",)),
    # Plain ASCII saved as UTF-16 without a BOM: every other byte is a NUL.
    Case("utf16le_nobom_ascii.yaml", 1, "L002", None, None, ("UTF-16",)),
    Case("cp932.yaml", 1, "L002", 19, 8, ("Shift_JIS/CP932",)),
    Case("cp932.csv", 1, "L002", 2, 6, ("Shift_JIS/CP932", "CSV UTF-8")),
    # Tags: reported, never constructed (the payloads would create ./lgotp-pwned).
    Case("python_object_apply.yaml", 1, "L004", 2, 8, ("!!python/object/apply:os.system",)),
    Case("python_object_new.yaml", 1, "L004", 2, 8, ("!!python/object/new",)),
    Case("python_name.yaml", 1, "L004", 2, 8, ("!!python/name:os.system",)),
    Case("verbatim_tag.yaml", 1, "L004", 2, 8, ("python/object/apply",)),
    Case("tag_directive.yaml", 1, "L004", 4, 8, ("python/object/apply",)),
    Case("local_tag.yaml", 1, "L004", 2, 8, ("!Ref",)),
    Case("two_documents.yaml", 1, "L005", 2, 1, ("more than one YAML document",)),
    # The YAML 1.1 traps: id 1e3, nationality NO, host code 011002, notes 12:30 are all valid.
    Case("1e3.yaml", 0, None),
    Case("english_yes.yaml", 1, "S103", 6, 22, ("'yes'",)),
    # Referenced files out of the root: X305, and the file is never opened.
    Case("report_dotdot.yaml", 1, "X305", 19, 9, ("../../etc/passwd", "outside")),
    Case("report_absolute.yaml", 1, "X305", 19, 9, ("/etc/passwd", "absolute")),
    Case("dispatch_report_dotdot.yaml", 1, "X305", 17, 16, ("outside",), "dispatches"),
    # Columns named by numbers: unknown keys on the header cells, not an internal error.
    Case("numbered_columns.csv", 1, "S102", 1, 1),
    # `kind:` that is a list (or a mapping): a value of the wrong form, not an internal error.
    Case("kind_list.yaml", 1, "S103", 2, 7, ("kind",)),
    # A value with a line break and a terminal escape (see also the test of the text output).
    Case("line_break_in_value.yaml", 0, "T115", 9, 30, ("not the name of code 232025",)),
]


def test_every_corpus_file_is_in_the_table():
    assert sorted(case.file for case in CASES) == sorted(p.name for p in CORPUS.iterdir())


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.file)
def test_corpus_file(case: Case, records: Path, lgotp, tmp_path: Path):
    target = records / case.folder / case.file
    shutil.copyfile(CORPUS / case.file, target)
    run = lgotp(records, "validate", "--format", "json", timeout=30)
    assert_clean_run(run, case.exit)
    assert run.seconds < 10, f"{case.file} took {run.seconds:.1f} s"
    diagnostics = run.diagnostics()
    if case.code is None:
        assert [d for d in diagnostics if d["severity"] == "error"] == []
    else:
        matching = [d for d in diagnostics if d["code"] == case.code]
        assert matching, diagnostics
        first = matching[0]
        assert first["file"].endswith(case.file)
        if case.line is not None:
            assert first["line"] == case.line, first
        if case.column is not None:
            assert first["column"] == case.column, first
        for word in case.words:
            assert word in first["message"], (word, first["message"])
        for diagnostic in diagnostics:
            assert diagnostic["line"] >= 1 and diagnostic["column"] >= 1, diagnostic
    # Nothing constructed, nothing run: the tag payloads would have made this file.
    assert not (tmp_path / MARKER).exists()
    assert run.touched(Path("/etc/passwd")) == []


def test_lone_surrogate_is_not_called_shift_jis(records: Path, lgotp):
    """ED A0 80 is UTF-8's shape for the surrogate U+D800 in an otherwise ASCII file: it is not
    text saved from Japanese Excel, and the hint to re-save "as CSV UTF-8" would mislead."""
    shutil.copyfile(CORPUS / "lone_surrogate.yaml", records / "trainees" / "lone_surrogate.yaml")
    run = lgotp(records, "validate", "--format", "json")
    assert_clean_run(run, 1)
    (diagnostic,) = run.diagnostics()
    assert diagnostic["code"] == "L002"
    assert "Shift_JIS" not in diagnostic["message"], diagnostic["message"]


def test_yaml_11_traps_come_through_as_written(records: Path, lgotp):
    shutil.copyfile(CORPUS / "1e3.yaml", records / "trainees" / "1e3.yaml")
    run = lgotp(records, "validate", "--format", "json")
    assert_clean_run(run, 0)
    assert run.diagnostics() == []
    listed = lgotp(records, "list", "-f", "json")
    assert_clean_run(listed, 0)
    (row,) = json.loads(listed.stdout)
    assert row["id"] == "1e3"
    assert row["country"] == "NO"
    assert row["host_code"] == "011002"
    assert row["notes"] == "12:30"
    exported = lgotp(records, "export", "-o", "all.json")
    assert_clean_run(exported, 0)
    (record,) = json.loads((records.parent / "all.json").read_text(encoding="utf-8"))
    assert record["nationality"] == "NO" and record["employer"]["country"] == "NO"
    assert record["host"]["code"] == "011002"
    assert record["id"] == "1e3" and record["notes"] == "12:30"


def test_a_line_break_in_a_value_cannot_forge_output_lines(records: Path, lgotp):
    """A value quoted in a message (here a host name with a line break, a GitHub workflow
    command and a terminal escape) must not start a line of its own: CI logs run `::` lines
    as workflow commands, and a forged `path:line:col: error …` line misleads reviewers."""
    shutil.copyfile(CORPUS / "line_break_in_value.yaml", records / "trainees" / "EX-T.yaml")
    for fmt in ("text", "github"):
        run = lgotp(records, "validate", "--format", fmt)
        assert_clean_run(run, 0)
        lines = run.stdout.splitlines()
        assert len(lines) == 2, lines  # the T115 warning, then the summary
        assert "T115" in lines[0]
        assert not lines[1].startswith("::error"), lines
        assert "\x1b" not in run.stdout, repr(run.stdout)
    run = lgotp(records, "validate", "--format", "json")
    (diagnostic,) = run.diagnostics()
    assert (diagnostic["code"], diagnostic["line"], diagnostic["column"]) == ("T115", 9, 30)


# --- files too big for git, made at run time ----------------------------------------------------


def _valid_trainee() -> str:
    from lgotp_cli.rules.examples import BASE_RECORDS

    return BASE_RECORDS["trainee"]


@pytest.mark.parametrize(
    "style",
    ["plain", "double-quoted", "single-quoted", "literal-block"],
)
def test_a_4_mib_scalar_reads_fine(style: str, records: Path, lgotp):
    size = 4 * MIB
    if style == "plain":
        notes = "notes: " + "x" * size + "\n"
    elif style == "double-quoted":
        notes = 'notes: "' + "\\u00e9\\t" * (size // 8) + '"\n'
    elif style == "single-quoted":
        notes = "notes: '" + "it''s " * (size // 6) + "'\n"
    else:
        notes = "notes: |\n" + ("  " + "y" * 98 + "\n") * (size // 101)
    target = records / "trainees" / "EX-T.yaml"
    target.write_text(_valid_trainee() + notes, encoding="utf-8")
    assert 4 * MIB <= target.stat().st_size <= 5 * MIB
    run = lgotp(records, "validate", "--format", "json", timeout=60)
    assert_clean_run(run, 0)
    assert [d for d in run.diagnostics() if d["severity"] == "error"] == []
    assert run.seconds < 10, f"a 4 MiB scalar took {run.seconds:.1f} s"


def test_exactly_5_mib_is_read(records: Path, lgotp):
    head = _valid_trainee() + "notes: "
    target = records / "trainees" / "EX-T.yaml"
    target.write_text(head + "x" * (5 * MIB - len(head) - 1) + "\n", encoding="utf-8")
    assert target.stat().st_size == 5 * MIB
    run = lgotp(records, "validate", "--format", "json", timeout=60)
    assert_clean_run(run, 0)
    assert "L006" not in {d["code"] for d in run.diagnostics()}


@pytest.mark.parametrize("suffix", [".yaml", ".csv"])
def test_5_mib_and_one_byte_is_l006(suffix: str, records: Path, lgotp):
    target = records / "trainees" / f"big{suffix}"
    head = "id,notes\nEX-T," if suffix == ".csv" else "id: EX-T\nnotes: "
    target.write_text(head + "x" * (5 * MIB + 1 - len(head) - 1) + "\n", encoding="utf-8")
    assert target.stat().st_size == 5 * MIB + 1
    run = lgotp(records, "validate", "--format", "json", timeout=60)
    assert_clean_run(run, 1)
    assert run.found() == [("L006", 1, 1)]
    assert "5 MiB" in run.diagnostics()[0]["message"]
    assert run.seconds < 10


def test_many_duplicate_keys_take_time_in_proportion(records: Path, lgotp):
    """50,000 keys, each given twice (1 MiB, a fifth of the limit): 50,000 L003 in seconds.
    A search for the first occurrence per duplicate makes this quadratic: minutes."""
    text = "".join(f"k{i}: 1\n" for i in range(50_000)) * 2
    (records / "trainees" / "dups.yaml").write_text(text, encoding="utf-8")
    try:
        run = lgotp(records, "validate", "--format", "json", timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("a 1 MiB file of duplicate keys kept validate busy for over 30 s")
    assert_clean_run(run, 1)
    codes = [d["code"] for d in run.diagnostics()]
    assert codes.count("L003") == 50_000
    assert run.seconds < 20, f"took {run.seconds:.1f} s"


def _engine_seconds(root: Path, repeat: int) -> float:
    from datetime import date

    from lgotp_cli.config import default_config
    from lgotp_cli.rules.engine import validate

    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        validate(root, default_config(), date(2025, 6, 1))
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize(
    "shape",
    ["duplicate-keys", "unknown-keys"],
)
def test_time_grows_in_proportion_to_the_keys_of_a_mapping(shape: str, tmp_path: Path):
    """Four times the keys may take about four times as long, never sixteen (quadratic).
    Measured in process (the small case best of three), so that start-up and noise do not
    count."""

    def root_with(count: int) -> Path:
        root = tmp_path / f"r{count}"
        (root / "trainees").mkdir(parents=True)
        keys = "".join(f"k{i}: 1\n" for i in range(count))
        text = keys * 2 if shape == "duplicate-keys" else "id: EX-T\n" + keys
        (root / "trainees" / "x.yaml").write_text(text, encoding="utf-8")
        return root

    small = _engine_seconds(root_with(4_000), 3)
    large = _engine_seconds(root_with(16_000), 1)
    assert large < 8 * max(small, 0.02), f"4,000 keys: {small:.3f} s; 16,000 keys: {large:.3f} s"


# --- links and paths out of the root ------------------------------------------------------------


def _outside(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir(exist_ok=True)
    return folder


def _assert_never_shown(records: Path, lgotp, secret: str) -> None:
    """Neither validate (every format) nor a report nor export shows ``secret``."""
    runs = [lgotp(records, "validate", "--format", fmt) for fmt in ("text", "json", "github")]
    runs.append(lgotp(records, "validate", "--format", "junit"))
    runs.append(lgotp(records, "list", "-f", "json"))
    runs.append(lgotp(records, "export", "-o", "everything.json", "--force"))
    for run in runs:
        assert "Traceback" not in run.stderr, run.stderr
        assert secret not in run.stdout and secret not in run.stderr
    exported = records.parent / "everything.json"
    if exported.exists():
        assert secret not in exported.read_text(encoding="utf-8")


def test_a_record_file_linked_to_etc_hostname_is_x305_and_not_read(records: Path, lgotp):
    link = records / "trainees" / "EX-T.yaml"
    link.symlink_to("/etc/hostname")
    run = lgotp(records, "validate", "--format", "json")
    assert_clean_run(run, 1)
    assert run.found() == [("X305", 1, 1)]
    assert run.touched(Path("/etc/hostname")) == []
    try:
        content = Path("/etc/hostname").read_text(encoding="utf-8").strip()
    except OSError:
        content = ""
    if len(content) >= 4:
        _assert_never_shown(records, lgotp, content)


def test_a_record_file_linked_out_of_the_root_is_x305_and_not_read(
    records: Path, lgotp, tmp_path: Path
):
    outside = _outside(tmp_path) / "LGOTP-2024-001.yaml"
    outside.write_text(
        _valid_trainee().replace("id: EX-T", f"id: {SECRET}") + f"notes: {SECRET}\n",
        encoding="utf-8",
    )
    (records / "trainees" / "LGOTP-2024-001.yaml").symlink_to(outside)
    run = lgotp(records, "validate", "--format", "json")
    assert_clean_run(run, 1)
    assert run.found() == [("X305", 1, 1)]
    assert run.touched(outside) == []
    _assert_never_shown(records, lgotp, SECRET)


def test_a_link_inside_the_root_is_read(records: Path, lgotp):
    """Links are not banned: one that stays inside the root is an ordinary record file."""
    (records / "shared").mkdir()
    (records / "shared" / "EX-T.yaml").write_text(_valid_trainee(), encoding="utf-8")
    (records / "trainees" / "EX-T.yaml").symlink_to(records / "shared" / "EX-T.yaml")
    run = lgotp(records, "validate", "--format", "json")
    assert_clean_run(run, 0)
    assert json.loads(run.stdout)["summary"]["records"] == 1


def test_a_report_linked_out_of_the_root_is_x305_and_not_read(records: Path, lgotp, tmp_path: Path):
    from lgotp_cli.rules.examples import EXAMPLE_REPORT

    outside = _outside(tmp_path) / "report.md"
    outside.write_text(EXAMPLE_REPORT + f"\n{SECRET}\n", encoding="utf-8")
    (records / "reports").mkdir()
    (records / "reports" / "EX-T.md").symlink_to(outside)
    (records / "trainees" / "EX-T.yaml").write_text(
        _valid_trainee() + "report: reports/EX-T.md\n", encoding="utf-8"
    )
    run = lgotp(records, "validate", "--format", "json")
    assert_clean_run(run, 1)
    assert ("X305", 19, 9) in run.found()
    assert run.touched(outside) == []
    _assert_never_shown(records, lgotp, SECRET)


@pytest.mark.parametrize("report", ["../../etc/passwd", "/etc/passwd", "reports/../../x.md"])
def test_a_report_path_out_of_the_root_is_x305_and_not_read(
    report: str, records: Path, lgotp, tmp_path: Path
):
    (tmp_path / "x.md").write_text(SECRET, encoding="utf-8")
    (records / "trainees" / "EX-T.yaml").write_text(
        _valid_trainee() + f"report: {report}\n", encoding="utf-8"
    )
    run = lgotp(records, "validate", "--format", "json")
    assert_clean_run(run, 1)
    assert ("X305", 19, 9) in run.found()
    assert run.touched(Path("/etc/passwd")) == []
    assert run.touched(tmp_path / "x.md") == []
    _assert_never_shown(records, lgotp, SECRET)


def test_a_kind_folder_linked_out_of_the_root_is_not_read(records: Path, lgotp, tmp_path: Path):
    """`requests/` replaced by a link to a folder elsewhere (a pull request can add one): the
    files there lie outside the root, so they are X305 and never read, like a linked file."""
    outside = _outside(tmp_path)
    (outside / "REQ.yaml").write_text(f"id: {SECRET}\nsecret: {SECRET}\n", encoding="utf-8")
    (records / "requests").rmdir()
    (records / "requests").symlink_to(outside, target_is_directory=True)
    run = lgotp(records, "validate", "--format", "json")
    assert "Traceback" not in run.stderr
    assert run.returncode == 1, run.stdout
    assert "X305" in {code for code, _, _ in run.found()}
    assert run.touched(outside) == []
    _assert_never_shown(records, lgotp, SECRET)


def test_a_sub_folder_linked_out_of_the_root_is_not_read(records: Path, lgotp, tmp_path: Path):
    outside = _outside(tmp_path)
    (outside / "LGOTP-2024-001.yaml").write_text(f"id: {SECRET}\n", encoding="utf-8")
    (records / "trainees" / "2024").symlink_to(outside, target_is_directory=True)
    run = lgotp(records, "validate", "--format", "json")
    assert "Traceback" not in run.stderr
    assert run.touched(outside) == []
    _assert_never_shown(records, lgotp, SECRET)
