"""A pull request that plants links, loops and hand-made files where lgotp reads and writes:
the site's output folder, the record folders. Each attack runs lgotp as CI would (a
subprocess, 2 GiB of address space, a 60-second timeout)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from support.bounded import assert_one_sentence, run_bounded
from support.paths import SAMPLE
from support.records import NEW_TRAINEE_VALUES

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


# --- 9. `lgotp new` run twice at once: the loser takes the next free id -------------------------

TRAINEE = NEW_TRAINEE_VALUES
NEW_TRAINEE = [
    "new",
    "trainee",
    "--no-input",
    *(part for key, value in TRAINEE.items() for part in ("--set", f"{key}={value}")),
]


def test_concurrent_new_records_all_get_ids_of_their_own(records: Path) -> None:
    """Five `lgotp new` at once, three times over (2 of 5 tries failed before)."""
    from concurrent.futures import ThreadPoolExecutor

    folder = records / "trainees" / "2025"
    before = set(folder.glob("*.yaml")) if folder.is_dir() else set()
    for _ in range(3):
        with ThreadPoolExecutor(5) as pool:
            runs = list(
                pool.map(
                    lambda _: run_bounded(["--records", str(records), *NEW_TRAINEE], cwd=records),
                    range(5),
                )
            )
        assert [run.returncode for run in runs] == [0] * 5, [run.stderr for run in runs]
    made = set(folder.glob("*.yaml")) - before
    assert len(made) == 15, sorted(p.name for p in made)
    assert len({path.read_text().splitlines()[0] for path in made}) == 15  # `id: …` each


def test_new_takes_the_next_id_when_its_file_appears_meanwhile(records: Path, monkeypatch) -> None:
    """Deterministically: another `lgotp new` writes the chosen id's file just before this one
    does; this one takes the next id and leaves the other file as it was."""
    from datetime import date

    from lgotp_cli import newrecord
    from lgotp_cli.config import load_config

    real = newrecord.write_new
    raced: list[Path] = []

    def write_after_another(path: Path, text: str) -> None:
        if not raced:
            raced.append(path)
            real(path, "id: THE-OTHER-ONE\n")
        real(path, text)

    monkeypatch.setattr(newrecord, "write_new", write_after_another)
    asking = newrecord.Asking(date(2025, 6, 1), config=load_config(records))
    created = newrecord.create(records, "trainee", dict(TRAINEE), asking)
    assert raced and created.path != raced[0]
    assert raced[0].read_text() == "id: THE-OTHER-ONE\n"
    taken = int(raced[0].stem.rsplit("-", 1)[1])
    assert created.record_id.endswith(f"-{taken + 1:03d}")
    assert created.path.read_text().startswith(f"id: {created.record_id}\n")
