"""Which language lgotp speaks: --lang, else $LGOTP_LANG, else `lang:` in lgotp.yaml, else a
Japanese locale (LC_ALL, LC_MESSAGES, LANG: the first that is set decides), else the command's
default (English; the returns' content Japanese). Each step is tested on its own, and each
against the one after it; an unknown --lang or $LGOTP_LANG is one sentence, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.paths import SAMPLE
from support.run import assert_one_sentence, environment, run_lgotp

from lgotp_cli import language
from lgotp_cli.errors import UserError

# The variables that choose a language, none of them set unless a test sets it.
CHOOSERS = ("LGOTP_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture
def clean(monkeypatch):
    """No variable that chooses a language; the language chosen earlier forgotten."""
    for name in CHOOSERS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(language, "_chosen", None)
    return monkeypatch


def choose(given=None, configured=None, default="en") -> str:
    return language.choose_language(given, lambda: configured, default)


# --- in-process: every step and the one after it ------------------------------------------------


def test_without_anything_the_default(clean):
    assert choose() == "en"
    assert choose(default="ja") == "ja"  # a return's content


def test_lang_option_wins_over_everything(clean):
    clean.setenv("LGOTP_LANG", "en")
    clean.setenv("LANG", "en_US.UTF-8")
    assert choose("ja", configured="en") == "ja"
    clean.setenv("LGOTP_LANG", "ja")
    assert choose("en", configured="ja", default="ja") == "en"


def test_environment_wins_over_lgotp_yaml(clean):
    clean.setenv("LGOTP_LANG", "ja")
    assert choose(configured="en") == "ja"
    clean.setenv("LGOTP_LANG", "EN")  # as people type it
    assert choose(configured="ja") == "en"


def test_lgotp_yaml_wins_over_the_locale(clean):
    clean.setenv("LANG", "ja_JP.UTF-8")
    assert choose(configured="en") == "en"
    clean.setenv("LANG", "en_GB.UTF-8")
    assert choose(configured="ja") == "ja"


def test_a_japanese_locale_wins_over_the_default(clean):
    clean.setenv("LANG", "ja_JP.UTF-8")
    assert choose() == "ja"
    clean.setenv("LANG", "C.UTF-8")
    assert choose() == "en"


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"LC_ALL": "C", "LANG": "ja_JP.UTF-8"}, "en"),  # LC_ALL decides
        ({"LC_ALL": "ja_JP.UTF-8", "LANG": "C"}, "ja"),
        ({"LC_MESSAGES": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"}, "ja"),
        ({"LC_MESSAGES": "C", "LANG": "ja_JP.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "ja_JP.UTF-8"}, "ja"),  # set but empty: the next decides
        ({"LANG": "fr_FR.UTF-8"}, "en"),  # neither language: the default, silently
    ],
)
def test_the_first_locale_variable_that_is_set_decides(clean, variables, expected):
    for name, value in variables.items():
        clean.setenv(name, value)
    assert choose() == expected


def test_a_locale_that_is_neither_language_falls_back_to_the_command_default(clean):
    clean.setenv("LANG", "fr_FR.UTF-8")
    assert choose(default="ja") == "ja"


def test_an_unknown_lgotp_lang_is_a_user_error(clean):
    clean.setenv("LGOTP_LANG", "fr")
    with pytest.raises(UserError) as refused:
        choose()
    assert refused.value.said_in("en") == (
        "$LGOTP_LANG=fr is not a language lgotp speaks; use en or ja."
    )
    assert "en か ja を指定してください" in refused.value.said_in("ja")


def test_what_is_said_is_in_the_language_asked_for_else_english(clean):
    """A return's content defaults to Japanese; its errors and notes are said in the language
    the user asked for, else English."""
    assert choose(default="ja") == "ja"
    assert language.current_language() == "en"
    clean.setenv("LGOTP_LANG", "ja")
    assert choose(default="en") == "ja"
    assert language.current_language() == "ja"


def test_lgotp_yaml_lang_is_read_only_when_it_is_a_language(tmp_path: Path):
    (tmp_path / "lgotp.yaml").write_text("lang: ja\n", encoding="utf-8")
    assert language.configured_language(tmp_path) == "ja"
    (tmp_path / "lgotp.yaml").write_text("lang: fr\n", encoding="utf-8")
    assert language.configured_language(tmp_path) is None
    (tmp_path / "lgotp.yaml").unlink()
    assert language.configured_language(tmp_path) is None


# --- end to end: the same order, as a user runs lgotp ---------------------------------------------

ENGLISH = "give a record id (lgotp timeline LGOTP-2024-007) or --fiscal-year YYYY"
JAPANESE = "記録の ID（lgotp timeline LGOTP-2024-007）か --fiscal-year YYYY のどちらか一方"


def speaks(root: Path, *options: str, **variables: str) -> str:
    """Which language `lgotp timeline` (given neither an id nor a year) refuses in."""
    env = environment(variables, drop=("LGOTP_", "LC_", "LANG"))
    run = run_lgotp(["--records", str(root), *options, "timeline"], cwd=root, env=env)
    assert run.returncode == 2, run.stderr
    if ENGLISH in run.stderr:
        return "en"
    assert JAPANESE in run.stderr, run.stderr
    return "ja"


@pytest.fixture(scope="module")
def configured_root(tmp_path_factory) -> tuple[Path, Path]:
    """Two empty records roots: one whose lgotp.yaml says `lang: ja`, one `lang: en`."""
    roots = []
    for lang in ("ja", "en"):
        root = tmp_path_factory.mktemp(f"lang-{lang}")
        (root / "trainees").mkdir()
        (root / "lgotp.yaml").write_text(f"lang: {lang}\n", encoding="utf-8")
        roots.append(root)
    return roots[0], roots[1]


def test_each_step_chooses_the_language_end_to_end(configured_root):
    says_ja, says_en = configured_root
    plain = says_en.parent / "plain"
    (plain / "trainees").mkdir(parents=True)
    assert speaks(plain) == "en"  # the default
    assert speaks(plain, LANG="ja_JP.UTF-8") == "ja"  # the locale
    assert speaks(plain, LC_ALL="C", LANG="ja_JP.UTF-8") == "en"  # LC_ALL wins
    assert speaks(says_ja, LANG="en_US.UTF-8") == "ja"  # lgotp.yaml over the locale
    assert speaks(says_en, LANG="ja_JP.UTF-8") == "en"
    assert speaks(says_en, LGOTP_LANG="ja") == "ja"  # $LGOTP_LANG over lgotp.yaml
    assert speaks(says_ja, LGOTP_LANG="en") == "en"
    assert speaks(says_ja, "--lang", "en", LGOTP_LANG="ja") == "en"  # --lang over all
    assert speaks(plain, "--lang", "ja", LGOTP_LANG="en", LANG="C") == "ja"


def test_the_returns_content_defaults_to_japanese_and_their_errors_to_english(tmp_path):
    env = environment(drop=("LGOTP_", "LC_", "LANG"))
    run = run_lgotp(
        ["--records", str(SAMPLE), "return", "list", "-o", "x.csv"], cwd=tmp_path, env=env
    )
    assert_one_sentence(run, "a return is an Excel workbook")
    env = environment({"LANG": "ja_JP.UTF-8"}, drop=("LGOTP_", "LC_", "LANG"))
    run = run_lgotp(
        ["--records", str(SAMPLE), "return", "list", "-o", "x.csv"], cwd=tmp_path, env=env
    )
    assert_one_sentence(run, "様式は Excel のワークブックです", ends="。")


@pytest.mark.parametrize(
    ("arguments", "variables", "expected"),
    [
        (["--lang", "fr", "rules"], {}, "lgotp: --lang must be en or ja, not 'fr'."),
        (["rules", "--lang", "fr"], {}, "lgotp: --lang must be en or ja, not 'fr'."),
        (
            ["--lang", "fr", "rules"],
            {"LGOTP_LANG": "ja"},
            "lgotp: --lang に 'fr' は指定できません。en、ja のいずれかを指定してください。",
        ),
        (
            ["rules"],
            {"LGOTP_LANG": "fr"},
            "lgotp: $LGOTP_LANG=fr is not a language lgotp speaks; use en or ja.",
        ),
        (
            ["rules"],
            {"LGOTP_LANG": "fr", "LANG": "ja_JP.UTF-8"},
            "lgotp: $LGOTP_LANG=fr は lgotp が使える言語ではありません。en か ja を"
            "指定してください。",
        ),
    ],
)
def test_an_unknown_language_is_one_sentence_and_exit_2(tmp_path, arguments, variables, expected):
    env = environment(variables, drop=("LGOTP_", "LC_", "LANG"))
    run = run_lgotp(arguments, cwd=tmp_path, env=env)
    line = assert_one_sentence(run, ends=(".", "。"), stdout="")
    assert line == expected


def test_help_lists_the_commands_in_japanese_when_japanese_is_asked_for():
    from support.paths import REPO
    from support.run import environment, run_lgotp

    japanese = run_lgotp(["--help"], cwd=REPO, env=environment({"LGOTP_LANG": "ja"}))
    assert "validate  記録を検査する" in japanese.stdout
    assert "stats     受入実績（国別・受入団体別・分野別）" in japanese.stdout
    assert "記録を git で管理し" in japanese.stdout
    by_option = run_lgotp(["--lang", "ja", "--help"], cwd=REPO)
    assert "validate  記録を検査する" in by_option.stdout
    english = run_lgotp(["--help"], cwd=REPO)
    assert "validate  Check the records" in english.stdout
    assert "記録" not in english.stdout


def test_japanese_help_leaves_the_app_in_english(monkeypatch):
    """A run's Japanese help is put on the command that run parses, never on the app: the app
    says its English whatever ran before it in the process (the docs' check reads it)."""
    from lgotp_cli.commands import app as app_module
    from lgotp_cli.i18n.help_words import COMMANDS

    english = app_module.app.info.help
    monkeypatch.setattr(app_module.sys, "argv", ["lgotp", "--lang", "ja", "--help"])
    japanese = app_module.command_for_this_run()
    assert japanese.help == COMMANDS[english].ja
    assert app_module.app.info.help == english
    monkeypatch.setattr(app_module.sys, "argv", ["lgotp", "--lang", "en", "--help"])
    assert app_module.command_for_this_run().help == english
