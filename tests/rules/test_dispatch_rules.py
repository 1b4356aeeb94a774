"""D rules (specialist dispatches) beyond their boundaries (tests/rules/test_boundaries.py): how
RECORDS.md counts months, and D210's count of a report's characters and photographs.

Records are the valid dispatch of ``rules/examples.py`` (EX-D: departure 2024-07-01, return
2024-07-20, request 2024-03-15 from VN, report reports/EX-D.md submitted 2024-08-10) with an
overlay; "today" is always given.
"""

from __future__ import annotations

from datetime import date

import pytest
from support.rules import run, value_position

from lgotp_cli.months import last_day_of


def test_three_months_as_records_md_counts():
    assert last_day_of(date(2024, 7, 1), 3) == date(2024, 9, 30)
    assert last_day_of(date(2024, 11, 30), 3) == date(2025, 2, 27)


# --- D210: report length and photographs ---------------------------------------------------------

REPORT_HEAD = (
    "# Report\n\n"
    "![](img/EX-D.png)\n\n"
    "**Summary** of the visit.\n\n"
    "- first point\n"
    "- second point\n\n"
)
# Report + Summary + of + the + visit. + first + point + second + point
HEAD_CHARACTERS = 6 + 7 + 2 + 3 + 6 + 5 + 5 + 6 + 5


def report_of(characters: int, *, photo: bool = True, tail: str = "", tail_characters: int = 0):
    """A report of exactly ``characters`` countable characters (markup and spaces left out):
    the head, then filler, then ``tail`` that holds ``tail_characters`` of them."""
    head = REPORT_HEAD if photo else REPORT_HEAD.replace("![](img/EX-D.png)\n\n", "")
    filler = "漢" * (characters - HEAD_CHARACTERS - tail_characters)
    lines = [filler[i : i + 40] for i in range(0, len(filler), 40)]
    # spaces and line breaks between the words are not counted
    body = "\n\n".join(" ".join(line[j : j + 8] for j in range(0, 40, 8)) for line in lines)
    return head + body + "\n\n" + tail


@pytest.mark.parametrize(("characters", "fires"), [(2999, True), (3000, False)])
def test_d210_report_characters(root, characters, fires):
    root.write("reports/D210.md", report_of(characters))
    path, found = run(root, "dispatch", "report: {file: reports/D210.md}\n", "D210")
    if fires:
        assert [(d.line, d.column) for d in found] == [value_position(path, "report", "file")]
        assert "2,999" in found[0].message
        assert "3,000" in found[0].message
    else:
        assert found == []


@pytest.mark.parametrize(
    ("markup", "shown"),
    [
        # "See the city's page." is what a reader sees: 3 + 3 + 6 + 5
        ("See [the city's page](https://www.example.org/a/long/address/of/the/page).\n", 17),
        # a table's rule line and bars: "a" and "b"
        ("| a | b |\n| --- | --- |\n", 2),
        # quoted(6) and(3) strong(6) and(3) code(4)
        ("> *quoted* and __strong__ and `code`\n", 22),
    ],
    ids=["link", "table", "emphasis"],
)
def test_d210_markup_is_not_counted(root, markup, shown):
    root.write("reports/D210.md", report_of(2999, tail=markup, tail_characters=shown))
    _, found = run(root, "dispatch", "report: {file: reports/D210.md}\n", "D210")
    assert len(found) == 1
    assert "2,999" in found[0].message


def test_d210_underscores_inside_words_are_text(root):
    # intraword underscores are not emphasis in Markdown: "water_supply_sewage" shows all 19
    text = report_of(3000, tail="water_supply_sewage\n", tail_characters=19)
    root.write("reports/D210.md", text)
    _, found = run(root, "dispatch", "report: {file: reports/D210.md}\n", "D210")
    assert found == []


def test_d210_report_without_a_photograph(root):
    root.write("reports/D210.md", report_of(3500, photo=False))
    path, found = run(root, "dispatch", "report: {file: reports/D210.md}\n", "D210")
    assert [(d.line, d.column) for d in found] == [value_position(path, "report", "file")]
    assert "photograph" in found[0].message


@pytest.mark.parametrize(("minimum", "fires"), [(3001, True), (3000, False)])
def test_d210_follows_the_policy(root, minimum, fires):
    root.write("lgotp.yaml", f"policy: {{report_min_characters: {minimum}}}\n")
    root.write("reports/D210.md", report_of(3000))
    _, found = run(root, "dispatch", "report: {file: reports/D210.md}\n", "D210")
    assert bool(found) is fires
