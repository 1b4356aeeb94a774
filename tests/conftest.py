"""The fixtures every test may use; the helpers are in the ``support`` package."""

import os

from support.records import root

# Inside GitHub Actions `lgotp validate` writes `--format github` by default; the tests that run
# lgotp expect the text a terminal or pipe gets, wherever they run (tests/test_commands.py
# sets the variable where it means to).
os.environ.pop("GITHUB_ACTIONS", None)

__all__ = ["root"]
