"""`lgotp diff` end to end, on throwaway git repositories built in each test.

Every repository holds a copy of the sample records under ``data/records`` (so the records root
is not the top of the repository) with one first commit on ``main``; tests change records,
commit, branch and clone, then run ``lgotp diff`` as a fresh process, as CI would.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from support.paths import SAMPLE
from support.records import write_file
from support.run import Run, assert_one_sentence, environment, git_identity, run_lgotp

from lgotp_cli.months import length

TODAY = "2026-11-23"
ROOT = "data/records"  # the records root, relative to the top of the throwaway repository

OKAZAKI = "trainees/2024/LGOTP-2024-007.yaml"  # host 232025 (a municipality), alone in FY2024
OITA = "trainees/2024/LGOTP-2024-002.yaml"  # host 442011, a short stay
KITAKYUSHU = "trainees/2024/LGOTP-2024-003.yaml"  # host 401005 (a designated city)
ARRIVAL = date(2024, 5, 27)  # of all three

# The special allocation tax of a municipality: base × 0.5, the base 5,700,000 for ten months
# or more, 5,000,000 under ten months (lgotp.yaml of the sample, and the built-in rates).
LONG_TAX = 5_700_000 // 2
SHORT_TAX = 5_000_000 // 2

JSON_KEYS = {
    "base",
    "head",
    "added",
    "removed",
    "changed",
    "allocation_tax",
    "diagnostics",
    "notes",
}
RECORD_KEYS = {"id", "kind", "file", "moved_from", "fields", "follows"}
TAX_KEYS = {"fiscal_year", "host_code", "host_name", "before", "after"}
DIAGNOSTIC_KEYS = {"file", "line", "column", "severity", "code", "record", "message"}


def _environment(tmp: Path) -> dict[str, str]:
    """No LGOTP_ variables, no user or system git configuration, a fixed identity, and a
    temporary folder of the test's own (to see that lgotp leaves nothing behind)."""
    (tmp / "tmp").mkdir(exist_ok=True)
    return environment({**git_identity(tmp), "TMPDIR": str(tmp / "tmp")}, drop=("LGOTP_", "GIT_"))


