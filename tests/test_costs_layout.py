"""The cost summary as people read it and as tools read it: people get the hosts' table in two
parts that fit a terminal 160 wide (the costs by item; the measure and the net burden), tools
get one row per host with every column, and the workbook keeps one typed sheet with the tax."""

from __future__ import annotations

import io

import pytest
from rich.cells import cell_len
from support.paths import SAMPLE
from support.reports import COSTS_IDS, in_process, render_report
from support.run import environment, run_lgotp
from support.tables import column

from lgotp_cli.i18n import Words, fiscal_year_label, report_words, yen
from lgotp_cli.reports.costs import clair_costs, host_costs
from lgotp_cli.reports.table import TOTAL, Part, Table

TERMINAL = 160
SPEC_IDS = list(COSTS_IDS)


def costs(*arguments: str, lang: str, columns: int = TERMINAL):
    """`lgotp --lang LANG costs ARGUMENTS` on the sample records, on a pipe ``columns`` wide."""
    run = run_lgotp(
        ["--records", str(SAMPLE), "--today", "2025-06-01", "--lang", lang, "costs", *arguments],
        cwd=SAMPLE.parent,
        env=environment({"COLUMNS": str(columns)}),
    )
    assert run.returncode == 0, run.stderr
    return run


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_net_burden_is_on_a_terminal_160_wide(lang):
    screen = costs("--kind", "trainee", lang=lang).stdout
    lines = screen.splitlines()
    widest = max(lines, key=cell_len)
    assert cell_len(widest) <= TERMINAL, widest
    rows = costs("--kind", "trainee", "-f", "json", lang=lang).json()
    with_burden = [row for row in rows if row["net_burden"] is not None]
    assert len(with_burden) >= 10  # the sample records: hosts of several years, and totals
    tax_table = screen[screen.index(report_words.HOST_COSTS_TAX_TITLE.in_(lang)) :].splitlines()
    for row in with_burden:
        year = fiscal_year_label(row["fiscal_year"], lang)
        host = row["host_code"]
        if host == TOTAL:
            host = report_words.YEAR_TOTAL(lang, fiscal_year=year)
        # The row's own line: its year and host, its allocation tax and, last, its net burden.
        burden = yen(row["net_burden"], lang)
        found = [line for line in tax_table if line.split()[:1] == [year] and host in line]
        assert len(found) == 1, (row, found)
        assert found[0].endswith(" " + burden), (found[0], burden)
        assert f" {yen(row['allocation_tax'], lang)} " in found[0]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_people_read_the_costs_by_item_then_the_measure_and_the_net_burden(lang):
    screen = costs("--kind", "trainee", "--fiscal-year", "2024", lang=lang).stdout
    items = report_words.HOST_COSTS_ITEMS_TITLE.in_(lang)
    tax = report_words.HOST_COSTS_TAX_TITLE.in_(lang)
    assert screen.index(items) < screen.index(tax)
    heads = {"en": ("Living allowance", "Net burden"), "ja": ("生活補助", "実質負担額")}[lang]
    first, second = screen[: screen.index(tax)], screen[screen.index(tax) :]
    assert heads[0] in first and heads[1] not in first
    assert heads[1] in second and heads[0] not in second
    # The notes go with their table: the measure under the tax, the missing figures under costs.
    assert report_words.MEASURE_SPECIAL.in_(lang) in second
    assert report_words.WITHOUT_COSTS_NOTE.in_(lang) in first


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_tools_get_one_row_per_host_with_every_column(lang):
    rows = costs("-f", "json", lang=lang).json()
    assert all(list(row) == SPEC_IDS for row in rows)
    header = costs("-f", "csv", lang=lang).stdout.splitlines()[0]
    assert header.lstrip("\ufeff").split(",") == SPEC_IDS


def test_the_workbook_keeps_one_typed_sheet_with_the_tax_and_the_burden():
    from openpyxl import load_workbook

    def build(records, config):
        return [host_costs(records, config, lang="ja"), clair_costs(records, lang="ja")]

    workbook = load_workbook(io.BytesIO(render_xlsx(build)))
    assert len(workbook.sheetnames) == 2  # the hosts' table whole, then CLAIR's
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[2]]
    assert {"経費計", "財源措置", "交付税措置額", "実質負担額", "団体区分"} <= set(header)
    burden = header.index("実質負担額") + 1
    amounts = [sheet.cell(row=r, column=burden).value for r in range(3, sheet.max_row + 1)]
    assert any(isinstance(amount, int) and amount < 0 for amount in amounts)


def render_xlsx(build) -> bytes:
    """The workbook ``lgotp --lang ja costs -o FILE.xlsx`` writes, made in-process."""
    from lgotp_cli.output.report import render, template_search

    def produce(records, config):
        return render(
            build(records, config), "xlsx", "ja", template_search(None, SAMPLE), colour=False
        )

    return in_process(SAMPLE, produce)[0]


def test_a_table_with_parts_is_read_by_people_as_its_parts():
    columns = (
        column("year", "Year", "年度", "fiscal_year"),
        column("a", "A", "甲", "money"),
        column("b", "B", "乙", "money"),
        column("code", "Code", "コード", shown=False),
    )
    rows = ((2024, 1, 2, "x"), (TOTAL, 1, 2, ""))
    whole = Table("t", Words("T", "表"), columns, rows, notes=("n1", "n2"), total_rows=1)
    assert whole.for_people() == [whole.shown()]
    parted = Table(
        "t",
        Words("T", "表"),
        columns,
        rows,
        notes=("n1", "n2"),
        total_rows=1,
        parts=(
            Part("t-b", Words("B", "乙の表"), ("year", "b"), ("n2",)),
            Part("t-a", Words("A", "甲"), ("a",)),
        ),
    )
    first, second = parted.for_people()
    assert (first.id, first.title("ja"), first.notes) == ("t-b", "乙の表", ("n2",))
    assert [column.id for column in first.columns] == ["year", "b"]
    assert first.rows == ((2024, 2), (TOTAL, 2)) and first.is_total(1) and not first.is_total(0)
    assert [column.id for column in second.columns] == ["a"] and second.notes == ()
    # Tools still read the whole table.
    assert [column.id for column in parted.data().columns] == ["year", "a", "b", "code"]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_every_format_for_people_shows_the_parts_and_tools_formats_the_whole(fmt):
    def build(records, config):
        return [host_costs(records, config, lang="en", fiscal_year=2024)]

    shown = render_report(SAMPLE, build, fmt, "en").stdout
    assert report_words.HOST_COSTS_TAX_TITLE.en in shown
    assert report_words.HOST_COSTS_TITLE.en not in shown
    data = render_report(SAMPLE, build, "json", "en").json()
    assert {row["host_code"] for row in data} >= {"232025", "342122", TOTAL}
