"""The valid records that rule examples are laid over, and a runner for the examples.

Each rule's ``fires`` example, laid over the valid record of its kind, makes the rule fire;
its ``quiet`` example keeps it quiet. ``lgotp rules CODE`` shows them, and the test suite runs
every one of them. An example of a rule of the files is a whole file; an example of a rule
across records is a list of records, each laid over the valid record of its ``kind``.

The records root an example is written to also holds what some rules look at besides the
record: a report with a photograph and a short draft (D210, X305), a trainee's report (X305)
and an ``lgotp.yaml`` with a daily allowance rate (D211). The rules' documentation says so
where an example needs it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lgotp_cli.source.discover import FOLDER_OF_KIND

EXAMPLE_TODAY = date(2025, 6, 1)

BASE_RECORDS = {
    "trainee": """\
id: EX-T
status: completed
name: {family: Santos, given: Maria}
nationality: PH
employer: {name: Cebu City Government, country: PH, type: local_government}
languages: {english: B2}
leadership: Heads the city's tourism promotion unit.
selection: {method: clair}
host: {code: "232025"}
field: tourism
period:
  arrival: 2024-05-27
  departure: 2025-03-19
  tokyo_orientation: {start: 2024-05-27, end: 2024-05-28}
  jiam: {start: 2024-05-29, end: 2024-06-28}
  specialized: {start: 2024-07-01, end: 2025-03-18}
costs: {airfare: 180000, accommodation: 840000, living_allowance: 2400000, training: 300000,
        domestic_travel: 120000, other: 0}
""",
    "dispatch": """\
id: EX-D
status: completed
specialist:
  name: {family: Tanaka, given: Hiroshi}
  employer: {code: "272035"}
  database_id: ICD-00123
  arrangement: business_trip
request: {date: 2024-03-15, local_government: Hai Phong City People's Committee,
          country: VN, purpose: Non-revenue water reduction}
field: water_supply_sewage
period: {departure: 2024-07-01, return: 2024-07-20}
costs:
  clair: {shipping: 0, airfare: 120000, domestic_travel: 20000, daily_allowance: 152000,
          insurance: 8000, travel_expenses: 15000}
  host_provides: [local_travel, living, commuting, meals, transport, communication, interpreting]
  workplace: 0
report: {file: reports/EX-D.md, submitted: 2024-08-10}
""",
    "request": """\
id: EX-R
fiscal_year: 2025
host: {code: "232025"}
intention: participate
selection: {method: independent, relationship: sister_city, partner: Cebu City}
submitted: {form1: 2024-10-02, form2: 2024-10-02}
""",
}

EXAMPLE_REPORT = (
    "# Report\n\n![Meeting at the waterworks](img/EX-D.png)\n\n"
    + "Leak detection and metering were reviewed with the city's engineers. " * 60
)


# A dispatch of 20 days (2024-07-01 → 2024-07-20) at this rate is BASE_RECORDS' allowance.
EXAMPLE_CONFIG = "policy: {daily_allowance_per_day: 7600}\n"
EXAMPLE_DRAFT = "# Report\n\nLeak detection and metering were reviewed with the city's engineers.\n"
EXAMPLE_TRAINEE_REPORT = (
    "# Report\n\nTourism promotion in Okazaki and what Cebu can take from it.\n"
)
_EXAMPLE_FILES = {
    "lgotp.yaml": EXAMPLE_CONFIG,
    "reports/EX-D.md": EXAMPLE_REPORT,
    "reports/EX-D-draft.md": EXAMPLE_DRAFT,
    "reports/EX-T.md": EXAMPLE_TRAINEE_REPORT,
}


def read_fragments(text: str) -> list[dict]:
    """The YAML mappings of ``text`` (one mapping, or a list of them) read as records are read
    (values stay text)."""
    from lgotp_cli.source.loader import decode, load_yaml

    raw = load_yaml(Path("example.yaml"), "example", decode(text.encode()))
    if raw.problems:
        raise ValueError(f"example does not parse: {raw.problems}")
    return [record.data for record in raw.records]


def read_fragment(text: str) -> dict:
    """A YAML mapping read as records are read (values stay text)."""
    fragments = read_fragments(text)
    if len(fragments) != 1:
        raise ValueError("example is not one mapping")
    return fragments[0]


def merge(base: dict, fragment: dict) -> dict:
    """``fragment`` laid over ``base``: mappings merge, a null removes a key, the rest replace."""
    merged = dict(base)
    for key, value in fragment.items():
        if value is None:
            merged.pop(key, None)
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def example_scope_kind(scope: str) -> str | None:
    """The record kind an example of a rule of ``scope`` is laid over (None: a whole file, or
    for ``all``, a list of records of any kinds)."""
    if scope in ("trainee", "dispatch", "request"):
        return scope
    if scope in ("record", "waivers"):
        return "trainee"
    return None


def example_setting(scope: str) -> str:
    """What an example of a rule of ``scope`` is, as `lgotp rules CODE` says it."""
    if scope == "all":
        return f"a file a record, each laid over a valid one of its `kind`, as of {EXAMPLE_TODAY}"
    kind = example_scope_kind(scope)
    return f"laid over a valid {kind}, as of {EXAMPLE_TODAY}" if kind else "a whole file"


def write_example(root: Path, scope: str, example: str) -> Path:
    """Write a records root under ``root`` holding the example; return the (first) record
    file."""
    for folder in FOLDER_OF_KIND.values():
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "reports" / "img").mkdir(parents=True, exist_ok=True)
    for name, text in _EXAMPLE_FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "reports" / "img" / "EX-D.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    if scope == "all":
        targets = [
            _write_record(root, fragment.get("kind", "trainee"), fragment)
            for fragment in read_fragments(example)
        ]
        return targets[0]
    kind = example_scope_kind(scope)
    if kind is None:
        target = root / "trainees" / "EX.yaml"
        target.write_text(example, encoding="utf-8")
        return target
    return _write_record(root, kind, read_fragment(example))


def _write_record(root: Path, kind: str, fragment: dict) -> Path:
    """Write ``fragment`` laid over the valid record of ``kind`` to a file of its own, named
    after its id."""
    import yaml

    record = merge(read_fragment(BASE_RECORDS[kind]), fragment)
    folder = root / FOLDER_OF_KIND[kind]
    name = str(record.get("id", "EX"))
    target, copy = folder / f"{name}.yaml", 1
    while target.exists():  # two records of one id (X301) need two files
        copy += 1
        target = folder / f"{name}-{copy}.yaml"
    target.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target
