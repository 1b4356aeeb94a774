"""Where things are: the repository, the sample records, the tests' fixtures; and the
repository's scripts, loaded as modules."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

TESTS = Path(__file__).resolve().parents[1]
REPO = TESTS.parent
SAMPLE = REPO / "records"


def load_script(relative: str) -> ModuleType:
    """The script at ``relative`` (to the repository) as a module, loaded by path: bench/ and
    templates/ are not packages."""
    path = REPO / relative
    spec = importlib.util.spec_from_file_location(f"lgotp_script_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
