"""Sites built once per test session: the sample records' and the hostile records'."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.paths import SAMPLE
from support.site import build, write_hostile


@pytest.fixture(scope="session")
def hostile_root(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("hostile")
    return write_hostile(base / "records", base / "outside")


@pytest.fixture(scope="session")
def hostile_site(hostile_root: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("hostile-site") / "site"
    build(hostile_root, out)
    return out


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample-site") / "site"
    build(SAMPLE, out, lang="ja")
    return out
