"""The `lgotp` command end to end: outputs, shapes and exit codes as CLI.md gives them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from support.paths import REPO, SAMPLE
from support.run import Run, environment, run_lgotp

TODAY = "2026-11-23"


def lgotp(*args: str, cwd: Path = REPO, env: dict | None = None, fresh: bool = False) -> Run:
    return run_lgotp(args, cwd=cwd, env=environment(env), fresh=fresh)


@pytest.fixture
def broken(root):
    """A root with one error (T110), one warning (T115) and one note (D202)."""
    root.record("trainee", "employer: {type: other}\nhost: {name: 豊田市}\n")
    root.record(
        "dispatch", "id: EX-D2\nperiod: {return: 2024-07-05}\nspecialist: {database_id: ICD-2}\n"
    )
    return root


def test_sample_records_validate_clean():
    # A new interpreter, as a user starts it (the other runs here fork one that has lgotp
    # imported: support.zygote).
    result = lgotp("--records", "records", "--today", TODAY, "validate", fresh=True)
    assert result.returncode == 0, result.stdout + result.stderr
    # The sample's six-month stay is the one warning it keeps (T106): exit 0.
    assert (
        result.stdout.splitlines()[-1] == "Found 0 errors and 1 warning in 56 records in 53 files."
    )
    assert "\x1b[" not in result.stdout  # plain when piped


def test_default_root_is_records_in_the_current_directory():
    result = lgotp("validate", "--today", TODAY)
    assert result.returncode == 0, result.stderr


def test_text_output_and_exit_1(broken):
    result = lgotp("--records", str(broken.path), "--today", "2025-06-01", "validate")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(" error T110 [EX-T] " in line for line in lines)
    assert any(" warning T115 [EX-T] " in line for line in lines)
    assert not any("D202" in line for line in lines)  # a note, shown with -v only
    assert lines[-1] == "Found 1 error and 1 warning in 2 records in 2 files."
    error_line = next(line for line in lines if "T110" in line)
    written = (broken.path / "trainees" / "EX-T.yaml").read_text().splitlines()
    line = next(n for n, text in enumerate(written, 1) if "type: other" in text)
    column = written[line - 1].index("other") + 1
    assert error_line.split(": ")[0].endswith(f"trainees/EX-T.yaml:{line}:{column}")


def test_verbose_shows_notes_and_quiet_only_errors(broken):
    verbose = lgotp("--records", str(broken.path), "--today", "2025-06-01", "validate", "-v")
    assert "info D202 [EX-D2]" in verbose.stdout
    quiet = lgotp("--records", str(broken.path), "--today", "2025-06-01", "validate", "-q")
    assert [line.split()[2] for line in quiet.stdout.splitlines()] == ["T110"]


def test_json_shape(broken):
    result = lgotp(
        "--records", str(broken.path), "--today", "2025-06-01", "validate", "--format", "json"
    )
    document = json.loads(result.stdout)
    assert set(document) == {"diagnostics", "summary"}
    assert document["summary"] == {"errors": 1, "warnings": 1, "infos": 1, "records": 2, "files": 2}
    first = document["diagnostics"][0]
    assert list(first) == ["file", "line", "column", "severity", "code", "record", "message"]
    assert isinstance(first["line"], int) and isinstance(first["column"], int)
    assert {d["code"] for d in document["diagnostics"]} == {"T110", "T115", "D202"}
    assert result.returncode == 1


def test_json_file_is_relative_to_the_current_directory(broken):
    result = lgotp(
        "--records",
        "records",
        "--today",
        "2025-06-01",
        "validate",
        "--format",
        "json",
        cwd=broken.path.parent,
    )
    files = {d["file"] for d in json.loads(result.stdout)["diagnostics"]}
    assert files == {"records/trainees/EX-T.yaml", "records/dispatches/EX-D2.yaml"}


def test_github_annotations(broken):
    result = lgotp(
        "--records", str(broken.path), "--today", "2025-06-01", "validate", "--format", "github"
    )
    error = next(line for line in result.stdout.splitlines() if "T110" in line)
    assert error.startswith("::error file=")
    assert "EX-T.yaml,line=" in error and ",title=T110::[EX-T] employer type 'other'" in error


def test_junit_report(broken):
    result = lgotp(
        "--records", str(broken.path), "--today", "2025-06-01", "validate", "--format", "junit"
    )
    suite = ElementTree.fromstring(result.stdout).find("testsuite")
    assert suite.get("tests") == "2" and suite.get("failures") == "1"
    failures = suite.findall("testcase/failure")
    assert len(failures) == 1 and failures[0].get("type") == "T110"


def test_strict_fails_on_warnings(root):
    root.record("trainee", "host: {name: 豊田市}\n")
    assert lgotp("--records", str(root.path), "--today", "2025-06-01", "validate").returncode == 0
    assert (
        lgotp(
            "--records", str(root.path), "--today", "2025-06-01", "validate", "--strict"
        ).returncode
        == 1
    )


def test_select_and_ignore(broken):
    base = ("--records", str(broken.path), "--today", "2025-06-01", "validate", "--format", "json")
    selected = json.loads(lgotp(*base, "--select", "T1").stdout)["diagnostics"]
    assert {d["code"] for d in selected} == {"T110", "T115"}
    ignored = lgotp(*base, "--ignore", "T110,D")
    assert {d["code"] for d in json.loads(ignored.stdout)["diagnostics"]} == {"T115"}
    assert ignored.returncode == 0


def test_paths_narrow_what_is_reported_not_what_is_checked(root):
    root.record("trainee")
    root.record("trainee", "name: {family: Other}\n", name="other.yaml")  # X301 with EX-T, X304
    narrowed = lgotp(
        "--records",
        str(root.path),
        "--today",
        "2025-06-01",
        "validate",
        "--format",
        "json",
        str(root.path / "trainees" / "other.yaml"),
    )
    found = json.loads(narrowed.stdout)["diagnostics"]
    assert {d["code"] for d in found} == {"X301", "X304"}
    assert all(d["file"].endswith("other.yaml") for d in found)


def test_path_alone_finds_its_records_root(root):
    root.record("trainee", "period: {departure: 2024-11-25}\n")
    result = lgotp(
        "--today",
        "2025-06-01",
        "validate",
        str(root.path / "trainees"),
        cwd=root.path.parent.parent,
    )
    assert result.returncode == 1 and "T101" in result.stdout


def test_env_sets_records_and_today(broken):
    result = lgotp(
        "validate",
        env={"LGOTP_RECORDS": str(broken.path), "LGOTP_TODAY": "2025-06-01"},
        fresh=True,
    )
    assert result.returncode == 1 and "T110" in result.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--records", "/nonexistent/records", "validate"), "does not exist"),
        (("--records", "records", "--today", "2025-13-01", "validate"), "YYYY-MM-DD"),
        (("--records", "records", "validate", "--format", "xml"), "--format must be"),
        (("--records", "records", "validate", "--select", "T999"), "no rule"),
        (("--records", "records", "validate", "nonexistent.yaml"), "does not exist"),
        (("--records", "records", "--lang", "fr", "validate"), "--lang must be"),
        (("rules", "Z999"), "there is no rule"),
    ],
)
def test_user_errors_are_one_sentence_and_exit_2(args, says):
    result = lgotp(*args, fresh=True)
    assert result.returncode == 2
    assert says in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_option_exits_2():
    result = lgotp("validate", "--no-such-option", fresh=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_invalid_config_is_l007_and_exit_2(root):
    root.write("lgotp.yaml", "allocation_tax:\n  2024:\n    municipality_ratio: 1.5\n")
    root.record("trainee")
    result = lgotp("--records", str(root.path), "validate")
    assert result.returncode == 2
    assert "lgotp.yaml:" in result.stdout and "L007" in result.stdout
    assert "Traceback" not in result.stderr


def test_rules_lists_and_explains():
    table = lgotp("rules").stdout
    assert "T101" in table and "X306" in table
    one = lgotp("rules", "t101").stdout
    assert one.startswith("T101 · error") and "Fires" in one and "Quiet" in one
    prefix = lgotp("rules", "T11").stdout
    assert "T110" in prefix and "T119" in prefix and "T101" not in prefix


def test_config_prints_defaults_and_overrides(root):
    root.write("lgotp.yaml", "policy: {report_due_days: 45}\n")
    printed = lgotp("--records", str(root.path), "config", "--format", "json")
    document = json.loads(printed.stdout)
    assert document["policy"]["report_due_days"] == 45
    assert document["policy"]["trainee_months"] == {"min": 6, "max": 12}
    assert document["allocation_tax"]["2023"]["prefecture_per_entity"] == 5700000
    assert "Form 3 due" in lgotp("--records", str(root.path), "config").stdout


def test_version():
    assert lgotp("--version").stdout.startswith("lgotp ")


def test_internal_error_is_one_line_and_exit_3(tmp_path):
    script = (
        "import sys\n"
        "import lgotp_cli.rules.engine as engine\n"
        "def boom(*a, **k): raise RuntimeError('boom')\n"
        "engine.validate = boom\n"
        "from lgotp_cli.cli import main\n"
        f"sys.argv = ['lgotp', '--records', {str(SAMPLE)!r}, '--today', {TODAY!r}, 'validate']\n"
        "main()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "internal error" in lines[0]
    trace = Path(lines[0].split("is in ")[1].split(". Please")[0])
    assert "RuntimeError: boom" in trace.read_text()
    trace.unlink()


@pytest.mark.parametrize(
    "args", [["--help"], ["--records", str(SAMPLE), "--today", TODAY, "validate"]]
)
def test_start_up_path_never_imports_heavy_libraries(args):
    script = (
        "import sys\n"
        "from lgotp_cli.cli import app\n"
        f"sys.argv = ['lgotp', *{args!r}]\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('pandas', 'openpyxl', 'jinja2') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert "HEAVY []" in result.stdout, result.stdout + result.stderr


def test_every_command_and_group_has_an_example():
    """`--help` of every command, and of every group of commands (`stats`), shows an example."""
    import typer

    from lgotp_cli.cli import app

    def walk(command, path: tuple[str, ...]):
        yield path, command
        # Typer's groups are Click groups or (in newer Typer) its own: both have ``commands``.
        if getattr(command, "commands", None):
            for name, sub in command.commands.items():
                yield from walk(sub, (*path, name))

    commands = list(walk(typer.main.get_command(app), ()))
    missing = [
        " ".join(path)
        for path, command in commands[1:]
        if "Example: lgotp" not in (command.help or "")
    ]
    assert ("stats",) in [path for path, _ in commands]
    assert missing == []
