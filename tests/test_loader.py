"""The loader: values as written, positions, and every L problem of a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from lgotp_cli.source.discover import read_record_file
from lgotp_cli.source.loader import MAX_FILE_BYTES, decode, load_yaml


def load(text: str | bytes):
    data = text.encode() if isinstance(text, str) else text
    from lgotp_cli.source.loader import FileProblem

    try:
        source = decode(data)
    except FileProblem as stop:
        return None, [(stop.problem.code, stop.problem.line, stop.problem.column)]
    raw = load_yaml(Path("x.yaml"), "trainee", source)
    problems = [(p.code, p.line, p.column) for p in raw.problems]
    return (raw.records[0] if raw.records else None), problems


def test_values_come_through_as_written():
    record, problems = load(
        "nationality: NO\ncode: 011002\nid: 1e3\ntime: 12:30\nenglish: yes\narrival: 2024-04-01\n"
        "quoted: '2024-04-01'\nempty:\nnull_word: null\ntilde: ~\nquoted_null: 'null'\n"
    )
    assert problems == []
    assert record.data == {
        "nationality": "NO",
        "code": "011002",
        "id": "1e3",
        "time": "12:30",
        "english": "yes",
        "arrival": "2024-04-01",
        "quoted": "2024-04-01",
        "empty": None,
        "null_word": None,
        "tilde": None,
        "quoted_null": "null",
    }


def test_positions_of_values_and_keys():
    record, _ = load(
        "id: A\nperiod:\n  arrival: 2024-04-01\n  jiam: {start: 2024-06-01}\nlist: [a, b]\n"
    )
    assert record.start == (1, 1)
    assert record.value_position(("period", "arrival")) == (3, 12)
    assert record.key_position(("period", "arrival")) == (3, 3)
    assert record.value_position(("period", "jiam", "start")) == (4, 17)
    assert record.value_position(("list", 1)) == (5, 11)
    assert record.locate(("period", "missing")) == (3, 3)  # the enclosing mapping
    assert record.locate(("nothing",)) == (1, 1)


def test_bom_and_crlf_are_fine_and_keep_positions():
    record, problems = load(b"\xef\xbb\xbfid: A\r\nname: B\r\n")
    assert problems == []
    assert record.data == {"id": "A", "name": "B"}
    assert record.value_position(("name",)) == (2, 7)


def test_columns_count_characters_not_bytes():
    record, _ = load("name: {native: 田中, family: Tanaka}\n")
    assert record.value_position(("name", "family")) == (1, 28)  # 32 if bytes were counted


def test_list_of_records():
    raw = load_yaml(Path("x.yaml"), "trainee", decode(b"- id: A\n- id: B\n  x: 1\n"))
    assert [r.data["id"] for r in raw.records] == ["A", "B"]
    assert raw.records[1].start == (2, 3)
    assert raw.records[1].value_position(("x",)) == (3, 6)
    assert not raw.single


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1\nb: 2\na: 3\n", ("L003", 3, 1)),
        ("a: &x 1\nb: *x\n", ("L004", 1, 4)),
        ("a: 1\nb: *x\n", ("L004", 2, 4)),  # an alias, even to no anchor
        ("a: !!python/object:os.system echo\n", ("L004", 1, 4)),
        ("a: !custom 1\n", ("L004", 1, 4)),
        ("!!map {a: 1}\n", ("L004", 1, 1)),
        ("", ("L005", 1, 1)),
        ("# only a comment\n", ("L005", 1, 1)),
        ("just text\n", ("L005", 1, 1)),
        ("- a\n- b\n", ("L005", 1, 1)),
        ("a: 1\n---\nb: 2\n", ("L005", 2, 1)),
        ("a: [1, 2\nb: 3\n", ("L001", 2, 2)),
        ("a: 'unclosed\n", ("L001", 2, 1)),
        ("a: 1\n\tb: 2\n", ("L001", 2, 1)),
        ("a: 1\x00\n", ("L001", 1, 5)),
    ],
)
def test_file_problems(text, expected):
    record, problems = load(text)
    assert problems[0] == expected
    if expected[0] != "L003":
        assert record is None


def test_duplicate_key_names_both_lines():
    raw = load_yaml(Path("x.yaml"), "trainee", decode(b"id: A\nname: B\nid: C\n"))
    assert "line 1" in raw.problems[0].message and "line 3" in raw.problems[0].message


def test_nesting_deeper_than_twenty_levels():
    _, ok = load("a: " + "[" * 19 + "]" * 19 + "\n")
    assert ok == []
    _, deep = load("a: " + "[" * 20 + "]" * 20 + "\n")
    assert deep[0][0] == "L006"
    _, block = load("".join("  " * i + f"k{i}:\n" for i in range(25)) + "  " * 25 + "v\n")
    assert block[0][0] == "L006"


DEEP_FLOW_CASES = [
    # (text, where level 21 opens): quoted brackets and comments do not count.
    ("[" * 1100, (1, 21)),
    ("a: " + "[" * 1100, (1, 23)),
    ('a:\n  b: [x, \'y[\', "z\\"[", # c [\n   ' + "[" * 1100, (3, 21)),
    ("a:\r\n  b: {k: '[''['}\r\n  c: " + "{d: " * 1100, (3, 6 + 4 * 18)),
]


@pytest.mark.parametrize(("text", "where"), DEEP_FLOW_CASES)
def test_deep_flow_nesting_is_l006_at_level_21(text, where):
    _, problems = load(text + "\n")
    assert problems[0] == ("L006", *where)


class _DepthLimitedParse:
    """yaml.parse as a libyaml build with a nesting limit of its own behaves: it scans flow
    indicators ahead and stops with its own error before the events of level 21 are out."""

    def __init__(self, real_parse, limit: int) -> None:
        self.real_parse = real_parse
        self.limit = limit

    def __call__(self, text, Loader):
        import yaml

        open_flows: list[bool] = []  # for each open collection, whether it is a flow one
        for event in self.real_parse(text, Loader=Loader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                open_flows.append(bool(event.flow_style))
                if sum(open_flows) >= self.limit:
                    mark = event.start_mark
                    raise yaml.scanner.ScannerError(
                        "while increasing flow level", None, "exceeded maximum nesting depth", mark
                    )
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                open_flows.pop()
            yield event


@pytest.mark.parametrize("limit", [1, 3, 21])
@pytest.mark.parametrize(("text", "where"), DEEP_FLOW_CASES)
def test_deep_flow_nesting_is_l006_whatever_the_parser_limit(monkeypatch, text, where, limit):
    """The same answer when libyaml refuses the nesting itself, early or late."""
    import yaml

    from lgotp_cli.source import loader

    monkeypatch.setattr(loader.yaml, "parse", _DepthLimitedParse(yaml.parse, limit))
    _, problems = load(text + "\n")
    assert problems[0] == ("L006", *where)


def test_parser_depth_limit_anywhere_else_is_l006_not_a_syntax_error(monkeypatch):
    import yaml

    from lgotp_cli.source import loader

    error = yaml.scanner.ScannerError(
        "while increasing block level",
        None,
        "exceeded maximum nesting depth",
        yaml.Mark("x", 0, 4, 9, None, None),
    )
    problem = loader._syntax_problem(error)
    assert (problem.code, problem.line, problem.column) == ("L006", 5, 10)


def test_billion_laughs_is_refused_without_expanding():
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    _, problems = load("\n".join(lines) + "\n")
    assert problems[0] == ("L004", 1, 5)


def test_not_utf8_names_cp932():
    _, problems = load("name: 岡崎市\n".encode("cp932"))
    assert problems[0][0] == "L002"
    from lgotp_cli.source.loader import FileProblem

    with pytest.raises(FileProblem) as stop:
        decode("id: A\nname: 岡崎市\n".encode("cp932"))
    assert "Shift_JIS/CP932" in stop.value.problem.message
    assert stop.value.problem.line == 2


def test_utf16_is_named():
    from lgotp_cli.source.loader import FileProblem

    with pytest.raises(FileProblem) as stop:
        decode("id: A\n".encode("utf-16"))
    assert "UTF-16" in stop.value.problem.message


def test_lone_surrogate_bytes_are_not_utf8():
    _, problems = load(b"id: \xed\xa0\x80\n")
    assert problems[0][0] == "L002"


def test_file_larger_than_five_mib(tmp_path):
    path = tmp_path / "trainees" / "big.yaml"
    path.parent.mkdir()
    path.write_bytes(b"id: A\n" + b"#" * MAX_FILE_BYTES)
    raw = read_record_file(path, "trainee", tmp_path)
    assert [(p.code, p.line) for p in raw.problems] == [("L006", 1)]


def test_record_file_linking_outside_the_root_is_not_read(tmp_path):
    secret = tmp_path / "secret.yaml"
    secret.write_text("id: SECRET\n")
    root = tmp_path / "records"
    (root / "trainees").mkdir(parents=True)
    link = root / "trainees" / "link.yaml"
    link.symlink_to(secret)
    raw = read_record_file(link, "trainee", root)
    assert raw.records == []
    assert raw.problems[0].code == "X305"
