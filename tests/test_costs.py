"""The allocation-tax measure computed by hand, host type by host type, at the 10-month
boundary, for a withdrawn trainee, a non-grant body and a year that borrows earlier rates."""

from __future__ import annotations

import pytest
from support.golden import assert_golden, universal_newlines
from support.paths import TESTS
from support.reports import COSTS_IDS, assert_golden_report_page, render_report
from support.run import run_lgotp

from lgotp_cli.config import load_config
from lgotp_cli.errors import ConfigError
from lgotp_cli.reports.common import read_records
from lgotp_cli.reports.costs import clair_costs, host_costs

RATES_2024 = """\
allocation_tax:
  2024: {prefecture_per_entity: 5700000, municipality_base: 5700000,
         municipality_base_short: 5000000, municipality_ratio: 0.5, short_months: 10}
"""


def trainee(root, record_id: str, code: str, arrival: str, departure: str, extra: str = "") -> None:
    """A valid trainee hosted by ``code`` (phases kept inside the stay)."""
    overlay = (
        f"id: {record_id}\nhost: {{code: '{code}'}}\n"
        f"period:\n  arrival: {arrival}\n  departure: {departure}\n"
        f"  tokyo_orientation: {{start: {arrival}, end: {arrival}}}\n"
        "  jiam: null\n  specialized: null\n"
    )
    root.record("trainee", overlay + extra + "\n")


def rows(root, year: int | None = None, lang: str = "en") -> dict[str, tuple]:
    """Host rows of the costs table keyed by host code (the year's total under 'total')."""
    table = host_costs(read_records(root.path), load_config(root.path), lang=lang, fiscal_year=year)
    ids = [column.id for column in table.columns]
    return {row[1]: dict(zip(ids, row, strict=True)) for row in table.rows}


def test_prefecture_gets_ordinary_tax_once_however_many_trainees(root):
    root.write("lgotp.yaml", RATES_2024)
    trainee(root, "A", "230006", "2024-05-27", "2025-03-19")
    trainee(root, "B", "230006", "2024-05-27", "2024-12-19")
    found = rows(root)["230006"]
    assert found["tax_kind"] == "ordinary"
    assert found["trainees"] == 2
    assert found["allocation_tax"] == 5_700_000
    assert found["costs_total"] == 2 * (180000 + 840000 + 2400000 + 300000 + 120000)
    assert found["net_burden"] == found["costs_total"] - 5_700_000


@pytest.mark.parametrize(
    ("code", "departure", "expected"),
    [
        # Arrival 2024-05-27: ten months end on 2025-03-26.
        ("232025", "2025-03-25", 2_500_000),  # a municipality, the day before: short base
        ("232025", "2025-03-26", 2_850_000),  # the day of: the full base
        ("141003", "2025-03-25", 2_500_000),  # a designated city, the same boundary
        ("141003", "2025-03-26", 2_850_000),
    ],
)
def test_special_tax_per_trainee_at_the_ten_month_boundary(root, code, departure, expected):
    root.write("lgotp.yaml", RATES_2024)
    trainee(root, "A", code, "2024-05-27", departure)
    found = rows(root)[code]
    assert found["tax_kind"] == "special"
    assert found["allocation_tax"] == expected
    assert found["rates_year"] == 2024


def test_special_tax_adds_up_per_trainee(root):
    root.write("lgotp.yaml", RATES_2024)
    trainee(root, "A", "232025", "2024-05-27", "2025-03-26")  # 2,850,000
    trainee(root, "B", "232025", "2024-05-27", "2025-01-31")  # 2,500,000
    found = rows(root)
    assert found["232025"]["allocation_tax"] == 5_350_000
    assert found["total"]["allocation_tax"] == 5_350_000
    assert found["total"]["trainees"] == 2


def test_withdrawn_trainee_counts_to_the_withdrawal(root):
    root.write("lgotp.yaml", RATES_2024)
    withdrawn = "status: withdrawn\nwithdrawal: {date: 2024-12-01, reason: family reasons}"
    trainee(root, "A", "232025", "2024-05-27", "2025-03-26", withdrawn)
    assert rows(root)["232025"]["allocation_tax"] == 2_500_000


def test_non_grant_body_gets_none(root):
    root.write("lgotp.yaml", RATES_2024 + "  non_grant_bodies: {2024: ['232025']}\n")
    trainee(root, "A", "232025", "2024-05-27", "2025-03-26")
    found = rows(root)["232025"]
    assert (found["tax_kind"], found["allocation_tax"]) == ("none", 0)
    assert found["net_burden"] == found["costs_total"]


def test_a_year_without_rates_borrows_the_latest_earlier_and_says_so(root):
    # Only the built-in FY2023 rates: FY2025 uses them, visibly.
    trainee(root, "A", "232025", "2025-05-26", "2026-03-25")
    found = rows(root)["232025"]
    assert found["rates_year"] == 2023
    assert found["rates_note"] == "FY2023 rates"
    assert rows(root, lang="ja")["232025"]["rates_note"] == "令和5年度単価"
    table = host_costs(read_records(root.path), load_config(root.path), lang="en")
    assert any("FY2023 rates are used" in note for note in table.notes)


def test_a_year_before_any_rates_is_not_computed(root):
    trainee(root, "A", "232025", "2019-05-27", "2020-03-26")
    found = rows(root)["232025"]
    assert found["allocation_tax"] is None and found["net_burden"] is None
    assert found["rates_year"] is None


