"""A pull request that adds a huge file, or a git submodule, to the records repository: what
`lgotp diff` reads, and whether `validate` and `diff` agree on which record files count.
Each run is a subprocess with at most 2 GiB of address space and a 60-second timeout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from support.bounded import run_bounded
from support.paths import SAMPLE
from support.run import git_identity

MIB = 1024 * 1024


def git(cwd: Path, *args: str, env: dict[str, str]) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")} | env
    done = subprocess.run(["git", *args], cwd=cwd, env=environment, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()


@pytest.fixture
def repo(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    env = git_identity(tmp_path)
    top = tmp_path / "repo"
    shutil.copytree(SAMPLE, top / "records")
    git(top, "init", "-q", "-b", "main", env=env)
    git(top, "add", "-A", env=env)
    git(top, "commit", "-q", "-m", "sample", env=env)
    return top, env


def diff(top: Path, env: dict[str, str], *revisions: str):
    return run_bounded(
        ["--records", "records", "diff", *revisions, "--format", "json"], cwd=top, extra=env
    )


# --- 7. diff reads only what the rules read ------------------------------------------------------


def test_diff_never_reads_a_large_file_no_record_refers_to(repo) -> None:
    """200 MiB under reports/ and a 30 MiB record file: diff stays under 150 MiB of memory
    (it took 823 MB for 400 MB before), and the record file is L006, unread."""
    top, env = repo
    with open(top / "records" / "reports" / "huge.bin", "wb") as stream:
        stream.truncate(200 * MIB)
    big = top / "records" / "trainees" / "2024" / "LGOTP-2024-999.yaml"
    big.write_bytes(b"# " + b"x" * (30 * MIB) + b"\n")
    git(top, "add", "-A", env=env)
    git(top, "commit", "-q", "-m", "huge", env=env)
    for revisions in (("HEAD~1", "HEAD"), ("HEAD~1",)):
        run = diff(top, env, *revisions)
        assert run.returncode == 0, run.stderr
        assert run.peak_mib < 150, (revisions, run.peak_mib)
        added = json.loads(run.stdout)["diagnostics"]["added"]
        assert any(d["code"] == "L006" and d["file"].endswith("LGOTP-2024-999.yaml") for d in added)


def test_diff_still_reads_the_reports_records_refer_to(repo) -> None:
    """A referenced report that shrinks below the programme's minimum is still seen (D2xx)."""
    top, env = repo
    report = next((top / "records" / "reports").rglob("*.md"))
    report.write_text("# Report\n\nToo short.\n", encoding="utf-8")
    git(top, "commit", "-q", "-am", "short report", env=env)
    run = diff(top, env, "HEAD~1", "HEAD")
    assert run.returncode == 0, run.stderr
    added = json.loads(run.stdout)["diagnostics"]["added"]
    assert any("characters" in d["message"] for d in added), added


# --- 8. a submodule: not part of the records repository, for validate and diff alike -------------


@pytest.fixture
def with_submodule(repo, tmp_path: Path):
    top, env = repo
    other = tmp_path / "other"
    (other / "2024").mkdir(parents=True)
    shutil.copy(SAMPLE / "trainees" / "2024" / "LGOTP-2024-001.yaml", other / "2024" / "OTHER.yaml")
    git(other, "init", "-q", "-b", "main", env=env)
    git(other, "add", "-A", env=env)
    git(other, "commit", "-q", "-m", "other", env=env)
    git(
        top,
        "-c",
        "protocol.file.allow=always",
        "submodule",
        "add",
        "-q",
        str(other),
        "records/trainees/other",
        env=env,
    )
    git(top, "commit", "-q", "-m", "submodule", env=env)
    return top, env


def test_validate_and_diff_agree_on_a_submodule(with_submodule) -> None:
    top, env = with_submodule
    before = run_bounded(["--records", "records", "validate", "-f", "json"], cwd=top)
    assert "trainees/other is a git submodule" in before.stderr, before.stderr
    summary = json.loads(before.stdout)["summary"]
    files = [d["file"] for d in json.loads(before.stdout)["diagnostics"]]
    assert not any("trainees/other/" in f for f in files)
    shutil.rmtree(top / "records" / "trainees" / "other")  # as the commit before it
    without = json.loads(
        run_bounded(["--records", "records", "validate", "-f", "json"], cwd=top).stdout
    )
    assert summary == without["summary"]  # the submodule's record is not counted
    git(top, "checkout", "-q", "--", ".", env=env)
    git(top, "submodule", "update", "-q", "--init", env=env)
    for revisions in (("HEAD~1", "HEAD"), ("HEAD",), ("HEAD~1",)):
        run = diff(top, env, *revisions)
        assert run.returncode == 0, run.stderr
        document = json.loads(run.stdout)
        assert document["added"] == [] and document["removed"] == [], (revisions, document)
        if revisions != ("HEAD",):
            assert any("trainees/other is a git submodule" in n for n in document["notes"])


def test_diff_says_the_submodule_note_in_japanese(with_submodule) -> None:
    """The note at a revision (HEAD) and in the work tree alike: Japanese under --lang ja."""
    top, env = with_submodule
    for revisions in (("HEAD~1", "HEAD"), ("HEAD~1",)):
        run = run_bounded(
            ["--lang", "ja", "--records", "records", "diff", *revisions, "--format", "json"],
            cwd=top,
            extra=env,
        )
        assert run.returncode == 0, run.stderr
        notes = json.loads(run.stdout)["notes"]
        assert any(n.startswith("trainees/other は git のサブモジュールです。") for n in notes), (
            notes
        )
        assert not any("is a git submodule" in n for n in notes), notes
