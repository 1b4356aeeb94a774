"""Running the ``lgotp`` command as a user would: a process of its own, no LGOTP_* variables, no
colour, UTF-8; and what the run gave. Also check-jsonschema, a second opinion on the schemas."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from support.zygote import zygote_for

# Every run a new interpreter, as before the zygote (to compare): LGOTP_TEST_FRESH=1.
FRESH = os.environ.get("LGOTP_TEST_FRESH") == "1"
# Where a new interpreter finds the ``watch`` code of run_lgotp, as its sitecustomize.
_watchers = tempfile.TemporaryDirectory(prefix="lgotp-watch-")


@dataclass(frozen=True)
class Run:
    """What a run of ``lgotp`` gave: its exit code, and its output decoded as UTF-8 with the
    line ends untouched (CSV keeps its CRLF)."""

    returncode: int
    stdout: str
    stderr: str
    stdout_bytes: bytes = field(default=b"", repr=False)
    seconds: float = 0.0

    @classmethod
    def of(cls, returncode: int, stdout: bytes, stderr: bytes, seconds: float = 0.0) -> Run:
        """The run from the raw output; standard output must be UTF-8, standard error may hold
        anything (a crash's text)."""
        return cls(
            returncode,
            stdout.decode("utf-8"),
            stderr.decode("utf-8", errors="replace"),
            stdout,
            seconds,
        )

    @property
    def stderr_lines(self) -> list[str]:
        """Standard error's lines that are not blank."""
        return [line for line in self.stderr.splitlines() if line.strip()]

    def json(self) -> Any:
        """Standard output read as JSON."""
        return json.loads(self.stdout)


def environment(
    extra: Mapping[str, str] | None = None,
    *,
    drop: tuple[str, ...] = ("LGOTP_",),
    columns: bool = True,
) -> dict[str, str]:
    """This process's environment without the variables whose names start with ``drop``, with
    no colour, UTF-8 and (with ``columns``) a terminal 120 wide for help text; then ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    env.update({"NO_COLOR": "1", "PYTHONUTF8": "1"})
    if columns:
        env["COLUMNS"] = "120"
    env.update(extra or {})
    return env


def sitecustomize(folder: Path, code: str) -> Path:
    """``folder`` with a ``sitecustomize.py`` holding ``code``: with the folder on PYTHONPATH,
    the lgotp process runs the code as it starts (to inject faults, or to watch it)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(code, encoding="utf-8")
    return folder


def run_lgotp(
    args: Sequence[str],
    *,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = 120,
    preexec: Callable[[], None] | None = None,
    fresh: bool = False,
    watch: str | None = None,
) -> Run:
    """``python -m lgotp_cli ARGS`` in ``cwd``, in ``env`` (default: ``environment()``), as a
    process of its own; past ``timeout`` seconds it is killed (``subprocess.TimeoutExpired``).

    The process is a fork of a zygote that has lgotp imported (``support.zygote``), unless the
    run needs a new interpreter: ``fresh`` (a test of start-up itself), a ``preexec``
    function, ``PYTHON*`` variables other than the zygote's (a ``sitecustomize`` on
    ``PYTHONPATH``, to inject faults as the interpreter starts), or ``LGOTP_TEST_FRESH=1``
    where pytest runs (every run a new one).

    ``watch`` is Python code the process runs before the command, to watch it (an audit hook):
    a fork runs it once lgotp is imported, a new interpreter as its ``sitecustomize``; so it
    must act while the command runs, not as modules are imported."""
    env = dict(env) if env is not None else environment()
    args = [str(arg) for arg in args]
    start = time.perf_counter()
    zygote = None if fresh or preexec or FRESH else zygote_for(env)
    # One run at a time per zygote: runs started together (from threads) are new processes
    # that run at the same time, as they would for a user.
    if zygote is not None and Path(cwd).is_dir() and zygote.busy.acquire(blocking=False):
        try:
            returncode, stdout, stderr = zygote.run(
                args, cwd=cwd, env=env, timeout=timeout, watch=watch
            )
        finally:
            zygote.busy.release()
    else:
        if watch is not None:
            folder = sitecustomize(Path(_watchers.name) / str(hash(watch)), watch)
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(folder), env.get("PYTHONPATH")]))
        result = subprocess.run(
            [sys.executable, "-m", "lgotp_cli", *args],
            cwd=cwd,
            env=env,
            capture_output=True,
            timeout=timeout,
            preexec_fn=preexec,
        )
        returncode, stdout, stderr = result.returncode, result.stdout, result.stderr
    seconds = time.perf_counter() - start
    return Run.of(returncode, stdout, stderr, seconds)


def run_on(
    root: Path, *args: str | Path, today: str, cwd: Path | None = None, **options: Any
) -> Run:
    """``lgotp --today TODAY --records ROOT ARGS`` in ``cwd`` (default: beside the root), as
    ``run_lgotp`` runs it (``options`` are its)."""
    return run_lgotp(
        ["--today", today, "--records", str(root), *args], cwd=cwd or root.parent, **options
    )


def assert_one_sentence(
    run: Run,
    *words: str,
    code: int = 2,
    stdout: str | None = "",
    ends: str | tuple[str, ...] = (".", ".)"),
    notes: tuple[str, ...] = (),
) -> str:
    """A failure told as a user should see it: exit ``code``, no traceback, one line on standard
    error (``lgotp: …``, one sentence ending in ``ends``) that mentions every one of ``words``,
    after only lines that start with ``notes``; standard output is ``stdout`` (None: anything).
    Returns the line."""
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode == code, (run.returncode, run.stdout[-2000:], run.stderr)
    lines = run.stderr_lines
    assert lines, run.stderr
    *before, line = lines
    if notes:
        assert all(note.startswith(notes) for note in before), lines
    else:
        assert before == [], lines
    assert line.startswith("lgotp: "), line
    assert line.endswith(ends), line
    for word in words:
        assert word in line, (word, line)
    if stdout is not None:
        assert run.stdout == stdout, run.stdout
    return line


def check_jsonschema(schema: Path, *files: Path) -> subprocess.CompletedProcess:
    """check-jsonschema, the tool an editor or CI would use, run on ``files`` against
    ``schema`` (a second opinion on the schemas lgotp writes)."""
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def git_identity(tmp: Path) -> dict[str, str]:
    """Git variables for a throwaway repository under ``tmp``: no user or system configuration,
    a fixed author, and no repository above ``tmp`` found by accident."""
    return {
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_NAME": "Test Author",
        "GIT_AUTHOR_EMAIL": "author@example.org",
        "GIT_COMMITTER_NAME": "Test Author",
        "GIT_COMMITTER_EMAIL": "author@example.org",
        "GIT_CEILING_DIRECTORIES": str(tmp),
    }
