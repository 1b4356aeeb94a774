"""`lgotp schema` (JSON Schema for editors, checked with check-jsonschema against the sample
records), `lgotp new` (the next free id, inferred values, questions, checked before writing,
never over a file) and the pre-commit hook."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import given as for_all
from hypothesis import settings
from hypothesis import strategies as st
from support.paths import REPO, SAMPLE
from support.records import NEW_TRAINEE_VALUES, TRAINEE_COST_ITEMS
from support.run import Run, check_jsonschema, run_lgotp
from typer.testing import CliRunner

from lgotp_cli import newrecord
from lgotp_cli.cli import app
from lgotp_cli.models.record import KIND_MODELS, build_record, known_keys
from lgotp_cli.schema import config_schema, record_schema
from lgotp_cli.source.discover import FOLDER_OF_KIND
from lgotp_cli.source.loader import decode, load_yaml

TODAY = "2025-06-01"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def lgotp(*args: str, cwd: Path = REPO) -> Run:
    return run_lgotp(args, cwd=cwd)


@pytest.fixture(scope="module")
def schema_files(tmp_path_factory) -> dict[str, Path]:
    """Every schema as `lgotp schema KIND -o FILE` writes it."""
    folder = tmp_path_factory.mktemp("schemas")
    files = {}
    for kind in ("trainee", "dispatch", "request", "config"):
        path = folder / f"{kind}.json"
        result = lgotp("--records", str(SAMPLE), "schema", kind, "-o", str(path))
        assert result.returncode == 0, result.stderr
        files[kind] = path
    return files


def sample_files(kind: str) -> list[Path]:
    folder = SAMPLE / FOLDER_OF_KIND[kind]
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml"))


def object_schemas(node, where="$"):
    """Every schema in ``node`` that describes a mapping, with where it is."""
    if isinstance(node, dict):
        if node.get("type") == "object" or "properties" in node or "patternProperties" in node:
            yield where, node
        for key, value in node.items():
            # An ``if`` is a condition on a mapping described elsewhere (a retired specialist),
            # not a mapping of its own: it must not forbid the mapping's other keys.
            if key != "if":
                yield from object_schemas(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from object_schemas(value, f"{where}[{index}]")


# --- lgotp schema -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["trainee", "dispatch", "request"])
def test_record_schema_shape(kind):
    document = record_schema(kind)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert document["title"] and JAPANESE.search(document["description"])
    model = KIND_MODELS[kind]
    root = document["$defs"][model.__name__]
    assert set(root["properties"]) == known_keys(model, ())
    found = list(object_schemas(document))
    assert len(found) >= 5
    for where, node in found:
        assert node.get("additionalProperties") is False, where
        for key, prop in node.get("properties", {}).items():
            description = prop.get("description", "")
            assert JAPANESE.search(description), f"{where}.{key}: {description!r}"
            assert re.search("[A-Za-z]{2}", description), f"{where}.{key}: {description!r}"
    text = json.dumps(document)
    assert '"ge"' not in text and '"le"' not in text  # pydantic leftovers are not JSON Schema
    assert '"default": null' not in text


def test_record_schema_enums_and_value_types():
    defs = record_schema("trainee")["$defs"]
    trainee = defs["Trainee"]["properties"]
    assert trainee["status"]["enum"] == ["planned", "in_training", "completed", "withdrawn"]
    assert len(trainee["field"]["enum"]) == 35  # the 32 of the dispatch programme and LGOTP's 3
    assert "general_administration" in trainee["field"]["enum"]
    dispatch = record_schema("dispatch")["$defs"]["Dispatch"]["properties"]
    assert len(dispatch["field"]["enum"]) == 32
    assert "general_administration" not in dispatch["field"]["enum"]
    assert trainee["nationality"]["pattern"] == "^[A-Z]{2}$"
    assert defs["TraineePeriod"]["properties"]["arrival"]["format"] == "date"
    airfare = defs["TraineeCosts"]["properties"]["airfare"]["anyOf"]
    assert {"type": "integer", "minimum": 0} in airfare
    assert {"type": "string", "pattern": "^[0-9]+$"} in airfare
    dispatch = record_schema("dispatch")["$defs"]
    assert "return" in dispatch["DispatchPeriod"]["properties"]  # the alias, not return_
    assert dispatch["DispatchCosts"]["properties"]["host_provides"]["items"]["enum"][0] == (
        "local_travel"
    )


@pytest.mark.parametrize("name", ["trainee", "dispatch", "request", "config"])
def test_schemas_keep_to_keywords_editors_understand(name):
    """yaml-language-server (VS Code's YAML extension) validates by draft-07: the schemas use
    only keywords that mean the same there ($defs is only where $ref points)."""
    text = json.dumps(config_schema() if name == "config" else record_schema(name))
    for keyword in (
        "unevaluatedProperties",
        "unevaluatedItems",
        "prefixItems",
        "$dynamicRef",
        "$anchor",
        "dependentRequired",
        "dependentSchemas",
    ):
        assert f'"{keyword}"' not in text


def test_config_schema_shape():
    document = config_schema()
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    for where, node in object_schemas(document):
        assert node.get("additionalProperties") is False, where
    assert "required" not in document["$defs"]["Policy"]  # every policy key is optional
    tax = document["properties"]["allocation_tax"]
    assert "^[0-9]{4}$" in tax["patternProperties"]
    assert "non_grant_bodies" in tax["properties"]
    assert "^[0-9]{4}$" in document["properties"]["calendar"]["patternProperties"]
    ratio = document["$defs"]["Rates"]["properties"]["municipality_ratio"]["anyOf"]
    assert {"type": "number", "minimum": 0, "maximum": 1} in ratio


def test_schema_command_prints_json_and_defaults_to_trainee():
    result = lgotp("schema")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["title"] == "LGOTP trainee record"
    assert "姓" in result.stdout  # not escaped: ensure_ascii=False


def test_schema_command_unknown_kind_is_one_sentence_exit_2():
    result = lgotp("schema", "trainees")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "lgotp: there is no schema 'trainees'; give one of trainee, dispatch, request, config."
    ]


def test_schema_command_never_writes_into_the_records_root(root):
    root.record("trainee")
    target = root.path / "trainee.json"
    result = lgotp("--records", str(root.path), "schema", "-o", str(target))
    assert result.returncode == 2
    assert "inside the records root" in result.stderr
    assert not target.exists()


def test_schema_command_writes_without_a_records_root(tmp_path):
    result = lgotp("schema", "dispatch", "-o", "dispatch.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "dispatch.json").read_text())["title"].startswith("Specialist")


@pytest.mark.parametrize("kind", ["trainee", "dispatch", "request"])
def test_every_sample_record_passes_check_jsonschema(schema_files, kind):
    files = sample_files(kind)
    assert len(files) >= 6
    result = check_jsonschema(schema_files[kind], *files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_sample_lgotp_yaml_passes_check_jsonschema(schema_files):
    result = check_jsonschema(schema_files["config"], SAMPLE / "lgotp.yaml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schemas_are_valid_draft_2020_12(schema_files):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--check-metaschema",
            *map(str, schema_files.values()),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


SAMPLE_TRAINEE = SAMPLE / "trainees" / "2024" / "LGOTP-2024-007.yaml"


def changed(tmp_path: Path, name: str, old: str, new: str, source: Path = SAMPLE_TRAINEE) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text
    target = tmp_path / name
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


@pytest.mark.parametrize(
    ("old", "new", "complaint"),
    [
        ("  arrival:", "  arival:", "'arival' was unexpected"),
        ("english: C1", "english: yes", "'yes' is not one of"),
        ("status: completed", "status: done", "'done' is not one of"),
        ("field: tourism", "field: tourisme", "'tourisme' is not one of"),
        ("arrival: 2024-05-27", "arrival: 2024-5-27", "is not a 'date'"),
        ("airfare: 118000", "airfare: ¥118,000", "airfare"),
        ('code: "232025"', "code: 011002", "host.code"),  # YAML 1.2 reads 11002: quote it
    ],
)
def test_check_jsonschema_fails_what_the_validator_rejects(
    schema_files, tmp_path, old, new, complaint
):
    record = changed(tmp_path, "bad.yaml", old, new)
    result = check_jsonschema(schema_files["trainee"], record)
    assert result.returncode == 1, result.stdout
    assert complaint in result.stdout


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("nationality: PH", "nationality: NO"),  # Norway: a string under YAML 1.2
        ('code: "232025"', "code: 232025"),  # an integer to YAML 1.2; lgotp reads the text
        ("airfare: 118000", 'airfare: "118000"'),  # quoted or not, the same amount
        ("fiscal_year: 2024", 'fiscal_year: "2024"'),
        ("arrival: 2024-05-27", "arrival: '2024-05-27'"),
    ],
)
def test_check_jsonschema_reads_values_as_lgotp_does(schema_files, tmp_path, old, new):
    record = changed(tmp_path, "good.yaml", old, new)
    result = check_jsonschema(schema_files["trainee"], record)
    assert result.returncode == 0, result.stdout
    raw = load_yaml(record, "trainee", decode(record.read_bytes()))
    assert build_record(raw.records[0]).model is not None  # and lgotp agrees


def test_a_list_of_records_passes(schema_files, tmp_path):
    body = SAMPLE_TRAINEE.read_text(encoding="utf-8")
    listed = "- " + body.replace("\n", "\n  ").rstrip() + "\n"
    record = tmp_path / "list.yaml"
    record.write_text(listed, encoding="utf-8")
    assert check_jsonschema(schema_files["trainee"], record).returncode == 0


def test_config_schema_fails_unknown_keys_and_bad_ratio(schema_files, tmp_path):
    config = SAMPLE / "lgotp.yaml"
    unknown = changed(tmp_path, "a.yaml", "report_due_days: 30", "report_days: 30", config)
    ratio = changed(tmp_path, "b.yaml", "municipality_ratio: 0.5", "municipality_ratio: 2", config)
    for bad in (unknown, ratio):
        assert check_jsonschema(schema_files["config"], bad).returncode == 1


# --- lgotp new: the pieces --------------------------------------------------------------------


def test_next_id():
    ids = {"LGOTP-2025-001", "LGOTP-2025-009", "LGOTP-2024-012", "DISP-2025-002"}
    assert newrecord.next_id("trainee", 2025, ids) == "LGOTP-2025-010"
    assert newrecord.next_id("trainee", 2026, ids) == "LGOTP-2026-001"
    assert newrecord.next_id("dispatch", 2025, ids) == "DISP-2025-003"
    assert newrecord.next_id("request", 2026, ids, host="232025") == "REQ-2026-232025"
    with pytest.raises(newrecord.NewRecordError, match="already a request"):
        newrecord.next_id("request", 2026, {"REQ-2026-232025"}, host="232025")


def test_build_and_yaml_keep_the_models_order_and_read_back_the_same():
    answers = {
        "period.departure": "2025-08-20",
        "id": "DISP-2025-007",
        "specialist.name.family": "Tanaka",
        "specialist.name.given": "Hiroshi",
        "specialist.employer.code": "011002",
        "request.country": "NO",
        "request.purpose": "Leaks: detection, metering",
        "costs.host_provides": "living; meals",
        "field": "water_supply_sewage",
        "period.return": "2025-08-01",
        "waivers.0.rule": "D201",
        "waivers.0.reason": "yes",
    }
    record = newrecord.build("dispatch", answers)
    assert list(record) == ["id", "specialist", "request", "field", "period", "costs", "waivers"]
    assert list(record["period"]) == ["departure", "return"]
    assert record["costs"]["host_provides"] == ["living", "meals"]
    assert record["waivers"] == [{"rule": "D201", "reason": "yes"}]
    text = newrecord.to_yaml("dispatch", record)
    assert 'code: "011002"' in text
    assert 'country: "NO"' in text
    assert 'purpose: "Leaks: detection, metering"' in text
    assert "departure: 2025-08-20\n" in text
    assert "host_provides: [living, meals]" in text
    assert '  - rule: D201\n    reason: "yes"\n' in text
    assert yaml.safe_load(text)["specialist"]["employer"]["code"] == "011002"  # YAML 1.1 too
    raw = load_yaml(Path("x.yaml"), "dispatch", decode(text.encode()))
    assert not raw.problems
    assert raw.records[0].data == record


@settings(max_examples=300, deadline=None)
@for_all(st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
def test_any_text_is_written_so_that_it_reads_back_the_same(text):
    record = {"id": "X", "notes": text, "host": {"code": "011002", "name": text}}
    written = newrecord.to_yaml("trainee", record)
    raw = load_yaml(Path("x.yaml"), "trainee", decode(written.encode()))
    assert not raw.problems, written
    assert raw.records[0].data == record


def test_fill_asks_for_what_is_missing_and_asks_again_after_a_wrong_answer():
    given = {
        "name.family": "Santos",
        "name.given": "Maria",
        "nationality": "PH",
        "employer.name": "Cebu City Government",
        "leadership": "Heads the tourism unit.",
        "host.code": "232025",
        "field": "tourism",
    }
    asked = []
    costs = ["180000", "840000", "2400000", "300000", "120000", "0"]
    replies = iter(["", "B2", "2025-5-26", "2025-05-26", "2026-03-19", *[""] * 6, *costs])

    def ask(question):
        asked.append((question.key, question.required, question.problem))
        return next(replies)

    answers = newrecord.fill("trainee", given, newrecord.Asking(date(2025, 6, 1), ask=ask))
    phases = [
        f"period.{phase}.{end}"
        for phase in ("tokyo_orientation", "jiam", "specialized")
        for end in ("start", "end")
    ]
    assert [key for key, _, _ in asked] == [
        "languages.english",
        "languages.japanese",
        "period.arrival",
        "period.arrival",
        "period.departure",
        *phases,
        *(f"costs.{item}" for item in TRAINEE_COST_ITEMS),
    ]
    assert asked[0][1] is False and asked[2][1] is True
    assert "YYYY-MM-DD" in asked[3][2]  # the second time, with what was wrong
    assert answers["languages.japanese"] == "B2"
    assert "languages.english" not in answers
    assert answers["period.arrival"] == "2025-05-26"
    assert answers["status"] == "in_training"  # arrived 2025-05-26, today 2025-06-01 (T118)
    assert answers["selection.method"] == "clair"
    assert answers["employer.country"] == "PH"
    # The phases the programme proposes, taken with Enter; the costs as typed.
    assert answers["period.tokyo_orientation.start"] == "2025-05-27"
    assert answers["period.specialized.end"] == "2026-03-17"
    assert answers["costs.living_allowance"] == "2400000"


def test_questions_follow_the_answers():
    keys = [q.key for q in newrecord.questions("request", {"intention": "considering"})]
    assert keys[:2] == ["host.code", "selection.method"]
    assert "conditions.countries" in keys
    assert "conditions.countries" not in [
        q.key for q in newrecord.questions("request", {"intention": "not_participating"})
    ]
    trainee = newrecord.questions("trainee", {"selection.method": "independent"})
    assert {"selection.relationship", "selection.partner"} <= {q.key for q in trainee}
    question = next(q for q in trainee if q.key == "period.arrival")
    assert "来日日" in question.prompt and "Arrival" in question.prompt


def test_write_new_never_replaces_a_file(tmp_path):
    target = tmp_path / "trainees" / "2025" / "X.yaml"
    newrecord.write_new(target, "id: X\n")
    with pytest.raises(newrecord.NewRecordError, match="never replaces"):
        newrecord.write_new(target, "id: Y\n")
    assert target.read_text() == "id: X\n"
    assert [p.name for p in target.parent.iterdir()] == ["X.yaml"]  # no temporary left


# --- lgotp new: the command -------------------------------------------------------------------

TRAINEE_VALUES = NEW_TRAINEE_VALUES


def sets(values: dict[str, str]) -> list[str]:
    return [part for key, value in values.items() for part in ("--set", f"{key}={value}")]


@pytest.fixture
def small(root):
    """A small records root: two trainees of FY2025 (001 and 003) and one dispatch."""
    for number, given in (("001", "Ana"), ("003", "Luz")):
        root.record(
            "trainee",
            f"id: LGOTP-2025-{number}\nname: {{family: Reyes, given: {given}}}\n"
            "period: {arrival: 2025-05-26, departure: 2026-03-19, "
            "tokyo_orientation: null, jiam: null, specialized: null}\nstatus: planned\n",
        )
    root.record("dispatch")
    return root


def new(root, *args: str) -> Run:
    return lgotp("--records", str(root.path), "--today", TODAY, "new", *args)


def test_new_trainee_without_input_writes_the_next_id_and_a_valid_record(small, schema_files):
    # A status given is kept even when the dates say otherwise (without it, the status comes
    # from the dates: in_training here); T118 says so, and shows that warnings are printed.
    given = {**TRAINEE_VALUES, "status": "planned"}
    result = new(small, "trainee", "--no-input", *sets(given))
    assert result.returncode == 0, result.stderr
    written = small.path / "trainees" / "2025" / "LGOTP-2025-004.yaml"
    assert Path(result.stdout.strip()).resolve() == written.resolve()
    text = written.read_text(encoding="utf-8")
    assert text.startswith("id: LGOTP-2025-004\nfiscal_year: 2025\nstatus: planned\nname:\n")
    assert 'code: "232025"' in text and "arrival: 2025-05-26\n" in text
    assert "country: PH" in text and "type: local_government" in text
    assert "method: clair" in text
    assert " warning T118 " in result.stderr  # warnings are shown; the record is written
    # The phases come from the arrival, the costs were given: no T107, no T119.
    assert "tokyo_orientation:\n    start: 2025-05-27\n    end: 2025-05-28\n" in text
    assert "costs:\n  airfare: 180000\n" in text
    found = small.validate(date(2025, 6, 1))
    assert not [d for d in found if d.severity == "error"]
    assert {d.code for d in found if d.file == written} == {"T118"}
    assert check_jsonschema(schema_files["trainee"], written).returncode == 0


def test_new_names_every_missing_key(small):
    values = {k: v for k, v in TRAINEE_VALUES.items() if k not in ("field", "period.arrival")}
    result = new(small, "trainee", "--no-input", *sets(values))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "lgotp: a new trainee needs field, period.arrival: give them with --set KEY=VALUE "
        "(e.g. --set field=…), or run on a terminal without --no-input."
    ]


def test_new_without_a_terminal_does_not_ask(small):
    result = new(small, "dispatch")  # stdin is not a terminal here
    assert result.returncode == 2
    assert "specialist.database_id" in result.stderr


def test_new_refuses_an_invalid_record_and_writes_nothing(small):
    values = {**TRAINEE_VALUES, "period.departure": "2025-05-01"}
    result = new(small, "trainee", "--no-input", *sets(values))
    assert result.returncode == 1
    assert " error T103 [LGOTP-2025-004] " in result.stderr
    assert "LGOTP-2025-004.yaml was not written" in result.stderr
    assert not (small.path / "trainees" / "2025").exists()


def test_new_refuses_to_replace_a_file(small):
    target = small.path / "trainees" / "2025" / "LGOTP-2025-002.yaml"
    target.parent.mkdir(parents=True)
    target.write_text("# kept\n", encoding="utf-8")
    values = {**TRAINEE_VALUES, "id": "LGOTP-2025-002"}
    result = new(small, "trainee", "--no-input", *sets(values))
    assert result.returncode == 2
    assert "already exists; lgotp new never replaces a file" in result.stderr
    assert target.read_text(encoding="utf-8") == "# kept\n"


def test_new_refuses_a_duplicate_id(small):
    values = {**TRAINEE_VALUES, "id": "LGOTP-2025-003"}
    result = new(small, "trainee", "--no-input", *sets(values))
    assert result.returncode == 1
    assert " X301 " in result.stderr


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("period.arival=2025-05-26", "no key period.arival; did you mean period.arrival?"),
        ("period.arrival=2025-5-26", "--set period.arrival=2025-5-26: '2025-5-26' is not a date"),
        ("languages.english=yes", "'yes' is not allowed"),
        ("period.arrival", "--set takes KEY=VALUE"),
    ],
)
def test_new_bad_set_is_one_sentence_exit_2(small, item, message):
    result = new(small, "trainee", "--no-input", "--set", item)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr


def test_new_unknown_kind(small):
    result = new(small, "trainees", "--no-input")
    assert result.returncode == 2
    assert "there is no record kind 'trainees'" in result.stderr


NEW_DISPATCH = {
    "specialist.name.family": "Tanaka",
    "specialist.name.given": "Hiroshi",
    "specialist.employer.code": "272035",
    "specialist.database_id": "ICD-00999",
    "request.date": "2025-05-01",
    "request.local_government": "Hai Phong City People's Committee",
    "request.country": "VN",
    "request.purpose": "Non-revenue water reduction",
    "field": "water_supply_sewage",
    "period.departure": "2025-08-01",
    "period.return": "2025-08-20",
}
NEW_REQUEST = {
    "host.code": "232025",
    "selection.method": "clair",
    "conditions.countries": "PH; VN",
    "conditions.fields": "tourism",
    "conditions.language": "english",
    "conditions.months": "10",
}


@pytest.mark.parametrize(
    ("kind", "values", "file", "written"),
    [
        (
            "dispatch",
            NEW_DISPATCH,
            "dispatches/2025/DISP-2025-001.yaml",
            ["arrangement: business_trip"],
        ),
        # a request is for the coming year
        (
            "request",
            NEW_REQUEST,
            "requests/2026/REQ-2026-232025.yaml",
            ["intention: participate", "form1: 2025-06-01", "countries: [PH, VN]"],
        ),
    ],
    ids=["dispatch", "request"],
)
def test_new_dispatch_and_request(small, kind, values, file, written):
    result = new(small, kind, "--no-input", *sets(values))
    assert result.returncode == 0, result.stderr
    text = (small.path / file).read_text(encoding="utf-8")
    for line in written:
        assert line in text


def test_new_request_once_a_host_and_year(small):
    assert new(small, "request", "--no-input", *sets(NEW_REQUEST)).returncode == 0
    again = new(small, "request", "--no-input", *sets(NEW_REQUEST))
    assert again.returncode == 2 and "already a request of host 232025" in again.stderr
    later = new(small, "request", "--no-input", "--fiscal-year", "2027", *sets(NEW_REQUEST))
    assert later.returncode == 0, later.stderr
    assert (small.path / "requests" / "2027" / "REQ-2027-232025.yaml").is_file()


def test_new_asks_on_a_terminal(small, monkeypatch):
    monkeypatch.setattr(newrecord, "stdin_is_terminal", lambda: True)
    given = {k: v for k, v in TRAINEE_VALUES.items() if not k.startswith(("period.", "lang"))}
    # english: skipped; japanese: N2; arrival: wrong, then right; departure; the six proposed
    # phase dates taken with Enter.
    replies = "\nN2\n2025-05-32\n2025-05-26\n2026-03-19\n" + "\n" * 6
    result = CliRunner().invoke(
        app,
        ["--records", str(small.path), "--today", TODAY, "new", "trainee", *sets(given)],
        input=replies,
    )
    assert result.exit_code == 0, result.output
    assert "period.arrival: Arrival in Japan / 来日日 (YYYY-MM-DD)" in result.output
    assert "is not a date that exists" in result.output
    written = small.path / "trainees" / "2025" / "LGOTP-2025-004.yaml"
    text = written.read_text(encoding="utf-8")
    assert "languages:\n  japanese: N2\n" in text
    assert "arrival: 2025-05-26\n" in text
    assert "period.jiam.start: First day of JIAM (YYYY-MM-DD) [2025-05-29]:" in result.output
    assert "jiam:\n    start: 2025-05-29\n    end: 2025-06-27\n" in text


def test_new_with_no_input_never_asks_even_on_a_terminal(small, monkeypatch):
    monkeypatch.setattr(newrecord, "stdin_is_terminal", lambda: True)
    result = CliRunner().invoke(
        app, ["--records", str(small.path), "--today", TODAY, "new", "trainee", "--no-input"]
    )
    assert result.exit_code != 0
    assert "Arrival in Japan" not in result.output


# --- pre-commit -------------------------------------------------------------------------------


def test_pre_commit_hook():
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "lgotp-validate")
    assert hook["entry"] == "lgotp validate"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is True
    assert hook.get("always_run", False) is False
    files = re.compile(hook["files"])
    for path in (
        "records/trainees/2024/LGOTP-2024-007.yaml",
        "records/trainees/1996/fy1996.csv",
        "dispatches/2024/DISP-2024-001.yml",
        "requests/REQ-2025-232025.yaml",
        "records/lgotp.yaml",
    ):
        assert files.search(path), path
    for path in ("records/reports/trainees/LGOTP-2024-007.md", "docs/trainees/x.yaml", "x.yaml"):
        assert not files.search(path), path


def test_validate_as_the_hook_runs_it_reports_only_the_files_given(broken_root):
    good, bad = broken_root
    result = lgotp("--today", TODAY, "validate", str(good))
    assert result.returncode == 0, result.stdout
    result = lgotp("--today", TODAY, "validate", str(good), str(bad))
    assert result.returncode == 1


@pytest.fixture
def broken_root(root):
    good = root.record("trainee")
    bad = root.record("trainee", "id: EX-T2\nemployer: {type: other}\n")
    return good, bad


def test_new_on_a_terminal_stops_at_a_taken_host_and_keeps_answers_of_a_refused_record(
    small, monkeypatch
):
    monkeypatch.setattr(newrecord, "stdin_is_terminal", lambda: True)
    runner = CliRunner()
    base = ["--records", str(small.path), "--today", TODAY, "new"]
    first = runner.invoke(
        app,
        [*base, "request", "--set", "selection.method=independent"],
        input="232026\n232025\nsister_cty\nsister_city\nCebu City\n",
    )
    assert first.exit_code == 0, first.output
    assert "232026 has a wrong check digit: 232025 is 岡崎市 (Okazaki City)" in first.output
    assert "did you mean 'sister_city'?" in first.output
    again = runner.invoke(app, [*base, "request"], input="232025\n")
    assert again.exception is not None
    assert "already a request of host 232025" in str(again.exception)
    assert "selection.method" not in again.output  # stopped before the next question
    values = {k: v for k, v in TRAINEE_VALUES.items() if k != "period.departure"}
    # japanese: skipped; the departure; the Tokyo orientation and JIAM proposed (taken).
    refused = runner.invoke(
        app, [*base, "trainee", *sets(values)], input="\n2025-06-30\n" + "\n" * 4
    )
    assert refused.exit_code == 1
    assert " error T101 " in refused.output
    assert "to try again: lgotp new trainee " in refused.output
    assert "--set period.departure=2025-06-30" in refused.output
    assert "--set 'employer.name=Cebu City Government'" in refused.output


# The new dispatch, of a specialist who has retired (and so has no employer).
RETIRED_DISPATCH = {
    **{k: v for k, v in NEW_DISPATCH.items() if k != "specialist.employer.code"},
    "specialist.retired": "true",
}


def test_new_dispatch_of_a_retired_specialist_needs_no_employer_or_arrangement(small):
    result = new(small, "dispatch", "--no-input", *sets(RETIRED_DISPATCH))
    assert result.returncode == 0, result.stderr
    text = (small.path / "dispatches" / "2025" / "DISP-2025-001.yaml").read_text(encoding="utf-8")
    assert "retired: true" in text
    assert "arrangement" not in text and "employer" not in text


def test_new_dispatch_of_a_serving_specialist_asks_for_the_employer(small):
    serving = {k: v for k, v in RETIRED_DISPATCH.items() if k != "specialist.retired"}
    result = new(small, "dispatch", "--no-input", *sets(serving))
    assert result.returncode == 2
    assert "specialist.employer.code" in result.stderr
