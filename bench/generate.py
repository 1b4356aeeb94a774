"""Generate a records repository of any size for benchmarks: valid, varied, one record a file.

    python bench/generate.py OUT_DIR --records 10000

Trainees (80%), dispatches (15%) and host requests (5%), with real host codes and dates spread
over FY1996–FY2025, all valid as of 2026-11-23.
"""

from __future__ import annotations

import argparse
import functools
import random
from datetime import date, timedelta
from pathlib import Path

from lgotp_cli.months import add_months
from lgotp_cli.reference.codes import all_codes

HOSTS = [
    "010006",
    "011002",
    "012025",
    "041009",
    "130001",
    "131016",
    "141003",
    "141305",
    "221309",
    "230006",
    "231002",
    "232025",
    "232114",
    "271004",
    "281000",
    "401005",
    "401307",
    "431001",
    "260002",
    "262013",
    "270008",
    "280003",
    "330001",
    "340006",
    "400009",
    "470007",
]
COUNTRIES = ["CN", "TH", "ID", "PH", "VN", "MM", "MY", "LA", "KH", "KR", "MN", "BR", "NO"]
FIELDS = [
    "tourism",
    "agriculture",
    "education",
    "waste_disposal",
    "water_supply_sewage",
    "urban_planning",
    "social_welfare",
    "cultural_property",
    "fisheries",
    "other",
]
FAMILY = ["Santos", "Nguyen", "Wang", "Li", "Somchai", "Tun", "Rahman", "Kim", "Bat", "Silva"]
GIVEN = ["Maria", "Anh", "Wei", "Mei", "Niran", "Aung", "Siti", "Jisoo", "Tsetseg", "Ana"]
DISPATCH_TO = ["CN", "VN", "TH", "ID", "PH", "MM", "LA", "KH", "MY"]


def trainee(number: int, rng: random.Random) -> tuple[str, str]:
    year = rng.randint(1996, 2025)
    arrival = date(year, 5, rng.randint(20, 28))
    departure = add_months(arrival, rng.randint(7, 11)) + timedelta(days=rng.randint(0, 10))
    record_id = f"LGOTP-{year}-{number:06d}"
    country = rng.choice(COUNTRIES)
    text = f"""id: {record_id}
fiscal_year: {year}
status: completed
name: {{family: {rng.choice(FAMILY)}, given: {rng.choice(GIVEN)} {number}}}
nationality: {country}
employer:
  name: City Government {number}
  country: {country}
  type: local_government
  position: Officer
languages:
  english: {rng.choice(["B2", "C1", "C2"])}
  japanese: {rng.choice(["N5", "N4", "N3"])}
leadership: >-
  Leads the city's {rng.choice(FIELDS).replace("_", " ")} unit and was nominated by the mayor.
selection:
  method: clair
host:
  code: "{rng.choice(HOSTS)}"
  division: International Relations Division
field: {rng.choice(FIELDS)}
period:
  arrival: {arrival}
  departure: {departure}
  tokyo_orientation: {{start: {arrival}, end: {arrival + timedelta(days=1)}}}
  jiam: {{start: {arrival + timedelta(days=2)}, end: {arrival + timedelta(days=32)}}}
  specialized: {{start: {arrival + timedelta(days=36)}, end: {departure - timedelta(days=1)}}}
costs:
  airfare: {rng.randint(100, 300) * 1000}
  accommodation: {rng.randint(600, 1200) * 1000}
  living_allowance: {rng.randint(1800, 2600) * 1000}
  training: {rng.randint(100, 400) * 1000}
  domestic_travel: {rng.randint(50, 200) * 1000}
  other: 0
notes: Generated for benchmarks.
"""
    return f"trainees/{year}/{record_id}.yaml", text


def dispatch(number: int, rng: random.Random) -> tuple[str, str]:
    year = rng.randint(2027, 2030)
    departure = date(year, rng.randint(4, 12), rng.randint(1, 28))
    back = departure + timedelta(days=rng.randint(10, 30))
    record_id = f"DISP-{year}-{number:06d}"
    text = f"""id: {record_id}
status: planned
specialist:
  name: {{family: Tanaka, given: Hiroshi, native: 田中 浩}}
  employer: {{code: "{rng.choice(HOSTS)}", division: Waterworks Bureau}}
  position: Senior engineer
  database_id: ICD-{number:06d}
  arrangement: business_trip
request:
  date: {departure - timedelta(days=90)}
  local_government: People's Committee {number}
  country: {rng.choice(DISPATCH_TO)}
  purpose: Technical cooperation
field: {rng.choice(FIELDS)}
period: {{departure: {departure}, return: {back}}}
"""
    return f"dispatches/{year}/{record_id}.yaml", text


def request(number: int, rng: random.Random) -> tuple[str, str]:
    # One request per host and fiscal year (R305): every code once, then the year before.
    every_code = _every_code()
    index = number // 20
    year = 2025 - index // len(every_code)
    record_id = f"REQ-{year}-{number:06d}"
    text = f"""id: {record_id}
fiscal_year: {year}
host: {{code: "{every_code[index % len(every_code)]}"}}
intention: participate
trainees: 1
selection: {{method: clair}}
conditions: {{countries: [PH, VN], fields: [tourism], language: english, months: 10}}
submitted: {{form1: {year - 1}-10-01, form2: {year - 1}-10-01, form3: {year - 1}-10-30}}
contact: {{division: International Relations Division, email: kokusai{number}@example.lg.jp}}
"""
    return f"requests/{year}/{record_id}.yaml", text


@functools.cache
def _every_code() -> list[str]:
    return sorted(all_codes())


def generate(out: Path, count: int, seed: int = 1996) -> list[Path]:
    """Write ``count`` record files under ``out`` and return their paths."""
    rng = random.Random(seed)
    written = []
    for number in range(count):
        roll = number % 20
        maker = request if roll == 0 else dispatch if roll in (1, 2, 3) else trainee
        relative, text = maker(number, rng)
        path = out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--records", type=int, default=10000)
    args = parser.parse_args()
    generate(args.out, args.records)
    print(f"wrote {args.records} records under {args.out}")


if __name__ == "__main__":
    main()
