"""Golden files: the one comparison, and the one switch that writes them instead.

    LGOTP_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/…

writes every golden file a test compares with (and the test passes): read the diff before
committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

UPDATE = os.environ.get("LGOTP_UPDATE_GOLDEN") == "1"


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
