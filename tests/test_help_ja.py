"""Each command's `--help`: in Japanese when Japanese is chosen (``--lang ja`` on the command
line, ``$LGOTP_LANG``, a Japanese locale), every description and option help from the
catalogue (lgotp_cli/i18n/help_words.yaml); otherwise English, byte for byte what it was
(tests/help_golden)."""

from __future__ import annotations

import pytest
import typer.main
from support.golden import assert_golden
from support.paths import REPO
from support.run import environment, run_lgotp

from lgotp_cli.cli import app
from lgotp_cli.i18n import help_words
from lgotp_cli.output.terminal import cell_width

GOLDEN = REPO / "tests" / "help_golden"
# No language chosen anywhere: no LGOTP_LANG, no locale.
NEUTRAL = ("LGOTP_", "LC_", "LANG")


def commands():
    """(path, click command, context) of `lgotp` and every command under it."""

    def walk(command, path: tuple[str, ...], parent):
        name = path[-1] if path else "lgotp"
        context = command.context_class(
            command, info_name=name, parent=parent, **command.context_settings
        )
        yield path, command, context
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, (*path, name), context)

    return list(walk(typer.main.get_command(app), (), None))


PATHS = [path for path, _, _ in commands()]


def squeezed(text: str) -> str:
    """``text`` without its spaces and line ends: the words, however the help wraps them."""
    return "".join(text.split())


def test_every_description_and_option_help_has_its_japanese():
    """A new command or option, or English changed in the code, fails here until the
    catalogue has its Japanese."""
    missing = []
    for path, command, context in commands():
        where = " ".join(("lgotp", *path))
        if command.help not in help_words.COMMANDS:
            missing.append(f"{where}: {command.help!r}")
        for parameter in [*command.params, command.get_help_option(context)]:
            if parameter.help not in help_words.OPTIONS:
                missing.append(f"{where} {parameter.name}: {parameter.help!r}")
    assert missing == []
    assert len(PATHS) == 20


def test_no_japanese_is_left_over():
    """Every text of the catalogue is still one that some help says in English."""
    described, helped = set(), set()
    for _, command, context in commands():
        described.add(command.help)
        helped.update(p.help for p in [*command.params, command.get_help_option(context)])
    assert set(help_words.COMMANDS) - described == set()
    assert set(help_words.OPTIONS) - helped == set()


@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(("lgotp", *path)))
def test_english_help_is_what_it_always_was(path):
    run = run_lgotp([*path, "--help"], cwd=REPO, env=environment(drop=NEUTRAL))
    assert run.returncode == 0, run.stderr
    assert_golden(GOLDEN / f"{'-'.join(('lgotp', *path))}.txt", run.stdout)


@pytest.mark.parametrize("path", PATHS, ids=lambda path: " ".join(("lgotp", *path)))
def test_japanese_help_is_the_catalogues_and_fits_the_terminal(path):
    command = dict(zip(PATHS, (command for _, command, _ in commands()), strict=True))[path]
    run = run_lgotp(["--lang", "ja", *path, "--help"], cwd=REPO)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("使い方: python -m lgotp_cli")
    assert squeezed(help_words.COMMANDS[command.help].ja) in squeezed(run.stdout)
    assert "\nオプション:\n" in run.stdout and "Options:" not in run.stdout
    assert "ヘルプを表示します。" in run.stdout
    # Wrapped by cells (a wide character takes two), as English is by characters: 80 at most
    # on a terminal 120 wide, save a word too long to break (a path in an example).
    too_wide = [line for line in lines if cell_width(line) > 80 and " " in line.strip()]
    assert too_wide == []


@pytest.mark.parametrize(
    ("arguments", "variables"),
    [
        (["validate", "--help"], {"LGOTP_LANG": "ja"}),
        (["list", "--help"], {"LANG": "ja_JP.UTF-8"}),
        (["--lang", "ja", "import", "--help"], {}),
        (["list", "--lang", "ja", "--help"], {}),
    ],
    ids=["LGOTP_LANG", "locale", "--lang-first", "--lang-after"],
)
def test_each_way_of_choosing_japanese_gives_japanese_help(arguments, variables):
    run = run_lgotp(arguments, cwd=REPO, env=environment(variables, drop=NEUTRAL))
    assert run.returncode == 0, run.stderr
    japanese = "記録フォルダ（指定がなければ $LGOTP_RECORDS、それもなければ ./records）。"
    assert squeezed(japanese) in squeezed(run.stdout)
    assert "Records root" not in run.stdout


def test_japanese_help_says_typers_own_words_in_japanese():
    config = run_lgotp(["--lang", "ja", "config", "--help"], cwd=REPO).stdout
    assert "  -f, --format FORMAT  yaml または json。 [既定値: yaml]\n" in config
    returns = run_lgotp(["--lang", "ja", "return", "--help"], cwd=REPO).stdout
    assert "\n引数:\n" in returns and "[必須]" in returns
    assert "  例: lgotp return reimbursement --host 232025" in returns
    stats = run_lgotp(["--lang", "ja", "stats", "--help"], cwd=REPO).stdout
    assert "\nコマンド:\n  countries  国別・年度別の受入実績\n" in stats
    top = run_lgotp(["--lang", "ja", "--help"], cwd=REPO).stdout
    assert "  validate  記録を検査する\n" in top
    assert "  --version             バージョンを表示します。\n" in top


def test_an_english_choice_keeps_english_help():
    japanese = environment({"LGOTP_LANG": "ja"})
    run = run_lgotp(["--lang", "en", "validate", "--help"], cwd=REPO, env=japanese)
    assert run.stdout.startswith("Usage: ")
    assert "Records root (else $LGOTP_RECORDS, else ./records)." in run.stdout


def test_a_lang_the_command_does_not_take_still_gets_a_japanese_refusal():
    run = run_lgotp(["import", "--lang", "ja", "x.csv"], cwd=REPO)
    assert run.returncode == 2
    assert run.stderr.startswith("使い方: python -m lgotp_cli import [OPTIONS]")
    assert run.stderr.endswith("エラー: --lang というオプションはありません\n")
