"""An openpyxl workbook's bytes, with a full disk while openpyxl makes them said in one sentence."""

from __future__ import annotations

import gc
import io
import sys
from collections.abc import Callable

from lgotp_cli.i18n import error_words
from lgotp_cli.i18n.spoken import OsReason
from lgotp_cli.output.files import OutputError


def making_workbook(make: Callable[[], bytes]) -> bytes:
    """``make()``: the bytes of an openpyxl workbook. openpyxl writes sheets to temporary files
    (a write-only sheet as rows are appended, any other when saved), so a full disk or a file
    size limit shows here: an OutputError naming the cause, which the caller words with the
    output's name ("cannot write X: …")."""
    failure = None
    previous_hook = sys.unraisablehook
    # openpyxl's half-written sheet streams complain when they are freed after such a failure;
    # the failure itself is reported, once, as one sentence.
    sys.unraisablehook = _ignore
    try:
        try:
            return make()
        except OSError as error:
            failure = OsReason.of(error)
        # Out of the handler the traceback is gone; what it held (the workbook and its streams,
        # in reference cycles) is freed here, while the hook is quiet.
        gc.collect()
    finally:
        sys.unraisablehook = previous_hook
    raise OutputError(error_words.WORKBOOK_NO_SPACE.of(reason=failure))


def workbook_bytes(workbook) -> bytes:
    """An openpyxl workbook's bytes; a failure to write openpyxl's temporary files is an
    OutputError (see ``making_workbook``)."""

    def save() -> bytes:
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()

    return making_workbook(save)


def _ignore(unraisable) -> None:
    pass