def test_missing_costs_are_shown_as_missing_never_zero(root):
    root.write("lgotp.yaml", RATES_2024)
    trainee(root, "A", "232025", "2024-05-27", "2025-03-26", "costs: null")
    found = rows(root)["232025"]
    assert found["airfare"] is None and found["costs_total"] is None
    assert found["net_burden"] is None
    assert found["trainees_without_costs"] == 1


def test_filters_by_year_and_host(root):
    root.write("lgotp.yaml", RATES_2024)
    trainee(root, "A", "232025", "2024-05-27", "2025-03-26")
    trainee(root, "B", "230006", "2023-05-27", "2024-03-26")
    table = host_costs(read_records(root.path), load_config(root.path), lang="en", host="230006")
    assert {row[1] for row in table.rows} == {"230006", "total"}
    assert {row[0] for row in table.rows} == {2023}


def test_clair_dispatch_costs_by_item(root):
    root.record("dispatch")
    root.record("dispatch", "id: EX-D2\nstatus: cancelled\n")
    table = clair_costs(read_records(root.path), lang="en")
    ids = [column.id for column in table.columns]
    first = dict(zip(ids, table.rows[0], strict=True))
    assert first["fiscal_year"] == 2024 and first["dispatches"] == 1
    assert first["costs_total"] == 0 + 120000 + 20000 + 152000 + 8000 + 15000
    assert table.rows[-1][0] == "total"


def test_costs_json_has_exactly_the_ids_of_the_spec(root):
    root.write("lgotp.yaml", RATES_2024)
    trainee(root, "A", "232025", "2024-05-27", "2025-03-26")
    result = run_lgotp(
        ["--records", root.path, "--today", "2025-06-01", "costs", "-f", "json"], cwd=root.path
    )
    assert result.returncode == 0, result.stderr
    row = result.json()[0]
    assert set(row) == set(COSTS_IDS)
    assert row["host_code"] == "232025" and row["host_type"] == "municipality"
    assert row["allocation_tax"] == 2_850_000 and isinstance(row["allocation_tax"], int)


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        (RATES_2024.replace("0.5", "1.5"), 3, "outside 0–1"),
        (
            "allocation_tax:\n  2023:\n    prefecture_per_entity: 5700000.5\n",
            3,
            "not an amount of yen",
        ),
        ("allocation_tax:\n  non_grant_bodies:\n    2024: ['232026']\n", 3, "232025"),
    ],
)
def test_bad_rates_are_l007_with_the_line(root, text, line, says):
    root.write("lgotp.yaml", text)
    with pytest.raises(ConfigError) as error:
        load_config(root.path)
    problem = error.value.problems[0].problem
    assert problem.line == line and says in problem.message
    result = run_lgotp(["--records", root.path, "--today", "2025-06-01", "costs"], cwd=root.path)
    assert result.returncode == 2 and "L007" in result.stdout and "Traceback" not in result.stderr


GOLDEN = TESTS / "costs_golden"


@pytest.fixture
def hosts(root):
    """A prefecture with two trainees, a designated city at the short base, a municipality
    without cost figures, a non-grant body, a FY2025 stay on borrowed rates, and a dispatch."""
    root.write("lgotp.yaml", RATES_2024 + "  non_grant_bodies: {2024: ['232114']}\n")
    trainee(root, "A", "230006", "2024-05-27", "2025-03-26")
    trainee(root, "B", "230006", "2024-05-27", "2025-01-31")
    trainee(root, "C", "141003", "2024-05-27", "2025-03-25")
    trainee(root, "D", "232025", "2024-05-27", "2025-03-26", "costs: null")
    trainee(root, "E", "232114", "2024-05-27", "2025-03-26")
    trainee(root, "F", "232025", "2025-05-26", "2026-03-25")
    root.record("dispatch")
    return root


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("fmt", ["md", "json", "csv", "html"])
def test_golden(hosts, lang, fmt):
    """What `lgotp --lang LANG costs -f FMT` prints (the hosts' table, then CLAIR's), built and
    rendered in-process as the command does. The golden files hold the text as a text-mode
    pipe reads it (CSV's CRLF as LF)."""

    def build(records, config):
        return [host_costs(records, config, lang=lang), clair_costs(records, lang=lang)]

    text = universal_newlines(render_report(hosts.path, build, fmt, lang).stdout)
    if fmt == "html":  # its sections; the page around them is every report's chrome
        assert_golden_report_page(text, lang, GOLDEN / f"costs.{lang}.html")
    else:
        assert_golden(GOLDEN / f"costs.{lang}.{fmt}", text)


def test_golden_values_by_hand(hosts):
    table = rows(hosts, year=2024)
    assert table["230006"]["allocation_tax"] == 5_700_000  # once, for two trainees
    assert table["141003"]["allocation_tax"] == 2_500_000  # 9 months 29 days: short base
    assert table["232025"]["allocation_tax"] == 2_850_000 and table["232025"]["costs_total"] is None
    assert table["232114"]["tax_kind"] == "none"
    assert table["total"]["allocation_tax"] == 5_700_000 + 2_500_000 + 2_850_000
    assert rows(hosts, year=2025)["232025"]["rates_year"] == 2024
