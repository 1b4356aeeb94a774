"""The test harness's runs of lgotp. ``support.run.run_lgotp``: a fork of the zygote gives
exactly what a new interpreter gives, the bytes of both outputs and the exit code, so that the
tests that run lgotp prove the same either way. ``support.bounded.run_bounded``: the peak
memory it reports is lgotp's, whatever the size of the test process."""

from __future__ import annotations

import subprocess

import pytest
from support.bounded import run_bounded
from support.paths import REPO
from support.run import environment, run_lgotp

TODAY = "2025-06-01"

RUNS = {
    "validate": (["--records", "records", "--today", TODAY, "validate"], {}),
    "validate-json": (["--records", "records", "--today", TODAY, "validate", "-f", "json"], {}),
    "list-csv-crlf": (["--records", "records", "--today", TODAY, "list", "-f", "csv"], {}),
    "help": (["--help"], {}),
    "version": (["--version"], {}),
    "usage-error": (["validate", "--no-such-option"], {}),
    "user-error": (["--records", "/nonexistent/records", "validate"], {}),
    "rule-in-japanese": (["--lang", "ja", "rules", "T101"], {}),
    # The environment of the run, not the zygote's, decides.
    "lgotp-lang": (["--records", "records", "--today", TODAY, "due"], {"LGOTP_LANG": "ja"}),
    "japanese-locale": (["--records", "records", "--today", TODAY, "due"], {"LANG": "ja_JP.UTF-8"}),
    "lgotp-records-and-today": (
        ["validate", "-f", "json"],
        {"LGOTP_RECORDS": "tests/fixtures/reports", "LGOTP_TODAY": "2024-12-01"},
    ),
    "github-actions": (
        ["--records", "records", "--today", TODAY, "validate"],
        {"GITHUB_ACTIONS": "true"},
    ),
    "narrow-help": (["validate", "--help"], {"COLUMNS": "60"}),
}


@pytest.mark.parametrize("name", list(RUNS))
def test_a_fork_gives_what_a_new_interpreter_gives(name):
    args, extra = RUNS[name]
    env = environment(extra)
    forked = run_lgotp(args, cwd=REPO, env=env)
    fresh = run_lgotp(args, cwd=REPO, env=env, fresh=True)
    assert (forked.returncode, forked.stderr) == (fresh.returncode, fresh.stderr)
    assert forked.stdout_bytes == fresh.stdout_bytes
    assert forked.stdout_bytes or forked.stderr  # each run says something


def test_a_fork_past_its_timeout_is_killed_and_the_next_run_is_served():
    with pytest.raises(subprocess.TimeoutExpired):
        run_lgotp(["--records", "records", "--today", TODAY, "validate"], cwd=REPO, timeout=0.01)
    assert run_lgotp(["--version"], cwd=REPO).stdout.startswith("lgotp ")


WATCH_OPENS = """
import os
import sys

_log = open(os.environ["OPEN_LOG"], "a", encoding="utf-8")


def _hook(event, args):
    if event == "open" and isinstance(args[0], str):
        _log.write(os.path.abspath(args[0]) + "\\n")
        _log.flush()


sys.addaudithook(_hook)
"""


def test_watch_code_sees_the_files_the_command_opens_either_way(tmp_path):
    """``watch`` runs before the command in a fork as in a new interpreter (its
    sitecustomize): both see the same record files opened."""
    records = REPO / "records"
    seen = []
    for fresh in (False, True):
        log = tmp_path / f"opened-{fresh}.log"
        env = environment({"OPEN_LOG": str(log)})
        args = ["--records", records, "--today", TODAY, "validate"]
        run = run_lgotp(args, cwd=REPO, env=env, watch=WATCH_OPENS, fresh=fresh)
        assert run.returncode == 0, run.stderr
        opened = log.read_text(encoding="utf-8").splitlines()
        seen.append(sorted({path for path in opened if path.startswith(str(records))}))
    assert seen[0] == seen[1]
    assert any(path.endswith(".yaml") for path in seen[0])


def test_runs_started_together_from_threads_each_give_their_own_output():
    """A run asked for while another is under way (from another thread) is a new process of its
    own: the zygote's socket carries one run at a time."""
    from concurrent.futures import ThreadPoolExecutor

    args = ["--records", "records", "--today", TODAY, "validate", "-f", "json"]
    with ThreadPoolExecutor(3) as pool:
        runs = list(pool.map(lambda _: run_lgotp(args, cwd=REPO), range(3)))
    assert [run.returncode for run in runs] == [0, 0, 0]
    assert len({run.stdout for run in runs}) == 1


def test_a_bounded_runs_peak_memory_is_lgotps_not_the_test_processs():
    """A process forked from the test process would be charged its size: 256 MiB here."""
    ballast = bytearray(256 * 1024 * 1024)
    ballast[::4096] = b"\x01" * len(range(0, len(ballast), 4096))  # resident, every page
    run = run_bounded(["--version"], cwd=REPO)
    assert run.returncode == 0 and run.stdout.startswith("lgotp ")
    assert 1 < run.peak_mib < 128, run.peak_mib
    del ballast
