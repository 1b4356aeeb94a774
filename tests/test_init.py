"""`lgotp init`: a records repository that validates clean, whose editor settings, pre-commit
hook and CI workflow run lgotp; made again, it replaces nothing and says so."""

from __future__ import annotations

import fnmatch
import json
import re
from pathlib import Path

import pytest
import yaml
from support.records import NEW_TRAINEE_VALUES
from support.run import Run, check_jsonschema, run_lgotp

from lgotp_cli import __version__
from lgotp_cli.config import BUILTIN, Config, HostCode, OutputStyle, Policy, Rates
from lgotp_cli.config import CalendarEvent as Event

EVERYTHING = [
    "trainees/.gitkeep",
    "dispatches/.gitkeep",
    "requests/.gitkeep",
    "reports/.gitkeep",
    "lgotp.yaml",
    "schemas/trainee.json",
    "schemas/dispatch.json",
    "schemas/request.json",
    "schemas/config.json",
    ".vscode/settings.json",
    ".vscode/extensions.json",
    ".pre-commit-config.yaml",
    ".github/workflows/lgotp.yml",
]


def lgotp(*args: str, cwd: Path) -> Run:
    return run_lgotp(args, cwd=cwd)


def files_under(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


@pytest.fixture
def made(tmp_path: Path) -> Path:
    """`lgotp init repo`, run in tmp_path."""
    result = lgotp("init", "repo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return tmp_path / "repo"


def test_init_makes_everything_and_says_so(made: Path, tmp_path: Path):
    assert files_under(made) == sorted(EVERYTHING)
    again = lgotp("init", "repo", cwd=tmp_path).stdout.splitlines()  # nothing new now
    assert again[0] == "repo/trainees/: exists, left as it is"
    assert "repo/lgotp.yaml: exists, left as it is" in again
    assert again[-1] == "Nothing was made: repo already has everything lgotp init makes."


def test_the_first_run_lists_what_it_made(tmp_path: Path):
    result = lgotp("init", "fresh", cwd=tmp_path)
    lines = result.stdout.splitlines()
    assert lines[:2] == ["fresh/trainees/: made", "fresh/dispatches/: made"]
    assert "fresh/.github/workflows/lgotp.yml: made" in lines
    assert not any(".gitkeep" in line for line in lines)  # a detail, not news
    assert lines[-1].startswith("A records repository in fresh: add a trainee with ")
    assert "`lgotp --records fresh new trainee`" in lines[-1]


def test_init_never_replaces_a_file(tmp_path: Path):
    root = tmp_path / "repo"
    (root / "trainees").mkdir(parents=True)
    (root / "lgotp.yaml").write_text("policy: {report_due_days: 60}\n", encoding="utf-8")
    (root / ".vscode").mkdir()
    (root / ".vscode" / "settings.json").write_text('{"editor.tabSize": 2}\n', encoding="utf-8")
    result = lgotp("init", str(root), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"{root}/lgotp.yaml: exists, left as it is" in result.stdout
    assert f"{root}/.vscode/settings.json: exists, left as it is" in result.stdout
    assert f"{root}/trainees/: exists, left as it is" in result.stdout
    assert f"{root}/dispatches/: made" in result.stdout
    assert (root / "lgotp.yaml").read_text(encoding="utf-8") == "policy: {report_due_days: 60}\n"
    assert json.loads((root / ".vscode" / "settings.json").read_text()) == {"editor.tabSize": 2}
    assert not (root / "trainees" / ".gitkeep").exists()  # the user's folder is left alone
    assert (root / "schemas" / "trainee.json").is_file()


def test_init_in_a_file_is_one_sentence(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    result = lgotp("init", "notes.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "lgotp: notes.txt is a file, not a folder; give lgotp init a folder to make the records "
        "repository in."
    ]


def test_init_defaults_to_the_current_folder(tmp_path: Path):
    result = lgotp("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert files_under(tmp_path) == sorted(EVERYTHING)
    assert "lgotp.yaml: made" in result.stdout.splitlines()


# --- what it made works -------------------------------------------------------------------------


def sets(values: dict[str, str]) -> list[str]:
    return [part for key, value in values.items() for part in ("--set", f"{key}={value}")]


def test_the_repository_validates_clean_and_so_does_a_new_trainee(made: Path, tmp_path: Path):
    result = lgotp(
        "--records", "repo", "--today", "2025-04-01", "validate", "--strict", cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("All good: 0 records in 0 files checked")
    new = lgotp(
        "--records", "repo", "--today", "2025-04-01", "new", "trainee", "--no-input",
        *sets(NEW_TRAINEE_VALUES),
        cwd=tmp_path,
    )  # fmt: skip
    assert new.returncode == 0, new.stderr
    assert new.stderr == ""  # no warning at all: phases proposed, costs given
    result = lgotp(
        "--records", "repo", "--today", "2025-04-01", "validate", "--strict", cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("All good: 1 record in 1 file checked")
    # The editor's schema for that folder accepts the new record too.
    written = made / "trainees" / "2025" / "LGOTP-2025-001.yaml"
    settings = json.loads((made / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    schema = next(
        path
        for path, globs in settings["yaml.schemas"].items()
        if any(fnmatch.fnmatch("trainees/2025/LGOTP-2025-001.yaml", g) for g in globs)
    )
    checked = check_jsonschema(made / schema, written)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_editor_settings_point_every_kind_at_its_schema(made: Path, tmp_path: Path):
    settings = json.loads((made / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    schemas = settings["yaml.schemas"]
    for kind, folder in (
        ("trainee", "trainees"),
        ("dispatch", "dispatches"),
        ("request", "requests"),
    ):
        assert f"{folder}/**/*.yaml" in schemas[f"./schemas/{kind}.json"]
    assert schemas["./schemas/config.json"] == ["lgotp.yaml"]
    for kind in ("trainee", "dispatch", "request", "config"):
        printed = lgotp("schema", kind, cwd=tmp_path).stdout
        assert (made / "schemas" / f"{kind}.json").read_text(encoding="utf-8") == printed
    config = check_jsonschema(made / "schemas" / "config.json", made / "lgotp.yaml")
    assert config.returncode == 0, config.stdout
    extensions = json.loads((made / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert extensions == {"recommendations": ["redhat.vscode-yaml"]}


def test_the_pre_commit_hook_runs_lgotp_validate_on_record_files(made: Path):
    config = yaml.safe_load((made / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [repo] = config["repos"]
    [hook] = repo["hooks"]
    assert repo["repo"] == "local"
    assert hook["entry"] == "lgotp --records . validate"
    assert hook["language"] == "system" and hook["pass_filenames"] is True
    files = re.compile(hook["files"])
    for path in ("trainees/2025/LGOTP-2025-001.yaml", "requests/2026/x.yml", "lgotp.yaml"):
        assert files.search(path), path
    for path in ("reports/trainees/x.md", "schemas/trainee.json", ".vscode/settings.json"):
        assert not files.search(path), path


def test_the_workflow_installs_lgotp_and_validates(made: Path):
    workflow = yaml.safe_load((made / ".github" / "workflows" / "lgotp.yml").read_text())
    steps = workflow["jobs"]["validate"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    assert runs == [f'pip install "lgotp=={__version__}"', "lgotp --records . validate"]
    assert {"push", "pull_request"} <= set(workflow[True])  # YAML 1.1 reads `on` as True


def test_the_hook_command_validates_the_files_it_is_given(made: Path):
    """What pre-commit runs, in the repository, on a record file with a problem."""
    record = made / "trainees" / "broken.yaml"
    record.write_text("id: broken\n", encoding="utf-8")
    result = lgotp("--records", ".", "validate", "trainees/broken.yaml", cwd=made)
    assert result.returncode == 1
    assert "trainees/broken.yaml:" in result.stdout


# --- lgotp.yaml ---------------------------------------------------------------------------------


def commented_settings(text: str, section: str) -> dict:
    """The settings a section of the made lgotp.yaml shows commented out, read as YAML."""
    body = text.split(f"\n{section}:\n", 1)[1].split("\n\n", 1)[0]
    lines = [line[4:] for line in body.splitlines() if re.match(r"  # [a-z_]+: ", line)]
    return yaml.safe_load("\n".join(lines))


def test_lgotp_yaml_documents_every_setting_at_its_default(made: Path):
    text = (made / "lgotp.yaml").read_text(encoding="utf-8")
    assert commented_settings(text, "policy") == BUILTIN["policy"]
    models = (Config, Policy, Rates, HostCode, OutputStyle, Event)
    keys = {key for model in models for key in model.model_fields if key != "source"}
    for key in keys:
        assert re.search(rf"^#?\s*(- )?{key}:", text, re.M) or f"{key}:" in text, key
    # Both languages, and nothing in force but the sections themselves.
    assert "研修期間" in text and "Length of a trainee's stay" in text
    assert yaml.safe_load(text) == {"policy": None, "allocation_tax": None, "calendar": None}
    assert re.search(r"^# lang: ja$", text, re.M)


def test_made_in_japanese_it_speaks_japanese_and_keeps_it(tmp_path: Path):
    result = lgotp("--lang", "ja", "init", "repo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "repo/trainees/: 作成しました"
    assert lines[-1].startswith("repo に記録リポジトリを用意しました。")
    text = (tmp_path / "repo" / "lgotp.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(text)["lang"] == "ja"
    # lang: ja speaks for the repository from now on, `init` made again included.
    checked = lgotp("--records", "repo", "validate", cwd=tmp_path)
    assert checked.stdout.startswith("問題なし")
    again = lgotp("init", "repo", cwd=tmp_path)
    assert again.stdout.splitlines()[0] == "repo/trainees/: 既にあるため、そのままにしました"


def test_lgotp_runs_inside_the_repository_init_made(tmp_path):
    """Inside a repository made by `lgotp init`, the record folders stand at the top: the
    current folder is the records root when there is no ./records."""
    from support.run import run_lgotp

    repo = tmp_path / "repo"
    assert run_lgotp(["init", str(repo)], cwd=tmp_path).returncode == 0
    result = run_lgotp(["validate"], cwd=repo)
    assert result.returncode == 0, result.stderr
    assert "0 records" in result.stdout
