"""Text for a terminal measured in cells: a Japanese character takes two. The Gantt chart's rows
line up in Japanese as in English; tables and the rule table fit the terminal's width by
wrapping text and, when columns cannot all fit, by panels of columns, never by leaving one out.
Piped output keeps its natural width (the golden files say so)."""

from __future__ import annotations

import itertools
import re

import pytest
from support.paths import REPO, SAMPLE
from support.reports import FIXTURE_ARG, TODAY, lgotp
from support.tables import column
from support.terminal import cells, on_a_terminal

from lgotp_cli.i18n import fiscal_year_label
from lgotp_cli.output.rules_doc import explain_rule, rule_table
from lgotp_cli.output.terminal import cell_width, fit_cells, pad_cells, wrap_cells

# --- the helper ---------------------------------------------------------------------------------


def test_cells_count_wide_characters_twice():
    assert cell_width("岡崎市") == 6
    assert cell_width("JIAM研修") == 8
    assert cell_width("Okazaki City") == 12
    assert fit_cells("岡崎市", 5) == "岡崎 "  # a character never cut in half
    assert fit_cells("岡崎市", 8) == "岡崎市  "
    assert pad_cells("東京研修", 10) == "東京研修  "
    assert pad_cells("東京研修", 3) == "東京研修"  # never cut


def test_wrap_cells_breaks_japanese_between_characters_and_keeps_words_whole():
    text = "日付を直すか、`status: withdrawn` にして 2024-11-26 以降の離日日を書いてください。"
    for width in (12, 20, 33):
        lines = wrap_cells(text, width, "  ")
        assert all(cells(line) <= width for line in lines), lines
        assert all(line.startswith("  ") for line in lines)
        assert "".join(line.strip() for line in lines).replace(" ", "") == text.replace(" ", "")
        assert any("2024-11-26" in line for line in lines)  # a date is never broken
        assert not any(line.strip().startswith(("、", "。")) for line in lines)


# --- the Gantt chart ----------------------------------------------------------------------------


def chart_lines(output: str) -> list[str]:
    """The chart of a record's timeline: the lines before the first blank one."""
    return output.split("\n\n")[0].splitlines()


def column_of(line: str, char: str) -> int:
    """The cell where ``char`` first appears in ``line``."""
    return cells(line[: line.index(char)])


