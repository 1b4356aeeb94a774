"""The fixtures every test may use; the helpers are in the ``support`` package."""

from support.records import root

__all__ = ["root"]
