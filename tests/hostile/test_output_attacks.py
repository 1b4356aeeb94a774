"""A pull request whose record text would drive the terminal (or reorder the text) of whoever
reads lgotp's output: YAML escapes in double-quoted values (``"\\e[2J"``, OSC 0 and OSC 8,
``"\\u202e"``), C1 controls and bidi controls written as they are. The records stay readable
(JSON and CSV are data: the text exactly as written), and every output for a terminal or a
document (validate, list, due, timeline, -f md and html, diff) shows those characters as
escapes (``\\x1b``, ``\\u202e``)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from support.paths import SAMPLE
from support.run import Run, run_lgotp

RECORD = Path("trainees") / "2025" / "LGOTP-2025-003.yaml"
TODAY = ["--today", "2025-05-20"]  # the planned arrival on 2025-05-26 falls due
# What must never reach an output: C0 controls but tab and line feed, DEL, C1 controls, and
# bidi embeddings, overrides and isolates.
HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# How they are shown: as escapes; a carriage return in a Markdown cell as its line break.
ESCAPED = re.compile(r"\\(x1b|x9b|r|u202e|u2066)|Haugen<br>Safe")

PAYLOADS = {
    "clear-screen": r'"Haugen\e[2J\e[H"',
    "window-title": r'"Haugen\e]0;pwned\a"',
    "osc8-link": r'"\e]8;;https://evil.example/\e\\Haugen\e]8;;\e\\"',
    "c1-csi": r'"Haugen\x9b2J"',
    "carriage-return": r'"Haugen\rSafe"',
    "rlo-escape": r'"\u202enegua H"',
    "rlo-raw": "\u202enegua H",
    "isolate-raw": "Haugen\u2066x\u2069",
}


def lgotp(args: list[str], *, cwd: Path) -> Run:
    """The command, within a minute. Text is all that is at stake here, not memory or time:
    a fork of the zygote (support.zygote) rather than support.bounded's new interpreter."""
    return run_lgotp(args, cwd=cwd, timeout=60)


@pytest.fixture(params=list(PAYLOADS))
def hostile(request, tmp_path: Path) -> Path:
    root = tmp_path / "records"
    shutil.copytree(SAMPLE, root)
    path = root / RECORD
    text = path.read_text(encoding="utf-8")
    text = text.replace("family: Haugen", f"family: {PAYLOADS[request.param]}", 1)
    path.write_text(text.replace("status: completed", "status: planned", 1), encoding="utf-8")
    return root


def test_validate_reads_the_record_and_shows_nothing_hidden(hostile: Path) -> None:
    run = lgotp(["--records", str(hostile), *TODAY, "validate", "-v"], cwd=hostile)
    assert run.returncode in (0, 1), run.stderr
    assert not HIDDEN.search(run.stdout + run.stderr)
    listed = lgotp(
        ["--records", str(hostile), *TODAY, "list", "-y", "2025", "-f", "json"], cwd=hostile
    )
    families = [row["family_name"] for row in json.loads(listed.stdout)]
    assert any(HIDDEN.search(family) for family in families)  # data stays as written


@pytest.mark.parametrize(
    "command",
    [
        ["list", "-y", "2025"],
        ["list", "-y", "2025", "-f", "md"],
        ["list", "-y", "2025", "-f", "html"],
        ["due"],
        ["due", "-f", "md"],
        ["timeline", "--fiscal-year", "2025"],
        ["timeline", "--fiscal-year", "2025", "-f", "md"],
        ["timeline", "LGOTP-2025-003"],
        ["timeline", "LGOTP-2025-003", "-f", "html"],
    ],
    ids=lambda command: "-".join(command),
)
def test_no_output_for_people_holds_it(hostile: Path, command: list[str]) -> None:
    run = lgotp(["--records", str(hostile), *TODAY, *command], cwd=hostile)
    assert run.returncode == 0, run.stderr
    assert not HIDDEN.search(run.stdout), HIDDEN.search(run.stdout)
    assert not HIDDEN.search(run.stderr)
    assert ESCAPED.search(run.stdout), run.stdout[-3000:]  # shown, as an escape
