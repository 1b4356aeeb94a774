"""Fuzz the record loader and the whole validate path with Hypothesis (outside the test run).

    python bench/fuzz.py --examples 100000 [--seed 1] [--findings DIR] [--timeout 10]

Every input is a record file's bytes (YAML or a CSV sheet) from one of five sources: random
bytes; mutations of the sample records, of the hostile corpus and of CSV sheets exported from
the sample records (fragments of YAML and CSV syntax inserted, ranges deleted, repeated,
spliced, re-encoded); records built from the schema's keys with YAML 1.1 traps and hostile text
as values, written in random styles (plain, quoted, flow, block, duplicate keys, deep nesting);
and, rarely, big shapes (thousands of keys, duplicated or not, long scalars, many records, deep
nesting) to measure how time grows with size. Each input goes

1. through the loader (``decode`` and ``parse_text``): every problem has an L code and a line
   and column >= 1; every value read is a dict, list, str or None (nothing constructed from a
   tag; YAML keys are str, a CSV sheet's numbered columns may give int keys); and
2. through the whole validate engine (``lgotp_cli.rules.engine.validate`` on a records root in a
   temporary folder, the file beside one valid record of each kind): every diagnostic has a
   registered code, a severity and a line and column >= 1.

No exception may escape either, and no input may take longer than its size warrants: more than
``--timeout`` seconds, or more than 0.5 s plus ``--ms-per-kib`` (default 5, five times the
engine's usual throughput) per KiB, is a finding. Findings are grouped by where they happen;
one example of each (the smallest) is written to ``--findings``. Exit status 1 if any.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import hashlib
import json
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from lgotp_cli.config import default_config  # noqa: E402
from lgotp_cli.diagnostics import Severity  # noqa: E402
from lgotp_cli.models.keys import model_keys  # noqa: E402
from lgotp_cli.rules.engine import validate  # noqa: E402
from lgotp_cli.rules.examples import BASE_RECORDS, EXAMPLE_REPORT  # noqa: E402
from lgotp_cli.rules.registry import get_rule  # noqa: E402
from lgotp_cli.source.discover import parse_text  # noqa: E402
from lgotp_cli.source.loader import FileProblem, decode  # noqa: E402

TODAY = date(2025, 6, 1)
FOLDERS = {"trainee": "trainees", "dispatch": "dispatches", "request": "requests"}

# --- seeds and fragments ------------------------------------------------------------------------

YAML_BITS = [
    b"&a ", b"*a", b"!!python/object/apply:os.system ['true']", b"!tag ", b"! ", b"---\n",
    b"...\n", b"[", b"]", b"{", b"}", b": ", b"- ", b"? ", b"\t", b"\x00", b"\xff\xfe",
    b"\xef\xbb\xbf", b"'", b'"', b"|\n", b">-\n", b"|+2\n", b"<<: *a\n", b"%YAML 1.1\n",
    b"%TAG !p! tag:yaml.org,2002:python/\n", b"\r\n", b"\r", b"\x85", b"\xe2\x80\xa8", b"#",
    b"@", b"`", b"\xed\xa0\x80", b"\x82\xa0", b"\x93\xfa\x96\x7b", b"  " * 25, b"- " * 25,
    b"? " * 25, b"[" * 30, b"{a: " * 30, b"key: value\n", b"id: X\n", b"id: X\n" * 3,
    b'"\\x01\\u0000\\ud800"', b"NO", b"011002", b"1e3", b"12:30", b"yes", b"~", b"2024-4-1",
    b"2025-02-29", b"0x1F", b".inf", b"\xe5\xb2\xa1\xe5\xb4\x8e\xe5\xb8\x82",
]  # fmt: skip
CSV_BITS = [
    b",", b'"', b'""', b"\n", b"\r\n", b"\r", b"\x00", b"\xef\xbb\xbf", b"0", b"0,1\n",
    b"waivers.0.rule", b"waivers.x", b"a..b", b".", b"name.0", b"period.arrival.x",
    b"=1+1", b"'=1+1", b"\t", b";", b"PH; VN", b"\x82\xa0", b"\xed\xa0\x80", b"id",
]  # fmt: skip
TRAPS = [
    "NO", "011002", "1e3", "12:30", "yes", "no", "on", "~", "null", "", " ", "2024-04-01",
    "2024-4-1", "2025-02-29", "0x1F", "1_000", ".inf", "-.nan", "180000", "-5", "1.5",
    "¥1,200,000", "B2", "N1", "C3", "232025", "232026", "130001", "999999", "PH", "JP", "ZZ",
    "tourism", "clair", "independent", "withdrawn", "completed", "planned", "T101", "X306",
    "reports/x.md", "../../etc/passwd", "/etc/passwd", "=1+1", "<script>alert(1)</script>",
    "{{7*7}}", "岡崎市", "a\nb", "\t", "x" * 300,
]  # fmt: skip


def _keys(kind: str) -> list[tuple[str, ...]]:
    return [tuple(key.split(".")) for key in model_keys(kind)]


def _seeds() -> tuple[list[bytes], list[bytes], list[bytes]]:
    """(YAML seeds, CSV seeds, hostile seeds)."""
    yaml_seeds = [text.encode() for text in BASE_RECORDS.values()]
    yaml_seeds += [p.read_bytes() for p in sorted((REPO / "records").rglob("*.yaml"))[:60]]
    hostile = [p.read_bytes() for p in sorted((REPO / "tests" / "hostile" / "corpus").iterdir())]
    csv_seeds = []
    with contextlib.suppress(Exception):
        from lgotp_cli.sheets.export import to_csv
        from lgotp_cli.source.records import load_records

        loaded = load_records(REPO / "records")
        gc.unfreeze()
        for kind in FOLDERS:
            chosen = [r for r in loaded.records if r.kind == kind]
            if chosen:
                csv_seeds.append(to_csv(chosen[:8]).encode("utf-8"))
    csv_seeds.append(b"id,name.family,name.given,nationality\nEX-T,Santos,Maria,PH\n")
    return yaml_seeds, csv_seeds, hostile


YAML_SEEDS, CSV_SEEDS, HOSTILE_SEEDS = _seeds()


# --- strategies ---------------------------------------------------------------------------------


@st.composite
def mutated(draw, seeds: list[bytes], bits: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        how = draw(st.integers(0, 9))
        if how <= 2:
            data[at:at] = draw(st.sampled_from(bits))
        elif how == 3:
            del data[at : at + draw(st.integers(1, 40))]
        elif how == 4:
            data[at:at] = draw(st.binary(max_size=8))
        elif how == 5:  # repeat a slice: size, and repeated keys and records
            end = min(len(data), at + draw(st.integers(1, 200)))
            data[at:at] = bytes(data[at:end]) * draw(st.integers(1, 50))
        elif how == 6:  # splice another seed in
            other = draw(st.sampled_from(seeds))
            start = draw(st.integers(0, len(other)))
            data[at:at] = other[start : start + draw(st.integers(1, 400))]
        elif how == 7:  # indent or dedent a line
            line = data.rfind(b"\n", 0, at) + 1
            if draw(st.booleans()):
                data[line:line] = b" " * draw(st.integers(1, 6))
            elif data[line : line + 2] == b"  ":
                del data[line : line + 2]
        elif how == 8:
            if draw(st.booleans()):
                del data[at:]
            else:  # a new first line: the header of a sheet, a directive, a document start
                end = data.find(b"\n")
                data[: end if end >= 0 else len(data)] = draw(st.sampled_from(bits))
        elif at < len(data):
            data[at] = draw(st.integers(0, 255))
    result = bytes(data)
    encoding = draw(st.sampled_from([None] * 12 + ["utf-16", "utf-16-le", "cp932", "bom"]))
    if encoding == "bom":
        result = b"\xef\xbb\xbf" + result
    elif encoding:
        with contextlib.suppress(UnicodeError):
            result = result.decode("utf-8").encode(encoding)
    return result


def _scalar(draw) -> str:
    if draw(st.integers(0, 3)) == 0:
        return draw(st.text(max_size=12))
    return draw(st.sampled_from(TRAPS))


def _quote(draw, text: str) -> str:
    style = draw(st.integers(0, 4))
    if style == 0:
        return json.dumps(text, ensure_ascii=draw(st.booleans()))
    if style == 1:
        return "'" + text.replace("'", "''") + "'"
    return text  # plain, as people type it (and sometimes not valid YAML)


def _emit(draw, value, indent: int, depth: int) -> str:
    """YAML text for ``value``, in a random style, without a YAML library's care."""
    pad = "  " * indent
    flow = draw(st.integers(0, 4)) == 0
    if isinstance(value, dict):
        items = list(value.items())
        if items and draw(st.integers(0, 15)) == 0:
            items.append(items[0])  # a duplicate key
        if flow or not items:
            inner = ", ".join(f"{k}: {_emit(draw, v, 0, depth + 1).strip()}" for k, v in items)
            return "{" + inner + "}"
        lines = []
        for key, item in items:
            if isinstance(item, dict | list) and item:
                lines.append(f"{pad}{key}:\n{_emit(draw, item, indent + 1, depth + 1)}")
            else:
                lines.append(f"{pad}{key}: {_emit(draw, item, 0, depth + 1).strip()}")
        return "\n".join(lines)
    if isinstance(value, list):
        if flow or not value:
            return "[" + ", ".join(_emit(draw, v, 0, depth + 1).strip() for v in value) + "]"
        lines = []
        for item in value:
            text = _emit(draw, item, indent + 1, depth + 1)
            lines.append(f"{pad}- {text.strip()}" if "\n" not in text else f"{pad}-\n{text}")
        return "\n".join(lines)
    if value is None:
        return draw(st.sampled_from(["", "~", "null"]))
    return _quote(draw, str(value))


