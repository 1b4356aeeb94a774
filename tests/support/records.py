"""Records for the tests: the valid example records with an overlay (as data, as YAML, or as a
person writes the trainee by hand), a throwaway records root (the ``root`` fixture; an empty one;
a copy of the sample), and `findings()` that keeps a rule test to a line."""

from __future__ import annotations

import shutil
import textwrap
from datetime import date
from pathlib import Path

import pytest

from lgotp_cli.config import load_config
from lgotp_cli.diagnostics import Diagnostic
from lgotp_cli.rules.engine import validate
from lgotp_cli.rules.examples import (
    BASE_RECORDS,
    EXAMPLE_REPORT,
    merge,
    read_fragment,
)
from lgotp_cli.source.discover import FOLDER_OF_KIND
from support.paths import SAMPLE

DEFAULT_TODAY = date(2025, 6, 1)


def _hand_written_trainee() -> str:
    text = BASE_RECORDS["trainee"]
    costs = read_fragment(text)["costs"]
    lines = "".join(f"  {item}: {amount}\n" for item, amount in costs.items())
    return text[: text.index("costs:")] + "costs:\n" + lines


# The valid trainee of the rule tests as a person writes it by hand: BASE_RECORDS' text with
# its planned costs one a line (so that a line can be changed or left out).
HAND_WRITTEN_TRAINEE = _hand_written_trainee()
# Its stay and costs, the last lines of the file.
HAND_WRITTEN_STAY_AND_COSTS = HAND_WRITTEN_TRAINEE[HAND_WRITTEN_TRAINEE.index("period:") :]


def write_file(target: Path, content: str | bytes, *, dedent: bool = True) -> Path:
    """Write ``content`` at ``target`` (its folders made); text as UTF-8, dedented unless told
    otherwise. Returns ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(textwrap.dedent(content) if dedent else content, encoding="utf-8")
    return target


def copy_sample(target: Path) -> Path:
    """A copy of the sample records repository at ``target``, to change."""
    shutil.copytree(SAMPLE, target)
    return target


def record_data(kind: str, overlay: str | dict = "") -> dict:
    """The valid record of ``kind`` with ``overlay`` (YAML, dedented, or a mapping) laid over
    it, as read (values are text)."""
    if isinstance(overlay, str):
        overlay = read_fragment(textwrap.dedent(overlay)) if overlay.strip() else {}
    return merge(read_fragment(BASE_RECORDS[kind]), overlay)


def yaml_text(data: dict) -> str:
    """``data`` written as YAML, keys in their order."""
    import yaml

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def record_text(kind: str, overlay: str | dict = "") -> str:
    """The YAML text of ``record_data(kind, overlay)``."""
    return yaml_text(record_data(kind, overlay))


class RecordsRoot:
    """A records root in a temporary folder, written to by tests."""

    def __init__(self, path: Path) -> None:
        self.path = path
        for folder in FOLDER_OF_KIND.values():
            (path / folder).mkdir(parents=True, exist_ok=True)

    def write(self, relative: str, content: str | bytes) -> Path:
        """Write a file under the root (text is dedented)."""
        return write_file(self.path / relative, content)

    def record(self, kind: str, overlay: str = "", *, name: str | None = None) -> Path:
        """Write a valid record of ``kind`` with ``overlay`` (YAML) laid over it; return its file.

        The file is ``<kind folder>/<id>.yaml`` unless ``name`` says otherwise.
        """
        data = record_data(kind, overlay)
        if kind == "dispatch":
            self.write("reports/EX-D.md", EXAMPLE_REPORT)
            self.write("reports/img/EX-D.png", b"\x89PNG\r\n\x1a\n")
        file_name = name or f"{data.get('id', 'EX')}.yaml"
        return self.write(f"{FOLDER_OF_KIND[kind]}/{file_name}", yaml_text(data))

    def validate(self, today: date = DEFAULT_TODAY, **options) -> list[Diagnostic]:
        """Every diagnostic for the root, as of ``today``."""
        return validate(self.path, load_config(self.path), today, **options).diagnostics

    def codes(self, today: date = DEFAULT_TODAY, **options) -> list[str]:
        """The codes of every diagnostic, in order."""
        return [d.code for d in self.validate(today, **options)]


def empty_records(target: Path) -> Path:
    """An empty records root at ``target``: the kind folders, nothing in them."""
    return RecordsRoot(target).path


@pytest.fixture
def root(tmp_path: Path) -> RecordsRoot:
    """An empty records root."""
    return RecordsRoot(tmp_path / "records")


def findings(
    root: RecordsRoot,
    kind: str,
    overlay: str = "",
    *,
    select: str | None = None,
    today: date = DEFAULT_TODAY,
) -> list[tuple[int, int, str]]:
    """Write one record (a valid one of ``kind`` with ``overlay``) and return the
    (line, column, code) of each diagnostic, narrowed to ``select`` (a code or prefix)."""
    root.record(kind, overlay)
    diagnostics = root.validate(today, select=[select] if select else None)
    return [(d.line, d.column, d.code) for d in diagnostics]


def codes_of(
    root: RecordsRoot, kind: str, overlay: str = "", *, today: date = DEFAULT_TODAY
) -> set[str]:
    """The set of rule codes that fire for one record."""
    root.record(kind, overlay)
    return {d.code for d in root.validate(today)}


# A trainee's planned costs, in the order RECORDS.md and the reports give them.
TRAINEE_COST_ITEMS = (
    "airfare",
    "accommodation",
    "living_allowance",
    "training",
    "domestic_travel",
    "other",
)

# The answers `lgotp new trainee --no-input` needs for a valid FY2025 trainee (dotted keys): the
# phases of the stay are proposed from the arrival; the planned costs must be given (T119).
NEW_TRAINEE_VALUES = {
    "name.family": "Santos",
    "name.given": "Maria Clara",
    "nationality": "PH",
    "employer.name": "Cebu City Government",
    "languages.english": "B2",
    "leadership": "Heads the city's tourism unit; nominated by the mayor.",
    "host.code": "232025",
    "field": "tourism",
    "period.arrival": "2025-05-26",
    "period.departure": "2026-03-19",
    "costs.airfare": "180000",
    "costs.accommodation": "840000",
    "costs.living_allowance": "2400000",
    "costs.training": "300000",
    "costs.domestic_travel": "120000",
    "costs.other": "0",
}
