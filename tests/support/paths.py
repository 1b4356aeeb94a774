"""Where things are: the repository, the sample records, the tests' fixtures."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
REPO = TESTS.parent
SAMPLE = REPO / "records"
