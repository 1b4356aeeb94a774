"""Whether to colour what goes to a terminal: one rule for every output that colours."""

from __future__ import annotations

import os
import sys


def use_colour(stream=None) -> bool:
    """Colour only on a terminal, never with ``NO_COLOR`` set (to anything but the empty
    string, as no-color.org says) and never on a ``TERM=dumb`` terminal."""
    stream = sys.stdout if stream is None else stream
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