def git(cwd: Path, *args: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"git {' '.join(args)}: {done.stderr}"
    return done.stdout


class Repo:
    """A throwaway git repository holding the sample records under ``data/records``."""

    def __init__(self, top: Path, env: dict[str, str]) -> None:
        self.top = top
        self.root = top / ROOT
        self.env = env

    def git(self, *args: str) -> str:
        return git(self.top, *args, env=self.env)

    def sha(self, revision: str = "HEAD") -> str:
        return self.git("rev-parse", revision).strip()

    def commit(self, message: str) -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
        return self.sha()

    def read(self, relative: str) -> str:
        return (self.root / relative).read_text(encoding="utf-8")

    def write(self, relative: str, content: str | bytes) -> Path:
        return write_file(self.root / relative, content, dedent=False)

    def edit(self, relative: str, old: str, new: str) -> None:
        """Replace the one occurrence of ``old`` in a file under the records root."""
        text = self.read(relative)
        assert text.count(old) == 1, f"{old!r} is not once in {relative}"
        self.write(relative, text.replace(old, new))

    def lgotp(self, *args: str, cwd: Path | None = None) -> Run:
        return run_lgotp(["--today", TODAY, *args], cwd=cwd or self.top, env=self.env)

    def diff(self, *args: str, cwd: Path | None = None) -> Run:
        """`lgotp --records data/records diff ARGS` from the top of the repository."""
        return self.lgotp("--records", ROOT, "diff", *args, cwd=cwd)

    def diff_json(self, *args: str) -> dict:
        result = self.diff(*args, "--format", "json")
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stderr == ""
        return json.loads(result.stdout)


def make_repo(top: Path, env: dict[str, str]) -> Repo:
    shutil.copytree(SAMPLE, top / ROOT)
    (top / "README.md").write_text("Records of the programme.\n", encoding="utf-8")
    git(top, "init", "-q", "-b", "main", env=env)
    repo = Repo(top, env)
    repo.commit("Sample records")
    return repo


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    return _environment(tmp_path)


@pytest.fixture
def repo(tmp_path, env) -> Repo:
    """A repository with the sample records under data/records and one commit on main."""
    return make_repo(tmp_path / "repo", env)


def tax(document: dict, fiscal_year: int, host_code: str) -> tuple[int | None, int | None]:
    (found,) = [
        t
        for t in document["allocation_tax"]
        if t["fiscal_year"] == fiscal_year and t["host_code"] == host_code
    ]
    return found["before"], found["after"]


def codes(diagnostics: list[dict]) -> list[tuple[str | None, str]]:
    return sorted((d["record"], d["code"]) for d in diagnostics)


def add_trainee(repo: Repo) -> str:
    """A new trainee, LGOTP-2024-099, at Kitakyushu in FY2024 (a copy of LGOTP-2024-003 with
    another name); returns its file."""
    text = repo.read(KITAKYUSHU).replace("LGOTP-2024-003", "LGOTP-2024-099")
    old_name = "name: {family: Pham, given: Thi Huong, native: Phạm Thị Hương}"
    assert old_name in text
    text = text.replace(old_name, "name: {family: Tran, given: Van Minh}")
    relative = "trainees/2024/LGOTP-2024-099.yaml"
    repo.write(relative, text)
    return relative


def branch_off_and_move_main_on(repo: Repo) -> None:
    """A branch `feature` from main that moves Okazaki's departure a week later, then a commit
    on main after the fork (Oita's airfare); main is checked out at the end."""
    repo.git("checkout", "-q", "-b", "feature")
    repo.edit(OKAZAKI, "departure: 2025-03-19", "departure: 2025-03-26")
    repo.commit("feature: later departure")
    repo.git("checkout", "-q", "main")
    repo.edit(OITA, "airfare: 146000", "airfare: 150000")
    repo.commit("main moves on")


def stay(departure: date, lang: str = "en") -> str:
    measured = length(ARRIVAL, departure)
    return measured.japanese() if lang == "ja" else measured.english()


# --- what a change does ----------------------------------------------------------------------


def test_no_change(repo):
    result = repo.diff()
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Records changed: ")
    assert lines[0].endswith(" → work tree")
    assert lines[1:] == ["No record changes."]
    document = repo.diff_json()
    assert set(document) == JSON_KEYS
    assert document["head"] == "work tree"
    assert document["base"] == repo.sha()[:12]
    assert document["added"] == document["removed"] == document["changed"] == []
    assert document["allocation_tax"] == document["notes"] == []
    assert document["diagnostics"] == {"added": [], "cleared": []}


def test_added_record(repo):
    text = repo.read(OKAZAKI).replace("LGOTP-2024-007", "LGOTP-2024-099")
    text = text.replace("family: Mendoza, given: Angelica Rose", "family: Reyes, given: Joy")
    repo.write("trainees/2024/LGOTP-2024-099.yaml", text)
    document = repo.diff_json()
    assert document["added"] == [
        {
            "id": "LGOTP-2024-099",
            "kind": "trainee",
            "file": "trainees/2024/LGOTP-2024-099.yaml",
            "moved_from": None,
            "fields": [],
            "follows": [],
        }
    ]
    assert document["removed"] == document["changed"] == []
    # A second trainee at Okazaki in FY2024, on the same short stay.
    assert tax(document, 2024, "232025") == (SHORT_TAX, 2 * SHORT_TAX)
    assert len(document["allocation_tax"]) == 1
    text_output = repo.diff().stdout
    assert "Added: LGOTP-2024-099 (trainee) trainees/2024/LGOTP-2024-099.yaml" in text_output


def test_changed_field_by_field(repo):
    repo.edit(OKAZAKI, "airfare: 118000", "airfare: 120000")  # changed
    repo.edit(OKAZAKI, "  japanese: N4\n", "")  # removed
    repo.edit(OKAZAKI, "field: tourism\n", "field: tourism\nnotes: Moved to a new desk.\n")  # added
    document = repo.diff_json()
    assert document["added"] == document["removed"] == []
    (change,) = document["changed"]
    assert set(change) == RECORD_KEYS
    assert change["id"] == "LGOTP-2024-007"
    assert change["kind"] == "trainee"
    assert change["file"] == OKAZAKI
    assert change["moved_from"] is None
    assert sorted(change["fields"], key=lambda f: f["key"]) == [
        {"key": "costs.airfare", "before": "118000", "after": "120000"},
        {"key": "languages.japanese", "before": "N4", "after": None},
        {"key": "notes", "before": None, "after": "Moved to a new desk."},
    ]
    for item in change["fields"]:
        assert set(item) == {"key", "before", "after"}
    assert change["follows"] == []  # no date moved: no length to give
    assert document["allocation_tax"] == []  # costs are not the allocation tax
    assert document["diagnostics"] == {"added": [], "cleared": []}

    lines = repo.diff().stdout.splitlines()
    at = lines.index(f"Changed: LGOTP-2024-007 (trainee) {OKAZAKI}")
    assert set(lines[at + 1 : at + 4]) == {
        "  costs.airfare: 118000 → 120000",
        "  languages.japanese: N4 → (none)",
        "  notes: (none) → Moved to a new desk.",
    }


@pytest.mark.parametrize(
    "moved_to",
    [
        "trainees/2024/LGOTP-2024-007.yml",
        "trainees/okazaki/LGOTP-2024-007.yaml",
        "trainees/岡崎市 2024/LGOTP-2024-007.yaml",
    ],
    ids=["renamed", "moved", "moved-to-a-japanese-folder-name-with-a-space"],
)
def test_renamed_or_moved_file_is_the_same_record(repo, moved_to):
    (repo.root / moved_to).parent.mkdir(parents=True, exist_ok=True)
    repo.git("mv", f"{ROOT}/{OKAZAKI}", f"{ROOT}/{moved_to}")
    for document in (repo.diff_json(), repo.diff_json("HEAD~0")):  # work tree, uncommitted
        assert document["added"] == document["removed"] == []
        assert document["changed"] == [
            {
                "id": "LGOTP-2024-007",
                "kind": "trainee",
                "file": moved_to,
                "moved_from": OKAZAKI,
                "fields": [],
                "follows": [],
            }
        ]
        assert document["allocation_tax"] == []
        assert document["diagnostics"] == {"added": [], "cleared": []}
    repo.commit("Rename")
    committed = repo.diff_json("HEAD~1", "HEAD")
    assert [(c["id"], c["file"], c["moved_from"]) for c in committed["changed"]] == [
        ("LGOTP-2024-007", moved_to, OKAZAKI)
    ]
    text_output = repo.diff("HEAD~1", "HEAD").stdout
    assert (
        f"Changed: LGOTP-2024-007 (trainee) {moved_to} (moved from {OKAZAKI})"
        in text_output.splitlines()
    )


def test_moved_and_changed_in_one(repo):
    repo.git("mv", f"{ROOT}/{OKAZAKI}", f"{ROOT}/trainees/2024/okazaki.yaml")
    repo.edit("trainees/2024/okazaki.yaml", "other: 140000", "other: 150000")
    (change,) = repo.diff_json()["changed"]
    assert change["moved_from"] == OKAZAKI
    assert change["fields"] == [{"key": "costs.other", "before": "140000", "after": "150000"}]


def test_record_moved_from_a_sheet_to_its_own_file(repo):
    """A row of trainees/1996/fy1996.csv written out as a YAML file of its own (and taken out of
    the sheet) is the same record, unchanged."""
    import csv

    import yaml

    sheet = repo.root / "trainees/1996/fy1996.csv"
    with sheet.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    first, rest = rows[0], rows[1:]
    record: dict = {}
    for key, value in first.items():
        if value == "":
            continue
        *parents, last = key.split(".")
        place = record
        for parent in parents:
            place = place.setdefault(parent, {})
        place[last] = value
    repo.write(
        f"trainees/1996/{first['id']}.yaml",
        yaml.safe_dump(record, allow_unicode=True, sort_keys=False),
    )
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(first))
        writer.writeheader()
        writer.writerows(rest)
    document = repo.diff_json()
    assert document["added"] == document["removed"] == []
    assert document["changed"] == [
        {
            "id": first["id"],
            "kind": "trainee",
            "file": f"trainees/1996/{first['id']}.yaml",
            "moved_from": "trainees/1996/fy1996.csv",
            "fields": [],
            "follows": [],
        }
    ]
    assert document["allocation_tax"] == []
    assert document["diagnostics"] == {"added": [], "cleared": []}