def _nested(draw, depth: int):
    if depth <= 0 or draw(st.integers(0, 2)) == 0:
        return _scalar(draw)
    if draw(st.booleans()):
        return [_nested(draw, depth - 1) for _ in range(draw(st.integers(0, 3)))]
    return {
        draw(st.sampled_from(["a", "b", "rule", "start", "end", "x"])): _nested(draw, depth - 1)
        for _ in range(draw(st.integers(0, 3)))
    }


@st.composite
def built(draw) -> tuple[str, str, bytes]:
    """A record of a kind from its base example, keys dropped, changed, added; YAML or CSV."""
    from lgotp_cli.rules.examples import read_fragment

    kind = draw(st.sampled_from(list(FOLDERS)))
    record = read_fragment(BASE_RECORDS[kind])
    keys = _keys(kind)
    for _ in range(draw(st.integers(0, 6))):
        path = draw(st.sampled_from(keys))
        how = draw(st.integers(0, 3))
        node = record
        for step in path[:-1]:
            child = node.get(step) if isinstance(node, dict) else None
            if not isinstance(child, dict):
                child = {}
                if isinstance(node, dict):
                    node[step] = child
            node = child
        if how == 0:
            node.pop(path[-1], None)
        elif how == 1:
            node[path[-1]] = _scalar(draw)
        elif how == 2:
            node[path[-1]] = _nested(draw, draw(st.integers(1, 4)))
        else:
            node[draw(st.sampled_from(["arival", "nationalty", "x", "status ", "ID"]))] = "1"
    if draw(st.integers(0, 30)) == 0:  # deep, past the limit of 20 levels
        deep: object = "x"
        for _ in range(draw(st.integers(15, 30))):
            deep = {"a": deep} if draw(st.booleans()) else [deep]
        record["notes"] = deep
    if draw(st.integers(0, 3)) == 0:
        return kind, ".csv", _csv(draw, [record] * draw(st.integers(1, 3)))
    value = record if draw(st.integers(0, 3)) else [record, record]
    return kind, ".yaml", (_emit(draw, value, 0, 0) + "\n").encode("utf-8", "surrogatepass")


