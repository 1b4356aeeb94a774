"""A pull request that plants links, loops and hand-made files where lgotp reads and writes:
the site's output folder, the record folders. Each attack runs lgotp as CI would (a
subprocess, 2 GiB of address space, a 60-second timeout)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from bounded import SAMPLE, assert_one_sentence, run_bounded

MANIFEST = ".lgotp-site.json"


@pytest.fixture
def records(tmp_path: Path) -> Path:
    root = tmp_path / "records"
    shutil.copytree(SAMPLE, root)
    return root


# --- 3. `lgotp site` never removes a file outside its folder ------------------------------------


@pytest.fixture
def planted(tmp_path: Path) -> tuple[Path, Path]:
    """An output folder from "an earlier build": a link ``evil`` to a folder elsewhere, a link
    ``note.txt`` to a file elsewhere, and a manifest that lists what lies behind them."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("precious\n")
    output = tmp_path / "public"
    output.mkdir()
    (output / "evil").symlink_to(elsewhere)
    (output / "note.txt").symlink_to(elsewhere / "precious.txt")
    listed = ["evil/precious.txt", "../elsewhere/precious.txt", "evil", "note.txt", "index.html"]
    (output / MANIFEST).write_text(json.dumps({"generator": "lgotp site", "files": listed}))
    return output, elsewhere


def test_a_manifest_cannot_make_links_lgotps(records: Path, planted) -> None:
    output, elsewhere = planted
    run = run_bounded(["--records", str(records), "site", "-o", str(output)], cwd=output.parent)
    assert_one_sentence(run, "evil", "note.txt", "--force")
    assert (elsewhere / "precious.txt").read_text() == "precious\n"


def test_the_site_never_removes_through_a_link_even_with_force(records: Path, planted) -> None:
    output, elsewhere = planted
    run = run_bounded(
        ["--records", str(records), "site", "-o", str(output), "--force"], cwd=output.parent
    )
    assert run.returncode == 0, run.stderr
    assert (elsewhere / "precious.txt").read_text() == "precious\n"
    assert (output / "evil").is_symlink() and (output / "note.txt").is_symlink()  # not ours
    written = json.loads((output / MANIFEST).read_text())["files"]
    assert "index.html" in written and not {"evil", "note.txt"} & set(written)


# --- 4. a loop of links is one diagnostic, and everything else is checked -----------------------


def _loops(records: Path) -> list[str]:
    (records / "trainees" / "loop2").symlink_to("loop2")  # a folder-like name, to itself
    (records / "trainees" / "self.yaml").symlink_to("self.yaml")
    (records / "dispatches" / "a.yaml").symlink_to("b.yaml")  # a loop of two
    (records / "dispatches" / "b.yaml").symlink_to("a.yaml")
    return ["trainees/loop2", "trainees/self.yaml", "dispatches/a.yaml", "dispatches/b.yaml"]


def test_a_loop_of_links_is_x305_and_the_rest_is_checked(records: Path) -> None:
    clean = run_bounded(["--records", str(records), "validate", "-f", "json"], cwd=records)
    loops = _loops(records)
    run = run_bounded(["--records", str(records), "validate", "-f", "json"], cwd=records)
    assert run.returncode == 1, run.stderr
    report = json.loads(run.stdout)
    found = {
        d["file"].split("records/", 1)[-1]: d for d in report["diagnostics"] if d["code"] == "X305"
    }
    for loop in loops:
        assert loop in found, (loop, found)
        assert "loop of links" in found[loop]["message"]
    before = json.loads(clean.stdout)["summary"]
    assert report["summary"]["records"] == before["records"]
    assert report["summary"]["files"] == before["files"] + len(loops)


@pytest.mark.parametrize(
    "command", [["list"], ["due"], ["export", "-o", "../all.json"], ["site", "-o", "../site"]]
)
def test_other_commands_go_past_a_loop_of_links(records: Path, command: list[str]) -> None:
    _loops(records)
    run = run_bounded(["--records", str(records), *command], cwd=records)
    assert run.returncode == 0, run.stderr
    assert "internal error" not in run.stderr


def test_a_kind_folder_that_is_a_loop(tmp_path: Path) -> None:
    root = tmp_path / "records"
    root.mkdir()
    (root / "requests").mkdir()
    (root / "trainees").symlink_to("trainees")
    run = run_bounded(["--records", str(root), "validate"], cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    assert "X305" in run.stdout and "loop of links" in run.stdout
    assert os.path.islink(root / "trainees")