LANES = {
    "ja": ("滞在期間", "東京研修", "JIAM研修", "専門研修"),
    "en": ("Stay", "Tokyo orientation", "JIAM", "Specialised training"),
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_records_gantt_lines_up_by_cells(lang):
    """LGOTP-2024-001 of the fixture: the stay and the Tokyo orientation start on the arrival,
    the specialised training on 1 July. Each row's bar starts in the cell of its first day,
    and the month's name over the axis stands in the cell of the month's first day."""
    result = lgotp("--lang", lang, "timeline", "LGOTP-2024-001")
    assert result.returncode == 0, result.stderr
    _title, axis, *lanes = chart_lines(result.stdout)

    def bar(label: str, char: str) -> int:
        """The cell where the bar of the lane ``label`` begins."""
        line = next(line for line in lanes if line.startswith(label + " "))
        return cells(label) + column_of(line[len(label) :], char)

    stay, orientation, jiam, specialised = LANES[lang]
    assert bar(stay, "-") == bar(orientation, "o")
    assert bar(orientation, "o") <= bar(jiam, "j") < bar(specialised, "=")
    july = "7月" if lang == "ja" else "Jul"
    assert column_of(axis, july) == bar(specialised, "=")
    assert max(cells(line) for line in chart_lines(result.stdout)) <= 100


def test_a_years_japanese_gantt_lines_up_by_cells_on_a_terminal():
    """The fiscal year's chart of the sample records, 100 cells wide: the month names stand over
    their months, in cells; the legend wraps under the chart, never under the labels."""
    output = on_a_terminal(
        "--records", str(SAMPLE), "--lang", "ja", "--today", "2025-01-10",
        "timeline", "--fiscal-year", "2024",
        env={"NO_COLOR": "1", "COLUMNS": "100"},
    )  # fmt: skip
    chart = output.split("\n\n")[0].splitlines()
    assert chart[0] == "令和6年度 研修・派遣日程"
    axis = chart[1]
    lanes = [line for line in chart if line.startswith(("LGOTP-", "DISP-"))]
    start = min(column_of(line, "j") for line in lanes if "j" in line)  # JIAM, late May
    months = [(m.group(), cells(axis[: m.start()])) for m in re.finditer(r"\d+月", axis)]
    assert [name for name, _ in months] == [f"{m}月" for m in (*range(4, 13), 1, 2, 3)]
    june = dict(months)["6月"]
    assert dict(months)["5月"] < start < june  # JIAM begins in the last days of May
    # Each month a twelfth of the plot: the names are as far apart in cells as the months.
    gaps = [b - a for (_, a), (_, b) in itertools.pairwise(months)]
    assert max(gaps) - min(gaps) <= 2, months
    assert all(cells(line) <= 100 for line in output.splitlines()), output
    legend = [line for line in chart if "東京研修" in line or "今日" in line]
    assert legend and all(line.startswith(" " * 10) for line in legend)


# --- tables -------------------------------------------------------------------------------------


LIST_HEADINGS = [
    "No.", "ID", "年度", "国", "姓", "名", "所属団体", "団体コード", "受入団体", "研修分野",
    "来日日", "離日日", "状況", "中途帰国日", "中途帰国理由", "備考",
]  # fmt: skip


@pytest.mark.parametrize("columns", [80, 160])
def test_a_wide_japanese_list_fits_the_terminal_and_keeps_every_column(columns):
    output = on_a_terminal(
        "--records", FIXTURE_ARG, "--today", TODAY, "--lang", "ja", "list",
        env={"NO_COLOR": "1", "COLUMNS": str(columns)},
    )  # fmt: skip
    lines = output.splitlines()
    assert max(cells(line) for line in lines) <= columns, output
    headings = " ".join(lines)
    for heading in LIST_HEADINGS:
        assert re.search(rf"(^|\s){re.escape(heading)}(\s|$)", headings), heading
    for number in range(1, 6):
        assert f"LGOTP-2024-00{number}" in output
    assert "family reasons" in output  # a withdrawal reason, far to the right
    assert "Hue City" in output and "Committee" in output  # a long organisation, wrapped


@pytest.mark.parametrize("columns", [80, 160])
def test_the_japanese_stats_of_every_year_keep_the_country_column(columns):
    """31 fiscal years of the sample records do not fit 160 cells, let alone 80: the years come
    in panels, each with the countries beside them."""
    output = on_a_terminal(
        "--records", str(SAMPLE), "--today", "2025-01-10", "--lang", "ja", "stats", "countries",
        env={"NO_COLOR": "1", "COLUMNS": str(columns)},
    )  # fmt: skip
    lines = output.splitlines()
    assert max(cells(line) for line in lines) <= columns, output
    for year in range(1996, 2027):
        assert fiscal_year_label(year, "ja") in output, year
    assert "合計" in output
    panels = [line for line in lines if line.strip().startswith("国 ")]
    assert len(panels) > 1
    assert output.count("ブラジル") == len(panels)


def test_piped_a_table_keeps_its_natural_width_and_every_column():
    """Without a terminal nothing is squeezed: the widest Japanese table of the sample records
    (over 400 cells) comes in panels rather than losing its country column."""
    result = lgotp("--lang", "ja", "stats", "countries", records=SAMPLE, cwd=REPO)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(cells(line) for line in lines) <= 400
    assert "ブラジル" in result.stdout and fiscal_year_label(2026, "ja") in result.stdout


# --- the rule table -----------------------------------------------------------------------------


def test_the_japanese_rule_table_wraps_its_summaries_at_the_terminals_width():
    table = rule_table(lang="ja", width=60)
    lines = table.splitlines()
    assert lines[0].split() == ["コード", "重大度", "概要"]
    assert all(cells(line) <= 60 for line in lines), table
    t101 = next(i for i, line in enumerate(lines) if line.startswith("T101 "))
    after = lines[t101 + 1]
    assert after.startswith(" " * 19) and after.strip()  # under the summary, not the code
    summary = lines[t101].split(maxsplit=2)[2] + after.strip()
    assert summary == "滞在期間（来日日 → 離日日）が6か月未満（研修中止の場合を除く）"
    # Piped, each rule is one line.
    assert len(rule_table(lang="ja").splitlines()) < len(lines)


def test_one_rule_explained_in_japanese_fits_the_terminal():
    text = explain_rule("T101", lang="ja", width=50)
    assert text.startswith("T101 · エラー · 研修員のルール · 免除できる\n")
    assert "何を検査するか：" in text and "直し方：" in text
    for line in text.splitlines():
        yaml_example = line.startswith("    period:")
        assert yaml_example or cells(line) <= 50, line


def test_a_records_text_is_never_read_as_markup():
    """rich would read "[/]" as a closing tag (an internal error) and "[bold]" as a style."""
    from lgotp_cli.i18n import Words
    from lgotp_cli.render.to_terminal import to_terminal
    from lgotp_cli.reports.table import Table

    notes = "[/] [bold]x[/bold] 備考 [red]"
    columns = (column("id", "ID", "ID"), column("notes", "Notes", "備考"))
    table = Table("t", Words("T", "T"), columns, (("A", notes),))
    for width in (None, 60):
        assert notes in to_terminal([table], "ja", colour=False, width=width)