def _csv(draw, records: list[dict]) -> bytes:
    from lgotp_cli.keys import flatten

    rows = [flatten(r) if isinstance(r, dict) else {} for r in records]
    columns = sorted({key for row in rows for key in row})
    if draw(st.integers(0, 5)) == 0:
        columns.append(draw(st.sampled_from(["0", "1", "waivers.0", "a..b", ".", "id.0"])))
    lines = [",".join(columns)]
    for row in rows:
        cells = []
        for column in columns:
            text = str(row.get(column, ""))
            if draw(st.integers(0, 3)) == 0 or any(c in text for c in ',"\n\r'):
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        lines.append(",".join(cells))
    return ("\r\n" if draw(st.booleans()) else "\n").join(lines).encode("utf-8", "surrogatepass")


@st.composite
def big(draw) -> tuple[str, str, str, bytes]:
    """Big shapes, to see how time grows with size (up to about 256 KiB)."""
    shape = draw(st.sampled_from(["keys", "duplicates", "scalar", "records", "deep", "sheet"]))
    count = draw(st.integers(100, 12_000))
    if shape == "keys":
        text = "id: EX-T\n" + "".join(f"k{i}: {i}\n" for i in range(count))
    elif shape == "duplicates":
        text = "".join(f"k{i}: 1\n" for i in range(count)) * 2
    elif shape == "scalar":
        text = BASE_RECORDS["trainee"] + "notes: " + "x" * (count * 20) + "\n"
    elif shape == "records":
        record = BASE_RECORDS["trainee"].replace("\n", "\n  ").rstrip()
        text = "".join(f"- {record.replace('EX-T', f'EX-{i}')}\n" for i in range(count // 40))
    elif shape == "deep":
        text = "notes: " + "[" * count + "]" * count + "\n"
    else:
        header = "id,name.family,name.given,nationality,notes"
        body = "".join(f"EX-{i},Santos,Maria,PH,note {i}\n" for i in range(count))
        return "big-sheet", "trainee", ".csv", (header + "\n" + body).encode()
    return f"big-{shape}", "trainee", ".yaml", text.encode()


def source_strategy(source: str):
    """The strategy of one source of inputs: (source, kind, suffix, bytes)."""
    kinds = st.sampled_from(list(FOLDERS))
    if source == "big":
        return big()
    if source == "built":
        return built().map(lambda made: ("built", *made))
    if source == "random":
        return st.tuples(
            st.just("random"), kinds, st.sampled_from([".yaml", ".csv"]), st.binary(max_size=2048)
        )
    seeds, bits, suffix = {
        "mutated-yaml": (YAML_SEEDS, YAML_BITS, ".yaml"),
        "mutated-csv": (CSV_SEEDS, CSV_BITS, ".csv"),
        "mutated-hostile": (HOSTILE_SEEDS, YAML_BITS, ".yaml"),
    }[source]
    return st.tuples(st.just(source), kinds, st.just(suffix), mutated(seeds, bits))


# Shares of every 2,000 inputs. Hypothesis leans towards small integers, so a source drawn by it
# would not keep to shares; each source runs as a batch of its own instead.
SCHEDULE = [
    ("random", 300),
    ("mutated-yaml", 600),
    ("mutated-csv", 300),
    ("mutated-hostile", 200),
    ("built", 590),
    ("big", 10),
]


# --- the target ---------------------------------------------------------------------------------


class Hang(Exception):
    """An input ran past --timeout."""


@dataclass
class Finding:
    signature: str
    detail: str
    example: bytes
    suffix: str
    kind: str = "trainee"
    count: int = 1
    score: float = 0.0  # for a slow input: seconds over budget, as a ratio


@dataclass
class Campaign:
    timeout: float
    ms_per_kib: float
    root: Path
    examples: int = 0
    by_source: Counter = field(default_factory=Counter)
    findings: dict[str, Finding] = field(default_factory=dict)
    slowest: list[tuple[float, int, str, str]] = field(default_factory=list)  # s, bytes, src, stage
    per_kib: list[tuple[float, float, int, str, str]] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)

    def note(
        self, signature: str, detail: str, data: bytes, suffix: str, kind: str, score: float = 0
    ) -> None:
        """Count a finding; keep the smallest example, or for a slow input the one furthest
        over its budget (``score``), which is the one worth timing again."""
        found = self.findings.get(signature)
        if found is None:
            self.findings[signature] = Finding(signature, detail, data, suffix, kind, score=score)
            return
        found.count += 1
        better = score > found.score if score else len(data) < len(found.example)
        if better:
            found.example, found.detail, found.suffix, found.kind = data, detail, suffix, kind
            found.score = score

    def budget(self, size: int) -> float:
        return 0.5 + max(size / 1024, 1.0) * self.ms_per_kib / 1000

    def timed(
        self, seconds: float, data: bytes, suffix: str, kind: str, source: str, stage: str
    ) -> None:
        size = len(data)
        self.slowest.append((seconds, size, source, stage))
        self.slowest = sorted(self.slowest, reverse=True)[:5]
        kib = max(size / 1024, 1.0)
        self.per_kib.append((seconds * 1000 / kib, seconds, size, source, stage))
        self.per_kib = sorted(self.per_kib, reverse=True)[:5]
        budget = self.budget(size)
        if seconds > budget:
            self.note(
                f"slow: {stage} ({source})",
                f"{seconds:.2f} s for {size / 1024:.0f} KiB (budget {budget:.2f} s)",
                data,
                suffix,
                kind,
                score=seconds / budget,
            )


def _signature(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "lgotp_cli" in f.filename] or frames
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    return f"{type(error).__name__} at {where}"


def _plain(value, *, int_keys: bool) -> bool:
    if isinstance(value, dict):
        return all(
            (isinstance(k, str) or (int_keys and isinstance(k, int)))
            and _plain(v, int_keys=int_keys)
            for k, v in value.items()
        )
    if isinstance(value, list):
        return all(_plain(v, int_keys=int_keys) for v in value)
    return value is None or isinstance(value, str)


def _alarm(_signum, _frame):
    raise Hang()


def check_loader(data: bytes, kind: str, suffix: str) -> list[str]:
    problems = []
    # The engine reads files with the cyclic collector off; so does this, or the collector's
    # walks over this process's own heap (Hypothesis's) would be timed as the loader's.
    gc.disable()
    try:
        text = decode(data)
    except FileProblem as stop:
        found = [stop.problem]
        records = []
    else:
        raw = parse_text(Path("fuzz" + suffix), kind, text)
        found, records = raw.problems, raw.records
    finally:
        gc.enable()
    for problem in found:
        if problem.code[0] not in "LS" or get_rule(problem.code) is None:
            problems.append(f"loader: unknown code {problem.code}")
        if problem.line < 1 or problem.column < 1:
            problems.append(f"loader: {problem.code} at line {problem.line} col {problem.column}")
    for record in records:
        if not isinstance(record.data, dict):
            problems.append(f"loader: a record that is a {type(record.data).__name__}")
        elif not _plain(record.data, int_keys=suffix == ".csv"):
            problems.append("loader: a value that is not dict, list, str or None")
    return problems


def check_engine(data: bytes, kind: str, suffix: str, root: Path) -> list[str]:
    target = root / FOLDERS[kind] / ("fuzz" + suffix)
    target.write_bytes(data)
    try:
        result = validate(root, default_config(), TODAY)
    finally:
        target.unlink()
        gc.unfreeze()  # the engine freezes what it read; in one long process, let it go
    problems = []
    for d in result.diagnostics:
        if get_rule(d.code) is None:
            problems.append(f"engine: unknown code {d.code}")
        if d.line < 1 or d.column < 1:
            problems.append(f"engine: {d.code} at line {d.line} col {d.column}")
        if not isinstance(d.severity, Severity):
            problems.append(f"engine: severity {d.severity!r}")
    return problems


def run_one(campaign: Campaign, source: str, kind: str, suffix: str, data: bytes) -> None:
    campaign.examples += 1
    campaign.by_source[source] += 1
    for stage, check in (
        ("loader", lambda: check_loader(data, kind, suffix)),
        ("engine", lambda: check_engine(data, kind, suffix, campaign.root)),
    ):
        signal.setitimer(signal.ITIMER_REAL, campaign.timeout)
        start = time.perf_counter()
        try:
            problems = check()
        except Hang:
            campaign.note(
                f"hang: {stage} ({source})", f"over {campaign.timeout} s", data, suffix, kind
            )
            continue
        except KeyboardInterrupt:
            raise
        except BaseException as error:  # everything that escapes is a finding
            detail = "".join(traceback.format_exception(error))
            campaign.note(f"{stage}: {_signature(error)}", detail, data, suffix, kind)
            continue
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        campaign.timed(time.perf_counter() - start, data, suffix, kind, source, stage)
        for problem in problems:
            campaign.note(problem, problem, data, suffix, kind)


def make_root() -> Path:
    root = Path(tempfile.mkdtemp(prefix="lgotp-fuzz-")) / "records"
    for folder in FOLDERS.values():
        (root / folder).mkdir(parents=True)
    # One valid record of each kind beside the input, so that cross-record rules have company.
    for kind, folder in FOLDERS.items():
        text = BASE_RECORDS[kind].replace("id: EX-", "id: BASE-")
        (root / folder / f"BASE-{kind[0].upper()}.yaml").write_text(text, encoding="utf-8")
    (root / "reports").mkdir()
    (root / "reports" / "EX-D.md").write_text(EXAMPLE_REPORT, encoding="utf-8")
    return root


def fuzz(campaign: Campaign, source: str, count: int, batch_seed: int) -> None:
    @seed(batch_seed)
    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(source_strategy(source))
    def target(example) -> None:
        run_one(campaign, *example)

    target()


def replay(path: Path, kind: str) -> dict:
    """One input through both stages, timed, in this (fresh) process."""
    data = path.read_bytes()
    root = make_root()
    outcome: dict = {"bytes": len(data)}
    for stage, check in (
        ("loader", lambda: check_loader(data, kind, path.suffix)),
        ("engine", lambda: check_engine(data, kind, path.suffix, root)),
    ):
        start = time.perf_counter()
        try:
            outcome[f"{stage}_problems"] = check()
        except Exception as error:
            outcome[f"{stage}_error"] = _signature(error)
        outcome[f"{stage}_seconds"] = round(time.perf_counter() - start, 3)
    shutil.rmtree(root.parent, ignore_errors=True)
    return outcome


def confirm(found: Finding, campaign: Campaign) -> tuple[bool, str]:
    """Time a slow (or hanging) input again in a fresh process: is it slow there too?"""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{found.suffix}"
        path.write_bytes(found.example)
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--replay", str(path), "--kind", found.kind],
                capture_output=True,
                text=True,
                timeout=120,
            )
        except subprocess.TimeoutExpired:
            return True, "still running after 120 s in a fresh process"
    try:
        outcome = json.loads(done.stdout)
    except json.JSONDecodeError:
        return True, f"replay failed: {done.stderr.strip()[-200:]}"
    stage = found.signature.split()[1]
    seconds = outcome[f"{stage}_seconds"]
    budget = campaign.budget(len(found.example))
    return seconds > budget, f"{seconds:.2f} s in a fresh process, budget {budget:.2f} s"


