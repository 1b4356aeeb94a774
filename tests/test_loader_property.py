"""Whatever bytes a file holds, reading it gives records or problems with a line: never an
exception, never anything constructed from a tag, never a file written under the root."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lgotp_cli.config import default_config
from lgotp_cli.rules.engine import validate
from lgotp_cli.source.loader import FileProblem, decode, load_yaml

SEED = (
    b"id: LGOTP-2024-007\nstatus: completed\nname: {family: Santos, given: Maria}\n"
    b"nationality: NO\nhost:\n  code: 011002\n  name: \xe5\xb2\xa1\xe5\xb4\x8e\xe5\xb8\x82\n"
    b"period:\n  arrival: 2024-09-30\n  departure: 2025-08-31\n"
    b"costs: {airfare: 180000}\nwaivers: [{rule: T114, reason: merged}]\n"
)
YAML_BITS = [
    b"&a ",
    b"*a",
    b"!!python/object/apply:os.system ['echo']",
    b"!tag ",
    b"---\n",
    b"...\n",
    b"[",
    b"]",
    b"{",
    b"}",
    b": ",
    b"- ",
    b"\t",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"'",
    b'"',
    b"|\n",
    b">-\n",
    b"? ",
    b"<<: *a\n",
    b"%YAML 1.1\n",
    b"\r\n",
    b"\x85",
    b"\xe2\x80\xa8",
    b"#",
    b"@",
    b"`",
    b"\xed\xa0\x80",
    b"\x82\xa0",
    b"  " * 30,
    b"key: value\n",
]


@st.composite
def damaged_yaml(draw) -> bytes:
    data = bytearray(SEED)
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        position = draw(st.integers(min_value=0, max_value=len(data)))
        choice = draw(st.integers(min_value=0, max_value=2))
        if choice == 0:
            data[position:position] = draw(st.sampled_from(YAML_BITS))
        elif choice == 1:
            end = min(len(data), position + draw(st.integers(min_value=1, max_value=20)))
            del data[position:end]
        else:
            data[position:position] = draw(st.binary(max_size=8))
    return bytes(data)


def _read(data: bytes) -> None:
    try:
        text = decode(data)
    except FileProblem as stop:
        assert stop.problem.line >= 1 and stop.problem.column >= 1
        return
    raw = load_yaml(Path("x.yaml"), "trainee", text)
    for problem in raw.problems:
        assert problem.code.startswith("L") and problem.line >= 1 and problem.column >= 1
    for record in raw.records:
        _only_plain_values(record.data)


def _only_plain_values(value) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, str)
            _only_plain_values(item)
    elif isinstance(value, list):
        for item in value:
            _only_plain_values(item)
    else:
        assert value is None or isinstance(value, str)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes(data):
    _read(data)


@settings(max_examples=600, deadline=None)
@given(damaged_yaml())
def test_damaged_yaml(data):
    _read(data)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(files=st.lists(damaged_yaml(), min_size=1, max_size=4))
def test_validate_survives_damaged_files_and_writes_nothing(tmp_path_factory, files):
    root = tmp_path_factory.mktemp("records")
    (root / "trainees").mkdir()
    for index, data in enumerate(files):
        (root / "trainees" / f"r{index}.yaml").write_bytes(data)
    before = sorted(os.walk(root))
    from datetime import date

    result = validate(root, default_config(), date(2025, 6, 1))
    for diagnostic in result.diagnostics:
        assert diagnostic.line >= 1 and diagnostic.column >= 1
        assert diagnostic.code[0] in "LSTDRX"
    assert sorted(os.walk(root)) == before
