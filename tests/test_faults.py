"""Faults while writing: a write killed half-way, a full disk, a read-only folder, an internal
error, Ctrl-C. Each runs the real command in a subprocess.

How the faults are made, honestly:

- **Killed half-way.** ``SIGKILL``, sent by the process to itself from a ``sitecustomize`` on
  ``PYTHONPATH``: after half the data is written (it wraps ``os.fdopen``), after all of it
  (at ``os.fsync``), or at the rename (``os.replace``). (The kernel's own ``SIGXFSZ`` cannot do
  it: Python ignores that signal, so a file size limit is a failed write, tested as a full
  disk.) Nothing can clean up after ``SIGKILL``: the old output must be whole, and the only
  thing left may be the hidden temporary file (``.out.csv.XXXX.tmp``), never a file under the
  output's name.
- **Full disk.** (a) ``ENOSPC`` from the kernel: the ``sitecustomize`` points the temporary
  file's descriptor at ``/dev/full``, whose every write fails with "No space left on device";
  (b) ``EFBIG`` from the kernel: ``RLIMIT_FSIZE``, so that writing past the limit fails as it
  would on a full quota, for every file the process writes, by descriptor or by name (SQLite,
  and openpyxl's own temporary files).
- **Read-only folder.** Tests run as root, and root ignores permission bits. A folder made
  immutable (``chattr +i``) refuses new files even to root; where ``chattr`` cannot (not root,
  or a file system without the attribute) the folder is ``chmod 555``, which binds a non-root
  user. ``/proc`` is a folder that nobody, root included, can create a file in.
- **Internal error.** The ``sitecustomize`` replaces a function of lgotp with one that raises.
- **Ctrl-C.** ``SIGINT`` sent to a long run over 20,000 generated records, and, to hit the
  write itself, sent by the ``sitecustomize`` just before the data is synced or renamed.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from support.paths import SAMPLE, load_script
from support.run import Run, environment, run_lgotp, sitecustomize
from support.run import assert_one_sentence as one_sentence

TODAY = "2026-11-23"
OLD = b"OLD OUTPUT, WHOLE\n"

SITE = textwrap.dedent(
    """
    import errno
    import os
    import signal
    import tempfile

    fault = os.environ.get("LGOTP_TEST_FAULT", "")
    _fsync, _replace, _mkstemp = os.fsync, os.replace, tempfile.mkstemp

    def _kill(number):
        os.kill(os.getpid(), number)

    if fault == "kill-mid-write":
        _fdopen = os.fdopen

        class _Half:
            # Writes half of what it is given, then the process is killed.

            def __init__(self, inner):
                self.inner = inner

            def write(self, data):
                self.inner.write(data[: len(data) // 2])
                self.inner.flush()
                _kill(signal.SIGKILL)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                return self.inner.__exit__(*exc)

            def __getattr__(self, name):
                return getattr(self.inner, name)

        def fdopen(fd, *args, **kwargs):
            return _Half(_fdopen(fd, *args, **kwargs))
        os.fdopen = fdopen
    elif fault == "kill-at-fsync":
        def fsync(fd):
            _kill(signal.SIGKILL)
        os.fsync = fsync
    elif fault == "kill-at-replace":
        def replace(*args, **kwargs):
            _kill(signal.SIGKILL)
        os.replace = replace
    elif fault == "interrupt-at-fsync":
        def fsync(fd):
            _kill(signal.SIGINT)
            return _fsync(fd)
        os.fsync = fsync
    elif fault == "interrupt-at-replace":
        def replace(*args, **kwargs):
            _kill(signal.SIGINT)
            return _replace(*args, **kwargs)
        os.replace = replace
    elif fault == "enospc":
        def mkstemp(*args, **kwargs):
            handle, name = _mkstemp(*args, **kwargs)
            full = os.open("/dev/full", os.O_WRONLY)
            os.dup2(full, handle)
            os.close(full)
            return handle, name
        tempfile.mkstemp = mkstemp
    elif fault == "eio-at-fsync":
        def fsync(fd):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        os.fsync = fsync
    elif fault == "internal-error":
        import lgotp_cli.source.records as records

        def records_of_file(*args, **kwargs):
            raise RuntimeError("injected fault in load_records")
        records.records_of_file = records_of_file
    elif fault == "internal-error-render":
        import lgotp_cli.render.to_csv as to_csv

        def broken(*args, **kwargs):
            raise RuntimeError("injected fault in to_csv")
        to_csv.to_csv = broken
    """
)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return sitecustomize(tmp_path / "site", SITE)


def faulty(site: Path | None, fault: str | None, tmp: Path | None = None) -> dict:
    """The environment with the faults of ``site``'s sitecustomize, ``fault`` switched on."""
    env = environment({"PYTHONDONTWRITEBYTECODE": "1"}, drop=("LGOTP_", "PYTHONPATH"))
    if site is not None:
        env["PYTHONPATH"] = str(site)
    if fault:
        env["LGOTP_TEST_FAULT"] = fault
    if tmp is not None:
        env["TMPDIR"] = str(tmp)
    return env


def lgotp(
    *args: str,
    cwd: Path,
    site: Path | None = None,
    fault: str | None = None,
    preexec=None,
    tmp: Path | None = None,
    timeout: float = 120,
) -> Run:
    return run_lgotp(
        ["--today", TODAY, *args],
        cwd=cwd,
        env=faulty(site, fault, tmp),
        timeout=timeout,
        preexec=preexec,
    )


def file_size_limit(limit: int):
    """A preexec function: no file may grow past ``limit`` bytes; a write past it fails with
    EFBIG (Python ignores SIGXFSZ, which would otherwise end the process)."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    return apply


NOTES = ("lgotp: left out ", "lgotp: some records cannot be read and are exported as written")


def assert_one_sentence(run: Run, *words: str) -> str:
    """Exit 2, no traceback, and the failure in one line (``lgotp: …``, one sentence) mentioning
    ``words``; before it only the notes reports always give."""
    return one_sentence(run, *words, stdout=None, ends=".", notes=NOTES)


def listing(folder: Path) -> set[str]:
    return {entry.name for entry in folder.iterdir()}


def assert_whole(output: Path, before: set[str], *, killed: bool = False) -> None:
    """The old output is whole; nothing new is left, except, after a kill that nobody could
    clean up after, the hidden temporary file."""
    assert output.read_bytes() == OLD
    left = listing(output.parent) - before
    if killed:
        pattern = re.compile(rf"^\.{re.escape(output.name)}\..+\.tmp$")
        assert all(pattern.match(name) for name in left), left
    else:
        assert left == set(), left


# --- records ------------------------------------------------------------------------------------


def generate(root: Path, count: int) -> Path:
    """``count`` records from bench/generate.py."""
    load_script("bench/generate.py").generate(root, count)
    return root


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """2,000 generated records: outputs of a few hundred KiB up to a MiB."""
    return generate(tmp_path_factory.mktemp("generated") / "records", 2000)


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    """20,000 generated records: `validate` and `export` run for seconds."""
    return generate(tmp_path_factory.mktemp("many") / "records", 20000)


def prepared(folder: Path, name: str) -> tuple[Path, set[str]]:
    """``folder/name`` holding the old output; the listing of ``folder`` before the run."""
    folder.mkdir(parents=True, exist_ok=True)
    output = folder / name
    output.write_bytes(OLD)
    return output, listing(folder)


# Commands that write a file, with {out} for the output's name.
WRITERS = [
    ("list", "-o", "{out}.csv"),
    ("list", "-o", "{out}.xlsx"),
    ("list", "-o", "{out}.html"),
    ("stats", "countries", "-o", "{out}.md"),
    ("costs", "-o", "{out}.xlsx"),
    ("timeline", "--fiscal-year", "2024", "-o", "{out}.html"),
    ("due", "--within", "400", "-o", "{out}.ics"),
    ("export", "--force", "-o", "{out}.csv"),
    ("export", "--force", "-o", "{out}.xlsx"),
    ("export", "--force", "-o", "{out}.json"),
    ("export", "--force", "-o", "{out}.sqlite"),
    ("return", "list", "--force", "--fiscal-year", "2024", "-o", "{out}.xlsx"),
    ("schema", "trainee", "-o", "{out}.json"),
]


def command(writer: tuple[str, ...], out: Path) -> tuple[list[str], Path]:
    args = [part.format(out=out) for part in writer]
    return args, Path(next(part for part in args if part.startswith(str(out))))


def writer_id(writer: tuple[str, ...]) -> str:
    words = [part for part in writer if not part.startswith(("-", "{")) and not part.isdigit()]
    return "-".join(words) + "-" + writer[-1].rsplit(".", 1)[-1]


# --- killed half-way ----------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["kill-mid-write", "kill-at-fsync", "kill-at-replace"])
@pytest.mark.parametrize(
    "writer",
    [w for w in WRITERS if w[-1].endswith((".csv", ".xlsx"))][:4],
    ids=writer_id,
)
def test_a_write_killed_half_way_leaves_the_old_output_whole(
    fault: str, writer, tmp_path: Path, site: Path
):
    args, output = command(writer, tmp_path / "out" / "out")
    output, before = prepared(output.parent, output.name)
    run = lgotp("--records", str(SAMPLE), *args, cwd=tmp_path, site=site, fault=fault)
    assert run.returncode == -signal.SIGKILL, (run.returncode, run.stderr)
    assert_whole(output, before, killed=True)


# --- full disk ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "writer", [w for w in WRITERS if not w[-1].endswith(".sqlite")], ids=writer_id
)
def test_a_full_disk_is_one_sentence_and_exit_2(writer, tmp_path: Path, site: Path):
    """Every write of the temporary file fails with ENOSPC (the kernel's, from /dev/full)."""
    args, output = command(writer, tmp_path / "out" / "out")
    output, before = prepared(output.parent, output.name)
    run = lgotp("--records", str(SAMPLE), *args, cwd=tmp_path, site=site, fault="enospc")
    assert_one_sentence(run, "No space left on device", str(output.name))
    assert_whole(output, before)


@pytest.mark.parametrize("name", ["out.csv", "out.xlsx", "out.json", "out.sqlite"])
def test_a_file_size_limit_is_one_sentence_and_exit_2(name: str, tmp_path: Path, generated: Path):
    """`export` of 2,000 records past a 64 KiB limit: EFBIG from the kernel ("File too large"),
    as a full quota gives; SQLite writes by name, so this is how its disk fills."""
    output, before = prepared(tmp_path / "out", name)
    run = lgotp(
        "--records",
        str(generated),
        "export",
        "--force",
        "-o",
        str(output),
        cwd=tmp_path,
        preexec=file_size_limit(64 * 1024),
    )
    assert_one_sentence(run, name)
    assert_whole(output, before)


def test_an_input_output_error_while_syncing_is_one_sentence(tmp_path: Path, site: Path):
    output, before = prepared(tmp_path / "out", "out.csv")
    run = lgotp(
        "--records", str(SAMPLE), "list", "-o", str(output), cwd=tmp_path, site=site,
        fault="eio-at-fsync",
    )  # fmt: skip
    assert_one_sentence(run, "out.csv", "Input/output error")
    assert_whole(output, before)


# --- read-only output folder --------------------------------------------------------------------


@pytest.fixture
def read_only(tmp_path: Path):
    """A folder holding the old outputs that no one may create a file in: immutable for root
    (chattr +i), else chmod 555 (which binds anyone but root), else /proc."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    for name in ("out.csv", "out.xlsx", "out.html", "out.md", "out.ics", "out.json", "out.sqlite"):
        (folder / name).write_bytes(OLD)
    made = None
    if os.geteuid() == 0 and shutil.which("chattr"):
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
        if done.returncode == 0:
            made = "immutable"
    if made is None and os.geteuid() != 0:
        folder.chmod(0o555)
        made = "chmod"
    try:
        yield folder if made else Path("/proc")
    finally:
        if made == "immutable":
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        elif made == "chmod":
            folder.chmod(0o755)


@pytest.mark.parametrize("writer", WRITERS, ids=writer_id)
def test_a_read_only_output_folder_is_one_sentence_and_exit_2(writer, read_only: Path, tmp_path):
    args, output = command(writer, read_only / "out")
    before = listing(read_only)
    run = lgotp("--records", str(SAMPLE), *args, cwd=tmp_path)
    assert_one_sentence(run, str(output.name))
    assert listing(read_only) == before
    if output.exists() and read_only != Path("/proc"):
        assert output.read_bytes() == OLD


@pytest.mark.parametrize("writer", WRITERS, ids=writer_id)
def test_an_output_under_a_regular_file_is_one_sentence_and_exit_2(writer, tmp_path: Path):
    (tmp_path / "plain-file").write_text("not a folder\n")
    args, _ = command(writer, tmp_path / "plain-file" / "out")
    run = lgotp("--records", str(SAMPLE), *args, cwd=tmp_path)
    assert_one_sentence(run, "plain-file")
    assert (tmp_path / "plain-file").read_text() == "not a folder\n"


@pytest.mark.parametrize(
    "args",
    [("list", "-f", "csv"), ("export", "--force", "-f", "csv"), ("schema", "trainee")],
    ids=["list", "export", "schema"],
)
def test_an_output_that_is_not_a_regular_file_is_never_replaced(args, tmp_path: Path):
    """`-o` naming a FIFO (or /dev/null, /dev/stdout: the same for root) must not swap it for a
    regular file: either lgotp writes into it or it refuses with one sentence."""
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    received = bytearray()

    def drain() -> None:  # a reader, so that writing into the FIFO cannot block
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        deadline = time.monotonic() + 60
        try:
            while time.monotonic() < deadline and not stop.is_set():
                try:
                    chunk = os.read(fd, 65536)
                except BlockingIOError:
                    chunk = None
                if chunk:
                    received.extend(chunk)
                else:
                    time.sleep(0.02)
        finally:
            os.close(fd)

    stop = threading.Event()
    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        run = lgotp("--records", str(SAMPLE), *args, "-o", str(fifo), cwd=tmp_path)
    finally:
        time.sleep(0.2)
        stop.set()
        reader.join(5)
    assert "Traceback" not in run.stderr, run.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced by a regular file"
    assert run.returncode in (0, 2), run.stderr
    if run.returncode == 2:
        assert_one_sentence(run, "pipe.csv")


# --- internal errors ----------------------------------------------------------------------------


def _crash_file(line: str) -> Path:
    match = re.search(r"(/\S*lgotp-crash-\S+?\.txt)", line)
    assert match, line
    return Path(match.group(1))


@pytest.mark.parametrize(
    "args",
    [("validate",), ("validate", "--format", "json"), ("list",), ("export", "-o", "all.json")],
    ids=["validate", "validate-json", "list", "export"],
)
def test_an_internal_error_is_one_line_naming_the_trace_file(args, tmp_path: Path, site: Path):
    crashes = tmp_path / "crashes"
    crashes.mkdir()
    fault = "internal-error"
    run = lgotp("--records", str(SAMPLE), *args, cwd=tmp_path, site=site, fault=fault, tmp=crashes)
    assert run.returncode == 3, (run.returncode, run.stdout, run.stderr)
    assert run.stdout == ""
    lines = run.stderr_lines
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith("lgotp: internal error"), line
    trace = _crash_file(line)
    assert trace.parent == crashes and trace.is_file()
    text = trace.read_text(encoding="utf-8")
    assert text.startswith("Traceback (most recent call last):")
    assert "RuntimeError: injected fault in load_records" in text
    assert "Traceback" not in run.stderr


def test_an_internal_error_while_rendering_leaves_the_old_output_whole(tmp_path: Path, site: Path):
    crashes = tmp_path / "crashes"
    crashes.mkdir()
    output, before = prepared(tmp_path / "out", "out.csv")
    run = lgotp(
        "--records", str(SAMPLE), "list", "-o", str(output), cwd=tmp_path, site=site,
        fault="internal-error-render", tmp=crashes,
    )  # fmt: skip
    assert run.returncode == 3, (run.returncode, run.stderr)
    lines = run.stderr_lines
    assert len(lines) == 1 and lines[0].startswith("lgotp: internal error"), lines
    assert "injected fault in to_csv" in _crash_file(lines[0]).read_text(encoding="utf-8")
    assert_whole(output, before)


# --- Ctrl-C -------------------------------------------------------------------------------------


def _default_sigint() -> None:
    # A child inherits an ignored SIGINT (a background shell job); Python installs its
    # KeyboardInterrupt handler only when SIGINT starts at its default.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def interrupted(args: list[str], *, cwd: Path, after: float) -> Run:
    """Start lgotp, send SIGINT ``after`` seconds in, and wait for it to end."""
    process = subprocess.Popen(
        [sys.executable, "-m", "lgotp_cli", "--today", TODAY, *args],
        cwd=cwd,
        env=faulty(None, None),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_default_sigint,
    )
    time.sleep(after)
    assert process.poll() is None, "the command ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    return Run.of(process.returncode, stdout, stderr)


def assert_interrupted(run: Run) -> None:
    assert run.returncode == 130, (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr, run.stderr
    assert len(run.stderr_lines) <= 1, run.stderr_lines


def test_ctrl_c_during_validate_exits_130(tmp_path: Path, many: Path):
    run = interrupted(["--records", str(many), "validate"], cwd=tmp_path, after=1.5)
    assert_interrupted(run)


@pytest.mark.parametrize(
    "args",
    [("export", "--force", "-o", "{out}"), ("list", "--fiscal-year", "2010", "-o", "{out}")],
    ids=["export", "list"],
)
def test_ctrl_c_during_a_report_leaves_the_old_output_whole(args, tmp_path: Path, many: Path):
    output, before = prepared(tmp_path / "out", "out.csv")
    command_line = ["--records", str(many), *[part.format(out=output) for part in args]]
    run = interrupted(command_line, cwd=tmp_path, after=1.5)
    assert_interrupted(run)
    assert_whole(output, before)


@pytest.mark.parametrize(
    "fault, writer",
    [
        pytest.param(fault, writer, id=f"{fault}-{writer_id(writer)}")
        for fault in ("interrupt-at-fsync", "interrupt-at-replace")
        for writer in WRITERS
        if writer[0] in ("list", "export", "return")
        # SQLite syncs in C, not through os.fsync: only the rename is interrupted there.
        and not (fault == "interrupt-at-fsync" and writer[-1].endswith(".sqlite"))
    ],
)
def test_ctrl_c_in_the_middle_of_the_write_leaves_nothing_half_written(
    fault: str, writer, tmp_path: Path, site: Path
):
    args, output = command(writer, tmp_path / "out" / "out")
    output, before = prepared(output.parent, output.name)
    run = lgotp("--records", str(SAMPLE), *args, cwd=tmp_path, site=site, fault=fault)
    assert_interrupted(run)
    assert_whole(output, before)


def test_ctrl_c_says_so_in_one_line(tmp_path: Path, site: Path):
    """CLI.md: no traceback; main() means to print "lgotp: interrupted; nothing was left half
    written." A user who pressed Ctrl-C should be told, in one line, that nothing is broken."""
    output, _ = prepared(tmp_path / "out", "out.csv")
    run = lgotp(
        "--records", str(SAMPLE), "list", "-o", str(output), cwd=tmp_path, site=site,
        fault="interrupt-at-fsync",
    )  # fmt: skip
    assert run.returncode == 130
    lines = run.stderr_lines
    assert len(lines) == 1, lines
    assert lines[0].startswith("lgotp: ") and "interrupted" in lines[0], lines