def report(campaign: Campaign, findings_dir: Path | None) -> int:
    elapsed = time.perf_counter() - campaign.started
    print(
        f"\n{campaign.examples:,} inputs in {elapsed / 60:.1f} min "
        f"({campaign.examples / elapsed:.0f}/s); by source: "
        + ", ".join(f"{name} {n:,}" for name, n in sorted(campaign.by_source.items()))
    )
    print("slowest (seconds, bytes, source, stage):")
    for seconds, size, source, stage in campaign.slowest:
        print(f"  {seconds:.3f} s  {size:>9,} B  {source}  {stage}")
    print("slowest per KiB (ms/KiB, seconds, bytes, source, stage; size floored at 1 KiB):")
    for per, seconds, size, source, stage in campaign.per_kib:
        print(f"  {per:8.2f} ms/KiB  {seconds:.3f} s  {size:>9,} B  {source}  {stage}")
    if not campaign.findings:
        print("no findings: no exception escaped, every diagnostic had a line, no slow input")
        return 0
    print(f"{len(campaign.findings)} finding(s):")
    confirmed = 0
    for found in sorted(campaign.findings.values(), key=lambda f: -f.count):
        digest = hashlib.sha1(found.example).hexdigest()[:12]
        name = f"{digest}.{found.kind}{found.suffix}"
        line = f"  {found.count:>6,} × {found.signature}  ({found.detail.strip().splitlines()[-1]}"
        which = "slowest" if found.score else "smallest"
        line += f"; {which}: {len(found.example):,} B, {name})"
        real = True
        if found.signature.startswith(("slow:", "hang:")):
            real, how = confirm(found, campaign)
            line += f"\n           {'confirmed' if real else 'NOT confirmed'}: {how}"
        confirmed += real
        if findings_dir is not None:
            findings_dir.mkdir(parents=True, exist_ok=True)
            (findings_dir / name).write_bytes(found.example)
            (findings_dir / f"{digest}.txt").write_text(
                f"{found.signature}\n\n{found.detail}", encoding="utf-8"
            )
        print(line)
    if findings_dir is not None:
        print(
            f"examples in {findings_dir}; replay one: python bench/fuzz.py --replay FILE --kind K"
        )
    return 1 if confirmed else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per input and stage")
    parser.add_argument("--ms-per-kib", type=float, default=5.0)
    parser.add_argument("--findings", type=Path, default=None, help="write examples here")
    parser.add_argument("--replay", type=Path, help="run one input file and print its timings")
    parser.add_argument("--kind", default="trainee", choices=list(FOLDERS))
    args = parser.parse_args()
    if args.replay is not None:
        print(json.dumps(replay(args.replay, args.kind)))
        return

    signal.signal(signal.SIGALRM, _alarm)
    campaign = Campaign(args.timeout, args.ms_per_kib, make_root())
    batch = 0
    try:
        while campaign.examples < args.examples:
            before = campaign.examples
            for source, share in SCHEDULE:
                count = min(share, args.examples - campaign.examples)
                if count > 0:
                    fuzz(campaign, source, count, args.seed * 1_000_003 + batch)
                    batch += 1
            elapsed = time.perf_counter() - campaign.started
            print(
                f"{campaign.examples:,} inputs, {elapsed:.0f} s, "
                f"{len(campaign.findings)} finding(s)",
                flush=True,
            )
            if campaign.examples == before:
                break  # Hypothesis found nothing new to try
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
    sys.exit(report(campaign, args.findings))


if __name__ == "__main__":
    main()
