"""The `lgotp` command's layer: allowed values checked while parsing (one sentence, exit 2),
GITHUB_ACTIONS choosing validate's format, NO_COLOR, and the one module that writes files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.terminal import on_a_terminal

from lgotp_cli.commands import options
from lgotp_cli.errors import LgotpError, UserError
from lgotp_cli.output import files

REPO = Path(__file__).resolve().parents[1]
TODAY = "2026-11-23"


def lgotp(*args: str, env: dict | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess:
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("LGOTP_") and k not in ("NO_COLOR", "GITHUB_ACTIONS")
    }
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "lgotp_cli", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


# --- allowed values -----------------------------------------------------------------------------


def test_the_enums_are_the_librarys_lists():
    """The commands declare their allowed values without importing the library (start-up);
    they must stay the library's."""
    from lgotp_cli import newrecord, render
    from lgotp_cli.output.returns import RETURN_OPTIONS
    from lgotp_cli.reports.returns import RETURNS
    from lgotp_cli.schema import SCHEMA_KINDS
    from lgotp_cli.sheets.export import FORMATS

    assert tuple(options.RecordKind) == tuple(newrecord.KINDS)
    assert tuple(options.SchemaKind) == tuple(SCHEMA_KINDS)
    assert tuple(options.ReturnName) == tuple(RETURNS) == tuple(RETURN_OPTIONS)
    assert tuple(options.ExportFormat) == FORMATS
    assert tuple(options.ReportFormat) == render.FORMATS
    assert tuple(options.DueFormat) == (*render.FORMATS, "ics")


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("list", "--kind", "x"), "lgotp: --kind must be trainee or dispatch, not 'x'."),
        (("costs", "--kind", "x"), "lgotp: --kind must be all, trainee or dispatch, not 'x'."),
        (("import", "x.csv", "--kind", "x"), "--kind must be trainee, dispatch or request"),
        (("config", "-f", "toml"), "lgotp: --format must be yaml or json, not 'toml'."),
        (("list", "-y", "20x4"), "--fiscal-year must be a fiscal year written as the year"),
        (("stats", "hosts", "--to", "x"), "--to must be a fiscal year"),
        (("due", "--within", "x"), "--within must be a whole number of days"),
        (("export", "-o", "out.csv", "-f", "pdf"), "--format must be csv, xlsx, json or sqlite"),
        (("return", "nosuch"), "there is no return 'nosuch'; the returns are reimbursement,"),
        (("new", "trainees"), "there is no record kind 'trainees'"),
        (("--lang", "fr", "list"), "lgotp: --lang must be en or ja, not 'fr'."),
        (("site", "-o", "out", "--lang", "de"), "lgotp: --lang must be en or ja, not 'de'."),
    ],
)
def test_a_value_outside_the_allowed_ones_is_one_sentence_and_exit_2(args, sentence, tmp_path):
    result = lgotp("--records", str(REPO / "records"), *args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and sentence in lines[0], lines
    assert list(tmp_path.iterdir()) == []


def test_the_return_option_table_refuses_what_a_return_does_not_take():
    from lgotp_cli.output.returns import ReturnAsked, check_options

    with pytest.raises(UserError, match="--host is for the reimbursement return"):
        check_options(ReturnAsked("list", host="232025"))
    check_options(ReturnAsked("survey", host="232025"))  # its forms
    check_options(ReturnAsked("survey", fiscal_year=2026))  # every host
    with pytest.raises(UserError, match="give the list return --fiscal-year"):
        check_options(ReturnAsked("list", start=2020))
    with pytest.raises(UserError, match="spans years"):
        check_options(ReturnAsked("countries", fiscal_year=2024))
    with pytest.raises(UserError, match="give --host CODE"):
        check_options(ReturnAsked("reimbursement", fiscal_year=2024))
    check_options(ReturnAsked("reimbursement", fiscal_year=2024, host="232025"))


def test_every_expected_error_is_an_lgotp_error_with_exit_2():
    from lgotp_cli.errors import ConfigError

    assert issubclass(UserError, LgotpError) and issubclass(ConfigError, LgotpError)
    assert issubclass(files.OutputError, LgotpError)
    assert files.OutputError("x").exit_code == 2


# --- GITHUB_ACTIONS -----------------------------------------------------------------------------


@pytest.fixture
def broken(root):
    root.record("trainee", "employer: {type: other}\nhost: {name: 豊田市}\n")
    return root


def test_validate_writes_github_annotations_inside_github_actions(broken):
    result = lgotp(
        "--records", str(broken.path), "--today", "2025-06-01", "validate",
        env={"GITHUB_ACTIONS": "true"},
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stdout.startswith("::error file=")
    assert "title=T110" in result.stdout


def test_an_explicit_format_wins_over_github_actions(broken):
    result = lgotp(
        "--records", str(broken.path), "--today", "2025-06-01", "validate", "-f", "text",
        env={"GITHUB_ACTIONS": "true"},
    )  # fmt: skip
    assert result.returncode == 1
    assert "::error" not in result.stdout and " error T110 " in result.stdout


@pytest.mark.parametrize("value", ["false", "", "1"])
def test_only_github_actions_true_chooses_github(broken, value):
    result = lgotp(
        "--records", str(broken.path), "--today", "2025-06-01", "validate",
        env={"GITHUB_ACTIONS": value},
    )  # fmt: skip
    assert "::error" not in result.stdout and " error T110 " in result.stdout


def test_an_invalid_lgotp_yaml_inside_github_actions_is_an_annotation(root):
    root.write("lgotp.yaml", "allocation_tax:\n  2024:\n    municipality_ratio: 1.5\n")
    result = lgotp("--records", str(root.path), "validate", env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 2
    assert result.stdout.startswith("::error file=") and "title=L007" in result.stdout


# --- NO_COLOR -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("--records", str(REPO / "records"), "--today", TODAY, "validate", "--strict"),
        ("--records", str(REPO / "records"), "list", "--fiscal-year", "2024"),
        ("--records", str(REPO / "records"), "timeline", "--fiscal-year", "2024"),
    ],
    ids=["validate", "list", "timeline"],
)
def test_no_color_turns_colour_off_on_a_terminal(args):
    coloured = on_a_terminal(*args, env={})
    assert "\x1b[" in coloured  # colour on a terminal …
    plain = on_a_terminal(*args, env={"NO_COLOR": "1"})
    assert plain.strip() and "\x1b[" not in plain  # … never with NO_COLOR


def test_an_empty_no_color_is_not_set():
    """no-color.org: NO_COLOR counts when it is set to anything but the empty string."""
    args = ("--records", str(REPO / "records"), "--today", TODAY, "validate", "--strict")
    assert "\x1b[" in on_a_terminal(*args, env={"NO_COLOR": ""})


# --- output files -------------------------------------------------------------------------------


def test_create_new_never_replaces_a_file(tmp_path):
    target = tmp_path / "folder" / "new.yaml"
    files.create_new(target, b"first\n")
    assert target.read_bytes() == b"first\n"
    with pytest.raises(FileExistsError):
        files.create_new(target, b"second\n")
    assert target.read_bytes() == b"first\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["new.yaml"]


def test_new_files_get_the_permissions_the_umask_allows(tmp_path):
    previous = os.umask(0o027)
    try:
        files.write_atomic(tmp_path / "a.csv", b"a")
        files.create_new(tmp_path / "b.yaml", b"b")
        files.build_atomic(tmp_path / "c.db", lambda p: p.write_bytes(b"c"), what="a database")
    finally:
        os.umask(previous)
    for name in ("a.csv", "b.yaml", "c.db"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o640, name


def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    target.chmod(0o600)
    files.write_atomic(target, b"new")
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o600


def test_build_atomic_leaves_the_old_file_when_the_build_fails(tmp_path):
    target = tmp_path / "out.sqlite"
    target.write_bytes(b"old")

    def fail(path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(files.OutputError, match=r"cannot write .*out\.sqlite: No space left"):
        files.build_atomic(target, fail, what="an SQLite database")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.sqlite"]


def test_check_file_says_what_is_wrong(tmp_path):
    root = tmp_path / "records"
    root.mkdir()
    with pytest.raises(files.OutputError, match="inside the records root"):
        files.check_file(root / "out.csv", root)
    with pytest.raises(files.OutputError, match=r"the folder .* does not exist"):
        files.check_file(tmp_path / "missing" / "out.csv", root)
    with pytest.raises(files.OutputError, match="it is a folder"):
        files.check_file(root, None)
    (tmp_path / "out.csv").write_text("x")
    with pytest.raises(files.OutputError, match="pass --force"):
        files.check_file(tmp_path / "out.csv", root, force=False)
    files.check_file(tmp_path / "out.csv", root, force=True)
    files.check_file(tmp_path / "out.csv", root)  # a command without --force replaces


def test_write_output_puts_a_bom_before_csv_text_in_a_file(tmp_path):
    files.write_output(tmp_path / "a.csv", iter(["x,y\r\n", "1,2\r\n"]), bom=True)
    assert (tmp_path / "a.csv").read_bytes() == "\ufeffx,y\r\n1,2\r\n".encode()
