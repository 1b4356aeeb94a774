"""What `lgotp validate --fix` and `--diff` say: each correction where it was made
(``records/x.yaml:12:8: fixed: full-width colon → ':'``) and how many, or the corrections
as a unified diff; a file not fixed is a note on standard error."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TextIO

from lgotp_cli.diagnostics import display_path
from lgotp_cli.fixes import FileFix, plan_fixes, unified_diff, write_fixes
from lgotp_cli.i18n import diagnostic_words, note_words
from lgotp_cli.i18n.messages import keyboard as words
from lgotp_cli.i18n.text import text_in

# A diff shows the file's own text: control and bidi characters in it are shown escaped, so
# that it cannot drive the terminal (tab and line breaks are the text's own).
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def fix_records(
    root: Path, only: list[Path] | None, lang: str, *, out: TextIO, quiet: bool = False
) -> None:
    """Correct the record files under ``root`` (under ``only`` when given) and say, on
    ``out``, what was changed and where; files left as they were are notes on stderr."""
    plans = plan_fixes(root, only)
    write_fixes(plans)
    fixed = [plan for plan in plans if plan.after is not None]
    _refusals(plans, lang)
    if quiet or not fixed:
        return
    for plan in fixed:
        where = display_path(plan.path)
        for correction in plan.corrections:
            out.write(
                words.FIXED(
                    lang,
                    where=f"{where}:{correction.line}:{correction.column}",
                    what=text_in(correction.what, lang),
                    to=correction.to,
                )
                + "\n"
            )
    out.write(_count(words.FIXED_COUNT, fixed, lang) + "\n")


def show_diff(root: Path, only: list[Path] | None, lang: str) -> int:
    """Print the corrections --fix would make as a unified diff, write nothing; 1 when there
    is something to fix, else 0."""
    plans = plan_fixes(root, only)
    fixable = [plan for plan in plans if plan.after is not None]
    for plan in fixable:
        text = unified_diff(plan, display_path(plan.path))
        sys.stdout.write(_UNSAFE.sub(lambda match: repr(match.group())[1:-1], text))
    _refusals(plans, lang)
    print(_count(words.WOULD_FIX_COUNT, fixable, lang), file=sys.stderr)
    return 1 if fixable else 0


def _count(counted, plans: list[FileFix], lang: str) -> str:
    corrections = sum(len(plan.corrections) for plan in plans)
    return counted(lang, corrections, files=diagnostic_words.FILES(lang, len(plans)))


def _refusals(plans: list[FileFix], lang: str) -> None:
    for plan in plans:
        if plan.refusal is not None:
            note = plan.refusal(lang, where=display_path(plan.path))
            print(f"lgotp: {note_words.NOTE_AS_SAID(lang, note=note)}", file=sys.stderr)
