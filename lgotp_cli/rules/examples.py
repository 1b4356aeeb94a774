"""The valid records that rule examples are laid over, and a runner for the examples.

Each rule's ``fires`` example, laid over the valid record of its kind, makes the rule fire;
its ``quiet`` example keeps it quiet. ``lgotp rules CODE`` shows them, and the test suite runs
every one of them.
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


def read_fragment(text: str) -> dict:
    """A YAML mapping read as records are read (values stay text)."""
    from lgotp_cli.source.loader import decode, load_yaml

    raw = load_yaml(Path("example.yaml"), "example", decode(text.encode()))
    if raw.problems or not raw.single:
        raise ValueError(f"example does not parse: {raw.problems}")
    return raw.records[0].data


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
    """The record kind an example of a rule of ``scope`` is laid over (None: a whole file)."""
    if scope in ("trainee", "dispatch", "request"):
        return scope
    if scope == "record":
        return "trainee"
    return None


def write_example(root: Path, scope: str, example: str) -> Path:
    """Write a records root under ``root`` holding the example; return the record file."""
    import yaml

    for folder in FOLDER_OF_KIND.values():
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "reports" / "img").mkdir(parents=True, exist_ok=True)
    (root / "reports" / "EX-D.md").write_text(EXAMPLE_REPORT, encoding="utf-8")
    (root / "reports" / "img" / "EX-D.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    kind = example_scope_kind(scope)
    if kind is None:
        target = root / "trainees" / "EX.yaml"
        target.write_text(example, encoding="utf-8")
        return target
    record = merge(read_fragment(BASE_RECORDS[kind]), read_fragment(example))
    target = root / FOLDER_OF_KIND[kind] / f"{record.get('id', 'EX')}.yaml"
    target.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target
