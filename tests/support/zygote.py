"""``python -m lgotp_cli`` without paying Python's start-up and lgotp's imports on every run.

A *zygote* is a fresh interpreter, started once per test process in the environment the runs
use, that imports lgotp and the libraries its commands load (typer, pydantic, PyYAML, pandas,
openpyxl, Jinja, pycountry's tables) and then only waits. Each run is a fork of it: a process
of its own, with the test's arguments, working folder and environment, its own standard input,
output and error (real file descriptors, handed over the socket), and its exit code as the
kernel reports it. It runs ``lgotp_cli`` as ``python -m`` does (``runpy``: ``sys.argv[0]``,
``__main__``, the working folder first on ``sys.path``), so a run gives what a new process
gives, without the 0.3 s of CPU that each new process spends before lgotp starts its work.

The zygote never runs a command itself: every fork starts from an interpreter in which no lgotp
code ran, only imports, so no run sees state that another run or an in-process test left.

What a fork cannot reproduce is decided when an interpreter starts: the ``PYTHON*`` and
``TYPER_*`` variables (``PYTHONPATH``'s ``sitecustomize``, UTF-8 mode, ...), a function to run
before the program (``preexec``), and what the kernel counts for the whole process (its peak
memory includes the zygote's). ``support.run.run_lgotp`` starts a new interpreter for those, and
for every run when ``LGOTP_TEST_FRESH=1`` is set where pytest runs (to compare both ways).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

# Variables that only a starting interpreter (or typer, as it is imported) reads; a run whose
# environment gives them other values than the zygote's needs a new interpreter.
STARTUP_PREFIXES = ("PYTHON", "TYPER_")
# ... except these two, which a fork can honour as they are read at run time here.
HONOURED_AT_RUN_TIME = ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED")

# What the zygote loads before it waits, besides every module of lgotp_cli: the libraries the
# commands import when they run, and pycountry's table of countries (read on first use).
PRELOAD = (
    "yaml",
    "pydantic",
    "rich.console",
    "pandas",
    "openpyxl",
    "jinja2.sandbox",
    "markdown_it",
    "icalendar",
    "pycountry",
)

MESSAGE_BYTES = 1 << 20


def startup_variables(env: Mapping[str, str]) -> dict[str, str]:
    """The variables of ``env`` that a starting interpreter reads, but those a fork honours."""
    return {
        name: value
        for name, value in env.items()
        if name.startswith(STARTUP_PREFIXES) and name not in HONOURED_AT_RUN_TIME
    }


class Zygote:
    """The parent's end: starts the zygote, asks it for runs, restarts it if it went away."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self.startup = startup_variables(env)
        self.busy = threading.Lock()  # held during a run: the socket carries one at a time
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.folder = tempfile.TemporaryDirectory(prefix="lgotp-zygote-")
        code = (
            f"path = {__file__!r}; names = {{'__name__': '__zygote__', '__file__': path}}\n"
            "exec(compile(open(path, encoding='utf-8').read(), path, 'exec'), names)\n"
            f"names['serve']({theirs.fileno()})\n"
        )
        # An empty working folder: nothing there can stand in for a module it imports.
        self.process = subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=self.folder.name,
            env=dict(env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            pass_fds=[theirs.fileno()],
        )
        theirs.close()
        self.socket = ours

    def serves(self, env: Mapping[str, str]) -> bool:
        """Whether a fork of this zygote is what a new interpreter in ``env`` would be."""
        return self.process.poll() is None and startup_variables(env) == self.startup

    def run(
        self,
        args: Sequence[str],
        *,
        cwd: Path,
        env: Mapping[str, str],
        timeout: float,
        watch: str | None = None,
    ) -> tuple[int, bytes, bytes]:
        """``python -m lgotp_cli ARGS`` as a fork: its exit code, standard output and error.
        A run past ``timeout`` seconds is killed and raises ``subprocess.TimeoutExpired``.
        ``watch`` is code the fork runs just before the command (an audit hook, say)."""
        request = {"args": list(args), "cwd": str(cwd), "env": dict(env), "watch": watch}
        payload = json.dumps(request).encode("utf-8")
        assert len(payload) < MESSAGE_BYTES, "arguments and environment too long for one message"
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            # Standard input as a subprocess inherits it (pytest gives /dev/null).
            stdin = [0] if _is_open(0) else []
            socket.send_fds(self.socket, [payload], [out.fileno(), err.fileno(), *stdin])
            pid = json.loads(self.socket.recv(MESSAGE_BYTES))["pid"]
            self.socket.settimeout(timeout)
            try:
                reply = self.socket.recv(MESSAGE_BYTES)
            except TimeoutError:
                with contextlib.suppress(ProcessLookupError):  # it ended meanwhile
                    os.kill(pid, signal.SIGKILL)
                self.socket.settimeout(None)
                self.socket.recv(MESSAGE_BYTES)
                command = ["python", "-m", "lgotp_cli", *args]
                raise subprocess.TimeoutExpired(command, timeout) from None
            finally:
                self.socket.settimeout(None)
            if not reply:
                raise RuntimeError("the zygote ended during a run; see its standard error")
            out.seek(0)
            err.seek(0)
            return json.loads(reply)["returncode"], out.read(), err.read()

    def close(self) -> None:
        """End the zygote (it ends by itself when this process's end of the socket closes)."""
        self.socket.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.folder.cleanup()


_zygote: Zygote | None = None


