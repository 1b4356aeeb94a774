"""Every word outside the rule messages in the chosen language: errors that stop a command,
notes on standard error, what a command ends with, Typer's own refusals, `lgotp rules`, JUnit
and GitHub annotations. Japanese under $LGOTP_LANG=ja and --lang ja; English byte for byte as
it was."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest
from support.paths import SAMPLE
from support.records import empty_records
from support.reports import FIXTURE, LEFT_OUT_ONE, LEFT_OUT_ONE_JA
from support.run import assert_one_sentence, environment, run_lgotp

from lgotp_cli.diagnostics import Diagnostic, Severity, Summary, github_line, to_junit
from lgotp_cli.errors import UserError
from lgotp_cli.i18n import error_words
from lgotp_cli.i18n.spoken import FiscalYear, OneOf, OsReason
from lgotp_cli.output.rules_doc import explain_rule
from lgotp_cli.output.usage import in_japanese
from lgotp_cli.rules.registry import all_rules

ENDS_JA = ("。", "。)")


def lgotp(args, cwd: Path, lang: str | None = None, *, how: str = "env"):
    """Run lgotp with no language chosen (English), or Japanese chosen by $LGOTP_LANG
    (``how="env"``) or by --lang before the command (``how="option"``)."""
    variables = {}
    if lang and how == "env":
        variables["LGOTP_LANG"] = lang
    elif lang:
        args = ["--lang", lang, *args]
    env = environment(variables, drop=("LGOTP_", "LC_", "LANG"))
    return run_lgotp(args, cwd=cwd, env=env)


# Each: the arguments ({sample}: the sample records), the English line as it has always been,
# and what the Japanese says.
ERRORS = {
    "records-root": (
        ["--records", "nowhere", "list"],
        "lgotp: records root 'nowhere' does not exist; run lgotp in the folder that holds "
        "records/, or pass --records DIR (or set LGOTP_RECORDS).",
        "lgotp: 記録フォルダ 'nowhere' がありません。",
    ),
    "today": (
        ["--records", "{sample}", "--today", "2025-13-01", "due"],
        "lgotp: --today (or LGOTP_TODAY) must be a date written YYYY-MM-DD, not '2025-13-01'.",
        "'2025-13-01' は日付として読めません。YYYY-MM-DD の形で書いてください。",
    ),
    "unknown-rule": (
        ["rules", "Q999"],
        "lgotp: there is no rule 'Q999'. See `lgotp rules`.",
        "lgotp: ルール 'Q999' はありません。`lgotp rules` で一覧を確認してください。",
    ),
    "select": (
        ["--records", "{sample}", "validate", "--select", "Z9"],
        "lgotp: --select names 'Z9', which is no rule. See `lgotp rules`.",
        "lgotp: --select に指定された 'Z9' というルールはありません。",
    ),
    "file-exists": (
        ["--records", "{sample}", "export", "-o", "exists.csv"],
        "lgotp: exists.csv exists; pass --force to replace it, or give another -o.",
        "lgotp: exists.csv はすでにあります。置き換えるときは --force を付け",
    ),
    "format-from-name": (
        ["--records", "{sample}", "list", "-o", "out.doc"],
        "lgotp: cannot tell the format from 'out.doc'; end it in .csv, .htm, .html, .json, "
        ".markdown, .md, .xlsx, or pass --format.",
        "lgotp: 'out.doc' からは出力の形式がわかりません。ファイル名の末尾を .csv、.htm、",
    ),
    "missing-keys": (
        ["--records", "{sample}", "new", "trainee", "--no-input", "--set", "name.family=X"],
        "lgotp: a new trainee needs name.given, nationality, employer.name, leadership, "
        "host.code, field, period.arrival, period.departure: give them with --set KEY=VALUE "
        "(e.g. --set name.given=…), or run on a terminal without --no-input.",
        "lgotp: 新しい研修員の記録には name.given, nationality, employer.name, ",
    ),
    "timeline-year": (
        ["--records", "{sample}", "timeline", "--fiscal-year", "1990"],
        "lgotp: there are no trainees or dispatches in FY1990; `lgotp list` shows the years "
        "that have records.",
        "lgotp: 平成2年度の研修員も専門家派遣もありません。",
    ),
    "return-options": (
        ["--records", "{sample}", "return", "countries", "--fiscal-year", "2024"],
        "lgotp: the countries return spans years: give --from and --to, not --fiscal-year.",
        "--fiscal-year ではなく --from と --to を指定してください。",
    ),
    "return-host": (
        ["--records", "{sample}", "return", "reimbursement", "--host", "999999", "-o", "r.xlsx"],
        "lgotp: --host: local government code 999999 has a wrong check digit: the check digit "
        "of 99999 is 7, so the code would be 999997.",
        "lgotp: --host: 地方公共団体コード 999999 の検査数字が誤っています。",
    ),
    "costs-host": (
        ["--records", "{sample}", "costs", "--host", "999997"],
        "lgotp: --host: local government code 999997 is not in MIC's list of local governments; "
        "check the code, or, if it is the code of a government that has since merged or changed "
        "its code, declare it in lgotp.yaml under host_codes (its name, type, dates and "
        "successor).",
        "lgotp: --host: 地方公共団体コード 999997 は総務省の地方公共団体コード一覧にありません。",
    ),
    "git": (
        ["--records", "{sample}", "diff", "no-such-revision"],
        "lgotp: unknown revision 'no-such-revision'. Check the name with `git log --oneline` "
        "or `git branch -a`.",
        "lgotp: リビジョン 'no-such-revision' が見つかりません。",
    ),
}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("messages")
    (folder / "exists.csv").write_text("x\n", encoding="utf-8")
    return folder


def _arguments(arguments: list[str]) -> list[str]:
    return [str(SAMPLE) if part == "{sample}" else part for part in arguments]


@pytest.mark.parametrize("case", list(ERRORS))
def test_an_error_is_one_sentence_in_english_as_it_was(workdir, case):
    arguments, english, _ = ERRORS[case]
    line = assert_one_sentence(lgotp(_arguments(arguments), workdir), stdout=None)
    assert line == english


@pytest.mark.parametrize("how", ["env", "option"])
@pytest.mark.parametrize("case", list(ERRORS))
def test_an_error_is_one_sentence_in_japanese(workdir, case, how):
    arguments, _, japanese = ERRORS[case]
    run = lgotp(_arguments(arguments), workdir, "ja", how=how)
    line = assert_one_sentence(run, japanese, ends=ENDS_JA, stdout=None)
    assert not line.isascii()


def test_the_left_out_note_is_said_in_the_chosen_language(tmp_path):
    arguments = ["--records", str(FIXTURE), "--today", "2025-06-01", "list", "-f", "csv"]
    english = lgotp(arguments, tmp_path)
    assert english.returncode == 0 and english.stderr_lines == [LEFT_OUT_ONE]
    japanese = lgotp(arguments, tmp_path, "ja")
    assert japanese.returncode == 0
    assert japanese.stderr_lines == [LEFT_OUT_ONE_JA]
    assert japanese.stdout.startswith("no,id,")  # the table itself, as it was


def test_export_and_import_say_what_they_did_in_the_chosen_language(tmp_path):
    sheet = tmp_path / "records.csv"
    run = lgotp(["--records", str(SAMPLE), "export", "-o", str(sheet)], tmp_path)
    assert run.returncode == 0
    assert run.stderr_lines == [f"lgotp: wrote 56 records to {sheet}"]
    again = tmp_path / "again.csv"
    run = lgotp(["--records", str(SAMPLE), "export", "-o", str(again)], tmp_path, "ja")
    assert run.stderr_lines == [f"lgotp: 56 件の記録を {again} に書き出しました"]

    empty = empty_records(tmp_path / "empty")
    shutil.copytree(SAMPLE / "reports", empty / "reports")
    shutil.copy(SAMPLE / "lgotp.yaml", empty / "lgotp.yaml")  # the former host codes
    arguments = ["--records", str(empty), "--today", "2025-06-01", "import", str(sheet)]
    run = lgotp([*arguments, "--dry-run"], tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert sum(line.startswith("would write ") for line in lines) == 56
    assert lines[-1] == "Dry run: 56 record file(s) would be written, 0 changed, 0 unchanged."
    run = lgotp([*arguments, "--dry-run"], tmp_path, "ja", how="option")
    lines = run.stdout.splitlines()
    assert sum(line.startswith("書き込み予定: ") for line in lines) == 56
    assert lines[-1] == (
        "試行のみ: 記録ファイル 56 件を書き、0 件を変更する予定です（変更なし 0 件）。"
    )


def test_an_invalid_lgotp_yaml_is_said_in_the_chosen_language(tmp_path):
    root = tmp_path / "records"
    (root / "trainees").mkdir(parents=True)
    (root / "lgotp.yaml").write_text("policy:\n  bogus: 1\n", encoding="utf-8")
    arguments = ["--records", str(root), "validate"]
    english = lgotp(arguments, tmp_path)
    assert english.returncode == 2
    assert english.stderr_lines == [
        "lgotp: lgotp.yaml is invalid, so no record can be checked; fix it first "
        "(`lgotp config` shows the defaults)."
    ]
    assert " error L007 lgotp.yaml is invalid: " in english.stdout
    japanese = lgotp(arguments, tmp_path, "ja")
    assert japanese.returncode == 2
    assert japanese.stderr_lines == [
        "lgotp: lgotp.yaml に誤りがあるため、記録を検証できません。先に lgotp.yaml を直して"
        "ください（`lgotp config` で既定値を確認できます）。"
    ]
    assert " error L007 lgotp.yaml に誤りがあります: " in japanese.stdout


@pytest.mark.parametrize("how", ["env", "option"])
def test_typers_own_refusals_are_said_in_japanese(tmp_path, how):
    english = lgotp(["list", "--bogus"], tmp_path)
    assert english.returncode == 2
    assert english.stderr.splitlines()[-1] == "Error: No such option: --bogus"
    run = lgotp(["list", "--bogus"], tmp_path, "ja", how=how)
    assert run.returncode == 2
    lines = run.stderr.splitlines()
    assert lines[0].startswith("使い方: ") and lines[0].endswith(" list [OPTIONS]")
    assert lines[1].startswith("ヘルプは '") and lines[1].endswith(" list -h' で表示できます。")
    assert lines[-1] == "エラー: --bogus というオプションはありません"


@pytest.mark.parametrize(
    ("english", "japanese"),
    [
        ("No such command 'valdate'. Did you mean 'validate'?",
         "'valdate' というコマンドはありません。'validate' のことですか？"),
        ("No such option: --sot (Possible options: --format, --sort)",
         "--sot というオプションはありません（候補: --format, --sort）"),
        ("Missing option '--output' / '-o'.", "オプション '--output' / '-o' を指定してください。"),
        ("Option '--format' requires an argument.", "オプション '--format' には値が必要です。"),
        ("Got unexpected extra argument(s) (b)", "余分な引数があります（b）"),
        ("Invalid value for '--max-rows': Input should be a valid integer, unable to parse "
         "string as an integer", "'--max-rows' の値が正しくありません: 整数を指定してください"),
        ("Something Typer says that no template knows", "Something Typer says that no template knows"),
    ],
)  # fmt: skip
def test_typers_messages_are_matched_against_the_catalogue(english, japanese):
    assert in_japanese(english) == japanese


# --- lgotp rules ---------------------------------------------------------------------------------


def test_rules_in_japanese_end_to_end(tmp_path):
    run = lgotp(["rules", "T101"], tmp_path, "ja")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("T101 · エラー · 研修員のルール · 免除できる\n")
    for heading in ("何を検査するか：", "理由：", "直し方：", "発生する例（", "発生しない例："):
        assert f"\n{heading}" in run.stdout, heading
    table = lgotp(["rules", "--lang", "ja"], tmp_path)
    assert table.stdout.splitlines()[0].split() == ["コード", "重大度", "概要"]
    assert table.stdout.rstrip().endswith(
        "`lgotp rules CODE` で、ルールを1つ例とともに説明します。"
    )
    english = lgotp(["rules", "T101"], tmp_path)
    assert english.stdout.startswith("T101 · error · trainee rule · waivable\n")


@pytest.mark.parametrize("rule", all_rules(), ids=lambda rule: rule.code)
def test_every_rule_is_explained_under_the_japanese_headings(rule):
    printed = explain_rule(rule.code, lang="ja")
    first = printed.splitlines()[0]
    assert first.startswith(f"{rule.code} · ") and (
        "免除できる" in first or "免除できない" in first
    )
    headings = [line for line in printed.splitlines() if line and not line.startswith(" ")]
    expected = ["何を検査するか：", "理由：", "直し方："]
    if rule.explanation_in("ja").example:
        expected.append("例：")
    assert [h for h in headings if h in expected] == expected
    assert ("\n発生する例（" in printed) == bool(rule.fires)


# --- JUnit and GitHub annotations ----------------------------------------------------------------


DIAGNOSTIC = Diagnostic(
    Path("records/trainees/X.yaml"), 3, 5, Severity.ERROR, "T101", "X", "滞在期間が短すぎます"
)


def test_github_annotations_have_a_japanese_title_and_the_same_english_one():
    assert github_line(DIAGNOSTIC).startswith(
        "::error file=records/trainees/X.yaml,line=3,col=5,title=T101::[X] "
    )
    assert github_line(DIAGNOSTIC, "ja") == (
        "::error file=records/trainees/X.yaml,line=3,col=5,title=T101 エラー::[X] 滞在期間が短すぎます"
    )
    warning = Diagnostic(Path("a.yaml"), 1, 1, Severity.WARNING, "T105", None, "m")
    assert ",title=T105 警告::m" in github_line(warning, "ja")


def test_junit_failures_count_the_problems_in_the_chosen_language():
    summary = Summary.of([DIAGNOSTIC, DIAGNOSTIC], 1, 1)
    english = to_junit([DIAGNOSTIC, DIAGNOSTIC], summary, [DIAGNOSTIC.file])
    assert 'message="2 problems: T101 滞在期間が短すぎます"' in english
    japanese = to_junit([DIAGNOSTIC, DIAGNOSTIC], summary, [DIAGNOSTIC.file], "ja")
    assert 'message="問題 2 件: T101 滞在期間が短すぎます"' in japanese


def test_validate_github_and_junit_in_japanese(tmp_path):
    root = tmp_path / "records"
    (root / "trainees").mkdir(parents=True)
    (root / "trainees" / "X.yaml").write_text("id: [\n", encoding="utf-8")
    arguments = ["--records", str(root), "--today", "2025-06-01", "validate"]
    run = lgotp([*arguments, "--format", "github"], tmp_path, "ja")
    assert run.returncode == 1
    assert ",title=L001 エラー::" in run.stdout
    run = lgotp([*arguments, "--format", "junit"], tmp_path, "ja")
    assert 'message="問題 1 件: L001 ' in run.stdout


# --- the values that say themselves --------------------------------------------------------------


def test_values_in_a_message_say_themselves_in_its_language():
    said = error_words.NOTHING_IN_YEAR.of(year=FiscalYear(2019))
    assert str(said).startswith("there are no trainees or dispatches in FY2019;")
    assert said.in_("ja").startswith("令和元年度の研修員も専門家派遣もありません。")
    assert OneOf.of(["text", "json", "junit"]).in_("en") == "text, json or junit"
    assert OneOf.of(["en", "ja"]).in_("ja") == "en、ja"
    full = OsReason.of(OSError(errno.ENOSPC, "No space left on device"))
    assert full.in_("en") == "No space left on device"
    assert full.in_("ja") == "ディスクの空き容量がありません"
    odd = OsReason.of(OSError(errno.ELOOP, "Too many levels of symbolic links"))
    assert odd.in_("ja") == "Too many levels of symbolic links"  # the system's own words


def test_an_error_keeps_both_languages_until_it_is_reported():
    error = UserError(error_words.BAD_TODAY.of(value="x"))
    assert str(error) == "--today (or LGOTP_TODAY) must be a date written YYYY-MM-DD, not 'x'."
    assert error.said_in("ja").startswith("--today（または LGOTP_TODAY）の 'x' は")
    wrapped = error_words.CANNOT_WRITE.of(path="a.xlsx", reason=error)
    assert wrapped.in_("ja").startswith("a.xlsx に書けません: --today（または")


# --- what main() itself says ---------------------------------------------------------------------


@pytest.fixture
def main_in(monkeypatch):
    """``main()`` of the app, in-process, with the language chosen and the command it runs
    replaced by ``failing``; exits raise SystemExit instead of ending the test run."""
    from lgotp_cli import language
    from lgotp_cli.commands import app as app_module

    def run(lang: str, failing: BaseException) -> int:
        def command(**_):
            raise failing

        def exit_now(code):
            raise SystemExit(code)

        monkeypatch.setattr(app_module, "command_for_this_run", lambda: command)
        monkeypatch.setattr(app_module, "_exit_now", exit_now)
        monkeypatch.setattr(language, "_chosen", lang)
        with pytest.raises(SystemExit) as done:
            app_module.main()
        return done.value.code

    return run


def test_an_interruption_is_said_in_the_chosen_language(main_in, capsys):
    assert main_in("en", KeyboardInterrupt()) == 130
    assert capsys.readouterr().err == "lgotp: interrupted; nothing was left half written.\n"
    assert main_in("ja", KeyboardInterrupt()) == 130
    assert capsys.readouterr().err == (
        "lgotp: 中断しました。書きかけのファイルは残っていません。\n"
    )


def test_end_of_input_at_a_question_is_said_in_the_chosen_language(main_in, capsys):
    import typer

    assert main_in("en", typer.Abort()) == 1
    assert capsys.readouterr().err == "Aborted!\n"
    assert main_in("ja", typer.Abort()) == 1
    assert capsys.readouterr().err == "中止しました。\n"


def test_an_internal_error_is_said_in_the_chosen_language(main_in, capsys):
    assert main_in("ja", RuntimeError("a bug")) == 3
    line = capsys.readouterr().err
    assert line.startswith("lgotp: 内部エラーです（記録ではなく lgotp の不具合です）。")
    trace = Path(line.split("詳しい記録は ")[1].split(" にあります")[0])
    assert "RuntimeError: a bug" in trace.read_text(encoding="utf-8")
    trace.unlink()


def test_the_configuration_heading_is_said_in_the_chosen_language(tmp_path):
    (tmp_path / "trainees").mkdir()
    arguments = ["--records", str(tmp_path), "config"]
    english = lgotp(arguments, tmp_path)
    assert english.stdout.startswith(
        "# effective configuration: built-in defaults (no lgotp.yaml)\n"
    )
    japanese = lgotp(arguments, tmp_path, "ja")
    assert japanese.stdout.startswith("# 実際に使われる設定: 組込みの既定値（lgotp.yaml なし）\n")
    as_json = lgotp([*arguments, "--format", "json"], tmp_path, "ja")  # for tools: as it was
    assert '"source": "built-in defaults (no lgotp.yaml)"' in as_json.stdout


def test_an_import_change_line_says_no_value_in_the_chosen_language():
    from lgotp_cli.commands.import_ import _shown

    assert _shown(None, "en") == "(none)"
    assert _shown(None, "ja") == "（なし）"
    assert _shown("2025-05-26", "ja") == "2025-05-26"


@pytest.mark.parametrize(
    ("argument", "first_line"), [("--version", "lgotp "), ("--help", "Usage: lgotp ")]
)
def test_the_version_loads_no_catalogue_module(argument, first_line):
    """The catalogue (its words, its text types, its formats) is imported when something is
    said, not at start-up: not for the version, nor for the help in English."""
    import subprocess
    import sys

    from support.run import environment

    script = (
        "import sys\n"
        f"sys.argv = ['lgotp', '{argument}']\n"
        "from lgotp_cli.commands import app\n"
        "app._exit_now = lambda code: None\n"
        "app.main()\n"
        "print(sorted(m for m in sys.modules if m.startswith('lgotp_cli.i18n.')))\n"
    )
    english = environment(drop=("LGOTP_", "LC_", "LANG"))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=english
    )
    assert done.returncode == 0, done.stderr
    *said, loaded = done.stdout.splitlines()
    assert said[0].startswith(first_line)
    if argument == "--version":
        assert len(said) == 1
    assert loaded == "[]"
