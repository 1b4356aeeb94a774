"""The HTML reports' inline SVG bar chart: one bar per row (no bar for total rows), widths
proportional to the totals in the table, the largest bar the full plot width."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree

import pytest
from support.reports import lgotp
from support.tables import column

SVG = "{http://www.w3.org/2000/svg}"
LABELS = {"countries": "country_name", "hosts": "host_name", "fields": "field_name"}


def chart(html: str) -> ElementTree.Element:
    found = re.findall(r"<svg\b.*?</svg>", html, flags=re.DOTALL)
    assert len(found) == 1, found
    return ElementTree.fromstring(found[0])  # well-formed XML, or this raises


def plot_width() -> float:
    from lgotp_cli.render.to_html import CHART_WIDTH, LABEL_WIDTH, VALUE_WIDTH

    return CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("which", ["countries", "hosts", "fields"])
def test_bars_are_proportional_to_the_totals(which: str, lang: str) -> None:
    html = lgotp("--lang", lang, "stats", which, "-f", "html")
    rows = lgotp("--lang", lang, "stats", which, "-f", "json")
    assert html.returncode == 0 and rows.returncode == 0, html.stderr + rows.stderr
    table = [
        row
        for row in json.loads(rows.stdout)
        if "total" not in (next(iter(row.values())), row.get("host_code"))
    ]
    svg = chart(html.stdout)
    assert svg.tag == f"{SVG}svg"
    bars = svg.findall(f".//{SVG}rect")
    # One bar per row of the table; none for the total (or subtotal) rows.
    assert len(bars) == len(table) == {"countries": 4, "hosts": 4, "fields": 3}[which]
    largest = max(row["total"] for row in table)
    full = plot_width()
    widths = [float(bar.get("width")) for bar in bars]
    assert max(widths) == pytest.approx(full, abs=0.2)
    for bar, row in zip(bars, table, strict=True):
        assert float(bar.get("width")) == pytest.approx(full * row["total"] / largest, abs=0.2)
        title = bar.find(f"{SVG}title")
        assert title is not None
        assert title.text == f"{row[LABELS[which]]}: {row['total']}"
        assert float(bar.get("x")) + float(bar.get("width")) <= float(svg.get("width"))
    # Bars do not overlap.
    tops = [float(bar.get("y")) for bar in bars]
    heights = [float(bar.get("height")) for bar in bars]
    for top, height, next_top in zip(tops, heights, tops[1:], strict=False):
        assert top + height <= next_top
    assert tops[-1] + heights[-1] <= float(svg.get("height"))


def test_chart_sits_in_the_page_with_the_table() -> None:
    html = lgotp("stats", "countries", "-f", "html").stdout
    assert html.index("<svg") < html.index("<table")
    assert "<script" not in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_chart_labels_are_escaped(tmp_path) -> None:
    from lgotp_cli.i18n import Words
    from lgotp_cli.render.to_html import bar_chart
    from lgotp_cli.reports.table import BarChart, Table

    table = Table(
        id="t",
        heading=Words("t", "t"),
        columns=(column("name", "Name", "名前"), column("total", "Total", "合計", "int")),
        rows=(('<b>&"x"</b>', 4), ("plain", 1), ("Total", 5)),
        total_rows=1,
        chart=BarChart("name", "total", Words("Chart <i>", "図")),
    )
    svg = ElementTree.fromstring(bar_chart(table, "en"))
    bars = svg.findall(f".//{SVG}rect")
    assert [bar.find(f"{SVG}title").text for bar in bars] == ['<b>&"x"</b>: 4', "plain: 1"]
    assert [float(bar.get("width")) for bar in bars] == pytest.approx(
        [plot_width(), plot_width() / 4], abs=0.2
    )
    assert svg.find(f"{SVG}title").text == "Chart <i>"
