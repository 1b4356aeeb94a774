"""What `lgotp new` asks and how it reads the answers: countries by name in either language,
the phases of a stay proposed from the programme calendar, the planned costs asked for, a
host code's wrong check digit naming the government the right one is, everything in the
chosen language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support.records import NEW_TRAINEE_VALUES, empty_records
from support.run import Run, run_lgotp
from typer.testing import CliRunner

from lgotp_cli import newrecord
from lgotp_cli.cli import app
from lgotp_cli.config import default_config, load_config
from lgotp_cli.new_questions import check_answer, normalise, questions
from lgotp_cli.programme_dates import proposed_phases

TODAY = "2025-04-01"  # before the arrival: a planned trainee has no warning at all
COSTS = {key: value for key, value in NEW_TRAINEE_VALUES.items() if key.startswith("costs.")}


def sets(values: dict[str, str]) -> list[str]:
    return [part for key, value in values.items() for part in ("--set", f"{key}={value}")]


def new(root: Path, *args: str, lang: str = "en") -> Run:
    return run_lgotp(
        ["--lang", lang, "--records", str(root), "--today", TODAY, "new", *args], cwd=root
    )


@pytest.fixture
def records(tmp_path: Path) -> Path:
    return empty_records(tmp_path / "records")


def written(root: Path, record_id: str = "LGOTP-2025-001") -> str:
    return (root / "trainees" / "2025" / f"{record_id}.yaml").read_text(encoding="utf-8")


# --- countries ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["ブラジル", "Brazil", "brazil", "BR", "br", "ＢＲ", "BRA"])
def test_a_country_by_its_code_or_its_english_or_japanese_name(name):
    assert normalise("trainee", "nationality", name) == "BR"
    assert check_answer("trainee", "nationality", name) is None


def test_a_list_of_countries_by_name():
    assert normalise("request", "conditions.countries", "ブラジル; Viet Nam, ph") == "BR; VN; PH"


def test_new_trainee_from_brazil_in_japanese(records: Path):
    values = {**NEW_TRAINEE_VALUES, "nationality": "ブラジル"}
    result = new(records, "trainee", "--no-input", *sets(values))
    assert result.returncode == 0, result.stderr
    text = written(records)
    assert "nationality: BR\n" in text
    assert "  country: BR\n" in text  # the employer's country follows the nationality


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "lgotp: --set nationality=Brasil: 'Brasil' is not a country lgotp knows (the "
            "closest: Brazil (BR)): give its code (BR) or its name in English or Japanese "
            "(Brazil, ブラジル).",
        ),
        (
            "ja",
            "lgotp: --set nationality=Brasil: 'Brasil' はどの国か分かりません（近いもの: "
            "ブラジル (BR)）。国コード（BR）か、英語または日本語の国名（Brazil、ブラジル）を"
            "指定してください。",
        ),
    ],
)
def test_a_country_that_is_not_one_says_which_is_closest(records: Path, lang, line):
    values = {**NEW_TRAINEE_VALUES, "nationality": "Brasil"}
    result = new(records, "trainee", "--no-input", *sets(values), lang=lang)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [line]


# --- a host code's check digit ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "lgotp: --set host.code=232024: 232024 has a wrong check digit: 232025 is 岡崎市 "
            "(Okazaki City).",
        ),
        (
            "ja",
            "lgotp: --set host.code=232024: 232024 は検査数字（末尾の桁）が誤っています。"
            "232025 なら岡崎市です。",
        ),
    ],
)
def test_a_wrong_check_digit_names_the_government_of_the_right_code(records, lang, line):
    values = {**NEW_TRAINEE_VALUES, "host.code": "232024"}
    result = new(records, "trainee", "--no-input", *sets(values), lang=lang)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [line]
    assert not (records / "trainees" / "2025").exists()


def test_a_wrong_check_digit_of_a_code_nobody_has():
    problem = check_answer("trainee", "host.code", "999990")
    assert str(problem) == "999990 has a wrong check digit; the code would be 999997"


# --- the phases of the stay ---------------------------------------------------------------------


def test_the_phases_follow_the_programme_from_the_arrival():
    """As the sample records have them: Tokyo the two days after the arrival, JIAM the next 30
    days, specialised training from the Monday after, to two days before the departure."""
    assert proposed_phases({"period.arrival": "2024-05-27", "period.departure": "2025-03-14"}) == {
        "period.tokyo_orientation.start": "2024-05-28",
        "period.tokyo_orientation.end": "2024-05-29",
        "period.jiam.start": "2024-05-30",
        "period.jiam.end": "2024-06-28",
        "period.specialized.start": "2024-07-01",
        "period.specialized.end": "2025-03-12",
    }
    # Dates given are kept, and what follows them follows from them.
    proposed = proposed_phases(
        {
            "period.arrival": "2025-05-26",
            "period.departure": "2026-03-19",
            "period.jiam.start": "2025-06-02",
        }
    )
    assert "period.jiam.start" not in proposed
    assert proposed["period.jiam.end"] == "2025-07-01"
    assert proposed["period.specialized.start"] == "2025-07-07"
    # Nothing before the stay is known; nothing that does not fit in it.
    assert proposed_phases({"period.arrival": "2025-05-26"}) == {}
    short = proposed_phases({"period.arrival": "2025-05-26", "period.departure": "2025-06-10"})
    assert sorted(short) == ["period.tokyo_orientation.end", "period.tokyo_orientation.start"]


def test_the_programme_calendar_moves_a_phase(records: Path):
    (records / "lgotp.yaml").write_text(
        "calendar:\n  2025:\n    - {date: 2025-06-02, event: JIAM研修開始}\n", encoding="utf-8"
    )
    proposed = proposed_phases(
        {"period.arrival": "2025-05-26", "period.departure": "2026-03-19"}, load_config(records)
    )
    assert proposed["period.tokyo_orientation.start"] == "2025-05-27"
    assert proposed["period.jiam.start"] == "2025-06-02"
    result = new(records, "trainee", "--no-input", *sets(NEW_TRAINEE_VALUES))
    assert result.returncode == 0, result.stderr
    assert "  jiam:\n    start: 2025-06-02\n    end: 2025-07-01\n" in written(records)


def test_a_new_trainee_with_the_fewest_values_has_no_warning(records: Path):
    """No T107 (the Tokyo orientation is proposed) and no T119 (the costs are asked for)."""
    result = new(records, "trainee", "--no-input", *sets(NEW_TRAINEE_VALUES))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    checked = run_lgotp(
        ["--records", str(records), "--today", TODAY, "validate", "--strict"], cwd=records
    )
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.startswith("All good: 1 record in 1 file checked, no errors or warnings")


# --- the planned costs --------------------------------------------------------------------------


def test_the_planned_costs_are_asked_for_but_not_required(records: Path):
    asked = {q.key: q for q in questions("trainee", {}, config=default_config())}
    assert {"costs.airfare", "costs.other"} <= set(asked)
    assert not asked["costs.airfare"].required
    values = {k: v for k, v in NEW_TRAINEE_VALUES.items() if not k.startswith("costs.")}
    result = new(records, "trainee", "--no-input", *sets(values))
    assert result.returncode == 0, result.stderr
    assert "T119" in result.stderr  # a warning, not a refusal: the costs may not be known yet
    assert "costs" not in written(records)


def test_a_host_without_allocation_tax_need_not_give_costs(records: Path):
    (records / "lgotp.yaml").write_text(
        'allocation_tax:\n  non_grant_bodies: {2025: ["232025"]}\n', encoding="utf-8"
    )
    values = {k: v for k, v in NEW_TRAINEE_VALUES.items() if not k.startswith("costs.")}
    result = new(records, "trainee", "--no-input", *sets(values))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no T119: the host claims no allocation tax
    assert "costs" not in written(records)


# --- in Japanese --------------------------------------------------------------------------------


def test_the_questions_in_japanese():
    asked = {q.key: q for q in questions("trainee", {}, lang="ja", config=default_config())}
    field = asked["field"].prompt
    assert field.startswith("field: 研修分野 (次の35個のいずれか: agriculture（農業）、")
    assert "tourism（観光）" in field and "Training field" not in field
    assert asked["period.arrival"].prompt == "period.arrival: 来日日 (YYYY-MM-DD)"
    assert (
        asked["nationality"].prompt == "nationality: 国籍 (国コードか国名（BR、Brazil、ブラジル）)"
    )
    assert asked["languages.english"].prompt.endswith("、省略可: Enter で飛ばします)")
    assert asked["costs.airfare"].prompt == (
        "costs.airfare: 往復渡航費 (円、整数で（例: 180000）、省略可: Enter で飛ばします)"
    )
    request = {
        q.key: q.prompt for q in questions("request", {"intention": "considering"}, lang="ja")
    }
    assert request["selection.method"] == (
        "selection.method: 様式2 (clair（クレア斡旋選考） | independent（独自選考） | undecided（未定）)"
    )
    assert (
        request["conditions.countries"]
        == "conditions.countries: 希望国 (国コードか国名を ; で区切って)"
    )


def test_missing_keys_are_named_in_japanese(records: Path):
    values = {k: v for k, v in NEW_TRAINEE_VALUES.items() if k != "field"}
    result = new(records, "trainee", "--no-input", *sets(values), lang="ja")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "lgotp: 新しい研修員の記録には field が必要です。--set KEY=VALUE（例: --set field=…）で"
        "指定するか、--no-input を付けずに端末で実行してください。"
    ]


def test_asked_on_a_terminal_in_japanese(records: Path, monkeypatch):
    monkeypatch.setattr(newrecord, "stdin_is_terminal", lambda: True)
    given = {
        k: v
        for k, v in NEW_TRAINEE_VALUES.items()
        if k not in ("nationality", "host.code") and not k.startswith(("period.", "lang"))
    }
    # nationality by name; english skipped, japanese N2; a host code with the wrong check
    # digit, then the right one; the stay; the proposed phases taken with Enter.
    replies = "ブラジル\n\nN2\n232024\n232025\n2025-05-26\n2026-03-19\n" + "\n" * 6
    result = CliRunner().invoke(
        app,
        [
            "--lang",
            "ja",
            "--records",
            str(records),
            "--today",
            TODAY,
            "new",
            "trainee",
            *sets(given),
        ],
        input=replies,
    )
    assert result.exit_code == 0, result.output
    assert "nationality: 国籍 (国コードか国名（BR、Brazil、ブラジル）):" in result.output
    assert "232024 は検査数字（末尾の桁）が誤っています。232025 なら岡崎市です" in result.output
    assert "period.jiam.start: JIAM研修の開始日 (YYYY-MM-DD) [2025-05-29]:" in result.output
    text = written(records)
    assert "nationality: BR\n" in text and "japanese: N2\n" in text
    assert "specialized:\n    start: 2025-06-30\n    end: 2026-03-17\n" in text


def test_fill_takes_the_proposals_when_nobody_is_asked():
    asking = newrecord.Asking(date(2025, 4, 1), config=default_config())
    answers = newrecord.fill("trainee", dict(NEW_TRAINEE_VALUES), asking)
    assert answers["period.tokyo_orientation.start"] == "2025-05-27"
    assert answers["costs.other"] == "0"


def test_a_value_not_of_its_form_is_said_in_either_language():
    problem = check_answer("trainee", "period.arrival", "2025-02-29")
    assert str(problem) == "'2025-02-29' is not a date that exists"
    assert problem.in_("ja") == "'2025-02-29' は存在しない日付です。暦にある日付を書いてください"


@pytest.mark.parametrize(
    ("today", "status"),
    [
        ("2025-05-25", "planned"),  # the day before the arrival
        ("2025-05-26", "in_training"),  # the arrival
        ("2026-03-19", "in_training"),  # the departure
        ("2026-03-20", "completed"),  # the day after
    ],
)
def test_a_new_record_s_status_follows_its_dates_as_of_today(today, status):
    from datetime import date

    from lgotp_cli.newrecord import status_on

    dates = {"period.arrival": "2025-05-26", "period.departure": "2026-03-19"}
    assert status_on("trainee", dates, date.fromisoformat(today)) == status
    trip = {"period.departure": "2025-05-26", "period.return": "2026-03-19"}
    expected = {"in_training": "dispatched"}.get(status, status)
    assert status_on("dispatch", trip, date.fromisoformat(today)) == expected