def zygote_for(env: Mapping[str, str]) -> Zygote | None:
    """The zygote whose forks are what a new interpreter in ``env`` would be, started on the
    first call; None when a run in ``env`` needs a new interpreter."""
    global _zygote
    if not hasattr(os, "fork") or not hasattr(socket, "send_fds"):
        return None
    if _zygote is None or _zygote.process.poll() is not None:
        from support.run import environment

        _zygote = Zygote(environment())
        atexit.register(_zygote.close)
    return _zygote if _zygote.serves(env) else None


def _is_open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


# --- the zygote's end: everything below runs in the zygote and its forks -------------------------


def serve(fd: int) -> None:
    """Import what every run needs, then fork one run per request until the socket closes."""
    _preload()
    channel = socket.socket(fileno=fd)
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(channel, MESSAGE_BYTES, 3)
        except OSError:
            return
        if not message:
            return  # the test process closed its end
        request = json.loads(message)
        pid = os.fork()
        if pid == 0:
            _run_as_python_m(request, fds)  # never returns
        for passed in fds:
            os.close(passed)
        channel.send(json.dumps({"pid": pid}).encode())
        _, status = os.waitpid(pid, 0)
        channel.send(json.dumps({"returncode": os.waitstatus_to_exitcode(status)}).encode())


def _preload() -> None:
    """Import every module of lgotp_cli (what `python -m lgotp_cli` imports first, then the
    rest) and the libraries in PRELOAD, and read pycountry's countries: only imports and data
    tables, no lgotp code run. A module that cannot be imported fails each run that needs it,
    in the run's own process."""
    import importlib
    import pkgutil

    with contextlib.suppress(Exception):
        importlib.import_module("lgotp_cli.cli")
    import lgotp_cli

    for module in pkgutil.walk_packages(lgotp_cli.__path__, "lgotp_cli.", onerror=print):
        if module.name != "lgotp_cli.__main__":  # that one runs the command
            with contextlib.suppress(Exception):
                importlib.import_module(module.name)
    for name in PRELOAD:
        with contextlib.suppress(Exception):
            importlib.import_module(name)
    with contextlib.suppress(Exception):
        len(sys.modules["pycountry"].countries)


def _run_as_python_m(request: dict, fds: list[int]) -> None:
    """In the fork: become ``python -m lgotp_cli ARGS`` in the request's folder and
    environment, and exit as that process would."""
    code = 1
    try:
        out, err, *stdin = fds
        os.dup2(out, 1)
        os.dup2(err, 2)
        if stdin:
            os.dup2(stdin[0], 0)
        else:
            os.close(0)
        os.closerange(3, os.sysconf("SC_OPEN_MAX"))  # as subprocess's close_fds
        env = request["env"]
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(env)
        _set_locale_as_python_starts(env)
        _new_standard_streams(unbuffered=bool(env.get("PYTHONUNBUFFERED")))
        sys.dont_write_bytecode = bool(env.get("PYTHONDONTWRITEBYTECODE"))
        sys.path[0] = os.getcwd()  # `python -m` puts the working folder first
        sys.argv = ["-m", *request["args"]]
        if request["watch"] is not None:
            exec(compile(request["watch"], "<watch>", "exec"), {"__name__": "sitecustomize"})
        import runpy

        runpy.run_module("lgotp_cli", run_name="__main__", alter_sys=True)
        code = 0
    except SystemExit as done:
        code = _exit_code(done.code)
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        _shut_down(code)


def _exit_code(value: object) -> int:
    """The exit code of ``sys.exit(value)``, as the interpreter gives it."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value & 0xFF
    print(value, file=sys.stderr)
    return 1


def _shut_down(code: int) -> None:
    """What the interpreter does on its way out that matters here: the exit handlers the run
    registered, the streams flushed; then exit without tearing the zygote's objects down."""
    try:
        import atexit

        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:
        code = code or 120  # as the interpreter does when flushing standard output fails
    os._exit(code)


def _new_standard_streams(*, unbuffered: bool) -> None:
    """``sys.stdin``, ``sys.stdout`` and ``sys.stderr`` as a starting interpreter in UTF-8 mode
    makes them on descriptors 0, 1 and 2."""
    import io

    def stream(fd: int, mode: str, name: str, errors: str):
        if not _is_open(fd):
            return None
        raw = io.FileIO(fd, mode, closefd=False)
        raw.name = name
        writing = mode == "w"
        if writing and unbuffered:
            buffered = raw
        else:
            buffered = (io.BufferedWriter if writing else io.BufferedReader)(raw)
        return io.TextIOWrapper(
            buffered,
            encoding="utf-8",
            errors=errors,
            newline="\n",
            line_buffering=writing and (raw.isatty() or fd == 2),
            write_through=writing and unbuffered,
        )

    sys.stdin = sys.__stdin__ = stream(0, "r", "<stdin>", "surrogateescape")
    sys.stdout = sys.__stdout__ = stream(1, "w", "<stdout>", "surrogateescape")
    sys.stderr = sys.__stderr__ = stream(2, "w", "<stderr>", "backslashreplace")


def _set_locale_as_python_starts(env: Mapping[str, str]) -> None:
    """LC_CTYPE from the environment, coerced to C.UTF-8 when that is the C locale (PEP 538),
    as a starting interpreter does; the variable it sets is passed on to the run's children."""
    import locale

    try:
        name = locale.setlocale(locale.LC_CTYPE, "")
    except locale.Error:
        name = locale.setlocale(locale.LC_CTYPE, "C")
    if name not in ("C", "POSIX") or env.get("LC_ALL") or env.get("PYTHONCOERCECLOCALE") == "0":
        return
    for target in ("C.UTF-8", "C.utf8", "UTF-8"):
        try:
            locale.setlocale(locale.LC_CTYPE, target)
        except locale.Error:
            continue
        os.environ["LC_CTYPE"] = target
        return