def test_dispatch_length_that_changes(repo):
    dispatch = "dispatches/2024/DISP-2024-001.yaml"
    repo.edit(dispatch, "return: 2024-07-19", "return: 2024-07-22")
    (change,) = repo.diff_json()["changed"]
    assert change["kind"] == "dispatch"
    assert change["fields"] == [
        {"key": "period.return", "before": "2024-07-19", "after": "2024-07-22"}
    ]
    was = length(date(2024, 7, 8), date(2024, 7, 19)).english()
    now = length(date(2024, 7, 8), date(2024, 7, 22)).english()
    assert change["follows"] == [f"the dispatch: {was} → {now}"]


def test_deleted_record(repo):
    (repo.root / OKAZAKI).unlink()
    document = repo.diff_json()
    assert document["removed"] == [
        {
            "id": "LGOTP-2024-007",
            "kind": "trainee",
            "file": OKAZAKI,
            "moved_from": None,
            "fields": [],
            "follows": [],
        }
    ]
    assert document["added"] == document["changed"] == []
    # Okazaki hosted no one else in FY2024: its line goes.
    assert tax(document, 2024, "232025") == (SHORT_TAX, None)
    assert f"Removed: LGOTP-2024-007 (trainee) {OKAZAKI}" in repo.diff().stdout.splitlines()


def test_departure_crossing_the_ten_month_boundary(repo):
    """Ten months from 2024-05-27 end on 2025-03-26: one day later, the long-stay base."""
    repo.edit(OKAZAKI, "departure: 2025-03-19", "departure: 2025-03-25")
    repo.commit("Departure on 25 March")
    repo.edit(OKAZAKI, "departure: 2025-03-25", "departure: 2025-03-26")
    before, after = date(2025, 3, 25), date(2025, 3, 26)
    document = repo.diff_json()
    (change,) = document["changed"]
    assert change["fields"] == [
        {"key": "period.departure", "before": "2025-03-25", "after": "2025-03-26"}
    ]
    assert change["follows"] == [f"the stay: {stay(before)} → {stay(after)}"]
    assert stay(after) == "10 months"
    assert document["allocation_tax"] == [
        {
            "fiscal_year": 2024,
            "host_code": "232025",
            "host_name": "Okazaki City",
            "before": SHORT_TAX,
            "after": LONG_TAX,
        }
    ]
    assert (SHORT_TAX, LONG_TAX) == (2_500_000, 2_850_000)
    lines = repo.diff().stdout.splitlines()
    assert f"  the stay: {stay(before)} → {stay(after)}" in lines
    assert (
        "the allocation tax of host 232025 (Okazaki City) for FY2024 rises from ¥2,500,000 to "
        "¥2,850,000"
    ) in lines

    # Back across the boundary: the tax falls.
    repo.commit("Departure on 26 March")
    back = repo.diff("HEAD", "HEAD~1")
    assert back.returncode == 0, back.stderr
    assert (
        "the allocation tax of host 232025 (Okazaki City) for FY2024 falls from ¥2,850,000 to "
        "¥2,500,000"
    ) in back.stdout.splitlines()
    assert f"  the stay: {stay(after)} → {stay(before)}" in back.stdout.splitlines()


def test_phase_lengths_that_change(repo):
    repo.edit(
        OKAZAKI,
        "jiam: {start: 2024-05-30, end: 2024-06-28}",
        "jiam: {start: 2024-05-30, end: 2024-06-27}",
    )
    (change,) = repo.diff_json()["changed"]
    was = length(date(2024, 5, 30), date(2024, 6, 28)).english()
    now = length(date(2024, 5, 30), date(2024, 6, 27)).english()
    assert change["follows"] == [f"JIAM: {was} → {now}"]


