"""Running ``lgotp`` with its standard output on a terminal (a pseudo-terminal), as a user at a
terminal would see it; and measuring what it printed in terminal cells."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from support.paths import REPO


def on_a_terminal(*args: str, env: dict, cwd: Path = REPO) -> str:
    """What lgotp writes to standard output when that is a terminal (a pseudo-terminal) 120
    columns wide unless ``env`` says otherwise (``COLUMNS``); line ends as written (``\\n``)."""
    environment = {
        k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM", "CI", "LGOTP_LANG")
    }
    environment.update({"TERM": "xterm-256color", "COLUMNS": "120", **env})
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "lgotp_cli", *args],
            cwd=cwd,
            env=environment,
            stdout=follower,
            stderr=subprocess.DEVNULL,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal's other end closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=120)
    finally:
        os.close(leader)
    # The terminal turns each line end into CR LF.
    return b"".join(chunks).decode("utf-8", errors="replace").replace("\r\n", "\n")


def cells(text: str) -> int:
    """How many terminal cells ``text`` takes (a wide character two), by the East Asian width
    Unicode gives each character, independently of the code under test."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
