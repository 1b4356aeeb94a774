"""Bounds on rendering a template that a pull request may have written: CPU time, memory,
output size, and the arithmetic that would take them (huge powers, repeated text).

Jinja's sandbox keeps a template away from Python's internals, files and the network, but not
from the machine's time and memory: two nested ``range(100000)`` loops never end, and
``(10**50000000) % 7`` or ``'a' * 10**9`` is one step that takes minutes or a gigabyte. Every
rendering (a report, a page of the site, a workbook) therefore runs inside :func:`bounded`,
and the sandbox refuses, before computing it, any power or repetition whose result would pass
the limits below. A limit reached is :class:`RenderLimitError`, one phrase for the message
that names the template.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import threading
from collections.abc import Iterable, Iterator

from lgotp_cli.errors import Sentence
from lgotp_cli.i18n import error_words
from lgotp_cli.i18n.text import Said

#: CPU seconds one rendering (a report, a page, a whole workbook) may take.
RENDER_SECONDS = 10
#: Memory one rendering may take on top of what lgotp held before it.
RENDER_MEMORY_BYTES = 512 * 1024 * 1024
#: Characters one rendering may write (a report of 10,000 records is a few MB).
MAX_OUTPUT_CHARACTERS = 32 * 1024 * 1024
#: The largest whole number a template may compute: 10,000 decimal digits.
MAX_NUMBER_DIGITS = 10_000
MAX_NUMBER_BITS = 33_220  # 10,000 × log2(10), rounded up

_SEQUENCES = (str, bytes, list, tuple)


class RenderLimitError(Sentence):
    """A rendering went past a limit; the message is a phrase that follows the template's name
    ("template X <message>"), in either language (``str()`` is the English)."""


class _OutOfTime(BaseException):
    # Raised by the timer's signal handler inside whatever the template was doing; a
    # BaseException so that no ``except Exception`` on the way (Jinja's, a filter's) eats it.
    pass


_state = threading.local()


def _on_timer(signum, frame) -> None:
    # A timer that fires after its rendering ended (the signal was on its way) is ignored.
    if getattr(_state, "depth", 0):
        raise _OutOfTime


@contextlib.contextmanager
def bounded() -> Iterator[None]:
    """Run the block within RENDER_SECONDS of CPU time and RENDER_MEMORY_BYTES of extra memory;
    RenderLimitError when either runs out. Nested blocks share the outermost one's limits."""
    if getattr(_state, "depth", 0):
        _state.depth += 1
        try:
            yield
        finally:
            _state.depth -= 1
        return
    timed = threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGPROF")
    if timed:
        signal.signal(signal.SIGPROF, _on_timer)
        signal.setitimer(signal.ITIMER_PROF, RENDER_SECONDS)
    previous = _limit_memory()
    _state.depth = 1
    try:
        yield
    except _OutOfTime:
        raise RenderLimitError(error_words.LIMIT_SECONDS.of(seconds=RENDER_SECONDS)) from None
    except MemoryError:
        mib = RENDER_MEMORY_BYTES // 2**20
        raise RenderLimitError(error_words.LIMIT_MEMORY.of(mib=mib)) from None
    finally:
        _state.depth = 0
        if timed:
            signal.setitimer(signal.ITIMER_PROF, 0)
        if previous is not None:
            resource.setrlimit(resource.RLIMIT_AS, previous)


def _limit_memory() -> tuple[int, int] | None:
    """Lower the soft address-space limit to what is mapped now plus the budget (never above a
    limit already set); the limits before, to restore, or None where this cannot be done."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    except (OSError, ValueError, IndexError):
        return None  # not Linux: time and output limits still hold
    wanted = mapped + RENDER_MEMORY_BYTES
    for limit in (soft, hard):
        if limit != resource.RLIM_INFINITY:
            wanted = min(wanted, limit)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (OSError, ValueError):
        return None
    return soft, hard


def capped_concat(pieces: Iterable[str]) -> str:
    """``"".join(pieces)``, refusing to go past MAX_OUTPUT_CHARACTERS (Jinja joins every
    template, block and macro output with its environment's ``concat``)."""
    collected = []
    size = 0
    for piece in pieces:
        size += len(piece)
        if size > MAX_OUTPUT_CHARACTERS:
            raise RenderLimitError(_too_long())
        collected.append(piece)
    return "".join(collected)


def _too_long() -> Said:
    return error_words.LIMIT_OUTPUT.of(most=MAX_OUTPUT_CHARACTERS)


def check_operation(operator: str, left, right) -> None:
    """Refuse, before it is computed, a power or product whose result would pass the limits:
    a number of more than MAX_NUMBER_BITS bits, or text or a list repeated past
    MAX_OUTPUT_CHARACTERS items."""
    if operator == "**" and _whole(left) and _whole(right):
        if right > 0 and abs(left) > 1 and (abs(left).bit_length() - 1) * right > MAX_NUMBER_BITS:
            raise RenderLimitError(_too_big())
    elif operator == "*":
        if _whole(left) and _whole(right):
            if left.bit_length() + right.bit_length() > MAX_NUMBER_BITS + 1:
                raise RenderLimitError(_too_big())
        else:
            for sequence, times in ((left, right), (right, left)):
                if (
                    isinstance(sequence, _SEQUENCES)
                    and _whole(times)
                    and len(sequence) * times > MAX_OUTPUT_CHARACTERS
                ):
                    raise RenderLimitError(_too_long())


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _too_big() -> Said:
    return error_words.LIMIT_NUMBER.of(digits=MAX_NUMBER_DIGITS)
