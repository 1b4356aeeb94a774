"""The former home of ``write_atomic``. Every output file is now checked and written by
``lgotp_cli.output.files``; these names stay importable from here for code and tests that
use the old module (its tests patch ``atomic.os``: the ``os`` module the writer calls)."""

import os  # noqa: F401

from lgotp_cli.output.files import OutputError, is_regular_or_absent, write_atomic
from lgotp_cli.render.workbook_bytes import making_workbook, workbook_bytes

__all__ = [
    "OutputError",
    "is_regular_or_absent",
    "making_workbook",
    "workbook_bytes",
    "write_atomic",
]