def costs_table(repo: Repo) -> dict[tuple[int, str], int | None]:
    """The allocation tax per fiscal year and host as `lgotp costs` gives it for the work tree."""
    result = repo.lgotp("--records", ROOT, "costs", "--kind", "trainee", "-f", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    rows = document["rows"] if isinstance(document, dict) else document
    return {
        (int(row["fiscal_year"]), row["host_code"]): row["allocation_tax"]
        for row in rows
        if row["host_code"] != "total"
    }


def test_rate_change_in_lgotp_yaml(repo):
    before = costs_table(repo)
    text = repo.read("lgotp.yaml")
    # The FY2024 rates (which also serve later years): ratio 0.5 -> 0.6.
    at = text.index("  2024:")
    head, tail = text[:at], text[at:]
    assert tail.count("municipality_ratio: 0.5") == 1
    repo.write(
        "lgotp.yaml", head + tail.replace("municipality_ratio: 0.5", "municipality_ratio: 0.6")
    )
    after = costs_table(repo)
    expected = sorted(
        (year, code, before.get((year, code)), after.get((year, code)))
        for year, code in before.keys() | after.keys()
        if before.get((year, code)) != after.get((year, code))
    )
    assert expected, "the rate change should change some allocation tax"

    document = repo.diff_json()
    assert document["added"] == document["removed"] == document["changed"] == []
    assert document["diagnostics"] == {"added": [], "cleared": []}
    assert document["notes"] == []
    got = sorted(
        (t["fiscal_year"], t["host_code"], t["before"], t["after"])
        for t in document["allocation_tax"]
    )
    assert got == expected
    assert (2024, "232025", SHORT_TAX, 5_000_000 * 6 // 10) in got  # Okazaki, short stay
    assert all(year >= 2024 for year, *_ in got)  # earlier years keep their rates
    assert not any(code in ("340006", "310000") for _, code, *_ in got)  # prefectures: ordinary


def test_diagnostics_added_and_cleared(repo):
    repo.edit(OITA, "type: local_government\n", "type: other\n")  # T110, an error
    repo.commit("Oita's trainee: employer of type other")
    repo.edit(OITA, "type: other\n", "type: local_government\n")  # fixed
    repo.edit(KITAKYUSHU, "type: local_government_agency\n", "type: other\n")  # broken
    document = repo.diff_json()
    assert codes(document["diagnostics"]["added"]) == [("LGOTP-2024-003", "T110")]
    assert codes(document["diagnostics"]["cleared"]) == [("LGOTP-2024-002", "T110")]
    (added,) = document["diagnostics"]["added"]
    assert set(added) == DIAGNOSTIC_KEYS
    assert added["severity"] == "error"
    assert added["file"].endswith(KITAKYUSHU)
    assert isinstance(added["line"], int) and added["line"] > 1

    lines = repo.diff().stdout.splitlines()
    assert any(line.startswith("+ ") and " error T110 [LGOTP-2024-003] " in line for line in lines)
    assert any(line.startswith("- ") and " error T110 [LGOTP-2024-002] " in line for line in lines)


def test_fail_on_new_errors(repo):
    repo.edit(OITA, "type: local_government\n", "type: other\n")
    repo.commit("An old error")

    # Only the old error, in a record the change does not touch: exit 0.
    repo.edit(OKAZAKI, "departure: 2025-03-19", "departure: 2025-03-26")
    result = repo.diff("--fail-on-new-errors")
    assert result.returncode == 0, result.stdout + result.stderr
    # A change to the record that has the old error, which stays: still exit 0.
    repo.edit(OITA, "airfare: 146000", "airfare: 150000")
    result = repo.diff("--fail-on-new-errors", "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["diagnostics"] == {"added": [], "cleared": []}

    # A new error: exit 1 (and the output is still written); without the option, exit 0.
    repo.edit(KITAKYUSHU, "type: local_government_agency\n", "type: other\n")
    failing = repo.diff("--fail-on-new-errors")
    assert failing.returncode == 1, failing.stderr
    assert " error T110 [LGOTP-2024-003] " in failing.stdout
    assert repo.diff().returncode == 0


def test_new_warnings_do_not_fail(repo):
    repo.edit(OKAZAKI, "name: 岡崎市", "name: 豊田市")  # T115: the name is not the code's
    result = repo.diff("--fail-on-new-errors", "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    added = json.loads(result.stdout)["diagnostics"]["added"]
    assert [(d["code"], d["severity"]) for d in added] == [("T115", "warning")]


def test_head_as_a_revision(repo):
    repo.edit(OKAZAKI, "departure: 2025-03-19", "departure: 2025-03-26")
    repo.commit("Okazaki: later departure")
    repo.edit(OITA, "airfare: 146000", "airfare: 150000")
    repo.commit("Oita: airfare")
    repo.edit(KITAKYUSHU, "airfare: 102000", "airfare: 1")  # uncommitted: never in a HEAD diff

    last = repo.diff_json("HEAD~1", "HEAD")
    assert (last["base"], last["head"]) == ("HEAD~1", "HEAD")
    assert [c["id"] for c in last["changed"]] == ["LGOTP-2024-002"]
    assert last["allocation_tax"] == []

    both = repo.diff_json("HEAD~2", "HEAD")
    assert [c["id"] for c in both["changed"]] == ["LGOTP-2024-002", "LGOTP-2024-007"]
    assert tax(both, 2024, "232025") == (SHORT_TAX, LONG_TAX)

    sha = repo.sha("HEAD~2")
    assert repo.diff_json(sha, "HEAD")["changed"] == both["changed"]

    work_tree = repo.diff_json("HEAD")
    assert [c["id"] for c in work_tree["changed"]] == ["LGOTP-2024-003"]


def test_runs_from_anywhere(repo, tmp_path):
    """The records root given as an absolute path from outside the repository, or found as
    ./records from the folder above it."""
    repo.edit(OKAZAKI, "airfare: 118000", "airfare: 120000")
    outside = repo.lgotp(
        "--records", str(repo.root), "diff", "HEAD", "--format", "json", cwd=tmp_path
    )
    assert outside.returncode == 0, outside.stderr
    assert [c["id"] for c in json.loads(outside.stdout)["changed"]] == ["LGOTP-2024-007"]
    inside = repo.lgotp("diff", "HEAD", "--format", "json", cwd=repo.top / "data")
    assert inside.returncode == 0, inside.stderr
    assert json.loads(inside.stdout)["changed"] == json.loads(outside.stdout)["changed"]


def test_default_base_is_the_merge_base_with_main(repo):
    fork = repo.sha()
    branch_off_and_move_main_on(repo)
    repo.git("checkout", "-q", "feature")
    repo.edit(KITAKYUSHU, "airfare: 102000", "airfare: 103000")  # uncommitted on the feature

    document = repo.diff_json()
    assert document["base"] == fork[:12]
    assert document["head"] == "work tree"
    # What the feature changes (committed or not), and not the reverse of main's new commit.
    assert [c["id"] for c in document["changed"]] == ["LGOTP-2024-003", "LGOTP-2024-007"]
    assert tax(document, 2024, "232025") == (SHORT_TAX, LONG_TAX)

    # Against main's tip instead, main's change shows (reversed).
    tip = repo.diff_json("main")
    assert [c["id"] for c in tip["changed"]] == [
        "LGOTP-2024-002",
        "LGOTP-2024-003",
        "LGOTP-2024-007",
    ]


def test_default_base_in_a_clone_is_the_merge_base_with_origin_head(repo, tmp_path, env):
    """A clone whose remote's default branch is `trunk`: origin/HEAD names it, and it wins over
    origin/main."""
    repo.git("checkout", "-q", "-b", "trunk")
    repo.edit(OITA, "airfare: 146000", "airfare: 150000")
    trunk = repo.commit("trunk moves on from main")
    clone_top = tmp_path / "clone"
    git(tmp_path, "clone", "-q", f"file://{repo.top}", str(clone_top), env=env)
    clone = Repo(clone_top, env)
    assert clone.git("symbolic-ref", "refs/remotes/origin/HEAD").strip() == (
        "refs/remotes/origin/trunk"
    )
    assert clone.sha("origin/main") != trunk
    clone.git("checkout", "-q", "-b", "feature")
    clone.edit(OKAZAKI, "departure: 2025-03-19", "departure: 2025-03-26")
    clone.commit("feature")

    document = clone.diff_json()
    assert document["base"] == trunk[:12]
    assert [c["id"] for c in document["changed"]] == ["LGOTP-2024-007"]
    assert tax(document, 2024, "232025") == (SHORT_TAX, LONG_TAX)


def test_clone_of_main_compares_with_origin_main(repo, tmp_path, env):
    clone_top = tmp_path / "clone"
    git(tmp_path, "clone", "-q", f"file://{repo.top}", str(clone_top), env=env)
    clone = Repo(clone_top, env)
    clone.edit(OKAZAKI, "departure: 2025-03-19", "departure: 2025-03-26")
    clone.commit("local commit on main, not pushed")
    document = clone.diff_json()
    assert document["base"] == repo.sha()[:12]  # origin/HEAD, not the local main
    assert [c["id"] for c in document["changed"]] == ["LGOTP-2024-007"]


def snapshot(top: Path) -> dict[str, str]:
    """Every file under ``top`` (the .git folder too) with a hash of its bytes."""
    found = {}
    for path in sorted(top.rglob("*")):
        if path.is_symlink():
            found[path.relative_to(top).as_posix()] = "link:" + os.readlink(path)
        elif path.is_file():
            found[path.relative_to(top).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            found[path.relative_to(top).as_posix() + "/"] = ""
    return found


def test_the_work_tree_is_untouched(repo, tmp_path):
    repo.edit(OKAZAKI, "departure: 2025-03-19", "departure: 2025-03-26")
    repo.commit("Okazaki: later departure")
    repo.git("checkout", "-q", "-b", "feature")
    repo.edit(OITA, "type: local_government\n", "type: other\n")  # modified, unstaged
    add_trainee(repo)
    repo.git("add", f"{ROOT}/trainees/2024/LGOTP-2024-099.yaml")  # staged
    repo.write("trainees/2024/scratch.yaml", "id: [unfinished\n")  # untracked
    (repo.root / KITAKYUSHU).unlink()  # deleted, unstaged
    status = repo.git("status", "--porcelain", "--ignored", "--untracked-files=all")
    head = repo.sha()
    branch = repo.git("symbolic-ref", "HEAD")
    before = snapshot(repo.top)

    for args in (
        (),
        ("HEAD~1",),
        ("HEAD~1", "HEAD"),
        ("main", "--format", "md"),
        ("HEAD~1", "--format", "json", "--fail-on-new-errors"),
    ):
        result = repo.diff(*args)
        assert result.returncode in (0, 1), result.stderr
        assert result.stdout

    assert snapshot(repo.top) == before  # no file written, changed or removed, .git included
    assert repo.git("status", "--porcelain", "--ignored", "--untracked-files=all") == status
    assert (repo.sha(), repo.git("symbolic-ref", "HEAD")) == (head, branch)
    assert list((tmp_path / "tmp").iterdir()) == []  # temporary files removed


def test_markdown_for_a_pull_request_comment(repo):
    repo.edit(OKAZAKI, "departure: 2025-03-19", "departure: 2025-03-26")
    repo.edit(OKAZAKI, "field: tourism\n", 'field: tourism\nnotes: "Plan A | plan B <b>now</b>"\n')
    add_trainee(repo)
    repo.edit(OITA, "type: local_government\n", "type: other\n")
    result = repo.diff("--format", "md")
    assert result.returncode == 0, result.stderr
    md = result.stdout
    lines = md.splitlines()
    assert lines[0].startswith("### Records changed: `")
    assert lines[0].endswith("` → `work tree`")
    assert "**Added** (1)" in lines
    assert "- `LGOTP-2024-099` (trainee) trainees/2024/LGOTP-2024-099.yaml" in lines
    assert "**Changed** (2)" in lines
    assert f"- `LGOTP-2024-007` (trainee) {OKAZAKI}" in lines
    assert "  - `period.departure`: 2025-03-19 → 2025-03-26" in lines
    assert f"  - the stay: {stay(date(2025, 3, 19))} → 10 months" in lines
    assert "  - `notes`: (none) → Plan A \\| plan B &lt;b&gt;now&lt;/b&gt;" in lines
    assert "**Allocation tax**" in lines
    assert (
        "- the allocation tax of host 232025 (Okazaki City) for FY2024 rises from ¥2,500,000 to "
        "¥2,850,000"
    ) in lines
    assert "**New problems** (1)" in lines
    assert any(line.startswith("- error T110 `LGOTP-2024-002`: ") for line in lines)
    # Pipes and HTML from the records are escaped; nothing reads as a table or as HTML.
    assert "Plan A | plan B" not in md
    assert "<b>" not in md
    assert not any(line.lstrip().startswith("|") for line in lines)
    # Each bold section title stands alone, with a blank line before its list.
    for at, line in enumerate(lines):
        if line.startswith("**"):
            assert lines[at - 1] == "" and lines[at + 1] == "", (at, line)
    assert not md.startswith("\n")
    assert "\n\n\n" not in md


def test_markdown_when_nothing_changed(repo):
    md = repo.diff("--format", "md").stdout
    assert md.splitlines()[0].startswith("### Records changed: ")
    assert "No record changes." in md.splitlines()


def test_markdown_written_to_a_file(repo, tmp_path):
    repo.edit(OKAZAKI, "departure: 2025-03-19", "departure: 2025-03-26")
    target = tmp_path / "comment.md"
    result = repo.diff("--format", "md", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == repo.diff("--format", "md").stdout


def test_japanese_labels(repo):
    repo.edit(OKAZAKI, "departure: 2025-03-19", "departure: 2025-03-26")
    add_trainee(repo)
    (repo.root / OITA).unlink()
    result = repo.diff("--lang", "ja")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("記録の変更: ")
    assert "追加: LGOTP-2024-099 (trainee) trainees/2024/LGOTP-2024-099.yaml" in lines
    assert f"削除: LGOTP-2024-002 (trainee) {OITA}" in lines
    assert f"変更: LGOTP-2024-007 (trainee) {OKAZAKI}" in lines
    assert f"  滞在期間: {stay(date(2025, 3, 19), 'ja')} → 10か月" in lines
    assert "岡崎市（232025）の令和6年度の交付税措置額: 2,500,000円 → 2,850,000円" in lines
    assert "大分市（442011）の令和6年度の交付税措置額: 2,500,000円 → なし" in lines
    assert not any("allocation tax" in line or "the stay" in line for line in lines)

    md = repo.diff("--lang", "ja", "--format", "md").stdout.splitlines()
    assert md[0].startswith("### 記録の変更: ")
    assert "**追加** (1)" in md and "**削除** (1)" in md and "**変更** (1)" in md
    assert "**交付税措置額**" in md

    document = repo.diff_json("--lang", "ja")
    assert tax(document, 2024, "232025") == (SHORT_TAX, LONG_TAX)
    assert document["changed"][0]["follows"] == [
        f"滞在期間: {stay(date(2025, 3, 19), 'ja')} → 10か月"
    ]


def test_text_output(repo):
    repo.edit(OKAZAKI, "departure: 2025-03-19", "departure: 2025-03-26")
    repo.commit("Okazaki: later departure")
    result = repo.diff("HEAD~1", "HEAD")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "Records changed: HEAD~1 → HEAD\n"
        f"Changed: LGOTP-2024-007 (trainee) {OKAZAKI}\n"
        "  period.departure: 2025-03-19 → 2025-03-26\n"
        f"  the stay: {stay(date(2025, 3, 19))} → 10 months\n"
        "the allocation tax of host 232025 (Okazaki City) for FY2024 rises from ¥2,500,000 to "
        "¥2,850,000\n"
    )
    assert "\x1b[" not in result.stdout


def test_unknown_format(repo):
    result = repo.diff("--format", "html")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "--format must be text, md or json" in result.stderr


# --- bad input -------------------------------------------------------------------------------


def one_sentence(result: Run) -> str:
    """The error: exit 2, nothing on standard output, one line (and no blank one) on standard
    error."""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    return assert_one_sentence(result)


def test_not_a_git_repository(tmp_path, env):
    shutil.copytree(SAMPLE, tmp_path / "plain" / "records")
    result = run_lgotp(["--today", TODAY, "diff"], cwd=tmp_path / "plain", env=env)
    message = one_sentence(result)
    assert "not inside a git repository" in message
    assert "git" in message


def test_unknown_revision(repo):
    message = one_sentence(repo.diff("no-such-branch"))
    assert "unknown revision 'no-such-branch'" in message
    assert "Check the name" in message
    assert "unshallow" not in message  # the clone is whole: fetching would not help
    message = one_sentence(repo.diff("HEAD", "no-such-head"))
    assert "unknown revision 'no-such-head'" in message


def test_no_default_branch(tmp_path, env):
    repo = make_repo(tmp_path / "repo", env)
    repo.git("branch", "-m", "main", "trunk")
    message = one_sentence(repo.diff())
    assert "lgotp diff BASE" in message
    assert repo.diff("trunk").returncode == 0


def test_shallow_clone_missing_the_base(repo, tmp_path, env):
    old = repo.sha()
    repo.edit(OKAZAKI, "departure: 2025-03-19", "departure: 2025-03-26")
    repo.commit("Second commit")
    clone_top = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo.top}", str(clone_top), env=env)
    clone = Repo(clone_top, env)
    message = one_sentence(clone.diff(old))
    assert "git fetch --unshallow" in message
    message = one_sentence(clone.diff(old, "HEAD"))
    assert "git fetch --unshallow" in message
    # Once the history is there, the same command works.
    clone.git("fetch", "-q", "--unshallow")
    document = clone.diff_json(old)
    assert [c["id"] for c in document["changed"]] == ["LGOTP-2024-007"]


def test_shallow_clone_without_the_merge_base(repo, tmp_path, env):
    """The feature branch and main, fetched one commit deep: their merge base is not there."""
    branch_off_and_move_main_on(repo)
    clone_top = tmp_path / "shallow"
    git(
        tmp_path,
        "clone",
        "-q",
        "--depth",
        "1",
        "--no-single-branch",
        f"file://{repo.top}",
        str(clone_top),
        env=env,
    )
    clone = Repo(clone_top, env)
    clone.git("checkout", "-q", "feature")
    message = one_sentence(clone.diff())
    assert "git fetch --unshallow" in message


INVALID_FILES = {
    "not YAML": (b"id: [LGOTP-2024-002\nstatus: completed\n", "L001"),
    "not UTF-8": ("id: LGOTP-2024-002\nnotes: 大分市\n".encode("cp932"), "L002"),
    "empty": (b"", "L005"),
}


@pytest.mark.parametrize("content, code", INVALID_FILES.values(), ids=INVALID_FILES.keys())
def test_file_unreadable_at_the_base(repo, content, code):
    good = repo.read(OITA)
    repo.write(OITA, content)
    repo.commit("A broken file")
    repo.write(OITA, good)
    result = repo.diff("--format", "json", "--fail-on-new-errors")
    assert result.returncode == 0, result.stdout + result.stderr
    document = json.loads(result.stdout)
    (cleared,) = document["diagnostics"]["cleared"]
    assert cleared["code"] == code
    assert cleared["file"].endswith(OITA)
    assert document["diagnostics"]["added"] == []
    # The record could not be read at the base: it is there now.
    assert [c["id"] for c in document["added"]] == ["LGOTP-2024-002"]
    text = repo.diff()
    assert text.returncode == 0, text.stderr
    assert any(
        line.startswith("- ") and f" error {code} " in line for line in text.stdout.splitlines()
    )


def test_file_unreadable_at_the_head(repo):
    repo.write(OITA, b"id: [LGOTP-2024-002\n")
    repo.commit("A broken file")
    result = repo.diff("HEAD~1", "HEAD", "--format", "json", "--fail-on-new-errors")
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)
    assert [d["code"] for d in document["diagnostics"]["added"]] == ["L001"]
    assert [c["id"] for c in document["removed"]] == ["LGOTP-2024-002"]


def test_invalid_lgotp_yaml_at_the_base(repo):
    good = repo.read("lgotp.yaml")
    repo.write("lgotp.yaml", good + "\npolicy: {report_due_days: many}\n")
    repo.commit("A broken lgotp.yaml")
    repo.write("lgotp.yaml", good)
    repo.edit(OKAZAKI, "departure: 2025-03-19", "departure: 2025-03-26")
    result = repo.diff("--format", "json", "--fail-on-new-errors", "HEAD")
    assert result.returncode == 0, result.stdout + result.stderr
    document = json.loads(result.stdout)
    assert [d["code"] for d in document["diagnostics"]["cleared"]] == ["L007"]
    assert document["diagnostics"]["added"] == []
    assert [c["id"] for c in document["changed"]] == ["LGOTP-2024-007"]
    (note,) = document["notes"]
    assert "lgotp.yaml" in note and "HEAD" in note
    text = repo.diff("HEAD")
    assert text.returncode == 0, text.stderr
    assert any("lgotp.yaml" in line and "invalid" in line for line in text.stdout.splitlines())


def test_invalid_lgotp_yaml_in_the_work_tree(repo):
    repo.write("lgotp.yaml", "allocation_tax: [not, a, mapping\n")
    result = repo.diff("--format", "json", "--fail-on-new-errors")
    assert result.returncode == 1, result.stdout + result.stderr  # a new error: L007
    document = json.loads(result.stdout)
    assert [d["code"] for d in document["diagnostics"]["added"]] == ["L007"]
    assert any("work tree" in note for note in document["notes"])


# --- where problems are shown, and which are new ----------------------------------------------


def test_problems_name_their_files_as_validate_does(repo):
    """CLI.md: a diagnostic's `file` is relative to the current directory when the file lies
    under it; `path:line:col` in text output must open the file from where lgotp ran."""
    repo.edit(OITA, "type: local_government\n", "type: other\n")
    validated = repo.lgotp("--records", ROOT, "validate", "--format", "json")
    (expected,) = [d for d in json.loads(validated.stdout)["diagnostics"] if d["code"] == "T110"]
    assert expected["file"] == f"{ROOT}/{OITA}"
    (added,) = repo.diff_json()["diagnostics"]["added"]
    assert (added["file"], added["line"], added["column"]) == (
        expected["file"],
        expected["line"],
        expected["column"],
    )
    (line,) = [line for line in repo.diff().stdout.splitlines() if line.startswith("+ ")]
    assert line.startswith(f"+ {ROOT}/{OITA}:{expected['line']}:{expected['column']}: error T110")


def test_moving_a_file_does_not_make_an_old_error_new(repo):
    """An old duplicate id (X301, an error) stays exactly as it was when the change only moves
    one of the two files: a move is the same record, and old problems must not block it."""
    repo.write("trainees/2025/LGOTP-2024-002.yaml", repo.read(OITA))  # a stale copy: X301
    repo.commit("A stale copy of Oita's trainee")
    base = repo.diff_json("HEAD~1", "HEAD")
    assert "X301" in [d["code"] for d in base["diagnostics"]["added"]]

    (repo.root / "trainees/2024/oita").mkdir()
    repo.git("mv", f"{ROOT}/{OITA}", f"{ROOT}/trainees/2024/oita/LGOTP-2024-002.yaml")
    result = repo.diff("HEAD", "--fail-on-new-errors", "--format", "json")
    document = json.loads(result.stdout)
    assert [(c["id"], c["moved_from"], c["fields"]) for c in document["changed"]] == [
        ("LGOTP-2024-002", OITA, [])
    ]
    assert [d for d in document["diagnostics"]["added"] if d["severity"] == "error"] == []
    assert result.returncode == 0, result.stdout


def test_an_invalid_host_code_gets_no_allocation_tax_but_its_problem(repo):
    """A wrong check digit is not a host with an allocation tax of its own: the diff shows
    T114 for it, and the tax of the host the record had leaves."""
    repo.edit(OKAZAKI, 'code: "232025"', 'code: "232026"')
    document = repo.diff_json()
    assert [t["host_code"] for t in document["allocation_tax"]] == ["232025"]
    assert tax(document, 2024, "232025") == (SHORT_TAX, None)
    assert codes(document["diagnostics"]["added"]) == [("LGOTP-2024-007", "T114")]
    assert "232025" in document["diagnostics"]["added"][0]["message"]  # the right check digit


def test_an_invalid_lgotp_yaml_side_is_checked_with_the_other_sides(repo):
    """The sample declares former host codes in lgotp.yaml: with the built-in configuration the
    records that use them would seem to break; with the other side's, only L007 changes."""
    repo.write("lgotp.yaml", repo.read("lgotp.yaml") + "\npolicy: {report_due_days: many}\n")
    document = json.loads(repo.diff("--format", "json").stdout)
    assert [d["code"] for d in document["diagnostics"]["added"]] == ["L007"]
    (note,) = document["notes"]
    assert "the other side's configuration" in note


@pytest.mark.parametrize(
    ("base_broken", "japanese"),
    [
        (
            False,
            "lgotp.yaml（作業ツリー）に誤りがあるため、その側の記録はもう一方の側の設定で"
            "検査しました。",
        ),
        (True, "lgotp.yaml（HEAD）に誤りがあるため、その側の記録は組み込みの設定で検査しました。"),
    ],
    ids=["other-sides", "built-in"],
)
def test_the_note_on_an_invalid_lgotp_yaml_is_said_in_japanese(repo, base_broken, japanese):
    """In the work tree the base's configuration stands in; when the base's lgotp.yaml is
    broken too, the built-in one does."""
    broken = repo.read("lgotp.yaml") + "\npolicy: {report_due_days: many}\n"
    if base_broken:
        repo.write("lgotp.yaml", broken)
        repo.commit("A broken lgotp.yaml")
    repo.write("lgotp.yaml", broken)
    result = repo.diff("--lang", "ja", "HEAD")
    assert result.returncode == 0, result.stdout + result.stderr
    assert japanese + "lgotp.yaml を直してください。" in result.stdout.splitlines()
    assert "configuration was used" not in result.stdout
